"""A small world for the use cases: three organisations, one account per role, all in fakes,
and helpers to act in it (including registering referrals and moving cases)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pytest

from domain.access.actor import Actor
from domain.access.roles import Role
from domain.case.lifecycle import CaseStatus, ClosureReason, TransitionName
from domain.case.model import Case, CaseId, Ideology, ParticipationRole
from domain.errors import AuthenticationFailed
from domain.identity.model import ApiToken, Organisation, OrganisationKind, User
from domain.ids import ApiTokenId, OrganisationId, SessionId, UserId
from domain.person.model import District, Gender, PersonId
from domain.services import auth, case_lifecycle, referrals
from domain.services.auth import IssuedSession, actor_for_user
from domain.services.case_lifecycle import TransitionCase
from domain.services.referrals import PersonInput, ReferralInput, RegisterReferral
from tests.unit.domain.case_builders import PATH_TO
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
    more_orgs: list[Organisation] = field(default_factory=list)

    def org_of(self, username: str) -> Organisation:
        org_id = self.users[username].organisation_id
        return next(o for o in (self.municipality, self.police, self.youth_care, *self.more_orgs) if o.id == org_id)

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


def add_org(world: World, name: str, kind: OrganisationKind, *, active: bool = True) -> Organisation:
    org = make_org(name, kind, active=active)
    world.more_orgs.append(org)
    world.uow.seed(org)
    return org


def add_user(
    world: World, username: str, org: Organisation, *roles: Role, team: str | None = None, active: bool = True
) -> User:
    user = replace(make_user(username, org, *roles, active=active), team=team)
    world.users[username] = user
    world.uow.seed(user)
    return user


def add_teams(world: World) -> None:
    """`regisseur` and `teammate` in team noord, `other_team` in zuid, `weesp_noord` in a team
    of the same name in another municipality."""
    world.users["regisseur"].team = "noord"
    world.uow.seed(world.users["regisseur"])
    add_user(world, "teammate", world.municipality, Role.REGISSEUR, team="noord")
    add_user(world, "other_team", world.municipality, Role.REGISSEUR, team="zuid")
    weesp = add_org(world, "Gemeente Weesp", OrganisationKind.MUNICIPALITY)
    add_user(world, "weesp_noord", weesp, Role.REGISSEUR, team="noord")


# --- cases ---------------------------------------------------------------------------------------

REFERRED_ON = date(2026, 3, 1)  # the day before the world's clock


def person_input(**changes: object) -> PersonInput:
    person = PersonInput("Mohammed", "El Amrani", Gender.MALE, District.NIEUW_WEST, date_of_birth=date(2004, 5, 6))
    return replace(person, **changes)  # type: ignore[arg-type]


def referral_input(world: World, **changes: object) -> ReferralInput:
    referral = ReferralInput(
        source_organisation_id=world.youth_care.id,
        referrer_name="J. de Wit",
        referred_on=REFERRED_ON,
        description="Signalen van online radicalisering via school en jeugdzorg.",
        reason_for_concern="Deelt extremistische content en zoekt contact met een bekende groep.",
        ideology=Ideology.JIHADIST,
    )
    return replace(referral, **changes)  # type: ignore[arg-type]


async def register(
    world: World,
    actor: str = "regisseur",
    *,
    person: PersonInput | None = None,
    person_id: PersonId | None = None,
    linked: tuple[CaseId, ...] = (),
    **referral: object,
) -> CaseId:
    """Register a referral through the use case; a new person unless `person_id` is given."""
    cmd = RegisterReferral(
        referral_input(world, **referral),
        person_id=person_id,
        person=None if person_id else person or person_input(),
        linked_case_ids=linked,
    )
    return await referrals.register_referral(world.uow, world.clock, world.actor(actor), cmd)


async def stored_case(world: World, case_id: CaseId) -> Case:
    found = await world.uow.cases.get(case_id)
    assert found is not None
    return found


async def move(
    world: World,
    case_id: CaseId,
    name: TransitionName,
    actor: str = "coordinator",
    reason: str = "Besluit overleg",
    closure_reason: ClosureReason | None = None,
) -> CaseId:
    cmd = TransitionCase(name, reason, closure_reason)
    return await case_lifecycle.transition_case(world.uow, world.clock, world.actor(actor), case_id, cmd)


async def move_to(world: World, case_id: CaseId, status: CaseStatus) -> None:
    """Along the shortest path of the process, by the coordinator, an hour per step."""
    for name in PATH_TO[status]:
        world.clock.advance(hours=1)
        await move(world, case_id, name)


async def join(
    world: World,
    case_id: CaseId,
    org_id: OrganisationId,
    role: ParticipationRole = ParticipationRole.PARTICIPANT,
    actor: str = "regisseur",
    contact_name: str | None = None,
) -> uuid.UUID:
    """Let an organisation take part in the case; the id of its participation."""
    added = await case_lifecycle.add_participant(
        world.uow, world.clock, world.actor(actor), case_id, org_id, role, contact_name
    )
    return added.participation.id
