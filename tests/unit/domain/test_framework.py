"""framework_problems: every kind of problem in a framework version is reported, naming the code, and a
sound version gives none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

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
    QuestionPurpose,
    ReviewCadence,
    framework_problems,
)

D = DimensionCode
CADENCE = {
    ConcernLevel.INSUFFICIENT_INFORMATION: 28,
    ConcernLevel.LOW: 91,
    ConcernLevel.ELEVATED: 56,
    ConcernLevel.HIGH: 28,
    ConcernLevel.ACUTE: 7,
}


def text(nl: str) -> LocalText:
    return LocalText(nl=nl, en=f"{nl} (en)")


def questions(*audiences: Audience) -> tuple[GuidanceQuestion, ...]:
    return tuple(GuidanceQuestion(a, text(f"Vraag voor {a.value}"), QuestionPurpose.EXPLORE) for a in audiences)


def indicator(
    code: str,
    dimension: DimensionCode,
    *,
    acute: bool = False,
    static: bool = False,
    asked: tuple[GuidanceQuestion, ...] = questions(*Audience),
) -> Indicator:
    return Indicator(
        code=code,
        dimension=dimension,
        label=text(f"Indicator {code}"),
        definition=text(f"Omschrijving van {code}"),
        acute=acute,
        static=static,
        core=dimension is not D.PROTECTIVE,
        questions=asked,
    )


def dimension(code: DimensionCode, kind: DimensionKind | None = None) -> Dimension:
    default = DimensionKind.PROTECTIVE if code is D.PROTECTIVE else DimensionKind.RISK
    return Dimension(code, kind or default, text(code.value), text(f"Over {code.value}"))


def sound() -> FrameworkVersion:
    return FrameworkVersion(
        code="beoordelingskader",
        version="2026.1",
        name=text("Beoordelingskader"),
        change_log="Testversie",
        dimensions=tuple(dimension(code) for code in DimensionCode),
        indicators=(
            indicator("A3", D.IDEOLOGY),
            indicator("D1", D.INTENT_BEHAVIOUR, acute=True),
            indicator("E1", D.CAPABILITY, static=True),
            indicator("P1", D.PROTECTIVE),
        ),
        rules=ConcernRuleSet(increasing_trend_indicators=("A3", "D1")),
        cadence=ReviewCadence(days_by_level=dict(CADENCE)),
    )


def with_indicators(fw: FrameworkVersion, *extra: Indicator) -> FrameworkVersion:
    return replace(fw, indicators=fw.indicators + extra)


def without_level(level: ConcernLevel) -> dict[ConcernLevel, int]:
    return {lvl: days for lvl, days in CADENCE.items() if lvl is not level}


Change = Callable[[FrameworkVersion], FrameworkVersion]

CASES: dict[str, tuple[Change, list[str]]] = {
    "dimension missing": (
        lambda fw: replace(fw, dimensions=tuple(d for d in fw.dimensions if d.code is not D.NETWORK)),
        ["dimension network must appear exactly once"],
    ),
    "dimension twice": (
        lambda fw: replace(fw, dimensions=(*fw.dimensions, dimension(D.CAPABILITY))),
        ["dimension capability must appear exactly once"],
    ),
    "risk dimension marked protective": (
        lambda fw: replace(
            fw,
            dimensions=tuple(
                dimension(d.code, DimensionKind.PROTECTIVE) if d.code is D.VULNERABILITY else d for d in fw.dimensions
            ),
        ),
        ["dimension vulnerability must be of kind risk"],
    ),
    "protective dimension marked risk": (
        lambda fw: replace(
            fw,
            dimensions=tuple(
                dimension(d.code, DimensionKind.RISK) if d.code is D.PROTECTIVE else d for d in fw.dimensions
            ),
        ),
        ["dimension protective must be of kind protective"],
    ),
    "indicator code twice": (
        lambda fw: with_indicators(fw, indicator("A3", D.NETWORK)),
        ["indicator A3 appears more than once"],
    ),
    "blank indicator code": (
        lambda fw: with_indicators(fw, indicator("  ", D.NETWORK)),
        ["an indicator has an empty code"],
    ),
    "audience without a question": (
        lambda fw: with_indicators(
            fw, indicator("C1", D.NETWORK, asked=questions(Audience.FAMILY_NETWORK, Audience.PROFESSIONAL))
        ),
        [
            "indicator C1 has no guidance question for case_conference",
            "indicator C1 has no guidance question for police",
        ],
    ),
    "protective indicator flagged acute": (
        lambda fw: with_indicators(fw, indicator("P5", D.PROTECTIVE, acute=True)),
        ["indicator P5 is protective and cannot be an acute flag"],
    ),
    "trend rule names an unknown indicator": (
        lambda fw: replace(fw, rules=ConcernRuleSet(increasing_trend_indicators=("A3", "D9"))),
        ["rule parameter increasing_trend_indicators names unknown indicator D9"],
    ),
    "cadence without a level": (
        lambda fw: replace(fw, cadence=ReviewCadence(days_by_level=without_level(ConcernLevel.ACUTE))),
        ["review cadence has no positive number of days for level acute"],
    ),
    "cadence with zero days": (
        lambda fw: replace(fw, cadence=ReviewCadence(days_by_level={**CADENCE, ConcernLevel.LOW: 0})),
        ["review cadence has no positive number of days for level low"],
    ),
    "threshold above 100 percent": (
        lambda fw: replace(fw, rules=ConcernRuleSet(unknown_core_threshold_percent=101)),
        ["unknown_core_threshold_percent must be between 0 and 100"],
    ),
    "negative threshold": (
        lambda fw: replace(fw, rules=ConcernRuleSet(unknown_core_threshold_percent=-1)),
        ["unknown_core_threshold_percent must be between 0 and 100"],
    ),
}


def test_a_sound_framework_has_no_problems() -> None:
    assert framework_problems(sound()) == []


@pytest.mark.parametrize("case", list(CASES))
def test_each_problem_is_reported_on_its_own(case: str) -> None:
    change, expected = CASES[case]
    assert framework_problems(change(sound())) == expected


def test_problems_accumulate_rather_than_stopping_at_the_first() -> None:
    broken = replace(
        with_indicators(sound(), indicator("P6", D.PROTECTIVE, acute=True)),
        cadence=ReviewCadence(days_by_level={}),
    )
    problems = framework_problems(broken)
    assert "indicator P6 is protective and cannot be an acute flag" in problems
    assert sum("review cadence" in p for p in problems) == len(ConcernLevel)


def test_boundary_thresholds_are_allowed() -> None:
    for percent in (0, 100):
        assert framework_problems(replace(sound(), rules=ConcernRuleSet(unknown_core_threshold_percent=percent))) == []


def test_the_lookups_follow_the_indicators() -> None:
    fw = sound()
    p1 = fw.indicator("P1")
    assert p1 is not None and fw.is_protective(p1)
    assert fw.indicator("Z9") is None
    assert [i.code for i in fw.indicators_in(D.INTENT_BEHAVIOUR)] == ["D1"]
    assert [q.audience for q in p1.questions_for(Audience.POLICE)] == [Audience.POLICE]
