"""The intervention catalogue (instrumentenkoffer) as a JSON file: the format (strict Pydantic models), parsing
into domain interventions, and the starter catalogue shipped with the package. Like framework files, every input
goes through the JSON validator in strict mode, so a dict meets the rules of a file."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Mapping
from datetime import date
from importlib import resources
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from domain.assessment.framework import DimensionCode, FrameworkVersion, LocalText
from domain.ids import OrganisationId
from domain.plan.catalogue import AgeRange, Availability, Intervention, InterventionType, Provider
from persistence.framework_files import (
    IndicatorCode,
    LabelDocument,
    TextDocument,
    describe_validation_error,
    local_text,
    not_blank,
    validate_document,
)

STARTER_FILE = "instrumentenkoffer-2026.1.json"
T = TypeVar("T")


class CatalogueFileError(ValueError):
    """A catalogue document that cannot be used; `problems` are sentences naming the offending place."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("unusable catalogue document: " + "; ".join(problems))
        self.problems = problems


def _unique(values: list[T]) -> list[T]:
    twice = [str(value) for value, count in Counter(values).items() if count > 1]
    if twice:
        raise ValueError("listed more than once: " + ", ".join(twice))
    return values


ProviderName = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(not_blank)]
Age = Annotated[int, Field(ge=0, le=120)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AgeDocument(_Strict):
    """Ages of the person in the case, both ends inclusive; null is open. The note explains practice ranges."""

    min: Age | None
    max: Age | None
    note: Annotated[str, StringConstraints(max_length=300)] = ""

    @model_validator(mode="after")
    def _ordered(self) -> AgeDocument:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not be above max")
        return self


class ProviderDocument(_Strict):
    organisation_id: uuid.UUID | None
    name: ProviderName


class InterventionDocument(_Strict):
    """One intervention; the code is a stable key, the texts may change."""

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,5}-[0-9]{2,4}$")]
    name: LabelDocument
    description: TextDocument
    goal: TextDocument
    type: InterventionType
    # Required without default: a compulsory measure must not pass as voluntary because a key was forgotten.
    voluntary: bool
    target_dimensions: Annotated[list[DimensionCode], AfterValidator(_unique)] = Field(max_length=len(DimensionCode))
    target_indicators: Annotated[list[IndicatorCode], AfterValidator(_unique)] = Field(max_length=60)
    target_age: AgeDocument
    provider: ProviderDocument
    conditions: TextDocument
    process_steps: list[TextDocument] = Field(min_length=1, max_length=10)
    contact: Annotated[str, StringConstraints(max_length=500)] = ""
    legal_basis: TextDocument
    duration: TextDocument
    availability: Availability
    evidence_note: TextDocument
    sunset_on: date | None
    informational_only: bool


class CatalogueDocument(_Strict):
    """A version of the intervention catalogue as stored in the repository."""

    version: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,4}(\.[0-9]{1,4}){1,2}$")]
    interventions: list[InterventionDocument] = Field(min_length=1, max_length=200)


def parse_catalogue(
    data: bytes | str | Mapping[str, Any], framework: FrameworkVersion | None = None
) -> tuple[str, tuple[Intervention, ...]]:
    """Validate a catalogue document (JSON text or its parsed form); return its version and interventions.

    With a framework, every target indicator must exist in it and its dimension must be among the targets.
    Raises CatalogueFileError with every format problem, or, if the format is sound, every content problem.
    """
    document = validate_document(CatalogueDocument, data, CatalogueFileError, "interventions", "intervention")
    problems = _content_problems(document, framework)
    if problems:
        raise CatalogueFileError(problems)
    return document.version, tuple(_to_domain(entry) for entry in document.interventions)


def starter_catalogue(framework: FrameworkVersion | None = None) -> tuple[str, tuple[Intervention, ...]]:
    """The catalogue shipped with the application (persistence/catalogue/)."""
    data = (resources.files("persistence") / "catalogue" / STARTER_FILE).read_bytes()
    return parse_catalogue(data, framework)


def _content_problems(document: CatalogueDocument, framework: FrameworkVersion | None) -> list[str]:
    problems: list[str] = []
    first_at: dict[str, int] = {}
    for n, entry in enumerate(document.interventions):
        where = f"interventions.{n}"
        if entry.code in first_at:
            problems.append(
                f"{where}.code: {entry.code} is used more than once (first at interventions.{first_at[entry.code]})"
            )
        first_at.setdefault(entry.code, n)
        if framework is None:
            continue
        for k, code in enumerate(entry.target_indicators):
            indicator = framework.indicator(code)
            if indicator is None:
                problems.append(
                    f"{where}.target_indicators.{k} (intervention {entry.code}): indicator {code} is not in "
                    f"framework {framework.code} {framework.version}"
                )
            elif indicator.dimension not in entry.target_dimensions:
                problems.append(
                    f"{where}.target_dimensions (intervention {entry.code}): lacks {indicator.dimension.value}, "
                    f"the dimension of {code}"
                )
    return problems


def _describe(error: ValidationError, raw: object) -> list[str]:
    return describe_validation_error(error, raw, "interventions", "intervention")


def _to_domain(entry: InterventionDocument) -> Intervention:
    organisation = entry.provider.organisation_id
    return Intervention(
        code=entry.code,
        name=local_text(entry.name),
        description=local_text(entry.description),
        goal=local_text(entry.goal),
        type=entry.type,
        voluntary=entry.voluntary,
        target_dimensions=tuple(entry.target_dimensions),
        target_indicators=tuple(entry.target_indicators),
        target_age=AgeRange(min=entry.target_age.min, max=entry.target_age.max, note=entry.target_age.note),
        provider=Provider(
            organisation_id=OrganisationId(organisation) if organisation is not None else None,
            name=entry.provider.name,
        ),
        conditions=local_text(entry.conditions),
        process_steps=tuple(local_text(step) for step in entry.process_steps),
        contact=entry.contact,
        legal_basis=local_text(entry.legal_basis),
        duration=local_text(entry.duration),
        availability=entry.availability,
        evidence_note=local_text(entry.evidence_note),
        sunset_on=entry.sunset_on,
        informational_only=entry.informational_only,
    )


def intervention_to_document(intervention: Intervention) -> dict[str, Any]:
    """The file form of one intervention (what is stored per row); id, retirement and version live beside it."""
    i = intervention

    def text(value: LocalText) -> dict[str, str]:
        return {"nl": value.nl, "en": value.en}

    organisation = i.provider.organisation_id
    return {
        "code": i.code,
        "name": text(i.name),
        "description": text(i.description),
        "goal": text(i.goal),
        "type": i.type.value,
        "voluntary": i.voluntary,
        "target_dimensions": [d.value for d in i.target_dimensions],
        "target_indicators": list(i.target_indicators),
        "target_age": {"min": i.target_age.min, "max": i.target_age.max, "note": i.target_age.note},
        "provider": {"organisation_id": str(organisation) if organisation else None, "name": i.provider.name},
        "conditions": text(i.conditions),
        "process_steps": [text(step) for step in i.process_steps],
        "contact": i.contact,
        "legal_basis": text(i.legal_basis),
        "duration": text(i.duration),
        "availability": i.availability.value,
        "evidence_note": text(i.evidence_note),
        "sunset_on": i.sunset_on.isoformat() if i.sunset_on else None,
        "informational_only": i.informational_only,
    }


def intervention_from_document(document: Mapping[str, Any]) -> Intervention:
    """One intervention in file form, validated like an entry of a catalogue file (CatalogueFileError if not)."""
    try:
        entry = InterventionDocument.model_validate_json(json.dumps(document), strict=True)
    except ValidationError as exc:
        raise CatalogueFileError(_describe(exc, document)) from None
    return _to_domain(entry)
