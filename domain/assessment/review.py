"""When a case's assessment is due again: the framework's cadence by final level while the case runs,
and the follow-ups after closure (by default 6 and 12 months after the closure assessment)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from domain.assessment.framework import ConcernLevel, FrameworkVersion
from domain.assessment.kinds import AssessmentType


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review_on(
    framework: FrameworkVersion,
    kind: AssessmentType,
    assessed_on: date,
    final_level: ConcernLevel,
    closure_assessed_on: date | None = None,
) -> date | None:
    """The date the next assessment is due, or None when no more are planned.

    A closure assessment schedules the first follow-up after closure; a follow-up the next one counted
    from the closure assessment (none after the last). Every other assessment follows the cadence for
    its final level."""
    follow_ups = framework.cadence.follow_up_months_after_closure
    if kind is AssessmentType.CLOSURE:
        return add_months(assessed_on, follow_ups[0]) if follow_ups else None
    if kind is AssessmentType.FOLLOW_UP and closure_assessed_on is not None:
        later = (add_months(closure_assessed_on, m) for m in follow_ups)
        return next((due for due in later if due > assessed_on), None)
    return assessed_on + timedelta(days=framework.cadence.days_by_level[final_level])
