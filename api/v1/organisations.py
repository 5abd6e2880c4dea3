"""Partner organisations (functional management)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.mappers import expected_version, organisation_out, set_etag
from api.v1.params import IF_MATCH, page_request
from api.v1.schemas.common import STANDARD_ERRORS, Page, problem_responses
from api.v1.schemas.identity import OrganisationCreate, OrganisationOut, OrganisationUpdate
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId
from domain.ports import OrganisationFilter, PageRequest
from domain.services import organisations as service

router = APIRouter(prefix="/organisations", tags=["organisations"])


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def list_organisations(
    q: str | None = Query(None, max_length=100, description="Part of the name or short name."),
    kind: OrganisationKind | None = None,
    active: bool | None = None,
    page: PageRequest = Depends(page_request),
    actor: Actor = Depends(require(Permission.ORGANISATIONS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> Page[OrganisationOut]:
    """Organisations by name, filtered."""
    result = await service.list_organisations(
        new_uow(), actor, OrganisationFilter(q=q or None, kind=kind, active=active), page
    )
    return Page[OrganisationOut](items=[organisation_out(o) for o in result.items], next_cursor=result.next_cursor)


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS, 409))
async def create_organisation(
    body: OrganisationCreate,
    response: Response,
    actor: Actor = Depends(require(Permission.ORGANISATIONS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> OrganisationOut:
    org = await service.create_organisation(
        new_uow(),
        c.clock,
        actor,
        service.CreateOrganisation(name=body.name, kind=body.kind, short_name=body.short_name),
    )
    response.headers["Location"] = f"/api/v1/organisations/{org.id}"
    set_etag(response, org.version)
    return organisation_out(org)


@router.get("/{organisationId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_organisation(
    response: Response,
    organisation_id: uuid.UUID = Path(alias="organisationId"),
    actor: Actor = Depends(require(Permission.ORGANISATIONS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> OrganisationOut:
    org = await service.get_organisation(new_uow(), actor, OrganisationId(organisation_id))
    set_etag(response, org.version)
    return organisation_out(org)


@router.patch("/{organisationId}", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def update_organisation(
    body: OrganisationUpdate,
    response: Response,
    organisation_id: uuid.UUID = Path(alias="organisationId"),
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.ORGANISATIONS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> OrganisationOut:
    """Change an organisation; deactivating it ends access for its people and tokens."""
    version = expected_version(if_match)
    fields = body.model_fields_set
    cmd = service.UpdateOrganisation(
        name=body.name,
        kind=body.kind,
        short_name=body.short_name,
        short_name_set="short_name" in fields,
        active=body.active,
    )
    org = await service.update_organisation(new_uow(), c.clock, actor, OrganisationId(organisation_id), cmd, version)
    set_etag(response, org.version)
    return organisation_out(org)
