"""A small world for the use cases: three organisations, one account per role, all in fakes,
and helpers to act in it."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta

import pytest

from domain.access.actor import Actor
from domain.access.roles import Role
from domain.errors import AuthenticationFailed
from domain.identity.model import ApiToken, Organisation, OrganisationKind, User
from domain.ids import ApiTokenId, OrganisationId, SessionId, UserId
from domain.services import auth
from domain.services.auth import IssuedSession, actor_for_user
from tests.unit.services.fakes import FakePasswordHasher, FakeUnitOfWork, FixedClock

PASSWORD = "correct-horse-battery-2026"
ADDRESS = "203.0.113.10"


def make_org(name: str, kind: OrganisationKind, *, active: bool = True) -> Organisation:
    now = FixedClock().now()
    return Organisation(OrganisationId(uuid.uuid4()), name, kind, None, active, now, now)


def make_user(
    username: str,
    org: Organisation,
    *roles: Role,
    password: str | None = PASSWORD,
    active: bool = True,
) -> User:
    now = FixedClock().now()
    return User(
        id=UserId(uuid.uuid4()),
        username=username,
        display_name=f"Test {username.title()}",
        email=f"{username}@example.org",
        organisation_id=org.id,
        roles=frozenset(roles),
        active=active,
        password_hash=FakePasswordHasher().hash(password) if password is not None else None,
        activation_code_hash=None,
        activation_expires_at=None,
        last_login_at=None,
        created_at=now,
        updated_at=now,
    )


@dataclass
class World:
    uow: FakeUnitOfWork
    clock: FixedClock
    municipality: Organisation
    police: Organisation
    youth_care: Organisation
    users: dict[str, User] = field(default_factory=dict)

    def org_of(self, username: str) -> Organisation:
        org_id = self.users[username].organisation_id
        return next(o for o in (self.municipality, self.police, self.youth_care) if o.id == org_id)

    def actor(self, username: str) -> Actor:
        return actor_for_user(self.users[username], self.org_of(username))


ACCOUNTS = {
    "admin": (Role.ADMIN, "municipality"),
    "coordinator": (Role.COORDINATOR, "municipality"),
    "regisseur": (Role.REGISSEUR, "municipality"),
    "partner": (Role.PARTNER, "youth_care"),
    "police": (Role.POLICE, "police"),
    "analyst": (Role.ANALYST, "municipality"),
    "privacy": (Role.PRIVACY_OFFICER, "municipality"),
}


LogIn = Callable[..., Awaitable[IssuedSession]]


async def fail_login(log_in: LogIn, username: str, times: int = 1, address: str | None = ADDRESS) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            await log_in(username, "not-the-password", address)


async def session_actor(world: World, session_id: uuid.UUID) -> Actor:
    return await auth.actor_for_session(world.uow, world.clock, SessionId(session_id))


RAW_TOKEN = "cr_test_0123456789abcdef"


def seed_token(world: World, *scopes: str, **changes: object) -> ApiToken:
    now = world.clock.now()
    token = ApiToken(
        id=ApiTokenId(uuid.uuid4()),
        organisation_id=world.police.id,
        name="Koppeling politie",
        token_hash=hashlib.sha256(RAW_TOKEN.encode()).hexdigest(),
        scopes=frozenset(scopes),
        created_at=now,
        expires_at=now + timedelta(days=90),
    )
    token = replace(token, **changes)  # type: ignore[arg-type]
    world.uow.seed(token)
    return token


async def token_actor(world: World) -> Actor:
    return await auth.actor_for_api_token(world.uow, world.clock, RAW_TOKEN)
