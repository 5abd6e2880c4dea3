"""Delivery monitoring of the plan in force: computed on a given day, never stored.

An action is flagged stalled when it is not done or cancelled and either its due date has passed or nobody
reported on it for more than `stale_days`; a goal is overdue when it is still open or on track and its
target date has passed. Drafts, submitted and superseded versions are not monitored.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from domain.plan.model import FINISHED_ACTIONS, FINISHED_GOALS, Action, Goal, PlanVersion

DEFAULT_STALE_DAYS = 30


class StallReason(enum.StrEnum):
    PAST_DUE = "past_due"
    NO_UPDATE = "no_update"


@dataclass(frozen=True)
class StalledAction:
    action: Action
    reason: StallReason


def stall_reason(action: Action, today: date, stale_days: int = DEFAULT_STALE_DAYS) -> StallReason | None:
    """Why the action counts as stalled on `today`, or None. Past due wins over a missing update."""
    if action.status in FINISHED_ACTIONS:
        return None
    if action.due_on < today:
        return StallReason.PAST_DUE
    if action.last_update_at is None or action.last_update_at.date() < today - timedelta(days=stale_days):
        return StallReason.NO_UPDATE
    return None


def stalled_actions(plan: PlanVersion, today: date, stale_days: int = DEFAULT_STALE_DAYS) -> list[StalledAction]:
    if not plan.in_force:
        return []
    flagged = ((a, stall_reason(a, today, stale_days)) for a in plan.actions)
    return [StalledAction(a, reason) for a, reason in flagged if reason is not None]


def is_overdue(goal: Goal, today: date) -> bool:
    return goal.status not in FINISHED_GOALS and goal.target_on < today


def overdue_goals(plan: PlanVersion, today: date) -> list[Goal]:
    if not plan.in_force:
        return []
    return [g for g in plan.goals if is_overdue(g, today)]
