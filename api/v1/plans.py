"""Plans of action: the versions of a case, the draft editor, approval, comparison, action status reports and
the delivery list across cases."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.deps import Container, UowFactory, container, monitoring, require, uow_factory
from api.v1.mappers import expected_version, set_etag
from api.v1.params import IF_MATCH
from api.v1.plan_mappers import attention_out, plan_changes, plan_diff_out, plan_list_out, plan_out
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.plans import (
    ActionStatusReport,
    AttentionListOut,
    PlanApproval,
    PlanChanges,
    PlanDiffOut,
    PlanListOut,
    PlanOut,
    PlanStart,
    PlanSubmit,
    PlanWithdraw,
)
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.model import AssessmentId
from domain.case.model import CaseId
from domain.ids import OrganisationId
from domain.plan.model import ActionId, PlanId
from domain.ports import AttentionFilter
from domain.services import plan_approval, plans
from domain.services.plan_views import PlanDetailView

router = APIRouter(tags=["plans"])
CASE_ID = Path(alias="caseId")
PLAN_ID = Path(alias="planId")
ACTION_ID = Path(alias="actionId")


def _detail(view: PlanDetailView, response: Response) -> PlanOut:
    set_etag(response, view.plan.version)
    return plan_out(view)


@router.get("/cases/{caseId}/plans", responses=problem_responses(*STANDARD_ERRORS, 404))
async def list_plans(
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.PLANS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanListOut:
    """The versions of the case's plan, newest first; drafts and submitted versions only for its directors."""
    return plan_list_out(await plans.list_plans(new_uow(), actor, CaseId(case_id)))


@router.post(
    "/cases/{caseId}/plans",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*STANDARD_ERRORS, 404, 409),
)
async def start_plan(
    body: PlanStart,
    response: Response,
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.PLANS_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanOut:
    """A new draft version, copied from the plan in force. 409 while another version is a draft or submitted."""
    basis = AssessmentId(body.based_on_assessment_id) if body.based_on_assessment_id else None
    view = await plans.start_plan(new_uow(), c.clock, actor, CaseId(case_id), basis, monitoring(c))
    response.headers["Location"] = f"/api/v1/plans/{view.plan.id}"
    return _detail(view, response)


@router.get("/plans/attention", responses=problem_responses(*STANDARD_ERRORS))
async def plan_attention(
    organisation_id: uuid.UUID | None = Query(None, alias="organisationId"),
    regisseur_id: uuid.UUID | None = Query(None, alias="regisseurId"),
    limit: int = Query(
        200, ge=1, le=500, description="At most this many actions and this many goals, most urgent first."
    ),
    actor: Actor = Depends(require(Permission.PLANS_READ)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> AttentionListOut:
    """Stalled actions and overdue goals of the plans in force on the running cases you may see, by due date.
    Partners see the actions of their own organisation only."""
    today = monitoring(c)
    query = AttentionFilter(
        today=today.today,
        stale_days=today.stale_days,
        organisation_id=OrganisationId(organisation_id) if organisation_id else None,
        regisseur_id=regisseur_id,
        limit=limit,
    )
    items = await plan_approval.attention_list(new_uow(), actor, query)
    return AttentionListOut(items=[attention_out(i) for i in items])


@router.get("/plans/{planId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_plan(
    response: Response,
    plan_id: uuid.UUID = PLAN_ID,
    actor: Actor = Depends(require(Permission.PLANS_READ)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanOut:
    """One version as the covenant lets you see it."""
    return _detail(await plans.get_plan(new_uow(), actor, PlanId(plan_id), monitoring(c)), response)


@router.patch("/plans/{planId}", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def update_plan(
    body: PlanChanges,
    response: Response,
    plan_id: uuid.UUID = PLAN_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.PLANS_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanOut:
    """Change a draft; sections sent replace the stored ones whole. Anything but a draft is a 409."""
    version = expected_version(if_match)
    view = await plans.change_plan(
        new_uow(), c.clock, actor, PlanId(plan_id), version, plan_changes(body), monitoring(c)
    )
    return _detail(view, response)


@router.post("/plans/{planId}/submit", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def submit_plan(
    body: PlanSubmit,
    response: Response,
    plan_id: uuid.UUID = PLAN_ID,
    actor: Actor = Depends(require(Permission.PLANS_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanOut:
    """Send a complete draft (at least one goal and an evaluation date) for approval."""
    view = await plan_approval.submit_plan(new_uow(), c.clock, actor, PlanId(plan_id), monitoring(c))
    return _detail(view, response)


@router.post("/plans/{planId}/approve", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def approve_plan(
    body: PlanApproval,
    response: Response,
    plan_id: uuid.UUID = PLAN_ID,
    actor: Actor = Depends(require(Permission.PLANS_APPROVE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanOut:
    """Approve a submitted version (never by its author: 403); the version in force is superseded."""
    view = await plan_approval.approve_plan(
        new_uow(), c.clock, actor, PlanId(plan_id), body.note, body.decision_reference, monitoring(c)
    )
    return _detail(view, response)


@router.post("/plans/{planId}/withdraw", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def withdraw_plan(
    body: PlanWithdraw,
    response: Response,
    plan_id: uuid.UUID = PLAN_ID,
    actor: Actor = Depends(require(Permission.PLANS_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanOut:
    """By the author: a submitted version goes back to draft, a draft is abandoned."""
    view = await plan_approval.withdraw_plan(new_uow(), c.clock, actor, PlanId(plan_id), monitoring(c))
    return _detail(view, response)


@router.get("/plans/{planId}/diff", responses=problem_responses(*STANDARD_ERRORS, 404))
async def diff_plan(
    plan_id: uuid.UUID = PLAN_ID,
    against: uuid.UUID = Query(description="The other version of the same case's plan."),
    actor: Actor = Depends(require(Permission.PLANS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanDiffOut:
    """What changed from `against` to this version, section by section, on what you may see of both."""
    return plan_diff_out(await plan_approval.diff_plan(new_uow(), actor, PlanId(plan_id), PlanId(against)))


@router.post("/plans/{planId}/actions/{actionId}/status", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def report_action_status(
    body: ActionStatusReport,
    response: Response,
    plan_id: uuid.UUID = PLAN_ID,
    action_id: uuid.UUID = ACTION_ID,
    actor: Actor = Depends(require(Permission.ACTIONS_UPDATE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PlanOut:
    """Report the status of an action of the plan in force; partners only for their own organisation's actions."""
    view = await plan_approval.report_action_status(
        new_uow(), c.clock, actor, PlanId(plan_id), ActionId(action_id), body.status, body.reason, monitoring(c)
    )
    return _detail(view, response)
