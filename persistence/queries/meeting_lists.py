"""Read side of meetings: the calendar and the open action items. Row filters mirror domain/access/meetings.py,
default deny: directors see every meeting, other organisations only the meetings they take part in; item counts
and action items only for cases the actor may see (visible_cases)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, false, func, select, true
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.access.meetings import directs_meetings
from domain.access.permissions import Permission
from domain.meeting.model import MeetingType
from domain.ports import MeetingFilter, MeetingSummary, OpenActionItem
from persistence.queries.case_visibility import visible_cases
from persistence.repositories.meeting_rows import action_item, meeting_header
from persistence.tables import case_file, meeting, meeting_action_item, meeting_item, meeting_organisation


def meetings_visible(actor: Actor) -> ColumnElement[bool]:
    if Permission.MEETINGS_READ not in actor.permissions:
        return false()
    if directs_meetings(actor):
        return true()
    if actor.organisation_id is None:
        return false()
    return exists().where(
        meeting_organisation.c.meeting_id == meeting.c.id,
        meeting_organisation.c.organisation_id == actor.organisation_id,
    )


async def meeting_summaries(conn: AsyncConnection, actor: Actor, filter: MeetingFilter) -> list[MeetingSummary]:
    item_count = (
        select(func.count())
        .select_from(meeting_item.join(case_file, case_file.c.id == meeting_item.c.case_id))
        .where(meeting_item.c.meeting_id == meeting.c.id, visible_cases(actor))
        .correlate(meeting)
        .scalar_subquery()
    )
    query = select(meeting, item_count.label("visible_item_count")).where(meetings_visible(actor))
    if filter.starts_from is not None:
        query = query.where(meeting.c.starts_at >= filter.starts_from)
    if filter.starts_before is not None:
        query = query.where(meeting.c.starts_at < filter.starts_before)
    if filter.type is not None:
        query = query.where(meeting.c.type == filter.type.value)
    if filter.status is not None:
        query = query.where(meeting.c.status == filter.status.value)
    rows = (await conn.execute(query.order_by(meeting.c.starts_at, meeting.c.id).limit(filter.limit))).all()
    if not rows:
        return []
    organisations: dict[Any, list[Any]] = {}
    links = await conn.execute(
        select(meeting_organisation)
        .where(meeting_organisation.c.meeting_id.in_([r.id for r in rows]))
        .order_by(meeting_organisation.c.position)
    )
    for link in links:
        organisations.setdefault(link.meeting_id, []).append(link.organisation_id)
    return [MeetingSummary(meeting_header(r, organisations.get(r.id, [])), int(r.visible_item_count)) for r in rows]


async def open_action_items(conn: AsyncConnection, actor: Actor, due_before: date) -> list[OpenActionItem]:
    query = (
        select(
            meeting_action_item,
            meeting.c.reference.label("meeting_reference"),
            meeting.c.type.label("meeting_type"),
            case_file.c.reference,
        )
        .join(meeting, meeting.c.id == meeting_action_item.c.meeting_id)
        .join(case_file, case_file.c.id == meeting_action_item.c.case_id)
        .where(
            meeting_action_item.c.done_at.is_(None),
            meeting_action_item.c.due_on < due_before,
            meetings_visible(actor),
            visible_cases(actor),
        )
        .order_by(meeting_action_item.c.due_on, meeting_action_item.c.id)
        .limit(500)
    )
    return [
        OpenActionItem(action_item(r), r.meeting_id, r.meeting_reference, MeetingType(r.meeting_type), r.reference)
        for r in await conn.execute(query)
    ]
