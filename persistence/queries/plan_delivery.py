"""Read side of delivery monitoring (domain/plan/monitoring.py in SQL): the stalled actions and overdue goals of
the plan in force of one case, and across the cases an actor may see.

Row filters mirror domain/access/plans.py, default deny: the plans permission and the case row filter
(visible_cases); actions only of the actor's own organisation unless the actor directs the case
(coordinator, or the case's own regisseur). Goals are shared with everyone who may read the plan. Closed and
transferred cases are not monitored."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import ColumnElement, Date, Select, and_, bindparam, exists, false, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.case.lifecycle import FINAL_STATUSES
from domain.case.model import CaseId
from domain.ids import OrganisationId
from domain.plan.catalogue import InterventionId
from domain.plan.model import FINISHED_ACTIONS, FINISHED_GOALS, PlanId, PlanStatus
from domain.ports import AttentionFilter, CaseSignal, PlanAttention
from persistence.queries.case_visibility import visible_cases, works_in_case
from persistence.tables import app_user, case_file, intervention, organisation, plan_action, plan_goal, plan_version
from persistence.types import UtcDateTime

APPROVED = PlanStatus.APPROVED.value
_OPEN_ACTION = plan_action.c.status.not_in([s.value for s in FINISHED_ACTIONS])
_OPEN_GOAL = plan_goal.c.status.not_in([s.value for s in FINISHED_GOALS])


def stale_before(today: date, stale_days: int) -> datetime:
    """An action last updated before this moment has had no update for more than `stale_days`."""
    return datetime.combine(today - timedelta(days=stale_days), time(0), UTC)


def _stalled(today: Any, before: Any) -> ColumnElement[bool]:
    return and_(
        _OPEN_ACTION,
        or_(
            plan_action.c.due_on < today, plan_action.c.last_update_at.is_(None), plan_action.c.last_update_at < before
        ),
    )


def _overdue(today: Any) -> ColumnElement[bool]:
    return and_(_OPEN_GOAL, plan_goal.c.target_on < today)


_CASE: Any = bindparam("case_id")
_TODAY = bindparam("today", type_=Date())
_BEFORE = bindparam("stale_before", type_=UtcDateTime())
_IN_FORCE = and_(plan_version.c.case_id == _CASE, plan_version.c.status == APPROVED)
# A closed or transferred case is no longer monitored: its plan stays readable, but nothing in it is late.
_RUNNING_CASE = case_file.c.status.not_in([s.value for s in FINAL_STATUSES])
_MONITORED = and_(_IN_FORCE, exists().where(case_file.c.id == _CASE, _RUNNING_CASE))

# Built once: it runs on every case page. One round trip for the plan in force and both counts.
DELIVERY_STATE_OF_CASE = select(
    select(plan_version.c.id).where(_IN_FORCE).scalar_subquery().label("plan_id"),
    select(func.count())
    .select_from(plan_action.join(plan_version, plan_version.c.id == plan_action.c.plan_id))
    .where(_MONITORED, _stalled(_TODAY, _BEFORE))
    .scalar_subquery()
    .label("stalled_action_count"),
    select(func.count())
    .select_from(plan_goal.join(plan_version, plan_version.c.id == plan_goal.c.plan_id))
    .where(_MONITORED, _overdue(_TODAY))
    .scalar_subquery()
    .label("overdue_goal_count"),
)


def _plans_visible(actor: Actor) -> ColumnElement[bool]:
    if Permission.PLANS_READ not in actor.permissions:
        return false()
    return visible_cases(actor)


def _actions_visible(actor: Actor) -> ColumnElement[bool]:
    if Role.COORDINATOR in actor.roles:
        return true()
    clauses: list[ColumnElement[bool]] = []
    if Role.REGISSEUR in actor.roles and actor.id is not None:
        clauses.append(case_file.c.regisseur_id == actor.id)
    if actor.organisation_id is not None:
        clauses.append(plan_action.c.responsible_organisation_id == actor.organisation_id)
    return or_(*clauses) if clauses else false()


def _base(actor: Actor, filter: AttentionFilter) -> list[ColumnElement[bool]]:
    where = [plan_version.c.status == APPROVED, _RUNNING_CASE, _plans_visible(actor)]
    if filter.regisseur_id is not None:
        where.append(case_file.c.regisseur_id == filter.regisseur_id)
    return where


def attention_statements(actor: Actor, filter: AttentionFilter) -> tuple[Select[Any], Select[Any]]:
    """The stalled actions and the overdue goals, each the most urgent first and cut at the limit."""
    today, before = filter.today, stale_before(filter.today, filter.stale_days)
    common = (
        case_file.c.id.label("case_id"),
        case_file.c.reference,
        plan_version.c.id.label("plan_id"),
        plan_version.c.number,
        case_file.c.regisseur_id,
        app_user.c.display_name.label("regisseur_name"),
    )
    actions = (
        select(
            *common,
            plan_action.c.id.label("item_id"),
            plan_action.c.custom_title,
            plan_action.c.intervention_id,
            intervention.c.name_nl.label("intervention_name"),
            plan_action.c.responsible_organisation_id,
            organisation.c.name.label("organisation_name"),
            plan_action.c.owner_name,
            plan_action.c.due_on,
            plan_action.c.last_update_at,
        )
        .select_from(plan_action)
        .join(plan_version, plan_version.c.id == plan_action.c.plan_id)
        .join(case_file, case_file.c.id == plan_version.c.case_id)
        .join(organisation, organisation.c.id == plan_action.c.responsible_organisation_id)
        .outerjoin(intervention, intervention.c.id == plan_action.c.intervention_id)
        .outerjoin(app_user, app_user.c.id == case_file.c.regisseur_id)
        .where(*_base(actor, filter), _actions_visible(actor), _stalled(today, before))
    )
    goals = (
        select(*common, plan_goal.c.id.label("item_id"), plan_goal.c.text, plan_goal.c.target_on)
        .select_from(plan_goal)
        .join(plan_version, plan_version.c.id == plan_goal.c.plan_id)
        .join(case_file, case_file.c.id == plan_version.c.case_id)
        .outerjoin(app_user, app_user.c.id == case_file.c.regisseur_id)
        .where(*_base(actor, filter), _overdue(today))
    )
    if filter.organisation_id is not None:
        actions = actions.where(plan_action.c.responsible_organisation_id == filter.organisation_id)
        goals = goals.where(works_in_case(filter.organisation_id))
    # The most urgent first: the oldest due dates, so that a long list cut at the limit keeps what matters.
    actions = actions.order_by(plan_action.c.due_on, plan_action.c.id).limit(filter.limit)
    goals = goals.order_by(plan_goal.c.target_on, plan_goal.c.id).limit(filter.limit)
    return actions, goals


async def attention_items(conn: AsyncConnection, actor: Actor, filter: AttentionFilter) -> list[PlanAttention]:
    actions, goals = attention_statements(actor, filter)
    today = filter.today
    items = [_action_item(row, today) for row in await conn.execute(actions)]
    items += [_goal_item(row) for row in await conn.execute(goals)]
    items.sort(key=lambda i: (i.due_on, i.case_reference, i.kind, str(i.item_id)))
    return items[: filter.limit]


def _common(row: Any) -> dict[str, Any]:
    return {
        "case_id": CaseId(row.case_id),
        "case_reference": row.reference,
        "plan_id": PlanId(row.plan_id),
        "plan_number": row.number,
        "regisseur_id": row.regisseur_id,
        "regisseur_name": row.regisseur_name,
    }


def _action_item(row: Any, today: date) -> PlanAttention:
    reason: Literal["past_due", "no_update"] = "past_due" if row.due_on < today else "no_update"
    return PlanAttention(
        kind="action",
        reason=reason,
        item_id=row.item_id,
        title=row.custom_title or row.intervention_name or "",
        intervention_id=InterventionId(row.intervention_id) if row.intervention_id else None,
        organisation_id=OrganisationId(row.responsible_organisation_id),
        organisation_name=row.organisation_name,
        owner_name=row.owner_name,
        due_on=row.due_on,
        last_update_at=row.last_update_at,
        **_common(row),
    )


def _goal_item(row: Any) -> PlanAttention:
    return PlanAttention(
        kind="goal",
        reason="overdue",
        item_id=row.item_id,
        title=row.text,
        intervention_id=None,
        organisation_id=None,
        organisation_name=None,
        owner_name=None,
        due_on=row.target_on,
        last_update_at=None,
        **_common(row),
    )


async def submitted_plans(conn: AsyncConnection, actor: Actor) -> list[CaseSignal]:
    """Versions waiting for approval, on the cases whose plans the actor may read."""
    query = (
        select(case_file.c.id, case_file.c.reference, plan_version.c.number)
        .join(plan_version, plan_version.c.case_id == case_file.c.id)
        .where(plan_version.c.status == PlanStatus.SUBMITTED.value, _plans_visible(actor))
        .order_by(plan_version.c.submitted_at)
        .limit(500)
    )
    return [CaseSignal(CaseId(r.id), r.reference, str(r.number)) for r in await conn.execute(query)]
