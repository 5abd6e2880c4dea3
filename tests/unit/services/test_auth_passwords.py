"""Setting a password: activation with a one-time code, a reset, and changing one's own."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from domain.access.actor import Actor
from domain.access.roles import Role
from domain.audit.model import Outcome
from domain.errors import AuthenticationFailed, InvalidInput, Throttled
from domain.services import auth
from domain.services.auth import AuthConfig
from domain.services.users import CreateUser, create_user, issue_activation_code
from tests.unit.services.fakes import FakePasswordHasher
from tests.unit.services.world import ADDRESS, PASSWORD, LogIn, World, seed_token, session_actor, token_actor

NEW_PASSWORD = "a-much-better-passphrase-77"
Activate = Callable[..., Awaitable[None]]


# --- activation ---------------------------------------------------------------------------------


async def new_account(world: World, username: str = "jan.smit") -> str:
    _, code = await create_user(
        world.uow,
        world.clock,
        world.actor("admin"),
        CreateUser(username, "Jan Smit", world.youth_care.id, frozenset({Role.PARTNER})),
    )
    return code.code


@pytest.fixture
def activate(world: World, hasher: FakePasswordHasher, config: AuthConfig) -> Activate:
    async def attempt(code: str, password: str = NEW_PASSWORD, username: str = "jan.smit") -> None:
        await auth.activate(
            world.uow,
            world.clock,
            hasher,
            config,
            username=username,
            activation_code=code,
            new_password=password,
            client_address=ADDRESS,
        )

    return attempt


async def test_activation_sets_the_first_password(world: World, log_in: LogIn, activate: Activate) -> None:
    code = await new_account(world)
    with pytest.raises(AuthenticationFailed):
        await log_in("jan.smit", NEW_PASSWORD)

    await activate(code)

    assert (await log_in("jan.smit", NEW_PASSWORD)).actor.username == "jan.smit"
    assert world.uow.committed_actions == ["user.create", "auth.login", "auth.activate", "auth.login"]
    activation = world.uow.committed_entries[2]
    assert activation.outcome is Outcome.SUCCESS
    assert activation.actor_id == (await log_in("jan.smit", NEW_PASSWORD)).actor.id


async def test_failed_codes_stop_counting_after_a_successful_activation(
    world: World, log_in: LogIn, activate: Activate
) -> None:
    code = await new_account(world)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            await activate("WRONG-WRONG-WRONG-WRONG")
    await activate(code)

    with pytest.raises(AuthenticationFailed):
        await log_in("jan.smit", "a-wrong-password-1")
    assert (await log_in("jan.smit", NEW_PASSWORD)).actor.username == "jan.smit"


@pytest.mark.parametrize("spelling", [str.lower, lambda c: c.replace("-", ""), lambda c: " ".join(c.split("-"))])
async def test_activation_code_may_be_typed_loosely(
    world: World, log_in: LogIn, activate: Activate, spelling: Callable[[str], str]
) -> None:
    code = await new_account(world)
    await activate(spelling(code))
    assert (await log_in("jan.smit", NEW_PASSWORD)).actor.username == "jan.smit"


async def test_a_wrong_code_is_refused_and_sets_no_password(world: World, log_in: LogIn, activate: Activate) -> None:
    await new_account(world)
    with pytest.raises(AuthenticationFailed):
        await activate("AAAAA-BBBBB-CCCCC-DDDDD")
    with pytest.raises(AuthenticationFailed):
        await log_in("jan.smit", NEW_PASSWORD)
    assert world.uow.committed_entries[1].action == "auth.activate"
    assert world.uow.committed_entries[1].outcome is Outcome.FAILURE


async def test_an_unknown_username_gets_the_same_answer_as_a_wrong_code(world: World, activate: Activate) -> None:
    code = await new_account(world)
    with pytest.raises(AuthenticationFailed) as wrong_code:
        await activate("AAAAA-BBBBB-CCCCC-DDDDD")
    with pytest.raises(AuthenticationFailed) as unknown:
        await activate(code, username="piet.smit")
    assert wrong_code.value.detail == unknown.value.detail


async def test_a_code_expires_after_seven_days(world: World, activate: Activate) -> None:
    code = await new_account(world)
    world.clock.advance(days=7)
    with pytest.raises(AuthenticationFailed):
        await activate(code)


async def test_a_code_still_works_just_before_it_expires(world: World, log_in: LogIn, activate: Activate) -> None:
    code = await new_account(world)
    world.clock.advance(days=7, seconds=-1)
    await activate(code)
    assert (await log_in("jan.smit", NEW_PASSWORD)).actor.username == "jan.smit"


async def test_a_code_works_only_once(world: World, log_in: LogIn, activate: Activate) -> None:
    code = await new_account(world)
    await activate(code)
    with pytest.raises(AuthenticationFailed):
        await activate(code, password="someone-elses-passphrase-1")
    assert (await log_in("jan.smit", NEW_PASSWORD)).actor.username == "jan.smit"


async def test_a_disabled_account_cannot_be_activated(world: World, activate: Activate) -> None:
    code = await new_account(world)
    user = await world.uow.users.get_by_username("jan.smit")
    assert user is not None
    world.uow.seed(replace(user, active=False))
    with pytest.raises(AuthenticationFailed):
        await activate(code)


async def test_wrong_codes_are_throttled_like_wrong_passwords(world: World, activate: Activate) -> None:
    code = await new_account(world)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            await activate("AAAAA-BBBBB-CCCCC-DDDDD")
    with pytest.raises(Throttled):
        await activate(code)


@pytest.mark.parametrize(
    "password",
    [
        pytest.param("short-pw-1", id="too short"),
        pytest.param("x" * 257, id="too long"),
        pytest.param("Welkom123456", id="common"),
        pytest.param("my-name-is-jan.smit", id="contains username"),
    ],
)
async def test_activation_applies_the_password_policy(
    world: World, activate: Activate, log_in: LogIn, password: str
) -> None:
    code = await new_account(world)
    with pytest.raises(InvalidInput) as refused:
        await activate(code, password=password)
    assert [p.name for p in refused.value.params] == ["newPassword"]
    await activate(code)  # the refused attempt did not use up the code


async def test_the_username_check_uses_the_account_name_however_it_was_typed(world: World, activate: Activate) -> None:
    code = await new_account(world)
    with pytest.raises(InvalidInput) as refused:
        await activate(code, password="my-name-is-jan.smit", username=" Jan.Smit ")
    assert [p.name for p in refused.value.params] == ["newPassword"]


async def test_without_a_valid_code_nothing_is_said_about_the_password(world: World, activate: Activate) -> None:
    await new_account(world)
    with pytest.raises(AuthenticationFailed):
        await activate("AAAAA-BBBBB-CCCCC-DDDDD", password="short")


async def test_a_reset_code_replaces_the_old_password(world: World, log_in: LogIn, activate: Activate) -> None:
    issued = await log_in("partner")
    code = await issue_activation_code(world.uow, world.clock, world.actor("admin"), world.users["partner"].id)

    await activate(code.code, username="partner")

    with pytest.raises(AuthenticationFailed):
        await log_in("partner")
    with pytest.raises(AuthenticationFailed):
        await session_actor(world, issued.session_id)
    assert (await log_in("partner", NEW_PASSWORD)).actor.username == "partner"


# --- change password ----------------------------------------------------------------------------


CONFIG = AuthConfig(account_key_secret=b"unit-test-account-key-secret")


async def change_password(world: World, hasher: FakePasswordHasher, actor: Actor, current: str, new: str) -> None:
    await auth.change_password(
        world.uow,
        world.clock,
        hasher,
        CONFIG,
        actor,
        current_password=current,
        new_password=new,
        client_address=ADDRESS,
    )


async def test_change_password_ends_the_other_sessions(world: World, log_in: LogIn, hasher: FakePasswordHasher) -> None:
    here = await log_in("partner")
    elsewhere = await log_in("partner")

    await change_password(world, hasher, here.actor, PASSWORD, NEW_PASSWORD)

    assert (await session_actor(world, here.session_id)).username == "partner"
    with pytest.raises(AuthenticationFailed):
        await session_actor(world, elsewhere.session_id)
    with pytest.raises(AuthenticationFailed):
        await log_in("partner", PASSWORD)
    assert (await log_in("partner", NEW_PASSWORD)).actor.username == "partner"
    change = world.uow.committed_entries[2]
    assert (change.action, change.outcome, change.actor_id) == ("auth.password_change", Outcome.SUCCESS, here.actor.id)


async def test_change_password_needs_the_current_password(
    world: World, log_in: LogIn, hasher: FakePasswordHasher
) -> None:
    here = await log_in("partner")
    with pytest.raises(InvalidInput) as refused:
        await change_password(world, hasher, here.actor, "not-the-password", NEW_PASSWORD)

    assert [p.name for p in refused.value.params] == ["currentPassword"]
    assert (await log_in("partner", PASSWORD)).actor.username == "partner"
    failure = world.uow.committed_entries[1]
    assert (failure.action, failure.outcome) == ("auth.password_change", Outcome.FAILURE)


@pytest.mark.parametrize("new", ["too-short", "partner-is-my-name", "password1234"])
async def test_change_password_applies_the_password_policy(
    world: World, log_in: LogIn, hasher: FakePasswordHasher, new: str
) -> None:
    here = await log_in("partner")
    with pytest.raises(InvalidInput) as refused:
        await change_password(world, hasher, here.actor, PASSWORD, new)
    assert [p.name for p in refused.value.params] == ["newPassword"]
    assert (await log_in("partner", PASSWORD)).actor.username == "partner"


async def test_a_wrong_current_password_is_reported_before_a_weak_new_one(
    world: World, log_in: LogIn, hasher: FakePasswordHasher
) -> None:
    here = await log_in("partner")
    with pytest.raises(InvalidInput) as refused:
        await change_password(world, hasher, here.actor, "not-the-password", "short")
    assert [p.name for p in refused.value.params] == ["currentPassword"]


async def test_an_api_token_cannot_change_a_password(world: World, hasher: FakePasswordHasher) -> None:
    seed_token(world)
    with pytest.raises(AuthenticationFailed):
        await change_password(world, hasher, await token_actor(world), PASSWORD, NEW_PASSWORD)


async def test_guessing_the_current_password_locks_like_failed_logins(
    world: World, log_in: LogIn, hasher: FakePasswordHasher
) -> None:
    here = await log_in("partner")
    world.clock.advance(timedelta(seconds=1))
    for _ in range(5):
        with pytest.raises(InvalidInput):
            await change_password(world, hasher, here.actor, "a-guessed-password", NEW_PASSWORD)

    with pytest.raises(Throttled):
        await change_password(world, hasher, here.actor, PASSWORD, NEW_PASSWORD)
    with pytest.raises(Throttled):
        await log_in("partner")
