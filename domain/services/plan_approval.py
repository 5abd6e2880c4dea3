"""Moving a plan version through its life (submit, approve with four eyes, withdraw), comparing two versions,
reporting on the actions of the plan in force, and the delivery list across cases. All audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.plans import can_approve_plan, can_update_action, can_write_plan, plan_view
from domain.case.lifecycle import CaseStatus, TransitionName
from domain.case.model import ActorRef
from domain.errors import Forbidden, InvalidInput, NotFound
from domain.plan.diff import Change, diff_plans
from domain.plan.model import ActionId, ActionStatus, PlanId, PlanVersion
from domain.ports import AttentionFilter, Clock, PlanAttention, UnitOfWork
from domain.services.case_access import VisibleCase, actor_ref
from domain.services.common import audit_entry, ensure
from domain.services.plan_views import NO_PLAN, Monitoring, PlanDetailView, PlanPresenter, load_plan
from domain.services.plans import plan_audit

WRITERS_ONLY = "Only the coordinator or the case's own regisseur writes its plan."


async def put_in_force(
    uow: UnitOfWork, plan: PlanVersion, by: ActorRef, at: datetime, note: str, decision_reference: str | None
) -> PlanVersion | None:
    """Approve a submitted version (409 otherwise) and supersede the version in force, which it returns. The old one
    is saved first, so that the database never holds two plans in force. A case waiting in the case conference for
    its plan moves on to active (DESIGN section 3), citing the approval."""
    expected = plan.version
    plan.approve(by, at, note, decision_reference)
    in_force = await uow.plans.in_force(plan.case_id, for_update=True)
    if in_force is not None:
        superseded_version = in_force.version
        in_force.supersede(at)
        await uow.plans.save(in_force, superseded_version)
    await uow.plans.save(plan, expected)
    case = await uow.cases.get(plan.case_id, for_update=True)
    if case is not None and case.status is CaseStatus.CASE_CONFERENCE:
        version = case.version
        reason = f"Plan van aanpak versie {plan.number} vastgesteld"
        case.apply(TransitionName.APPROVE_PLAN, reason=reason, actor=by, at=at, decision_reference=decision_reference)
        await uow.cases.save(case, version)
    return in_force


@dataclass(frozen=True)
class PlanDiff:
    before: PlanVersion
    after: PlanVersion
    changes: list[Change]


async def _finish(
    uow: UnitOfWork, actor: Actor, plan: PlanVersion, monitoring: Monitoring, found: VisibleCase
) -> PlanDetailView:
    return await PlanPresenter(uow, actor, monitoring).detail(plan, found)


async def submit_plan(
    uow: UnitOfWork, clock: Clock, actor: Actor, plan_id: PlanId, monitoring: Monitoring
) -> PlanDetailView:
    """A complete draft (a goal and an evaluation date at least) goes to approval."""
    ensure(actor, Permission.PLANS_WRITE)
    async with uow:
        plan, found = await load_plan(uow, actor, plan_id, for_update=True)
        if not can_write_plan(actor, found.facts):
            raise Forbidden(WRITERS_ONLY)
        expected = plan.version
        plan.submit(clock.now())
        await uow.plans.save(plan, expected)
        uow.record(plan_audit(actor, "plan.submit", plan, found))
        view = await _finish(uow, actor, plan, monitoring, found)
        await uow.commit()
        return view


async def approve_plan(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    plan_id: PlanId,
    note: str,
    decision_reference: str | None,
    monitoring: Monitoring,
) -> PlanDetailView:
    """Four eyes: never the author. The version in force is superseded in the same transaction."""
    ensure(actor, Permission.PLANS_APPROVE)
    async with uow:
        plan, found = await load_plan(uow, actor, plan_id, for_update=True)
        if not can_approve_plan(actor, found.facts, plan):
            raise Forbidden("The author of a plan cannot approve it.")
        in_force = await put_in_force(uow, plan, actor_ref(actor), clock.now(), note, decision_reference)
        details: dict[str, object] = {"supersedes": str(in_force.id) if in_force else None}
        if plan.decision_reference:
            details["decisionReference"] = plan.decision_reference
        uow.record(plan_audit(actor, "plan.approve", plan, found, details))
        view = await _finish(uow, actor, plan, monitoring, found)
        await uow.commit()
        return view


async def withdraw_plan(
    uow: UnitOfWork, clock: Clock, actor: Actor, plan_id: PlanId, monitoring: Monitoring
) -> PlanDetailView:
    """By the author: a submitted version goes back to draft, a draft is abandoned."""
    ensure(actor, Permission.PLANS_WRITE)
    async with uow:
        plan, found = await load_plan(uow, actor, plan_id, for_update=True)
        if not can_write_plan(actor, found.facts):
            raise Forbidden(WRITERS_ONLY)
        expected, before = plan.version, plan.status
        plan.withdraw(actor_ref(actor), clock.now())
        await uow.plans.save(plan, expected)
        uow.record(plan_audit(actor, "plan.withdraw", plan, found, {"from": before.value, "to": plan.status.value}))
        view = await _finish(uow, actor, plan, monitoring, found)
        await uow.commit()
        return view


async def diff_plan(uow: UnitOfWork, actor: Actor, plan_id: PlanId, against: PlanId) -> PlanDiff:
    """What changed from `against` to `plan_id`, computed on what this viewer may see of both."""
    ensure(actor, Permission.PLANS_READ)
    async with uow:
        after, found = await load_plan(uow, actor, plan_id)
        before, _ = await load_plan(uow, actor, against)
        if before.case_id != after.case_id:
            raise InvalidInput.field("against", "is a plan of another case")
        after_view, before_view = plan_view(actor, found.facts, after), plan_view(actor, found.facts, before)
        if after_view is None or before_view is None:
            raise NotFound(NO_PLAN)
        changes = diff_plans(before_view.plan, after_view.plan)
        uow.record(plan_audit(actor, "plan.diff", after, found, {"against": str(before.id)}))
        await uow.commit()
        return PlanDiff(before_view.plan, after_view.plan, changes)


async def report_action_status(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    plan_id: PlanId,
    action_id: ActionId,
    status: ActionStatus,
    reason: str | None,
    monitoring: Monitoring,
) -> PlanDetailView:
    """Partners report on the actions of their own organisation, directors on every action; appended to the
    action's history. Only on the plan in force (409 otherwise)."""
    ensure(actor, Permission.ACTIONS_UPDATE)
    async with uow:
        plan, found = await load_plan(uow, actor, plan_id, for_update=True)
        view = plan_view(actor, found.facts, plan)
        if view is None or all(a.id != action_id for a in view.plan.actions):
            raise NotFound("The action does not exist in this plan.")
        if not can_update_action(actor, found.facts, plan.action(action_id)):
            raise Forbidden("Only the responsible organisation or the case's directors report on this action.")
        organisation = await uow.organisations.get(actor.organisation_id) if actor.organisation_id else None
        expected = plan.version
        before = plan.action(action_id).status
        plan.report_action_status(
            action_id,
            status,
            reason,
            by_name=actor.display_name,
            organisation_name=organisation.name if organisation else "",
            at=clock.now(),
        )
        await uow.plans.save(plan, expected)
        details = {"actionId": str(action_id), "from": before.value, "to": status.value}
        uow.record(plan_audit(actor, "plan.action_status", plan, found, details))
        detail = await _finish(uow, actor, plan, monitoring, found)
        await uow.commit()
        return detail


async def attention_list(uow: UnitOfWork, actor: Actor, filter: AttentionFilter) -> list[PlanAttention]:
    """Stalled actions and overdue goals of the plans in force on the cases the actor may see."""
    ensure(actor, Permission.PLANS_READ)
    async with uow:
        items = await uow.plans.attention(actor, filter)
        uow.record(
            audit_entry(
                actor,
                "plan.attention",
                record_type="plan",
                details={
                    "count": len(items),
                    "organisationId": str(filter.organisation_id) if filter.organisation_id else None,
                    "regisseurId": str(filter.regisseur_id) if filter.regisseur_id else None,
                },
            )
        )
        await uow.commit()
        return items
