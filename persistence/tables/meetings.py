"""Meetings: the meeting, the organisations taking part (a row each, for the partners' row filter), the agenda
items, decisions (append-only, cited in the case history), minutes and action items (both append-only; an action
item only gets its done date)."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Date, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from persistence.tables.base import INTERNAL, PERSONAL, SPECIAL, metadata
from persistence.types import UtcDateTime, uuid_type

meeting_reference_counter = Table(
    "meeting_reference_counter",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("last_number", Integer, nullable=False, info=INTERNAL),
)

meeting = Table(
    "meeting",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("reference", String(20), nullable=False, unique=True, info=INTERNAL),
    Column("type", String(20), nullable=False, info=INTERNAL),
    Column("starts_at", UtcDateTime(), nullable=False, index=True, info=INTERNAL),
    Column("place", String(200), nullable=False, info=INTERNAL),
    Column("chair_name", String(200), nullable=False, info=PERSONAL),
    Column("secretary_name", String(200), nullable=False, info=PERSONAL),
    Column("participants", JSON, nullable=False, info=PERSONAL),
    Column("status", String(20), nullable=False, info=INTERNAL),
    Column("created_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("created_by_name", String(200), nullable=False, info=PERSONAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("updated_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("minutes_approved_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("minutes_approved_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("minutes_approved_by_name", String(200), nullable=True, info=PERSONAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
)

meeting_organisation = Table(
    "meeting_organisation",
    metadata,
    Column("meeting_id", uuid_type(), ForeignKey("meeting.id"), primary_key=True, info=INTERNAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), primary_key=True, info=INTERNAL),
    Column("position", Integer, nullable=False, info=INTERNAL),
    Index(None, "organisation_id"),
)

meeting_item = Table(
    "meeting_item",
    metadata,
    Column("meeting_id", uuid_type(), ForeignKey("meeting.id"), primary_key=True, info=INTERNAL),
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("position", Integer, nullable=False, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, index=True, info=INTERNAL),
    Column("reason", String(40), nullable=False, info=INTERNAL),
    Column("note", Text, nullable=False, info=SPECIAL),
)

meeting_decision = Table(
    "meeting_decision",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("meeting_id", uuid_type(), ForeignKey("meeting.id"), nullable=False, info=INTERNAL),
    Column("item_id", uuid_type(), nullable=False, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, index=True, info=INTERNAL),
    Column("number", Integer, nullable=False, info=INTERNAL),
    Column("type", String(40), nullable=False, info=INTERNAL),
    Column("rationale", Text, nullable=False, info=SPECIAL),
    Column("reference", String(40), nullable=False, info=INTERNAL),
    Column("details", JSON, nullable=False, info=SPECIAL),
    Column("by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("by_name", String(200), nullable=False, info=PERSONAL),
    Column("at", UtcDateTime(), nullable=False, info=INTERNAL),
    UniqueConstraint("meeting_id", "number"),
)

meeting_note = Table(
    "meeting_note",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("meeting_id", uuid_type(), ForeignKey("meeting.id"), nullable=False, index=True, info=INTERNAL),
    Column("item_id", uuid_type(), nullable=False, info=INTERNAL),
    Column("text", Text, nullable=False, info=SPECIAL),
    Column("visibility", String(20), nullable=False, info=INTERNAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=True, info=INTERNAL),
    Column("by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("by_name", String(200), nullable=False, info=PERSONAL),
    Column("at", UtcDateTime(), nullable=False, info=INTERNAL),
)

meeting_action_item = Table(
    "meeting_action_item",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("meeting_id", uuid_type(), ForeignKey("meeting.id"), nullable=False, index=True, info=INTERNAL),
    Column("item_id", uuid_type(), nullable=False, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, index=True, info=INTERNAL),
    Column("text", Text, nullable=False, info=SPECIAL),
    Column("owner_name", String(200), nullable=False, info=PERSONAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, info=INTERNAL),
    Column("due_on", Date, nullable=False, info=INTERNAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("done_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("done_note", Text, nullable=True, info=SPECIAL),
)
