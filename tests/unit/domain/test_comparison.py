"""The side-by-side view of the perspectives on one case and the disagreements the case conference
should settle."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from domain.assessment.comparison import (
    Comparison,
    DisagreementKind,
    PerspectiveRatings,
    compare_perspectives,
)
from domain.assessment.crosswalk import Crosswalk, CrosswalkEntry, MappingRelation, translate_ratings
from domain.assessment.framework import DimensionCode, Presence, Relevance
from domain.assessment.rating import IndicatorRating as Rating
from tests.unit.domain.framework_builders import INDICATORS, rated, small_framework

K = DisagreementKind


def perspective(label: str, ratings: dict[str, Rating]) -> PerspectiveRatings:
    return PerspectiveRatings(label, uuid.uuid5(uuid.NAMESPACE_URL, label), date(2026, 4, 1), ratings)


def compare(**perspectives: dict[str, Rating]) -> Comparison:
    return compare_perspectives(small_framework(), [perspective(label, r) for label, r in perspectives.items()])


def kinds(comparison: Comparison) -> list[tuple[str, DisagreementKind, tuple[str, ...], tuple[str, ...]]]:
    return [(d.indicator_code, d.kind, d.higher, d.lower) for d in comparison.disagreements]


def test_rows_follow_the_framework_and_cells_the_perspectives_given() -> None:
    comparison = compare(police=rated(E1="+H"), municipality=rated(A1="~M", E1="?"))
    assert [d.dimension for d in comparison.dimensions] == list(DimensionCode)
    assert [r.indicator_code for d in comparison.dimensions for r in d.rows] == list(INDICATORS)
    row = comparison.row("E1")
    assert row is not None and row.dimension is DimensionCode.CAPABILITY
    assert [(c.perspective, c.presence, c.relevance) for c in row.cells] == [
        ("police", Presence.PRESENT, Relevance.HIGH),
        ("municipality", Presence.UNKNOWN, None),
    ]
    not_rated = comparison.row("A1").cell("police")  # type: ignore[union-attr]
    assert not_rated is not None and (not_rated.presence, not_rated.relevance) == (None, None)


def test_absent_against_present_is_a_disagreement_but_one_step_is_not() -> None:
    comparison = compare(police=rated(D1="+H", C1="~M"), municipality=rated(D1="-", C1="+M"), care=rated(D1="-"))
    assert kinds(comparison) == [("D1", K.PRESENCE, ("police",), ("municipality", "care"))]
    assert comparison.row("D1").disagreements == (K.PRESENCE,)  # type: ignore[union-attr]
    assert comparison.row("C1").disagreements == ()  # type: ignore[union-attr]


def test_a_rating_against_unknown_is_an_information_gap() -> None:
    # The example from the reference: police rate capability high, the municipality does not know.
    comparison = compare(police=rated(E2="+H", E1="~M"), municipality=rated(E2="?", E1="?"))
    assert kinds(comparison) == [
        ("E1", K.INFORMATION_GAP, ("police",), ("municipality",)),
        ("E2", K.INFORMATION_GAP, ("police",), ("municipality",)),
    ]


def test_not_rated_or_not_visible_is_no_information_gap() -> None:
    comparison = compare(police=rated(E2="+H"), municipality=rated(), joint=rated(E2="-"))
    assert kinds(comparison) == [("E2", K.PRESENCE, ("police",), ("joint",))]


def test_absent_against_unknown_is_no_disagreement() -> None:
    assert compare(police=rated(C2="-"), municipality=rated(C2="?")).disagreements == ()


def test_low_against_high_relevance_while_both_see_the_indicator() -> None:
    comparison = compare(police=rated(A3="+H", B1="~H", C2="+M"), municipality=rated(A3="+L", B1="+L", C2="+L"))
    assert kinds(comparison) == [
        ("A3", K.RELEVANCE, ("police",), ("municipality",)),
        ("B1", K.RELEVANCE, ("police",), ("municipality",)),
    ]


def test_several_kinds_on_one_indicator_are_each_listed() -> None:
    comparison = compare(police=rated(D3="+H"), municipality=rated(D3="-"), care=rated(D3="?"), joint=rated(D3="~L"))
    assert kinds(comparison) == [
        ("D3", K.PRESENCE, ("police",), ("municipality",)),
        ("D3", K.INFORMATION_GAP, ("police", "joint"), ("care",)),
        ("D3", K.RELEVANCE, ("police",), ("joint",)),
    ]
    assert comparison.disagreements[1].perspectives == ("police", "joint", "care")


def test_disagreements_follow_the_framework_order() -> None:
    comparison = compare(police=rated(P1="+M", A1="+M", D1="+M"), municipality=rated(P1="-", A1="-", D1="-"))
    assert [d.indicator_code for d in comparison.disagreements] == ["A1", "D1", "P1"]
    assert [d.dimension for d in comparison.disagreements] == [
        DimensionCode.IDEOLOGY,
        DimensionCode.INTENT_BEHAVIOUR,
        DimensionCode.PROTECTIVE,
    ]


def test_dimension_summary_names_who_sees_an_indicator_present() -> None:
    comparison = compare(police=rated(E1="+H", E2="+M", C1="~M"), municipality=rated(E1="~M", C1="+L"))
    capability = comparison.dimension(DimensionCode.CAPABILITY)
    network = comparison.dimension(DimensionCode.NETWORK)
    assert capability is not None and network is not None
    assert capability.perspectives_with_present == ("police",)
    assert capability.present == {"police": ("E1", "E2"), "municipality": ()}
    assert network.perspectives_with_present == ("municipality",)
    assert comparison.dimension(DimensionCode.PROTECTIVE).perspectives_with_present == ()  # type: ignore[union-attr]


def test_codes_outside_the_framework_are_reported_not_shown() -> None:
    comparison = compare(police={"K1": Rating("K1", Presence.PRESENT), **rated(A1="+M")}, municipality=rated())
    assert comparison.not_in_framework == {"police": ("K1",), "municipality": ()}
    assert comparison.row("K1") is None


def test_the_same_perspective_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="police"):
        compare_perspectives(small_framework(), [perspective("police", {}), perspective("police", {})])


def test_one_perspective_or_none_has_nothing_to_disagree_about() -> None:
    assert compare(police=rated(D1="+H", D3="?")).disagreements == ()
    empty = compare_perspectives(small_framework(), [])
    assert empty.disagreements == ()
    assert all(row.cells == () for d in empty.dimensions for row in d.rows)


def test_a_police_assessment_in_its_own_codes_is_compared_through_the_crosswalk() -> None:
    crosswalk = Crosswalk(
        "politie-kim",
        "2026.1",
        "testkader",
        "2026.1",
        (
            CrosswalkEntry("M1", "Eerder gepleegd geweld", "E1", MappingRelation.NARROWER),
            CrosswalkEntry("K6", "Contacten in het milieu", "C1", MappingRelation.BROADER),
        ),
    )
    police = translate_ratings(
        crosswalk,
        {"M1": Rating("M1", Presence.PRESENT, Relevance.HIGH), "K6": Rating("K6", Presence.PRESENT, Relevance.MEDIUM)},
    )
    comparison = compare(police=police.ratings, municipality=rated(E1="?", C1="-"))
    assert kinds(comparison) == [("E1", K.INFORMATION_GAP, ("police",), ("municipality",))]  # C1 shows as partly only
    assert comparison.row("C1").cell("police").presence is Presence.PARTLY  # type: ignore[union-attr]
