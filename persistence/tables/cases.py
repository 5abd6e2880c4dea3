"""Persons, cases with their history and participants, and the journal."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Date, ForeignKey, Index, Integer, String, Table, Text, text

from persistence.tables.base import BSN, INTERNAL, PERSONAL, SPECIAL, metadata
from persistence.types import UtcDateTime, uuid_type

person = Table(
    "person",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("first_names", String(200), nullable=False, info=PERSONAL),
    Column("prefix", String(50), nullable=True, info=PERSONAL),
    Column("surname", String(200), nullable=False, info=PERSONAL),
    Column("name_search", String(500), nullable=False, info=PERSONAL),  # lower-case full name, for search
    Column("surname_key", String(200), nullable=False, index=True, info=PERSONAL),  # folded spelling
    Column("date_of_birth", Date, nullable=True, index=True, info=PERSONAL),
    Column("gender", String(20), nullable=False, info=PERSONAL),
    Column("street", String(200), nullable=True, info=PERSONAL),
    Column("house_number", String(20), nullable=True, info=PERSONAL),
    Column("postcode", String(10), nullable=True, info=PERSONAL),
    Column("city", String(100), nullable=True, info=PERSONAL),
    Column("district", String(30), nullable=False, index=True, info=PERSONAL),
    Column("bsn_encrypted", String(200), nullable=True, info=BSN),
    Column("bsn_index", String(64), nullable=True, unique=True, info=BSN),
    Column("external_ids", JSON, nullable=False, info=PERSONAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("updated_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
)

person_relation = Table(
    "person_relation",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("person_id", uuid_type(), ForeignKey("person.id"), nullable=False, index=True, info=INTERNAL),
    Column("related_person_id", uuid_type(), ForeignKey("person.id"), nullable=False, index=True, info=INTERNAL),
    Column("relation", String(30), nullable=False, info=PERSONAL),
)

case_reference_counter = Table(
    "case_reference_counter",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("last_number", Integer, nullable=False, info=INTERNAL),
)

case_file = Table(
    "case_file",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("reference", String(20), nullable=False, unique=True, info=INTERNAL),
    Column("person_id", uuid_type(), ForeignKey("person.id"), nullable=False, index=True, info=INTERNAL),
    Column("status", String(30), nullable=False, index=True, info=SPECIAL),
    Column("escalation_level", Integer, nullable=False, index=True, info=SPECIAL),
    Column("regisseur_id", uuid_type(), ForeignKey("app_user.id"), nullable=True, index=True, info=INTERNAL),
    Column("ideology", String(40), nullable=False, index=True, info=SPECIAL),
    Column("source_organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, info=INTERNAL),
    Column("referrer_name", String(200), nullable=False, info=PERSONAL),
    Column("referred_on", Date, nullable=False, info=INTERNAL),
    Column("description", Text, nullable=False, info=SPECIAL),
    Column("reason_for_concern", Text, nullable=False, info=SPECIAL),
    Column("opened_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("updated_at", UtcDateTime(), nullable=False, index=True, info=INTERNAL),
    Column("closed_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("closure_reason", String(30), nullable=True, info=SPECIAL),
    Column("previous_case_id", uuid_type(), ForeignKey("case_file.id"), nullable=True, info=INTERNAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
    Index(None, "opened_at", "id"),
)

case_link = Table(
    "case_link",
    metadata,
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), primary_key=True, info=INTERNAL),
    Column("linked_case_id", uuid_type(), ForeignKey("case_file.id"), primary_key=True, info=INTERNAL),
)

case_status_change = Table(
    "case_status_change",
    metadata,
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), primary_key=True, info=INTERNAL),
    Column("seq", Integer, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("from_status", String(30), nullable=True, info=SPECIAL),
    Column("to_status", String(30), nullable=False, info=SPECIAL),
    Column("transition", String(40), nullable=True, info=SPECIAL),
    Column("reason", Text, nullable=False, info=SPECIAL),
    Column("closure_reason", String(30), nullable=True, info=SPECIAL),
    Column("decision_reference", String(200), nullable=True, info=INTERNAL),
    Column("actor_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("actor_name", String(200), nullable=False, info=PERSONAL),
    Column("at", UtcDateTime(), nullable=False, info=INTERNAL),
)

case_level_change = Table(
    "case_level_change",
    metadata,
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), primary_key=True, info=INTERNAL),
    Column("seq", Integer, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("from_level", Integer, nullable=True, info=SPECIAL),
    Column("to_level", Integer, nullable=False, info=SPECIAL),
    Column("reason", Text, nullable=False, info=SPECIAL),
    Column("decision_reference", String(200), nullable=True, info=INTERNAL),
    Column("criteria", JSON, nullable=False, info=SPECIAL),
    Column("actor_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("actor_name", String(200), nullable=False, info=PERSONAL),
    Column("at", UtcDateTime(), nullable=False, info=INTERNAL),
)

case_participation = Table(
    "case_participation",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, index=True, info=INTERNAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, info=INTERNAL),
    Column("role", String(30), nullable=False, info=INTERNAL),
    Column("contact_name", String(200), nullable=True, info=PERSONAL),
    Column("started_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("started_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("started_by_name", String(200), nullable=False, info=PERSONAL),
    Column("ended_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("ended_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("ended_by_name", String(200), nullable=True, info=PERSONAL),
    Column("end_reason", Text, nullable=True, info=PERSONAL),
    # The row filter asks "does this organisation work in this case?" for every listed case:
    # answered from this partial index alone, without reading the participation rows.
    Index(None, "organisation_id", "case_id"),
    Index(
        "ix_case_participation_working",
        "case_id",
        "organisation_id",
        postgresql_where=text("ended_at IS NULL AND role <> 'informant'"),
        sqlite_where=text("ended_at IS NULL AND role <> 'informant'"),
    ),
)

journal_entry = Table(
    "journal_entry",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, info=INTERNAL),
    Column("occurred_on", Date, nullable=False, info=INTERNAL),
    Column("written_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("author_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("author_name", String(200), nullable=False, info=PERSONAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, info=INTERNAL),
    Column("category", String(30), nullable=False, info=INTERNAL),
    Column("visibility", String(30), nullable=False, info=INTERNAL),
    Column("body", Text, nullable=False, info=SPECIAL),
    Column("summary", Text, nullable=True, info=SPECIAL),
    Column("corrects_entry_id", uuid_type(), ForeignKey("journal_entry.id"), nullable=True, info=INTERNAL),
    Index(None, "case_id", "written_at", "id"),
)

# --- assessments -------------------------------------------------------------------------------------
