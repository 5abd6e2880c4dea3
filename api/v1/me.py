"""The current actor."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, status

from api.deps import Container, UowFactory, client_address, container, require, uow_factory
from api.v1.mappers import me_out
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.identity import ChangePasswordRequest, Me
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.services import auth as auth_service

router = APIRouter(prefix="/me", tags=["me"])


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def get_me(actor: Actor = Depends(require(Permission.ME_READ))) -> Me:
    """Who you are: person or token, organisation, roles and permissions."""
    return me_out(actor)


@router.post("/password", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(*STANDARD_ERRORS))
async def change_password(
    body: ChangePasswordRequest,
    request: Request,
    actor: Actor = Depends(require(Permission.OWN_PASSWORD_CHANGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> None:
    """Change your own password; your other sessions end."""
    await auth_service.change_password(
        new_uow(),
        c.clock,
        c.hasher,
        c.auth_config,
        actor,
        current_password=body.current_password,
        new_password=body.new_password,
        client_address=client_address(request),
    )
