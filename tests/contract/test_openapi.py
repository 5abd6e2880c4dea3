"""openapi/v1.json is the committed contract: current, and held to the API Design Rules."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from api.main import create_app

COMMITTED = Path(__file__).resolve().parents[2] / "openapi" / "v1.json"
KEBAB_SEGMENT = re.compile(r"^([a-z0-9]+(-[a-z0-9]+)*|\{[a-z][A-Za-z0-9]*\})$")
CAMEL = re.compile(r"^[a-z][A-Za-z0-9]*$")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return create_app().openapi()


def test_the_committed_document_is_current(document: dict[str, Any]) -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == document, "openapi/v1.json is stale: run `make openapi`"


def test_it_is_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1")


def test_paths_are_versioned_kebab_case_without_trailing_slashes(document: dict[str, Any]) -> None:
    for path in document["paths"]:
        assert path.startswith("/api/v1/") and not path.endswith("/")
        assert all(KEBAB_SEGMENT.match(segment) for segment in path.split("/")[3:]), path


def test_operation_ids_are_unique_and_tagged(document: dict[str, Any]) -> None:
    ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))
    assert all("-" in operation_id for operation_id in ids)


def test_properties_and_parameters_are_camel_case(document: dict[str, Any]) -> None:
    for name, schema in document["components"]["schemas"].items():
        for prop in schema.get("properties", {}):
            assert CAMEL.match(prop), f"{name}.{prop}"
    for item in document["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []):
                if param["in"] in ("query", "path"):
                    assert CAMEL.match(param["name"]), param["name"]


def test_errors_are_problem_json_and_invalid_input_is_400_not_422(document: dict[str, Any]) -> None:
    for item in document["paths"].values():
        for op in item.values():
            responses = op["responses"]
            assert "422" not in responses
            for status, response in responses.items():
                if status.startswith(("4", "5")) and "content" in response:
                    assert "application/problem+json" in response["content"], (op["operationId"], status)


def test_no_secret_or_bsn_travels_in_a_url(document: dict[str, Any]) -> None:
    for item in document["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []):
                if param["in"] in ("query", "path"):
                    assert param["name"].lower() not in {"token", "access_token", "bsn", "password"}
