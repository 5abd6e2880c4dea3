"""Interventions to offer beside the goals: for each risk indicator rated present (or partly, with high
relevance) in the plan's basis assessment, the usable catalogue interventions that target it and fit the
person's age. Offered only; a plan never takes one over by itself. The first draft of a plan starts from the same
assessment: its formulation opens the interpretation and its protective indicators the factors to strengthen."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from domain.assessment.framework import Presence, Relevance
from domain.assessment.model import Formulation
from domain.assessment.rating import IndicatorRating
from domain.plan.catalogue import Intervention
from domain.plan.model import ProtectiveFactor


@dataclass(frozen=True)
class Suggestion:
    indicator_code: str
    interventions: tuple[Intervention, ...]


def calls_for_action(rating: IndicatorRating) -> bool:
    if rating.presence is Presence.PRESENT:
        return True
    return rating.presence is Presence.PARTLY and rating.relevance is Relevance.HIGH


def suggest_interventions(
    ratings: Iterable[IndicatorRating],
    catalogue: Iterable[Intervention],
    age: int | None,
    protective_codes: Collection[str] = (),
) -> list[Suggestion]:
    """Per indicator (by code), the matching interventions (by code); indicators without a match are left out.
    Protective indicators are strengths, not needs, and get no suggestions."""
    usable = sorted((i for i in catalogue if i.is_usable and i.fits_age(age)), key=lambda i: i.code)
    codes = sorted({r.code for r in ratings if calls_for_action(r) and r.code not in protective_codes})
    suggestions = (Suggestion(code, tuple(i for i in usable if code in i.target_indicators)) for code in codes)
    return [s for s in suggestions if s.interventions]


# The plan is a Dutch document for the case conference: its first draft quotes the formulation under Dutch labels.
_FORMULATION_LABELS = (
    ("drivers", "Drijvende factoren"),
    ("inhibitors", "Remmende factoren"),
    ("destabilisers", "Destabiliserende factoren"),
    ("protective_anchors", "Beschermende ankers"),
)


def first_interpretation(formulation: Formulation) -> str:
    """The start of the problem interpretation (duiding): the basis assessment's formulation, to be rewritten."""
    parts = [(label, getattr(formulation, name).strip()) for name, label in _FORMULATION_LABELS]
    return "\n\n".join(f"{label}: {text}" for label, text in parts if text)


def protective_factors_to_strengthen(
    ratings: Iterable[IndicatorRating], protective_codes: Collection[str]
) -> list[ProtectiveFactor]:
    """Protective indicators the assessment found (partly) present: the strengths the plan builds on."""
    found = (r for r in ratings if r.code in protective_codes and r.presence in (Presence.PRESENT, Presence.PARTLY))
    return [ProtectiveFactor(r.code, r.evidence_for.strip()[:500]) for r in sorted(found, key=lambda r: r.code)]
