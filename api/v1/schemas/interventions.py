"""Schemas of the intervention catalogue (instrumentenkoffer)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from api.v1.schemas.common import ApiModel, InputModel
from api.v1.schemas.frameworks import LocalTextOut
from domain.assessment.framework import DimensionCode
from domain.plan.catalogue import Availability, InterventionType

Code = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,5}-[0-9]{2,4}$")]
# The limits of the catalogue file format (persistence/catalogue_files.py), in which each entry is stored.
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Long = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
ProviderName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
IndicatorCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{1,3}[0-9]{1,3}$")]
Age = Annotated[int, Field(ge=0, le=120)]


class LabelIn(InputModel):
    nl: Short
    en: Short


class TextIn(InputModel):
    nl: Long
    en: Long


class AgeRangeIn(InputModel):
    min: Age | None = None
    max: Age | None = None
    note: Annotated[str, StringConstraints(max_length=300)] = ""

    @model_validator(mode="after")
    def _ordered(self) -> AgeRangeIn:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not be above max")
        return self


class ProviderIn(InputModel):
    organisation_id: uuid.UUID | None = None
    name: ProviderName


class InterventionFields(InputModel):
    """Every field of an intervention but its code; all optional, for PATCH."""

    name: LabelIn | None = None
    description: TextIn | None = None
    goal: TextIn | None = None
    type: InterventionType | None = None
    voluntary: bool | None = None
    target_dimensions: list[DimensionCode] | None = Field(None, max_length=len(DimensionCode))
    target_indicators: list[IndicatorCode] | None = Field(None, max_length=60)
    target_age: AgeRangeIn | None = None
    provider: ProviderIn | None = None
    conditions: TextIn | None = None
    process_steps: list[TextIn] | None = Field(None, min_length=1, max_length=10)
    contact: Annotated[str, StringConstraints(max_length=500)] | None = None
    legal_basis: TextIn | None = None
    duration: TextIn | None = None
    availability: Availability | None = None
    evidence_note: TextIn | None = None
    sunset_on: date | None = None
    informational_only: bool | None = None


class InterventionCreate(InputModel):
    code: Code
    name: LabelIn
    description: TextIn
    goal: TextIn
    type: InterventionType
    voluntary: bool
    target_dimensions: list[DimensionCode] = Field(default_factory=list, max_length=len(DimensionCode))
    target_indicators: list[IndicatorCode] = Field(default_factory=list, max_length=60)
    target_age: AgeRangeIn = Field(default_factory=AgeRangeIn)
    provider: ProviderIn
    conditions: TextIn
    process_steps: list[TextIn] = Field(min_length=1, max_length=10)
    contact: Annotated[str, StringConstraints(max_length=500)] = ""
    legal_basis: TextIn
    duration: TextIn
    availability: Availability
    evidence_note: TextIn
    sunset_on: date | None = None
    informational_only: bool = False


class RetireRequest(InputModel):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class AgeRangeOut(ApiModel):
    min: int | None
    max: int | None
    note: str


class ProviderOut(ApiModel):
    organisation_id: uuid.UUID | None
    name: str


class InterventionOut(ApiModel):
    id: uuid.UUID
    code: str
    name: LocalTextOut
    description: LocalTextOut
    goal: LocalTextOut
    type: InterventionType
    voluntary: bool
    target_dimensions: list[DimensionCode]
    target_indicators: list[str]
    target_age: AgeRangeOut
    provider: ProviderOut
    conditions: LocalTextOut
    process_steps: list[LocalTextOut]
    contact: str
    legal_basis: LocalTextOut
    duration: LocalTextOut
    availability: Availability
    evidence_note: LocalTextOut
    sunset_on: date | None
    informational_only: bool
    retired_at: datetime | None
    retired_reason: str | None
    version: int
