"""Accounts of people (functional management). No route ever takes or returns a password."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.mappers import expected_version, set_etag, user_out
from api.v1.params import IF_MATCH, page_request
from api.v1.schemas.common import STANDARD_ERRORS, Page, problem_responses
from api.v1.schemas.identity import ActivationCodeOut, UserCreate, UserCreated, UserOut, UserUpdate
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.ids import OrganisationId, UserId
from domain.ports import PageRequest, UserFilter
from domain.services import users as service

router = APIRouter(prefix="/users", tags=["users"])


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def list_users(
    q: str | None = Query(None, max_length=100, description="Part of the name or username."),
    organisation_id: uuid.UUID | None = Query(None, alias="organisationId"),
    role: Role | None = None,
    active: bool | None = None,
    page: PageRequest = Depends(page_request),
    actor: Actor = Depends(require(Permission.USERS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> Page[UserOut]:
    filter = UserFilter(
        q=q or None,
        organisation_id=OrganisationId(organisation_id) if organisation_id else None,
        role=role,
        active=active,
    )
    result = await service.list_users(new_uow(), actor, filter, page)
    return Page[UserOut](items=[user_out(v) for v in result.items], next_cursor=result.next_cursor)


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS, 409))
async def create_user(
    body: UserCreate,
    response: Response,
    actor: Actor = Depends(require(Permission.USERS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> UserCreated:
    """Create an account without a password; the answer carries a one-time activation code."""
    cmd = service.CreateUser(
        username=body.username,
        display_name=body.display_name,
        organisation_id=OrganisationId(body.organisation_id),
        roles=frozenset(body.roles),
        email=body.email,
        team=body.team,
    )
    view, code = await service.create_user(new_uow(), c.clock, actor, cmd)
    response.headers["Location"] = f"/api/v1/users/{view.user.id}"
    set_etag(response, view.user.version)
    return UserCreated(user=user_out(view), activation_code=code.code, activation_expires_at=code.expires_at)


@router.get("/{userId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_user(
    response: Response,
    user_id: uuid.UUID = Path(alias="userId"),
    actor: Actor = Depends(require(Permission.USERS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> UserOut:
    view = await service.get_user(new_uow(), actor, UserId(user_id))
    set_etag(response, view.user.version)
    return user_out(view)


@router.patch("/{userId}", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def update_user(
    body: UserUpdate,
    response: Response,
    user_id: uuid.UUID = Path(alias="userId"),
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.USERS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> UserOut:
    """Change an account. Disabling it ends its sessions at once; role changes apply on the next request."""
    version = expected_version(if_match)
    cmd = service.UpdateUser(
        display_name=body.display_name,
        email=body.email,
        email_set="email" in body.model_fields_set,
        organisation_id=OrganisationId(body.organisation_id) if body.organisation_id else None,
        roles=frozenset(body.roles) if body.roles is not None else None,
        active=body.active,
        team=body.team,
        team_set="team" in body.model_fields_set,
    )
    view = await service.update_user(new_uow(), c.clock, actor, UserId(user_id), cmd, version)
    set_etag(response, view.user.version)
    return user_out(view)


@router.post(
    "/{userId}/activation-codes",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*STANDARD_ERRORS, 404, 409),
)
async def issue_activation_code(
    user_id: uuid.UUID = Path(alias="userId"),
    actor: Actor = Depends(require(Permission.USERS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> ActivationCodeOut:
    """Reset access: the password stops working, sessions end, and a new one-time code is issued."""
    code = await service.issue_activation_code(new_uow(), c.clock, actor, UserId(user_id))
    return ActivationCodeOut(activation_code=code.code, activation_expires_at=code.expires_at)
