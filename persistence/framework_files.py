"""Framework versions as JSON files: the format (strict Pydantic models), parsing into the domain dataclasses,
the inverse for storing a version, and the starter framework shipped with the package. Every input goes through
the JSON validator in strict mode, so a dict meets the rules of a file: no "28" for 28, no unknown keys."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from importlib import resources
from itertools import pairwise
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

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

D = TypeVar("D", bound=BaseModel)
STARTER_FILE = "beoordelingskader-2026.1.json"
_RISK_DIMENSIONS = len(DimensionCode) - 1


class FrameworkFileError(ValueError):
    """A framework document that cannot be used; `problems` are sentences naming the offending place."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("unusable framework document: " + "; ".join(problems))
        self.problems = problems


def not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


ShortText = Annotated[str, StringConstraints(min_length=1, max_length=120), AfterValidator(not_blank)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=1000), AfterValidator(not_blank)]
IndicatorCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{1,3}[0-9]{1,3}$")]
Days = Annotated[int, Field(ge=1, le=366)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LabelDocument(_Strict):
    """A short text in Dutch (the default) and English."""

    nl: ShortText
    en: ShortText


class TextDocument(_Strict):
    """A text of a sentence or two in Dutch (the default) and English."""

    nl: LongText
    en: LongText


class QuestionDocument(_Strict):
    """A guidance question for one audience; family wording never names radicalisation or extremism."""

    audience: Audience
    purpose: QuestionPurpose
    text: TextDocument


class DimensionDocument(_Strict):
    code: DimensionCode
    kind: DimensionKind
    label: LabelDocument
    description: TextDocument


class IndicatorDocument(_Strict):
    """One indicator; the code is a stable key across versions, labels and texts may change."""

    code: IndicatorCode
    dimension: DimensionCode
    label: LabelDocument
    definition: TextDocument
    examples: list[TextDocument] = Field(default_factory=list, max_length=10)
    counter_indicators: list[TextDocument] = Field(default_factory=list, max_length=10)
    # The flags are required: forgetting `restricted` on a health indicator must not pass silently.
    acute: bool
    restricted: bool
    static: bool
    core: bool
    questions: list[QuestionDocument] = Field(min_length=1, max_length=40)


class RulesDocument(_Strict):
    """Parameters of the concern rules: policy choices, versioned with the framework, not statistics."""

    unknown_core_threshold_percent: int = Field(ge=0, le=100)
    elevated_min_risk_dimensions: int = Field(ge=1, le=_RISK_DIMENSIONS)
    high_min_dimensions_with_high_relevance: int = Field(ge=1, le=_RISK_DIMENSIONS - 1)
    increasing_trend_indicators: list[IndicatorCode] = Field(max_length=200)
    protective_min_present: int = Field(ge=1, le=200)


class DaysByLevelDocument(_Strict):
    """Days until the next review, for every concern level."""

    insufficient_information: Days
    low: Days
    elevated: Days
    high: Days
    acute: Days


class CadenceDocument(_Strict):
    days_by_level: DaysByLevelDocument
    follow_up_months_after_closure: list[Annotated[int, Field(ge=1, le=60)]] = Field(max_length=12)

    @field_validator("follow_up_months_after_closure")
    @classmethod
    def _increasing(cls, months: list[int]) -> list[int]:
        if any(later <= earlier for earlier, later in pairwise(months)):
            raise ValueError("months must be strictly increasing")
        return months


class FrameworkDocument(_Strict):
    """A version of the assessment framework (beoordelingskader) as stored in the repository."""

    code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{1,63}$")]
    version: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,4}(\.[0-9]{1,4}){1,2}$")]
    name: LabelDocument
    change_log: Annotated[str, StringConstraints(min_length=1, max_length=10_000), AfterValidator(not_blank)]
    dimensions: list[DimensionDocument] = Field(min_length=1, max_length=20)
    indicators: list[IndicatorDocument] = Field(min_length=1, max_length=200)
    rules: RulesDocument
    cadence: CadenceDocument


def parse_framework(data: bytes | str | Mapping[str, Any]) -> FrameworkVersion:
    """Validate a framework document (JSON text or its parsed form) and return the domain version.

    Raises FrameworkFileError with every format problem, or, if the format is sound, every domain problem.
    """
    document = validate_document(FrameworkDocument, data, FrameworkFileError, "indicators", "indicator")
    framework = _to_domain(document)
    problems = framework_problems(framework)
    if problems:
        raise FrameworkFileError(problems)
    return framework


def framework_to_document(framework: FrameworkVersion) -> dict[str, Any]:
    """The JSON-ready document of a version; `parse_framework` of it gives an equal version back.

    Only the file format is enforced here (FrameworkFileError); the domain rules are `framework_problems`.
    """
    try:
        # The document's field names are the domain's attribute names, so the models read the dataclasses.
        document = FrameworkDocument.model_validate(framework, from_attributes=True)
    except ValidationError as exc:
        codes = {"indicators": [{"code": i.code} for i in framework.indicators]}
        raise FrameworkFileError(_describe(exc, codes)) from None
    return document.model_dump(mode="json")


def starter_framework() -> FrameworkVersion:
    """The framework version shipped with the application (persistence/frameworks/)."""
    data = (resources.files("persistence") / "frameworks" / STARTER_FILE).read_bytes()
    return parse_framework(data)


def framework_json_schema() -> dict[str, Any]:
    """JSON Schema of the file format, for documentation and editor support."""
    return FrameworkDocument.model_json_schema()


def validate_document(
    model: type[D],
    data: bytes | str | Mapping[str, Any],
    error: Callable[[list[str]], Exception],
    collection: str,
    noun: str,
) -> D:
    """Validate JSON text or its parsed form strictly against `model`; every format problem is raised at once
    as `error`, located (and named by the code of the entry it is in: `collection`, `noun`)."""
    raw: object = data
    if isinstance(data, Mapping):
        try:
            text: bytes | str = json.dumps(data, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise error([f"document: not JSON data ({exc})"]) from None
    else:
        text = data
        try:
            raw = json.loads(data)
        except ValueError:
            raw = None  # the validator reports where the JSON breaks
    try:
        return model.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise error(describe_validation_error(exc, raw, collection, noun)) from None


def describe_validation_error(error: ValidationError, raw: object, collection: str, noun: str) -> list[str]:
    """Pydantic's errors as located sentences; a location inside `raw[collection][i]` also names that
    entry's code (e.g. "indicators.3.questions (indicator A4): ...")."""
    problems = []
    for detail in error.errors(include_url=False):
        location = ".".join(str(part) for part in detail["loc"]) or "document"
        code = _code_at(raw, detail["loc"], collection)
        if code is not None:
            location += f" ({noun} {code})"
        message = str(detail["ctx"]["error"]) if detail["type"] == "value_error" else detail["msg"]
        problems.append(f"{location}: {message}")
    return problems


def _describe(error: ValidationError, raw: object) -> list[str]:
    return describe_validation_error(error, raw, "indicators", "indicator")


def _code_at(raw: Any, loc: tuple[int | str, ...], collection: str) -> str | None:
    """The code of the entry a location points into, when the raw document has a readable one."""
    try:
        code = raw[collection][loc[1]]["code"] if len(loc) > 2 and loc[0] == collection else None
    except (KeyError, IndexError, TypeError):
        return None
    return code if isinstance(code, str) and code.strip() else None


def local_text(text: LabelDocument | TextDocument) -> LocalText:
    return LocalText(nl=text.nl, en=text.en)


def _to_domain(document: FrameworkDocument) -> FrameworkVersion:
    days, rules = document.cadence.days_by_level, document.rules
    return FrameworkVersion(
        code=document.code,
        version=document.version,
        name=local_text(document.name),
        change_log=document.change_log,
        dimensions=tuple(
            Dimension(code=d.code, kind=d.kind, label=local_text(d.label), description=local_text(d.description))
            for d in document.dimensions
        ),
        indicators=tuple(
            Indicator(
                code=i.code,
                dimension=i.dimension,
                label=local_text(i.label),
                definition=local_text(i.definition),
                examples=tuple(local_text(e) for e in i.examples),
                counter_indicators=tuple(local_text(c) for c in i.counter_indicators),
                acute=i.acute,
                restricted=i.restricted,
                static=i.static,
                core=i.core,
                questions=tuple(GuidanceQuestion(q.audience, local_text(q.text), q.purpose) for q in i.questions),
            )
            for i in document.indicators
        ),
        rules=ConcernRuleSet(
            **{**document.rules.model_dump(), "increasing_trend_indicators": tuple(rules.increasing_trend_indicators)}
        ),
        cadence=ReviewCadence(
            days_by_level={level: getattr(days, level.value) for level in ConcernLevel},
            follow_up_months_after_closure=tuple(document.cadence.follow_up_months_after_closure),
        ),
    )
