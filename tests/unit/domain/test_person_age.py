"""A person's age in completed years, which decides which interventions fit."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from domain.person.model import District, Gender, Person, PersonId

AT = datetime(2026, 1, 1, tzinfo=UTC)
BORN = Person(
    PersonId(uuid.uuid4()), "Sara", None, "Test", date(2007, 3, 14), Gender.UNKNOWN, None,
    District.OOST, None, None, [], AT, AT,
)  # fmt: skip


def test_the_age_counts_completed_years_and_is_unknown_without_a_birth_date() -> None:
    assert BORN.age_on(date(2026, 3, 13)) == 18
    assert BORN.age_on(date(2026, 3, 14)) == 19
    assert replace(BORN, date_of_birth=date(2008, 2, 29)).age_on(date(2026, 2, 28)) == 17
    assert replace(BORN, date_of_birth=None).age_on(date(2026, 3, 14)) is None
