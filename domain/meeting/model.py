"""Meetings (overleggen): the weekly weighing meeting of municipality, police and prosecution, the multi-agency
case conference and escalation meetings. A meeting has an agenda of items, each about one case; per item it records
typed decisions (domain/meeting/decisions.py), minutes with a visibility level and action items that come back on
the next agenda until done.

Life of a meeting: planned -> in progress -> closed -> minutes approved; a planned meeting may be cancelled. The
agenda changes until the meeting closes; decisions, minutes and action items are recorded while it is in progress
(and minutes until they are approved). Decisions are never edited or deleted: a wrong decision is corrected by a
later one.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NewType

from domain.case.journal import JournalVisibility
from domain.case.model import ActorRef, CaseId
from domain.errors import Conflict, InvalidInput, NotFound
from domain.ids import OrganisationId, new_id
from domain.text import clean_text

MeetingId = NewType("MeetingId", uuid.UUID)
ItemId = NewType("ItemId", uuid.UUID)

MAX_TEXT = 10_000
MAX_NAME = 200
MAX_ITEMS = 200


class MeetingType(enum.StrEnum):
    WEIGHING = "weighing"  # weegoverleg (in Amsterdam the Wednesday-morning meeting)
    CASE_CONFERENCE = "case_conference"  # casusoverleg nieuwe stijl
    ESCALATION = "escalation"  # chain direction or the administrative triangle


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    MINUTES_APPROVED = "minutes_approved"
    CANCELLED = "cancelled"


class MeetingTransition(enum.StrEnum):
    START = "start"
    CLOSE = "close"
    APPROVE_MINUTES = "approve_minutes"
    CANCEL = "cancel"


TRANSITIONS: dict[MeetingStatus, dict[MeetingTransition, MeetingStatus]] = {
    MeetingStatus.PLANNED: {
        MeetingTransition.START: MeetingStatus.IN_PROGRESS,
        MeetingTransition.CANCEL: MeetingStatus.CANCELLED,
    },
    MeetingStatus.IN_PROGRESS: {MeetingTransition.CLOSE: MeetingStatus.CLOSED},
    MeetingStatus.CLOSED: {MeetingTransition.APPROVE_MINUTES: MeetingStatus.MINUTES_APPROVED},
    MeetingStatus.MINUTES_APPROVED: {},
    MeetingStatus.CANCELLED: {},
}


class AgendaReason(enum.StrEnum):
    """Why a case is on the agenda: proposed by the system from the data, or added by the chair (`other`)."""

    AWAITING_WEIGHING = "awaiting_weighing"
    REVIEW_DUE = "review_due"
    ACUTE_ALERT = "acute_alert"
    STALLED_ACTIONS = "stalled_actions"
    PLAN_AWAITING_APPROVAL = "plan_awaiting_approval"
    ASSESSMENT_DISAGREEMENT = "assessment_disagreement"
    AFTERCARE_FOLLOW_UP = "aftercare_follow_up"
    ESCALATION_REQUEST = "escalation_request"
    ACTION_ITEM_FOLLOW_UP = "action_item_follow_up"
    OTHER = "other"


@dataclass
class AgendaItem:
    case_id: CaseId
    reason: AgendaReason
    note: str = ""
    id: ItemId = field(default_factory=lambda: ItemId(new_id()))


@dataclass(frozen=True)
class MinuteNote:
    item_id: ItemId
    text: str
    visibility: JournalVisibility
    organisation_id: OrganisationId | None  # the writer's organisation (for own-organisation notes)
    by: ActorRef
    at: datetime
    id: uuid.UUID = field(default_factory=new_id)


@dataclass
class ActionItem:
    item_id: ItemId
    case_id: CaseId
    text: str
    owner_name: str
    organisation_id: OrganisationId
    due_on: date
    created_at: datetime
    done_at: datetime | None = None
    done_note: str | None = None
    id: uuid.UUID = field(default_factory=new_id)

    @property
    def open(self) -> bool:
        return self.done_at is None


@dataclass
class Meeting:
    id: MeetingId
    reference: str  # OVL-2026-0001: what decisions cite
    type: MeetingType
    starts_at: datetime
    place: str
    chair_name: str
    secretary_name: str
    organisation_ids: tuple[OrganisationId, ...]  # organisations taking part
    participants: tuple[str, ...]  # names (and roles) of the people present
    created_by: ActorRef
    created_at: datetime
    status: MeetingStatus = MeetingStatus.PLANNED
    items: list[AgendaItem] = field(default_factory=list)
    notes: list[MinuteNote] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    minutes_approved_at: datetime | None = None
    minutes_approved_by: ActorRef | None = None
    updated_at: datetime | None = None
    version: int = 1

    def allowed(self) -> frozenset[MeetingTransition]:
        return frozenset(TRANSITIONS[self.status])

    def move(self, transition: MeetingTransition, by: ActorRef, at: datetime) -> None:
        target = TRANSITIONS[self.status].get(transition)
        if target is None:
            raise Conflict(
                f"A {self.status.value} meeting cannot {transition.value.replace('_', ' ')}.",
                {"status": self.status.value, "allowed": sorted(t.value for t in self.allowed())},
            )
        self.status = target
        if transition is MeetingTransition.APPROVE_MINUTES:
            self.minutes_approved_at, self.minutes_approved_by = at, by
        self.updated_at = at

    @property
    def agenda_open(self) -> bool:
        return self.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)

    @property
    def in_session(self) -> bool:
        return self.status is MeetingStatus.IN_PROGRESS

    def item(self, item_id: ItemId) -> AgendaItem:
        found = next((i for i in self.items if i.id == item_id), None)
        if found is None:
            raise NotFound("No agenda item with this id in the meeting.")
        return found

    def set_agenda(self, items: list[AgendaItem], at: datetime, decided: frozenset[ItemId] = frozenset()) -> None:
        """The chair's agenda, in order. Items that already carry decisions (`decided`, stored on their own), minutes
        or action items stay."""
        if not self.agenda_open:
            raise Conflict("The agenda of a closed meeting no longer changes.", {"status": self.status.value})
        if len(items) > MAX_ITEMS:
            raise InvalidInput.field("items", f"at most {MAX_ITEMS} items")
        kept = {i.id for i in items}
        used = {n.item_id for n in self.notes} | {a.item_id for a in self.action_items} | decided
        if missing := [i for i in self.items if i.id in used and i.id not in kept]:
            raise Conflict(
                "Items with decisions, minutes or action items cannot be removed.", {"itemId": str(missing[0].id)}
            )
        seen: set[tuple[CaseId, AgendaReason]] = set()
        for index, item in enumerate(items):
            key = (item.case_id, item.reason)
            if key in seen:
                raise InvalidInput.field(f"items[{index}]", "this case is already on the agenda for this reason")
            seen.add(key)
            item.note = clean_text(item.note, f"items[{index}].note", 2000)
        self.items = items
        self.updated_at = at

    def add_note(self, note: MinuteNote) -> None:
        if self.status not in (MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED):
            raise Conflict("Minutes are written during the meeting and until they are approved.")
        self.item(note.item_id)
        self.notes.append(note)
        self.updated_at = note.at

    def add_action_item(self, action: ActionItem) -> None:
        if not self.in_session:
            raise Conflict("Action items are agreed during the meeting.", {"status": self.status.value})
        self.item(action.item_id)
        self.action_items.append(action)
        self.updated_at = action.created_at

    def finish_action_item(self, action_id: uuid.UUID, note: str, at: datetime) -> ActionItem:
        found = next((a for a in self.action_items if a.id == action_id), None)
        if found is None:
            raise NotFound("No action item with this id in the meeting.")
        if not found.open:
            raise Conflict("This action item is already done.")
        found.done_at, found.done_note = at, clean_text(note, "note", 2000) or None
        self.updated_at = at
        return found
