"""Framework files: the shipped starter framework is complete and sound, documents round-trip, and a
malformed document is refused with messages that name the place."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import replace
from importlib import resources
from typing import Any

import pytest

from domain.assessment.framework import (
    Audience,
    ConcernLevel,
    DimensionCode,
    FrameworkVersion,
    QuestionPurpose,
    framework_problems,
)
from persistence.framework_files import (
    STARTER_FILE,
    DaysByLevelDocument,
    FrameworkFileError,
    framework_json_schema,
    framework_to_document,
    parse_framework,
    starter_framework,
)

ACUTE = {"D1", "D2", "D3", "D6", "D7", "D8"}
# Family and network are never confronted with these words (nor their English counterparts).
LABELLING = re.compile(r"radicali|extremis|terroris|ideolog", re.IGNORECASE)


@pytest.fixture(scope="module")
def starter() -> FrameworkVersion:
    return starter_framework()


def starter_document() -> dict[str, Any]:
    raw = (resources.files("persistence") / "frameworks" / STARTER_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


# --- the starter framework ---------------------------------------------------------------------------


def test_the_starter_framework_loads_without_problems(starter: FrameworkVersion) -> None:
    assert (starter.code, starter.version) == ("beoordelingskader", "2026.1")
    assert framework_problems(starter) == []


def test_the_starter_has_37_indicators_in_the_six_dimensions(starter: FrameworkVersion) -> None:
    per_dimension = {d: len(starter.indicators_in(d)) for d in DimensionCode}
    assert len(starter.indicators) == 37
    assert per_dimension == {
        DimensionCode.IDEOLOGY: 6,
        DimensionCode.VULNERABILITY: 6,
        DimensionCode.NETWORK: 5,
        DimensionCode.INTENT_BEHAVIOUR: 8,
        DimensionCode.CAPABILITY: 4,
        DimensionCode.PROTECTIVE: 8,
    }


def test_every_indicator_has_a_question_for_every_audience(starter: FrameworkVersion) -> None:
    missing = [(i.code, a.value) for i in starter.indicators for a in Audience if not i.questions_for(a)]
    assert missing == []


def test_family_questions_never_name_radicalisation_or_extremism(starter: FrameworkVersion) -> None:
    offending = [
        (i.code, q.text.nl)
        for i in starter.indicators
        for q in i.questions_for(Audience.FAMILY_NETWORK)
        if LABELLING.search(q.text.nl) or LABELLING.search(q.text.en)
    ]
    assert offending == []


def test_the_flags_follow_the_reference(starter: FrameworkVersion) -> None:
    assert {i.code for i in starter.indicators if i.acute} == ACUTE
    assert {i.code for i in starter.indicators if i.restricted} == {"B4"}
    assert {i.code for i in starter.indicators if i.static} == {"E1"}
    assert {i.code for i in starter.indicators if not i.core} == {f"P{n}" for n in range(1, 9)}


def test_every_indicator_is_fully_described_in_both_languages(starter: FrameworkVersion) -> None:
    for i in starter.indicators:
        assert 1 <= len(i.examples) <= 2, i.code
        assert len(i.counter_indicators) == 1, i.code
        texts = [i.label, i.definition, *i.examples, *i.counter_indicators, *(q.text for q in i.questions)]
        assert all(t.nl.strip() and t.en.strip() and t.nl != t.en for t in texts), i.code


def test_no_two_questions_share_a_text(starter: FrameworkVersion) -> None:
    texts = [q.text.nl for i in starter.indicators for q in i.questions]
    assert len(texts) == len(set(texts))


def test_protective_questions_at_home_look_for_strengths(starter: FrameworkVersion) -> None:
    for i in starter.indicators_in(DimensionCode.PROTECTIVE):
        assert {q.purpose for q in i.questions_for(Audience.FAMILY_NETWORK)} == {QuestionPurpose.CHECK_PROTECTIVE}


def test_the_starter_rules_and_cadence(starter: FrameworkVersion) -> None:
    rules = starter.rules
    assert (rules.unknown_core_threshold_percent, rules.elevated_min_risk_dimensions) == (50, 2)
    assert (rules.high_min_dimensions_with_high_relevance, rules.protective_min_present) == (2, 3)
    assert rules.increasing_trend_indicators == ("A3", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8")
    assert starter.cadence.days_by_level == {
        ConcernLevel.INSUFFICIENT_INFORMATION: 28,
        ConcernLevel.LOW: 91,
        ConcernLevel.ELEVATED: 56,
        ConcernLevel.HIGH: 28,
        ConcernLevel.ACUTE: 7,
    }
    assert starter.cadence.follow_up_months_after_closure == (6, 12)


# --- round trip --------------------------------------------------------------------------------------


def test_a_version_survives_the_round_trip_through_its_document(starter: FrameworkVersion) -> None:
    document = framework_to_document(starter)
    assert parse_framework(document) == starter
    assert parse_framework(json.dumps(document)) == starter
    assert parse_framework(json.dumps(document).encode()) == starter


def test_the_shipped_file_is_in_canonical_form(starter: FrameworkVersion) -> None:
    assert framework_to_document(starter) == starter_document()


def test_the_document_covers_every_concern_level() -> None:
    assert set(DaysByLevelDocument.model_fields) == {level.value for level in ConcernLevel}


def test_the_json_schema_documents_the_format() -> None:
    schema = framework_json_schema()
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) >= {"code", "version", "dimensions", "indicators", "rules", "cadence"}
    assert set(schema["$defs"]["Audience"]["enum"]) == {a.value for a in Audience}


# --- malformed documents -----------------------------------------------------------------------------

Edit = Callable[[dict[str, Any]], object]


def drop_police_questions(doc: dict[str, Any]) -> None:
    doc["indicators"][3]["questions"] = [q for q in doc["indicators"][3]["questions"] if q["audience"] != "police"]


MALFORMED: dict[str, tuple[Edit, str]] = {
    "unknown field": (
        lambda doc: doc["indicators"][3].update(colour="red"),
        "indicators.3.colour (indicator A4): Extra inputs are not permitted",
    ),
    "unknown field at the top": (lambda doc: doc.update(status="published"), "status: Extra inputs are not permitted"),
    "missing audience question": (drop_police_questions, "indicator A4 has no guidance question for police"),
    "bad audience": (
        lambda doc: doc["indicators"][3]["questions"][0].update(audience="neighbours"),
        "indicators.3.questions.0.audience (indicator A4): Input should be 'family_network',",
    ),
    "bad dimension": (
        lambda doc: doc["indicators"][0].update(dimension="religion"),
        "indicators.0.dimension (indicator A1): Input should be 'ideology',",
    ),
    "duplicate code": (
        lambda doc: doc["indicators"][4].update(code="A4"),
        "indicator A4 appears more than once",
    ),
    "missing flag": (
        lambda doc: doc["indicators"][9].pop("restricted"),
        "indicators.9.restricted (indicator B4): Field required",
    ),
    "text instead of a number": (
        lambda doc: doc["cadence"]["days_by_level"].update(low="91"),
        "cadence.days_by_level.low: Input should be a valid integer",
    ),
    "text instead of a flag": (
        lambda doc: doc["indicators"][17].update(acute="true"),
        "indicators.17.acute (indicator D1): Input should be a valid boolean",
    ),
    "blank label": (
        lambda doc: doc["indicators"][0]["label"].update(nl="   "),
        "indicators.0.label.nl (indicator A1): must not be blank",
    ),
    "missing level in the cadence": (
        lambda doc: doc["cadence"]["days_by_level"].pop("acute"),
        "cadence.days_by_level.acute: Field required",
    ),
    "unknown indicator in a rule": (
        lambda doc: doc["rules"]["increasing_trend_indicators"].append("D9"),
        "rule parameter increasing_trend_indicators names unknown indicator D9",
    ),
    "protective indicator flagged acute": (
        lambda doc: doc["indicators"][29].update(acute=True),
        "indicator P1 is protective and cannot be an acute flag",
    ),
    "follow-ups out of order": (
        lambda doc: doc["cadence"].update(follow_up_months_after_closure=[12, 6]),
        "cadence.follow_up_months_after_closure: months must be strictly increasing",
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_document_is_refused_naming_the_place(case: str) -> None:
    edit, expected = MALFORMED[case]
    document = copy.deepcopy(starter_document())
    edit(document)
    for data in (document, json.dumps(document)):
        with pytest.raises(FrameworkFileError) as caught:
            parse_framework(data)
        assert any(p.startswith(expected) for p in caught.value.problems), caught.value.problems


def test_all_format_problems_are_reported_at_once() -> None:
    document = copy.deepcopy(starter_document())
    document["indicators"][0]["colour"] = "red"
    document["rules"]["protective_min_present"] = 0
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(document)
    assert len(caught.value.problems) == 2
    assert "rules.protective_min_present" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"code": ', "document: Invalid JSON"),
        ("[]", "document: Input should be an object"),
        ({"code": float("nan")}, "document: not JSON data"),
    ],
)
def test_what_is_not_a_framework_document_at_all(data: bytes | str | dict[str, Any], expected: str) -> None:
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(data)
    assert caught.value.problems[0].startswith(expected)


def test_writing_a_version_that_breaks_the_format_names_the_indicator(starter: FrameworkVersion) -> None:
    lower_case = replace(starter.indicators[2], code="a3")
    broken = replace(starter, indicators=(*starter.indicators[:2], lower_case, *starter.indicators[3:]))
    with pytest.raises(FrameworkFileError) as caught:
        framework_to_document(broken)
    assert caught.value.problems == [
        "indicators.2.code (indicator a3): String should match pattern '^[A-Z]{1,3}[0-9]{1,3}$'"
    ]
