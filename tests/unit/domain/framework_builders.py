"""A small but sound framework version for the assessment tests: all six dimensions, two or three
indicators each, a guidance question for every audience, and ratings written as short strings."""

from __future__ import annotations

from domain.assessment.framework import (
    Audience,
    ConcernLevel,
    ConcernRuleSet,
    Dimension,
    DimensionCode,
    DimensionKind,
    FrameworkVersion,
    GuidanceQuestion,
    Indicator,
    LocalText,
    Presence,
    Relevance,
    ReviewCadence,
    Trend,
)
from domain.assessment.rating import IndicatorRating

D = DimensionCode

# code: (dimension, label, acute, core); labels from reference 4.3.
INDICATORS: dict[str, tuple[DimensionCode, str, bool, bool]] = {
    "A1": (D.IDEOLOGY, "Wij-zij denken", False, True),
    "A3": (D.IDEOLOGY, "Rechtvaardiging van geweld", False, True),
    "A6": (D.IDEOLOGY, "Extremistisch materiaal", False, False),
    "B1": (D.VULNERABILITY, "Zoeken naar identiteit", False, True),
    "B6": (D.VULNERABILITY, "Sociaal isolement", False, False),
    "C1": (D.NETWORK, "Extremistische contacten", False, True),
    "C2": (D.NETWORK, "Online gemeenschap", False, True),
    "D1": (D.INTENT_BEHAVIOUR, "Dreiging / intentie", True, True),
    "D3": (D.INTENT_BEHAVIOUR, "Voorbereiding", True, True),
    "D4": (D.INTENT_BEHAVIOUR, "Identificatie met daders", False, True),
    "E1": (D.CAPABILITY, "Geweldsverleden", False, True),
    "E2": (D.CAPABILITY, "Vaardigheden", False, True),
    "P1": (D.PROTECTIVE, "Steunend gezin", False, True),
    "P2": (D.PROTECTIVE, "Zinvolle dagbesteding", False, True),
    "P3": (D.PROTECTIVE, "Prosociaal netwerk", False, True),
}
RISK_CODES = [c for c, (d, *_) in INDICATORS.items() if d is not D.PROTECTIVE]
PROTECTIVE_CODES = [c for c, (d, *_) in INDICATORS.items() if d is D.PROTECTIVE]
ACUTE_CODES = [c for c, (_, _, acute, _) in INDICATORS.items() if acute]
CORE_RISK_CODES = [c for c in RISK_CODES if INDICATORS[c][3]]

RULES = ConcernRuleSet(
    unknown_core_threshold_percent=50,
    elevated_min_risk_dimensions=2,
    high_min_dimensions_with_high_relevance=2,
    increasing_trend_indicators=("A3", "D4"),
    protective_min_present=2,
)


def _text(nl: str) -> LocalText:
    return LocalText(nl=nl, en=nl)


def _indicator(code: str, dimension: DimensionCode, label: str, acute: bool, core: bool) -> Indicator:
    questions = tuple(GuidanceQuestion(a, _text(f"{label}: vraag voor {a.value}")) for a in Audience)
    return Indicator(code, dimension, _text(label), _text(label), acute=acute, core=core, questions=questions)


def small_framework(rules: ConcernRuleSet = RULES) -> FrameworkVersion:
    dimensions = tuple(
        Dimension(d, DimensionKind.PROTECTIVE if d is D.PROTECTIVE else DimensionKind.RISK, _text(d), _text(d))
        for d in DimensionCode
    )
    return FrameworkVersion(
        code="testkader",
        version="2026.1",
        name=_text("Testkader"),
        change_log="Voor de tests.",
        dimensions=dimensions,
        indicators=tuple(_indicator(code, *spec) for code, spec in INDICATORS.items()),
        rules=rules,
        cadence=ReviewCadence(days_by_level={level: 30 for level in ConcernLevel}),
    )


_PRESENCE = {"?": Presence.UNKNOWN, "-": Presence.ABSENT, "~": Presence.PARTLY, "+": Presence.PRESENT}
_RELEVANCE = {"L": Relevance.LOW, "M": Relevance.MEDIUM, "H": Relevance.HIGH}
_TREND = {"v": Trend.DECREASING, "=": Trend.STABLE, "^": Trend.INCREASING}


def rated(**spec: str) -> dict[str, IndicatorRating]:
    """Ratings from short strings: presence `? - ~ +`, then optional relevance `L M H` and trend `v = ^`.
    rated(A1="+H", D4="~M^") is A1 present with high relevance and D4 partly, medium, increasing."""
    ratings = {}
    for code, text in spec.items():
        presence = _PRESENCE[text[0]]
        relevance = next((_RELEVANCE[c] for c in text[1:] if c in _RELEVANCE), None)
        trend = next((_TREND[c] for c in text[1:] if c in _TREND), None)
        ratings[code] = IndicatorRating(code, presence, relevance, trend)
    return ratings
