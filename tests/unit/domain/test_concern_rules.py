"""The proposed concern level (reference 4.4): one example per rule, then the properties that make the
rules trustworthy under hypothesis, then the profile per dimension and the change view."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.assessment.concern import (
    ChangeDirection,
    DimensionProfile,
    FiredRule,
    IndicatorChange,
    Proposal,
    RuleCode,
    changes_since,
    dimension_profiles,
    level_change,
    propose_level,
)
from domain.assessment.framework import (
    ConcernLevel,
    ConcernRuleSet,
    DimensionCode,
    DimensionKind,
    FrameworkVersion,
    Presence,
    Relevance,
    Trend,
    framework_problems,
)
from domain.assessment.rating import IndicatorRating
from tests.unit.domain.framework_builders import (
    ACUTE_CODES,
    CORE_RISK_CODES,
    INDICATORS,
    PROTECTIVE_CODES,
    RISK_CODES,
    rated,
    small_framework,
)

L, R, D = ConcernLevel, RuleCode, DimensionCode
FRAMEWORK = small_framework()
PROPERTY = settings(max_examples=300, derandomize=True, deadline=None)


def all_absent(**overrides: str) -> dict[str, IndicatorRating]:
    """Every risk indicator rated absent (so the unknown rule stays quiet), then the overrides."""
    return rated(**{code: "-" for code in RISK_CODES}) | rated(**overrides)


def summary(proposal: Proposal) -> tuple[ConcernLevel, list[tuple[RuleCode, tuple[str, ...]]]]:
    return proposal.level, [(f.rule, f.indicator_codes) for f in proposal.fired]


# --- one example per rule ---------------------------------------------------------------------------

EXAMPLES = {
    "acute flag present, low relevance": (all_absent(D1="+L"), L.ACUTE, [(R.ACUTE_FLAG, ("D1",))]),
    "acute lists every flag and nothing lower": (
        all_absent(D1="+L", D3="+H", A1="+H", C1="+H"),
        L.ACUTE,
        [(R.ACUTE_FLAG, ("D1", "D3"))],
    ),
    "acute even when the rest is unknown": (rated(D3="+M"), L.ACUTE, [(R.ACUTE_FLAG, ("D3",))]),
    "acute flag only partly is not acute": (all_absent(D1="~H"), L.LOW, [(R.NO_RISK_PATTERN, ("D1",))]),
    "intent with two other dimensions high": (
        all_absent(D4="+L", A1="+H", C1="+H"),
        L.HIGH,
        [(R.INTENT_WITH_HIGH_RELEVANCE, ("A1", "C1", "D4"))],
    ),
    "intent with only one other dimension high": (
        all_absent(D4="+L", A1="+H", A3="+H", C1="+M"),
        L.ELEVATED,
        [(R.SEVERAL_RISK_DIMENSIONS, ("A1", "A3", "C1", "D4"))],
    ),
    "intent only partly": (
        all_absent(D4="~H", A1="+H", C1="+H"),
        L.ELEVATED,
        [(R.SEVERAL_RISK_DIMENSIONS, ("A1", "C1"))],
    ),
    "watched indicator increasing while partly": (all_absent(A3="~L^"), L.HIGH, [(R.INCREASING_TREND, ("A3",))]),
    "watched indicator increasing while absent": (all_absent(A3="-L^"), L.LOW, [(R.NO_RISK_PATTERN, ())]),
    "unwatched indicator increasing": (all_absent(A1="+H^"), L.LOW, [(R.NO_RISK_PATTERN, ("A1",))]),
    "both high rules": (
        all_absent(D4="+M^", A1="+H", E1="+H"),
        L.HIGH,
        [(R.INTENT_WITH_HIGH_RELEVANCE, ("A1", "D4", "E1")), (R.INCREASING_TREND, ("D4",))],
    ),
    "present in two risk dimensions": (
        all_absent(A1="+M", B1="+L"),
        L.ELEVATED,
        [(R.SEVERAL_RISK_DIMENSIONS, ("A1", "B1"))],
    ),
    "partly does not count for the pattern": (
        all_absent(A1="+M", B1="~L"),
        L.LOW,
        [(R.NO_RISK_PATTERN, ("A1", "B1"))],
    ),
    "protective buffer keeps the pattern low": (
        all_absent(A1="+M", B1="+L", P1="+", P2="+", P3="~"),
        L.LOW,
        [(R.PROTECTIVE_BUFFER, ("P1", "P2"))],
    ),
    "no buffer with a risk indicator at high relevance": (
        all_absent(A1="+H", B1="+L", P1="+", P2="+"),
        L.ELEVATED,
        [(R.SEVERAL_RISK_DIMENSIONS, ("A1", "B1"))],
    ),
    "no buffer with intent present": (
        all_absent(D4="+L", A1="+M", P1="+", P2="+"),
        L.ELEVATED,
        [(R.SEVERAL_RISK_DIMENSIONS, ("A1", "D4"))],
    ),
    "no buffer with too few protective factors present": (
        all_absent(A1="+M", B1="+L", P1="+", P2="~"),
        L.ELEVATED,
        [(R.SEVERAL_RISK_DIMENSIONS, ("A1", "B1"))],
    ),
    "buffered pattern with most core unknown": (
        rated(A6="+M", B6="+M", P1="+", P2="+"),
        L.INSUFFICIENT_INFORMATION,
        [(R.CORE_UNKNOWN, tuple(CORE_RISK_CODES)), (R.PROTECTIVE_BUFFER, ("P1", "P2"))],
    ),
    "pattern outranks unknown core": (rated(A6="+M", B6="+M"), L.ELEVATED, [(R.SEVERAL_RISK_DIMENSIONS, ("A6", "B6"))]),
    "nothing rated": ({}, L.INSUFFICIENT_INFORMATION, [(R.CORE_UNKNOWN, tuple(CORE_RISK_CODES))]),
    "half the core unknown is not more than half": (
        rated(A1="-", A3="-", B1="-", C1="-", C2="-"),
        L.LOW,
        [(R.NO_RISK_PATTERN, ())],
    ),
    "six of ten core unknown": (
        rated(A1="-", A3="-", B1="-", C1="+H"),
        L.INSUFFICIENT_INFORMATION,
        [(R.CORE_UNKNOWN, ("C2", "D1", "D3", "D4", "E1", "E2"))],
    ),
    "no risk at all": (all_absent(), L.LOW, [(R.NO_RISK_PATTERN, ())]),
    "codes outside the framework are ignored": (
        all_absent(Z9="+H", X1="+H^"),
        L.LOW,
        [(R.NO_RISK_PATTERN, ())],
    ),
}


@pytest.mark.parametrize(("ratings", "level", "fired"), EXAMPLES.values(), ids=EXAMPLES.keys())
def test_rule_examples(
    ratings: dict[str, IndicatorRating], level: ConcernLevel, fired: list[tuple[RuleCode, tuple[str, ...]]]
) -> None:
    proposal = propose_level(FRAMEWORK, ratings)
    assert summary(proposal) == (level, fired)
    assert_supported(FRAMEWORK, ratings, proposal)


def test_the_test_framework_is_sound() -> None:
    assert framework_problems(FRAMEWORK) == []


def test_fired_rule_names_dimensions_in_framework_order_and_the_rule_set() -> None:
    proposal = propose_level(FRAMEWORK, all_absent(E1="+H", D4="+L", A1="+H"))
    assert proposal.fired == (
        FiredRule(
            R.INTENT_WITH_HIGH_RELEVANCE,
            L.HIGH,
            ("A1", "D4", "E1"),
            (D.IDEOLOGY, D.INTENT_BEHAVIOUR, D.CAPABILITY),
        ),
    )
    assert proposal.rules_version == "testkader/2026.1"


def test_nothing_known_is_insufficient_even_when_the_threshold_never_triggers() -> None:
    never = small_framework(ConcernRuleSet(unknown_core_threshold_percent=100))
    assert propose_level(never, rated(P1="+", P2="+")).level is L.INSUFFICIENT_INFORMATION
    assert propose_level(never, rated(A1="-")).level is L.LOW


def test_protective_indicator_cannot_raise_through_a_trend_parameter() -> None:
    watched = small_framework(ConcernRuleSet(increasing_trend_indicators=("P1",)))
    assert propose_level(watched, all_absent(P1="+H^")).level is L.LOW


# --- properties ---------------------------------------------------------------------------------------

ALL_CODES = list(INDICATORS)
TREND_RANK: dict[Trend | None, int] = {Trend.DECREASING: 0, None: 1, Trend.STABLE: 1, Trend.INCREASING: 2}
KNOWN = [Presence.ABSENT, Presence.PARTLY, Presence.PRESENT]

relevances = st.none() | st.sampled_from(Relevance)
trends = st.none() | st.sampled_from(Trend)


def rating_of(code: str, presences: st.SearchStrategy[Presence]) -> st.SearchStrategy[IndicatorRating]:
    return st.builds(IndicatorRating, st.just(code), presences, relevances, trends)


def ratings_with(presences: st.SearchStrategy[Presence]) -> st.SearchStrategy[dict[str, IndicatorRating]]:
    """Some indicators missing (unknown), and now and then a code the framework does not have."""
    optional = {code: rating_of(code, presences) for code in [*ALL_CODES, "Z9"]}
    return st.fixed_dictionaries({}, optional=optional)


any_ratings = ratings_with(st.sampled_from(Presence))
rule_sets = st.builds(
    ConcernRuleSet,
    unknown_core_threshold_percent=st.integers(0, 100),
    elevated_min_risk_dimensions=st.integers(1, 5),
    high_min_dimensions_with_high_relevance=st.integers(0, 4),
    increasing_trend_indicators=st.lists(st.sampled_from(RISK_CODES), unique=True, max_size=3).map(tuple),
    protective_min_present=st.integers(0, 3),
)
frameworks = st.just(FRAMEWORK) | rule_sets.map(small_framework)


@st.composite
def raised(draw: st.DrawFn, code: str) -> tuple[IndicatorRating, IndicatorRating]:
    """One step up on one scale, never from or to unknown: presence, relevance or trend."""
    relevance, trend = draw(relevances), draw(trends)
    scale = draw(st.sampled_from(["presence", "relevance", "trend"]))
    if scale == "presence":
        low, high = sorted(draw(st.lists(st.sampled_from(KNOWN), min_size=2, max_size=2, unique=True)), key=KNOWN.index)
        return IndicatorRating(code, low, relevance, trend), IndicatorRating(code, high, relevance, trend)
    presence = draw(st.sampled_from(KNOWN))
    if scale == "relevance":
        low_r, high_r = sorted(draw(st.lists(st.sampled_from(Relevance), min_size=2, max_size=2, unique=True)))
        return IndicatorRating(code, presence, low_r, trend), IndicatorRating(code, presence, high_r, trend)
    before = draw(st.sampled_from([t for t in TREND_RANK if t is not Trend.INCREASING]))
    after = draw(st.sampled_from([t for t in TREND_RANK if TREND_RANK[t] > TREND_RANK[before]]))
    return IndicatorRating(code, presence, relevance, before), IndicatorRating(code, presence, relevance, after)


def ranks_after_raise(
    data: st.DataObject, framework: FrameworkVersion, ratings: dict[str, IndicatorRating], codes: list[str]
) -> tuple[int, int]:
    code = data.draw(st.sampled_from(codes))
    before, after = data.draw(raised(code))
    low, high = propose_level(framework, ratings | {code: before}), propose_level(framework, ratings | {code: after})
    assert_supported(framework, ratings | {code: before}, low)
    assert_supported(framework, ratings | {code: after}, high)
    return low.level.rank, high.level.rank


@PROPERTY
@given(frameworks, any_ratings, st.data())
def test_raising_a_risk_indicator_never_lowers_the_level(
    framework: FrameworkVersion, ratings: dict[str, IndicatorRating], data: st.DataObject
) -> None:
    before, after = ranks_after_raise(data, framework, ratings, RISK_CODES)
    assert after >= before


@PROPERTY
@given(frameworks, any_ratings, st.data())
def test_raising_a_protective_indicator_never_raises_the_level(
    framework: FrameworkVersion, ratings: dict[str, IndicatorRating], data: st.DataObject
) -> None:
    before, after = ranks_after_raise(data, framework, ratings, PROTECTIVE_CODES)
    assert after <= before


@PROPERTY
@given(frameworks, ratings_with(st.just(Presence.UNKNOWN)))
def test_all_unknown_is_insufficient_information(
    framework: FrameworkVersion, ratings: dict[str, IndicatorRating]
) -> None:
    proposal = propose_level(framework, ratings)
    assert summary(proposal) == (L.INSUFFICIENT_INFORMATION, [(R.CORE_UNKNOWN, tuple(CORE_RISK_CODES))])


@PROPERTY
@given(frameworks, any_ratings, st.sampled_from(ACUTE_CODES), relevances, trends)
def test_an_acute_flag_present_is_acute(
    framework: FrameworkVersion,
    ratings: dict[str, IndicatorRating],
    code: str,
    relevance: Relevance | None,
    trend: Trend | None,
) -> None:
    ratings[code] = IndicatorRating(code, Presence.PRESENT, relevance, trend)
    proposal = propose_level(framework, ratings)
    assert proposal.level is L.ACUTE
    assert code in proposal.fired[0].indicator_codes


@PROPERTY
@given(frameworks, any_ratings)
def test_every_proposal_is_explained_by_its_ratings(
    framework: FrameworkVersion, ratings: dict[str, IndicatorRating]
) -> None:
    assert_supported(framework, ratings, propose_level(framework, ratings))


@PROPERTY
@given(frameworks, any_ratings)
def test_a_missing_rating_counts_as_unknown(framework: FrameworkVersion, ratings: dict[str, IndicatorRating]) -> None:
    complete = {code: ratings.get(code, IndicatorRating(code)) for code in ALL_CODES}
    assert propose_level(framework, ratings) == propose_level(framework, complete)


def assert_supported(framework: FrameworkVersion, ratings: Mapping[str, IndicatorRating], proposal: Proposal) -> None:
    """At least one rule fired; only rules at the proposed level (and the buffer that kept it down); and
    every rule names real indicators whose ratings bear it out."""
    rules = framework.rules

    def rating(code: str) -> IndicatorRating:
        return ratings.get(code) or IndicatorRating(code)

    def present(code: str) -> bool:
        return rating(code).presence is Presence.PRESENT

    def dimension(code: str) -> DimensionCode:
        return INDICATORS[code][0]

    def high(code: str) -> bool:
        return present(code) and rating(code).relevance is Relevance.HIGH

    assert proposal.fired
    intent_present = [c for c in RISK_CODES if dimension(c) is D.INTENT_BEHAVIOUR and present(c)]
    risk_known = [c for c in RISK_CODES if rating(c).known]
    for fired in proposal.fired:
        codes = fired.indicator_codes
        assert all(framework.indicator(c) is not None for c in codes)
        assert list(codes) == [c for c in ALL_CODES if c in codes]
        assert fired.dimensions == tuple(d for d in DimensionCode if d in {dimension(c) for c in codes})
        if fired.rule is R.PROTECTIVE_BUFFER:
            assert proposal.level in (L.LOW, L.INSUFFICIENT_INFORMATION)
        else:
            assert fired.level is proposal.level
        if fired.rule is not R.NO_RISK_PATTERN and fired.rule is not R.PROTECTIVE_BUFFER:
            assert codes
        others = {dimension(c) for c in codes if dimension(c) is not D.INTENT_BEHAVIOUR}
        match fired.rule:
            case R.ACUTE_FLAG:
                assert codes == tuple(c for c in ACUTE_CODES if present(c))
            case R.INTENT_WITH_HIGH_RELEVANCE:
                assert any(c in intent_present for c in codes)
                assert all(c in intent_present or high(c) for c in codes)
                assert len(others) >= rules.high_min_dimensions_with_high_relevance
            case R.INCREASING_TREND:
                assert all(c in rules.increasing_trend_indicators for c in codes)
                assert all(rating(c).trend is Trend.INCREASING for c in codes)
                assert all(rating(c).presence in (Presence.PARTLY, Presence.PRESENT) for c in codes)
            case R.SEVERAL_RISK_DIMENSIONS:
                assert all(c in RISK_CODES and present(c) for c in codes)
                assert len(fired.dimensions) >= rules.elevated_min_risk_dimensions
            case R.PROTECTIVE_BUFFER:
                assert all(c in PROTECTIVE_CODES and present(c) for c in codes)
                assert len(codes) >= rules.protective_min_present
                assert not intent_present and not any(high(c) for c in RISK_CODES)
            case R.CORE_UNKNOWN:
                assert all(c in RISK_CODES and not rating(c).known for c in codes)
                many = len(codes) * 100 > rules.unknown_core_threshold_percent * len(CORE_RISK_CODES)
                assert (many and all(c in CORE_RISK_CODES for c in codes)) or not risk_known
            case R.NO_RISK_PATTERN:
                assert codes == tuple(
                    c for c in RISK_CODES if rating(c).presence in (Presence.PARTLY, Presence.PRESENT)
                )
                assert len({dimension(c) for c in codes if present(c)}) < rules.elevated_min_risk_dimensions


# --- profile per dimension ----------------------------------------------------------------------------


def test_profile_counts_each_dimension_in_framework_order() -> None:
    ratings = rated(A1="+H^", A3="~M^", A6="-", B1="+M", C1="?", D4="-H^", E1="+H", P1="+H", P2="~L^")
    profiles = dimension_profiles(FRAMEWORK, ratings)
    assert [(p.dimension, p.kind) for p in profiles] == [
        (d, DimensionKind.PROTECTIVE if d is D.PROTECTIVE else DimensionKind.RISK) for d in DimensionCode
    ]
    counts = {
        p.dimension: (p.present, p.partly, p.absent, p.unknown, p.present_high_relevance, p.increasing)
        for p in profiles
    }
    assert counts == {
        D.IDEOLOGY: (1, 1, 1, 0, 1, 2),
        D.VULNERABILITY: (1, 0, 0, 1, 0, 0),
        D.NETWORK: (0, 0, 0, 2, 0, 0),
        D.INTENT_BEHAVIOUR: (0, 0, 1, 2, 0, 0),
        D.CAPABILITY: (1, 0, 0, 1, 1, 0),
        D.PROTECTIVE: (1, 1, 0, 1, 1, 1),
    }


@PROPERTY
@given(any_ratings)
def test_profile_accounts_for_every_indicator_once(ratings: dict[str, IndicatorRating]) -> None:
    for profile in dimension_profiles(FRAMEWORK, ratings):
        assert isinstance(profile, DimensionProfile)
        in_dimension = len(FRAMEWORK.indicators_in(profile.dimension))
        assert profile.present + profile.partly + profile.absent + profile.unknown == in_dimension
        assert profile.present_high_relevance <= profile.present
        assert profile.increasing <= profile.present + profile.partly


# --- changes since the previous assessment -------------------------------------------------------------

W, B, U = ChangeDirection.WORSE, ChangeDirection.BETTER, ChangeDirection.UNKNOWN_CHANGED
CHANGES = {
    "risk appears": ("-", "+M", W),
    "protective factor appears": ("-", "+M", B, "P1"),
    "risk relevance drops": ("+H", "+L", B),
    "protective relevance rises": ("+L", "+H", B, "P2"),
    "protective factor weakens": ("+H", "~H", W, "P3"),
    "presence decides over relevance": ("~H", "+L", W),
    "becomes known": ("?", "-", U),
    "becomes unknown": ("+H", "?", U),
    "relevance first rated": ("+", "+H", U),
    "relevance of an absent rating does not count": ("-H", "-L", None),
    "trend alone is no change": ("+M=", "+M^", None),
}


@pytest.mark.parametrize("case", CHANGES.values(), ids=CHANGES.keys())
def test_change_direction(
    case: tuple[str, str, ChangeDirection | None] | tuple[str, str, ChangeDirection, str],
) -> None:
    before, after, direction, *rest = case
    code = rest[0] if rest else "A1"
    changes = changes_since(FRAMEWORK, rated(**{code: before}), rated(**{code: after}))
    assert [c.direction for c in changes] == ([direction] if direction else [])


def test_changes_name_the_indicator_in_framework_order_and_treat_missing_as_unknown() -> None:
    previous = rated(P1="-", A1="+H")
    current = rated(P1="+M", A1="+L", E2="+H")
    assert changes_since(FRAMEWORK, previous, current) == (
        IndicatorChange("A1", D.IDEOLOGY, Presence.PRESENT, Presence.PRESENT, Relevance.HIGH, Relevance.LOW, B),
        IndicatorChange("E2", D.CAPABILITY, Presence.UNKNOWN, Presence.PRESENT, None, Relevance.HIGH, U),
        IndicatorChange("P1", D.PROTECTIVE, Presence.ABSENT, Presence.PRESENT, None, Relevance.MEDIUM, B),
    )


@PROPERTY
@given(any_ratings, any_ratings)
def test_changes_reverse_when_time_runs_backwards(
    previous: dict[str, IndicatorRating], current: dict[str, IndicatorRating]
) -> None:
    assert changes_since(FRAMEWORK, current, current) == ()
    flipped = {W: B, B: W, U: U}
    forward = changes_since(FRAMEWORK, previous, current)
    backward = changes_since(FRAMEWORK, current, previous)
    assert [(c.code, flipped[c.direction]) for c in forward] == [(c.code, c.direction) for c in backward]


LEVEL_CHANGES = [
    (None, L.HIGH, None),
    (L.LOW, L.LOW, None),
    (L.LOW, L.ACUTE, W),
    (L.ELEVATED, L.LOW, B),
    (L.LOW, L.INSUFFICIENT_INFORMATION, U),
    (L.INSUFFICIENT_INFORMATION, L.ELEVATED, U),
]


@pytest.mark.parametrize(("previous", "current", "direction"), LEVEL_CHANGES)
def test_level_change(previous: ConcernLevel | None, current: ConcernLevel, direction: ChangeDirection | None) -> None:
    def proposal(level: ConcernLevel) -> Proposal:
        return Proposal(level, (FiredRule(R.NO_RISK_PATTERN, level, (), ()),), "testkader/2026.1")

    assert level_change(proposal(previous) if previous else None, proposal(current)) == direction
