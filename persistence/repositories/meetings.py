"""Meetings with their organisations, agenda, minutes and action items; decisions are stored on their own (append
only) because the case history lists them across meetings."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.case.journal import JournalVisibility
from domain.case.model import ActorRef, CaseId
from domain.errors import StaleVersion
from domain.ids import OrganisationId
from domain.meeting.decisions import Decision
from domain.meeting.model import (
    ActionItem,
    AgendaItem,
    AgendaReason,
    ItemId,
    Meeting,
    MeetingId,
    MeetingType,
    MinuteNote,
)
from domain.ports import CaseDecision, MeetingFilter, MeetingSummary, OpenActionItem
from persistence.queries.meeting_lists import meeting_summaries, open_action_items
from persistence.repositories.meeting_rows import action_item, decision, meeting_header
from persistence.tables import (
    meeting,
    meeting_action_item,
    meeting_decision,
    meeting_item,
    meeting_note,
    meeting_organisation,
    meeting_reference_counter,
)

m, o, i, d, n, a = meeting, meeting_organisation, meeting_item, meeting_decision, meeting_note, meeting_action_item


def _values(x: Meeting) -> dict[str, Any]:
    return {
        "starts_at": x.starts_at,
        "place": x.place,
        "chair_name": x.chair_name,
        "secretary_name": x.secretary_name,
        "participants": list(x.participants),
        "status": x.status.value,
        "updated_at": x.updated_at or x.created_at,
        "minutes_approved_at": x.minutes_approved_at,
        "minutes_approved_by_id": x.minutes_approved_by.id if x.minutes_approved_by else None,
        "minutes_approved_by_name": x.minutes_approved_by.name if x.minutes_approved_by else None,
    }


def _note_row(meeting_id: MeetingId, x: MinuteNote) -> dict[str, Any]:
    return {
        "id": x.id,
        "meeting_id": meeting_id,
        "item_id": x.item_id,
        "text": x.text,
        "visibility": x.visibility.value,
        "organisation_id": x.organisation_id,
        "by_id": x.by.id,
        "by_name": x.by.name,
        "at": x.at,
    }


def _action_row(meeting_id: MeetingId, x: ActionItem) -> dict[str, Any]:
    return {
        "id": x.id,
        "meeting_id": meeting_id,
        "item_id": x.item_id,
        "case_id": x.case_id,
        "text": x.text,
        "owner_name": x.owner_name,
        "organisation_id": x.organisation_id,
        "due_on": x.due_on,
        "created_at": x.created_at,
        "done_at": x.done_at,
        "done_note": x.done_note,
    }


class SqlMeetingRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def next_reference(self, year: int) -> str:
        """OVL-<year>-<number>, from a counter row per year incremented under its row lock."""
        dialect_insert = pg_insert if self._conn.dialect.name == "postgresql" else sqlite_insert
        statement = (
            dialect_insert(meeting_reference_counter)
            .values(year=year, last_number=1)
            .on_conflict_do_update(
                index_elements=["year"], set_={"last_number": meeting_reference_counter.c.last_number + 1}
            )
            .returning(meeting_reference_counter.c.last_number)
        )
        number = (await self._conn.execute(statement)).scalar_one()
        return f"OVL-{year}-{number:04d}"

    async def add(self, x: Meeting) -> None:
        await self._conn.execute(
            insert(m).values(
                id=x.id,
                reference=x.reference,
                type=x.type.value,
                created_by_id=x.created_by.id,
                created_by_name=x.created_by.name,
                created_at=x.created_at,
                version=x.version,
                **_values(x),
            )
        )
        await self._write_children(x)

    async def save(self, x: Meeting, expected_version: int) -> None:
        result = await self._conn.execute(
            update(m)
            .where(m.c.id == x.id, m.c.version == expected_version)
            .values(version=expected_version + 1, **_values(x))
        )
        if result.rowcount != 1:
            raise StaleVersion()
        x.version = expected_version + 1
        await self._conn.execute(delete(o).where(o.c.meeting_id == x.id))
        await self._conn.execute(delete(i).where(i.c.meeting_id == x.id))
        await self._write_children(x)

    async def _write_children(self, x: Meeting) -> None:
        if x.organisation_ids:
            rows = [
                {"meeting_id": x.id, "organisation_id": org, "position": k} for k, org in enumerate(x.organisation_ids)
            ]
            await self._conn.execute(insert(o), rows)
        if x.items:
            rows = [
                {
                    "meeting_id": x.id,
                    "id": it.id,
                    "position": k,
                    "case_id": it.case_id,
                    "reason": it.reason.value,
                    "note": it.note,
                }
                for k, it in enumerate(x.items)
            ]
            await self._conn.execute(insert(i), rows)
        # Minutes and action items are appended, never rewritten; an action item only gets its done date.
        stored_notes = set((await self._conn.execute(select(n.c.id).where(n.c.meeting_id == x.id))).scalars())
        if new_notes := [_note_row(x.id, note) for note in x.notes if note.id not in stored_notes]:
            await self._conn.execute(insert(n), new_notes)
        stored = {r.id: r for r in await self._conn.execute(select(a.c.id, a.c.done_at).where(a.c.meeting_id == x.id))}
        if new_actions := [_action_row(x.id, act) for act in x.action_items if act.id not in stored]:
            await self._conn.execute(insert(a), new_actions)
        for act in x.action_items:
            if act.id in stored and stored[act.id].done_at is None and act.done_at is not None:
                await self._conn.execute(
                    update(a).where(a.c.id == act.id).values(done_at=act.done_at, done_note=act.done_note)
                )

    async def get(self, meeting_id: MeetingId, *, for_update: bool = False) -> Meeting | None:
        query = select(m).where(m.c.id == meeting_id)
        row = (await self._conn.execute(query.with_for_update() if for_update else query)).first()
        if row is None:
            return None
        orgs = (
            await self._conn.execute(
                select(o.c.organisation_id).where(o.c.meeting_id == meeting_id).order_by(o.c.position)
            )
        ).scalars()
        found = meeting_header(row, list(orgs))
        items = await self._conn.execute(select(i).where(i.c.meeting_id == meeting_id).order_by(i.c.position))
        found.items = [AgendaItem(CaseId(r.case_id), AgendaReason(r.reason), r.note, ItemId(r.id)) for r in items]
        notes = await self._conn.execute(select(n).where(n.c.meeting_id == meeting_id).order_by(n.c.at, n.c.id))
        found.notes = [
            MinuteNote(
                ItemId(r.item_id),
                r.text,
                JournalVisibility(r.visibility),
                OrganisationId(r.organisation_id) if r.organisation_id else None,
                ActorRef(r.by_id, r.by_name),
                r.at,
                r.id,
            )
            for r in notes
        ]
        actions = await self._conn.execute(
            select(a).where(a.c.meeting_id == meeting_id).order_by(a.c.created_at, a.c.id)
        )
        found.action_items = [action_item(r) for r in actions]
        return found

    async def search(self, actor: Actor, filter: MeetingFilter) -> list[MeetingSummary]:
        return await meeting_summaries(self._conn, actor, filter)

    async def add_decision(self, x: Decision) -> None:
        await self._conn.execute(
            insert(d).values(
                id=x.id,
                meeting_id=x.meeting_id,
                item_id=x.item_id,
                case_id=x.case_id,
                number=x.number,
                type=x.type.value,
                rationale=x.rationale,
                reference=x.reference,
                details=x.details,
                by_id=x.by.id,
                by_name=x.by.name,
                at=x.at,
            )
        )

    async def decision_count(self, meeting_id: MeetingId) -> int:
        return int((await self._conn.execute(select(func.count()).where(d.c.meeting_id == meeting_id))).scalar_one())

    async def decisions_of_meeting(self, meeting_id: MeetingId) -> list[Decision]:
        rows = await self._conn.execute(select(d).where(d.c.meeting_id == meeting_id).order_by(d.c.number))
        return [decision(r) for r in rows]

    async def decisions_of_case(self, case_id: CaseId) -> list[CaseDecision]:
        rows = await self._conn.execute(
            select(d, m.c.reference.label("meeting_reference"), m.c.type.label("meeting_type"), m.c.starts_at)
            .join(m, m.c.id == d.c.meeting_id)
            .where(d.c.case_id == case_id)
            .order_by(d.c.at.desc(), d.c.number.desc())
        )
        return [CaseDecision(decision(r), r.meeting_reference, MeetingType(r.meeting_type), r.starts_at) for r in rows]

    async def open_action_items(self, actor: Actor, due_before: date) -> list[OpenActionItem]:
        return await open_action_items(self._conn, actor, due_before)
