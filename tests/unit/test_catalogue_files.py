"""Catalogue files: the shipped starter catalogue (instrumentenkoffer) is complete and fits the starter framework,
and a malformed document is refused with messages that name the place."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import pytest

from domain.assessment.framework import FrameworkVersion
from domain.plan.catalogue import Intervention, InterventionType
from persistence.catalogue_files import STARTER_FILE, CatalogueFileError, parse_catalogue, starter_catalogue
from persistence.framework_files import starter_framework

TWBMT = {"INT-01", "INT-02", "INT-03", "INT-04", "INT-05"}
# Compulsory per the reference notes (items 1-9, 13-16, 19, 24): the deciding authority keeps its own file.
COMPULSORY = {f"INT-{n:02d}" for n in [*range(1, 10), 13, 14, 15, 16, 19, 24]}
ORGANISATION = "6f1c7a52-3d2b-4b0e-9a59-0d6c1e2f4a11"


@pytest.fixture(scope="module")
def framework() -> FrameworkVersion:
    return starter_framework()


@pytest.fixture(scope="module")
def starter(framework: FrameworkVersion) -> tuple[Intervention, ...]:
    version, interventions = starter_catalogue(framework)
    assert version == "2026.1"
    return interventions


def starter_document() -> dict[str, Any]:
    raw = (resources.files("persistence") / "catalogue" / STARTER_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def texts_of(item: Intervention) -> list[Any]:
    return [
        item.name,
        item.description,
        item.goal,
        item.conditions,
        *item.process_steps,
        item.legal_basis,
        item.duration,
        item.evidence_note,
    ]


# --- the starter catalogue ---------------------------------------------------------------------------


def test_the_starter_has_the_38_interventions_in_order(starter: tuple[Intervention, ...]) -> None:
    assert [i.code for i in starter] == [f"INT-{n:02d}" for n in range(1, 39)]


def test_every_intervention_is_described_in_both_languages(starter: tuple[Intervention, ...]) -> None:
    for item in starter:
        assert 2 <= len(item.process_steps) <= 5, item.code
        assert all(t.nl.strip() and t.en.strip() and t.nl != t.en for t in texts_of(item)), item.code
        assert item.provider.name.strip() and item.provider.organisation_id is None, item.code


def test_the_unchecked_marker_of_the_reference_stays_out_of_the_texts(starter: tuple[Intervention, ...]) -> None:
    for item in starter:
        assert not any("[nr]" in t.nl + t.en for t in texts_of(item)), item.code
        assert "[nr]" not in item.target_age.note + item.provider.name, item.code


def test_every_usable_intervention_targets_an_indicator_of_the_framework(
    starter: tuple[Intervention, ...], framework: FrameworkVersion
) -> None:
    for item in starter:
        if item.informational_only:
            continue
        indicators = [framework.indicator(code) for code in item.target_indicators]
        assert indicators and None not in indicators, item.code
        assert set(item.target_dimensions) == {i.dimension for i in indicators if i is not None}, item.code


def test_only_revocation_of_nationality_is_informational(starter: tuple[Intervention, ...]) -> None:
    informational = [i for i in starter if i.informational_only]
    assert [i.code for i in informational] == ["INT-08"]
    assert informational[0].target_indicators == () and not informational[0].is_usable


def test_the_twbmt_measures_carry_the_sunset(starter: tuple[Intervention, ...]) -> None:
    assert {i.code for i in starter if i.sunset_on == date(2027, 3, 1)} == TWBMT
    assert {i.code for i in starter if i.sunset_on is not None} == TWBMT
    assert all("2027" in i.legal_basis.nl and "2027" in i.legal_basis.en for i in starter if i.code in TWBMT)


def test_compulsory_measures_are_not_marked_voluntary(starter: tuple[Intervention, ...]) -> None:
    assert not any(i.voluntary for i in starter if i.code in COMPULSORY)
    voluntary = {i.code for i in starter if i.voluntary}
    assert {"INT-22", "INT-23", "INT-30", "INT-32", "INT-34", "INT-35"} <= voluntary


def test_every_type_occurs_and_double_codes_take_the_first(starter: tuple[Intervention, ...]) -> None:
    by_code = {i.code: i for i in starter}
    assert {i.type for i in starter} == set(InterventionType)
    expected = {
        "INT-11": InterventionType.ADMINISTRATIVE,  # BES/ZW
        "INT-12": InterventionType.ADMINISTRATIVE,  # BES/OV
        "INT-21": InterventionType.CARE_WELFARE,  # ZW/GN
        "INT-24": InterventionType.FAMILY_NETWORK,  # GN/ZW
        "INT-25": InterventionType.OTHER,  # OV/GN
        "INT-30": InterventionType.EXIT_SUPPORT,  # EX/MD
        "INT-34": InterventionType.MENTORING_DIALOGUE,  # MD/OV
    }
    assert {code: by_code[code].type for code in expected} == expected


@pytest.mark.parametrize(
    ("code", "age", "fits"),
    [
        ("INT-38", 15, True),
        ("INT-38", 19, False),
        ("INT-24", 17, True),
        ("INT-24", 18, False),
        ("INT-14", 17, False),
        ("INT-13", 12, True),
        ("INT-13", 11, False),
        ("INT-22", 70, True),
    ],
)
def test_target_ages_follow_the_reference(starter: tuple[Intervention, ...], code: str, age: int, fits: bool) -> None:
    assert {i.code: i for i in starter}[code].fits_age(age) is fits


# --- malformed documents -----------------------------------------------------------------------------

Edit = Callable[[dict[str, Any]], object]

MALFORMED: dict[str, tuple[Edit, str]] = {
    "unknown field": (
        lambda doc: doc["interventions"][3].update(colour="red"),
        "interventions.3.colour (intervention INT-04): Extra inputs are not permitted",
    ),
    "unknown field at the top": (lambda doc: doc.update(status="x"), "status: Extra inputs are not permitted"),
    "missing flag": (
        lambda doc: doc["interventions"][21].pop("voluntary"),
        "interventions.21.voluntary (intervention INT-22): Field required",
    ),
    "text instead of a flag": (
        lambda doc: doc["interventions"][0].update(informational_only="false"),
        "interventions.0.informational_only (intervention INT-01): Input should be a valid boolean",
    ),
    "bad type": (
        lambda doc: doc["interventions"][5].update(type="religious"),
        "interventions.5.type (intervention INT-06): Input should be 'administrative',",
    ),
    "blank name": (
        lambda doc: doc["interventions"][0]["name"].update(en="  "),
        "interventions.0.name.en (intervention INT-01): must not be blank",
    ),
    "no process steps": (
        lambda doc: doc["interventions"][9].update(process_steps=[]),
        "interventions.9.process_steps (intervention INT-10): List should have at least 1 item",
    ),
    "bad date": (
        lambda doc: doc["interventions"][0].update(sunset_on="1 maart 2027"),
        "interventions.0.sunset_on (intervention INT-01): Input should be a valid date",
    ),
    "ages upside down": (
        lambda doc: doc["interventions"][37]["target_age"].update(min=18),
        "interventions.37.target_age (intervention INT-38): min must not be above max",
    ),
    "indicator twice": (
        lambda doc: doc["interventions"][21]["target_indicators"].append("P1"),
        "interventions.21.target_indicators (intervention INT-22): listed more than once: P1",
    ),
    "lower-case indicator": (
        lambda doc: doc["interventions"][21]["target_indicators"].append("p2"),
        "interventions.21.target_indicators.2 (intervention INT-22): String should match pattern",
    ),
    "duplicate code": (
        lambda doc: doc["interventions"][4].update(code="INT-04"),
        "interventions.4.code: INT-04 is used more than once (first at interventions.3)",
    ),
    "indicator outside the framework": (
        lambda doc: doc["interventions"][21]["target_indicators"].append("P9"),
        "interventions.21.target_indicators.2 (intervention INT-22): indicator P9 is not in framework "
        "beoordelingskader 2026.1",
    ),
    "dimension of an indicator not targeted": (
        lambda doc: doc["interventions"][21]["target_indicators"].append("D7"),
        "interventions.21.target_dimensions (intervention INT-22): lacks intent_behaviour, the dimension of D7",
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_document_is_refused_naming_the_place(case: str, framework: FrameworkVersion) -> None:
    edit, expected = MALFORMED[case]
    document = copy.deepcopy(starter_document())
    edit(document)
    for data in (document, json.dumps(document)):
        with pytest.raises(CatalogueFileError) as caught:
            parse_catalogue(data, framework)
        assert any(p.startswith(expected) for p in caught.value.problems), caught.value.problems


def test_without_a_framework_indicator_codes_are_only_checked_for_form() -> None:
    document = copy.deepcopy(starter_document())
    document["interventions"][21]["target_indicators"].append("P9")
    _, interventions = parse_catalogue(document)
    assert interventions[21].target_indicators == ("C3", "P1", "P9")


def test_all_format_problems_are_reported_at_once() -> None:
    document = copy.deepcopy(starter_document())
    document["interventions"][0]["colour"] = "red"
    document["interventions"][1]["availability"] = "soon"
    with pytest.raises(CatalogueFileError) as caught:
        parse_catalogue(document)
    assert len(caught.value.problems) == 2
    assert "interventions.1.availability (intervention INT-02)" in str(caught.value)


def test_a_registered_provider_is_kept() -> None:
    document = copy.deepcopy(starter_document())
    document["interventions"][16]["provider"]["organisation_id"] = ORGANISATION
    _, interventions = parse_catalogue(json.dumps(document))
    assert str(interventions[16].provider.organisation_id) == ORGANISATION


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"version": ', "document: Invalid JSON"),
        ("[]", "document: Input should be an object"),
        ({"version": float("nan")}, "document: not JSON data"),
        ({"version": "2026.1", "interventions": []}, "interventions: List should have at least 1 item"),
    ],
)
def test_what_is_not_a_catalogue_document_at_all(data: bytes | str | dict[str, Any], expected: str) -> None:
    with pytest.raises(CatalogueFileError) as caught:
        parse_catalogue(data)
    assert caught.value.problems[0].startswith(expected)
