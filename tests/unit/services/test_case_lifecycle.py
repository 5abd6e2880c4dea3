"""Changing a case: transitions, reopening and the escalation level."""

from __future__ import annotations

import pytest

from domain.case.lifecycle import CaseStatus, ClosureReason, DeEscalationCriterion, EscalationLevel, TransitionName
from domain.case.model import MAX_REASON, Case, CaseId, ParticipationRole
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.services import case_lifecycle
from domain.services.case_lifecycle import ChangeLevel
from tests.unit.services.world import World, add_teams, join, move, move_to, register, stored_case

T = TransitionName


def invalid_fields(refused: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.name for p in refused.value.params]


async def unchanged(world: World, case_id: CaseId, before: Case, audited: int) -> None:
    assert await stored_case(world, case_id) == before
    assert len(world.uow.committed_entries) == audited


# --- transitions ---------------------------------------------------------------------------------


async def test_the_regisseur_moves_their_case(world: World) -> None:
    case_id = await register(world)
    world.clock.advance(hours=2)

    returned = await move(world, case_id, T.START_SCREENING, "regisseur", reason="  Verkenning gestart ")

    case = await stored_case(world, case_id)
    assert returned == case_id
    assert (case.status, case.version, case.updated_at) == (CaseStatus.SCREENING, 2, world.clock.now())
    last = case.status_history[-1]
    assert (last.from_status, last.to_status, last.reason) == (
        CaseStatus.REFERRED,
        CaseStatus.SCREENING,
        "Verkenning gestart",
    )
    assert (last.actor.id, last.at) == (world.users["regisseur"].id, world.clock.now())
    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.record_id, entry.subject_person_id) == (
        "case.transition",
        str(case_id),
        str(case.person_id),
    )
    assert entry.details == {"transition": "start_screening", "from": "referred", "to": "screening"}


async def test_the_history_survives_the_round_trip(world: World) -> None:
    case_id = await register(world)
    await move_to(world, case_id, CaseStatus.AFTERCARE)
    await move(world, case_id, T.CLOSE, closure_reason=ClosureReason.GOALS_ACHIEVED)

    case = await stored_case(world, case_id)
    assert [c.to_status for c in case.status_history] == [
        CaseStatus.REFERRED,
        CaseStatus.SCREENING,
        CaseStatus.WEIGHING,
        CaseStatus.INTAKE,
        CaseStatus.CASE_CONFERENCE,
        CaseStatus.ACTIVE,
        CaseStatus.AFTERCARE,
        CaseStatus.CLOSED,
    ]
    assert (case.closed_at, case.closure_reason, case.version) == (world.clock.now(), ClosureReason.GOALS_ACHIEVED, 8)


async def test_a_forbidden_transition_names_the_allowed_ones_and_changes_nothing(world: World) -> None:
    case_id = await register(world)
    before, audited = await stored_case(world, case_id), len(world.uow.committed_entries)

    with pytest.raises(Conflict) as refused:
        await move(world, case_id, T.APPROVE_PLAN)

    assert refused.value.extensions == {"allowedTransitions": ["start_screening", "dismiss"]}
    await unchanged(world, case_id, before, audited)


async def test_closing_needs_a_chosen_reason(world: World) -> None:
    case_id = await register(world)
    await move_to(world, case_id, CaseStatus.AFTERCARE)
    before, audited = await stored_case(world, case_id), len(world.uow.committed_entries)

    with pytest.raises(InvalidInput) as refused:
        await move(world, case_id, T.CLOSE)

    assert invalid_fields(refused) == ["closureReason"]
    await unchanged(world, case_id, before, audited)


async def test_a_teammate_may_see_but_not_move_the_case(world: World) -> None:
    add_teams(world)
    case_id = await register(world)
    with pytest.raises(Forbidden):
        await move(world, case_id, T.START_SCREENING, "teammate")


@pytest.mark.parametrize("actor", ["other_team", "weesp_noord"])
async def test_a_regisseur_who_cannot_see_the_case_gets_not_found(world: World, actor: str) -> None:
    add_teams(world)
    case_id = await register(world)
    with pytest.raises(NotFound):
        await move(world, case_id, T.START_SCREENING, actor)


@pytest.mark.parametrize("works_in_it", [True, False])
async def test_partners_never_move_a_case(world: World, works_in_it: bool) -> None:
    case_id = await register(world)
    if works_in_it:
        await join(world, case_id, world.youth_care.id)
    # A function-level refusal, the same whether the case is visible or not: nothing leaks.
    with pytest.raises(Forbidden):
        await move(world, case_id, T.START_SCREENING, "partner")


# --- reopening -----------------------------------------------------------------------------------


async def closed_case(world: World) -> CaseId:
    case_id = await register(world)
    await join(world, case_id, world.police.id, ParticipationRole.CORE_PARTNER)
    await move(world, case_id, T.DISMISS)
    world.clock.advance(days=90)
    return case_id


async def test_reopening_starts_a_new_case_linked_to_the_closed_one(world: World) -> None:
    old_id = await closed_case(world)
    old = await stored_case(world, old_id)

    new_id = await move(world, old_id, T.REOPEN, "regisseur", reason=" Nieuwe signalen van school ")

    assert new_id != old_id
    assert await stored_case(world, old_id) == old  # the closed case itself does not change
    new = await stored_case(world, new_id)
    assert (new.reference, new.status, new.escalation_level) == (
        "RAD-2026-0002",
        CaseStatus.REFERRED,
        EscalationLevel.REGULAR_CARE,
    )
    assert (new.person_id, new.previous_case_id, new.linked_case_ids) == (old.person_id, old_id, [old_id])
    assert new.regisseur_id == old.regisseur_id
    assert (new.opened_at, new.referral.referred_on) == (world.clock.now(), world.clock.now().date())
    assert new.referral.description == new.referral.reason_for_concern == "Nieuwe signalen van school"
    assert new.referral.source_organisation_id == old.referral.source_organisation_id
    [opened] = new.status_history
    assert opened.reason == "Nieuwe signalen van school"  # the link to the old case is previousCaseId
    # Only the regisseur's organisation comes along; partners are asked again.
    assert [(p.organisation_id, p.role) for p in new.participations] == [
        (world.municipality.id, ParticipationRole.REGISSEUR)
    ]
    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.record_id, entry.subject_person_id) == ("case.reopen", str(new_id), str(old.person_id))
    assert entry.details == {"previousCaseId": str(old_id), "reference": "RAD-2026-0002"}


async def test_a_reopened_case_keeps_the_earlier_links(world: World) -> None:
    first = await register(world)
    second = await register(world, person_id=(await stored_case(world, first)).person_id)
    await move(world, second, T.DISMISS)

    third = await move(world, second, T.REOPEN)

    assert sorted((await stored_case(world, third)).linked_case_ids) == sorted([first, second])


@pytest.mark.parametrize("status", [CaseStatus.REFERRED, CaseStatus.ACTIVE, CaseStatus.TRANSFERRED])
async def test_only_a_closed_case_can_be_reopened(world: World, status: CaseStatus) -> None:
    case_id = await register(world)
    await move_to(world, case_id, status)
    count = await world.uow.cases.count()

    with pytest.raises(Conflict):
        await move(world, case_id, T.REOPEN)

    assert await world.uow.cases.count() == count


async def test_reopening_needs_a_reason(world: World) -> None:
    case_id = await closed_case(world)
    with pytest.raises(InvalidInput) as refused:
        await move(world, case_id, T.REOPEN, reason="  ")
    assert invalid_fields(refused) == ["reason"]
    assert await world.uow.cases.count() == 1


async def test_reopening_accepts_a_reason_of_the_maximum_length(world: World) -> None:
    case_id = await closed_case(world)
    new_id = await move(world, case_id, T.REOPEN, reason="x" * MAX_REASON)
    assert (await stored_case(world, new_id)).status is CaseStatus.REFERRED


async def test_a_teammate_cannot_reopen(world: World) -> None:
    add_teams(world)
    case_id = await closed_case(world)
    with pytest.raises(Forbidden):
        await move(world, case_id, T.REOPEN, "teammate")
    assert await world.uow.cases.count() == 1


# --- escalation ----------------------------------------------------------------------------------


async def change_level(world: World, case_id: CaseId, cmd: ChangeLevel, actor: str = "regisseur") -> None:
    await case_lifecycle.change_escalation_level(world.uow, world.clock, world.actor(actor), case_id, cmd)


async def test_escalating_and_deescalating(world: World) -> None:
    case_id = await register(world)

    await change_level(world, case_id, ChangeLevel(3, " Acute dreiging ", decision_reference="DR-1"))
    await change_level(world, case_id, ChangeLevel(1, "Rustig", criteria=(DeEscalationCriterion.NO_ACUTE_FLAGS,)))

    case = await stored_case(world, case_id)
    assert case.escalation_level is EscalationLevel.CASE_CONFERENCE
    assert [(c.from_level, c.to_level, c.reason, c.criteria) for c in case.level_history[1:]] == [
        (EscalationLevel.REGULAR_CARE, EscalationLevel.ADMINISTRATIVE, "Acute dreiging", ()),
        (
            EscalationLevel.ADMINISTRATIVE,
            EscalationLevel.CASE_CONFERENCE,
            "Rustig",
            (DeEscalationCriterion.NO_ACUTE_FLAGS,),
        ),
    ]
    assert case.level_history[1].decision_reference == "DR-1"
    assert [(e.action, e.details) for e in world.uow.committed_entries[-2:]] == [
        ("case.escalate", {"from": 0, "to": 3}),
        ("case.deescalate", {"from": 3, "to": 1}),
    ]
    assert world.uow.committed_entries[-1].subject_person_id == str(case.person_id)


async def test_lowering_without_criteria_is_refused(world: World) -> None:
    case_id = await register(world)
    await change_level(world, case_id, ChangeLevel(2, "Zorgen nemen toe"))
    before, audited = await stored_case(world, case_id), len(world.uow.committed_entries)

    with pytest.raises(InvalidInput) as refused:
        await change_level(world, case_id, ChangeLevel(0, "Gaat beter"))

    assert invalid_fields(refused) == ["criteria"]
    await unchanged(world, case_id, before, audited)


@pytest.mark.parametrize(("level", "field"), [(0, "level"), (4, "level"), (-1, "level")])
async def test_invalid_levels(world: World, level: int, field: str) -> None:
    case_id = await register(world)
    with pytest.raises(InvalidInput) as refused:
        await change_level(world, case_id, ChangeLevel(level, "Besluit"))
    assert invalid_fields(refused) == [field]


async def test_a_closed_case_keeps_its_level(world: World) -> None:
    case_id = await register(world)
    await move(world, case_id, T.DISMISS)
    with pytest.raises(Conflict):
        await change_level(world, case_id, ChangeLevel(1, "Toch zorgen"))


@pytest.mark.parametrize(("actor", "error"), [("teammate", Forbidden), ("other_team", NotFound), ("police", Forbidden)])
async def test_who_may_not_change_the_level(world: World, actor: str, error: type[Exception]) -> None:
    add_teams(world)
    case_id = await register(world)
    with pytest.raises(error):
        await change_level(world, case_id, ChangeLevel(1, "Besluit"), actor)
