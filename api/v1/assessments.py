"""Assessments of a case: list, start, read, change a draft, submit, and the side-by-side comparison."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.assessment_mappers import (
    assessment_detail,
    assessment_summary,
    comparison_out,
    rating_in,
    scenario_in,
)
from api.v1.mappers import expected_version, set_etag
from api.v1.params import IF_MATCH
from api.v1.schemas.assessments import (
    AssessmentComparison,
    AssessmentCreate,
    AssessmentDetail,
    AssessmentSubmit,
    AssessmentSummary,
    AssessmentUpdate,
)
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.catalogue import CrosswalkId, FrameworkId
from domain.assessment.model import Agreement, AssessmentId, Formulation
from domain.case.model import CaseId
from domain.ids import OrganisationId
from domain.services import assessment_comparison, assessment_submission, assessments
from domain.services.assessment_views import AssessmentView

router = APIRouter(tags=["assessments"])
CASE_ID = Path(alias="caseId")
ASSESSMENT_ID = Path(alias="assessmentId")


def _detail(view: AssessmentView, response: Response) -> AssessmentDetail:
    set_etag(response, view.assessment.version)
    return assessment_detail(view)


@router.get("/cases/{caseId}/assessments", responses=problem_responses(*STANDARD_ERRORS, 404))
async def list_case_assessments(
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.ASSESSMENTS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> list[AssessmentSummary]:
    """Oldest first. Drafts only for the assessing organisation and the case's directors; profiles
    are counted from the ratings you may see."""
    return [assessment_summary(v) for v in await assessments.list_assessments(new_uow(), actor, CaseId(case_id))]


@router.post(
    "/cases/{caseId}/assessments",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*STANDARD_ERRORS, 404),
)
async def create_assessment(
    body: AssessmentCreate,
    response: Response,
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.ASSESSMENTS_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> AssessmentDetail:
    """Start a draft from a perspective your role may assess from (police: police; partner: care;
    coordinator and regisseur: municipality or joint), on the published framework version by default."""
    cmd = assessments.StartAssessment(
        type=body.type,
        perspective=body.perspective,
        assessed_on=body.assessed_on,
        assessors=tuple(body.assessors),
        information_completeness=body.information_completeness,
        framework_id=FrameworkId(body.framework_id) if body.framework_id else None,
        crosswalk_id=CrosswalkId(body.crosswalk_id) if body.crosswalk_id else None,
    )
    view = await assessments.start_assessment(new_uow(), c.clock, actor, CaseId(case_id), cmd)
    response.headers["Location"] = f"/api/v1/assessments/{view.assessment.id}"
    return _detail(view, response)


@router.get("/assessments/{assessmentId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_assessment(
    response: Response,
    assessment_id: uuid.UUID = ASSESSMENT_ID,
    actor: Actor = Depends(require(Permission.ASSESSMENTS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> AssessmentDetail:
    """One assessment as you may see it: ratings you may not see are left out, or shown by presence only."""
    return _detail(await assessments.get_assessment(new_uow(), actor, AssessmentId(assessment_id)), response)


@router.patch("/assessments/{assessmentId}", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def update_assessment(
    body: AssessmentUpdate,
    response: Response,
    assessment_id: uuid.UUID = ASSESSMENT_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.ASSESSMENTS_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> AssessmentDetail:
    """Change a draft; a submitted assessment never changes (409)."""
    version = expected_version(if_match)
    cmd = assessments.ChangeAssessment(
        type=body.type,
        assessed_on=body.assessed_on,
        assessors=tuple(body.assessors) if body.assessors is not None else None,
        information_completeness=body.information_completeness,
        ratings=tuple(rating_in(r) for r in body.ratings) if body.ratings is not None else None,
        external_ratings=tuple(rating_in(r) for r in body.external_ratings)
        if body.external_ratings is not None
        else None,
        formulation=Formulation(
            body.formulation.drivers,
            body.formulation.inhibitors,
            body.formulation.destabilisers,
            body.formulation.protective_anchors,
        )
        if body.formulation is not None
        else None,
        scenarios=tuple(scenario_in(s) for s in body.scenarios) if body.scenarios is not None else None,
    )
    view = await assessments.change_assessment(new_uow(), c.clock, actor, AssessmentId(assessment_id), version, cmd)
    return _detail(view, response)


@router.post("/assessments/{assessmentId}/submit", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def submit_assessment(
    body: AssessmentSubmit,
    response: Response,
    assessment_id: uuid.UUID = ASSESSMENT_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.ASSESSMENTS_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> AssessmentDetail:
    """Submit with the final level (a rationale when it differs from the proposal; for a joint
    assessment, whether each participating organisation agrees). Sets the next review date and raises
    an acute alert when warning behaviour is rated present. Submitted is final (409 afterwards)."""
    version = expected_version(if_match)
    cmd = assessment_submission.SubmitAssessment(
        final_level=body.final_level,
        rationale=body.rationale,
        agreements=tuple(Agreement(OrganisationId(a.organisation_id), a.agrees, a.note) for a in body.agreements),
    )
    view = await assessment_submission.submit_assessment(
        new_uow(), c.clock, actor, AssessmentId(assessment_id), version, cmd
    )
    return _detail(view, response)


@router.get("/cases/{caseId}/assessment-comparison", responses=problem_responses(*STANDARD_ERRORS, 404))
async def compare_assessments(
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.ASSESSMENTS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> AssessmentComparison:
    """The latest submitted assessment of each perspective side by side, with their disagreements."""
    return comparison_out(await assessment_comparison.compare_case(new_uow(), actor, CaseId(case_id)))
