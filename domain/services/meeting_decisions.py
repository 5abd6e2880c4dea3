"""What a meeting records per agenda item: typed decisions that carry out their change on the case (and plan) in
the same transaction, minutes with a visibility level and action items; the minutes as one organisation sees
them; and the decisions on a case across meetings."""

from __future__ import annotations

import uuid
from datetime import datetime

from domain.access.actor import Actor
from domain.access.cases import CORE_PARTNER_KINDS
from domain.access.meetings import can_view_item, directs_meetings
from domain.access.permissions import Permission
from domain.case.journal import JournalVisibility
from domain.case.model import ActorRef, Case, CaseId
from domain.errors import Forbidden, InvalidInput, NotFound
from domain.ids import OrganisationId, UserId
from domain.meeting.decisions import DecisionInput, DecisionType, FollowUp, decide
from domain.meeting.model import MAX_NAME, ActionItem, AgendaItem, ItemId, Meeting, MeetingId, MinuteNote
from domain.plan.model import PlanId
from domain.ports import CaseDecision, Clock, UnitOfWork
from domain.services.case_access import NO_CASE, actor_ref, facts_for, load_visible_case
from domain.services.case_lifecycle import ensure_regisseur_candidate
from domain.services.common import audit_entry, ensure
from domain.services.meeting_views import (
    MeetingView,
    actor_reader,
    both,
    load_meeting,
    meeting_view,
    organisation_reader,
)
from domain.services.meetings import manage, meeting_audit
from domain.services.plan_approval import put_in_force
from domain.text import clean_text


def _action_item(meeting: Meeting, case: Case, item_id: ItemId, cmd: FollowUp, at: datetime) -> ActionItem:
    """An action item for one of the meeting's or the case's organisations."""
    if cmd.organisation_id not in meeting.organisation_ids and cmd.organisation_id not in case.active_organisations():
        raise InvalidInput.field("organisationId", "does not take part in the meeting or the case")
    return ActionItem(
        item_id,
        case.id,
        clean_text(cmd.text, "text", required=True),
        clean_text(cmd.owner_name, "ownerName", MAX_NAME, required=True),
        cmd.organisation_id,
        cmd.due_on,
        at,
    )


async def _item_case(
    uow: UnitOfWork, actor: Actor, meeting: Meeting, item_id: ItemId, *, for_update: bool = False
) -> tuple[AgendaItem, Case]:
    """The agenda item and its case, when the actor may see the case (else the item does not exist)."""
    item = meeting.item(item_id)
    case = await uow.cases.get(item.case_id, for_update=for_update)
    if case is None or not can_view_item(actor, await facts_for(uow, case)):
        raise NotFound("No agenda item with this id in the meeting.")
    return item, case


async def record_decision(
    uow: UnitOfWork, clock: Clock, actor: Actor, meeting_id: MeetingId, item_id: ItemId, cmd: DecisionInput
) -> MeetingView:
    """The decision and its change on the case are stored together, or not at all."""
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id, for_update=True)
        _, case = await _item_case(uow, actor, meeting, item_id, for_update=True)
        now, version = clock.now(), case.version
        kinds = {o: await uow.organisations.get(o) for o in meeting.organisation_ids}
        core = frozenset(o for o, org in kinds.items() if org is not None and org.kind in CORE_PARTNER_KINDS)
        if cmd.type is DecisionType.ASSIGN_REGISSEUR and cmd.regisseur_id is not None:
            await ensure_regisseur_candidate(uow, UserId(cmd.regisseur_id))
        made = decide(
            meeting,
            item_id,
            case,
            cmd,
            number=await uow.meetings.decision_count(meeting.id) + 1,
            core_partners=core,
            by=actor_ref(actor),
            at=now,
        )
        await uow.cases.save(case, version)
        if cmd.follow_up is not None:
            meeting_version = meeting.version
            meeting.add_action_item(_action_item(meeting, case, item_id, cmd.follow_up, now))
            await uow.meetings.save(meeting, meeting_version)
        if cmd.type is DecisionType.APPROVE_PLAN and cmd.plan_id is not None:
            await _approve_plan(uow, case.id, PlanId(cmd.plan_id), meeting, made.reference, cmd.rationale, now)
        await uow.meetings.add_decision(made)
        uow.record(
            audit_entry(
                actor,
                "meeting.decision",
                record_type="case",
                record_id=case.id,
                subject_person_id=case.person_id,
                details={"meetingId": str(meeting.id), "reference": made.reference, "type": made.type.value},
            )
        )
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view


async def _approve_plan(
    uow: UnitOfWork, case_id: CaseId, plan_id: PlanId, meeting: Meeting, reference: str, note: str, at: datetime
) -> None:
    """The meeting approves a submitted version of this case's plan; the version in force is superseded."""
    plan = await uow.plans.get(plan_id, for_update=True)
    if plan is None or plan.case_id != case_id:
        raise InvalidInput.field("planId", "is not a plan of this case")
    # The meeting decides, not the person recording it: the four eyes are the table's.
    await put_in_force(uow, plan, ActorRef(None, meeting.reference), at, note, reference)


async def add_note(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    meeting_id: MeetingId,
    item_id: ItemId,
    text: str,
    visibility: JournalVisibility,
) -> MeetingView:
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id, for_update=True)
        _, case = await _item_case(uow, actor, meeting, item_id)
        version = meeting.version
        note = MinuteNote(
            item_id,
            clean_text(text, "text", required=True),
            visibility,
            actor.organisation_id,
            actor_ref(actor),
            clock.now(),
        )
        meeting.add_note(note)
        await uow.meetings.save(meeting, version)
        uow.record(
            audit_entry(
                actor,
                "meeting.note",
                record_type="case",
                record_id=case.id,
                subject_person_id=case.person_id,
                details={"meetingId": str(meeting.id), "visibility": visibility.value},
            )
        )
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view


async def add_action_item(
    uow: UnitOfWork, clock: Clock, actor: Actor, meeting_id: MeetingId, item_id: ItemId, cmd: FollowUp
) -> MeetingView:
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id, for_update=True)
        _, case = await _item_case(uow, actor, meeting, item_id)
        version = meeting.version
        action = _action_item(meeting, case, item_id, cmd, clock.now())
        meeting.add_action_item(action)
        await uow.meetings.save(meeting, version)
        uow.record(
            audit_entry(
                actor,
                "meeting.action_item",
                record_type="case",
                record_id=case.id,
                subject_person_id=case.person_id,
                details={"meetingId": str(meeting.id), "actionItemId": str(action.id)},
            )
        )
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view


async def finish_action_item(
    uow: UnitOfWork, clock: Clock, actor: Actor, meeting_id: MeetingId, action_id: uuid.UUID, note: str
) -> MeetingView:
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id, for_update=True)
        found = next((a for a in meeting.action_items if a.id == action_id), None)
        if found is None:
            raise NotFound("No action item with this id in the meeting.")
        await _item_case(uow, actor, meeting, found.item_id)
        version = meeting.version
        meeting.finish_action_item(action_id, note, clock.now())
        await uow.meetings.save(meeting, version)
        uow.record(meeting_audit(actor, "meeting.action_item_done", meeting, {"actionItemId": str(action_id)}))
        view = await meeting_view(uow, actor, meeting)
        await uow.commit()
        return view


async def minutes(
    uow: UnitOfWork, actor: Actor, meeting_id: MeetingId, organisation_id: OrganisationId | None
) -> tuple[MeetingView, OrganisationId | None]:
    """The minutes as one organisation sees them. Directors choose the organisation (or see everything they may);
    everyone else gets the minutes of their own organisation."""
    ensure(actor, Permission.MEETINGS_READ)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id)
        if not directs_meetings(actor):
            if organisation_id not in (None, actor.organisation_id):
                raise Forbidden("You can print the minutes of your own organisation only.")
            organisation_id = actor.organisation_id
        reader = actor_reader(actor)
        if organisation_id is not None:
            organisation = await uow.organisations.get(organisation_id)
            if organisation is None or organisation_id not in meeting.organisation_ids:
                raise InvalidInput.field("organisationId", "does not take part in this meeting")
            reader = both(reader, organisation_reader(organisation))  # never more than the actor may see either
        view = await meeting_view(uow, actor, meeting, reader)
        details = {"organisationId": str(organisation_id) if organisation_id else None}
        uow.record(meeting_audit(actor, "meeting.minutes", meeting, details))
        await uow.commit()
        return view, organisation_id


async def case_decisions(uow: UnitOfWork, actor: Actor, case_id: CaseId) -> list[CaseDecision]:
    ensure(actor, Permission.MEETINGS_READ)
    async with uow:
        found = await load_visible_case(uow, actor, case_id)
        if not can_view_item(actor, found.facts):
            raise NotFound(NO_CASE)
        decisions = await uow.meetings.decisions_of_case(case_id)
        uow.record(
            audit_entry(
                actor,
                "meeting.case_decisions",
                record_type="case",
                record_id=case_id,
                subject_person_id=found.case.person_id,
                details={"count": len(decisions)},
            )
        )
        await uow.commit()
        return decisions
