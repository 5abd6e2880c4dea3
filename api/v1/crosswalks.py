"""Crosswalks from the police model's item codes onto a framework version: list, read, import (JSON or CSV)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.assessment_mappers import crosswalk_detail, crosswalk_summary
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.frameworks import CrosswalkDetail, CrosswalkSummary
from api.v1.uploads import CSV, read_crosswalk_upload
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.catalogue import CrosswalkId
from domain.services import crosswalks

router = APIRouter(prefix="/crosswalks", tags=["crosswalks"])

_UPLOAD = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "description": "A crosswalk document, as persistence/frameworks/politie-kim-2026.1-to-"
                    "beoordelingskader-2026.1.json (snake_case keys, carries its own metadata).",
                }
            },
            CSV: {
                "schema": {
                    "type": "string",
                    "description": "Header external_code,external_label,indicator_code,relation (',' or ';'); "
                    "pass externalModel, version and frameworkId as query parameters.",
                }
            },
        },
    }
}


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def list_crosswalks(
    actor: Actor = Depends(require(Permission.FRAMEWORKS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> list[CrosswalkSummary]:
    """Newest first."""
    return [crosswalk_summary(r) for r in await crosswalks.list_crosswalks(new_uow(), actor)]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*STANDARD_ERRORS, 409),
    openapi_extra=_UPLOAD,
)
async def import_crosswalk(
    request: Request,
    response: Response,
    external_model: str | None = Query(None, alias="externalModel", max_length=64, description="CSV only."),
    version: str | None = Query(None, max_length=64, description="CSV only."),
    framework_id: uuid.UUID | None = Query(None, alias="frameworkId", description="CSV only."),
    actor: Actor = Depends(require(Permission.FRAMEWORKS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> CrosswalkDetail:
    """Import a new crosswalk version, as a JSON document or as CSV rows. Every problem is listed in
    `invalidParams`, located by JSON path or by spreadsheet row (the header is row 1) and field."""
    target, reader = read_crosswalk_upload(
        request.headers.get("content-type", ""),
        await request.body(),
        external_model=external_model,
        version=version,
        framework_id=framework_id,
    )
    record = await crosswalks.import_crosswalk(new_uow(), c.clock, actor, target, reader)
    response.headers["Location"] = f"/api/v1/crosswalks/{record.id}"
    return crosswalk_detail(record)


@router.get("/{crosswalkId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_crosswalk(
    crosswalk_id: uuid.UUID = Path(alias="crosswalkId"),
    actor: Actor = Depends(require(Permission.FRAMEWORKS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> CrosswalkDetail:
    """One crosswalk with every mapping."""
    return crosswalk_detail(await crosswalks.get_crosswalk(new_uow(), actor, CrosswalkId(crosswalk_id)))
