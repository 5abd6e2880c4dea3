"""Login, refresh, logout and activation. Tokens live in HttpOnly cookies only."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response, status

from api.deps import (
    ACCESS_COOKIE,
    CSRF_COOKIE,
    CSRF_HEADER,
    REFRESH_COOKIE,
    REFRESH_PATH,
    Container,
    UowFactory,
    client_address,
    container,
    public,
    refresh_session_id,
    require,
    uow_factory,
)
from api.v1.mappers import me_out
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.identity import ActivateRequest, LoginRequest, Me
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.errors import AuthenticationFailed, Forbidden
from domain.services import auth as auth_service
from domain.services.auth import IssuedSession

router = APIRouter(prefix="/auth", tags=["auth"])


def _set_session_cookies(response: Response, c: Container, issued: IssuedSession) -> None:
    assert issued.actor.id is not None
    access = c.tokens.encode(issued.session_id, issued.actor.id, c.clock.now())
    session_seconds = int(c.auth_config.session_absolute.total_seconds())
    common = {"secure": True, "samesite": "strict"}
    response.set_cookie(
        ACCESS_COOKIE,
        access,
        max_age=int(c.tokens.lifetime.total_seconds()),
        path="/",
        httponly=True,
        **common,  # type: ignore[arg-type]
    )
    response.set_cookie(
        REFRESH_COOKIE,
        issued.refresh_token,
        max_age=session_seconds,
        path=REFRESH_PATH,
        httponly=True,
        **common,  # type: ignore[arg-type]
    )
    # Readable by the SPA, which echoes it in the X-CSRF-Token header.
    response.set_cookie(
        CSRF_COOKIE,
        c.tokens.csrf_token(issued.session_id),
        max_age=session_seconds,
        path="/",
        httponly=False,
        **common,  # type: ignore[arg-type]
    )


def _clear_session_cookies(response: Response) -> None:
    response.delete_cookie(ACCESS_COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_PATH, secure=True, httponly=True, samesite="strict")
    response.delete_cookie(CSRF_COOKIE, path="/", secure=True, httponly=False, samesite="strict")


@router.post("/login", dependencies=[Depends(public)], responses=problem_responses(*STANDARD_ERRORS))
async def login(
    body: LoginRequest,
    request: Request,
    response: Response,
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> Me:
    """Log in with username and password. An unknown user and a wrong password get the same
    answer; after repeated failures the account or address is locked for a while (429)."""
    issued = await auth_service.login(
        new_uow(),
        c.clock,
        c.hasher,
        c.auth_config,
        username=body.username,
        password=body.password,
        client_address=client_address(request),
    )
    _set_session_cookies(response, c, issued)
    return me_out(issued.actor)


@router.post("/refresh", dependencies=[Depends(public)], responses=problem_responses(*STANDARD_ERRORS))
async def refresh(
    request: Request, response: Response, c: Container = Depends(container), new_uow: UowFactory = Depends(uow_factory)
) -> Me:
    """Rotate the refresh token and issue a new access token. Presenting an already-rotated
    refresh token ends the session (it was copied)."""
    token = request.cookies.get(REFRESH_COOKIE)
    session_id = refresh_session_id(token)
    if token is None or session_id is None:
        raise AuthenticationFailed("No session to refresh; log in.")
    if not c.tokens.csrf_valid(session_id, request.headers.get(CSRF_HEADER)):
        raise Forbidden(f"A valid {CSRF_HEADER} header is required for this request.")
    issued = await auth_service.refresh(new_uow(), c.clock, c.auth_config, refresh_token=token)
    _set_session_cookies(response, c, issued)
    return me_out(issued.actor)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(*STANDARD_ERRORS))
async def logout(
    response: Response,
    actor: Actor = Depends(require(Permission.ME_READ)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> None:
    """End the session on the server and clear the cookies."""
    await auth_service.logout(new_uow(), c.clock, actor)
    _clear_session_cookies(response)


@router.post(
    "/activate",
    status_code=status.HTTP_204_NO_CONTENT,
    dependencies=[Depends(public)],
    responses=problem_responses(*STANDARD_ERRORS),
)
async def activate(
    body: ActivateRequest,
    request: Request,
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> None:
    """Set the first password (or a new one after a reset) with the one-time activation code."""
    await auth_service.activate(
        new_uow(),
        c.clock,
        c.hasher,
        c.auth_config,
        username=body.username,
        activation_code=body.activation_code,
        new_password=body.new_password,
        client_address=client_address(request),
    )
