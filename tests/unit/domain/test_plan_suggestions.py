"""Suggestions: usable interventions that target indicators rated present, or partly with high relevance, and
fit the person's age; never for protective indicators, retired or information-only interventions."""

from __future__ import annotations

from domain.assessment.framework import Presence, Relevance
from domain.assessment.model import Formulation
from domain.assessment.rating import IndicatorRating
from domain.plan.catalogue import AgeRange
from domain.plan.model import ProtectiveFactor
from domain.plan.suggestions import (
    Suggestion,
    first_interpretation,
    protective_factors_to_strengthen,
    suggest_interventions,
)
from tests.unit.domain.plan_builders import AT, intervention

RATINGS = [
    IndicatorRating("A1", Presence.PRESENT, Relevance.LOW),
    IndicatorRating("B2", Presence.PARTLY, Relevance.HIGH),
    IndicatorRating("C3", Presence.PARTLY, Relevance.MEDIUM),  # partly, not high: no suggestion
    IndicatorRating("D4", Presence.ABSENT),
    IndicatorRating("P1", Presence.PRESENT, Relevance.HIGH),  # protective: a strength
]


def codes(result: list[Suggestion]) -> list[tuple[str, list[str]]]:
    return [(s.indicator_code, [i.code for i in s.interventions]) for s in result]


def test_present_and_partly_high_indicators_get_their_interventions() -> None:
    catalogue = [
        intervention("INT-02", target_indicators=("A1", "B2")),
        intervention("INT-01", target_indicators=("A1",)),
        intervention("INT-03", target_indicators=("C3", "D4", "P1")),
    ]
    result = suggest_interventions(RATINGS, catalogue, age=None, protective_codes={"P1"})
    assert codes(result) == [("A1", ["INT-01", "INT-02"]), ("B2", ["INT-02"])]


def test_unusable_and_unfitting_interventions_are_not_offered() -> None:
    retired = intervention("INT-01")
    retired.retire("Gestopt", AT)
    catalogue = [
        retired,
        intervention("INT-02", informational_only=True),
        intervention("INT-03", target_age=AgeRange(min=12, max=17)),
        intervention("INT-04", target_age=AgeRange(min=18)),
    ]
    assert codes(suggest_interventions(RATINGS, catalogue, age=16)) == [("A1", ["INT-03"])]
    assert codes(suggest_interventions(RATINGS, catalogue, age=None)) == [("A1", ["INT-03", "INT-04"])]
    assert suggest_interventions([], catalogue, age=None) == []


def test_the_first_draft_starts_from_the_assessments_formulation_and_strengths() -> None:
    formulation = Formulation(drivers="Zoekt erkenning.", inhibitors="", protective_anchors="Band met de mentor.")
    assert (
        first_interpretation(formulation)
        == "Drijvende factoren: Zoekt erkenning.\n\nBeschermende ankers: Band met de mentor."
    )
    ratings = [
        *RATINGS,
        IndicatorRating("P2", Presence.PARTLY, Relevance.LOW, evidence_for="Gaat soms naar school."),
        IndicatorRating("P3", Presence.ABSENT),
    ]
    factors = protective_factors_to_strengthen(ratings, {"P1", "P2", "P3"})
    assert factors == [ProtectiveFactor("P1", ""), ProtectiveFactor("P2", "Gaat soms naar school.")]
