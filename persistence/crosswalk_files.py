"""Crosswalk files: a mapping from an external model's item codes to our indicators, read from JSON or
CSV (as the police or a policy adviser would supply it) and written back as a JSON document.

JSON (snake_case keys, nothing else allowed)::

    {"external_model": "politie-kim", "version": "2026.1",
     "framework_code": "beoordelingskader", "framework_version": "2026.1", "description": "...",
     "entries": [{"external_code": "K1", "external_label": "...", "indicator_code": "B1",
                  "relation": "equivalent"}, ...]}

CSV: a header row ``external_code,external_label,indicator_code,relation`` (any order; ``;`` as the
separator also works, as Dutch spreadsheet programs write it) and one mapping per row; the metadata is
passed as arguments. Every problem is reported at once, located by JSON path or by spreadsheet row
(the header is row 1) and field, and, when a framework version is given, the domain rules of
`crosswalk_problems` are checked too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from domain.assessment.crosswalk import Crosswalk, CrosswalkEntry, MappingRelation, crosswalk_problem_details
from domain.assessment.framework import FrameworkVersion

STARTER_CROSSWALK = "politie-kim-2026.1-to-beoordelingskader-2026.1.json"
CSV_COLUMNS = ("external_code", "external_label", "indicator_code", "relation")

Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
RelationName = Literal["equivalent", "broader", "narrower", "partial"]
assert set(get_args(RelationName)) == {r.value for r in MappingRelation}


class CrosswalkFileError(Exception):
    """The file cannot be used; `problems` says where and why, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class EntryFile(_Strict):
    external_code: Code
    external_label: Label
    indicator_code: Code
    relation: RelationName


class MetadataFile(_Strict):
    external_model: Code
    version: Code
    framework_code: Code
    framework_version: Code
    description: Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)] = ""


class CrosswalkFile(MetadataFile):
    entries: Annotated[list[EntryFile], Field(min_length=1, max_length=5000)]


def crosswalk_from_json(text: str | bytes, *, framework: FrameworkVersion | None = None) -> Crosswalk:
    """Read a crosswalk JSON document; raises CrosswalkFileError naming each problem's JSON path."""
    try:
        document = CrosswalkFile.model_validate_json(_decode(text))
    except ValidationError as error:
        raise CrosswalkFileError([_json_problem(e["loc"], e["msg"]) for e in error.errors()]) from None
    crosswalk = _crosswalk(document, document.entries)
    _check(crosswalk, framework, lambda index, field: f"entries[{index}].{field}")
    return crosswalk


def crosswalk_from_csv(
    text: str | bytes,
    *,
    external_model: str,
    version: str,
    framework_code: str,
    framework_version: str,
    description: str = "",
    framework: FrameworkVersion | None = None,
) -> Crosswalk:
    """Read a crosswalk from CSV with the metadata given as arguments; raises CrosswalkFileError naming
    each problem's row (the header is row 1) and field."""
    problems: list[str] = []
    try:
        metadata = MetadataFile.model_validate(
            {
                "external_model": external_model,
                "version": version,
                "framework_code": framework_code,
                "framework_version": framework_version,
                "description": description,
            }
        )
    except ValidationError as error:
        problems += [f"argument {_path(e['loc'])}: {e['msg']}" for e in error.errors()]
    entries, rows, csv_problems = _read_csv(_decode(text))
    problems += csv_problems
    if problems:
        raise CrosswalkFileError(problems)
    crosswalk = _crosswalk(metadata, entries)
    _check(crosswalk, framework, lambda index, field: f"row {rows[index]}, field {field}")
    return crosswalk


def read_crosswalk_file(
    path: Path,
    *,
    framework: FrameworkVersion | None = None,
    external_model: str | None = None,
    version: str | None = None,
    framework_code: str | None = None,
    framework_version: str | None = None,
    description: str = "",
) -> Crosswalk:
    """Read a .json or .csv crosswalk file; a CSV file needs the metadata as arguments, a JSON file
    carries its own."""
    metadata = {
        "external_model": external_model,
        "version": version,
        "framework_code": framework_code,
        "framework_version": framework_version,
    }
    data = path.read_bytes()
    if path.suffix.lower() == ".json":
        given = [name for name, value in metadata.items() if value is not None]
        if given or description:
            raise CrosswalkFileError([f"{path.name}: a JSON file carries its own metadata; do not pass it"])
        return crosswalk_from_json(data, framework=framework)
    if path.suffix.lower() == ".csv":
        if None in metadata.values():
            raise CrosswalkFileError(
                [f"argument {name}: required for a CSV file" for name, value in metadata.items() if value is None]
            )
        return crosswalk_from_csv(
            data,
            external_model=external_model or "",
            version=version or "",
            framework_code=framework_code or "",
            framework_version=framework_version or "",
            description=description,
            framework=framework,
        )
    raise CrosswalkFileError([f"{path.name}: expected a .json or .csv file"])


def starter_crosswalk(framework: FrameworkVersion | None = None) -> Crosswalk:
    """The crosswalk shipped with the application (illustrative until the police supply their items)."""
    data = resources.files("persistence").joinpath("frameworks", STARTER_CROSSWALK).read_bytes()
    return crosswalk_from_json(data, framework=framework)


def crosswalk_to_document(crosswalk: Crosswalk) -> dict[str, Any]:
    """The JSON document `crosswalk_from_json` reads back to the same crosswalk."""
    return {
        "external_model": crosswalk.external_model,
        "version": crosswalk.version,
        "framework_code": crosswalk.framework_code,
        "framework_version": crosswalk.framework_version,
        "description": crosswalk.description,
        "entries": [
            {
                "external_code": e.external_code,
                "external_label": e.external_label,
                "indicator_code": e.indicator_code,
                "relation": e.relation.value,
            }
            for e in crosswalk.entries
        ],
    }


def _decode(text: str | bytes) -> str:
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise CrosswalkFileError([f"document: not UTF-8 text (byte {error.start})"]) from None
    return text.removeprefix("\ufeff")


def _crosswalk(metadata: MetadataFile, entries: list[EntryFile]) -> Crosswalk:
    return Crosswalk(
        external_model=metadata.external_model,
        version=metadata.version,
        framework_code=metadata.framework_code,
        framework_version=metadata.framework_version,
        description=metadata.description,
        entries=tuple(
            CrosswalkEntry(e.external_code, e.external_label, e.indicator_code, MappingRelation(e.relation))
            for e in entries
        ),
    )


def _check(crosswalk: Crosswalk, framework: FrameworkVersion | None, locate: Callable[[int, str], str]) -> None:
    problems = [
        p.message if p.entry_index is None else f"{locate(p.entry_index, p.field or '')}: {p.message}"
        for p in crosswalk_problem_details(crosswalk, framework)
    ]
    if problems:
        raise CrosswalkFileError(problems)


def _read_csv(text: str) -> tuple[list[EntryFile], list[int], list[str]]:
    """Entries, the spreadsheet row of each, and the problems found."""
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), "")
    delimiter = ";" if ";" in header_line and "," not in header_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    entries: list[EntryFile] = []
    rows: list[int] = []
    problems: list[str] = []
    header: list[str] | None = None
    row = 0
    try:
        for record in reader:
            row += 1
            cells = [cell.strip() for cell in record]
            if not any(cells):
                continue
            if header is None:
                header = cells
                problems += _header_problems(header)
                if problems:
                    return [], [], problems
                continue
            if len(cells) != len(header):
                problems.append(f"row {row}: has {len(cells)} fields, the header has {len(header)}")
                continue
            try:
                entries.append(EntryFile.model_validate(dict(zip(header, cells, strict=True))))
                rows.append(row)
            except ValidationError as error:
                problems += [f"row {row}, field {_path(e['loc'])}: {e['msg']}" for e in error.errors()]
    except csv.Error as error:
        problems.append(f"row {row + 1}: {error}")
    if header is None:
        problems.append(f"header: the file is empty; expected the columns {','.join(CSV_COLUMNS)}")
    elif not entries and not problems:
        problems.append("the file has a header but no mappings")
    return entries, rows, problems


def _header_problems(header: list[str]) -> list[str]:
    problems = [f"header: missing column {name}" for name in CSV_COLUMNS if name not in header]
    problems += [f"header: unknown column {name!r}" for name in header if name not in CSV_COLUMNS]
    problems += [f"header: column {name} appears more than once" for name in CSV_COLUMNS if header.count(name) > 1]
    return problems


def _path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _json_problem(loc: tuple[int | str, ...], message: str) -> str:
    return f"{_path(loc) or 'document'}: {message}"
