"""Wire format of plans of action: versions, goals, actions, approval, comparison and delivery monitoring."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from api.v1.schemas.common import ApiModel, InputModel
from api.v1.schemas.frameworks import LocalTextOut
from domain.plan.catalogue import InterventionType
from domain.plan.diff import ChangeKind, Section
from domain.plan.model import MAX_ITEMS, MAX_TEXT, MAX_TITLE, ActionStatus, GoalStatus, PlanStatus
from domain.plan.monitoring import StallReason

Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=16)]
Title = Annotated[str, StringConstraints(max_length=MAX_TITLE)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Name = Annotated[str, StringConstraints(max_length=200)]


class ActorBriefOut(ApiModel):
    id: uuid.UUID | None
    name: str


class InterventionBriefOut(ApiModel):
    id: uuid.UUID
    code: str
    name: LocalTextOut
    type: InterventionType
    retired: bool
    informational_only: bool


class SuggestedInterventionOut(InterventionBriefOut):
    conditions: LocalTextOut
    provider_name: str


class SuggestionOut(ApiModel):
    indicator_code: str
    interventions: list[SuggestedInterventionOut]


class ProtectiveFactorOut(ApiModel):
    indicator_code: str
    note: str


class GoalOut(ApiModel):
    id: uuid.UUID
    text: str
    target_on: date
    indicator_codes: list[str]
    status: GoalStatus
    note: str
    overdue: bool = Field(description="Past its target date and still open or on track (plan in force only).")


class ActionUpdateOut(ApiModel):
    at: datetime
    by_name: str
    organisation_name: str
    status: ActionStatus
    reason: str | None


class ActionOut(ApiModel):
    id: uuid.UUID
    intervention: InterventionBriefOut | None
    custom_title: str | None
    goal_ids: list[uuid.UUID]
    responsible_organisation_id: uuid.UUID
    responsible_organisation_name: str
    owner_name: str
    start_on: date
    due_on: date
    status: ActionStatus
    status_reason: str | None
    last_update_at: datetime | None
    external_reference: str | None
    stalled: StallReason | None = Field(description="Why the action counts as stalled (plan in force only).")
    updates: list[ActionUpdateOut]
    can_report_status: bool


class PlanAllowedOut(ApiModel):
    edit: bool
    submit: bool
    approve: bool
    withdraw: bool
    start_new_version: bool


class PlanOut(ApiModel):
    id: uuid.UUID
    case_id: uuid.UUID
    case_reference: str
    number: int
    status: PlanStatus
    author: ActorBriefOut
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    approved_at: datetime | None
    approved_by: ActorBriefOut | None
    approval_note: str | None
    decision_reference: str | None
    based_on_assessment_id: uuid.UUID | None
    interpretation: str
    interpretation_withheld: bool = Field(description="The covenant does not share the interpretation with you.")
    contingency: str
    contingency_withheld: bool
    protective_factors: list[ProtectiveFactorOut]
    goals: list[GoalOut]
    actions: list[ActionOut]
    actions_omitted: int = Field(description="Actions of other organisations, not shown to you.")
    evaluation_on: date | None
    suggestions: list[SuggestionOut] = Field(description="For the case's directors, while the plan is a draft.")
    allowed: PlanAllowedOut
    version: int


class PlanSummaryOut(ApiModel):
    id: uuid.UUID
    number: int
    status: PlanStatus
    author: ActorBriefOut
    created_at: datetime
    submitted_at: datetime | None
    approved_at: datetime | None
    evaluation_on: date | None
    goal_count: int
    action_count: int


class PlanListOut(ApiModel):
    items: list[PlanSummaryOut] = Field(description="Newest first.")
    in_force_id: uuid.UUID | None
    can_start: bool


class PlanStart(InputModel):
    based_on_assessment_id: uuid.UUID | None = Field(
        default=None, description="Default: the latest submitted joint assessment, else the latest submitted one."
    )


class ProtectiveFactorIn(InputModel):
    indicator_code: Code
    note: Text = ""


class GoalIn(InputModel):
    id: uuid.UUID | None = Field(
        default=None, description="Keep the id of an existing goal; a new one may bring its own."
    )
    text: Text
    target_on: date
    indicator_codes: list[Code] = Field(default_factory=list, max_length=50)
    status: GoalStatus = GoalStatus.OPEN
    note: Text = ""


class ActionIn(InputModel):
    id: uuid.UUID | None = None
    intervention_id: uuid.UUID | None = None
    custom_title: Title | None = None
    goal_ids: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_ITEMS)
    responsible_organisation_id: uuid.UUID
    owner_name: Name
    start_on: date
    due_on: date
    status: ActionStatus = ActionStatus.PLANNED
    status_reason: Text | None = None
    external_reference: Title | None = None


class PlanChanges(InputModel):
    """Sections sent replace the stored ones whole; sections left out stay as they are."""

    interpretation: Text | None = None
    protective_factors: list[ProtectiveFactorIn] | None = Field(default=None, max_length=MAX_ITEMS)
    goals: list[GoalIn] | None = Field(default=None, max_length=MAX_ITEMS)
    actions: list[ActionIn] | None = Field(default=None, max_length=MAX_ITEMS)
    contingency: Text | None = None
    evaluation_on: date | None = None


class PlanSubmit(InputModel):
    pass


class PlanApproval(InputModel):
    note: Text = ""
    decision_reference: Title | None = Field(default=None, description="E.g. the case conference's decision number.")


class PlanWithdraw(InputModel):
    pass


class ActionStatusReport(InputModel):
    status: ActionStatus
    reason: Text | None = Field(default=None, description="Required for stalled and cancelled.")


class PlanRefOut(ApiModel):
    id: uuid.UUID
    number: int


class ChangeOut(ApiModel):
    section: Section
    kind: ChangeKind
    item_id: str | None
    field: str | None
    before: str | list[str] | None
    after: str | list[str] | None


class PlanDiffOut(ApiModel):
    from_: PlanRefOut = Field(alias="from")
    to: PlanRefOut
    changes: list[ChangeOut]


class AttentionItemOut(ApiModel):
    kind: Literal["action", "goal"]
    reason: Literal["past_due", "no_update", "overdue"]
    case_id: uuid.UUID
    case_reference: str
    plan_id: uuid.UUID
    plan_number: int
    item_id: uuid.UUID
    title: str
    organisation_id: uuid.UUID | None
    organisation_name: str | None
    owner_name: str | None
    regisseur: ActorBriefOut | None
    due_on: date = Field(description="The action's due date or the goal's target date.")
    last_update_at: datetime | None


class AttentionListOut(ApiModel):
    items: list[AttentionItemOut]
