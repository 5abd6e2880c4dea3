"""Schemas of assessments, their comparison, acute alerts and overdue reviews."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import Field

from api.v1.schemas.common import ApiModel, InputModel
from api.v1.schemas.frameworks import TEXT, Proposal, RatingInput, RelevanceName
from domain.assessment.alerts import MAX_NOTE, AlertRouting
from domain.assessment.comparison import DisagreementKind
from domain.assessment.concern import ChangeDirection
from domain.assessment.framework import ConcernLevel, DimensionCode, DimensionKind, Presence, Trend
from domain.assessment.model import (
    MAX_ASSESSORS,
    MAX_NAME,
    MAX_SCENARIOS,
    AssessmentStatus,
    AssessmentType,
    InformationCompleteness,
    Perspective,
    ScenarioLikelihood,
)
from domain.assessment.rating import SharingLevel

Assessor = str


class AssessmentCreate(InputModel):
    type: AssessmentType
    perspective: Perspective
    assessed_on: date
    assessors: list[Assessor] = Field(default_factory=list, max_length=MAX_ASSESSORS)
    information_completeness: InformationCompleteness
    framework_id: uuid.UUID | None = Field(default=None, description="Default: the published version.")
    crosswalk_id: uuid.UUID | None = Field(default=None, description="Enter the ratings in the external model's codes.")


class FormulationIO(ApiModel):
    drivers: str = Field(default="", max_length=TEXT)
    inhibitors: str = Field(default="", max_length=TEXT, description="What holds the person back.")
    destabilisers: str = Field(default="", max_length=TEXT)
    protective_anchors: str = Field(default="", max_length=TEXT)


class FormulationInput(InputModel, FormulationIO):
    pass


class ScenarioOut(ApiModel):
    title: str
    description: str
    likelihood: ScenarioLikelihood
    warning_signs: str
    indicator_codes: list[str]


class ScenarioInput(InputModel):
    title: str = Field(min_length=1, max_length=MAX_NAME)
    description: str = Field(default="", max_length=TEXT)
    likelihood: ScenarioLikelihood
    warning_signs: str = Field(default="", max_length=TEXT)
    indicator_codes: list[str] = Field(default_factory=list, max_length=100)


class AssessmentUpdate(InputModel):
    """Every field optional: only what is sent changes. Ratings are upserted by code."""

    type: AssessmentType | None = None
    assessed_on: date | None = None
    assessors: list[Assessor] | None = Field(default=None, max_length=MAX_ASSESSORS)
    information_completeness: InformationCompleteness | None = None
    ratings: list[RatingInput] | None = Field(default=None, max_length=200)
    external_ratings: list[RatingInput] | None = Field(
        default=None, max_length=200, description="In the crosswalk's external codes; translated onto our indicators."
    )
    formulation: FormulationInput | None = None
    scenarios: list[ScenarioInput] | None = Field(default=None, max_length=MAX_SCENARIOS)


class AgreementInput(InputModel):
    organisation_id: uuid.UUID
    agrees: bool
    note: str = Field(default="", max_length=TEXT)


class AssessmentSubmit(InputModel):
    final_level: ConcernLevel
    rationale: str | None = Field(
        default=None, max_length=TEXT, description="Required when the final level differs from the proposed level."
    )
    agreements: list[AgreementInput] = Field(
        default_factory=list, max_length=50, description="Joint assessments: one per participating organisation."
    )


class DimensionProfile(ApiModel):
    dimension: DimensionCode
    kind: DimensionKind
    present: int
    partly: int
    absent: int
    unknown: int
    present_high_relevance: int
    increasing: int


class AssessmentSummary(ApiModel):
    id: uuid.UUID
    case_id: uuid.UUID
    type: AssessmentType
    perspective: Perspective
    status: AssessmentStatus
    assessed_on: date
    framework_id: uuid.UUID
    framework_version: str
    organisation_id: uuid.UUID
    organisation_name: str
    proposed_level: ConcernLevel
    final_level: ConcernLevel | None
    next_review_on: date | None
    submitted_at: datetime | None
    profiles: list[DimensionProfile] = Field(description="Counted from the ratings you may see.")


class RatingOut(ApiModel):
    code: str
    presence: Presence
    relevance: RelevanceName | None
    trend: Trend | None
    evidence_for: str
    evidence_against: str
    source: str
    source_on: date | None
    sharing: SharingLevel
    withheld: Literal["summary"] | None = Field(description="'summary': you see presence only, the rest is blanked.")


class ExternalRatingOut(RatingOut):
    label: str = Field(description="Our short wording of the external item.")


class DerivedRatingOut(ApiModel):
    code: str
    from_external_codes: list[str]
    capped: bool = Field(description="The mapping changed what an entered presence counts as.")


class IndicatorChange(ApiModel):
    code: str
    dimension: DimensionCode
    presence_before: Presence
    presence_after: Presence
    relevance_before: RelevanceName | None
    relevance_after: RelevanceName | None
    direction: ChangeDirection


class AgreementOut(ApiModel):
    organisation_id: uuid.UUID
    organisation_name: str
    agrees: bool
    note: str


class AssessmentActionsOut(ApiModel):
    edit: bool
    submit: bool


class AssessmentDetail(AssessmentSummary):
    assessors: list[str]
    information_completeness: InformationCompleteness
    crosswalk_id: uuid.UUID | None
    ratings: list[RatingOut]
    external_ratings: list[ExternalRatingOut]
    derived: list[DerivedRatingOut]
    formulation: FormulationIO
    scenarios: list[ScenarioOut]
    proposal: Proposal
    changes_since_previous: list[IndicatorChange]
    rationale: str | None
    agreements: list[AgreementOut]
    allowed: AssessmentActionsOut
    version: int


class ComparedPerspective(ApiModel):
    perspective: Perspective
    assessment_id: uuid.UUID
    assessed_on: date
    organisation_name: str


class ComparisonCell(ApiModel):
    perspective: Perspective
    presence: Presence | None
    relevance: RelevanceName | None


class ComparisonRow(ApiModel):
    dimension: DimensionCode
    indicator_code: str
    cells: list[ComparisonCell]


class DisagreementOut(ApiModel):
    indicator_code: str
    dimension: DimensionCode
    kind: DisagreementKind
    perspectives: list[Perspective]
    higher: list[Perspective] = Field(description="Present; present or partly; high relevance.")
    lower: list[Perspective] = Field(description="Absent; unknown; low relevance.")


class PerspectivePresent(ApiModel):
    perspective: Perspective
    indicator_codes: list[str]


class DimensionSummaryOut(ApiModel):
    dimension: DimensionCode
    kind: DimensionKind
    present: list[PerspectivePresent]


class AssessmentComparison(ApiModel):
    perspectives: list[ComparedPerspective]
    rows: list[ComparisonRow]
    disagreements: list[DisagreementOut]
    dimension_summary: list[DimensionSummaryOut]


class AlertOut(ApiModel):
    id: uuid.UUID
    case_id: uuid.UUID
    assessment_id: uuid.UUID
    indicator_codes: list[str]
    raised_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    routed_to: AlertRouting | None
    routing_note: str | None


class AlertListItem(AlertOut):
    case_reference: str


class AlertAcknowledge(InputModel):
    routed_to: AlertRouting
    routing_note: str | None = Field(default=None, max_length=MAX_NOTE)


class OverdueReviewOut(ApiModel):
    case_id: uuid.UUID
    reference: str
    person_name: str
    assessment_id: uuid.UUID
    final_level: ConcernLevel
    next_review_on: date
    days_overdue: int = Field(description="Negative: due in that many days.")
    after_closure: bool = Field(description="A follow-up after the closure assessment (nazorg), not a periodic review.")
