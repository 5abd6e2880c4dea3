"""Acute alerts (per case, open ones across cases, acknowledging) and reviews that are due."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Query

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.assessment_mappers import alert_list_item, alert_out, overdue_review_out
from api.v1.schemas.assessments import AlertAcknowledge, AlertListItem, AlertOut, OverdueReviewOut
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.alerts import AlertId
from domain.case.model import CaseId
from domain.services import alerts, reviews

router = APIRouter(tags=["alerts"])
reviews_router = APIRouter(prefix="/reviews", tags=["reviews"])


@router.get("/cases/{caseId}/alerts", responses=problem_responses(*STANDARD_ERRORS, 404))
async def list_case_alerts(
    case_id: uuid.UUID = Path(alias="caseId"),
    actor: Actor = Depends(require(Permission.ASSESSMENTS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> list[AlertOut]:
    """Open alerts first, then newest first."""
    return [alert_out(a) for a in await alerts.list_case_alerts(new_uow(), actor, CaseId(case_id))]


@router.get("/alerts", responses=problem_responses(*STANDARD_ERRORS))
async def list_alerts(
    open_: bool = Query(True, alias="open", description="Only alerts not yet acknowledged."),
    actor: Actor = Depends(require(Permission.ASSESSMENTS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> list[AlertListItem]:
    """Alerts on the cases you may see, open ones first, at most 500."""
    return [alert_list_item(a) for a in await alerts.list_alerts(new_uow(), actor, open_only=open_)]


@router.post("/alerts/{alertId}/acknowledge", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def acknowledge_alert(
    body: AlertAcknowledge,
    alert_id: uuid.UUID = Path(alias="alertId"),
    actor: Actor = Depends(require(Permission.ALERTS_ACKNOWLEDGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> AlertOut:
    """Acknowledge an alert once, saying where it was routed; a second time is a 409."""
    cmd = alerts.AcknowledgeAlert(body.routed_to, body.routing_note)
    return alert_out(await alerts.acknowledge_alert(new_uow(), c.clock, actor, AlertId(alert_id), cmd))


@reviews_router.get("/overdue", responses=problem_responses(*STANDARD_ERRORS))
async def list_overdue_reviews(
    within_days: int = Query(
        0, alias="withinDays", ge=0, le=reviews.MAX_WITHIN_DAYS, description="Also those due soon."
    ),
    actor: Actor = Depends(require(Permission.ASSESSMENTS_READ)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> list[OverdueReviewOut]:
    """Visible cases, not closed or transferred, whose latest submitted assessment is due for review
    before today + withinDays; most overdue first."""
    found = await reviews.overdue_reviews(new_uow(), c.clock, actor, within_days)
    return [overdue_review_out(d) for d in found]
