"""The audit trail, for the privacy officer."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Query

from api.deps import UowFactory, require, uow_factory
from api.v1.mappers import audit_event_out
from api.v1.params import page_request
from api.v1.schemas.common import STANDARD_ERRORS, Page, problem_responses
from api.v1.schemas.identity import AuditEventOut, ChainVerification
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.ports import AuditFilter, PageRequest
from domain.services import audit as service

router = APIRouter(prefix="/audit-events", tags=["audit-events"])


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def list_audit_events(
    action: str | None = Query(None, max_length=60),
    record_type: str | None = Query(None, alias="recordType", max_length=40),
    record_id: str | None = Query(None, alias="recordId", max_length=64),
    actor_id: uuid.UUID | None = Query(None, alias="actorId"),
    page: PageRequest = Depends(page_request),
    actor: Actor = Depends(require(Permission.AUDIT_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> Page[AuditEventOut]:
    """Newest first. Reading the trail is itself recorded in it."""
    filter = AuditFilter(action=action, record_type=record_type, record_id=record_id, actor_id=actor_id)
    result = await service.list_audit_events(new_uow(), actor, filter, page)
    return Page[AuditEventOut](items=[audit_event_out(r) for r in result.items], next_cursor=result.next_cursor)


@router.get("/verification", responses=problem_responses(*STANDARD_ERRORS))
async def verify_audit_chain(
    actor: Actor = Depends(require(Permission.AUDIT_READ)), new_uow: UowFactory = Depends(uow_factory)
) -> ChainVerification:
    """Walk the whole hash chain and report the first broken link, if any."""
    report = await service.verify_audit_chain(new_uow(), actor)
    return ChainVerification(
        valid=report.valid,
        checked_count=report.checked_count,
        first_broken_seq=report.first_broken_seq,
        reason=report.reason,
    )
