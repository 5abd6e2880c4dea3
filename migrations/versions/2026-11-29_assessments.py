"""assessments: framework versions and crosswalks as stored documents, assessments with their ratings,
acute alerts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 01:29:25.596522+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import persistence.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assessment_framework",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("indicator_count", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("imported_by_id", sa.Uuid(), nullable=True),
        sa.Column("imported_by_name", sa.String(length=200), nullable=False),
        sa.Column("published_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("published_by_id", sa.Uuid(), nullable=True),
        sa.Column("published_by_name", sa.String(length=200), nullable=True),
        sa.Column("retired_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_framework")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_assessment_framework_code_version")),
    )
    with op.batch_alter_table("assessment_framework", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_framework_status"), ["status"], unique=False)
        batch_op.create_index(
            "ix_assessment_framework_published",
            ["code"],
            unique=True,
            postgresql_where=sa.text("status = 'published'"),
            sqlite_where=sa.text("status = 'published'"),
        )

    op.create_table(
        "crosswalk",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("external_model", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("framework_id", sa.Uuid(), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("imported_by_id", sa.Uuid(), nullable=True),
        sa.Column("imported_by_name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"], ["assessment_framework.id"], name=op.f("fk_crosswalk_framework_id_assessment_framework")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crosswalk")),
        sa.UniqueConstraint(
            "external_model", "version", "framework_id", name=op.f("uq_crosswalk_external_model_version_framework_id")
        ),
    )
    with op.batch_alter_table("crosswalk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_crosswalk_framework_id"), ["framework_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("perspective", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessors", sa.JSON(), nullable=False),
        sa.Column("information_completeness", sa.String(length=20), nullable=False),
        sa.Column("framework_id", sa.Uuid(), nullable=False),
        sa.Column("crosswalk_id", sa.Uuid(), nullable=True),
        sa.Column("formulation", sa.JSON(), nullable=False),
        sa.Column("scenarios", sa.JSON(), nullable=False),
        sa.Column("final_level", sa.String(length=30), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=True),
        sa.Column("agreements", sa.JSON(), nullable=False),
        sa.Column("proposed_level", sa.String(length=30), nullable=True),
        sa.Column("rules_version", sa.String(length=100), nullable=True),
        sa.Column("proposal", sa.JSON(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("created_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("submitted_by_id", sa.Uuid(), nullable=True),
        sa.Column("submitted_by_name", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_assessment_case_id_case_file")),
        sa.ForeignKeyConstraint(["crosswalk_id"], ["crosswalk.id"], name=op.f("fk_assessment_crosswalk_id_crosswalk")),
        sa.ForeignKeyConstraint(
            ["framework_id"], ["assessment_framework.id"], name=op.f("fk_assessment_framework_id_assessment_framework")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_assessment_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_case_id_status_submitted_at"), ["case_id", "status", "submitted_at"], unique=False
        )

    op.create_table(
        "acute_alert",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_codes", sa.JSON(), nullable=False),
        sa.Column("raised_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by_id", sa.Uuid(), nullable=True),
        sa.Column("acknowledged_by_name", sa.String(length=200), nullable=True),
        sa.Column("routed_to", sa.String(length=20), nullable=True),
        sa.Column("routing_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_acute_alert_assessment_id_assessment")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_acute_alert_case_id_case_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acute_alert")),
    )
    with op.batch_alter_table("acute_alert", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_acute_alert_assessment_id"), ["assessment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_acute_alert_case_id_raised_at"), ["case_id", "raised_at"], unique=False)
        batch_op.create_index(
            "ix_acute_alert_open",
            ["case_id"],
            unique=False,
            postgresql_where=sa.text("acknowledged_at IS NULL"),
            sqlite_where=sa.text("acknowledged_at IS NULL"),
        )

    op.create_table(
        "assessment_rating",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("scheme", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("presence", sa.String(length=10), nullable=False),
        sa.Column("relevance", sa.Integer(), nullable=True),
        sa.Column("trend", sa.String(length=12), nullable=True),
        sa.Column("evidence_for", sa.Text(), nullable=False),
        sa.Column("evidence_against", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("source_on", sa.Date(), nullable=True),
        sa.Column("sharing", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_assessment_rating_assessment_id_assessment")
        ),
        sa.PrimaryKeyConstraint("assessment_id", "scheme", "code", name=op.f("pk_assessment_rating")),
    )


def downgrade() -> None:
    op.drop_table("assessment_rating")
    with op.batch_alter_table("acute_alert", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_acute_alert_open",
            postgresql_where=sa.text("acknowledged_at IS NULL"),
            sqlite_where=sa.text("acknowledged_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_acute_alert_case_id_raised_at"))
        batch_op.drop_index(batch_op.f("ix_acute_alert_assessment_id"))

    op.drop_table("acute_alert")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_case_id_status_submitted_at"))

    op.drop_table("assessment")
    with op.batch_alter_table("crosswalk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crosswalk_framework_id"))

    op.drop_table("crosswalk")
    with op.batch_alter_table("assessment_framework", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_assessment_framework_published",
            postgresql_where=sa.text("status = 'published'"),
            sqlite_where=sa.text("status = 'published'"),
        )
        batch_op.drop_index(batch_op.f("ix_assessment_framework_status"))

    op.drop_table("assessment_framework")
