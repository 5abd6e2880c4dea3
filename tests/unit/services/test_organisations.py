"""Partner organisations: create, read, list and change."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace

import pytest

from domain.access.actor import Actor
from domain.errors import AuthenticationFailed, Conflict, Forbidden, InvalidInput, NotFound, StaleVersion
from domain.identity.model import Organisation, OrganisationKind
from domain.ids import OrganisationId
from domain.ports import OrganisationFilter, PageRequest
from domain.services import organisations
from domain.services.organisations import CreateOrganisation, UpdateOrganisation
from tests.unit.services.world import LogIn, World, make_org, seed_token, session_actor, token_actor


async def create(world: World, cmd: CreateOrganisation, actor: str = "admin") -> Organisation:
    return await organisations.create_organisation(world.uow, world.clock, world.actor(actor), cmd)


async def update(
    world: World, org: Organisation, cmd: UpdateOrganisation, version: int = 1, actor: str = "admin"
) -> Organisation:
    return await organisations.update_organisation(world.uow, world.clock, world.actor(actor), org.id, cmd, version)


async def stored(world: World, org: Organisation) -> Organisation:
    found = await world.uow.organisations.get(org.id)
    assert found is not None
    return found


# --- create -------------------------------------------------------------------------------------


async def test_create_organisation(world: World) -> None:
    org = await create(world, CreateOrganisation("  Veilig   Thuis ", OrganisationKind.CARE, short_name=" VT "))

    assert (org.name, org.kind, org.short_name, org.active, org.version) == (
        "Veilig Thuis",
        OrganisationKind.CARE,
        "VT",
        True,
        1,
    )
    assert await stored(world, org) == org
    [entry] = world.uow.committed_entries
    assert (entry.action, entry.record_id, entry.actor_id) == (
        "organisation.create",
        str(org.id),
        world.users["admin"].id,
    )
    assert entry.details == {"new": {"name": "Veilig Thuis", "kind": "care", "shortName": "VT", "active": True}}


@pytest.mark.parametrize("short_name", [None, "", "   "])
async def test_a_blank_short_name_is_no_short_name(world: World, short_name: str | None) -> None:
    org = await create(world, CreateOrganisation("Veilig Thuis", OrganisationKind.CARE, short_name))
    assert org.short_name is None


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
async def test_an_organisation_needs_a_name(world: World, name: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        await create(world, CreateOrganisation(name, OrganisationKind.CARE))
    assert [p.name for p in refused.value.params] == ["name"]


@pytest.mark.parametrize("name", ["Gemeente Amsterdam", "gemeente amsterdam", " GEMEENTE   Amsterdam "])
async def test_names_are_unique_ignoring_case_and_spacing(world: World, name: str) -> None:
    with pytest.raises(Conflict):
        await create(world, CreateOrganisation(name, OrganisationKind.MUNICIPALITY))
    assert world.uow.committed_entries == []
    assert await world.uow.organisations.count() == 3


# --- read and list ------------------------------------------------------------------------------


async def test_get_organisation(world: World) -> None:
    assert await organisations.get_organisation(world.uow, world.actor("coordinator"), world.police.id) == world.police
    with pytest.raises(NotFound):
        await organisations.get_organisation(world.uow, world.actor("coordinator"), OrganisationId(uuid.uuid4()))


async def names(world: World, filter: OrganisationFilter) -> list[str]:
    page = await organisations.list_organisations(world.uow, world.actor("regisseur"), filter, PageRequest())
    return [o.name for o in page.items]


@pytest.mark.parametrize(
    ("filter", "expected"),
    [
        (OrganisationFilter(), ["Gemeente Amsterdam", "Jeugdzorg Amsterdam", "Politie Amsterdam", "veilig thuis"]),
        (OrganisationFilter(q="AMSTERDAM"), ["Gemeente Amsterdam", "Jeugdzorg Amsterdam", "Politie Amsterdam"]),
        (OrganisationFilter(q="vt"), ["veilig thuis"]),
        (OrganisationFilter(kind=OrganisationKind.POLICE), ["Politie Amsterdam"]),
        (OrganisationFilter(active=False), ["veilig thuis"]),
        (OrganisationFilter(q="amsterdam", active=True, kind=OrganisationKind.YOUTH_CARE), ["Jeugdzorg Amsterdam"]),
    ],
)
async def test_list_organisations_filters(world: World, filter: OrganisationFilter, expected: list[str]) -> None:
    world.uow.seed(replace(make_org("veilig thuis", OrganisationKind.CARE, active=False), short_name="VT"))
    assert await names(world, filter) == expected


async def test_list_organisations_pages_by_name_ignoring_case(world: World) -> None:
    for name in ["alpha", "Bravo", "charlie", "Delta"]:
        world.uow.seed(make_org(name, OrganisationKind.OTHER))
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        page = await organisations.list_organisations(
            world.uow, world.actor("admin"), OrganisationFilter(), PageRequest(2, cursor)
        )
        seen += [o.name for o in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    expected = ["alpha", "Bravo", "charlie", "Delta", "Gemeente Amsterdam", "Jeugdzorg Amsterdam", "Politie Amsterdam"]
    assert seen == expected


# --- update -------------------------------------------------------------------------------------


async def test_update_organisation_audits_old_and_new_values(world: World) -> None:
    org = await update(
        world, world.police, UpdateOrganisation(name="Politie Eenheid Amsterdam", short_name="PEA", short_name_set=True)
    )

    assert (org.name, org.short_name, org.version) == ("Politie Eenheid Amsterdam", "PEA", 2)
    assert await stored(world, org) == org
    [entry] = world.uow.committed_entries
    assert (entry.action, entry.record_id) == ("organisation.update", str(world.police.id))
    assert entry.details == {
        "changes": {
            "name": {"old": "Politie Amsterdam", "new": "Politie Eenheid Amsterdam"},
            "shortName": {"old": None, "new": "PEA"},
        }
    }


async def test_successive_updates_carry_the_version(world: World) -> None:
    first = await update(world, world.youth_care, UpdateOrganisation(kind=OrganisationKind.CARE))
    second = await update(
        world, world.youth_care, UpdateOrganisation(short_name="JZ", short_name_set=True), first.version
    )
    assert (second.version, second.kind, second.short_name) == (3, OrganisationKind.CARE, "JZ")
    assert world.uow.committed_actions == ["organisation.update"] * 2


async def test_a_short_name_can_be_cleared(world: World) -> None:
    await update(world, world.police, UpdateOrganisation(short_name="P", short_name_set=True))
    org = await update(world, world.police, UpdateOrganisation(short_name=None, short_name_set=True), 2)
    assert org.short_name is None


async def test_update_with_an_old_version_is_refused(world: World) -> None:
    await update(world, world.police, UpdateOrganisation(name="Politie Noord-Holland"))
    with pytest.raises(StaleVersion):
        await update(world, world.police, UpdateOrganisation(name="Politie Amsterdam-Amstelland"), version=1)
    assert (await stored(world, world.police)).name == "Politie Noord-Holland"
    assert world.uow.committed_actions == ["organisation.update"]


async def test_an_update_that_changes_nothing_is_not_recorded(world: World) -> None:
    org = await update(
        world, world.police, UpdateOrganisation(name=" Politie  Amsterdam", kind=OrganisationKind.POLICE)
    )
    assert org == world.police
    assert world.uow.committed_entries == []


async def test_an_update_that_changes_nothing_still_checks_the_version(world: World) -> None:
    with pytest.raises(StaleVersion):
        await update(world, world.police, UpdateOrganisation(name="Politie Amsterdam"), version=7)


@pytest.mark.parametrize("name", ["Gemeente Amsterdam", "JEUGDZORG  amsterdam"])
async def test_renaming_to_another_organisations_name_is_refused(world: World, name: str) -> None:
    with pytest.raises(Conflict):
        await update(world, world.police, UpdateOrganisation(name=name))
    assert await stored(world, world.police) == world.police


async def test_renaming_to_a_different_case_of_its_own_name_is_allowed(world: World) -> None:
    org = await update(world, world.police, UpdateOrganisation(name="POLITIE AMSTERDAM"))
    assert org.name == "POLITIE AMSTERDAM"


async def test_an_admin_cannot_deactivate_their_own_organisation(world: World) -> None:
    with pytest.raises(Conflict):
        await update(world, world.municipality, UpdateOrganisation(active=False))
    assert (await stored(world, world.municipality)).active


async def test_deactivating_an_organisation_ends_access_for_its_people(world: World, log_in: LogIn) -> None:
    session = await log_in("police")
    seed_token(world, "organisations:read")
    await update(world, world.police, UpdateOrganisation(active=False))

    with pytest.raises(AuthenticationFailed):
        await session_actor(world, session.session_id)
    with pytest.raises(AuthenticationFailed):
        await log_in("police", address=None)
    with pytest.raises(AuthenticationFailed):
        await token_actor(world)


async def test_reactivating_an_organisation_does_not_revive_old_sessions(world: World, log_in: LogIn) -> None:
    session = await log_in("police")
    await update(world, world.police, UpdateOrganisation(active=False))
    await update(world, world.police, UpdateOrganisation(active=True), version=2)

    with pytest.raises(AuthenticationFailed):
        await session_actor(world, session.session_id)
    assert (await log_in("police")).actor.username == "police"


async def test_changing_the_kind_keeps_every_members_roles_valid(world: World) -> None:
    with pytest.raises(Conflict, match="police"):
        await update(world, world.police, UpdateOrganisation(kind=OrganisationKind.MUNICIPALITY))
    assert (await stored(world, world.police)).kind is OrganisationKind.POLICE


async def test_a_kind_that_fits_every_member_may_be_changed(world: World) -> None:
    changed = await update(world, world.youth_care, UpdateOrganisation(kind=OrganisationKind.CARE))
    assert changed.kind is OrganisationKind.CARE


async def test_updating_an_unknown_organisation(world: World) -> None:
    with pytest.raises(NotFound):
        await update(world, make_org("Nergens", OrganisationKind.OTHER), UpdateOrganisation(name="Ergens"))


# --- permissions --------------------------------------------------------------------------------

OrgCall = Callable[[World, Actor], Awaitable[object]]

CALLS: dict[str, tuple[OrgCall, set[str]]] = {
    # use case -> (call, accounts allowed to make it)
    "create": (
        lambda w, a: organisations.create_organisation(
            w.uow, w.clock, a, CreateOrganisation("Nieuw", OrganisationKind.CARE)
        ),
        {"admin"},
    ),
    "update": (
        lambda w, a: organisations.update_organisation(w.uow, w.clock, a, w.police.id, UpdateOrganisation(name="X"), 1),
        {"admin"},
    ),
    "get": (
        lambda w, a: organisations.get_organisation(w.uow, a, w.police.id),
        {"admin", "coordinator", "regisseur", "privacy"},
    ),
    "list": (
        lambda w, a: organisations.list_organisations(w.uow, a, OrganisationFilter(), PageRequest()),
        {"admin", "coordinator", "regisseur", "privacy"},
    ),
}
ACCOUNT_NAMES = ["admin", "coordinator", "regisseur", "partner", "police", "analyst", "privacy"]


@pytest.mark.parametrize(
    ("use_case", "account"),
    [(case, name) for case, (_, allowed) in CALLS.items() for name in ACCOUNT_NAMES if name not in allowed],
)
async def test_organisation_functions_are_forbidden_without_the_permission(
    world: World, use_case: str, account: str
) -> None:
    with pytest.raises(Forbidden):
        await CALLS[use_case][0](world, world.actor(account))
    assert world.uow.committed_entries == []
    assert await world.uow.organisations.count() == 3
    assert await stored(world, world.police) == world.police


@pytest.mark.parametrize("use_case", CALLS)
async def test_organisation_functions_are_forbidden_for_anonymous(world: World, use_case: str) -> None:
    with pytest.raises(Forbidden):
        await CALLS[use_case][0](world, Actor.anonymous())


async def test_an_api_token_may_read_but_not_manage_organisations(world: World) -> None:
    seed_token(world, "organisations:read", "organisations:manage")
    token = await token_actor(world)

    assert await organisations.get_organisation(world.uow, token, world.police.id) == world.police
    with pytest.raises(Forbidden):
        await organisations.create_organisation(
            world.uow, world.clock, token, CreateOrganisation("Nieuw", OrganisationKind.CARE)
        )
