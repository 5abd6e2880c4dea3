"""Crosswalk files: JSON and CSV import, errors that say where, and the shipped starter crosswalk."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypedDict

import pytest

from domain.assessment.crosswalk import Crosswalk, CrosswalkEntry, MappingRelation, crosswalk_problems
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
    ReviewCadence,
)
from persistence.crosswalk_files import (
    CrosswalkFileError,
    crosswalk_from_csv,
    crosswalk_from_json,
    crosswalk_to_document,
    read_crosswalk_file,
    starter_crosswalk,
)

# Reference §4.3: the starter indicator set, by dimension.
CODES = {
    DimensionCode.IDEOLOGY: "A1 A2 A3 A4 A5 A6",
    DimensionCode.VULNERABILITY: "B1 B2 B3 B4 B5 B6",
    DimensionCode.NETWORK: "C1 C2 C3 C4 C5",
    DimensionCode.INTENT_BEHAVIOUR: "D1 D2 D3 D4 D5 D6 D7 D8",
    DimensionCode.CAPABILITY: "E1 E2 E3 E4",
    DimensionCode.PROTECTIVE: "P1 P2 P3 P4 P5 P6 P7 P8",
}


def _text(text: str) -> LocalText:
    return LocalText(nl=text, en=text)


def beoordelingskader() -> FrameworkVersion:
    questions = tuple(GuidanceQuestion(a, _text("vraag")) for a in Audience)
    protective = DimensionCode.PROTECTIVE
    return FrameworkVersion(
        code="beoordelingskader",
        version="2026.1",
        name=_text("Beoordelingskader"),
        change_log="",
        dimensions=tuple(
            Dimension(d, DimensionKind.PROTECTIVE if d is protective else DimensionKind.RISK, _text(d), _text(d))
            for d in DimensionCode
        ),
        indicators=tuple(
            Indicator(code, d, _text(code), _text(code), questions=questions)
            for d, codes in CODES.items()
            for code in codes.split()
        ),
        rules=ConcernRuleSet(),
        cadence=ReviewCadence(days_by_level=dict.fromkeys(ConcernLevel, 30)),
    )


class Metadata(TypedDict):
    external_model: str
    version: str
    framework_code: str
    framework_version: str


METADATA: Metadata = {
    "external_model": "politie-kim",
    "version": "2026.1",
    "framework_code": "beoordelingskader",
    "framework_version": "2026.1",
}

CSV = """external_code,external_label,indicator_code,relation
K6,"Contacten in het milieu, online of offline",C1,broader
K6,"Contacten in het milieu, online of offline",C2,broader

M2,Toegang tot wapens,E3,narrower
"""

EXPECTED = Crosswalk(
    **METADATA,
    entries=(
        CrosswalkEntry("K6", "Contacten in het milieu, online of offline", "C1", MappingRelation.BROADER),
        CrosswalkEntry("K6", "Contacten in het milieu, online of offline", "C2", MappingRelation.BROADER),
        CrosswalkEntry("M2", "Toegang tot wapens", "E3", MappingRelation.NARROWER),
    ),
)


def problems_of(call: Callable[[], object]) -> list[str]:
    with pytest.raises(CrosswalkFileError) as raised:
        call()
    return raised.value.problems


def document(**changes: object) -> dict[str, Any]:
    doc = crosswalk_to_document(EXPECTED)
    doc.update(changes)
    return doc


def test_csv_is_read_into_a_crosswalk() -> None:
    assert crosswalk_from_csv(CSV, **METADATA, framework=beoordelingskader()) == EXPECTED


def test_csv_from_a_dutch_spreadsheet_with_semicolons_bom_and_columns_in_another_order() -> None:
    text = (
        "relation;indicator_code;external_code;external_label\r\n"
        "broader ; C1 ; K6 ;Contacten in het milieu, online of offline\r\n"
    )
    crosswalk = crosswalk_from_csv(("\ufeff" + text).encode(), **METADATA)
    assert crosswalk.entries == EXPECTED.entries[:1]


def test_csv_errors_name_the_row_and_field() -> None:
    text = (
        "external_code,external_label,indicator_code,relation\n"
        "K1,Identiteit,B1,equivalent\n"
        "K2,Onrecht,A2,similar\n"
        ",Kwetsbaar,B3,broader\n"
    )
    problems = problems_of(lambda: crosswalk_from_csv(text, **METADATA))
    assert len(problems) == 2
    assert problems[0].startswith("row 3, field relation: ")
    assert "'equivalent', 'broader', 'narrower' or 'partial'" in problems[0]
    assert problems[1].startswith("row 4, field external_code: ")


def test_csv_rows_with_the_wrong_number_of_fields_are_named() -> None:
    text = "external_code,external_label,indicator_code,relation\nK1,Identiteit, zingeving,B1,equivalent\n"
    assert problems_of(lambda: crosswalk_from_csv(text, **METADATA)) == ["row 2: has 5 fields, the header has 4"]


def test_csv_header_must_have_exactly_the_known_columns() -> None:
    text = "external_code,label,indicator_code,relation\nK1,Identiteit,B1,equivalent\n"
    assert problems_of(lambda: crosswalk_from_csv(text, **METADATA)) == [
        "header: missing column external_label",
        "header: unknown column 'label'",
    ]


def test_an_empty_csv_or_one_without_mappings_is_refused() -> None:
    assert "the file is empty" in problems_of(lambda: crosswalk_from_csv("", **METADATA))[0]
    header_only = "external_code,external_label,indicator_code,relation\n"
    assert problems_of(lambda: crosswalk_from_csv(header_only, **METADATA)) == ["the file has a header but no mappings"]


def test_csv_metadata_arguments_are_checked() -> None:
    blank_version: Metadata = {**METADATA, "version": " "}
    problems = problems_of(lambda: crosswalk_from_csv(CSV, **blank_version))
    assert problems == ["argument version: String should have at least 1 character"]


def test_csv_checked_against_the_framework_names_the_row() -> None:
    text = CSV + "M2,Toegang tot wapens,E3,partial\nM9,Iets anders,Z9,partial\n"
    problems = problems_of(lambda: crosswalk_from_csv(text, **METADATA, framework=beoordelingskader()))
    assert problems == [
        "row 6, field indicator_code: external item M2 is mapped to indicator E3 more than once",
        "row 7, field indicator_code: external item M9 maps to indicator Z9, which is not in beoordelingskader 2026.1",
    ]


def test_json_round_trips_through_the_document() -> None:
    text = json.dumps(crosswalk_to_document(EXPECTED))
    assert crosswalk_from_json(text, framework=beoordelingskader()) == EXPECTED


@pytest.mark.parametrize(
    ("doc", "expected_start"),
    [
        (
            document(entries=[{**crosswalk_to_document(EXPECTED)["entries"][0], "relation": "same"}]),
            "entries[0].relation: ",
        ),
        (
            document(entries=[{**crosswalk_to_document(EXPECTED)["entries"][0], "weight": 2}]),
            "entries[0].weight: Extra inputs",
        ),
        (document(entries=[]), "entries: List should have at least 1 item"),
        (document(owner="politie"), "owner: Extra inputs are not permitted"),
        (document(version=2026), "version: Input should be a valid string"),
        ({k: v for k, v in document().items() if k != "framework_code"}, "framework_code: Field required"),
    ],
)
def test_json_errors_name_the_field(doc: dict[str, object], expected_start: str) -> None:
    problems = problems_of(lambda: crosswalk_from_json(json.dumps(doc)))
    assert len(problems) == 1
    assert problems[0].startswith(expected_start)


def test_invalid_json_says_where() -> None:
    [problem] = problems_of(lambda: crosswalk_from_json('{"external_model": "politie-kim",'))
    assert problem.startswith("document: Invalid JSON") and "line 1" in problem


def test_json_checked_against_the_framework_names_the_entry() -> None:
    doc = document()
    doc["entries"][1]["indicator_code"] = "Z9"
    problems = problems_of(lambda: crosswalk_from_json(json.dumps(doc), framework=beoordelingskader()))
    assert problems == [
        "entries[1].indicator_code: external item K6 maps to indicator Z9, which is not in beoordelingskader 2026.1"
    ]


def test_files_are_read_by_their_extension(tmp_path: Path) -> None:
    (tmp_path / "kim.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "kim.json").write_text(json.dumps(crosswalk_to_document(EXPECTED)), encoding="utf-8")
    assert read_crosswalk_file(tmp_path / "kim.csv", **METADATA) == EXPECTED
    assert read_crosswalk_file(tmp_path / "kim.json") == EXPECTED
    assert problems_of(lambda: read_crosswalk_file(tmp_path / "kim.csv")) == [
        f"argument {name}: required for a CSV file" for name in METADATA
    ]


def test_the_starter_crosswalk_fits_the_starter_indicator_set() -> None:
    framework = beoordelingskader()
    crosswalk = starter_crosswalk(framework)
    assert crosswalk_problems(crosswalk, framework) == []
    assert (crosswalk.external_model, crosswalk.version) == ("politie-kim", "2026.1")
    assert "ILLUSTRATIEF" in crosswalk.description and "ILLUSTRATIVE" in crosswalk.description
    assert {e.relation for e in crosswalk.entries} == set(MappingRelation)
    assert {code[0] for code in crosswalk.external_codes} == {"K", "I", "M"}
    # Risk items are never read as protective factors: that would need an inversion.
    assert not any(code.startswith("P") for code in crosswalk.indicator_codes)


def test_the_starter_file_is_written_as_the_document_would_write_it() -> None:
    path = Path(__file__).parents[2] / "persistence/frameworks/politie-kim-2026.1-to-beoordelingskader-2026.1.json"
    assert json.loads(path.read_text(encoding="utf-8")) == crosswalk_to_document(starter_crosswalk())
