"""Fixtures for the use-case tests: a fake unit of work, a fixed clock and the seeded world."""

from __future__ import annotations

import pytest

from domain.identity.model import OrganisationKind
from domain.services import auth
from domain.services.auth import AuthConfig, IssuedSession
from tests.unit.services.assessment_world import Assessing, assessing
from tests.unit.services.fakes import FakePasswordHasher, FakeUnitOfWork, FixedClock
from tests.unit.services.world import ACCOUNTS, ADDRESS, PASSWORD, LogIn, World, make_org, make_user


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def hasher() -> FakePasswordHasher:
    return FakePasswordHasher()


@pytest.fixture
def config() -> AuthConfig:
    return AuthConfig(account_key_secret=b"unit-test-account-key-secret")


@pytest.fixture
def uow(clock: FixedClock) -> FakeUnitOfWork:
    return FakeUnitOfWork(clock)


@pytest.fixture
def world(uow: FakeUnitOfWork, clock: FixedClock) -> World:
    built = World(
        uow,
        clock,
        municipality=make_org("Gemeente Amsterdam", OrganisationKind.MUNICIPALITY),
        police=make_org("Politie Amsterdam", OrganisationKind.POLICE),
        youth_care=make_org("Jeugdzorg Amsterdam", OrganisationKind.YOUTH_CARE),
    )
    orgs = {"municipality": built.municipality, "police": built.police, "youth_care": built.youth_care}
    built.users = {name: make_user(name, orgs[org], role) for name, (role, org) in ACCOUNTS.items()}
    uow.seed(*orgs.values(), *built.users.values())
    return built


@pytest.fixture
def log_in(world: World, hasher: FakePasswordHasher, config: AuthConfig) -> LogIn:
    """`await log_in("partner")` logs in through the use case, from ADDRESS unless told otherwise."""

    async def attempt(username: str, password: str = PASSWORD, address: str | None = ADDRESS) -> IssuedSession:
        return await auth.login(
            world.uow, world.clock, hasher, config, username=username, password=password, client_address=address
        )

    return attempt


@pytest.fixture
async def assessed(world: World) -> Assessing:
    """A published framework, a crosswalk and a case the police and youth care work in."""
    return await assessing(world)
