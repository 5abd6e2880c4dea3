"""The append-only audit trail and the head of its hash chain."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, String, Table

from persistence.tables.base import INTERNAL, PERSONAL, metadata
from persistence.types import UtcDateTime

audit_event = Table(
    "audit_event",
    metadata,
    # Assigned by the writer under the chain lock: gap-free, in chain order.
    Column("seq", BigInteger, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("occurred_at", UtcDateTime(), nullable=False, index=True, info=INTERNAL),
    Column("actor_type", String(20), nullable=False, info=INTERNAL),
    Column("actor_id", String(36), nullable=True, index=True, info=INTERNAL),
    Column("organisation_id", String(36), nullable=True, info=INTERNAL),
    Column("action", String(60), nullable=False, index=True, info=INTERNAL),
    Column("outcome", String(10), nullable=False, info=INTERNAL),
    Column("record_type", String(40), nullable=True, info=INTERNAL),
    Column("record_id", String(64), nullable=True, info=INTERNAL),
    Column("subject_person_id", String(36), nullable=True, index=True, info=INTERNAL),
    Column("client_address", String(64), nullable=True, info=PERSONAL),
    Column("request_id", String(64), nullable=True, info=INTERNAL),
    Column("purpose", String(100), nullable=True, info=INTERNAL),
    Column("details", JSON, nullable=False, info=PERSONAL),
    Column("prev_hash", String(64), nullable=False, info=INTERNAL),
    Column("hash", String(64), nullable=False, info=INTERNAL),
    Index(None, "record_type", "record_id"),
)

# One row: the head of the audit chain, locked FOR UPDATE by every appending transaction.
audit_chain_head = Table(
    "audit_chain_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("seq", BigInteger, nullable=False, info=INTERNAL),
    Column("hash", String(64), nullable=False, info=INTERNAL),
)
