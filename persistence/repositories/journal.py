"""Journal entries: insert and read only; there is no update."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.case.journal import JournalCategory, JournalEntry, JournalEntryId, JournalVisibility
from domain.case.model import ActorRef, CaseId
from domain.errors import InvalidInput
from domain.ids import OrganisationId
from domain.ports import Page, PageRequest
from persistence.pagination import decode_key_and_id, encode_cursor
from persistence.queries.case_visibility import visible_journal_entries
from persistence.tables import journal_entry as t


def _map(r: Any) -> JournalEntry:
    return JournalEntry(
        id=JournalEntryId(r.id),
        case_id=CaseId(r.case_id),
        occurred_on=r.occurred_on,
        written_at=r.written_at,
        author=ActorRef(r.author_id, r.author_name),
        organisation_id=OrganisationId(r.organisation_id),
        category=JournalCategory(r.category),
        visibility=JournalVisibility(r.visibility),
        body=r.body,
        summary=r.summary,
        corrects_entry_id=JournalEntryId(r.corrects_entry_id) if r.corrects_entry_id else None,
    )


class SqlJournalRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, e: JournalEntry) -> None:
        await self._conn.execute(
            insert(t).values(
                id=e.id,
                case_id=e.case_id,
                occurred_on=e.occurred_on,
                written_at=e.written_at,
                author_id=e.author.id,
                author_name=e.author.name,
                organisation_id=e.organisation_id,
                category=e.category.value,
                visibility=e.visibility.value,
                body=e.body,
                summary=e.summary,
                corrects_entry_id=e.corrects_entry_id,
            )
        )

    async def get(self, entry_id: JournalEntryId) -> JournalEntry | None:
        row = (await self._conn.execute(select(t).where(t.c.id == entry_id))).first()
        return _map(row) if row else None

    async def visible_page(self, case_id: CaseId, actor: Actor, page: PageRequest) -> Page[JournalEntry]:
        query = select(t).where(t.c.case_id == case_id, visible_journal_entries(actor))
        if page.cursor:
            raw, last_id = decode_key_and_id(page.cursor)
            try:
                written = datetime.fromisoformat(raw)
            except ValueError as exc:
                raise InvalidInput.field("cursor", "is not a cursor this API issued") from exc
            query = query.where(or_(t.c.written_at < written, and_(t.c.written_at == written, t.c.id < last_id)))
        rows = (
            await self._conn.execute(query.order_by(t.c.written_at.desc(), t.c.id.desc()).limit(page.limit + 1))
        ).all()
        items = [_map(r) for r in rows[: page.limit]]
        next_cursor = None
        if len(rows) > page.limit and items:
            last = items[-1]
            written_at = last.written_at if last.written_at.tzinfo else last.written_at.replace(tzinfo=UTC)
            next_cursor = encode_cursor(written_at.isoformat(), last.id)
        return Page(items, next_cursor)
