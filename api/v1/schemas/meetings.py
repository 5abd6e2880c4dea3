"""Wire format of meetings: calendar, agenda and proposals, decisions with their checklists, minutes, action items."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, Field, StringConstraints

from api.v1.schemas.common import ApiModel, InputModel
from api.v1.schemas.frameworks import LocalTextOut
from domain.assessment.framework import ConcernLevel
from domain.case.journal import JournalVisibility
from domain.case.lifecycle import CaseStatus, ClosureReason
from domain.identity.model import OrganisationKind
from domain.meeting.checklists import Answer
from domain.meeting.decisions import DecisionType, View
from domain.meeting.model import MAX_ITEMS, AgendaReason, MeetingStatus, MeetingTransition, MeetingType

Name = Annotated[str, StringConstraints(max_length=200)]
Text = Annotated[str, StringConstraints(max_length=10_000)]
Short = Annotated[str, StringConstraints(max_length=2000)]


class OrganisationBriefOut(ApiModel):
    id: uuid.UUID
    name: str
    kind: OrganisationKind


class MeetingSummaryOut(ApiModel):
    id: uuid.UUID
    reference: str
    type: MeetingType
    starts_at: datetime
    place: str
    chair_name: str
    status: MeetingStatus
    organisations: list[OrganisationBriefOut]
    item_count: int = Field(description="Agenda items of cases you may see.")


class MeetingListOut(ApiModel):
    items: list[MeetingSummaryOut]


class DecisionOut(ApiModel):
    id: uuid.UUID
    item_id: uuid.UUID
    case_id: uuid.UUID
    type: DecisionType
    rationale: str
    reference: str = Field(description="Cited in the case history, e.g. OVL-2026-0003/2.")
    by_name: str
    at: datetime
    details: dict[str, Any] = Field(description="Checklist answers, views, level, concern level, closure reason, plan.")


class MinuteNoteOut(ApiModel):
    id: uuid.UUID
    item_id: uuid.UUID
    text: str
    visibility: JournalVisibility
    organisation_name: str | None
    by_name: str
    at: datetime


class ActionItemOut(ApiModel):
    id: uuid.UUID
    item_id: uuid.UUID
    case_id: uuid.UUID
    case_reference: str
    text: str
    owner_name: str
    organisation_id: uuid.UUID
    organisation_name: str
    due_on: date
    done_at: datetime | None
    done_note: str | None
    meeting_id: uuid.UUID
    meeting_reference: str


class AgendaItemOut(ApiModel):
    id: uuid.UUID
    case_id: uuid.UUID
    case_reference: str
    person_name: str
    case_status: CaseStatus
    escalation_level: int
    reason: AgendaReason
    note: str
    decisions: list[DecisionOut]
    notes: list[MinuteNoteOut]
    action_items: list[ActionItemOut]
    allowed_decisions: list[DecisionType]


class MeetingAllowedOut(ApiModel):
    edit: bool
    edit_agenda: bool
    decide: bool
    write_minutes: bool
    transitions: list[MeetingTransition]


class MeetingOut(ApiModel):
    id: uuid.UUID
    reference: str
    type: MeetingType
    starts_at: datetime
    place: str
    chair_name: str
    secretary_name: str
    organisations: list[OrganisationBriefOut]
    participants: list[str]
    status: MeetingStatus
    items: list[AgendaItemOut] = Field(description="Only the items of cases you may see.")
    hidden_item_count: int = Field(description="Items of other cases, not shown to you.")
    minutes_approved_at: datetime | None
    minutes_approved_by: str | None
    allowed: MeetingAllowedOut
    version: int


class ProposalOut(ApiModel):
    case_id: uuid.UUID
    case_reference: str
    person_name: str
    reason: AgendaReason
    detail: str
    on_agenda: bool


class ProposalListOut(ApiModel):
    items: list[ProposalOut]


class ChecklistItemOut(ApiModel):
    code: str
    group: str
    text: LocalTextOut


class ChecklistsOut(ApiModel):
    weighing: list[ChecklistItemOut]
    de_escalation: list[ChecklistItemOut]
    closing: list[ChecklistItemOut]


class MinutesOut(ApiModel):
    meeting: MeetingOut
    organisation: OrganisationBriefOut | None


class CaseDecisionOut(DecisionOut):
    meeting_id: uuid.UUID
    meeting_reference: str
    meeting_type: MeetingType
    meeting_starts_at: datetime


class CaseDecisionsOut(ApiModel):
    items: list[CaseDecisionOut] = Field(description="Newest first.")


class MeetingCreate(InputModel):
    type: MeetingType
    starts_at: AwareDatetime
    place: Name
    chair_name: Name
    secretary_name: Name = ""
    organisation_ids: list[uuid.UUID] = Field(min_length=1, max_length=50)
    participants: list[Name] = Field(default_factory=list, max_length=100)


class MeetingChanges(InputModel):
    starts_at: AwareDatetime | None = None
    place: Name | None = None
    chair_name: Name | None = None
    secretary_name: Name | None = None
    organisation_ids: list[uuid.UUID] | None = Field(default=None, min_length=1, max_length=50)
    participants: list[Name] | None = Field(default=None, max_length=100)


class AgendaItemIn(InputModel):
    id: uuid.UUID | None = None
    case_id: uuid.UUID
    reason: AgendaReason
    note: Short = ""


class AgendaIn(InputModel):
    items: list[AgendaItemIn] = Field(max_length=MAX_ITEMS)


class MeetingTransitionIn(InputModel):
    transition: MeetingTransition


class ActionItemIn(InputModel):
    text: Short
    owner_name: Name
    organisation_id: uuid.UUID
    due_on: date


class DecisionIn(InputModel):
    type: DecisionType
    rationale: Text
    checklist: dict[Annotated[str, StringConstraints(max_length=8)], Answer] = Field(
        default_factory=dict, max_length=50
    )
    views: dict[uuid.UUID, View] = Field(default_factory=dict, max_length=50)
    level: int | None = Field(default=None, ge=0, le=3)
    concern_level: ConcernLevel | None = None
    closure_reason: ClosureReason | None = None
    regisseur_id: uuid.UUID | None = None
    plan_id: uuid.UUID | None = None
    dissent: Text = ""
    follow_up: ActionItemIn | None = Field(
        default=None, description="An action item agreed with the decision; required for request_more_information."
    )


class NoteIn(InputModel):
    text: Text
    visibility: JournalVisibility


class ActionItemDoneIn(InputModel):
    note: Short = ""
