"""Plans of action: one row per version, its goals and its actions (both keep their ids across versions).

Goals and actions are rows, not JSON, because delivery monitoring lists them across cases (stalled actions
per organisation, overdue goals per regisseur). An action's status history is append-only JSON on the row.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Date, ForeignKey, Index, Integer, String, Table, Text, text

from persistence.tables.base import INTERNAL, PERSONAL, SPECIAL, metadata
from persistence.types import UtcDateTime, uuid_type

plan_version = Table(
    "plan_version",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("case_id", uuid_type(), ForeignKey("case_file.id"), nullable=False, info=INTERNAL),
    Column("number", Integer, nullable=False, info=INTERNAL),
    Column("status", String(20), nullable=False, info=INTERNAL),
    Column("based_on_assessment_id", uuid_type(), ForeignKey("assessment.id"), nullable=True, info=INTERNAL),
    Column("interpretation", Text, nullable=False, info=SPECIAL),
    Column("contingency", Text, nullable=False, info=SPECIAL),
    Column("protective_factors", JSON, nullable=False, info=SPECIAL),
    Column("evaluation_on", Date, nullable=True, info=INTERNAL),
    Column("author_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("author_name", String(200), nullable=False, info=PERSONAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("updated_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("submitted_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("approved_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("approved_by_id", uuid_type(), nullable=True, info=INTERNAL),
    Column("approved_by_name", String(200), nullable=True, info=PERSONAL),
    Column("approval_note", Text, nullable=True, info=PERSONAL),
    Column("decision_reference", String(300), nullable=True, info=INTERNAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
    Index("ix_plan_version_case_number", "case_id", "number", unique=True),
    # One plan in force per case, and at most one open (draft or submitted) version: enforced by the database.
    Index(
        "ix_plan_version_in_force",
        "case_id",
        unique=True,
        postgresql_where=text("status = 'approved'"),
        sqlite_where=text("status = 'approved'"),
    ),
    Index(
        "ix_plan_version_open",
        "case_id",
        unique=True,
        postgresql_where=text("status IN ('draft', 'submitted')"),
        sqlite_where=text("status IN ('draft', 'submitted')"),
    ),
)

plan_goal = Table(
    "plan_goal",
    metadata,
    Column("plan_id", uuid_type(), ForeignKey("plan_version.id"), primary_key=True, info=INTERNAL),
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("position", Integer, nullable=False, info=INTERNAL),
    Column("text", Text, nullable=False, info=SPECIAL),
    Column("target_on", Date, nullable=False, info=INTERNAL),
    Column("indicator_codes", JSON, nullable=False, info=SPECIAL),
    Column("status", String(20), nullable=False, info=INTERNAL),
    Column("note", Text, nullable=False, info=SPECIAL),
    Index(
        "ix_plan_goal_open_target",
        "target_on",
        "id",
        postgresql_where=text("status NOT IN ('achieved', 'not_achieved', 'dropped')"),
        sqlite_where=text("status NOT IN ('achieved', 'not_achieved', 'dropped')"),
    ),
)

plan_action = Table(
    "plan_action",
    metadata,
    Column("plan_id", uuid_type(), ForeignKey("plan_version.id"), primary_key=True, info=INTERNAL),
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("position", Integer, nullable=False, info=INTERNAL),
    Column("intervention_id", uuid_type(), ForeignKey("intervention.id"), nullable=True, info=INTERNAL),
    Column("custom_title", String(300), nullable=True, info=SPECIAL),
    Column("goal_ids", JSON, nullable=False, info=INTERNAL),
    Column("responsible_organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, info=INTERNAL),
    Column("owner_name", String(200), nullable=False, info=PERSONAL),
    Column("start_on", Date, nullable=False, info=INTERNAL),
    Column("due_on", Date, nullable=False, info=INTERNAL),
    Column("status", String(20), nullable=False, info=INTERNAL),
    Column("status_reason", Text, nullable=True, info=SPECIAL),
    Column("last_update_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("external_reference", String(300), nullable=True, info=INTERNAL),
    Column("updates", JSON, nullable=False, info=PERSONAL),
    # Delivery monitoring walks the open actions in due order (all of them, or one organisation's) and stops at
    # the list's limit.
    Index(
        "ix_plan_action_open_due",
        "due_on",
        "id",
        postgresql_where=text("status NOT IN ('done', 'cancelled')"),
        sqlite_where=text("status NOT IN ('done', 'cancelled')"),
    ),
    Index(
        "ix_plan_action_open_organisation_due",
        "responsible_organisation_id",
        "due_on",
        postgresql_where=text("status NOT IN ('done', 'cancelled')"),
        sqlite_where=text("status NOT IN ('done', 'cancelled')"),
    ),
)
