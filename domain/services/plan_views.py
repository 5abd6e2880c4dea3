"""How a plan version is shown to one viewer: the sections the covenant lets them see (domain/access/plans.py),
the catalogue entries its actions name, delivery flags on the plan in force, what the viewer may do with it,
and, for the case's directors working on a draft, the interventions suggested by the basis assessment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.access.actor import Actor
from domain.access.assessments import directs_case
from domain.access.plans import (
    can_approve_plan,
    can_update_action,
    can_view_plan,
    can_write_plan,
    plan_view,
)
from domain.assessment.model import Assessment, AssessmentStatus, Perspective
from domain.assessment.rating import IndicatorRating
from domain.errors import NotFound
from domain.plan.catalogue import Intervention
from domain.plan.model import OPEN_STATUSES, Action, Goal, PlanId, PlanStatus, PlanVersion
from domain.plan.monitoring import DEFAULT_STALE_DAYS, StallReason, is_overdue, stall_reason
from domain.plan.suggestions import Suggestion, suggest_interventions
from domain.ports import UnitOfWork
from domain.services.case_access import VisibleCase, load_visible_case

NO_PLAN = "No plan with this id."


@dataclass(frozen=True)
class Monitoring:
    """The day delivery is judged on, and after how many days without an update an action counts as stalled."""

    today: date
    stale_days: int = DEFAULT_STALE_DAYS


@dataclass(frozen=True)
class GoalView:
    goal: Goal
    overdue: bool


@dataclass(frozen=True)
class ActionView:
    action: Action
    intervention: Intervention | None
    organisation_name: str
    stalled: StallReason | None
    can_report: bool


@dataclass(frozen=True)
class PlanAllowed:
    edit: bool
    submit: bool
    approve: bool
    withdraw: bool
    start_new_version: bool


@dataclass(frozen=True)
class PlanDetailView:
    plan: PlanVersion  # as this viewer may see it
    case_reference: str
    interpretation_withheld: bool
    contingency_withheld: bool
    actions_omitted: int
    goals: list[GoalView]
    actions: list[ActionView]
    suggestions: list[Suggestion]
    allowed: PlanAllowed


def basis_assessment(assessments: list[Assessment]) -> Assessment | None:
    """The latest submitted joint assessment, else the latest submitted one."""
    submitted = [a for a in assessments if a.status is AssessmentStatus.SUBMITTED]
    submitted.sort(key=lambda a: (a.submitted_at or a.created_at, str(a.id)))
    joint = [a for a in submitted if a.perspective is Perspective.JOINT]
    chosen = joint or submitted
    return chosen[-1] if chosen else None


async def load_plan(
    uow: UnitOfWork, actor: Actor, plan_id: PlanId, *, for_update: bool = False
) -> tuple[PlanVersion, VisibleCase]:
    """A plan the actor may see; any other plan does not exist (404)."""
    plan = await uow.plans.get(plan_id, for_update=for_update)
    if plan is None:
        raise NotFound(NO_PLAN)
    try:
        found = await load_visible_case(uow, actor, plan.case_id)
    except NotFound:
        raise NotFound(NO_PLAN) from None
    if not can_view_plan(actor, found.facts, plan.status):
        raise NotFound(NO_PLAN)
    return plan, found


def may_start(actor: Actor, found: VisibleCase, open_version: bool) -> bool:
    """A new version starts when the actor writes the case's plan, the case runs and no version is open."""
    return can_write_plan(actor, found.facts) and not found.case.is_final and not open_version


class PlanPresenter:
    """Builds detail views inside one open unit of work; catalogue entries and names are loaded once."""

    def __init__(self, uow: UnitOfWork, actor: Actor, monitoring: Monitoring) -> None:
        self._uow = uow
        self._actor = actor
        self._monitoring = monitoring

    async def detail(self, plan: PlanVersion, found: VisibleCase) -> PlanDetailView:
        view = plan_view(self._actor, found.facts, plan)
        if view is None:  # load_plan checked it; a plan that is not visible never reaches here
            raise NotFound(NO_PLAN)
        shown = view.plan
        interventions = await self._uow.interventions.many(
            [a.intervention_id for a in shown.actions if a.intervention_id is not None]
        )
        names = await self._uow.organisations.names(list({a.responsible_organisation_id for a in shown.actions}))
        today, stale_days = self._monitoring.today, self._monitoring.stale_days
        monitored = shown.in_force and not found.case.is_final  # a closed case is no longer monitored
        return PlanDetailView(
            plan=shown,
            case_reference=found.case.reference,
            interpretation_withheld=view.interpretation_withheld,
            contingency_withheld=view.contingency_withheld,
            actions_omitted=view.actions_omitted,
            goals=[GoalView(g, monitored and is_overdue(g, today)) for g in shown.goals],
            actions=[
                ActionView(
                    action=a,
                    intervention=interventions.get(a.intervention_id) if a.intervention_id else None,
                    organisation_name=names.get(a.responsible_organisation_id, ""),
                    stalled=stall_reason(a, today, stale_days) if monitored else None,
                    can_report=monitored and can_update_action(self._actor, found.facts, a),
                )
                for a in shown.actions
            ],
            suggestions=await self._suggestions(plan, found),
            allowed=await self._allowed(plan, found),
        )

    async def _allowed(self, plan: PlanVersion, found: VisibleCase) -> PlanAllowed:
        write = can_write_plan(self._actor, found.facts)
        author = self._actor.id is not None and self._actor.id == plan.author.id
        return PlanAllowed(
            edit=write and plan.is_draft,
            submit=write and plan.is_draft,
            approve=plan.status is PlanStatus.SUBMITTED and can_approve_plan(self._actor, found.facts, plan),
            withdraw=write and author and plan.status in OPEN_STATUSES,
            start_new_version=may_start(
                self._actor,
                found,
                plan.status in OPEN_STATUSES or await self._uow.plans.has_open_version(plan.case_id),
            ),
        )

    async def _suggestions(self, plan: PlanVersion, found: VisibleCase) -> list[Suggestion]:
        """Only the case's directors get them, and only while the plan is a draft."""
        if not plan.is_draft or not directs_case(self._actor, found.facts):
            return []
        assessments = await self._uow.assessments.of_case(plan.case_id)
        chosen = next((a for a in assessments if a.id == plan.based_on_assessment_id), None)
        basis = await read_basis(self._uow, chosen or basis_assessment(assessments))
        if basis is None:
            return []
        person = await self._uow.persons.get(found.case.person_id)
        age = person.age_on(self._monitoring.today) if person else None
        catalogue = await self._uow.interventions.all()
        return suggest_interventions(basis.ratings.values(), catalogue, age, basis.protective_codes)


@dataclass(frozen=True)
class Basis:
    """The assessment a plan starts from, read the way its rules read it."""

    assessment: Assessment
    ratings: dict[str, IndicatorRating]  # on our indicators, also when entered in police codes
    protective_codes: frozenset[str]


async def read_basis(uow: UnitOfWork, assessment: Assessment | None) -> Basis | None:
    if assessment is None:
        return None
    record = await uow.frameworks.get(assessment.framework_id)
    framework = record.framework if record else None
    protective = (
        frozenset(i.code for i in framework.indicators if framework.is_protective(i)) if framework else frozenset()
    )
    crosswalk = await uow.crosswalks.get(assessment.crosswalk_id) if assessment.crosswalk_id else None
    ratings, _ = assessment.effective_ratings(crosswalk.crosswalk if crosswalk else None)
    return Basis(assessment, ratings, protective)
