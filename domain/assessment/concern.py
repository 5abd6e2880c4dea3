"""The proposed concern level, the profile per dimension and the changes since the previous assessment.

Structured professional judgement (reference 4.1, 4.4): ratings are never added up into a score. The
rules propose a level and say which rule fired on which ratings; the casusoverleg sets the final level.
They are monotone (the tests check it with hypothesis): rating a risk indicator higher never lowers the
level, rating a protective indicator higher never raises it, and the "insufficient information" rule
reads only which indicators are unknown, which no such raise changes. Protective indicators count only
for the protective buffer: an acute flag or a trend parameter on one is ignored, never a reason to rise.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from domain.assessment.framework import (
    PRESENCE_ORDER,
    ConcernLevel,
    DimensionCode,
    DimensionKind,
    FrameworkVersion,
    Indicator,
    Presence,
    Relevance,
    Trend,
)
from domain.assessment.rating import IndicatorRating

_SEEN = (Presence.PARTLY, Presence.PRESENT)


class RuleCode(enum.StrEnum):
    ACUTE_FLAG = "acute_flag"  # an acute (warning behaviour) indicator present
    INTENT_WITH_HIGH_RELEVANCE = "intent_with_high_relevance"  # intent present and other dimensions high
    INCREASING_TREND = "increasing_trend"  # a watched indicator increasing while (partly) present
    SEVERAL_RISK_DIMENSIONS = "several_risk_dimensions"  # indicators present in several risk dimensions
    PROTECTIVE_BUFFER = "protective_buffer"  # protective factors keep that pattern from elevated
    CORE_UNKNOWN = "core_unknown"  # too many core risk indicators unknown to say more
    NO_RISK_PATTERN = "no_risk_pattern"  # none of the above: the (partly) present risk indicators


@dataclass(frozen=True)
class FiredRule:
    """A rule that fired, the level it proposes and the ratings behind it (codes in framework order)."""

    rule: RuleCode
    level: ConcernLevel
    indicator_codes: tuple[str, ...]
    dimensions: tuple[DimensionCode, ...]


@dataclass(frozen=True)
class Proposal:
    """The proposed level with every rule that fired at that level, plus the protective buffer when it
    kept the result below elevated. `rules_version` is "<framework code>/<version>"."""

    level: ConcernLevel
    fired: tuple[FiredRule, ...]
    rules_version: str


@dataclass(frozen=True)
class DimensionProfile:
    """Counts for one dimension; the same fields for risk and protective dimensions (read "present" of
    a protective dimension as "clearly present"). `increasing` counts (partly) present indicators whose
    trend is increasing."""

    dimension: DimensionCode
    kind: DimensionKind
    present: int
    partly: int
    absent: int
    unknown: int
    present_high_relevance: int
    increasing: int


class ChangeDirection(enum.StrEnum):
    WORSE = "worse"
    BETTER = "better"
    UNKNOWN_CHANGED = "unknown_changed"  # became known, became unknown, or relevance went unrated


@dataclass(frozen=True)
class IndicatorChange:
    """One indicator whose presence or relevance changed. Relevance is shown only where it counts (for a
    partly or present rating), so a stale relevance on an absent rating is no change."""

    code: str
    dimension: DimensionCode
    presence_before: Presence
    presence_after: Presence
    relevance_before: Relevance | None
    relevance_after: Relevance | None
    direction: ChangeDirection


def propose_level(framework: FrameworkVersion, ratings: Mapping[str, IndicatorRating]) -> Proposal:
    """Propose a concern level from the ratings (a missing code counts as unknown; codes outside the
    framework are ignored). Rules from the highest level down; the first level with a fired rule wins:

    - acute: an acute-flag indicator present, whatever its relevance;
    - high: an intent/behaviour indicator present and enough other risk dimensions each with an
      indicator present at high relevance; or a watched indicator increasing while (partly) present;
    - elevated: indicators present in enough risk dimensions, unless the protective buffer holds
      (enough protective indicators present, no risk indicator present at high relevance, no
      intent/behaviour indicator present);
    - insufficient information: more than the threshold share of core risk indicators unknown, or no
      risk indicator known at all;
    - low: otherwise, because of the buffer or because there is no risk pattern.
    """
    view = _View(framework, ratings)
    version = f"{framework.code}/{framework.version}"
    for fired in (_acute(view), _high(view)):
        if fired:
            return Proposal(fired[0].level, fired, version)
    pattern = _several_risk_dimensions(view)
    buffer = _protective_buffer(view) if pattern is not None else None
    if pattern is not None and buffer is None:
        return Proposal(ConcernLevel.ELEVATED, (pattern,), version)
    buffered = (buffer,) if buffer is not None else ()
    unknown = _core_unknown(view)
    if unknown is not None:
        return Proposal(ConcernLevel.INSUFFICIENT_INFORMATION, (unknown, *buffered), version)
    return Proposal(ConcernLevel.LOW, buffered or (_no_risk_pattern(view),), version)


def dimension_profiles(
    framework: FrameworkVersion, ratings: Mapping[str, IndicatorRating]
) -> tuple[DimensionProfile, ...]:
    """Counts per dimension in framework order. Deliberately no totals across dimensions and no shares."""
    view = _View(framework, ratings)
    profiles = []
    for dimension in framework.dimensions:
        rated = [r for i, r in view.all if i.dimension is dimension.code]
        profiles.append(
            DimensionProfile(
                dimension=dimension.code,
                kind=dimension.kind,
                present=sum(r.presence is Presence.PRESENT for r in rated),
                partly=sum(r.presence is Presence.PARTLY for r in rated),
                absent=sum(r.presence is Presence.ABSENT for r in rated),
                unknown=sum(r.presence is Presence.UNKNOWN for r in rated),
                present_high_relevance=sum(_present_high(r) for r in rated),
                increasing=sum(_increasing(r) for r in rated),
            )
        )
    return tuple(profiles)


def changes_since(
    framework: FrameworkVersion,
    previous: Mapping[str, IndicatorRating],
    current: Mapping[str, IndicatorRating],
) -> tuple[IndicatorChange, ...]:
    """The indicators whose presence or (counting) relevance changed, in framework order. For a
    protective indicator a higher rating is better; for a risk indicator it is worse. A change of
    presence decides the direction; relevance decides only when presence stayed the same."""
    changes = []
    for indicator in framework.indicators:
        before, after = _rating(previous, indicator), _rating(current, indicator)
        relevance = (_counting_relevance(before), _counting_relevance(after))
        if before.presence is after.presence and relevance[0] == relevance[1]:
            continue
        higher = _higher(before.presence, after.presence, *relevance)
        direction = ChangeDirection.UNKNOWN_CHANGED
        if higher is not None:
            direction = (
                ChangeDirection.BETTER if higher is framework.is_protective(indicator) else ChangeDirection.WORSE
            )
        presence = (before.presence, after.presence)
        changes.append(IndicatorChange(indicator.code, indicator.dimension, *presence, *relevance, direction))
    return tuple(changes)


def level_change(previous: Proposal | None, current: Proposal) -> ChangeDirection | None:
    """How the proposed level moved; None when there is no previous proposal or the level is the same.
    Insufficient information is not "better" than low, whatever its rank: it is an unknown change."""
    if previous is None or previous.level is current.level:
        return None
    if ConcernLevel.INSUFFICIENT_INFORMATION in (previous.level, current.level):
        return ChangeDirection.UNKNOWN_CHANGED
    return ChangeDirection.WORSE if current.level.rank > previous.level.rank else ChangeDirection.BETTER


# --- the rules ---------------------------------------------------------------------------------------


class _View:
    """The framework's indicators paired with their ratings, split into risk and protective."""

    def __init__(self, framework: FrameworkVersion, ratings: Mapping[str, IndicatorRating]) -> None:
        self.framework = framework
        self.all = [(i, _rating(ratings, i)) for i in framework.indicators]
        self.risk = [(i, r) for i, r in self.all if not framework.is_protective(i)]
        self.protective = [(i, r) for i, r in self.all if framework.is_protective(i)]

    def fire(self, rule: RuleCode, level: ConcernLevel, indicators: Iterable[Indicator]) -> FiredRule:
        chosen = {i.code for i in indicators}
        codes = tuple(i.code for i in self.framework.indicators if i.code in chosen)
        dimensions = {i.dimension for i in self.framework.indicators if i.code in chosen}
        order = [d.code for d in self.framework.dimensions] + list(DimensionCode)
        return FiredRule(rule, level, codes, tuple(sorted(dimensions, key=order.index)))


def _acute(view: _View) -> tuple[FiredRule, ...]:
    flagged = [i for i, r in view.risk if i.acute and r.presence is Presence.PRESENT]
    return (view.fire(RuleCode.ACUTE_FLAG, ConcernLevel.ACUTE, flagged),) if flagged else ()


def _high(view: _View) -> tuple[FiredRule, ...]:
    rules = view.framework.rules
    fired = []
    intent = [i for i, r in view.risk if i.dimension is DimensionCode.INTENT_BEHAVIOUR and _present(r)]
    strong = [i for i, r in view.risk if i.dimension is not DimensionCode.INTENT_BEHAVIOUR and _present_high(r)]
    if intent and len({i.dimension for i in strong}) >= rules.high_min_dimensions_with_high_relevance:
        fired.append(view.fire(RuleCode.INTENT_WITH_HIGH_RELEVANCE, ConcernLevel.HIGH, intent + strong))
    watched = set(rules.increasing_trend_indicators)
    rising = [i for i, r in view.risk if i.code in watched and _increasing(r)]
    if rising:
        fired.append(view.fire(RuleCode.INCREASING_TREND, ConcernLevel.HIGH, rising))
    return tuple(fired)


def _several_risk_dimensions(view: _View) -> FiredRule | None:
    present = [i for i, r in view.risk if _present(r)]
    if len({i.dimension for i in present}) < view.framework.rules.elevated_min_risk_dimensions:
        return None
    return view.fire(RuleCode.SEVERAL_RISK_DIMENSIONS, ConcernLevel.ELEVATED, present)


def _protective_buffer(view: _View) -> FiredRule | None:
    present = [i for i, r in view.protective if _present(r)]
    if len(present) < view.framework.rules.protective_min_present:
        return None
    if any(_present_high(r) for _, r in view.risk):
        return None
    if any(i.dimension is DimensionCode.INTENT_BEHAVIOUR and _present(r) for i, r in view.risk):
        return None
    return view.fire(RuleCode.PROTECTIVE_BUFFER, ConcernLevel.LOW, present)


def _core_unknown(view: _View) -> FiredRule | None:
    core = [(i, r) for i, r in view.risk if i.core]
    unknown_core = [i for i, r in core if not r.known]
    too_many = len(unknown_core) * 100 > view.framework.rules.unknown_core_threshold_percent * len(core)
    # Not in the rule text: with nothing known about risk at all, "low" would be a guess, whatever
    # the threshold (100) or the number of core indicators (none).
    nothing_known = not any(r.known for _, r in view.risk)
    if not (too_many or nothing_known):
        return None
    unknown = unknown_core or [i for i, _ in view.risk]
    return view.fire(RuleCode.CORE_UNKNOWN, ConcernLevel.INSUFFICIENT_INFORMATION, unknown)


def _no_risk_pattern(view: _View) -> FiredRule:
    seen = [i for i, r in view.risk if r.presence in _SEEN]
    return view.fire(RuleCode.NO_RISK_PATTERN, ConcernLevel.LOW, seen)


# --- ratings -----------------------------------------------------------------------------------------


def _rating(ratings: Mapping[str, IndicatorRating], indicator: Indicator) -> IndicatorRating:
    return ratings.get(indicator.code) or IndicatorRating(indicator.code)


def _present(rating: IndicatorRating) -> bool:
    return rating.presence is Presence.PRESENT


def _present_high(rating: IndicatorRating) -> bool:
    return rating.presence is Presence.PRESENT and rating.relevance == Relevance.HIGH


def _increasing(rating: IndicatorRating) -> bool:
    return rating.presence in _SEEN and rating.trend is Trend.INCREASING


def _counting_relevance(rating: IndicatorRating) -> Relevance | None:
    return rating.relevance if rating.presence in _SEEN else None


def _higher(
    presence_before: Presence,
    presence_after: Presence,
    relevance_before: Relevance | None,
    relevance_after: Relevance | None,
) -> bool | None:
    """Whether the rating went up the scale; None when that cannot be said (unknown on either side)."""
    if Presence.UNKNOWN in (presence_before, presence_after):
        return None
    if presence_before is not presence_after:
        return PRESENCE_ORDER[presence_after] > PRESENCE_ORDER[presence_before]
    if relevance_before is None or relevance_after is None:
        return None
    return relevance_after > relevance_before
