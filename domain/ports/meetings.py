"""Ports of meetings: the calendar, decisions on a case and open action items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from domain.access.actor import Actor
from domain.case.model import CaseId
from domain.meeting.decisions import Decision
from domain.meeting.model import ActionItem, Meeting, MeetingId, MeetingStatus, MeetingType


@dataclass(frozen=True)
class MeetingFilter:
    starts_from: datetime | None = None
    starts_before: datetime | None = None
    type: MeetingType | None = None
    status: MeetingStatus | None = None
    limit: int = 500


@dataclass(frozen=True)
class MeetingSummary:
    meeting: Meeting  # the header and organisations, without agenda, minutes and action items
    visible_item_count: int


@dataclass(frozen=True)
class CaseDecision:
    decision: Decision
    meeting_reference: str
    meeting_type: MeetingType
    meeting_starts_at: datetime


@dataclass(frozen=True)
class OpenActionItem:
    action: ActionItem
    meeting_id: MeetingId
    meeting_reference: str
    meeting_type: MeetingType
    case_reference: str


class MeetingRepository(Protocol):
    async def next_reference(self, year: int) -> str: ...
    async def add(self, meeting: Meeting) -> None: ...
    async def save(self, meeting: Meeting, expected_version: int) -> None:
        """Header, organisations and agenda; new minutes and action items are appended, done dates set."""
        ...

    async def get(self, meeting_id: MeetingId, *, for_update: bool = False) -> Meeting | None: ...
    async def search(self, actor: Actor, filter: MeetingFilter) -> list[MeetingSummary]:
        """Meetings the actor may see (domain/access/meetings.py), by start time."""
        ...

    async def add_decision(self, decision: Decision) -> None: ...
    async def decision_count(self, meeting_id: MeetingId) -> int: ...
    async def decisions_of_meeting(self, meeting_id: MeetingId) -> list[Decision]: ...
    async def decisions_of_case(self, case_id: CaseId) -> list[CaseDecision]: ...
    async def open_action_items(self, actor: Actor, due_before: date) -> list[OpenActionItem]:
        """Action items not done, due before the day, on cases the actor may see."""
        ...
