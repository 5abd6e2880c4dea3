"""Ports of persons, cases and their journal, with the list views and filters of the case list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from domain.access.actor import Actor
from domain.case.journal import JournalEntry, JournalEntryId
from domain.case.lifecycle import CaseStatus, EscalationLevel
from domain.case.model import Case, CaseId, Ideology
from domain.ids import OrganisationId
from domain.person.bsn import Bsn
from domain.person.model import District, Person, PersonId, Relation
from domain.ports.common import Page, PageRequest


@dataclass(frozen=True)
class CaseRef:
    id: CaseId
    reference: str
    status: CaseStatus
    opened_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class CaseSummary:
    id: CaseId
    reference: str
    status: CaseStatus
    escalation_level: EscalationLevel
    ideology: Ideology
    person_name: str
    district: District
    regisseur_name: str | None
    opened_at: datetime
    updated_at: datetime
    open_alert_count: int = 0
    next_review_on: date | None = None  # of the latest submitted assessment


@dataclass(frozen=True)
class CaseFilter:
    q: str | None = None
    status: CaseStatus | None = None
    escalation_level: EscalationLevel | None = None
    regisseur_id: uuid.UUID | None = None
    organisation_id: OrganisationId | None = None
    ideology: Ideology | None = None
    district: District | None = None
    opened_from: date | None = None
    opened_to: date | None = None
    sort: str = "-openedAt"


CASE_SORTS = ("openedAt", "-openedAt", "reference", "-reference", "updatedAt", "-updatedAt")


@dataclass(frozen=True)
class CaseSignal:
    """A case that needs the table, with a short factual detail (a plan number, the levels that differ)."""

    case_id: CaseId
    case_reference: str
    detail: str


class PersonRepository(Protocol):
    async def get(self, person_id: PersonId) -> Person | None: ...
    async def add(self, person: Person) -> None: ...
    async def update(self, person: Person, expected_version: int) -> None: ...
    async def find_by_bsn(self, bsn: Bsn) -> Person | None: ...
    async def born_on(self, date_of_birth: date) -> list[Person]: ...
    async def with_surname_key(self, surname_key: str) -> list[Person]: ...
    async def names(self, person_ids: list[PersonId]) -> dict[PersonId, str]: ...
    async def add_relation(self, person_id: PersonId, relation: Relation) -> None: ...
    async def remove_relation(self, person_id: PersonId, relation_id: uuid.UUID) -> bool: ...


class CaseRepository(Protocol):
    async def next_reference(self, year: int) -> str: ...
    async def add(self, case: Case) -> None: ...
    async def get(self, case_id: CaseId, *, for_update: bool = False) -> Case | None: ...
    async def save(self, case: Case, expected_version: int) -> None: ...
    async def refs(self, case_ids: list[CaseId]) -> list[CaseRef]: ...
    async def of_person(self, person_id: PersonId) -> list[Case]: ...
    async def search(self, actor: Actor, filter: CaseFilter, page: PageRequest) -> Page[CaseSummary]: ...


class JournalRepository(Protocol):
    async def add(self, entry: JournalEntry) -> None: ...
    async def get(self, entry_id: JournalEntryId) -> JournalEntry | None: ...
    async def visible_page(self, case_id: CaseId, actor: Actor, page: PageRequest) -> Page[JournalEntry]: ...
