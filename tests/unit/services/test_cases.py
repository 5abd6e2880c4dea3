"""Reading cases: one case with what its page shows, and the list, both need-to-know."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date, timedelta

import pytest

from domain.case.lifecycle import CaseStatus, EscalationLevel, TransitionName
from domain.case.model import CaseId, Ideology, ParticipationRole
from domain.errors import Forbidden, InvalidInput, NotFound
from domain.person.model import District
from domain.ports import CaseFilter, PageRequest
from domain.services import case_lifecycle, cases
from domain.services.case_lifecycle import ChangeLevel
from domain.services.cases import AllowedActions, CaseView
from domain.services.plan_views import Monitoring
from tests.unit.services.world import (
    World,
    add_teams,
    join,
    move,
    move_to,
    person_input,
    register,
    stored_case,
)


async def view(world: World, case_id: CaseId, actor: str) -> CaseView:
    return await cases.get_case(world.uow, world.actor(actor), case_id, Monitoring(world.clock.now().date()))


# --- one case ------------------------------------------------------------------------------------


async def test_the_regisseur_reads_their_case(world: World) -> None:
    earlier = await register(world)
    case_id = await register(world, person_id=(await stored_case(world, earlier)).person_id)

    shown = await view(world, case_id, "regisseur")

    assert shown.case.id == case_id
    assert shown.person.full_name == "Mohammed El Amrani"
    assert shown.regisseur_name == world.users["regisseur"].display_name
    assert shown.organisation_names == {
        world.municipality.id: "Gemeente Amsterdam",
        world.youth_care.id: "Jeugdzorg Amsterdam",
    }
    assert [(r.id, r.reference) for r in shown.linked_cases] == [(earlier, "RAD-2026-0001")]
    assert [t.name for t in shown.next_transitions] == [TransitionName.START_SCREENING, TransitionName.DISMISS]
    assert shown.allowed == AllowedActions(manage=True, write_journal=True, escalate=True)


async def test_reading_a_case_is_audited_with_the_subject(world: World) -> None:
    case_id = await register(world)
    shown = await view(world, case_id, "coordinator")

    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.record_id, entry.subject_person_id) == ("case.read", str(case_id), str(shown.person.id))
    assert entry.actor_id == world.users["coordinator"].id


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [
        ("regisseur", AllowedActions(manage=True, write_journal=True, escalate=True)),
        ("coordinator", AllowedActions(manage=True, write_journal=True, escalate=True)),
        ("teammate", AllowedActions(manage=False, write_journal=True, escalate=False)),
        ("partner", AllowedActions(manage=False, write_journal=True, escalate=False)),
    ],
)
async def test_what_each_reader_may_do(world: World, actor: str, allowed: AllowedActions) -> None:
    add_teams(world)
    case_id = await register(world)
    await join(world, case_id, world.youth_care.id, actor="coordinator")

    shown = await view(world, case_id, actor)

    assert shown.allowed == allowed
    assert bool(shown.next_transitions) == allowed.manage


async def test_a_final_case_cannot_be_escalated(world: World) -> None:
    case_id = await register(world)
    await move(world, case_id, TransitionName.DISMISS)
    shown = await view(world, case_id, "regisseur")
    assert shown.allowed == AllowedActions(manage=True, write_journal=True, escalate=False)
    assert [t.name for t in shown.next_transitions] == [TransitionName.REOPEN]


@pytest.mark.parametrize("actor", ["other_team", "weesp_noord", "partner", "police"])
async def test_an_invisible_case_does_not_exist(world: World, actor: str) -> None:
    add_teams(world)
    case_id = await register(world)  # youth care only informs; the police are not involved
    audited = len(world.uow.committed_entries)

    with pytest.raises(NotFound) as invisible:
        await view(world, case_id, actor)
    with pytest.raises(NotFound) as unknown:
        await view(world, CaseId(uuid.uuid4()), actor)

    assert invisible.value.detail == unknown.value.detail
    assert len(world.uow.committed_entries) == audited


@pytest.mark.parametrize("actor", ["admin", "analyst", "privacy"])
async def test_roles_without_case_access_are_refused(world: World, actor: str) -> None:
    case_id = await register(world)
    with pytest.raises(Forbidden):
        await view(world, case_id, actor)


async def test_an_organisation_sees_the_case_while_it_works_in_it(world: World) -> None:
    case_id = await register(world)
    participation = await join(world, case_id, world.police.id, ParticipationRole.CORE_PARTNER, "coordinator")
    assert (await view(world, case_id, "police")).case.id == case_id

    await case_lifecycle.end_participant(
        world.uow, world.clock, world.actor("coordinator"), case_id, participation, "Taak afgerond"
    )

    with pytest.raises(NotFound):
        await view(world, case_id, "police")


async def test_a_new_regisseur_takes_the_case_along(world: World) -> None:
    add_teams(world)
    case_id = await register(world)
    case = await stored_case(world, case_id)
    await case_lifecycle.assign_regisseur(
        world.uow, world.clock, world.actor("coordinator"), case_id, world.users["other_team"].id, case.version
    )

    assert (await view(world, case_id, "other_team")).allowed.manage
    with pytest.raises(NotFound):
        await view(world, case_id, "regisseur")


# --- the list ------------------------------------------------------------------------------------


async def listed(world: World, actor: str = "coordinator", limit: int = 50, **filters: object) -> list[str]:
    page = await cases.list_cases(world.uow, world.actor(actor), CaseFilter(**filters), PageRequest(limit=limit))  # type: ignore[arg-type]
    return [s.reference for s in page.items]


async def three_cases(world: World) -> list[CaseId]:
    """RAD-..-0001 by the regisseur, 0002 by the teammate (police take part), 0003 by the coordinator."""
    add_teams(world)
    first = await register(world)
    world.clock.advance(days=1)
    second = await register(
        world,
        "teammate",
        person=person_input(first_names="Lotte", surname="de Boer", district=District.OOST),
        ideology=Ideology.RIGHT_WING_EXTREMIST,
    )
    await join(world, second, world.police.id, ParticipationRole.CORE_PARTNER, "coordinator")
    world.clock.advance(days=1)
    third = await register(world, "coordinator", person=person_input(first_names="Sem", surname="Visser"))
    return [first, second, third]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("coordinator", ["RAD-2026-0003", "RAD-2026-0002", "RAD-2026-0001"]),
        ("regisseur", ["RAD-2026-0002", "RAD-2026-0001"]),
        ("teammate", ["RAD-2026-0002", "RAD-2026-0001"]),
        ("other_team", []),
        ("weesp_noord", []),
        ("police", ["RAD-2026-0002"]),
        ("partner", []),  # youth care only informed
    ],
)
async def test_the_list_shows_what_the_actor_may_see(world: World, actor: str, expected: list[str]) -> None:
    await three_cases(world)
    assert await listed(world, actor) == expected


async def test_the_list_agrees_with_reading_one_case(world: World) -> None:
    ids = await three_cases(world)
    for actor in ("coordinator", "regisseur", "teammate", "other_team", "police", "partner"):
        readable = []
        for case_id in ids:
            with contextlib.suppress(NotFound):
                readable.append((await view(world, case_id, actor)).case.reference)
        assert sorted(await listed(world, actor)) == sorted(readable), actor


async def test_filters(world: World) -> None:
    _, second, third = await three_cases(world)
    await move(world, third, TransitionName.START_SCREENING)
    await case_lifecycle.change_escalation_level(
        world.uow, world.clock, world.actor("coordinator"), second, ChangeLevel(2, "Besluit casusoverleg")
    )
    day_two = (await stored_case(world, second)).opened_at.date()

    assert await listed(world, status=CaseStatus.SCREENING) == ["RAD-2026-0003"]
    assert await listed(world, escalation_level=EscalationLevel.CHAIN_DIRECTION) == ["RAD-2026-0002"]
    assert await listed(world, q="boer") == ["RAD-2026-0002"]
    assert await listed(world, q=" rad-2026-0001 ") == ["RAD-2026-0001"]
    assert await listed(world, q="LOTTE DE") == ["RAD-2026-0002"]
    assert await listed(world, district=District.OOST) == ["RAD-2026-0002"]
    assert await listed(world, ideology=Ideology.RIGHT_WING_EXTREMIST) == ["RAD-2026-0002"]
    assert await listed(world, regisseur_id=world.users["regisseur"].id) == ["RAD-2026-0001"]
    assert await listed(world, organisation_id=world.police.id) == ["RAD-2026-0002"]
    assert await listed(world, organisation_id=world.youth_care.id) == []  # informing is not working in it
    assert await listed(world, opened_from=day_two, opened_to=day_two) == ["RAD-2026-0002"]
    assert await listed(world, opened_from=day_two) == ["RAD-2026-0003", "RAD-2026-0002"]
    assert await listed(world, opened_to=day_two - timedelta(days=1)) == ["RAD-2026-0001"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("openedAt", ["RAD-2026-0001", "RAD-2026-0002", "RAD-2026-0003"]),
        ("-openedAt", ["RAD-2026-0003", "RAD-2026-0002", "RAD-2026-0001"]),
        ("reference", ["RAD-2026-0001", "RAD-2026-0002", "RAD-2026-0003"]),
        ("-reference", ["RAD-2026-0003", "RAD-2026-0002", "RAD-2026-0001"]),
        ("-updatedAt", ["RAD-2026-0001", "RAD-2026-0003", "RAD-2026-0002"]),
    ],
)
async def test_sorting(world: World, sort: str, expected: list[str]) -> None:
    first, _, _ = await three_cases(world)
    world.clock.advance(days=1)
    await move(world, first, TransitionName.START_SCREENING)
    assert await listed(world, sort=sort) == expected


@pytest.mark.parametrize("sort", ["openedAt", "-reference", "-updatedAt"])
async def test_pages_continue_where_the_last_one_ended(world: World, sort: str) -> None:
    await three_cases(world)
    for _ in range(2):
        await register(world, "coordinator")  # same opening time: the id breaks the tie
    everything = await listed(world, sort=sort)

    seen, cursor = [], None
    while True:
        page = await cases.list_cases(
            world.uow, world.actor("coordinator"), CaseFilter(sort=sort), PageRequest(limit=2, cursor=cursor)
        )
        seen += [s.reference for s in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == everything
    assert len(everything) == 5


async def test_a_summary_names_the_person_and_the_regisseur(world: World) -> None:
    await three_cases(world)
    page = await cases.list_cases(world.uow, world.actor("police"), CaseFilter(), PageRequest())
    [summary] = page.items
    assert (summary.person_name, summary.district, summary.regisseur_name) == (
        "Lotte de Boer",
        District.OOST,
        world.users["teammate"].display_name,
    )
    assert world.uow.committed_entries[-1].details == {"count": 1}


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"sort": "person"}, "sort"),
        ({"opened_from": date(2026, 3, 2), "opened_to": date(2026, 3, 1)}, "openedTo"),
    ],
)
async def test_invalid_list_requests(world: World, filters: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        await listed(world, "coordinator", 50, **filters)
    assert [p.name for p in refused.value.params] == [field]


async def test_a_foreign_cursor_is_refused(world: World) -> None:
    with pytest.raises(InvalidInput):
        await cases.list_cases(world.uow, world.actor("coordinator"), CaseFilter(), PageRequest(cursor="bm9wZQ"))


async def test_moving_along_the_whole_process(world: World) -> None:
    case_id = await register(world)
    await move_to(world, case_id, CaseStatus.AFTERCARE)
    assert await listed(world, status=CaseStatus.AFTERCARE) == ["RAD-2026-0001"]
