"""Interventions to offer beside the goals: for each risk indicator rated present (or partly, with high
relevance) in the plan's basis assessment, the usable catalogue interventions that target it and fit the
person's age. Offered only; a plan never takes one over by itself."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from domain.assessment.framework import Presence, Relevance
from domain.assessment.rating import IndicatorRating
from domain.plan.catalogue import Intervention


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
