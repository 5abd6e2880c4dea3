"""The case journal: writing entries and reading those the actor may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.access.actor import Actor
from domain.access.cases import EntryView, can_write_journal, journal_entry_view
from domain.access.permissions import Permission
from domain.case.journal import JournalCategory, JournalEntry, JournalEntryId, JournalVisibility, validate_entry_text
from domain.case.model import CaseId
from domain.errors import Forbidden, InvalidInput
from domain.ids import new_id
from domain.ports import Clock, Page, PageRequest, UnitOfWork
from domain.services.case_access import actor_ref, load_visible
from domain.services.common import audit_entry, ensure


@dataclass(frozen=True)
class WriteEntry:
    occurred_on: date
    category: JournalCategory
    visibility: JournalVisibility
    body: str
    summary: str | None = None
    corrects_entry_id: JournalEntryId | None = None


@dataclass(frozen=True)
class VisibleEntry:
    entry: JournalEntry
    restricted: bool  # only the summary may be shown
    organisation_name: str


async def write_entry(uow: UnitOfWork, clock: Clock, actor: Actor, case_id: CaseId, cmd: WriteEntry) -> VisibleEntry:
    """Add an entry. Entries are never edited: a correction is a new entry pointing at the old one."""
    ensure(actor, Permission.JOURNAL_WRITE)
    now = clock.now()
    body, summary = validate_entry_text(cmd.body, cmd.summary, cmd.occurred_on, now.date())
    async with uow:
        case, facts = await load_visible(uow, actor, case_id)
        if not can_write_journal(actor, facts):
            raise Forbidden("You may read this case but not write in its journal.")
        if actor.organisation_id is None:
            raise Forbidden("Only people of an organisation write journal entries.")
        if cmd.corrects_entry_id is not None:
            corrected = await uow.journal.get(cmd.corrects_entry_id)
            if (
                corrected is None
                or corrected.case_id != case_id
                or journal_entry_view(actor, corrected) is EntryView.NONE
            ):
                raise InvalidInput.field("correctsEntryId", "no entry with this id in this case")
        entry = JournalEntry(
            id=JournalEntryId(new_id()),
            case_id=case_id,
            occurred_on=cmd.occurred_on,
            written_at=now,
            author=actor_ref(actor),
            organisation_id=actor.organisation_id,
            category=cmd.category,
            visibility=cmd.visibility,
            body=body,
            summary=summary,
            corrects_entry_id=cmd.corrects_entry_id,
        )
        await uow.journal.add(entry)
        names = await uow.organisations.names([actor.organisation_id])
        uow.record(
            audit_entry(
                actor,
                "journal.create",
                record_type="journal_entry",
                record_id=entry.id,
                subject_person_id=case.person_id,
                details={"caseId": str(case_id), "visibility": cmd.visibility.value},
            )
        )
        await uow.commit()
        return VisibleEntry(entry, restricted=False, organisation_name=names.get(actor.organisation_id, ""))


async def list_entries(uow: UnitOfWork, actor: Actor, case_id: CaseId, page: PageRequest) -> Page[VisibleEntry]:
    """Newest first; entries the actor may not see are left out, or shown by summary only."""
    ensure(actor, Permission.CASES_READ)
    async with uow:
        case, _ = await load_visible(uow, actor, case_id)
        found = await uow.journal.visible_page(case_id, actor, page)
        names = await uow.organisations.names(list({e.organisation_id for e in found.items}))
        items = []
        for entry in found.items:
            view = journal_entry_view(actor, entry)
            if view is EntryView.NONE:  # the row filter should not let these through; the policy decides
                continue
            items.append(VisibleEntry(entry, view is EntryView.SUMMARY, names.get(entry.organisation_id, "")))
        uow.record(
            audit_entry(
                actor,
                "journal.list",
                record_type="case",
                record_id=case_id,
                subject_person_id=case.person_id,
                details={"count": len(items)},
            )
        )
        await uow.commit()
        return Page(items, found.next_cursor)
