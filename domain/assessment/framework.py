"""The assessment framework (beoordelingskader) as versioned data: dimensions, indicators, scales,
guidance questions per audience, the parameters of the concern rules and the review cadence.

Structured professional judgement, not an actuarial score: nothing here sums ratings into a number.
A framework version is loaded from a file in the repository (see persistence/framework_files.py),
checked by `framework_problems`, stored, and published; a published version never changes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class DimensionCode(enum.StrEnum):
    IDEOLOGY = "ideology"
    VULNERABILITY = "vulnerability"
    NETWORK = "network"
    INTENT_BEHAVIOUR = "intent_behaviour"
    CAPABILITY = "capability"
    PROTECTIVE = "protective"


class DimensionKind(enum.StrEnum):
    RISK = "risk"
    PROTECTIVE = "protective"


class Presence(enum.StrEnum):
    """Is the indicator there? For protective indicators read absent / somewhat / clearly present."""

    ABSENT = "absent"
    PARTLY = "partly"
    PRESENT = "present"
    UNKNOWN = "unknown"


# Order of the known presence values; UNKNOWN is not on the scale.
PRESENCE_ORDER: dict[Presence, int] = {Presence.ABSENT: 0, Presence.PARTLY: 1, Presence.PRESENT: 2}


class Relevance(enum.IntEnum):
    """How much the indicator matters for this person (only meaningful when not absent/unknown)."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


RELEVANCE_NAMES: dict[Relevance, str] = {Relevance.LOW: "low", Relevance.MEDIUM: "medium", Relevance.HIGH: "high"}


class Trend(enum.StrEnum):
    """The assessor's reading of the direction since the previous assessment."""

    DECREASING = "decreasing"
    STABLE = "stable"
    INCREASING = "increasing"


class Audience(enum.StrEnum):
    """Who the guidance questions are asked of (de vragen achter het beoordelingskader)."""

    FAMILY_NETWORK = "family_network"
    PROFESSIONAL = "professional"
    CASE_CONFERENCE = "case_conference"
    POLICE = "police"


class QuestionPurpose(enum.StrEnum):
    EXPLORE = "explore"
    CHECK_EVIDENCE = "check_evidence"
    CHECK_PROTECTIVE = "check_protective"


class ConcernLevel(enum.StrEnum):
    INSUFFICIENT_INFORMATION = "insufficient_information"
    LOW = "low"
    ELEVATED = "elevated"
    HIGH = "high"
    ACUTE = "acute"

    @property
    def rank(self) -> int:
        """Order used by the monotonicity rules: insufficient information is the floor."""
        return _LEVEL_RANK[self]


_LEVEL_RANK = {
    ConcernLevel.INSUFFICIENT_INFORMATION: 0,
    ConcernLevel.LOW: 1,
    ConcernLevel.ELEVATED: 2,
    ConcernLevel.HIGH: 3,
    ConcernLevel.ACUTE: 4,
}


class FrameworkStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


@dataclass(frozen=True)
class LocalText:
    """Text in both interface languages; Dutch is the default."""

    nl: str
    en: str


@dataclass(frozen=True)
class GuidanceQuestion:
    audience: Audience
    text: LocalText
    purpose: QuestionPurpose = QuestionPurpose.EXPLORE


@dataclass(frozen=True)
class Dimension:
    code: DimensionCode
    kind: DimensionKind
    label: LocalText
    description: LocalText


@dataclass(frozen=True)
class Indicator:
    code: str  # stable key across versions, e.g. "A3"
    dimension: DimensionCode
    label: LocalText
    definition: LocalText
    examples: tuple[LocalText, ...] = ()
    counter_indicators: tuple[LocalText, ...] = ()
    acute: bool = False  # warning behaviour: present raises an alert, not just a higher level
    restricted: bool = False  # special category data (health): never shown to partners
    static: bool = False  # history that does not change (e.g. past violence)
    core: bool = True  # counts for the "insufficient information" rule
    questions: tuple[GuidanceQuestion, ...] = ()

    def questions_for(self, audience: Audience) -> tuple[GuidanceQuestion, ...]:
        return tuple(q for q in self.questions if q.audience is audience)


@dataclass(frozen=True)
class ConcernRuleSet:
    """Parameters of the rules in domain/assessment/concern.py. Thresholds are policy choices,
    versioned with the framework, not statistics."""

    # Insufficient information when more than this share (percent) of the core risk indicators is unknown
    # and no higher rule fires.
    unknown_core_threshold_percent: int = 50
    # Elevated: indicators present in at least this many risk dimensions.
    elevated_min_risk_dimensions: int = 2
    # High: intent/behaviour present and at least this many of the other risk dimensions with an
    # indicator present at high relevance.
    high_min_dimensions_with_high_relevance: int = 2
    # High: any of these indicators rated with an increasing trend while present or partly present.
    increasing_trend_indicators: tuple[str, ...] = ()
    # Protective indicators clearly present needed to keep an elevated pattern at low, provided no
    # risk indicator is present at high relevance.
    protective_min_present: int = 3


@dataclass(frozen=True)
class ReviewCadence:
    """Days until the next review, by final concern level, and follow-ups after closure (months)."""

    days_by_level: dict[ConcernLevel, int]
    follow_up_months_after_closure: tuple[int, ...] = (6, 12)


@dataclass(frozen=True)
class FrameworkVersion:
    code: str  # e.g. "beoordelingskader"
    version: str  # e.g. "2026.1"
    name: LocalText
    change_log: str
    dimensions: tuple[Dimension, ...]
    indicators: tuple[Indicator, ...]
    rules: ConcernRuleSet
    cadence: ReviewCadence
    _by_code: dict[str, Indicator] = field(default_factory=dict, init=False, repr=False, compare=False)
    _dimensions: dict[DimensionCode, Dimension] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {i.code: i for i in self.indicators})
        object.__setattr__(self, "_dimensions", {d.code: d for d in reversed(self.dimensions)})

    def indicator(self, code: str) -> Indicator | None:
        return self._by_code.get(code)

    def dimension(self, code: DimensionCode) -> Dimension | None:
        return self._dimensions.get(code)

    def indicators_in(self, code: DimensionCode) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.dimension is code)

    def is_protective(self, indicator: Indicator) -> bool:
        dimension = self.dimension(indicator.dimension)
        return dimension is not None and dimension.kind is DimensionKind.PROTECTIVE


def framework_problems(framework: FrameworkVersion) -> list[str]:
    """What makes a framework version unusable, as sentences naming the offending code; empty if sound.

    The file format is checked by the loader; these are the rules of the domain: unique codes, every
    dimension present once, indicators in a known dimension, at least one guidance question per
    audience for every indicator, rule parameters that refer to real indicators, a cadence per level.
    """
    problems: list[str] = []
    seen_dimensions = [d.code for d in framework.dimensions]
    for dimension_code in DimensionCode:
        if seen_dimensions.count(dimension_code) != 1:
            problems.append(f"dimension {dimension_code.value} must appear exactly once")
    for dimension in framework.dimensions:
        expected = DimensionKind.PROTECTIVE if dimension.code is DimensionCode.PROTECTIVE else DimensionKind.RISK
        if dimension.kind is not expected:
            problems.append(f"dimension {dimension.code.value} must be of kind {expected.value}")
    codes = [i.code for i in framework.indicators]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        problems.append(f"indicator {code} appears more than once")
    for indicator in framework.indicators:
        if not indicator.code.strip():
            problems.append("an indicator has an empty code")
        for audience in Audience:
            if not indicator.questions_for(audience):
                problems.append(f"indicator {indicator.code} has no guidance question for {audience.value}")
        if indicator.acute and framework.is_protective(indicator):
            problems.append(f"indicator {indicator.code} is protective and cannot be an acute flag")
    for code in framework.rules.increasing_trend_indicators:
        watched = framework.indicator(code)
        if watched is None:
            problems.append(f"rule parameter increasing_trend_indicators names unknown indicator {code}")
        elif framework.is_protective(watched):
            problems.append(f"rule parameter increasing_trend_indicators names protective indicator {code}")
    rules = framework.rules
    if rules.elevated_min_risk_dimensions < 1:
        problems.append("elevated_min_risk_dimensions must be at least 1")
    if rules.high_min_dimensions_with_high_relevance < 0 or rules.protective_min_present < 0:
        problems.append("rule minimums must not be negative")
    for level in ConcernLevel:
        days = framework.cadence.days_by_level.get(level)
        if days is None or days <= 0:
            problems.append(f"review cadence has no positive number of days for level {level.value}")
    if not 0 <= framework.rules.unknown_core_threshold_percent <= 100:
        problems.append("unknown_core_threshold_percent must be between 0 and 100")
    return problems
