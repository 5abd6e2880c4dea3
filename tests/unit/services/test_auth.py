"""Login, throttling, refresh, session lifetime, API tokens and logout."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from domain.access.actor import ActorType
from domain.access.permissions import Permission
from domain.access.policies import permissions_for_roles
from domain.access.roles import Role
from domain.audit.model import Outcome
from domain.errors import AuthenticationFailed, Throttled
from domain.services import auth
from domain.services.auth import LOGIN_FAILED, AuthConfig, IssuedSession
from tests.unit.services.fakes import FakePasswordHasher
from tests.unit.services.world import (
    PASSWORD,
    RAW_TOKEN,
    LogIn,
    World,
    fail_login,
    seed_token,
    session_actor,
    token_actor,
)

# --- login --------------------------------------------------------------------------------------


async def test_login_opens_a_session_for_the_user(world: World, log_in: LogIn) -> None:
    issued = await log_in("partner")

    assert issued.actor.id == world.users["partner"].id
    assert issued.actor.organisation_name == "Jeugdzorg Amsterdam"
    assert issued.actor.permissions == permissions_for_roles({Role.PARTNER})
    assert (await session_actor(world, issued.session_id)).username == "partner"
    assert issued.refresh_token.startswith(f"{issued.session_id}.")
    [entry] = world.uow.committed_entries
    assert (entry.action, entry.outcome, entry.actor_id) == ("auth.login", Outcome.SUCCESS, issued.actor.id)


async def test_login_ignores_case_and_surrounding_space_in_the_username(log_in: LogIn) -> None:
    issued = await log_in("  Partner ")
    assert issued.actor.username == "partner"


async def test_login_records_the_login_time(world: World, log_in: LogIn) -> None:
    await log_in("partner")
    view = await world.uow.users.get(world.users["partner"].id)
    assert view is not None
    assert view.user.last_login_at == world.clock.now()


async def test_login_upgrades_an_outdated_password_hash(world: World, log_in: LogIn) -> None:
    world.uow.seed(replace(world.users["partner"], password_hash=f"legacy${PASSWORD}"))
    await log_in("partner")
    view = await world.uow.users.get(world.users["partner"].id)
    assert view is not None
    assert view.user.password_hash == FakePasswordHasher().hash(PASSWORD)


async def test_wrong_password_and_unknown_user_fail_identically(
    world: World, log_in: LogIn, hasher: FakePasswordHasher
) -> None:
    with pytest.raises(AuthenticationFailed) as wrong_password:
        await log_in("partner", "not-the-password")
    with pytest.raises(AuthenticationFailed) as unknown_user:
        await log_in("nobody", "not-the-password")

    assert wrong_password.value.detail == unknown_user.value.detail == LOGIN_FAILED
    assert hasher.verify_calls == 2, "an unknown user must cost a password check too"
    assert [(e.action, e.outcome) for e in world.uow.committed_entries] == [("auth.login", Outcome.FAILURE)] * 2


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda w: w.uow.seed(replace(w.users["partner"], active=False)), id="disabled account"),
        pytest.param(lambda w: w.uow.seed(replace(w.users["partner"], password_hash=None)), id="activation pending"),
        pytest.param(lambda w: w.uow.seed(replace(w.youth_care, active=False)), id="organisation deactivated"),
    ],
)
async def test_login_with_the_right_password_is_refused_when(
    world: World, log_in: LogIn, change: Callable[[World], None]
) -> None:
    change(world)
    with pytest.raises(AuthenticationFailed) as refused:
        await log_in("partner")
    assert refused.value.detail == LOGIN_FAILED
    assert world.uow.committed_actions == ["auth.login"]
    assert world.uow.committed_entries[0].outcome is Outcome.FAILURE


# --- throttling ---------------------------------------------------------------------------------


async def test_five_failures_lock_the_account_even_for_the_right_password(world: World, log_in: LogIn) -> None:
    await fail_login(log_in, "partner", times=5)

    with pytest.raises(Throttled) as throttled:
        await log_in("partner")

    assert throttled.value.retry_after_seconds == 15 * 60
    last = world.uow.committed_entries[-1]
    assert (last.action, last.outcome, dict(last.details)) == ("auth.login", Outcome.DENIED, {"reason": "throttled"})


async def test_four_failures_do_not_lock_the_account(log_in: LogIn) -> None:
    await fail_login(log_in, "partner", times=4)
    assert (await log_in("partner")).actor.username == "partner"


async def test_the_lockout_counts_down_and_expires(world: World, log_in: LogIn) -> None:
    await fail_login(log_in, "partner", times=5)
    world.clock.advance(minutes=10)
    with pytest.raises(Throttled) as throttled:
        await log_in("partner")
    assert throttled.value.retry_after_seconds == 5 * 60

    world.clock.advance(minutes=5)
    assert (await log_in("partner")).actor.username == "partner"


async def test_an_unknown_username_is_locked_out_exactly_like_a_known_one(world: World, log_in: LogIn) -> None:
    await fail_login(log_in, "nobody", times=5)
    await fail_login(log_in, "partner", times=5)
    with pytest.raises(Throttled) as unknown:
        await log_in("nobody")
    with pytest.raises(Throttled) as known:
        await log_in("partner")
    assert unknown.value.retry_after_seconds == known.value.retry_after_seconds == 15 * 60


async def test_failures_count_against_the_normalised_username(log_in: LogIn) -> None:
    await fail_login(log_in, " PARTNER", times=3)
    await fail_login(log_in, "Partner", times=2)
    with pytest.raises(Throttled):
        await log_in("partner")


async def test_failures_older_than_the_window_do_not_count(world: World, log_in: LogIn) -> None:
    await fail_login(log_in, "partner", times=4)
    world.clock.advance(minutes=15, seconds=1)
    await fail_login(log_in, "partner", times=1)
    assert (await log_in("partner")).actor.username == "partner"


async def test_a_successful_login_resets_the_account_failure_count(log_in: LogIn) -> None:
    await fail_login(log_in, "partner", times=4)
    await log_in("partner")
    await fail_login(log_in, "partner", times=4)
    assert (await log_in("partner")).actor.username == "partner"


async def test_a_locked_account_does_not_lock_other_accounts(log_in: LogIn) -> None:
    await fail_login(log_in, "partner", times=5)
    assert (await log_in("police")).actor.username == "police"


async def test_twenty_failures_from_one_address_block_that_address_for_every_account(log_in: LogIn) -> None:
    for name in ("ann", "bob", "cem", "dirk", "eva"):
        await fail_login(log_in, name, times=4)

    with pytest.raises(Throttled) as throttled:
        await log_in("police")
    assert throttled.value.retry_after_seconds == 15 * 60
    assert (await log_in("police", address="198.51.100.7")).actor.username == "police"


async def test_attempts_without_a_client_address_are_not_throttled_per_address(log_in: LogIn) -> None:
    for name in ("ann", "bob", "cem", "dirk", "eva", "fay"):
        await fail_login(log_in, name, times=4, address=None)
    assert (await log_in("police", address=None)).actor.username == "police"


# --- refresh and session lifetime ---------------------------------------------------------------


async def refresh(world: World, config: AuthConfig, token: str) -> IssuedSession:
    return await auth.refresh(world.uow, world.clock, config, refresh_token=token)


async def test_refresh_rotates_the_token_and_keeps_the_session(world: World, log_in: LogIn, config: AuthConfig) -> None:
    issued = await log_in("partner")
    first = await refresh(world, config, issued.refresh_token)
    second = await refresh(world, config, first.refresh_token)

    assert len({issued.refresh_token, first.refresh_token, second.refresh_token}) == 3
    assert issued.session_id == first.session_id == second.session_id
    assert second.actor.username == "partner"


async def test_reusing_a_rotated_refresh_token_ends_the_session(
    world: World, log_in: LogIn, config: AuthConfig
) -> None:
    issued = await log_in("partner")
    rotated = await refresh(world, config, issued.refresh_token)

    with pytest.raises(AuthenticationFailed):
        await refresh(world, config, issued.refresh_token)

    with pytest.raises(AuthenticationFailed):
        await refresh(world, config, rotated.refresh_token)
    with pytest.raises(AuthenticationFailed):
        await session_actor(world, issued.session_id)
    last = world.uow.committed_entries[-1]
    assert (last.action, last.outcome, last.record_id) == ("auth.refresh", Outcome.DENIED, str(issued.session_id))


@pytest.mark.parametrize("token", ["", "garbage", "not-a-uuid.secret", "9a4c8a52-2f1e-4a4b-9d2f-1c6f1f3e7b10.secret"])
async def test_refresh_rejects_tokens_it_never_issued(world: World, config: AuthConfig, token: str) -> None:
    with pytest.raises(AuthenticationFailed):
        await refresh(world, config, token)
    assert world.uow.committed_entries == []


async def test_refresh_extends_the_idle_timeout(world: World, log_in: LogIn, config: AuthConfig) -> None:
    issued = await log_in("partner")
    world.clock.advance(minutes=25)
    await refresh(world, config, issued.refresh_token)
    world.clock.advance(minutes=25)
    assert (await session_actor(world, issued.session_id)).username == "partner"


async def test_an_idle_session_ends_after_thirty_minutes(world: World, log_in: LogIn, config: AuthConfig) -> None:
    issued = await log_in("partner")
    world.clock.advance(minutes=29, seconds=59)
    assert (await session_actor(world, issued.session_id)).username == "partner"

    world.clock.advance(seconds=1)
    with pytest.raises(AuthenticationFailed):
        await session_actor(world, issued.session_id)
    with pytest.raises(AuthenticationFailed):
        await refresh(world, config, issued.refresh_token)


async def test_a_session_ends_after_twelve_hours_however_often_it_is_refreshed(
    world: World, log_in: LogIn, config: AuthConfig
) -> None:
    issued = await log_in("partner")
    token = issued.refresh_token
    for _ in range(28):  # 28 x 25 minutes = 11h40
        world.clock.advance(minutes=25)
        token = (await refresh(world, config, token)).refresh_token
    world.clock.advance(minutes=19)
    token = (await refresh(world, config, token)).refresh_token

    world.clock.advance(minutes=1)
    with pytest.raises(AuthenticationFailed):
        await refresh(world, config, token)
    with pytest.raises(AuthenticationFailed):
        await session_actor(world, issued.session_id)


async def test_refresh_is_refused_once_the_account_is_disabled(world: World, log_in: LogIn, config: AuthConfig) -> None:
    issued = await log_in("partner")
    world.uow.seed(replace(world.users["partner"], active=False))
    with pytest.raises(AuthenticationFailed):
        await refresh(world, config, issued.refresh_token)


# --- actor for a session ------------------------------------------------------------------------


async def test_roles_are_read_on_every_request(world: World, log_in: LogIn) -> None:
    issued = await log_in("partner")
    world.uow.seed(replace(world.users["partner"], roles=frozenset({Role.PARTNER, Role.ANALYST})))

    actor = await session_actor(world, issued.session_id)

    assert actor.roles == {Role.PARTNER, Role.ANALYST}
    assert actor.session_id == issued.session_id


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda w: w.uow.seed(replace(w.users["partner"], active=False)), id="user disabled"),
        pytest.param(lambda w: w.uow.seed(replace(w.youth_care, active=False)), id="organisation deactivated"),
    ],
)
async def test_a_session_stops_working_at_once_when(
    world: World, log_in: LogIn, change: Callable[[World], None]
) -> None:
    issued = await log_in("partner")
    change(world)
    with pytest.raises(AuthenticationFailed):
        await session_actor(world, issued.session_id)


async def test_an_unknown_session_is_refused(world: World) -> None:
    with pytest.raises(AuthenticationFailed):
        await session_actor(world, uuid.uuid4())


# --- API tokens ---------------------------------------------------------------------------------


async def test_an_api_token_acts_for_its_organisation_with_its_scopes(world: World) -> None:
    token = seed_token(world, "organisations:read")
    actor = await token_actor(world)

    assert (actor.type, actor.id, actor.display_name) == (ActorType.API_TOKEN, token.id, "Koppeling politie")
    assert actor.organisation_id == world.police.id
    assert actor.permissions == {Permission.ORGANISATIONS_READ, Permission.ME_READ}
    assert actor.roles == frozenset()


async def test_token_scopes_are_capped_by_policy(world: World) -> None:
    seed_token(world, "organisations:read", "users:manage", "audit:read", "me:password", "cases:everything")
    assert (await token_actor(world)).permissions == {Permission.ORGANISATIONS_READ, Permission.ME_READ}


async def test_a_token_without_scopes_may_only_read_itself(world: World) -> None:
    seed_token(world)
    assert (await token_actor(world)).permissions == {Permission.ME_READ}


async def test_using_a_token_records_when_it_was_last_used(world: World) -> None:
    seed_token(world)
    world.clock.advance(hours=3)
    await token_actor(world)
    principal = await world.uow.api_tokens.get_principal(hashlib.sha256(RAW_TOKEN.encode()).hexdigest())
    assert principal is not None
    assert principal.token.last_used_at == world.clock.now()


@pytest.mark.parametrize(
    "setup",
    [
        pytest.param(lambda w: seed_token(w, expires_at=w.clock.now()), id="expired"),
        pytest.param(lambda w: seed_token(w, revoked_at=w.clock.now() - timedelta(seconds=1)), id="revoked"),
        pytest.param(lambda w: (seed_token(w), w.uow.seed(replace(w.police, active=False))), id="organisation off"),
        pytest.param(lambda w: None, id="unknown"),
    ],
)
async def test_an_api_token_is_refused_when(world: World, setup: Callable[[World], object]) -> None:
    setup(world)
    with pytest.raises(AuthenticationFailed):
        await token_actor(world)


# --- logout -------------------------------------------------------------------------------------


async def test_logout_ends_only_the_current_session(world: World, log_in: LogIn, config: AuthConfig) -> None:
    issued = await log_in("partner")
    other = await log_in("partner")

    await auth.logout(world.uow, world.clock, issued.actor)

    with pytest.raises(AuthenticationFailed):
        await session_actor(world, issued.session_id)
    with pytest.raises(AuthenticationFailed):
        await refresh(world, config, issued.refresh_token)
    assert (await session_actor(world, other.session_id)).username == "partner"
    last = world.uow.committed_entries[-1]
    assert (last.action, last.record_id, last.actor_id) == ("auth.logout", str(issued.session_id), issued.actor.id)
