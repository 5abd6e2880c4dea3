"""Composition root: wires persistence and adapters into the use cases, and resolves the actor.

Every route declares exactly one of `Depends(require(Permission.X))` or `Depends(public)`;
tests/contract walks the app and fails when a route has neither.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncEngine

from api.security.passwords import Argon2PasswordHasher
from api.security.tokens import AccessTokenCodec, TokenError
from api.settings import Settings
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.policies import can
from domain.audit.model import Outcome, RequestContext
from domain.errors import AuthenticationFailed, Forbidden
from domain.identity.throttle import ThrottlePolicy
from domain.ids import SessionId
from domain.ports import Clock
from domain.services import auth as auth_service
from domain.services.auth import AuthConfig
from domain.services.common import audit_entry
from domain.services.plan_views import Monitoring
from persistence.crypto import BsnCipher
from persistence.uow import SqlUnitOfWork

ACCESS_COOKIE = "__Host-casusregie-access"
CSRF_COOKIE = "__Host-casusregie-csrf"
REFRESH_COOKIE = "__Secure-casusregie-refresh"
REFRESH_PATH = "/api/v1/auth"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Container:
    settings: Settings
    engine: AsyncEngine
    clock: Clock
    hasher: Argon2PasswordHasher
    tokens: AccessTokenCodec
    auth_config: AuthConfig
    cipher: BsnCipher

    def uow(self, context: RequestContext | None = None) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, self.clock, context, cipher=self.cipher)

    @classmethod
    def build(cls, settings: Settings, engine: AsyncEngine, clock: Clock | None = None) -> Container:
        secret = settings.secret_key.get_secret_value()
        return cls(
            settings=settings,
            engine=engine,
            clock=clock or SystemClock(),
            hasher=Argon2PasswordHasher(),
            cipher=BsnCipher.from_secret(secret),
            tokens=AccessTokenCodec(
                secret, settings.jwt_issuer, settings.jwt_audience, timedelta(minutes=settings.access_token_minutes)
            ),
            auth_config=AuthConfig(
                account_key_secret=("login-throttle:" + secret).encode(),
                session_idle=timedelta(minutes=settings.session_idle_minutes),
                session_absolute=timedelta(hours=settings.session_absolute_hours),
                throttle=ThrottlePolicy(
                    account_max_failures=settings.login_max_failures_per_account,
                    address_max_failures=settings.login_max_failures_per_address,
                    window=timedelta(minutes=settings.login_lockout_minutes),
                    lockout=timedelta(minutes=settings.login_lockout_minutes),
                ),
            ),
        )


def monitoring(c: Container) -> Monitoring:
    """Delivery of plans is judged on today's date (UTC) with the configured staleness."""
    return Monitoring(c.clock.now().date(), c.settings.action_stale_days)


async def container(request: Request) -> Container:
    found: Container = request.app.state.container
    return found


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def request_context(request: Request) -> RequestContext:
    return RequestContext(
        client_address=client_address(request), request_id=request.scope.get("state", {}).get("request_id")
    )


UowFactory = Callable[[], SqlUnitOfWork]


async def uow_factory(request: Request, c: Container = Depends(container)) -> UowFactory:
    context = request_context(request)
    return lambda: c.uow(context)


_cookie_scheme = APIKeyCookie(name=ACCESS_COOKIE, auto_error=False, description="Session of the SPA (HttpOnly cookie).")
_bearer_scheme = HTTPBearer(auto_error=False, description="API token of an integration or script.")


async def current_actor(
    request: Request,
    cookie_token: str | None = Depends(_cookie_scheme),
    bearer: HTTPAuthorizationCredentials | None = Depends(_bearer_scheme),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> Actor:
    """A person with a session cookie or a machine with an API token, checked against the
    database on every request so that revocation takes effect at once."""
    if bearer is not None:
        actor = await auth_service.actor_for_api_token(new_uow(), c.clock, bearer.credentials)
    elif cookie_token:
        try:
            session_id = c.tokens.decode(cookie_token, c.clock.now())
        except TokenError as exc:
            raise AuthenticationFailed("The session has expired; refresh or log in again.") from exc
        if request.method not in SAFE_METHODS and not c.tokens.csrf_valid(session_id, request.headers.get(CSRF_HEADER)):
            raise Forbidden(f"A valid {CSRF_HEADER} header is required for this request.")
        actor = await auth_service.actor_for_session(new_uow(), c.clock, SessionId(session_id))
    else:
        raise AuthenticationFailed("Log in or send an API token.")
    request.scope.setdefault("state", {})["actor_id"] = str(actor.id) if actor.id else None
    return actor


@dataclass(frozen=True)
class RequirePermission:
    """Route dependency: the actor must hold `permission`. Denials are audited."""

    permission: Permission

    async def __call__(
        self, actor: Actor = Depends(current_actor), new_uow: UowFactory = Depends(uow_factory)
    ) -> Actor:
        if not can(actor, self.permission):
            async with new_uow() as uow:
                uow.record(
                    audit_entry(
                        actor, "access.denied", outcome=Outcome.DENIED, details={"permission": self.permission.value}
                    )
                )
                await uow.commit()
            raise Forbidden(f"You lack the permission '{self.permission.value}' for this function.")
        return actor


def require(permission: Permission) -> RequirePermission:
    return RequirePermission(permission)


class Public:
    """Route dependency marking a route that needs no login (health, login, activation)."""

    async def __call__(self) -> None:
        return None


public = Public()


def refresh_session_id(token: str | None) -> uuid.UUID | None:
    if not token:
        return None
    try:
        return uuid.UUID(token.partition(".")[0])
    except ValueError:
        return None
