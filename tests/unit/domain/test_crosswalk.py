"""The crosswalk from an external (police) model's item codes to our indicators: its checks, and how
ratings entered in external codes are shown on our indicators."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.assessment.crosswalk import (
    Crosswalk,
    CrosswalkEntry,
    MappingRelation,
    counted_presence,
    crosswalk_problem_details,
    crosswalk_problems,
    translate_ratings,
)
from domain.assessment.framework import Presence, Relevance, Trend
from domain.assessment.rating import IndicatorRating, SharingLevel
from tests.unit.domain.framework_builders import small_framework

R = MappingRelation
P = Presence


def crosswalk(*entries: tuple[str, str, str], framework_code: str = "testkader") -> Crosswalk:
    """Entries as (external code, our indicator code, relation)."""
    return Crosswalk(
        external_model="politie-kim",
        version="2026.1",
        framework_code=framework_code,
        framework_version="2026.1",
        entries=tuple(CrosswalkEntry(ext, f"label {ext}", ind, R(rel)) for ext, ind, rel in entries),
    )


def external(
    code: str,
    presence: Presence,
    relevance: Relevance | None = None,
    **extra: object,
) -> IndicatorRating:
    return IndicatorRating(code, presence, relevance, **extra)  # type: ignore[arg-type]


SOUND = crosswalk(("K1", "B1", "equivalent"), ("K6", "C1", "broader"), ("K6", "C2", "broader"), ("M4", "C1", "partial"))


def test_lookups_by_external_code_and_by_indicator() -> None:
    assert SOUND.external_codes == ("K1", "K6", "M4")
    assert SOUND.indicator_codes == ("B1", "C1", "C2")
    assert [e.indicator_code for e in SOUND.entries_for_external("K6")] == ["C1", "C2"]
    assert [e.external_code for e in SOUND.entries_for_indicator("C1")] == ["K6", "M4"]
    assert SOUND.external_label("M4") == "label M4"
    assert SOUND.external_label("X9") is None
    assert SOUND.entries_for_external("X9") == ()
    assert SOUND.maps("K1") and not SOUND.maps("B1")


def test_a_sound_crosswalk_has_no_problems() -> None:
    assert crosswalk_problems(SOUND, small_framework()) == []


def test_problems_name_the_offending_codes() -> None:
    bad = crosswalk(
        ("K1", "B1", "equivalent"),
        ("K1", "B1", "partial"),  # same pair again
        ("K2", "Z9", "broader"),  # not our indicator
        ("", "A1", "broader"),
        ("K3", " ", "narrower"),
    )
    problems = crosswalk_problems(bad, small_framework())
    assert len(problems) == 4
    assert any("K1" in p and "B1" in p and "more than once" in p for p in problems)
    assert any("K2" in p and "Z9" in p and "not in testkader 2026.1" in p for p in problems)
    assert any("empty external code" in p for p in problems)
    assert any("K3" in p and "empty indicator code" in p for p in problems)


def test_problems_point_at_the_entry_and_field() -> None:
    bad = crosswalk(("K1", "B1", "equivalent"), ("K2", "Z9", "broader"))
    [problem] = crosswalk_problem_details(bad, small_framework())
    assert (problem.entry_index, problem.field) == (1, "indicator_code")


def test_a_crosswalk_for_another_framework_is_refused() -> None:
    other = crosswalk(("K1", "B1", "equivalent"), framework_code="beoordelingskader")
    assert crosswalk_problems(other, small_framework()) == [
        "crosswalk is for beoordelingskader 2026.1, not for testkader 2026.1"
    ]


def test_one_external_item_with_two_labels_is_a_problem() -> None:
    entries = (
        CrosswalkEntry("K6", "Contacten in het milieu", "C1", R.BROADER),
        CrosswalkEntry("K6", "Contacten", "C2", R.BROADER),
    )
    cw = Crosswalk("politie-kim", "2026.1", "testkader", "2026.1", entries)
    [problem] = crosswalk_problems(cw, small_framework())
    assert "K6" in problem and "different labels" in problem


# What an external presence shows about our indicator, per relation.
COUNTED = [
    (R.EQUIVALENT, P.PRESENT, P.PRESENT),
    (R.EQUIVALENT, P.PARTLY, P.PARTLY),
    (R.EQUIVALENT, P.ABSENT, P.ABSENT),
    (R.EQUIVALENT, P.UNKNOWN, P.UNKNOWN),
    (R.NARROWER, P.PRESENT, P.PRESENT),
    (R.NARROWER, P.PARTLY, P.PARTLY),
    (R.NARROWER, P.ABSENT, P.UNKNOWN),  # another part of our broader indicator may be there
    (R.BROADER, P.PRESENT, P.PARTLY),  # may be present through what ours does not cover
    (R.BROADER, P.PARTLY, P.PARTLY),
    (R.BROADER, P.ABSENT, P.ABSENT),
    (R.PARTIAL, P.PRESENT, P.PARTLY),
    (R.PARTIAL, P.PARTLY, P.PARTLY),
    (R.PARTIAL, P.ABSENT, P.UNKNOWN),
    (R.PARTIAL, P.UNKNOWN, P.UNKNOWN),
]


@pytest.mark.parametrize(("relation", "entered", "shown"), COUNTED)
def test_a_single_item_is_shown_through_its_relation(relation: R, entered: P, shown: P) -> None:
    cw = crosswalk(("X1", "C1", relation.value))
    result = translate_ratings(
        cw, {"X1": external("X1", entered, Relevance.MEDIUM if entered in (P.PARTLY, P.PRESENT) else None)}
    )
    translated = result.for_indicator("C1")
    assert translated is not None
    assert translated.rating.presence is shown
    assert translated.fed_by == ("X1",)
    assert translated.derived is (relation is not R.EQUIVALENT)
    assert translated.contributions[0].adjusted is (entered is not shown)


def test_an_equivalent_rating_is_taken_over_as_entered() -> None:
    rating = external(
        "K1",
        P.PRESENT,
        Relevance.HIGH,
        trend=Trend.INCREASING,
        evidence_for="zoekt houvast bij groep",
        source="politie",
        source_on=date(2026, 3, 1),
        sharing=SharingLevel.SUMMARY_ONLY,
    )
    result = translate_ratings(SOUND, {"K1": rating})
    assert result.ratings == {
        "B1": IndicatorRating(
            "B1",
            P.PRESENT,
            Relevance.HIGH,
            Trend.INCREASING,
            evidence_for="[K1] zoekt houvast bij groep",
            source="politie",
            source_on=date(2026, 3, 1),
            sharing=SharingLevel.SUMMARY_ONLY,
        )
    }
    assert result.for_indicator("B1").derived is False  # type: ignore[union-attr]


def test_several_items_give_the_most_pronounced_presence_and_the_highest_relevance() -> None:
    cw = crosswalk(("K6", "C1", "broader"), ("M4", "C1", "equivalent"), ("I9", "C1", "equivalent"))
    result = translate_ratings(
        cw,
        {
            "K6": external("K6", P.PRESENT, Relevance.HIGH),  # counted as partly
            "M4": external("M4", P.ABSENT),
            "I9": external("I9", P.UNKNOWN),
        },
    )
    translated = result.for_indicator("C1")
    assert translated is not None
    assert translated.rating.presence is P.PARTLY
    assert translated.rating.relevance is Relevance.HIGH
    assert translated.fed_by == ("K6", "M4", "I9")
    assert translated.derived


@pytest.mark.parametrize(
    ("entered", "shown"),
    [
        ((P.UNKNOWN, P.UNKNOWN), P.UNKNOWN),
        ((P.ABSENT, P.UNKNOWN), P.ABSENT),
        ((P.ABSENT, P.PARTLY), P.PARTLY),
        ((P.PRESENT, P.ABSENT), P.PRESENT),
    ],
)
def test_unknown_only_when_every_item_is_unknown(entered: tuple[P, P], shown: P) -> None:
    cw = crosswalk(("X1", "D1", "equivalent"), ("X2", "D1", "equivalent"))
    ratings = {
        code: external(code, p, Relevance.LOW if p in (P.PARTLY, P.PRESENT) else None)
        for code, p in zip(("X1", "X2"), entered, strict=True)
    }
    assert translate_ratings(cw, ratings).ratings["D1"].presence is shown


def test_relevance_is_dropped_when_the_indicator_is_not_shown_as_there() -> None:
    cw = crosswalk(("M2", "E1", "narrower"))
    # Absent on a narrower item says nothing either way; a stray relevance must not travel.
    rating = translate_ratings(cw, {"M2": external("M2", P.ABSENT, Relevance.HIGH)}).ratings["E1"]
    assert (rating.presence, rating.relevance) == (P.UNKNOWN, None)


def test_evidence_is_joined_and_the_strictest_sharing_level_is_kept() -> None:
    cw = crosswalk(("K6", "C1", "broader"), ("M4", "C1", "partial"))
    result = translate_ratings(
        cw,
        {
            "K6": external(
                "K6",
                P.PRESENT,
                Relevance.MEDIUM,
                evidence_for="bezoekt bijeenkomsten",
                source="politie",
                source_on=date(2026, 2, 1),
                sharing=SharingLevel.SUMMARY_ONLY,
            ),
            "M4": external(
                "M4",
                P.ABSENT,
                evidence_against="geen logistieke contacten bekend",
                source="politie",
                source_on=date(2026, 3, 15),
                sharing=SharingLevel.OWN_ORGANISATION,
            ),
        },
    )
    rating = result.ratings["C1"]
    assert rating.evidence_for == "[K6] bezoekt bijeenkomsten"
    assert rating.evidence_against == "[M4] geen logistieke contacten bekend"
    assert rating.sharing is SharingLevel.OWN_ORGANISATION
    assert rating.source == "politie"
    assert rating.source_on == date(2026, 3, 15)


def test_trend_is_kept_only_when_the_items_agree() -> None:
    cw = crosswalk(("X1", "D1", "equivalent"), ("X2", "D1", "equivalent"))

    def trend_of(first: Trend | None, second: Trend | None) -> Trend | None:
        ratings = {
            "X1": external("X1", P.PRESENT, Relevance.LOW, trend=first),
            "X2": external("X2", P.PRESENT, Relevance.LOW, trend=second),
        }
        return translate_ratings(cw, ratings).ratings["D1"].trend

    assert trend_of(Trend.INCREASING, Trend.INCREASING) is Trend.INCREASING
    assert trend_of(Trend.INCREASING, None) is Trend.INCREASING
    assert trend_of(Trend.INCREASING, Trend.STABLE) is None


def test_unmapped_codes_are_listed_and_unrated_indicators_left_out() -> None:
    result = translate_ratings(
        SOUND, {"Q2": external("Q2", P.PRESENT), "K1": external("K1", P.ABSENT), "Q1": external("Q1", P.ABSENT)}
    )
    assert result.unmapped == ("Q1", "Q2")
    assert list(result.ratings) == ["B1"]  # C1 and C2 were not rated: not the same as unknown
    assert result.for_indicator("C1") is None
    assert (result.external_model, result.version) == ("politie-kim", "2026.1")


PRESENCES = st.sampled_from(list(Presence))
SHARING = st.sampled_from(list(SharingLevel))
RELATIONS = st.sampled_from(list(MappingRelation))
STRICTNESS = [SharingLevel.SHAREABLE, SharingLevel.SUMMARY_ONLY, SharingLevel.OWN_ORGANISATION]


@given(st.lists(st.tuples(RELATIONS, PRESENCES, SHARING), min_size=1, max_size=5))
def test_only_equivalent_or_narrower_items_rated_present_make_ours_present(
    items: list[tuple[MappingRelation, Presence, SharingLevel]],
) -> None:
    codes = [f"X{i}" for i in range(len(items))]
    cw = crosswalk(*((code, "D1", relation.value) for code, (relation, _, _) in zip(codes, items, strict=True)))
    ratings = {code: external(code, p, sharing=s) for code, (_, p, s) in zip(codes, items, strict=True)}
    rating = translate_ratings(cw, ratings).ratings["D1"]
    direct_present = any(r in (R.EQUIVALENT, R.NARROWER) and p is P.PRESENT for r, p, _ in items)
    assert (rating.presence is P.PRESENT) is direct_present
    assert STRICTNESS.index(rating.sharing) == max(STRICTNESS.index(s) for _, _, s in items)
    assert (rating.presence is P.UNKNOWN) is all(counted_presence(r, p) is P.UNKNOWN for r, p, _ in items)
