"""Schemas of framework versions, crosswalks, ratings as input and the proposed level."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import Field

from api.v1.schemas.common import ApiModel, InputModel
from domain.assessment.concern import RuleCode
from domain.assessment.crosswalk import MappingRelation
from domain.assessment.framework import (
    Audience,
    ConcernLevel,
    DimensionCode,
    DimensionKind,
    FrameworkStatus,
    Presence,
    QuestionPurpose,
    Trend,
)
from domain.assessment.rating import SharingLevel

RelevanceName = Literal["low", "medium", "high"]
TEXT = 10_000


class LocalTextOut(ApiModel):
    nl: str
    en: str


class FrameworkSummary(ApiModel):
    id: uuid.UUID
    code: str
    version: str
    name: LocalTextOut
    status: FrameworkStatus
    imported_at: datetime
    published_at: datetime | None
    indicator_count: int


class DimensionOut(ApiModel):
    code: DimensionCode
    kind: DimensionKind
    label: LocalTextOut
    description: LocalTextOut


class QuestionOut(ApiModel):
    audience: Audience
    text: LocalTextOut
    purpose: QuestionPurpose


class IndicatorOut(ApiModel):
    code: str
    dimension: DimensionCode
    label: LocalTextOut
    definition: LocalTextOut
    examples: list[LocalTextOut]
    counter_indicators: list[LocalTextOut]
    acute: bool = Field(description="Warning behaviour: rated present, it raises an acute alert.")
    restricted: bool = Field(description="Special category data (health): never shown to partners.")
    static: bool
    core: bool
    questions: list[QuestionOut]


class RulesOut(ApiModel):
    unknown_core_threshold_percent: int
    elevated_min_risk_dimensions: int
    high_min_dimensions_with_high_relevance: int
    increasing_trend_indicators: list[str]
    protective_min_present: int


class CadenceOut(ApiModel):
    days_by_level: dict[ConcernLevel, int]
    follow_up_months_after_closure: list[int]


class FrameworkDetail(FrameworkSummary):
    change_log: str
    dimensions: list[DimensionOut]
    indicators: list[IndicatorOut]
    rules: RulesOut
    cadence: CadenceOut


class RatingInput(InputModel):
    code: str = Field(min_length=1, max_length=64)
    presence: Presence
    relevance: RelevanceName | None = Field(default=None, description="Required when presence is partly or present.")
    trend: Trend | None = None
    evidence_for: str = Field(default="", max_length=TEXT)
    evidence_against: str = Field(default="", max_length=TEXT)
    source: str = Field(default="", max_length=500)
    source_on: date | None = None
    sharing: SharingLevel = SharingLevel.SHAREABLE


class ProposalRequest(InputModel):
    ratings: list[RatingInput] = Field(max_length=200)


class FiredRuleOut(ApiModel):
    rule: RuleCode
    level: ConcernLevel
    indicator_codes: list[str]
    dimensions: list[DimensionCode]


class Proposal(ApiModel):
    """The level the rules propose and every rule that fired; people set the final level."""

    level: ConcernLevel
    rules_version: str
    fired: list[FiredRuleOut]


class CrosswalkSummary(ApiModel):
    id: uuid.UUID
    external_model: str
    version: str
    framework_id: uuid.UUID
    framework_version: str
    entry_count: int
    imported_at: datetime


class CrosswalkEntryOut(ApiModel):
    external_code: str
    external_label: str
    indicator_code: str
    relation: MappingRelation


class CrosswalkDetail(CrosswalkSummary):
    description: str
    entries: list[CrosswalkEntryOut]
