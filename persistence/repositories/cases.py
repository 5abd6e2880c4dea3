"""Cases with their history, links and participations; history rows are only ever inserted."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.case.lifecycle import CaseStatus, ClosureReason, DeEscalationCriterion, EscalationLevel, TransitionName
from domain.case.model import (
    ActorRef,
    Case,
    CaseId,
    Ideology,
    LevelChange,
    Participation,
    ParticipationRole,
    Referral,
    StatusChange,
)
from domain.errors import StaleVersion
from domain.ids import OrganisationId, UserId
from domain.person.model import PersonId
from domain.ports import CaseFilter, CaseRef, CaseSummary, Page, PageRequest
from persistence.queries.case_search import search_cases
from persistence.tables import (
    case_file,
    case_level_change,
    case_link,
    case_participation,
    case_reference_counter,
    case_status_change,
)

t = case_file

# Built once: a statement object memoises its cache key, so the hot read path of every case
# page does not rebuild expressions and keys per request (measured in bench/results).
_CASE = select(t).where(t.c.id == bindparam("case_id"))
_CASE_FOR_UPDATE = _CASE.with_for_update()
_STATUS_HISTORY = (
    select(case_status_change)
    .where(case_status_change.c.case_id == bindparam("case_id"))
    .order_by(case_status_change.c.seq)
)
_LEVEL_HISTORY = (
    select(case_level_change)
    .where(case_level_change.c.case_id == bindparam("case_id"))
    .order_by(case_level_change.c.seq)
)
_PARTICIPATIONS = (
    select(case_participation)
    .where(case_participation.c.case_id == bindparam("case_id"))
    .order_by(case_participation.c.started_at, case_participation.c.id)
)
_LINKS = select(case_link.c.linked_case_id).where(case_link.c.case_id == bindparam("case_id"))


def _core_values(case: Case) -> dict[str, Any]:
    return {
        "status": case.status.value,
        "escalation_level": int(case.escalation_level),
        "regisseur_id": case.regisseur_id,
        "ideology": case.referral.ideology.value,
        "updated_at": case.updated_at,
        "closed_at": case.closed_at,
        "closure_reason": case.closure_reason.value if case.closure_reason else None,
    }


def _status_row(case_id: uuid.UUID, seq: int, c: StatusChange) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "seq": seq,
        "from_status": c.from_status.value if c.from_status else None,
        "to_status": c.to_status.value,
        "transition": c.transition.value if c.transition else None,
        "reason": c.reason,
        "closure_reason": c.closure_reason.value if c.closure_reason else None,
        "decision_reference": c.decision_reference,
        "actor_id": c.actor.id,
        "actor_name": c.actor.name,
        "at": c.at,
    }


def _level_row(case_id: uuid.UUID, seq: int, c: LevelChange) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "seq": seq,
        "from_level": int(c.from_level) if c.from_level is not None else None,
        "to_level": int(c.to_level),
        "reason": c.reason,
        "decision_reference": c.decision_reference,
        "criteria": [x.value for x in c.criteria],
        "actor_id": c.actor.id,
        "actor_name": c.actor.name,
        "at": c.at,
    }


def _participation_row(case_id: uuid.UUID, p: Participation) -> dict[str, Any]:
    return {
        "id": p.id,
        "case_id": case_id,
        "organisation_id": p.organisation_id,
        "role": p.role.value,
        "contact_name": p.contact_name,
        "started_at": p.started_at,
        "started_by_id": p.started_by.id,
        "started_by_name": p.started_by.name,
        **_participation_end(p),
    }


def _participation_end(p: Participation) -> dict[str, Any]:
    return {
        "ended_at": p.ended_at,
        "ended_by_id": p.ended_by.id if p.ended_by else None,
        "ended_by_name": p.ended_by.name if p.ended_by else None,
        "end_reason": p.end_reason,
    }


class SqlCaseRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn
        # What is already stored of each case this unit of work loaded: history only grows.
        self._seen: dict[uuid.UUID, tuple[int, int, set[uuid.UUID]]] = {}

    async def next_reference(self, year: int) -> str:
        """RAD-<year>-<number>: one counter row per year, incremented under its row lock, so
        concurrent registrations never share a number (a rolled-back one may leave a gap)."""
        dialect_insert = pg_insert if self._conn.dialect.name == "postgresql" else sqlite_insert
        statement = (
            dialect_insert(case_reference_counter)
            .values(year=year, last_number=1)
            .on_conflict_do_update(
                index_elements=["year"], set_={"last_number": case_reference_counter.c.last_number + 1}
            )
            .returning(case_reference_counter.c.last_number)
        )
        number = (await self._conn.execute(statement)).scalar_one()
        return f"RAD-{year}-{number:04d}"

    async def add(self, case: Case) -> None:
        await self._conn.execute(
            insert(t).values(
                id=case.id,
                reference=case.reference,
                person_id=case.person_id,
                source_organisation_id=case.referral.source_organisation_id,
                referrer_name=case.referral.referrer_name,
                referred_on=case.referral.referred_on,
                description=case.referral.description,
                reason_for_concern=case.referral.reason_for_concern,
                opened_at=case.opened_at,
                previous_case_id=case.previous_case_id,
                version=case.version,
                **_core_values(case),
            )
        )
        if case.linked_case_ids:
            await self._conn.execute(
                insert(case_link), [{"case_id": case.id, "linked_case_id": i} for i in case.linked_case_ids]
            )
        self._seen[case.id] = (0, 0, set())
        await self._write_children(case)

    async def save(self, case: Case, expected_version: int) -> None:
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == case.id, t.c.version == expected_version)
            .values(version=expected_version + 1, **_core_values(case))
        )
        if result.rowcount != 1:
            raise StaleVersion()
        case.version = expected_version + 1
        await self._write_children(case)

    async def _write_children(self, case: Case) -> None:
        n_status, n_level, participation_ids = self._seen[case.id]
        new_status = [_status_row(case.id, i, c) for i, c in enumerate(case.status_history) if i >= n_status]
        new_level = [_level_row(case.id, i, c) for i, c in enumerate(case.level_history) if i >= n_level]
        if new_status:
            await self._conn.execute(insert(case_status_change), new_status)
        if new_level:
            await self._conn.execute(insert(case_level_change), new_level)
        for p in case.participations:
            if p.id in participation_ids:
                await self._conn.execute(
                    update(case_participation).where(case_participation.c.id == p.id).values(**_participation_end(p))
                )
            else:
                await self._conn.execute(insert(case_participation).values(**_participation_row(case.id, p)))
        self._seen[case.id] = (len(case.status_history), len(case.level_history), {p.id for p in case.participations})

    async def get(self, case_id: CaseId, *, for_update: bool = False) -> Case | None:
        query = _CASE_FOR_UPDATE if for_update else _CASE
        row = (await self._conn.execute(query, {"case_id": case_id})).first()
        return await self._load(row) if row else None

    async def _load(self, row: Any) -> Case:
        case_id = row.id
        params = {"case_id": case_id}
        statuses = (await self._conn.execute(_STATUS_HISTORY, params)).all()
        levels = (await self._conn.execute(_LEVEL_HISTORY, params)).all()
        participations = (await self._conn.execute(_PARTICIPATIONS, params)).all()
        links = (await self._conn.execute(_LINKS, params)).scalars()
        case = Case(
            id=CaseId(case_id),
            reference=row.reference,
            person_id=PersonId(row.person_id),
            referral=Referral(
                OrganisationId(row.source_organisation_id),
                row.referrer_name,
                row.referred_on,
                row.description,
                row.reason_for_concern,
                Ideology(row.ideology),
            ),
            status=CaseStatus(row.status),
            escalation_level=EscalationLevel(row.escalation_level),
            regisseur_id=UserId(row.regisseur_id) if row.regisseur_id else None,
            opened_at=row.opened_at,
            updated_at=row.updated_at,
            closed_at=row.closed_at,
            closure_reason=ClosureReason(row.closure_reason) if row.closure_reason else None,
            previous_case_id=CaseId(row.previous_case_id) if row.previous_case_id else None,
            linked_case_ids=sorted((CaseId(i) for i in links), key=str),
            status_history=[
                StatusChange(
                    CaseStatus(s.from_status) if s.from_status else None,
                    CaseStatus(s.to_status),
                    TransitionName(s.transition) if s.transition else None,
                    s.reason,
                    ClosureReason(s.closure_reason) if s.closure_reason else None,
                    s.decision_reference,
                    ActorRef(s.actor_id, s.actor_name),
                    s.at,
                )
                for s in statuses
            ],
            level_history=[
                LevelChange(
                    EscalationLevel(v.from_level) if v.from_level is not None else None,
                    EscalationLevel(v.to_level),
                    v.reason,
                    v.decision_reference,
                    tuple(DeEscalationCriterion(c) for c in v.criteria),
                    ActorRef(v.actor_id, v.actor_name),
                    v.at,
                )
                for v in levels
            ],
            participations=[
                Participation(
                    p.id,
                    OrganisationId(p.organisation_id),
                    ParticipationRole(p.role),
                    p.contact_name,
                    p.started_at,
                    ActorRef(p.started_by_id, p.started_by_name),
                    p.ended_at,
                    ActorRef(p.ended_by_id, p.ended_by_name) if p.ended_at else None,
                    p.end_reason,
                )
                for p in participations
            ],
            version=row.version,
        )
        self._seen[case.id] = (len(statuses), len(levels), {p.id for p in participations})
        return case

    async def refs(self, case_ids: list[CaseId]) -> list[CaseRef]:
        if not case_ids:
            return []
        rows = await self._conn.execute(
            select(t.c.id, t.c.reference, t.c.status, t.c.opened_at, t.c.closed_at)
            .where(t.c.id.in_(case_ids))
            .order_by(t.c.opened_at)
        )
        return [CaseRef(CaseId(r.id), r.reference, CaseStatus(r.status), r.opened_at, r.closed_at) for r in rows]

    async def of_person(self, person_id: PersonId) -> list[Case]:
        rows = (await self._conn.execute(select(t).where(t.c.person_id == person_id).order_by(t.c.opened_at))).all()
        return [await self._load(r) for r in rows]

    async def search(self, actor: Actor, filter: CaseFilter, page: PageRequest) -> Page[CaseSummary]:
        return await search_cases(self._conn, actor, filter, page)
