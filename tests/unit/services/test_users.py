"""Accounts: create, read, list, change, disable and reset."""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from domain.access.actor import Actor
from domain.access.roles import Role
from domain.errors import AuthenticationFailed, Conflict, Forbidden, InvalidInput, NotFound, StaleVersion
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId, SessionId, UserId
from domain.ports import PageRequest, UserFilter, UserView
from domain.services import auth, users
from domain.services.auth import IssuedSession
from domain.services.users import ActivationCode, CreateUser, UpdateUser
from tests.unit.services.world import LogIn, World, make_org, make_user

CODE_FORMAT = re.compile(r"^[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{5}$")


async def create(world: World, cmd: CreateUser, actor: str = "admin") -> tuple[UserView, ActivationCode]:
    return await users.create_user(world.uow, world.clock, world.actor(actor), cmd)


def new_partner(world: World, username: str = "jan.smit", **changes: object) -> CreateUser:
    cmd = CreateUser(username, "Jan Smit", world.youth_care.id, frozenset({Role.PARTNER}), "jan@example.org")
    return replace(cmd, **changes)  # type: ignore[arg-type]


async def update(world: World, username: str, cmd: UpdateUser, actor: str = "admin", version: int = 1) -> UserView:
    return await users.update_user(world.uow, world.clock, world.actor(actor), world.users[username].id, cmd, version)


async def stored(world: World, username: str) -> UserView:
    view = await world.uow.users.get(world.users[username].id)
    assert view is not None
    return view


async def session_works(world: World, session: IssuedSession) -> bool:
    try:
        await auth.actor_for_session(world.uow, world.clock, SessionId(session.session_id))
    except AuthenticationFailed:
        return False
    return True


# --- create -------------------------------------------------------------------------------------


async def test_create_user_makes_an_account_waiting_for_activation(world: World) -> None:
    view, code = await create(world, new_partner(world))

    assert view.organisation_name == "Jeugdzorg Amsterdam"
    assert (view.user.username, view.user.display_name, view.user.email) == ("jan.smit", "Jan Smit", "jan@example.org")
    assert view.user.activation_pending
    assert CODE_FORMAT.match(code.code)
    assert code.expires_at == world.clock.now() + timedelta(days=7)
    [entry] = world.uow.committed_entries
    assert (entry.action, entry.record_id, entry.actor_id) == (
        "user.create",
        str(view.user.id),
        world.users["admin"].id,
    )
    assert entry.details == {
        "new": {
            "displayName": "Jan Smit",
            "email": "jan@example.org",
            "organisationId": str(world.youth_care.id),
            "roles": ["partner"],
            "active": True,
            "team": None,
        }
    }


async def test_each_account_gets_its_own_code(world: World) -> None:
    _, first = await create(world, new_partner(world, "jan.smit"))
    _, second = await create(world, new_partner(world, "piet.smit"))
    assert first.code != second.code


@pytest.mark.parametrize(
    ("typed", "stored_as"),
    [
        ("abc", "abc"),
        ("jan.smit", "jan.smit"),
        ("j_smit-2", "j_smit-2"),
        (" Jan.Smit ", "jan.smit"),
        ("a" * 64, "a" * 64),
    ],
)
async def test_usernames_that_are_accepted(world: World, typed: str, stored_as: str) -> None:
    view, _ = await create(world, new_partner(world, typed))
    assert view.user.username == stored_as


@pytest.mark.parametrize("username", ["", "ab", "a" * 65, ".jan", "-jan", "_jan", "jan smit", "jan@smit", "jän"])
async def test_usernames_that_are_refused(world: World, username: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        await create(world, new_partner(world, username))
    assert [p.name for p in refused.value.params] == ["username"]
    assert world.uow.committed_entries == []


async def test_a_username_is_taken_whatever_its_case(world: World) -> None:
    await create(world, new_partner(world, "jan.smit"))
    with pytest.raises(Conflict):
        await create(world, new_partner(world, "Jan.Smit", display_name="Another Jan"))
    assert world.uow.committed_actions == ["user.create"]


async def test_display_name_and_email_are_tidied(world: World) -> None:
    view, _ = await create(world, new_partner(world, display_name="  Jan \t  Smit ", email="   "))
    assert (view.user.display_name, view.user.email) == ("Jan Smit", None)


async def test_a_blank_display_name_is_refused(world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        await create(world, new_partner(world, display_name=" \n "))
    assert [p.name for p in refused.value.params] == ["displayName"]


async def test_an_account_needs_a_role(world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        await create(world, new_partner(world, roles=frozenset()))
    assert [p.name for p in refused.value.params] == ["roles"]


@pytest.mark.parametrize("organisation", ["unknown", "inactive"])
async def test_an_account_needs_an_active_organisation(world: World, organisation: str) -> None:
    if organisation == "inactive":
        world.uow.seed(replace(world.youth_care, active=False))
        org_id = world.youth_care.id
    else:
        org_id = OrganisationId(uuid.uuid4())
    with pytest.raises(InvalidInput) as refused:
        await create(world, new_partner(world, organisation_id=org_id))
    assert [p.name for p in refused.value.params] == ["organisationId"]


@pytest.mark.parametrize(
    ("roles", "kind", "refused_count"),
    [
        ({Role.POLICE}, OrganisationKind.POLICE, 0),
        ({Role.POLICE}, OrganisationKind.MUNICIPALITY, 1),
        ({Role.COORDINATOR}, OrganisationKind.MUNICIPALITY, 0),
        ({Role.COORDINATOR}, OrganisationKind.POLICE, 1),
        ({Role.POLICE, Role.COORDINATOR}, OrganisationKind.YOUTH_CARE, 2),
        ({Role.PARTNER, Role.ANALYST}, OrganisationKind.POLICE, 0),
        ({Role.ADMIN, Role.PRIVACY_OFFICER}, OrganisationKind.DISTRICT, 0),
    ],
)
async def test_some_roles_fit_only_one_kind_of_organisation(
    world: World, roles: set[Role], kind: OrganisationKind, refused_count: int
) -> None:
    org = make_org("Somewhere", kind)
    world.uow.seed(org)
    cmd = new_partner(world, organisation_id=org.id, roles=frozenset(roles))
    if refused_count == 0:
        view, _ = await create(world, cmd)
        assert view.user.roles == roles
    else:
        with pytest.raises(InvalidInput) as refused:
            await create(world, cmd)
        assert [p.name for p in refused.value.params] == ["roles"] * refused_count


# --- read and list ------------------------------------------------------------------------------


async def test_reading_an_account_is_audited(world: World) -> None:
    partner = world.users["partner"]
    view = await users.get_user(world.uow, world.actor("privacy"), partner.id)

    assert (view.user.username, view.organisation_name) == ("partner", "Jeugdzorg Amsterdam")
    [entry] = world.uow.committed_entries
    assert (entry.action, entry.record_id, entry.actor_id) == ("user.read", str(partner.id), world.users["privacy"].id)


async def test_reading_an_unknown_account(world: World) -> None:
    with pytest.raises(NotFound):
        await users.get_user(world.uow, world.actor("admin"), UserId(uuid.uuid4()))


async def list_users(world: World, filter: UserFilter = UserFilter(), limit: int = 25) -> list[str]:
    page = await users.list_users(world.uow, world.actor("admin"), filter, PageRequest(limit=limit))
    return [v.user.username for v in page.items]


@pytest.mark.parametrize(
    ("filter", "expected"),
    [
        (UserFilter(q="PART"), ["partner"]),
        (UserFilter(q="test p"), ["partner", "police", "privacy"]),
        (UserFilter(role=Role.POLICE), ["police"]),
        (UserFilter(active=False), []),
    ],
)
async def test_list_users_filters(world: World, filter: UserFilter, expected: list[str]) -> None:
    assert await list_users(world, filter) == expected


async def test_list_users_by_organisation(world: World) -> None:
    assert await list_users(world, UserFilter(organisation_id=world.police.id)) == ["police"]


async def test_list_users_pages_through_everyone_by_display_name(world: World) -> None:
    world.uow.seed(replace(make_user("zz", world.municipality, Role.ANALYST), display_name="aaron"))
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        page = await users.list_users(world.uow, world.actor("admin"), UserFilter(), PageRequest(3, cursor))
        seen += [v.user.display_name for v in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == ["aaron", *sorted(u.display_name for u in world.users.values())]  # case-insensitive order
    assert world.uow.committed_actions == ["user.list"] * 3
    assert [e.details["count"] for e in world.uow.committed_entries] == [3, 3, 2]


# --- update -------------------------------------------------------------------------------------


async def test_update_changes_the_account_and_audits_old_and_new_values(world: World) -> None:
    view = await update(world, "partner", UpdateUser(display_name="Petra  Partner", email=None, email_set=True))

    assert (view.user.display_name, view.user.email, view.user.version) == ("Petra Partner", None, 2)
    assert (await stored(world, "partner")).user.display_name == "Petra Partner"
    [entry] = world.uow.committed_entries
    assert (entry.action, entry.record_id) == ("user.update", str(world.users["partner"].id))
    assert entry.details == {
        "changes": {
            "displayName": {"old": "Test Partner", "new": "Petra Partner"},
            "email": {"old": "partner@example.org", "new": None},
        }
    }


async def test_update_with_an_old_version_is_refused(world: World) -> None:
    await update(world, "partner", UpdateUser(display_name="First Change"))
    with pytest.raises(StaleVersion):
        await update(world, "partner", UpdateUser(display_name="Second Change"), version=1)
    assert (await stored(world, "partner")).user.display_name == "First Change"
    assert world.uow.committed_actions == ["user.update"]


async def test_an_update_that_changes_nothing_is_not_recorded(world: World) -> None:
    view = await update(world, "partner", UpdateUser(display_name=" Test   Partner ", roles=frozenset({Role.PARTNER})))
    assert view.user.version == 1
    assert world.uow.committed_entries == []


async def test_disabling_an_account_ends_its_sessions(world: World, log_in: LogIn) -> None:
    session = await log_in("partner")
    await update(world, "partner", UpdateUser(active=False))

    assert not await session_works(world, session)
    assert world.uow.committed_entries[-1].details == {"changes": {"active": {"old": True, "new": False}}}


async def test_moving_an_account_to_another_organisation_ends_its_sessions(world: World, log_in: LogIn) -> None:
    session = await log_in("partner")
    view = await update(world, "partner", UpdateUser(organisation_id=world.municipality.id))

    assert view.organisation_name == "Gemeente Amsterdam"
    assert not await session_works(world, session)
    assert world.uow.committed_entries[-1].details == {
        "changes": {"organisationId": {"old": str(world.youth_care.id), "new": str(world.municipality.id)}}
    }


async def test_a_role_change_keeps_the_session_and_applies_at_once(world: World, log_in: LogIn) -> None:
    session = await log_in("partner")
    await update(world, "partner", UpdateUser(roles=frozenset({Role.ANALYST, Role.PARTNER})))

    actor = await auth.actor_for_session(world.uow, world.clock, SessionId(session.session_id))
    assert actor.roles == {Role.ANALYST, Role.PARTNER}
    assert world.uow.committed_entries[-1].details == {
        "changes": {"roles": {"old": ["partner"], "new": ["analyst", "partner"]}}
    }


@pytest.mark.parametrize(
    "cmd",
    [
        pytest.param(UpdateUser(active=False), id="disable"),
        pytest.param(UpdateUser(roles=frozenset({Role.PRIVACY_OFFICER})), id="drop admin role"),
    ],
)
async def test_an_admin_cannot_lock_themself_out(world: World, cmd: UpdateUser) -> None:
    with pytest.raises(Conflict):
        await update(world, "admin", cmd)
    assert (await stored(world, "admin")).user == world.users["admin"]


async def test_an_admin_may_change_their_own_name(world: World) -> None:
    view = await update(world, "admin", UpdateUser(display_name="Ada Admin"))
    assert view.user.display_name == "Ada Admin"


async def test_another_admin_may_disable_an_admin(world: World) -> None:
    second = make_user("admin2", world.municipality, Role.ADMIN)
    world.uow.seed(second)
    world.users["admin2"] = second
    view = await update(world, "admin", UpdateUser(active=False), actor="admin2")
    assert not view.user.active


@pytest.mark.parametrize(
    ("username", "cmd"),
    [
        pytest.param("partner", UpdateUser(roles=frozenset({Role.POLICE})), id="role does not fit"),
        pytest.param("police", UpdateUser(organisation_id=OrganisationId(uuid.uuid4())), id="unknown organisation"),
    ],
)
async def test_update_checks_roles_against_the_organisation(world: World, username: str, cmd: UpdateUser) -> None:
    with pytest.raises(InvalidInput):
        await update(world, username, cmd)
    assert (await stored(world, username)).user == world.users[username]


async def test_a_police_officer_cannot_be_moved_to_a_municipality(world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        await update(world, "police", UpdateUser(organisation_id=world.municipality.id))
    assert [p.name for p in refused.value.params] == ["roles"]


async def test_an_account_cannot_move_to_an_inactive_organisation(world: World) -> None:
    closed = make_org("Gesloten", OrganisationKind.CARE, active=False)
    world.uow.seed(closed)
    with pytest.raises(InvalidInput) as refused:
        await update(world, "partner", UpdateUser(organisation_id=closed.id))
    assert [p.name for p in refused.value.params] == ["organisationId"]


async def test_updating_an_unknown_account(world: World) -> None:
    with pytest.raises(NotFound):
        await users.update_user(world.uow, world.clock, world.actor("admin"), UserId(uuid.uuid4()), UpdateUser(), 1)


# --- reset --------------------------------------------------------------------------------------


async def test_a_reset_ends_the_password_and_the_sessions(world: World, log_in: LogIn) -> None:
    session = await log_in("partner")
    world.clock.advance(hours=1)
    code = await users.issue_activation_code(world.uow, world.clock, world.actor("admin"), world.users["partner"].id)

    assert CODE_FORMAT.match(code.code)
    assert code.expires_at == world.clock.now() + timedelta(days=7)
    assert not await session_works(world, session)
    with pytest.raises(AuthenticationFailed):
        await log_in("partner")
    assert (await stored(world, "partner")).user.activation_pending
    assert world.uow.committed_actions[-2:] == ["user.activation_code", "auth.login"]


async def test_an_admin_cannot_reset_their_own_account(world: World) -> None:
    with pytest.raises(Conflict):
        await users.issue_activation_code(world.uow, world.clock, world.actor("admin"), world.users["admin"].id)


async def test_resetting_an_unknown_account(world: World) -> None:
    with pytest.raises(NotFound):
        await users.issue_activation_code(world.uow, world.clock, world.actor("admin"), UserId(uuid.uuid4()))


# --- permissions --------------------------------------------------------------------------------

UserCall = Callable[[World, Actor], Awaitable[object]]

CALLS: dict[str, tuple[UserCall, set[str]]] = {
    # use case -> (call, accounts allowed to make it)
    "create": (lambda w, a: users.create_user(w.uow, w.clock, a, new_partner(w)), {"admin"}),
    "get": (lambda w, a: users.get_user(w.uow, a, w.users["partner"].id), {"admin", "privacy"}),
    "list": (lambda w, a: users.list_users(w.uow, a, UserFilter(), PageRequest()), {"admin", "privacy"}),
    "update": (
        lambda w, a: users.update_user(w.uow, w.clock, a, w.users["partner"].id, UpdateUser(active=False), 1),
        {"admin"},
    ),
    "reset": (lambda w, a: users.issue_activation_code(w.uow, w.clock, a, w.users["partner"].id), {"admin"}),
}
ACCOUNT_NAMES = ["admin", "coordinator", "regisseur", "partner", "police", "analyst", "privacy"]


@pytest.mark.parametrize(
    ("use_case", "account"),
    [(case, name) for case, (_, allowed) in CALLS.items() for name in ACCOUNT_NAMES if name not in allowed],
)
async def test_user_management_is_forbidden_without_the_permission(world: World, use_case: str, account: str) -> None:
    call, _ = CALLS[use_case]
    with pytest.raises(Forbidden):
        await call(world, world.actor(account))
    assert world.uow.committed_entries == []
    assert (await stored(world, "partner")).user == world.users["partner"]


@pytest.mark.parametrize("use_case", CALLS)
async def test_user_management_is_forbidden_for_anonymous(world: World, use_case: str) -> None:
    with pytest.raises(Forbidden):
        await CALLS[use_case][0](world, Actor.anonymous())
