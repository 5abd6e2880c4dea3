"""Assessment framework versions: list, read, import a draft, publish it, and preview the proposed level."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Body, Depends, Path, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.assessment_mappers import framework_detail, framework_summary, proposal_out, rating_in
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.frameworks import FrameworkDetail, FrameworkSummary, Proposal, ProposalRequest
from api.v1.uploads import parse_framework_document
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.catalogue import FrameworkId
from domain.services import frameworks

router = APIRouter(prefix="/assessment-frameworks", tags=["assessment-frameworks"])
FRAMEWORK_ID = Path(alias="frameworkId")


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def list_frameworks(
    actor: Actor = Depends(require(Permission.FRAMEWORKS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> list[FrameworkSummary]:
    """Every stored version (draft, published, retired), newest first."""
    return [framework_summary(r) for r in await frameworks.list_frameworks(new_uow(), actor)]


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS, 409))
async def import_framework(
    response: Response,
    document: dict[str, Any] = Body(
        description="A framework file document, as persistence/frameworks/beoordelingskader-2026.1.json."
    ),
    actor: Actor = Depends(require(Permission.FRAMEWORKS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> FrameworkDetail:
    """Import a new version as a draft. Every problem of the document is listed in `invalidParams`;
    a code and version that exist already are a 409."""
    record = await frameworks.import_framework(new_uow(), c.clock, actor, parse_framework_document(document))
    response.headers["Location"] = f"/api/v1/assessment-frameworks/{record.id}"
    return framework_detail(record)


@router.get("/{frameworkId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_framework(
    framework_id: uuid.UUID = FRAMEWORK_ID,
    actor: Actor = Depends(require(Permission.FRAMEWORKS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> FrameworkDetail:
    """One version with its dimensions, indicators, guidance questions, rule parameters and cadence."""
    return framework_detail(await frameworks.get_framework(new_uow(), actor, FrameworkId(framework_id)))


@router.post("/{frameworkId}/publish", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def publish_framework(
    framework_id: uuid.UUID = FRAMEWORK_ID,
    actor: Actor = Depends(require(Permission.FRAMEWORKS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> FrameworkDetail:
    """Publish a draft; the version of the same code published before is retired. A published or
    retired version never changes: publishing it again is a 409."""
    return framework_detail(await frameworks.publish_framework(new_uow(), c.clock, actor, FrameworkId(framework_id)))


@router.post("/{frameworkId}/proposal", responses=problem_responses(*STANDARD_ERRORS, 404))
async def preview_proposal(
    body: ProposalRequest,
    framework_id: uuid.UUID = FRAMEWORK_ID,
    actor: Actor = Depends(require(Permission.FRAMEWORKS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> Proposal:
    """The level the rules would propose for these ratings (for the live form). Nothing is stored."""
    ratings = [rating_in(r) for r in body.ratings]
    return proposal_out(await frameworks.preview_proposal(new_uow(), actor, FrameworkId(framework_id), ratings))
