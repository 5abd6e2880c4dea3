"""Reading uploaded framework and crosswalk documents into the domain, with every problem of the file
as an invalid parameter named by its location (JSON path, or spreadsheet row and field)."""

from __future__ import annotations

import uuid
from typing import Any

from domain.assessment.catalogue import FrameworkId
from domain.assessment.crosswalk import Crosswalk
from domain.assessment.framework import FrameworkVersion
from domain.errors import InvalidInput, InvalidParam
from domain.services.crosswalks import CrosswalkReader, FrameworkTarget
from persistence.crosswalk_files import CrosswalkFileError, crosswalk_from_csv, crosswalk_from_json
from persistence.framework_files import FrameworkFileError, parse_framework

CSV = "text/csv"


def problems_as_params(problems: list[str]) -> list[InvalidParam]:
    """The loaders' "location: reason" sentences as invalid parameters."""
    params = []
    for problem in problems:
        location, separator, reason = problem.partition(": ")
        params.append(InvalidParam(location, reason) if separator else InvalidParam("document", problem))
    return params


def parse_framework_document(document: dict[str, Any]) -> FrameworkVersion:
    try:
        return parse_framework(document)
    except FrameworkFileError as error:
        raise InvalidInput(problems_as_params(error.problems), "The framework document is not usable.") from None


def _unusable(error: CrosswalkFileError) -> InvalidInput:
    return InvalidInput(problems_as_params(error.problems), "The crosswalk is not usable.")


def read_crosswalk_upload(
    content_type: str,
    body: bytes,
    *,
    external_model: str | None,
    version: str | None,
    framework_id: uuid.UUID | None,
) -> tuple[FrameworkTarget, CrosswalkReader]:
    """Which framework version the upload maps onto, and how to read it against that version.

    CSV needs its metadata as query parameters; a JSON document carries its own and names its
    framework version by code and version."""
    if content_type.split(";", 1)[0].strip().lower() == CSV:
        given = {"externalModel": external_model, "version": version, "frameworkId": framework_id}
        missing = [InvalidParam(name, "is required for a CSV upload") for name, value in given.items() if not value]
        if missing:
            raise InvalidInput(missing)
        assert external_model and version and framework_id

        def read_csv(framework: FrameworkVersion) -> Crosswalk:
            try:
                return crosswalk_from_csv(
                    body,
                    external_model=external_model,
                    version=version,
                    framework_code=framework.code,
                    framework_version=framework.version,
                    framework=framework,
                )
            except CrosswalkFileError as error:
                raise _unusable(error) from None

        return FrameworkId(framework_id), read_csv
    if external_model is not None or version is not None or framework_id is not None:
        raise InvalidInput.field("query", "a JSON document carries its own metadata; send no query parameters")
    try:
        preview = crosswalk_from_json(body)
    except CrosswalkFileError as error:
        raise _unusable(error) from None

    def read_json(framework: FrameworkVersion) -> Crosswalk:
        try:
            return crosswalk_from_json(body, framework=framework)
        except CrosswalkFileError as error:
            raise _unusable(error) from None

    return (preview.framework_code, preview.framework_version), read_json
