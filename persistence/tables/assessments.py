"""Assessment framework versions, crosswalks, assessments with their ratings, and acute alerts."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Date, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint, text

from persistence.tables.base import INTERNAL, PERSONAL, SPECIAL, metadata
from persistence.types import UtcDateTime, uuid_type

# A framework version: the validated document (persistence/framework_files.py) plus what lists need.
# The document of a stored version is never updated; only status and publication change.
assessment_framework = Table(
    "assessment_framework",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("code", String(64), nullable=False, info=INTERNAL),
    Column("version", String(20), nullable=False, info=INTERNAL),
    Column("status", String(20), nullable=False, index=True, info=INTERNAL),
    Column("name_nl", String(200), nullable=False, info=INTERNAL),
    Column("name_en", String(200), nullable=False, info=INTERNAL),
    Column("indicator_count", Integer, nullable=False, info=INTERNAL),
    Column("document", JSON, nullable=False, info=INTERNAL),
    Column("sha256", String(64), nullable=False, info=INTERNAL),
    Column("imported_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("imported_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("imported_by_name", String(200), nullable=False, info=PERSONAL),
    Column("published_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("published_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("published_by_name", String(200), nullable=True, info=PERSONAL),
    Column("retired_at", UtcDateTime(), nullable=True, info=INTERNAL),
    UniqueConstraint("code", "version"),
    # At most one published version per code: publishing retires the previous one first.
    Index(
        "ix_assessment_framework_published",
        "code",
        unique=True,
        postgresql_where=text("status = 'published'"),
        sqlite_where=text("status = 'published'"),
    ),
)

crosswalk = Table(
    "crosswalk",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("external_model", String(64), nullable=False, info=INTERNAL),
    Column("version", String(64), nullable=False, info=INTERNAL),
    Column(
        "framework_id", uuid_type(), ForeignKey("assessment_framework.id"), nullable=False, index=True, info=INTERNAL
    ),
    Column("entry_count", Integer, nullable=False, info=INTERNAL),
    Column("document", JSON, nullable=False, info=INTERNAL),
    Column("sha256", String(64), nullable=False, info=INTERNAL),
    Column("imported_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("imported_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("imported_by_name", String(200), nullable=False, info=PERSONAL),
    UniqueConstraint("external_model", "version", "framework_id"),
)

assessment = Table(
    "assessment",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, info=INTERNAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, info=INTERNAL),
    Column("type", String(20), nullable=False, info=INTERNAL),
    Column("perspective", String(20), nullable=False, info=INTERNAL),
    Column("status", String(20), nullable=False, info=INTERNAL),
    Column("assessed_on", Date, nullable=False, info=INTERNAL),
    Column("assessors", JSON, nullable=False, info=PERSONAL),
    Column("information_completeness", String(20), nullable=False, info=INTERNAL),
    Column("framework_id", uuid_type(), ForeignKey("assessment_framework.id"), nullable=False, info=INTERNAL),
    Column("crosswalk_id", uuid_type(), ForeignKey("crosswalk.id"), nullable=True, info=INTERNAL),
    Column("formulation", JSON, nullable=False, info=SPECIAL),
    Column("scenarios", JSON, nullable=False, info=SPECIAL),
    Column("final_level", String(30), nullable=True, info=SPECIAL),
    Column("rationale", Text, nullable=True, info=SPECIAL),
    Column("agreements", JSON, nullable=False, info=SPECIAL),
    # Kept at submission for the audit: the proposed level, the rules version, the rules that fired
    # and the ratings they read (presence, relevance, trend per indicator).
    Column("proposed_level", String(30), nullable=True, info=SPECIAL),
    Column("rules_version", String(100), nullable=True, info=INTERNAL),
    Column("proposal", JSON, nullable=True, info=SPECIAL),
    Column("next_review_on", Date, nullable=True, info=INTERNAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("created_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("created_by_name", String(200), nullable=False, info=PERSONAL),
    Column("updated_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("submitted_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("submitted_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("submitted_by_name", String(200), nullable=True, info=PERSONAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
    # The latest submitted assessment of a case (case list, overdue reviews) is one probe of this index.
    Index(None, "case_id", "status", "submitted_at"),
)

# One row per rating: on our indicators (scheme "indicator") or in an external model's codes ("external").
assessment_rating = Table(
    "assessment_rating",
    metadata,
    Column("assessment_id", uuid_type(), ForeignKey("assessment.id"), primary_key=True, info=INTERNAL),
    Column("scheme", String(10), primary_key=True, info=INTERNAL),
    Column("code", String(64), primary_key=True, info=INTERNAL),
    Column("presence", String(10), nullable=False, info=SPECIAL),
    Column("relevance", Integer, nullable=True, info=SPECIAL),
    Column("trend", String(12), nullable=True, info=SPECIAL),
    Column("evidence_for", Text, nullable=False, info=SPECIAL),
    Column("evidence_against", Text, nullable=False, info=SPECIAL),
    Column("source", String(500), nullable=False, info=PERSONAL),
    Column("source_on", Date, nullable=True, info=INTERNAL),
    Column("sharing", String(20), nullable=False, info=INTERNAL),
)

acute_alert = Table(
    "acute_alert",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, info=INTERNAL),
    Column("assessment_id", uuid_type(), ForeignKey("assessment.id"), nullable=False, index=True, info=INTERNAL),
    Column("indicator_codes", JSON, nullable=False, info=SPECIAL),
    Column("raised_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("acknowledged_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("acknowledged_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("acknowledged_by_name", String(200), nullable=True, info=PERSONAL),
    Column("routed_to", String(20), nullable=True, info=SPECIAL),
    Column("routing_note", Text, nullable=True, info=SPECIAL),
    Index(None, "case_id", "raised_at"),
    # The open-alert count of every listed case, answered from this partial index alone.
    Index(
        "ix_acute_alert_open",
        "case_id",
        postgresql_where=text("acknowledged_at IS NULL"),
        sqlite_where=text("acknowledged_at IS NULL"),
    ),
)
