"""The audit trail: appending chained rows inside the caller's transaction, reading and verifying."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.audit.model import AuditEntry, AuditRow, ChainReport, ChainVerifier, RequestContext, seal
from domain.ports import AuditFilter, Page, PageRequest
from persistence.pagination import decode_cursor, encode_cursor
from persistence.tables import audit_chain_head, audit_event

HEAD_ID = 1
VERIFY_BATCH = 5000
_LOCK_HEAD = select(audit_chain_head).where(audit_chain_head.c.id == HEAD_ID).with_for_update()
_MOVE_HEAD = (
    update(audit_chain_head)
    .where(audit_chain_head.c.id == HEAD_ID)
    .values(seq=bindparam("new_seq"), hash=bindparam("new_hash"))
)


async def append(
    conn: AsyncConnection, entries: Sequence[AuditEntry], context: RequestContext, occurred_at: datetime
) -> None:
    """Append entries to the chain. The head row is locked FOR UPDATE (PostgreSQL) or the
    database is already write-locked (SQLite, BEGIN IMMEDIATE), so concurrent transactions
    queue here and can never fork the chain."""
    head = (await conn.execute(_LOCK_HEAD)).one()
    seq, prev_hash = head.seq, head.hash
    rows = []
    for entry in entries:
        seq += 1
        row = seal(entry, context, seq=seq, prev_hash=prev_hash, occurred_at=occurred_at)
        prev_hash = row.hash
        rows.append(row.__dict__)
    await conn.execute(insert(audit_event), rows)
    await conn.execute(_MOVE_HEAD, {"new_seq": seq, "new_hash": prev_hash})


def to_row(row: Any) -> AuditRow:
    return AuditRow(**{c.name: row._mapping[c.name] for c in audit_event.c})


class SqlAuditRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def search(self, filter: AuditFilter, page: PageRequest) -> Page[AuditRow]:
        t = audit_event
        query = select(t)
        if filter.action:
            query = query.where(t.c.action == filter.action)
        if filter.record_type:
            query = query.where(t.c.record_type == filter.record_type)
        if filter.record_id:
            query = query.where(t.c.record_id == filter.record_id)
        if filter.actor_id:
            query = query.where(t.c.actor_id == str(filter.actor_id))
        if page.cursor:
            (last_seq,) = decode_cursor(page.cursor, 1)
            if not isinstance(last_seq, int):
                last_seq = 0
            query = query.where(t.c.seq < last_seq)
        rows = (await self._conn.execute(query.order_by(t.c.seq.desc()).limit(page.limit + 1))).all()
        items = [to_row(r) for r in rows[: page.limit]]
        next_cursor = encode_cursor(items[-1].seq) if len(rows) > page.limit else None
        return Page(items, next_cursor)

    async def verify(self) -> ChainReport:
        return await verify(self._conn)


async def verify(conn: AsyncConnection) -> ChainReport:
    """Walk the chain in batches (constant memory) and compare its end with the head row,
    so that rows cut off the end are noticed too."""
    verifier = ChainVerifier()
    last_seq = 0
    while True:
        batch = (
            await conn.execute(
                select(audit_event).where(audit_event.c.seq > last_seq).order_by(audit_event.c.seq).limit(VERIFY_BATCH)
            )
        ).all()
        for raw in batch:
            if not verifier.feed(to_row(raw)):
                return verifier.report()
        if len(batch) < VERIFY_BATCH:
            break
        last_seq = batch[-1].seq
    report = verifier.report()
    head = (await conn.execute(select(audit_chain_head).where(audit_chain_head.c.id == HEAD_ID))).first()
    if head is not None and head.seq != report.checked_count:
        return ChainReport(
            False, report.checked_count, report.checked_count + 1, "rows missing at the end of the chain"
        )
    return report
