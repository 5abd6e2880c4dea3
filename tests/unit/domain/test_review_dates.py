"""When the next assessment is due: cadence by level while the case runs, follow-ups after closure."""

from __future__ import annotations

from datetime import date

import pytest

from domain.assessment.framework import ConcernLevel
from domain.assessment.kinds import AssessmentType
from domain.assessment.review import add_months, next_review_on
from persistence.framework_files import starter_framework

FRAMEWORK = starter_framework()  # cadence: acute 7, high 28, elevated 56, low 91 days; follow-ups at 6 and 12 months
T = AssessmentType


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 6, date(2026, 7, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 11, 30), 12, date(2027, 11, 30)),
        (date(2026, 12, 1), 1, date(2027, 1, 1)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(("level", "days"), [(ConcernLevel.ACUTE, 7), (ConcernLevel.HIGH, 28), (ConcernLevel.LOW, 91)])
def test_a_running_case_follows_the_cadence_of_its_final_level(level: ConcernLevel, days: int) -> None:
    due = next_review_on(FRAMEWORK, T.PERIODIC, date(2026, 3, 1), level)
    assert due is not None and (due - date(2026, 3, 1)).days == days


def test_a_closure_assessment_schedules_the_first_follow_up_whatever_the_level() -> None:
    assert next_review_on(FRAMEWORK, T.CLOSURE, date(2026, 3, 1), ConcernLevel.ACUTE) == date(2026, 9, 1)


def test_follow_ups_count_from_the_closure_and_stop_after_the_last() -> None:
    closed = date(2026, 3, 1)
    first = next_review_on(FRAMEWORK, T.FOLLOW_UP, date(2026, 9, 3), ConcernLevel.LOW, closure_assessed_on=closed)
    assert first == date(2027, 3, 1)
    assert (
        next_review_on(FRAMEWORK, T.FOLLOW_UP, date(2027, 3, 2), ConcernLevel.LOW, closure_assessed_on=closed) is None
    )


def test_a_follow_up_without_a_closure_assessment_falls_back_to_the_cadence() -> None:
    assert next_review_on(FRAMEWORK, T.FOLLOW_UP, date(2026, 3, 1), ConcernLevel.LOW) == date(2026, 5, 31)
