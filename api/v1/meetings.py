"""Meetings: the calendar, planning, the agenda with the system's proposals, running the meeting (decisions,
minutes, action items), printable minutes per organisation, and the decisions on a case."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.mappers import expected_version, set_etag
from api.v1.meeting_mappers import (
    case_decision_out,
    checklists_out,
    meeting_out,
    organisation_brief,
    proposal_out,
    summary_out,
)
from api.v1.params import IF_MATCH
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.meetings import (
    ActionItemDoneIn,
    ActionItemIn,
    AgendaIn,
    CaseDecisionsOut,
    ChecklistsOut,
    DecisionIn,
    MeetingChanges,
    MeetingCreate,
    MeetingListOut,
    MeetingOut,
    MeetingTransitionIn,
    MinutesOut,
    NoteIn,
    ProposalListOut,
)
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.case.model import CaseId
from domain.ids import OrganisationId
from domain.meeting.decisions import DecisionInput, FollowUp
from domain.meeting.model import ItemId, MeetingId, MeetingStatus, MeetingType
from domain.ports import MeetingFilter
from domain.services import meeting_agenda, meeting_decisions, meetings
from domain.services.meeting_views import MeetingView

router = APIRouter(tags=["meetings"])
MEETING_ID = Path(alias="meetingId")
ITEM_ID = Path(alias="itemId")


def _detail(view: MeetingView, response: Response) -> MeetingOut:
    set_etag(response, view.meeting.version)
    return meeting_out(view)


def _details(body: MeetingCreate | MeetingChanges) -> meetings.MeetingDetails:
    return meetings.MeetingDetails(
        starts_at=body.starts_at,
        place=body.place,
        chair_name=body.chair_name,
        secretary_name=body.secretary_name,
        organisation_ids=tuple(OrganisationId(o) for o in body.organisation_ids)
        if body.organisation_ids is not None
        else None,
        participants=tuple(body.participants) if body.participants is not None else None,
    )


@router.get("/meetings", responses=problem_responses(*STANDARD_ERRORS))
async def list_meetings(
    first_day: date | None = Query(None, alias="from", description="Meetings on or after this day (UTC)."),
    last_day: date | None = Query(None, alias="to", description="Meetings on or before this day (UTC)."),
    type: MeetingType | None = Query(None),
    status_: MeetingStatus | None = Query(None, alias="status"),
    actor: Actor = Depends(require(Permission.MEETINGS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingListOut:
    """The calendar: directors see every meeting, partners the meetings their organisation takes part in."""
    starts_from = datetime.combine(first_day, time(0), UTC) if first_day else None
    starts_before = datetime.combine(last_day + timedelta(days=1), time(0), UTC) if last_day else None
    query = MeetingFilter(starts_from, starts_before, type, status_)
    found, organisations = await meetings.list_meetings(new_uow(), actor, query)
    return MeetingListOut(items=[summary_out(s, organisations) for s in found])


@router.post("/meetings", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS))
async def create_meeting(
    body: MeetingCreate,
    response: Response,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """Plan a meeting; it gets a reference (OVL-<year>-<number>) that its decisions cite."""
    view = await meetings.plan_meeting(new_uow(), c.clock, actor, body.type, _details(body))
    response.headers["Location"] = f"/api/v1/meetings/{view.meeting.id}"
    return _detail(view, response)


@router.get("/meetings/checklists", responses=problem_responses(*STANDARD_ERRORS))
async def meeting_checklists(actor: Actor = Depends(require(Permission.MEETINGS_READ))) -> ChecklistsOut:
    """The weighing, de-escalation and closing checklists the decisions are checked against."""
    return checklists_out()


@router.get("/meetings/{meetingId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_meeting(
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    actor: Actor = Depends(require(Permission.MEETINGS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """One meeting with the agenda items of the cases you may see."""
    return _detail(await meetings.get_meeting(new_uow(), actor, MeetingId(meeting_id)), response)


@router.patch("/meetings/{meetingId}", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def update_meeting(
    body: MeetingChanges,
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """Change time, place, chair, secretary, organisations or participants until the meeting closes."""
    version = expected_version(if_match)
    view = await meetings.change_meeting(new_uow(), c.clock, actor, MeetingId(meeting_id), version, _details(body))
    return _detail(view, response)


@router.put("/meetings/{meetingId}/agenda", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def set_agenda(
    body: AgendaIn,
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """The whole agenda, in order; each item is about one case."""
    version = expected_version(if_match)
    entries = [
        meetings.AgendaEntry(CaseId(i.case_id), i.reason, i.note, ItemId(i.id) if i.id else None) for i in body.items
    ]
    view = await meetings.set_agenda(new_uow(), c.clock, actor, MeetingId(meeting_id), version, entries)
    return _detail(view, response)


@router.get("/meetings/{meetingId}/proposals", responses=problem_responses(*STANDARD_ERRORS, 404))
async def agenda_proposals(
    meeting_id: uuid.UUID = MEETING_ID,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> ProposalListOut:
    """What the data says this meeting should discuss; the chair decides what goes on the agenda."""
    found = await meeting_agenda.propose_agenda(new_uow(), actor, MeetingId(meeting_id), c.settings.action_stale_days)
    return ProposalListOut(items=[proposal_out(p) for p in found])


@router.post("/meetings/{meetingId}/transitions", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def move_meeting(
    body: MeetingTransitionIn,
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """Start, close, approve the minutes, or cancel a planned meeting."""
    view = await meetings.move_meeting(new_uow(), c.clock, actor, MeetingId(meeting_id), body.transition)
    return _detail(view, response)


@router.post(
    "/meetings/{meetingId}/items/{itemId}/decisions",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*STANDARD_ERRORS, 404, 409),
)
async def record_decision(
    body: DecisionIn,
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    item_id: uuid.UUID = ITEM_ID,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """Record a decision and carry out its change on the case in one step; a change that is not allowed stores
    nothing (409 or 400)."""
    cmd = DecisionInput(
        type=body.type,
        rationale=body.rationale,
        checklist=dict(body.checklist),
        views={OrganisationId(k): v for k, v in body.views.items()},
        level=body.level,
        concern_level=body.concern_level,
        closure_reason=body.closure_reason,
        regisseur_id=body.regisseur_id,
        plan_id=body.plan_id,
        dissent=body.dissent,
        follow_up=(
            FollowUp(f.text, f.owner_name, OrganisationId(f.organisation_id), f.due_on)
            if (f := body.follow_up) is not None
            else None
        ),
    )
    view = await meeting_decisions.record_decision(
        new_uow(), c.clock, actor, MeetingId(meeting_id), ItemId(item_id), cmd
    )
    return _detail(view, response)


@router.post(
    "/meetings/{meetingId}/items/{itemId}/notes",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*STANDARD_ERRORS, 404, 409),
)
async def add_note(
    body: NoteIn,
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    item_id: uuid.UUID = ITEM_ID,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """Minutes on an item, with the visibility level that decides which organisations read them."""
    view = await meeting_decisions.add_note(
        new_uow(), c.clock, actor, MeetingId(meeting_id), ItemId(item_id), body.text, body.visibility
    )
    return _detail(view, response)


@router.post(
    "/meetings/{meetingId}/items/{itemId}/action-items",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*STANDARD_ERRORS, 404, 409),
)
async def add_action_item(
    body: ActionItemIn,
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    item_id: uuid.UUID = ITEM_ID,
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    """An agreed action with owner, organisation and due date; it returns on the next agenda until done."""
    cmd = FollowUp(body.text, body.owner_name, OrganisationId(body.organisation_id), body.due_on)
    view = await meeting_decisions.add_action_item(
        new_uow(), c.clock, actor, MeetingId(meeting_id), ItemId(item_id), cmd
    )
    return _detail(view, response)


@router.post(
    "/meetings/{meetingId}/action-items/{actionItemId}/done", responses=problem_responses(*STANDARD_ERRORS, 404, 409)
)
async def finish_action_item(
    body: ActionItemDoneIn,
    response: Response,
    meeting_id: uuid.UUID = MEETING_ID,
    action_item_id: uuid.UUID = Path(alias="actionItemId"),
    actor: Actor = Depends(require(Permission.MEETINGS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> MeetingOut:
    view = await meeting_decisions.finish_action_item(
        new_uow(), c.clock, actor, MeetingId(meeting_id), action_item_id, body.note
    )
    return _detail(view, response)


@router.get("/meetings/{meetingId}/minutes", responses=problem_responses(*STANDARD_ERRORS, 404))
async def meeting_minutes(
    meeting_id: uuid.UUID = MEETING_ID,
    organisation_id: uuid.UUID | None = Query(
        None, alias="organisationId", description="Directors: print for this organisation. Others get their own."
    ),
    actor: Actor = Depends(require(Permission.MEETINGS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> MinutesOut:
    """The minutes as one organisation sees them: only the items of its cases and the notes shared with it."""
    chosen = OrganisationId(organisation_id) if organisation_id else None
    view, shown_for = await meeting_decisions.minutes(new_uow(), actor, MeetingId(meeting_id), chosen)
    organisation = next((o for o in view.organisations if o.id == shown_for), None)
    return MinutesOut(
        meeting=meeting_out(view), organisation=organisation_brief(organisation) if organisation else None
    )


@router.get("/cases/{caseId}/decisions", responses=problem_responses(*STANDARD_ERRORS, 404))
async def case_decisions(
    case_id: uuid.UUID = Path(alias="caseId"),
    actor: Actor = Depends(require(Permission.MEETINGS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> CaseDecisionsOut:
    """Meeting decisions on the case, newest first, each with its meeting."""
    found = await meeting_decisions.case_decisions(new_uow(), actor, CaseId(case_id))
    return CaseDecisionsOut(items=[case_decision_out(d) for d in found])
