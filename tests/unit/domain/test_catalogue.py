"""The intervention catalogue: retiring is final and needs a reason, ages fit inclusively with open ends, and the
search finds interventions by words in either language, type, dimension, indicator and age."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from domain.assessment.framework import DimensionCode, LocalText
from domain.errors import Conflict, InvalidInput
from domain.plan.catalogue import (
    AgeRange,
    Availability,
    Intervention,
    InterventionFilter,
    InterventionType,
    Provider,
    search_catalogue,
)

AT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def text(nl: str, en: str | None = None) -> LocalText:
    return LocalText(nl=nl, en=en or f"{nl} (en)")


def intervention(code: str = "INT-01", **changes: Any) -> Intervention:
    fields: dict[str, Any] = {
        "code": code,
        "name": text("Familieondersteuning", "Family support"),
        "description": text("Begeleiding van het gezin.", "Guidance for the family."),
        "goal": text("Het gezin versterken."),
        "type": InterventionType.FAMILY_NETWORK,
        "voluntary": True,
        "target_dimensions": (DimensionCode.NETWORK, DimensionCode.PROTECTIVE),
        "target_indicators": ("C3", "P1"),
        "target_age": AgeRange(),
        "provider": Provider(organisation_id=None, name="Landelijk Steunpunt Extremisme"),
        "conditions": text("Vrijwillig."),
        "process_steps": (text("Intake."), text("Plan met het gezin.")),
        "legal_basis": text("Geen."),
        "duration": text("Tijdelijk."),
        "availability": Availability.AVAILABLE,
        "evidence_note": text("Positief geëvalueerd."),
    }
    return Intervention(**{**fields, **changes})


# --- retiring ----------------------------------------------------------------------------------------


def test_retiring_records_when_and_why_and_takes_it_out_of_use() -> None:
    item = intervention()
    assert item.is_usable
    item.retire("  Aanbieder gestopt  ", AT)
    assert (item.retired, item.retired_at, item.retired_reason) == (True, AT, "Aanbieder gestopt")
    assert not item.is_usable


def test_retiring_twice_is_a_conflict_and_keeps_the_first_retirement() -> None:
    item = intervention()
    item.retire("Aanbieder gestopt", AT)
    with pytest.raises(Conflict) as caught:
        item.retire("Nog een keer", datetime(2027, 1, 1, tzinfo=UTC))
    assert "INT-01" in caught.value.detail
    assert (item.retired_at, item.retired_reason) == (AT, "Aanbieder gestopt")


@pytest.mark.parametrize("reason", ["", "   ", "x" * 2001])
def test_retiring_needs_a_reason_of_sensible_length(reason: str) -> None:
    item = intervention()
    with pytest.raises(InvalidInput) as caught:
        item.retire(reason, AT)
    assert [p.name for p in caught.value.params] == ["reason"]
    assert not item.retired


def test_an_informational_entry_is_never_usable() -> None:
    assert not intervention(informational_only=True).is_usable


def test_each_intervention_gets_its_own_id() -> None:
    assert intervention().id != intervention().id


# --- ages --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age_range", "age", "fits"),
    [
        (AgeRange(12, 17), 12, True),
        (AgeRange(12, 17), 17, True),
        (AgeRange(12, 17), 11, False),
        (AgeRange(12, 17), 18, False),
        (AgeRange(18, None), 80, True),
        (AgeRange(18, None), 17, False),
        (AgeRange(None, 17), 0, True),
        (AgeRange(None, 17), 18, False),
        (AgeRange(), 40, True),
        (AgeRange(12, 17), None, True),  # unknown age: never excluded
    ],
)
def test_an_age_fits_the_range_inclusively_with_open_ends(age_range: AgeRange, age: int | None, fits: bool) -> None:
    assert intervention(target_age=age_range).fits_age(age) is fits


# --- search ------------------------------------------------------------------------------------------

CATALOGUE = (
    intervention(
        "INT-07",
        name=text("Beëindiging uitkering", "Stopping benefits"),
        description=text("Betalingen stoppen bij uitreis.", "Payments stop on travel abroad."),
        type=InterventionType.ADMINISTRATIVE,
        voluntary=False,
        target_dimensions=(DimensionCode.INTENT_BEHAVIOUR, DimensionCode.CAPABILITY),
        target_indicators=("D7", "E3"),
    ),
    intervention(
        "INT-38",
        name=text("Online aanpak minderjarigen", "Online approach for minors"),
        description=text("Maatwerk voor jongeren die online radicaliseren.", "A mix for minors radicalising online."),
        type=InterventionType.OTHER,
        target_dimensions=(DimensionCode.NETWORK,),
        target_indicators=("C2",),
        target_age=AgeRange(12, 17),
    ),
    intervention("INT-22"),
)


def codes(query: InterventionFilter, catalogue: tuple[Intervention, ...] = CATALOGUE) -> list[str]:
    return [i.code for i in search_catalogue(catalogue, query)]


def test_without_criteria_everything_in_use_is_listed_by_code() -> None:
    assert codes(InterventionFilter()) == ["INT-07", "INT-22", "INT-38"]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("beeindiging", ["INT-07"]),  # without the diaeresis
        ("BEËINDIGING", ["INT-07"]),
        ("benefits", ["INT-07"]),  # English name
        ("uitreis", ["INT-07"]),  # Dutch description
        ("online minors", ["INT-38"]),  # every word must match
        ("online family", []),
        ("int-22", ["INT-22"]),  # the code
        ("   ", ["INT-07", "INT-22", "INT-38"]),
        ("onbekend", []),
    ],
)
def test_words_are_searched_in_both_languages(q: str, expected: list[str]) -> None:
    assert codes(InterventionFilter(q=q)) == expected


def test_the_conditions_are_not_searched() -> None:
    assert codes(InterventionFilter(q="vrijwillig")) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (InterventionFilter(type=InterventionType.ADMINISTRATIVE), ["INT-07"]),
        (InterventionFilter(type=InterventionType.EXIT_SUPPORT), []),
        (InterventionFilter(dimension=DimensionCode.NETWORK), ["INT-22", "INT-38"]),
        (InterventionFilter(indicator="D7"), ["INT-07"]),
        (InterventionFilter(indicator="c2"), ["INT-38"]),
        (InterventionFilter(age=30), ["INT-07", "INT-22"]),
        (InterventionFilter(age=15), ["INT-07", "INT-22", "INT-38"]),
        (InterventionFilter(q="online", age=30), []),
        (InterventionFilter(dimension=DimensionCode.NETWORK, indicator="C3"), ["INT-22"]),
    ],
)
def test_the_criteria_all_have_to_hold(query: InterventionFilter, expected: list[str]) -> None:
    assert codes(query) == expected


def test_retired_interventions_are_found_only_when_asked_for() -> None:
    retired = intervention("INT-30")
    retired.retire("Niet meer beschikbaar", AT)
    catalogue = (*CATALOGUE, retired)
    assert "INT-30" not in codes(InterventionFilter(), catalogue)
    assert codes(InterventionFilter(include_retired=True), catalogue) == ["INT-07", "INT-22", "INT-30", "INT-38"]


def test_informational_entries_are_found_but_not_usable() -> None:
    context_only = intervention("INT-08", informational_only=True)
    assert codes(InterventionFilter(q="int-08"), (*CATALOGUE, context_only)) == ["INT-08"]
    assert not context_only.is_usable
