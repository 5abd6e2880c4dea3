"""Rows of the meeting tables to domain objects, shared by the repository and the list queries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from domain.case.model import ActorRef, CaseId
from domain.ids import OrganisationId
from domain.meeting.decisions import Decision, DecisionType
from domain.meeting.model import ActionItem, ItemId, Meeting, MeetingId, MeetingStatus, MeetingType


def action_item(row: Any) -> ActionItem:
    return ActionItem(
        id=row.id,
        item_id=ItemId(row.item_id),
        case_id=CaseId(row.case_id),
        text=row.text,
        owner_name=row.owner_name,
        organisation_id=OrganisationId(row.organisation_id),
        due_on=row.due_on,
        created_at=row.created_at,
        done_at=row.done_at,
        done_note=row.done_note,
    )


def decision(row: Any) -> Decision:
    return Decision(
        id=row.id,
        meeting_id=MeetingId(row.meeting_id),
        item_id=ItemId(row.item_id),
        case_id=CaseId(row.case_id),
        type=DecisionType(row.type),
        rationale=row.rationale,
        number=row.number,
        reference=row.reference,
        by=ActorRef(row.by_id, row.by_name),
        at=row.at,
        details=dict(row.details),
    )


def meeting_header(row: Any, organisation_ids: Sequence[uuid.UUID] = ()) -> Meeting:
    return Meeting(
        id=MeetingId(row.id),
        reference=row.reference,
        type=MeetingType(row.type),
        starts_at=row.starts_at,
        place=row.place,
        chair_name=row.chair_name,
        secretary_name=row.secretary_name,
        organisation_ids=tuple(OrganisationId(x) for x in organisation_ids),
        participants=tuple(row.participants),
        created_by=ActorRef(row.created_by_id, row.created_by_name),
        created_at=row.created_at,
        status=MeetingStatus(row.status),
        minutes_approved_at=row.minutes_approved_at,
        minutes_approved_by=(
            ActorRef(row.minutes_approved_by_id, row.minutes_approved_by_name) if row.minutes_approved_by_name else None
        ),
        updated_at=row.updated_at,
        version=row.version,
    )
