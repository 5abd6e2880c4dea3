"""In-memory fakes of the person, case and journal repositories, with the semantics of
persistence/repositories/{persons,cases,journal}.py and the row filters in persistence/queries/.

They read and write the tables of the fake unit of work (fakes._State), so that commit and
rollback cover them too. Like the SQL repositories they hand out copies; a case's history is
only ever appended to; foreign keys and unique columns are checked and break with IntegrityError.
The BSN needs no encryption here: the blind index is a dict from Bsn to person id.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from domain.access.actor import Actor
from domain.access.cases import CaseAccessFacts, EntryView, can_view_case, journal_entry_view
from domain.assessment.alerts import AcuteAlert, AlertId
from domain.assessment.model import Assessment, AssessmentId, AssessmentStatus
from domain.case.journal import JournalEntry, JournalEntryId
from domain.case.model import Case, CaseId, ParticipationRole
from domain.errors import InvalidInput, StaleVersion
from domain.identity.model import Organisation, User
from domain.ids import OrganisationId, UserId
from domain.person.bsn import Bsn
from domain.person.matching import name_key
from domain.person.model import Person, PersonId, Relation
from domain.ports import CaseFilter, CaseRef, CaseSummary, Page, PageRequest
from persistence.pagination import decode_key_and_id, encode_cursor

# The SQL repositories read at most this many candidates for the duplicate check.
CANDIDATE_LIMIT = 500


class IntegrityError(Exception):
    """What the database would raise for a duplicate key or a missing reference."""


class CaseTables(Protocol):
    """The part of the fake unit of work's state these repositories use."""

    organisations: dict[OrganisationId, Organisation]
    users: dict[UserId, User]
    persons: dict[PersonId, Person]  # the person rows: relations live in `relations`
    relations: dict[PersonId, list[Relation]]
    bsn_index: dict[Bsn, PersonId]
    cases: dict[CaseId, Case]
    reference_numbers: dict[int, int]  # year -> last number given out
    journal: dict[JournalEntryId, JournalEntry]
    assessments: dict[AssessmentId, Assessment]
    alerts: dict[AlertId, AcuteAlert]


class FakePersonRepository:
    def __init__(self, tables: CaseTables) -> None:
        self._t = tables

    def _read(self, row: Person) -> Person:
        person = copy.deepcopy(row)
        person.relations = sorted(copy.deepcopy(self._t.relations.get(row.id, [])), key=lambda r: str(r.id))
        return person

    def _claim_bsn(self, person: Person) -> None:
        owner = self._t.bsn_index.get(person.bsn) if person.bsn else None
        if owner is not None and owner != person.id:
            raise IntegrityError("person.bsn_index")
        for bsn in [b for b, pid in self._t.bsn_index.items() if pid == person.id]:
            del self._t.bsn_index[bsn]
        if person.bsn is not None:
            self._t.bsn_index[person.bsn] = person.id

    async def get(self, person_id: PersonId) -> Person | None:
        row = self._t.persons.get(person_id)
        return self._read(row) if row else None

    async def add(self, person: Person) -> None:
        if person.id in self._t.persons:
            raise IntegrityError("person.id")
        self._claim_bsn(person)
        # Only the person row is inserted; relations are added one by one.
        self._t.persons[person.id] = replace(copy.deepcopy(person), relations=[])

    async def update(self, person: Person, expected_version: int) -> None:
        stored = self._t.persons.get(person.id)
        if stored is None or stored.version != expected_version:
            raise StaleVersion()
        self._claim_bsn(person)
        # The row gets the next version; the caller's object does not (the service sets it).
        self._t.persons[person.id] = replace(
            copy.deepcopy(person), relations=[], version=expected_version + 1, created_at=stored.created_at
        )

    async def find_by_bsn(self, bsn: Bsn) -> Person | None:
        person_id = self._t.bsn_index.get(bsn)
        return await self.get(person_id) if person_id else None

    async def born_on(self, date_of_birth: date) -> list[Person]:
        rows = [p for p in self._t.persons.values() if p.date_of_birth == date_of_birth]
        return [self._read(p) for p in rows[:CANDIDATE_LIMIT]]

    async def with_surname_key(self, surname_key: str) -> list[Person]:
        rows = [p for p in self._t.persons.values() if name_key(p.surname) == surname_key]
        return [self._read(p) for p in rows[:CANDIDATE_LIMIT]]

    async def names(self, person_ids: list[PersonId]) -> dict[PersonId, str]:
        return {i: self._t.persons[i].full_name for i in person_ids if i in self._t.persons}

    async def add_relation(self, person_id: PersonId, relation: Relation) -> None:
        if person_id not in self._t.persons or relation.related_person_id not in self._t.persons:
            raise IntegrityError("person_relation references a missing person")
        if any(r.id == relation.id for rs in self._t.relations.values() for r in rs):
            raise IntegrityError("person_relation.id")
        self._t.relations.setdefault(person_id, []).append(relation)

    async def remove_relation(self, person_id: PersonId, relation_id: uuid.UUID) -> bool:
        mine = self._t.relations.get(person_id, [])
        kept = [r for r in mine if r.id != relation_id]
        self._t.relations[person_id] = kept
        return len(kept) != len(mine)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def works_in_case(case: Case, organisation_id: OrganisationId | None) -> bool:
    """As the SQL `works_in_case`: an active participation in a role other than informant."""
    return any(
        p.organisation_id == organisation_id and p.active and p.role is not ParticipationRole.INFORMANT
        for p in case.participations
    )


_SORT_KEYS: dict[str, Callable[[Case], Any]] = {
    "openedAt": lambda c: c.opened_at,
    "updatedAt": lambda c: c.updated_at,
    "reference": lambda c: c.reference,
}


class FakeCaseRepository:
    def __init__(self, tables: CaseTables) -> None:
        self._t = tables

    def _read(self, row: Case) -> Case:
        case = copy.deepcopy(row)
        case.linked_case_ids = sorted(case.linked_case_ids, key=str)
        case.participations.sort(key=lambda p: (p.started_at, p.id))
        return case

    def _check_references(self, case: Case) -> None:
        missing = [
            name
            for name, ok in (
                ("person_id", case.person_id in self._t.persons),
                ("regisseur_id", case.regisseur_id is None or case.regisseur_id in self._t.users),
                ("source_organisation_id", case.referral.source_organisation_id in self._t.organisations),
                ("previous_case_id", case.previous_case_id is None or case.previous_case_id in self._t.cases),
                ("case_link", all(i in self._t.cases for i in case.linked_case_ids)),
                ("organisation_id", all(p.organisation_id in self._t.organisations for p in case.participations)),
            )
            if not ok
        ]
        if missing:
            raise IntegrityError(f"case_file references missing rows: {', '.join(missing)}")

    async def next_reference(self, year: int) -> str:
        number = self._t.reference_numbers.get(year, 0) + 1
        self._t.reference_numbers[year] = number
        return f"RAD-{year}-{number:04d}"

    async def add(self, case: Case) -> None:
        if case.id in self._t.cases or any(c.reference == case.reference for c in self._t.cases.values()):
            raise IntegrityError(f"case_file {case.reference}")
        self._check_references(case)
        self._t.cases[case.id] = copy.deepcopy(case)

    async def save(self, case: Case, expected_version: int) -> None:
        stored = self._t.cases.get(case.id)
        if stored is None or stored.version != expected_version:
            raise StaleVersion()
        self._check_references(case)
        case.version = expected_version + 1  # the SQL repository updates the caller's object
        new = copy.deepcopy(case)
        # Only the core columns are updated; history rows are appended, participations inserted
        # or their end recorded; reference, referral, links and opening stay as stored.
        known = {p.id: p for p in new.participations}
        participations = [
            replace(p, ended_at=q.ended_at, ended_by=q.ended_by, end_reason=q.end_reason)
            if (q := known.get(p.id))
            else p
            for p in stored.participations
        ]
        participations += [p for p in new.participations if p.id not in {s.id for s in stored.participations}]
        self._t.cases[case.id] = replace(
            stored,
            status=new.status,
            escalation_level=new.escalation_level,
            regisseur_id=new.regisseur_id,
            referral=replace(stored.referral, ideology=new.referral.ideology),
            updated_at=new.updated_at,
            closed_at=new.closed_at,
            closure_reason=new.closure_reason,
            status_history=[*stored.status_history, *new.status_history[len(stored.status_history) :]],
            level_history=[*stored.level_history, *new.level_history[len(stored.level_history) :]],
            participations=participations,
            version=expected_version + 1,
        )

    async def get(self, case_id: CaseId, *, for_update: bool = False) -> Case | None:
        row = self._t.cases.get(case_id)
        return self._read(row) if row else None

    async def refs(self, case_ids: list[CaseId]) -> list[CaseRef]:
        rows = sorted((self._t.cases[i] for i in set(case_ids) if i in self._t.cases), key=lambda c: c.opened_at)
        return [CaseRef(c.id, c.reference, c.status, c.opened_at, c.closed_at) for c in rows]

    async def of_person(self, person_id: PersonId) -> list[Case]:
        rows = sorted((c for c in self._t.cases.values() if c.person_id == person_id), key=lambda c: c.opened_at)
        return [self._read(c) for c in rows]

    async def count(self) -> int:
        return len(self._t.cases)

    def facts(self, case: Case) -> CaseAccessFacts:
        regisseur = self._t.users.get(case.regisseur_id) if case.regisseur_id else None
        return CaseAccessFacts(
            regisseur_id=case.regisseur_id,
            regisseur_team=regisseur.team if regisseur else None,
            regisseur_organisation_id=regisseur.organisation_id if regisseur else None,
            working_organisations=case.active_organisations(),
        )

    def _matches(self, case: Case, f: CaseFilter) -> bool:
        person = self._t.persons[case.person_id]
        checks = (
            not f.q or f.q.strip().lower() in case.reference.lower() or f.q.strip().lower() in person.full_name.lower(),
            f.status in (None, case.status),
            f.escalation_level in (None, case.escalation_level),
            f.regisseur_id in (None, case.regisseur_id),
            f.organisation_id is None or works_in_case(case, f.organisation_id),
            f.ideology in (None, case.referral.ideology),
            f.district in (None, person.district),
            f.opened_from is None or case.opened_at >= _start_of(f.opened_from),
            f.opened_to is None or case.opened_at < _start_of(f.opened_to) + timedelta(days=1),
        )
        return all(checks)

    async def search(self, actor: Actor, filter: CaseFilter, page: PageRequest) -> Page[CaseSummary]:
        """The default-deny row filter is the pure policy itself, then the filters, sort and keyset."""
        descending = filter.sort.startswith("-")
        sort_key = filter.sort.lstrip("-")
        value_of = _SORT_KEYS[sort_key]
        found = [c for c in self._t.cases.values() if can_view_case(actor, self.facts(c)) and self._matches(c, filter)]
        found.sort(key=lambda c: (value_of(c), c.id), reverse=descending)
        if page.cursor:
            raw, last_id = decode_key_and_id(page.cursor)
            after = (_cursor_value(sort_key, raw), last_id)
            found = [c for c in found if ((value_of(c), c.id) < after if descending else (value_of(c), c.id) > after)]
        on_page = found[: page.limit]
        next_cursor = None
        if len(found) > page.limit and on_page:
            last = on_page[-1]
            key = last.reference if sort_key == "reference" else _as_utc(value_of(last)).isoformat()
            next_cursor = encode_cursor(key, last.id)
        return Page([self._summary(c) for c in on_page], next_cursor)

    def _summary(self, case: Case) -> CaseSummary:
        person = self._t.persons[case.person_id]
        regisseur = self._t.users.get(case.regisseur_id) if case.regisseur_id else None
        return CaseSummary(
            id=case.id,
            reference=case.reference,
            status=case.status,
            escalation_level=case.escalation_level,
            ideology=case.referral.ideology,
            person_name=person.full_name,
            district=person.district,
            regisseur_name=regisseur.display_name if regisseur else None,
            opened_at=case.opened_at,
            updated_at=case.updated_at,
            open_alert_count=sum(1 for a in self._t.alerts.values() if a.case_id == case.id and a.is_open),
            next_review_on=self._next_review_on(case.id),
        )

    def _next_review_on(self, case_id: CaseId) -> date | None:
        submitted = [
            a for a in self._t.assessments.values() if a.case_id == case_id and a.status is AssessmentStatus.SUBMITTED
        ]
        latest = max(submitted, key=lambda a: (a.submitted_at, a.id), default=None)
        return latest.next_review_on if latest else None


def _cursor_value(sort_key: str, raw: str) -> Any:
    if sort_key == "reference":
        return raw
    try:
        return datetime.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidInput.field("cursor", "is not a cursor this API issued") from exc


class FakeJournalRepository:
    def __init__(self, tables: CaseTables) -> None:
        self._t = tables

    async def add(self, entry: JournalEntry) -> None:
        if entry.id in self._t.journal:
            raise IntegrityError("journal_entry.id")
        if (
            entry.case_id not in self._t.cases
            or entry.organisation_id not in self._t.organisations
            or (entry.corrects_entry_id is not None and entry.corrects_entry_id not in self._t.journal)
        ):
            raise IntegrityError("journal_entry references a missing row")
        self._t.journal[entry.id] = entry  # frozen: no copy needed

    async def get(self, entry_id: JournalEntryId) -> JournalEntry | None:
        return self._t.journal.get(entry_id)

    async def visible_page(self, case_id: CaseId, actor: Actor, page: PageRequest) -> Page[JournalEntry]:
        """Newest first; the row filter lets through what the policy shows in full or by summary."""
        found = sorted(
            (
                e
                for e in self._t.journal.values()
                if e.case_id == case_id and journal_entry_view(actor, e) is not EntryView.NONE
            ),
            key=lambda e: (e.written_at, e.id),
            reverse=True,
        )
        if page.cursor:
            raw, last_id = decode_key_and_id(page.cursor)
            try:
                written = datetime.fromisoformat(raw)
            except ValueError as exc:
                raise InvalidInput.field("cursor", "is not a cursor this API issued") from exc
            found = [e for e in found if (e.written_at, e.id) < (written, last_id)]
        items = found[: page.limit]
        next_cursor = None
        if len(found) > page.limit and items:
            next_cursor = encode_cursor(_as_utc(items[-1].written_at).isoformat(), items[-1].id)
        return Page(items, next_cursor)
