"""Plans of action: a header row per version, goals and actions as rows rewritten whole on save (a draft
changes as a whole; the plan in force changes only in its actions' status and history)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.assessment.model import AssessmentId
from domain.case.model import ActorRef, CaseId
from domain.errors import StaleVersion
from domain.ids import OrganisationId
from domain.plan.catalogue import InterventionId
from domain.plan.model import (
    OPEN_STATUSES,
    Action,
    ActionId,
    ActionStatus,
    ActionUpdate,
    Goal,
    GoalId,
    GoalStatus,
    PlanId,
    PlanStatus,
    PlanVersion,
    ProtectiveFactor,
)
from domain.ports import AttentionFilter, CaseSignal, DeliveryState, PlanAttention
from persistence.queries.plan_delivery import DELIVERY_STATE_OF_CASE, attention_items, stale_before, submitted_plans
from persistence.tables import plan_action as a
from persistence.tables import plan_goal as g
from persistence.tables import plan_version as t


def _values(p: PlanVersion) -> dict[str, Any]:
    """The columns that may change after the insert."""
    return {
        "status": p.status.value,
        "based_on_assessment_id": p.based_on_assessment_id,
        "interpretation": p.interpretation,
        "contingency": p.contingency,
        "protective_factors": [{"indicator_code": f.indicator_code, "note": f.note} for f in p.protective_factors],
        "evaluation_on": p.evaluation_on,
        "updated_at": p.updated_at or p.created_at,
        "submitted_at": p.submitted_at,
        "approved_at": p.approved_at,
        "approved_by_id": p.approved_by.id if p.approved_by else None,
        "approved_by_name": p.approved_by.name if p.approved_by else None,
        "approval_note": p.approval_note,
        "decision_reference": p.decision_reference,
    }


def _goal_rows(p: PlanVersion) -> list[dict[str, Any]]:
    return [
        {
            "plan_id": p.id,
            "id": x.id,
            "position": position,
            "text": x.text,
            "target_on": x.target_on,
            "indicator_codes": list(x.indicator_codes),
            "status": x.status.value,
            "note": x.note,
        }
        for position, x in enumerate(p.goals)
    ]


def _update_document(u: ActionUpdate) -> dict[str, Any]:
    return {
        "at": u.at.isoformat(),
        "by_name": u.by_name,
        "organisation_name": u.organisation_name,
        "status": u.status.value,
        "reason": u.reason,
    }


def _action_rows(p: PlanVersion) -> list[dict[str, Any]]:
    return [
        {
            "plan_id": p.id,
            "id": x.id,
            "position": position,
            "intervention_id": x.intervention_id,
            "custom_title": x.custom_title,
            "goal_ids": [str(goal_id) for goal_id in x.goal_ids],
            "responsible_organisation_id": x.responsible_organisation_id,
            "owner_name": x.owner_name,
            "start_on": x.start_on,
            "due_on": x.due_on,
            "status": x.status.value,
            "status_reason": x.status_reason,
            "last_update_at": x.last_update_at,
            "external_reference": x.external_reference,
            "updates": [_update_document(u) for u in x.updates],
        }
        for position, x in enumerate(p.actions)
    ]


def _goal(row: Any) -> Goal:
    return Goal(
        id=GoalId(row.id),
        text=row.text,
        target_on=row.target_on,
        indicator_codes=tuple(row.indicator_codes),
        status=GoalStatus(row.status),
        note=row.note,
    )


def _action(row: Any) -> Action:
    return Action(
        id=ActionId(row.id),
        intervention_id=InterventionId(row.intervention_id) if row.intervention_id else None,
        custom_title=row.custom_title,
        goal_ids=tuple(GoalId(uuid.UUID(x)) for x in row.goal_ids),
        responsible_organisation_id=OrganisationId(row.responsible_organisation_id),
        owner_name=row.owner_name,
        start_on=row.start_on,
        due_on=row.due_on,
        status=ActionStatus(row.status),
        status_reason=row.status_reason,
        last_update_at=row.last_update_at,
        external_reference=row.external_reference,
        updates=tuple(
            ActionUpdate(
                datetime.fromisoformat(u["at"]),
                u["by_name"],
                u["organisation_name"],
                ActionStatus(u["status"]),
                u["reason"],
            )
            for u in row.updates
        ),
    )


def _plan(row: Any, goals: Iterable[Any], actions: Iterable[Any]) -> PlanVersion:
    return PlanVersion(
        id=PlanId(row.id),
        case_id=CaseId(row.case_id),
        number=row.number,
        author=ActorRef(row.author_id, row.author_name),
        created_at=row.created_at,
        status=PlanStatus(row.status),
        based_on_assessment_id=AssessmentId(row.based_on_assessment_id) if row.based_on_assessment_id else None,
        interpretation=row.interpretation,
        protective_factors=tuple(ProtectiveFactor(f["indicator_code"], f["note"]) for f in row.protective_factors),
        goals=tuple(_goal(x) for x in sorted(goals, key=lambda x: x.position)),
        actions=tuple(_action(x) for x in sorted(actions, key=lambda x: x.position)),
        contingency=row.contingency,
        evaluation_on=row.evaluation_on,
        submitted_at=row.submitted_at,
        approved_at=row.approved_at,
        approved_by=ActorRef(row.approved_by_id, row.approved_by_name) if row.approved_by_name else None,
        approval_note=row.approval_note,
        decision_reference=row.decision_reference,
        updated_at=row.updated_at,
        version=row.version,
    )


def _by_plan(rows: Sequence[Any]) -> dict[uuid.UUID, list[Any]]:
    grouped: dict[uuid.UUID, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.plan_id, []).append(row)
    return grouped


class SqlPlanRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, p: PlanVersion) -> None:
        await self._conn.execute(
            insert(t).values(
                id=p.id,
                case_id=p.case_id,
                number=p.number,
                author_id=p.author.id,
                author_name=p.author.name,
                created_at=p.created_at,
                version=p.version,
                **_values(p),
            )
        )
        await self._write_items(p)

    async def save(self, p: PlanVersion, expected_version: int) -> None:
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == p.id, t.c.version == expected_version)
            .values(version=expected_version + 1, **_values(p))
        )
        if result.rowcount != 1:
            raise StaleVersion()
        p.version = expected_version + 1
        await self._conn.execute(delete(g).where(g.c.plan_id == p.id))
        await self._conn.execute(delete(a).where(a.c.plan_id == p.id))
        await self._write_items(p)

    async def _write_items(self, p: PlanVersion) -> None:
        if goals := _goal_rows(p):
            await self._conn.execute(insert(g), goals)
        if actions := _action_rows(p):
            await self._conn.execute(insert(a), actions)

    async def get(self, plan_id: PlanId, *, for_update: bool = False) -> PlanVersion | None:
        query = select(t).where(t.c.id == plan_id)
        row = (await self._conn.execute(query.with_for_update() if for_update else query)).first()
        if row is None:
            return None
        goals = (await self._conn.execute(select(g).where(g.c.plan_id == plan_id))).all()
        actions = (await self._conn.execute(select(a).where(a.c.plan_id == plan_id))).all()
        return _plan(row, goals, actions)

    async def in_force(self, case_id: CaseId, *, for_update: bool = False) -> PlanVersion | None:
        query = select(t.c.id).where(t.c.case_id == case_id, t.c.status == PlanStatus.APPROVED.value)
        plan_id = (await self._conn.execute(query)).scalar_one_or_none()
        return await self.get(PlanId(plan_id), for_update=for_update) if plan_id is not None else None

    async def has_open_version(self, case_id: CaseId) -> bool:
        statuses = [s.value for s in OPEN_STATUSES]
        query = select(exists().where(t.c.case_id == case_id, t.c.status.in_(statuses)))
        return bool((await self._conn.execute(query)).scalar_one())

    async def of_case(self, case_id: CaseId) -> list[PlanVersion]:
        rows = (await self._conn.execute(select(t).where(t.c.case_id == case_id).order_by(t.c.number.desc()))).all()
        if not rows:
            return []
        ids = [x.id for x in rows]
        goals = _by_plan((await self._conn.execute(select(g).where(g.c.plan_id.in_(ids)))).all())
        actions = _by_plan((await self._conn.execute(select(a).where(a.c.plan_id.in_(ids)))).all())
        return [_plan(row, goals.get(row.id, []), actions.get(row.id, [])) for row in rows]

    async def delivery_state(self, case_id: CaseId, today: date, stale_days: int) -> DeliveryState:
        row = (
            await self._conn.execute(
                DELIVERY_STATE_OF_CASE,
                {"case_id": case_id, "today": today, "stale_before": stale_before(today, stale_days)},
            )
        ).one()
        plan_id = PlanId(row.plan_id) if row.plan_id is not None else None
        return DeliveryState(plan_id, int(row.stalled_action_count or 0), int(row.overdue_goal_count or 0))

    async def awaiting_approval(self, actor: Actor) -> list[CaseSignal]:
        return await submitted_plans(self._conn, actor)

    async def attention(self, actor: Actor, filter: AttentionFilter) -> list[PlanAttention]:
        return await attention_items(self._conn, actor, filter)
