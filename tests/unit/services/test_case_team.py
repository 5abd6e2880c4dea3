"""Who works in a case: its regisseur and the participating organisations."""

from __future__ import annotations

import uuid

import pytest

from domain.access.roles import Role
from domain.case.lifecycle import TransitionName
from domain.case.model import Case, CaseId, ParticipationRole
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound, StaleVersion
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId, UserId
from domain.services import case_lifecycle
from tests.unit.services.world import World, add_org, add_teams, add_user, join, move, register, stored_case

T = TransitionName


def invalid_fields(refused: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.name for p in refused.value.params]


async def unchanged(world: World, case_id: CaseId, before: Case, audited: int) -> None:
    assert await stored_case(world, case_id) == before
    assert len(world.uow.committed_entries) == audited


# --- the regisseur -------------------------------------------------------------------------------


async def assign(
    world: World, case_id: CaseId, user_id: UserId | None, version: int, actor: str = "coordinator"
) -> None:
    await case_lifecycle.assign_regisseur(world.uow, world.clock, world.actor(actor), case_id, user_id, version)


async def test_the_coordinator_assigns_a_regisseur(world: World) -> None:
    add_teams(world)
    case_id = await register(world, "coordinator")
    new = world.users["other_team"].id

    await assign(world, case_id, new, version=1)

    case = await stored_case(world, case_id)
    assert (case.regisseur_id, case.version) == (new, 2)
    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.details) == ("case.assign_regisseur", {"from": None, "to": str(new)})


async def test_a_regisseur_hands_their_case_over_and_can_unassign(world: World) -> None:
    case_id = await register(world)
    await assign(world, case_id, world.users["coordinator"].id, version=1, actor="regisseur")
    await assign(world, case_id, None, version=2)
    assert (await stored_case(world, case_id)).regisseur_id is None
    assert world.uow.committed_entries[-1].details == {"from": str(world.users["coordinator"].id), "to": None}


async def test_assigning_with_an_old_version_is_stale(world: World) -> None:
    case_id = await register(world)
    await move(world, case_id, T.START_SCREENING)  # version 2 now
    before = await stored_case(world, case_id)

    with pytest.raises(StaleVersion):
        await assign(world, case_id, world.users["coordinator"].id, version=1)

    assert await stored_case(world, case_id) == before


@pytest.mark.parametrize("candidate", ["partner", "police", "admin", "inactive", "unknown"])
async def test_only_an_active_regisseur_or_coordinator_can_be_assigned(world: World, candidate: str) -> None:
    add_user(world, "inactive", world.municipality, Role.REGISSEUR, active=False)
    case_id = await register(world)
    user_id = UserId(uuid.uuid4()) if candidate == "unknown" else world.users[candidate].id

    with pytest.raises(InvalidInput) as refused:
        await assign(world, case_id, user_id, version=1)

    assert invalid_fields(refused) == ["regisseurId"]
    assert (await stored_case(world, case_id)).regisseur_id == world.users["regisseur"].id


async def test_a_closed_case_gets_no_new_regisseur(world: World) -> None:
    case_id = await register(world)
    await move(world, case_id, T.DISMISS)
    with pytest.raises(Conflict):
        await assign(world, case_id, world.users["coordinator"].id, version=2)


async def test_regisseur_candidates(world: World) -> None:
    add_user(world, "inactive", world.municipality, Role.REGISSEUR, active=False)
    add_user(world, "aaron", world.police, Role.REGISSEUR)
    case_id = await register(world)

    found = await case_lifecycle.regisseur_candidates(world.uow, world.actor("coordinator"), case_id)

    assert [v.user.username for v in found] == ["aaron", "coordinator", "regisseur"]


# --- participants --------------------------------------------------------------------------------


async def add(
    world: World,
    case_id: CaseId,
    org_id: OrganisationId,
    role: ParticipationRole = ParticipationRole.PARTICIPANT,
    actor: str = "regisseur",
) -> uuid.UUID:
    return await join(world, case_id, org_id, role, actor, contact_name=" Mevr. Jansen ")


async def end(world: World, case_id: CaseId, participation_id: uuid.UUID, actor: str = "regisseur") -> None:
    await case_lifecycle.end_participant(
        world.uow, world.clock, world.actor(actor), case_id, participation_id, "Taak afgerond"
    )


async def test_adding_and_ending_a_participant(world: World) -> None:
    case_id = await register(world)
    world.clock.advance(hours=1)

    participation_id = await add(world, case_id, world.police.id, ParticipationRole.CORE_PARTNER)

    case = await stored_case(world, case_id)
    added = next(p for p in case.participations if p.id == participation_id)
    assert (added.organisation_id, added.role, added.contact_name, added.started_at) == (
        world.police.id,
        ParticipationRole.CORE_PARTNER,
        "Mevr. Jansen",
        world.clock.now(),
    )
    assert world.police.id in case.active_organisations()
    assert world.uow.committed_entries[-1].details == {"organisationId": str(world.police.id), "role": "core_partner"}

    world.clock.advance(hours=1)
    await end(world, case_id, participation_id)

    case = await stored_case(world, case_id)
    ended = next(p for p in case.participations if p.id == participation_id)
    assert ended.ended_by is not None and ended.ended_by.id == world.users["regisseur"].id
    assert (ended.ended_at, ended.end_reason) == (world.clock.now(), "Taak afgerond")
    assert world.police.id not in case.active_organisations()
    assert world.uow.committed_entries[-1].action == "case.participant_end"


async def test_an_organisation_takes_part_once_per_role(world: World) -> None:
    case_id = await register(world)
    await add(world, case_id, world.police.id)
    with pytest.raises(Conflict):
        await add(world, case_id, world.police.id)
    await add(world, case_id, world.police.id, ParticipationRole.CORE_PARTNER)


async def test_an_ended_participation_can_start_again(world: World) -> None:
    case_id = await register(world)
    first = await add(world, case_id, world.police.id)
    await end(world, case_id, first)
    second = await add(world, case_id, world.police.id)
    assert second != first


@pytest.mark.parametrize("organisation", ["unknown", "inactive"])
async def test_only_active_organisations_take_part(world: World, organisation: str) -> None:
    org_id = (
        OrganisationId(uuid.uuid4())
        if organisation == "unknown"
        else add_org(world, "Oud", OrganisationKind.CARE, active=False).id
    )
    case_id = await register(world)
    with pytest.raises(InvalidInput) as refused:
        await add(world, case_id, org_id)
    assert invalid_fields(refused) == ["organisationId"]


async def test_a_closed_case_gets_no_new_participants(world: World) -> None:
    case_id = await register(world)
    await move(world, case_id, T.DISMISS)
    with pytest.raises(Conflict):
        await add(world, case_id, world.police.id)


async def test_ending_an_unknown_or_ended_participation(world: World) -> None:
    case_id = await register(world)
    participation_id = await add(world, case_id, world.police.id)
    await end(world, case_id, participation_id)

    with pytest.raises(Conflict):
        await end(world, case_id, participation_id)
    with pytest.raises(NotFound):
        await end(world, case_id, uuid.uuid4())


async def test_a_case_without_regisseur_keeps_a_working_organisation(world: World) -> None:
    case_id = await register(world, "coordinator")  # no regisseur; the municipality works in it
    [municipality] = [p.id for p in (await stored_case(world, case_id)).participations if p.role.value == "regisseur"]
    before, audited = await stored_case(world, case_id), len(world.uow.committed_entries)

    with pytest.raises(Conflict):
        await end(world, case_id, municipality, actor="coordinator")

    await unchanged(world, case_id, before, audited)


async def test_a_case_with_a_regisseur_may_lose_its_last_working_organisation(world: World) -> None:
    case_id = await register(world)
    [municipality] = [p.id for p in (await stored_case(world, case_id)).participations if p.role.value == "regisseur"]
    await end(world, case_id, municipality)
    assert (await stored_case(world, case_id)).active_organisations() == frozenset()


@pytest.mark.parametrize(
    ("actor", "error"), [("teammate", Forbidden), ("other_team", NotFound), ("partner", Forbidden)]
)
async def test_who_may_not_change_participants(world: World, actor: str, error: type[Exception]) -> None:
    add_teams(world)
    case_id = await register(world)
    with pytest.raises(error):
        await add(world, case_id, world.police.id, actor=actor)
