"""Plans of action of a case: listing the versions, starting a draft, reading one, changing a draft.

Submitting, approving, withdrawing, comparing versions and reporting on actions are in plan_approval.py.
Every read and write is audited with the case's person as the subject, in the same unit of work.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.plans import can_read_plans, can_view_plan, can_write_plan
from domain.assessment.model import AssessmentId, AssessmentStatus
from domain.audit.model import AuditEntry
from domain.case.model import CaseId
from domain.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound, StaleVersion
from domain.plan.catalogue import Intervention, InterventionId
from domain.plan.model import OPEN_STATUSES, Action, Goal, PlanId, PlanVersion, ProtectiveFactor
from domain.plan.suggestions import first_interpretation, protective_factors_to_strengthen
from domain.ports import Clock, UnitOfWork
from domain.services.case_access import NO_CASE, VisibleCase, actor_ref, load_visible_case
from domain.services.common import audit_entry, ensure
from domain.services.plan_views import (
    Basis,
    Monitoring,
    PlanDetailView,
    PlanPresenter,
    basis_assessment,
    load_plan,
    may_start,
    read_basis,
)


@dataclass(frozen=True)
class PlanList:
    items: list[PlanVersion]  # newest first, only the versions the actor may see
    in_force_id: PlanId | None
    can_start: bool


@dataclass(frozen=True)
class ChangePlan:
    """Only the sections given (not None) change; a section given replaces the stored one whole."""

    interpretation: str | None = None
    protective_factors: tuple[ProtectiveFactor, ...] | None = None
    goals: tuple[Goal, ...] | None = None
    actions: tuple[Action, ...] | None = None
    contingency: str | None = None
    evaluation_on: date | None = None

    def given(self) -> list[str]:
        return [name for name, value in vars(self).items() if value is not None]


async def list_plans(uow: UnitOfWork, actor: Actor, case_id: CaseId) -> PlanList:
    ensure(actor, Permission.PLANS_READ)
    async with uow:
        found = await load_visible_case(uow, actor, case_id)
        if not can_read_plans(actor, found.facts):
            raise NotFound(NO_CASE)
        plans = await uow.plans.of_case(case_id)
        shown = [p for p in plans if can_view_plan(actor, found.facts, p.status)]
        in_force = next((p.id for p in shown if p.in_force), None)
        uow.record(
            audit_entry(
                actor,
                "plan.list",
                record_type="case",
                record_id=case_id,
                subject_person_id=found.case.person_id,
                details={"count": len(shown)},
            )
        )
        await uow.commit()
        open_version = any(p.status in OPEN_STATUSES for p in plans)
        return PlanList(shown, in_force, may_start(actor, found, open_version))


async def _basis(uow: UnitOfWork, case_id: CaseId, requested: AssessmentId | None) -> Basis | None:
    assessments = await uow.assessments.of_case(case_id)
    if requested is None:
        return await read_basis(uow, basis_assessment(assessments))
    chosen = next((a for a in assessments if a.id == requested), None)
    if chosen is None or chosen.status is not AssessmentStatus.SUBMITTED:
        raise InvalidInput.field("basedOnAssessmentId", "is not a submitted assessment of this case")
    return await read_basis(uow, chosen)


async def start_plan(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    case_id: CaseId,
    based_on: AssessmentId | None,
    monitoring: Monitoring,
) -> PlanDetailView:
    """A new draft: a copy of the plan in force (goals and actions keep their ids), or an empty one."""
    ensure(actor, Permission.PLANS_WRITE)
    async with uow:
        found = await load_visible_case(uow, actor, case_id, for_update=True)
        if not can_write_plan(actor, found.facts):
            raise Forbidden("Only the coordinator or the case's own regisseur writes its plan.")
        if found.case.is_final:
            raise Conflict("The case is closed; its plan no longer changes.", {"status": found.case.status.value})
        plans = await uow.plans.of_case(case_id)
        open_version = next((p for p in plans if p.status in OPEN_STATUSES), None)
        if open_version is not None:
            raise Conflict(
                f"Version {open_version.number} is still {open_version.status.value}; continue with that one.",
                {"planId": str(open_version.id), "status": open_version.status.value},
            )
        basis = await _basis(uow, case_id, based_on)
        in_force = next((p for p in plans if p.in_force), None)
        plan = PlanVersion.start(
            case_id=case_id,
            number=max((p.number for p in plans), default=0) + 1,
            based_on_assessment_id=basis.assessment.id if basis else None,
            author=actor_ref(actor),
            at=clock.now(),
            in_force=in_force,
        )
        if in_force is None and basis is not None:  # the first plan starts from the assessment
            plan.interpretation = first_interpretation(basis.assessment.formulation)
            plan.protective_factors = tuple(
                protective_factors_to_strengthen(basis.ratings.values(), basis.protective_codes)
            )
        await uow.plans.add(plan)
        uow.record(plan_audit(actor, "plan.create", plan, found, {"number": plan.number}))
        view = await PlanPresenter(uow, actor, monitoring).detail(plan, found)
        await uow.commit()
        return view


async def get_plan(uow: UnitOfWork, actor: Actor, plan_id: PlanId, monitoring: Monitoring) -> PlanDetailView:
    ensure(actor, Permission.PLANS_READ)
    async with uow:
        plan, found = await load_plan(uow, actor, plan_id)
        view = await PlanPresenter(uow, actor, monitoring).detail(plan, found)
        uow.record(plan_audit(actor, "plan.read", plan, found))
        await uow.commit()
        return view


async def change_plan(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    plan_id: PlanId,
    expected_version: int,
    cmd: ChangePlan,
    monitoring: Monitoring,
) -> PlanDetailView:
    """Change a draft. A retired intervention stays on an action that already had it, but is not added."""
    ensure(actor, Permission.PLANS_WRITE)
    async with uow:
        plan, found = await load_plan(uow, actor, plan_id, for_update=True)
        if not plan.is_draft:
            raise Conflict("Only a draft plan can be changed.", {"status": plan.status.value})
        if not can_write_plan(actor, found.facts):
            raise Forbidden("Only the coordinator or the case's own regisseur writes its plan.")
        if plan.version != expected_version:
            raise StaleVersion()
        outsiders = _organisation_problems(cmd.actions, found) if cmd.actions is not None else []
        named = [a.intervention_id for a in (*(cmd.actions or ()), *plan.actions) if a.intervention_id is not None]
        catalogue = await uow.interventions.many(named)
        try:
            plan.revise(
                catalogue,
                clock.now(),
                interpretation=cmd.interpretation,
                protective_factors=cmd.protective_factors,
                goals=cmd.goals,
                actions=cmd.actions,
                contingency=cmd.contingency,
                evaluation_on=cmd.evaluation_on,
            )
        except InvalidInput as refused:
            raise InvalidInput([*outsiders, *refused.params]) from None
        if outsiders:
            raise InvalidInput(outsiders)
        await uow.plans.save(plan, expected_version)
        details = {"fields": cmd.given(), "interventions": sorted(_codes(cmd.actions or (), catalogue))}
        uow.record(plan_audit(actor, "plan.update", plan, found, details))
        view = await PlanPresenter(uow, actor, monitoring).detail(plan, found)
        await uow.commit()
        return view


def _codes(actions: Sequence[Action], catalogue: Mapping[InterventionId, Intervention]) -> set[str]:
    return {catalogue[i].code for a in actions if (i := a.intervention_id) is not None and i in catalogue}


def _organisation_problems(actions: Sequence[Action], found: VisibleCase) -> list[InvalidParam]:
    """An action is carried out by an organisation working in the case, or by the regisseur's own."""
    allowed = set(found.case.active_organisations())
    if found.facts.regisseur_organisation_id is not None:
        allowed.add(found.facts.regisseur_organisation_id)
    return [
        InvalidParam(f"actions[{index}].responsibleOrganisationId", "does not take part in this case")
        for index, action in enumerate(actions)
        if action.responsible_organisation_id not in allowed
    ]


def plan_audit(
    actor: Actor, action: str, plan: PlanVersion, found: VisibleCase, details: Mapping[str, object] | None = None
) -> AuditEntry:
    return audit_entry(
        actor,
        action,
        record_type="plan",
        record_id=plan.id,
        subject_person_id=found.case.person_id,
        details={"caseId": str(plan.case_id), "number": plan.number, **(details or {})},
    )
