"""Delivery monitoring on a given day: actions past due or without an update for the stale days are flagged,
goals past their target date are overdue; finished items and plans not in force are never flagged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.plan.model import ActionStatus, GoalStatus
from domain.plan.monitoring import StallReason, overdue_goals, stall_reason, stalled_actions
from tests.unit.domain.plan_builders import AT, action, approved, draft, goal

DUE = date(2027, 2, 1)


@pytest.mark.parametrize(
    ("today", "status", "expected"),
    [
        (AT.date(), ActionStatus.PLANNED, None),
        (AT.date() + timedelta(days=30), ActionStatus.RUNNING, None),  # exactly the stale days: still fine
        (AT.date() + timedelta(days=31), ActionStatus.RUNNING, StallReason.NO_UPDATE),
        (DUE, ActionStatus.RUNNING, StallReason.NO_UPDATE),
        (DUE + timedelta(days=1), ActionStatus.RUNNING, StallReason.PAST_DUE),
        (DUE + timedelta(days=1), ActionStatus.DONE, None),
        (DUE + timedelta(days=1), ActionStatus.CANCELLED, None),
    ],
)
def test_stall_reason(today: date, status: ActionStatus, expected: StallReason | None) -> None:
    item = action(status=status, last_update_at=AT, due_on=DUE, status_reason="x")
    assert stall_reason(item, today, stale_days=30) == expected


def test_the_stale_days_are_configurable() -> None:
    item = action(last_update_at=AT, due_on=DUE)
    assert stall_reason(item, AT.date() + timedelta(days=8), stale_days=7) is StallReason.NO_UPDATE
    assert stall_reason(item, AT.date() + timedelta(days=8), stale_days=10) is None


def test_stalled_actions_and_overdue_goals_of_the_plan_in_force() -> None:
    late, achieved = goal(target_on=date(2027, 1, 1)), goal(target_on=date(2027, 1, 1), status=GoalStatus.ACHIEVED)
    judged = goal(target_on=date(2027, 1, 1), status=GoalStatus.NOT_ACHIEVED)  # evaluated: finished, not late
    plan = approved(action(due_on=DUE), action(due_on=date(2027, 6, 1)), goals=(late, achieved, judged))
    today = DUE + timedelta(days=1)
    assert [(s.action.id, s.reason) for s in stalled_actions(plan, today, 90)] == [
        (plan.actions[0].id, StallReason.PAST_DUE)
    ]
    assert overdue_goals(plan, today) == [plan.goals[0]]
    assert overdue_goals(plan, date(2027, 1, 1)) == []


def test_a_plan_not_in_force_is_not_monitored() -> None:
    plan = draft()
    plan.revise({}, AT, goals=[goal(target_on=date(2026, 12, 2))], actions=[action(due_on=date(2026, 12, 2))])
    assert stalled_actions(plan, date(2028, 1, 1)) == []
    assert overdue_goals(plan, date(2028, 1, 1)) == []
