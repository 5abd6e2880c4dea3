"""The plan of action: versions move draft -> submitted -> approved -> superseded along a table of transitions;
only drafts change; the author never approves; retired or information-only interventions are refused for new
actions but kept where an action already points at them; action status reports go on the plan in force only,
and append to a history."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from domain.case.model import ActorRef
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.plan.model import (
    TRANSITIONS,
    ActionId,
    ActionStatus,
    PlanStatus,
    PlanTransition,
    ProtectiveFactor,
)
from tests.unit.domain.plan_builders import (
    APPROVER,
    AT,
    AUTHOR,
    action,
    approved,
    draft,
    goal,
    intervention,
)

LATER = AT + timedelta(days=3)


def invalid_names(error: pytest.ExceptionInfo[InvalidInput]) -> set[str]:
    return {p.name for p in error.value.params}


# --- transitions -------------------------------------------------------------------------------------


def test_the_transition_table() -> None:
    assert {s: {t: target for t, target in moves.items()} for s, moves in TRANSITIONS.items()} == {
        PlanStatus.DRAFT: {PlanTransition.SUBMIT: PlanStatus.SUBMITTED, PlanTransition.WITHDRAW: PlanStatus.WITHDRAWN},
        PlanStatus.SUBMITTED: {PlanTransition.APPROVE: PlanStatus.APPROVED, PlanTransition.WITHDRAW: PlanStatus.DRAFT},
        PlanStatus.APPROVED: {PlanTransition.SUPERSEDE: PlanStatus.SUPERSEDED},
        PlanStatus.SUPERSEDED: {},
        PlanStatus.WITHDRAWN: {},
    }


def test_a_plan_is_submitted_and_approved_by_someone_else() -> None:
    plan = draft()
    plan.revise({}, AT, goals=[goal()], evaluation_on=date(2027, 6, 1))
    plan.submit(LATER)
    assert (plan.status, plan.submitted_at) == (PlanStatus.SUBMITTED, LATER)
    plan.approve(APPROVER, LATER, "  Akkoord  ", "CO-2026-12")
    assert plan.status is PlanStatus.APPROVED and plan.in_force
    assert (plan.approved_by, plan.approval_note, plan.decision_reference) == (APPROVER, "Akkoord", "CO-2026-12")


def test_approval_by_the_author_is_refused() -> None:
    plan = draft()
    plan.revise({}, AT, goals=[goal()], evaluation_on=date(2027, 6, 1))
    plan.submit(AT)
    with pytest.raises(Forbidden):
        plan.approve(ActorRef(AUTHOR.id, "Zelfde persoon"), AT)
    assert plan.status is PlanStatus.SUBMITTED


def test_a_draft_cannot_be_approved_and_an_approved_plan_not_resubmitted() -> None:
    plan = draft()
    with pytest.raises(Conflict) as error:
        plan.approve(APPROVER, AT)
    assert error.value.extensions["allowed"] == ["submit", "withdraw"]
    done = approved()
    with pytest.raises(Conflict):
        done.submit(AT)


def test_submitting_needs_a_goal_and_an_evaluation_date() -> None:
    with pytest.raises(InvalidInput) as error:
        draft().submit(AT)
    assert invalid_names(error) == {"goals", "evaluationOn"}


def test_the_author_withdraws_a_submitted_plan_back_to_draft_and_abandons_a_draft() -> None:
    plan = draft()
    plan.revise({}, AT, goals=[goal()], evaluation_on=date(2027, 6, 1))
    plan.submit(AT)
    with pytest.raises(Forbidden):
        plan.withdraw(APPROVER, LATER)
    plan.withdraw(AUTHOR, LATER)
    assert (plan.status, plan.submitted_at) == (PlanStatus.DRAFT, None)
    plan.withdraw(AUTHOR, LATER)
    assert plan.status is PlanStatus.WITHDRAWN


def test_an_approved_plan_is_immutable_and_superseded_by_the_next() -> None:
    plan = approved(action())
    with pytest.raises(Conflict):
        plan.revise({}, LATER, interpretation="Nieuw")
    successor = draft(2, in_force=plan)
    assert [g.id for g in successor.goals] == [g.id for g in plan.goals]
    assert [a.id for a in successor.actions] == [a.id for a in plan.actions]
    assert successor.status is PlanStatus.DRAFT and successor.number == 2
    plan.supersede(LATER)
    assert plan.status is PlanStatus.SUPERSEDED and not plan.in_force


# --- editing ------------------------------------------------------------------------------------------


def test_a_draft_takes_sections_and_trims_them() -> None:
    plan = draft()
    first = goal("  Gaat naar school  ")
    plan.revise(
        {},
        LATER,
        interpretation="  Duiding  ",
        contingency=" Nieuwe signalen ",
        protective_factors=[ProtectiveFactor("p1", " Steunend gezin ")],
        goals=[first],
        actions=[action((first.id,), custom_title="  Mentor  ")],
    )
    assert (plan.interpretation, plan.contingency) == ("Duiding", "Nieuwe signalen")
    assert plan.protective_factors == (ProtectiveFactor("P1", "Steunend gezin"),)
    assert plan.goals[0].text == "Gaat naar school"
    assert (plan.actions[0].custom_title, plan.actions[0].last_update_at) == ("Mentor", LATER)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"custom_title": None}, "actions[0].interventionId"),
        ({"custom_title": "  "}, "actions[0].interventionId"),
        ({"intervention_id": intervention().id}, "actions[0].interventionId"),  # both given
        ({"due_on": date(2026, 11, 1)}, "actions[0].dueOn"),
        ({"owner_name": " "}, "actions[0].ownerName"),
        ({"status": ActionStatus.STALLED}, "actions[0].statusReason"),
        ({"status": ActionStatus.CANCELLED, "status_reason": " "}, "actions[0].statusReason"),
        ({"goal_ids": (uuid.UUID(int=99),)}, "actions[0].goalIds"),
    ],
)
def test_an_invalid_action_is_refused_naming_the_field(changes: dict[str, object], field: str) -> None:
    plan = draft()
    with pytest.raises(InvalidInput) as error:
        plan.revise({intervention().id: intervention()}, AT, actions=[action(**changes)])
    assert field in invalid_names(error)


def test_goals_need_text_and_unique_ids() -> None:
    first = goal()
    with pytest.raises(InvalidInput) as error:
        draft().revise({}, AT, goals=[first, first, goal(" ")])
    assert invalid_names(error) == {"goals[1].id", "goals[2].text"}


@pytest.mark.parametrize(
    ("changes", "reason"),
    [({"informational_only": True}, "is listed for information only"), ({}, "is retired")],
)
def test_retired_or_informational_interventions_cannot_be_added(changes: dict[str, object], reason: str) -> None:
    item = intervention(**changes)
    if not changes:
        item.retire("Aanbieder gestopt", AT)
    plan = draft()
    with pytest.raises(InvalidInput) as error:
        plan.revise({item.id: item}, AT, actions=[action(), action(intervention_id=item.id, custom_title=None)])
    assert [(p.name, p.reason) for p in error.value.params] == [("actions[1].interventionId", reason)]


def test_an_unknown_intervention_is_refused() -> None:
    with pytest.raises(InvalidInput) as error:
        draft().revise({}, AT, actions=[action(intervention_id=intervention().id, custom_title=None)])
    assert invalid_names(error) == {"actions[0].interventionId"}


def test_an_action_keeps_pointing_at_an_intervention_retired_since() -> None:
    item = intervention()
    kept = action(intervention_id=item.id, custom_title=None)
    plan = approved(kept, catalogue=(item,))
    item.retire("Subsidie beëindigd", AT)
    successor = draft(2, in_force=plan)
    successor.revise({item.id: item}, LATER, actions=list(successor.actions), interpretation="Bijgesteld")
    assert successor.actions[0].intervention_id == item.id


# --- action status reports ----------------------------------------------------------------------------


def test_a_status_report_on_the_plan_in_force_is_appended_to_the_history() -> None:
    plan = approved(action())
    target = plan.actions[0].id
    plan.report_action_status(target, ActionStatus.RUNNING, None, by_name="A", organisation_name="Jeugdzorg", at=AT)
    updated = plan.report_action_status(
        target, ActionStatus.STALLED, "  Niet bereikbaar ", by_name="B", organisation_name="Jeugdzorg", at=LATER
    )
    assert (updated.status, updated.status_reason, updated.last_update_at) == (
        ActionStatus.STALLED,
        "Niet bereikbaar",
        LATER,
    )
    assert [(u.status, u.by_name, u.reason) for u in plan.actions[0].updates] == [
        (ActionStatus.RUNNING, "A", None),
        (ActionStatus.STALLED, "B", "Niet bereikbaar"),
    ]


def test_stalled_and_cancelled_reports_need_a_reason() -> None:
    plan = approved(action())
    with pytest.raises(InvalidInput):
        plan.report_action_status(
            plan.actions[0].id, ActionStatus.CANCELLED, " ", by_name="A", organisation_name="X", at=AT
        )
    assert plan.actions[0].updates == ()


def test_status_reports_only_on_the_plan_in_force_and_on_its_own_actions() -> None:
    plan = draft()
    plan.revise({}, AT, actions=[action()])
    with pytest.raises(Conflict):
        plan.report_action_status(
            plan.actions[0].id, ActionStatus.DONE, None, by_name="A", organisation_name="X", at=AT
        )
    in_force = approved(action())
    with pytest.raises(NotFound):
        in_force.report_action_status(
            ActionId(uuid.UUID(int=7)), ActionStatus.DONE, None, by_name="A", organisation_name="X", at=AT
        )
