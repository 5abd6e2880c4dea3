"""How a meeting is shown to one reader: the agenda items of the cases the reader may see, with their decisions,
action items and the minutes their visibility level shares (domain/access/meetings.py). A reader is a logged-in
actor, or one organisation when a director prints the minutes for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.access.actor import Actor
from domain.access.cases import CaseAccessFacts
from domain.access.meetings import can_manage_meeting, can_read_note, can_view_item, can_view_meeting, shared_with
from domain.case.lifecycle import CaseStatus, EscalationLevel
from domain.case.model import Case, CaseId
from domain.errors import NotFound
from domain.identity.model import Organisation
from domain.ids import OrganisationId
from domain.meeting.decisions import ALLOWED_IN, Decision, DecisionType
from domain.meeting.model import (
    ActionItem,
    AgendaItem,
    Meeting,
    MeetingId,
    MeetingStatus,
    MeetingTransition,
    MinuteNote,
)
from domain.ports import UnitOfWork
from domain.services.case_access import facts_for

NO_MEETING = "No meeting with this id."


@dataclass(frozen=True)
class Reader:
    """Who the meeting is shown to: which cases and which minutes reach them."""

    sees_case: Callable[[CaseAccessFacts], bool]
    reads_note: Callable[[MinuteNote], bool]


def actor_reader(actor: Actor) -> Reader:
    return Reader(lambda facts: can_view_item(actor, facts), lambda note: can_read_note(actor, note))


def organisation_reader(organisation: Organisation) -> Reader:
    return Reader(
        lambda facts: organisation.id in facts.working_organisations,
        lambda note: shared_with(note, organisation.id, organisation.kind),
    )


def both(first: Reader, second: Reader) -> Reader:
    """What both readers may see: an organisation's minutes as printed by someone who may see less."""
    return Reader(
        lambda facts: first.sees_case(facts) and second.sees_case(facts),
        lambda note: first.reads_note(note) and second.reads_note(note),
    )


@dataclass(frozen=True)
class ItemView:
    item: AgendaItem
    case_reference: str
    person_name: str
    case_status: CaseStatus
    escalation_level: EscalationLevel
    decisions: list[Decision]
    notes: list[MinuteNote]
    action_items: list[ActionItem]
    allowed_decisions: list[DecisionType]


@dataclass(frozen=True)
class MeetingAllowed:
    edit: bool
    edit_agenda: bool
    decide: bool
    write_minutes: bool
    transitions: list[MeetingTransition]


@dataclass(frozen=True)
class MeetingView:
    meeting: Meeting
    organisations: list[Organisation]
    organisation_names: dict[OrganisationId, str]
    items: list[ItemView]
    hidden_item_count: int
    allowed: MeetingAllowed


async def load_meeting(uow: UnitOfWork, actor: Actor, meeting_id: MeetingId, *, for_update: bool = False) -> Meeting:
    found = await uow.meetings.get(meeting_id, for_update=for_update)
    if found is None or not can_view_meeting(actor, found):
        raise NotFound(NO_MEETING)
    return found


async def visible_cases_of(uow: UnitOfWork, meeting: Meeting, reader: Reader) -> dict[CaseId, Case]:
    cases: dict[CaseId, Case] = {}
    for case_id in dict.fromkeys(i.case_id for i in meeting.items):
        case = await uow.cases.get(case_id)
        if case is not None and reader.sees_case(await facts_for(uow, case)):
            cases[case_id] = case
    return cases


def allowed_for(actor: Actor, meeting: Meeting) -> MeetingAllowed:
    manage = can_manage_meeting(actor)
    return MeetingAllowed(
        edit=manage and meeting.agenda_open,
        edit_agenda=manage and meeting.agenda_open,
        decide=manage and meeting.in_session,
        write_minutes=manage and meeting.status in (MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED),
        transitions=sorted(meeting.allowed(), key=list(MeetingTransition).index) if manage else [],
    )


async def meeting_view(uow: UnitOfWork, actor: Actor, meeting: Meeting, reader: Reader | None = None) -> MeetingView:
    reader = reader or actor_reader(actor)
    cases = await visible_cases_of(uow, meeting, reader)
    shown = [i for i in meeting.items if i.case_id in cases]
    persons = await uow.persons.names([c.person_id for c in cases.values()])
    decisions = await uow.meetings.decisions_of_meeting(meeting.id)
    organisations = [o for o in [await uow.organisations.get(x) for x in meeting.organisation_ids] if o is not None]
    note_orgs = [n.organisation_id for n in meeting.notes if n.organisation_id is not None]
    action_orgs = [x.organisation_id for x in meeting.action_items]
    names = await uow.organisations.names(list({*meeting.organisation_ids, *note_orgs, *action_orgs}))
    items = [
        ItemView(
            item=item,
            case_reference=cases[item.case_id].reference,
            person_name=persons.get(cases[item.case_id].person_id, ""),
            case_status=cases[item.case_id].status,
            escalation_level=cases[item.case_id].escalation_level,
            decisions=[d for d in decisions if d.item_id == item.id],
            notes=[n for n in meeting.notes if n.item_id == item.id and reader.reads_note(n)],
            action_items=[x for x in meeting.action_items if x.item_id == item.id],
            allowed_decisions=sorted(ALLOWED_IN[meeting.type], key=list(DecisionType).index),
        )
        for item in shown
    ]
    return MeetingView(
        meeting, organisations, names, items, len(meeting.items) - len(shown), allowed_for(actor, meeting)
    )
