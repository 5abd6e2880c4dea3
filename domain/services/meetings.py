"""Meetings: the calendar, planning a meeting, reading it, changing it, setting its agenda and moving it through
its life. Decisions, minutes and action items are in meeting_decisions.py; agenda proposals in meeting_agenda.py.
Reads and writes are audited in the same unit of work (a meeting's agenda names cases: it is personal data)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.access.actor import Actor
from domain.access.meetings import can_manage_meeting
from domain.access.permissions import Permission
from domain.audit.model import AuditEntry
from domain.case.model import Case, CaseId
from domain.errors import Conflict, Forbidden, InvalidInput, InvalidParam, StaleVersion
from domain.identity.model import Organisation
from domain.ids import OrganisationId, new_id
from domain.meeting.model import (
    MAX_NAME,
    AgendaItem,
    AgendaReason,
    ItemId,
    Meeting,
    MeetingId,
    MeetingTransition,
    MeetingType,
)
from domain.ports import Clock, MeetingFilter, MeetingSummary, UnitOfWork
from domain.services.case_access import actor_ref, facts_for
from domain.services.common import audit_entry, ensure
from domain.services.meeting_views import MeetingView, actor_reader, load_meeting, meeting_view
from domain.text import clean_text

MANAGERS_ONLY = "Only coordinators and regisseurs prepare and run meetings."


@dataclass(frozen=True)
class MeetingDetails:
    """When, where, who: given in full when planning, only the fields given (not None) when changing."""

    starts_at: datetime | None = None
    place: str | None = None
    chair_name: str | None = None
    secretary_name: str | None = None
    organisation_ids: tuple[OrganisationId, ...] | None = None
    participants: tuple[str, ...] | None = None


@dataclass(frozen=True)
class AgendaEntry:
    case_id: CaseId
    reason: AgendaReason
    note: str = ""
    id: ItemId | None = None


def meeting_audit(
    actor: Actor, action: str, meeting: Meeting, details: Mapping[str, object] | None = None
) -> AuditEntry:
    return audit_entry(
        actor,
        action,
        record_type="meeting",
        record_id=meeting.id,
        details={"reference": meeting.reference, **(details or {})},
    )


def manage(actor: Actor) -> None:
    ensure(actor, Permission.MEETINGS_MANAGE)
    if not can_manage_meeting(actor):
        raise Forbidden(MANAGERS_ONLY)


async def _checked(uow: UnitOfWork, meeting: Meeting, details: MeetingDetails) -> None:
    """Apply the given details to the meeting, refusing unknown organisations and empty names."""
    problems: list[InvalidParam] = []
    if details.organisation_ids is not None:
        known = await uow.organisations.names(list(details.organisation_ids))
        problems += [
            InvalidParam(f"organisationIds[{k}]", "no organisation with this id")
            for k, o in enumerate(details.organisation_ids)
            if o not in known
        ]
        if not details.organisation_ids:
            problems.append(InvalidParam("organisationIds", "at least one organisation takes part"))
        meeting.organisation_ids = tuple(dict.fromkeys(details.organisation_ids))
    if problems:
        raise InvalidInput(problems)
    if details.starts_at is not None:
        meeting.starts_at = details.starts_at
    if details.place is not None:
        meeting.place = clean_text(details.place, "place", MAX_NAME, required=True)
    if details.chair_name is not None:
        meeting.chair_name = clean_text(details.chair_name, "chairName", MAX_NAME, required=True)
    if details.secretary_name is not None:
        meeting.secretary_name = clean_text(details.secretary_name, "secretaryName", MAX_NAME)
    if details.participants is not None:
        meeting.participants = tuple(
            p for p in (clean_text(x, "participants", MAX_NAME) for x in details.participants) if p
        )


async def list_meetings(
    uow: UnitOfWork, actor: Actor, filter: MeetingFilter
) -> tuple[list[MeetingSummary], dict[OrganisationId, Organisation]]:
    """The calendar, with the organisations taking part in the meetings listed."""
    ensure(actor, Permission.MEETINGS_READ)
    if filter.starts_from and filter.starts_before and filter.starts_from >= filter.starts_before:
        raise InvalidInput.field("to", "must not be before from")
    async with uow:
        found = await uow.meetings.search(actor, filter)
        organisations: dict[OrganisationId, Organisation] = {}
        for org_id in dict.fromkeys(o for s in found for o in s.meeting.organisation_ids):
            if (org := await uow.organisations.get(org_id)) is not None:
                organisations[org_id] = org
        uow.record(audit_entry(actor, "meeting.list", record_type="meeting", details={"count": len(found)}))
        await uow.commit()
        return found, organisations


async def plan_meeting(
    uow: UnitOfWork, clock: Clock, actor: Actor, type: MeetingType, details: MeetingDetails
) -> MeetingView:
    manage(actor)
    if details.starts_at is None or details.place is None or details.chair_name is None:
        raise InvalidInput.field("startsAt", "a meeting needs a time, a place and a chair")
    async with uow:
        now = clock.now()
        meeting = Meeting(
            id=MeetingId(new_id()),
            reference=await uow.meetings.next_reference(details.starts_at.year),
            type=type,
            starts_at=details.starts_at,
            place="",
            chair_name="",
            secretary_name="",
            organisation_ids=(),
            participants=(),
            created_by=actor_ref(actor),
            created_at=now,
            updated_at=now,
        )
        await _checked(uow, meeting, details)
        await uow.meetings.add(meeting)
        uow.record(meeting_audit(actor, "meeting.create", meeting, {"type": type.value}))
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view


async def get_meeting(uow: UnitOfWork, actor: Actor, meeting_id: MeetingId) -> MeetingView:
    ensure(actor, Permission.MEETINGS_READ)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id)
        view = await meeting_view(uow, actor, meeting)
        cases = [str(i.item.case_id) for i in view.items]
        uow.record(meeting_audit(actor, "meeting.read", meeting, {"caseIds": cases}))
        await uow.commit()
        return view


async def change_meeting(
    uow: UnitOfWork, clock: Clock, actor: Actor, meeting_id: MeetingId, expected_version: int, details: MeetingDetails
) -> MeetingView:
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id, for_update=True)
        if not meeting.agenda_open:
            raise Conflict("A closed meeting no longer changes.", {"status": meeting.status.value})
        if meeting.version != expected_version:
            raise StaleVersion()
        await _checked(uow, meeting, details)
        meeting.updated_at = clock.now()
        await uow.meetings.save(meeting, expected_version)
        given = [k for k, v in vars(details).items() if v is not None]
        uow.record(meeting_audit(actor, "meeting.update", meeting, {"fields": given}))
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view


async def set_agenda(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    meeting_id: MeetingId,
    expected_version: int,
    entries: Sequence[AgendaEntry],
) -> MeetingView:
    """The whole agenda in order. Only cases the actor may see; items of cases the actor may not see stay."""
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id, for_update=True)
        if meeting.version != expected_version:
            raise StaleVersion()
        reader = actor_reader(actor)
        problems: list[InvalidParam] = []
        for k, entry in enumerate(entries):
            case = await uow.cases.get(entry.case_id)
            if case is None or not reader.sees_case(await facts_for(uow, case)):
                problems.append(InvalidParam(f"items[{k}].caseId", "no case with this id"))
        if problems:
            raise InvalidInput(problems)
        existing = {i.id for i in meeting.items}
        hidden = [i for i in meeting.items if i.case_id not in {e.case_id for e in entries}]
        hidden = [i for i in hidden if not reader.sees_case(await facts_for(uow, await _case(uow, i.case_id)))]
        items = [
            AgendaItem(e.case_id, e.reason, e.note, e.id if e.id in existing else ItemId(new_id())) for e in entries
        ]
        decided = frozenset(d.item_id for d in await uow.meetings.decisions_of_meeting(meeting.id))
        meeting.set_agenda([*items, *hidden], clock.now(), decided)
        await uow.meetings.save(meeting, expected_version)
        uow.record(meeting_audit(actor, "meeting.agenda", meeting, {"caseIds": [str(e.case_id) for e in entries]}))
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view


async def _case(uow: UnitOfWork, case_id: CaseId) -> Case:
    case = await uow.cases.get(case_id)
    assert case is not None, "an agenda item always has its case"
    return case


async def move_meeting(
    uow: UnitOfWork, clock: Clock, actor: Actor, meeting_id: MeetingId, transition: MeetingTransition
) -> MeetingView:
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id, for_update=True)
        version, before = meeting.version, meeting.status
        meeting.move(transition, actor_ref(actor), clock.now())
        await uow.meetings.save(meeting, version)
        details = {"transition": transition.value, "from": before.value, "to": meeting.status.value}
        uow.record(meeting_audit(actor, "meeting.transition", meeting, details))
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view
