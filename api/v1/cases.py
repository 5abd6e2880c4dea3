"""Cases: the list, registering a referral, one case, its regisseur, transitions and level."""

from __future__ import annotations

import uuid
from datetime import date

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.deps import Container, UowFactory, container, monitoring, require, uow_factory
from api.v1.case_mappers import case_detail, case_summary_out
from api.v1.mappers import expected_version, set_etag
from api.v1.params import IF_MATCH, page_request
from api.v1.person_inputs import person_input
from api.v1.schemas.cases import (
    CaseCreate,
    CaseDetail,
    CaseSummaryOut,
    CaseUpdate,
    EscalationRequest,
    RegisseurCandidate,
    RegisseurCandidates,
    TransitionRequest,
)
from api.v1.schemas.common import STANDARD_ERRORS, Page, problem_responses
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.case.lifecycle import CaseStatus, EscalationLevel
from domain.case.model import CaseId, Ideology
from domain.ids import OrganisationId, UserId
from domain.person.model import District, PersonId
from domain.ports import CASE_SORTS, CaseFilter, PageRequest
from domain.services import case_lifecycle, cases, referrals

router = APIRouter(prefix="/cases", tags=["cases"])
CASE_ID = Path(alias="caseId")


async def _detail(c: Container, new_uow: UowFactory, actor: Actor, case_id: CaseId, response: Response) -> CaseDetail:
    view = await cases.get_case(new_uow(), actor, case_id, monitoring(c))
    set_etag(response, view.case.version)
    return case_detail(view, c.clock.now())


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def list_cases(
    q: str | None = Query(None, max_length=100, description="Part of the reference or the person's name."),
    status_: CaseStatus | None = Query(None, alias="status"),
    escalation_level: int | None = Query(None, alias="escalationLevel", ge=0, le=3),
    regisseur_id: uuid.UUID | None = Query(None, alias="regisseurId"),
    organisation_id: uuid.UUID | None = Query(
        None, alias="organisationId", description="An organisation working in it."
    ),
    ideology: Ideology | None = None,
    district: District | None = None,
    opened_from: date | None = Query(None, alias="openedFrom"),
    opened_to: date | None = Query(None, alias="openedTo"),
    sort: str = Query("-openedAt", description="One of " + ", ".join(CASE_SORTS), max_length=20),
    page: PageRequest = Depends(page_request),
    actor: Actor = Depends(require(Permission.CASES_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> Page[CaseSummaryOut]:
    """The cases you may see, filtered and sorted; newest first by default."""
    filter = CaseFilter(
        q=q or None,
        status=status_,
        escalation_level=EscalationLevel(escalation_level) if escalation_level is not None else None,
        regisseur_id=regisseur_id,
        organisation_id=OrganisationId(organisation_id) if organisation_id else None,
        ideology=ideology,
        district=district,
        opened_from=opened_from,
        opened_to=opened_to,
        sort=sort,
    )
    result = await cases.list_cases(new_uow(), actor, filter, page)
    return Page[CaseSummaryOut](items=[case_summary_out(s) for s in result.items], next_cursor=result.next_cursor)


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS))
async def create_case(
    body: CaseCreate,
    response: Response,
    actor: Actor = Depends(require(Permission.CASES_CREATE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> CaseDetail:
    """Register a referral (melding) as a new case. Earlier cases of the person are linked."""
    r = body.referral
    cmd = referrals.RegisterReferral(
        referral=referrals.ReferralInput(
            OrganisationId(r.source_organisation_id),
            r.referrer_name,
            r.referred_on,
            r.description,
            r.reason_for_concern,
            r.ideology,
        ),
        person_id=PersonId(body.person_id) if body.person_id else None,
        person=person_input(body.person) if body.person else None,
        linked_case_ids=tuple(CaseId(i) for i in body.linked_case_ids),
    )
    case_id = await referrals.register_referral(new_uow(), c.clock, actor, cmd)
    response.headers["Location"] = f"/api/v1/cases/{case_id}"
    return await _detail(c, new_uow, actor, case_id, response)


@router.get("/{caseId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_case(
    response: Response,
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.CASES_READ)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> CaseDetail:
    """One case with its history, participants and the transitions you may make now."""
    return await _detail(c, new_uow, actor, CaseId(case_id), response)


@router.patch("/{caseId}", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def update_case(
    body: CaseUpdate,
    response: Response,
    case_id: uuid.UUID = CASE_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.CASES_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> CaseDetail:
    """Assign (or clear) the case's regisseur."""
    version = expected_version(if_match)
    regisseur = UserId(body.regisseur_id) if body.regisseur_id else None
    await case_lifecycle.assign_regisseur(new_uow(), c.clock, actor, CaseId(case_id), regisseur, version)
    return await _detail(c, new_uow, actor, CaseId(case_id), response)


@router.get("/{caseId}/regisseur-candidates", responses=problem_responses(*STANDARD_ERRORS, 404))
async def list_regisseur_candidates(
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.CASES_MANAGE)),
    new_uow: UowFactory = Depends(uow_factory),
) -> RegisseurCandidates:
    found = await case_lifecycle.regisseur_candidates(new_uow(), actor, CaseId(case_id))
    return RegisseurCandidates(
        items=[
            RegisseurCandidate(id=v.user.id, display_name=v.user.display_name, organisation_name=v.organisation_name)
            for v in found
        ]
    )


@router.post(
    "/{caseId}/transitions",
    responses={
        **problem_responses(*STANDARD_ERRORS, 404, 409),
        201: {"model": CaseDetail, "description": "Reopened: the new case."},
    },
)
async def transition_case(
    body: TransitionRequest,
    response: Response,
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.CASES_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> CaseDetail:
    """Move the case along the state table. A forbidden transition is a 409 that lists the
    allowed ones. Reopening a closed case answers 201 with the new, linked case."""
    cmd = case_lifecycle.TransitionCase(body.transition, body.reason, body.closure_reason, body.decision_reference)
    shown = await case_lifecycle.transition_case(new_uow(), c.clock, actor, CaseId(case_id), cmd)
    if shown != case_id:
        response.status_code = status.HTTP_201_CREATED
        response.headers["Location"] = f"/api/v1/cases/{shown}"
    return await _detail(c, new_uow, actor, shown, response)


@router.post("/{caseId}/escalations", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def change_escalation_level(
    body: EscalationRequest,
    response: Response,
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.CASES_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> CaseDetail:
    """Escalate or de-escalate with a reason; lowering needs the de-escalation criteria that are met."""
    cmd = case_lifecycle.ChangeLevel(body.level, body.reason, tuple(body.criteria), body.decision_reference)
    await case_lifecycle.change_escalation_level(new_uow(), c.clock, actor, CaseId(case_id), cmd)
    return await _detail(c, new_uow, actor, CaseId(case_id), response)
