"""The intervention catalogue (instrumentenkoffer). Reference data, not personal data."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Integer, String, Table, Text

from persistence.tables.base import INTERNAL, metadata
from persistence.types import UtcDateTime, uuid_type

# One intervention: its file form (persistence/catalogue_files.py) as a document plus what lists filter on.
# Never deleted: retiring sets retired_at, and plans keep pointing at the row.
intervention = Table(
    "intervention",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("code", String(16), nullable=False, unique=True, info=INTERNAL),
    Column("type", String(32), nullable=False, info=INTERNAL),
    Column("name_nl", String(200), nullable=False, info=INTERNAL),
    Column("name_en", String(200), nullable=False, info=INTERNAL),
    Column("document", JSON, nullable=False, info=INTERNAL),
    Column("catalogue_version", String(20), nullable=True, info=INTERNAL),  # the starter file it came from
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("updated_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("retired_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("retired_reason", Text, nullable=True, info=INTERNAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
)
