"""Schemas of cases, referrals, the journal and the process."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from api.v1.schemas.common import ApiModel, InputModel
from api.v1.schemas.persons import PersonInput
from domain.case.journal import MAX_BODY, MAX_SUMMARY, JournalCategory, JournalVisibility
from domain.case.lifecycle import CaseStatus, ClosureReason, DeEscalationCriterion, TransitionName
from domain.case.model import MAX_REASON, Ideology, ParticipationRole
from domain.person.model import District

TEXT = 10_000


class ProcessState(ApiModel):
    code: CaseStatus
    final: bool


class ProcessTransition(ApiModel):
    name: TransitionName
    from_status: CaseStatus
    to_status: CaseStatus | None = Field(description="null for reopen: it starts a new case in `referred`.")
    closure_reasons: list[ClosureReason]


class Process(ApiModel):
    states: list[ProcessState]
    transitions: list[ProcessTransition]
    escalation_levels: list[int]


class CaseSummaryOut(ApiModel):
    id: uuid.UUID
    reference: str
    status: CaseStatus
    escalation_level: int
    ideology: Ideology
    person_name: str
    district: District
    regisseur_name: str | None
    opened_at: datetime
    updated_at: datetime
    open_alert_count: int = Field(description="Acute alerts not yet acknowledged.")
    next_review_on: date | None = Field(description="Of the latest submitted assessment.")


class ReferralInput(InputModel):
    source_organisation_id: uuid.UUID
    referrer_name: str = Field(min_length=1, max_length=200)
    referred_on: date
    description: str = Field(min_length=1, max_length=TEXT)
    reason_for_concern: str = Field(min_length=1, max_length=TEXT)
    ideology: Ideology


class CaseCreate(InputModel):
    person_id: uuid.UUID | None = None
    person: PersonInput | None = None
    referral: ReferralInput
    linked_case_ids: list[uuid.UUID] = Field(default_factory=list, max_length=50)


class CaseUpdate(InputModel):
    regisseur_id: uuid.UUID | None = None


class TransitionRequest(InputModel):
    transition: TransitionName
    reason: str = Field(min_length=1, max_length=MAX_REASON)
    closure_reason: ClosureReason | None = None
    decision_reference: str | None = Field(default=None, max_length=200)


class EscalationRequest(InputModel):
    level: int = Field(ge=0, le=3)
    reason: str = Field(min_length=1, max_length=MAX_REASON)
    decision_reference: str | None = Field(default=None, max_length=200)
    criteria: list[DeEscalationCriterion] = Field(default_factory=list, max_length=len(DeEscalationCriterion))


class PersonBrief(ApiModel):
    id: uuid.UUID
    full_name: str
    date_of_birth: date | None
    district: District
    bsn_masked: str | None


class UserBrief(ApiModel):
    id: uuid.UUID
    display_name: str


class ReferralOut(ApiModel):
    source_organisation_id: uuid.UUID
    source_organisation_name: str
    referrer_name: str
    referred_on: date
    description: str
    reason_for_concern: str


class CaseRefOut(ApiModel):
    id: uuid.UUID
    reference: str
    status: CaseStatus
    opened_at: datetime
    closed_at: datetime | None


class StatusChangeOut(ApiModel):
    from_status: CaseStatus | None
    to_status: CaseStatus
    transition: TransitionName | None
    reason: str
    closure_reason: ClosureReason | None
    decision_reference: str | None
    actor_name: str
    at: datetime


class LevelChangeOut(ApiModel):
    from_level: int | None
    to_level: int
    reason: str
    decision_reference: str | None
    criteria: list[DeEscalationCriterion]
    actor_name: str
    at: datetime


class ParticipantOut(ApiModel):
    id: uuid.UUID
    organisation_id: uuid.UUID
    organisation_name: str
    role: ParticipationRole
    contact_name: str | None
    started_at: datetime
    ended_at: datetime | None
    end_reason: str | None


class ParticipantCreate(InputModel):
    organisation_id: uuid.UUID
    role: ParticipationRole
    contact_name: str | None = Field(default=None, max_length=200)


class ParticipantEnd(InputModel):
    reason: str = Field(min_length=1, max_length=MAX_REASON)


class StatePeriodOut(ApiModel):
    status: CaseStatus
    entered_at: datetime
    left_at: datetime | None
    seconds: int


class NextTransition(ApiModel):
    name: TransitionName
    to_status: CaseStatus | None
    closure_reasons: list[ClosureReason]


class AllowedActionsOut(ApiModel):
    manage: bool
    write_journal: bool
    escalate: bool


class CaseDetail(ApiModel):
    id: uuid.UUID
    reference: str
    status: CaseStatus
    escalation_level: int
    ideology: Ideology
    person: PersonBrief
    regisseur: UserBrief | None
    referral: ReferralOut
    opened_at: datetime
    closed_at: datetime | None
    closure_reason: ClosureReason | None
    previous_case_id: uuid.UUID | None
    linked_cases: list[CaseRefOut]
    status_history: list[StatusChangeOut]
    level_history: list[LevelChangeOut]
    participants: list[ParticipantOut]
    time_in_state: list[StatePeriodOut]
    next_possible_transitions: list[NextTransition]
    allowed_actions: AllowedActionsOut
    open_alert_count: int = Field(description="Acute alerts not yet acknowledged.")
    next_review_on: date | None = Field(description="Of the latest submitted assessment.")
    plan_in_force_id: uuid.UUID | None = Field(description="The approved plan of action, if any.")
    stalled_action_count: int = Field(description="Actions of the plan in force past due or without a recent update.")
    overdue_goal_count: int = Field(description="Goals of the plan in force past their target date.")
    version: int
    updated_at: datetime


class RegisseurCandidate(ApiModel):
    id: uuid.UUID
    display_name: str
    organisation_name: str


class RegisseurCandidates(ApiModel):
    items: list[RegisseurCandidate]


class JournalEntryOut(ApiModel):
    id: uuid.UUID
    occurred_on: date
    written_at: datetime
    author_name: str
    organisation_name: str
    category: JournalCategory
    visibility: JournalVisibility
    body: str | None = Field(description="null when you may see only the summary")
    summary: str | None
    restricted: bool
    corrects_entry_id: uuid.UUID | None


class JournalEntryCreate(InputModel):
    occurred_on: date
    category: JournalCategory
    visibility: JournalVisibility
    body: str = Field(min_length=1, max_length=MAX_BODY)
    summary: str | None = Field(default=None, max_length=MAX_SUMMARY)
    corrects_entry_id: uuid.UUID | None = None
