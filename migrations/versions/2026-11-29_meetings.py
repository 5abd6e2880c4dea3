"""meetings: weighing meetings, case conferences and escalation meetings with agenda, decisions, minutes and
action items

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 04:38:20+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import persistence.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("starts_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chair_name", sa.String(length=200), nullable=False),
        sa.Column("secretary_name", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("minutes_approved_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("minutes_approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("minutes_approved_by_name", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("reference", name=op.f("uq_meeting_reference")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "meeting_reference_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_meeting_reference_counter")),
    )
    op.create_table(
        "meeting_note",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_note_meeting_id_meeting")),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_meeting_note_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_note")),
    )
    with op.batch_alter_table("meeting_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_note_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_organisation",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_organisation_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_meeting_organisation_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("meeting_id", "organisation_id", name=op.f("pk_meeting_organisation")),
    )
    with op.batch_alter_table("meeting_organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_organisation_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "meeting_action_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("created_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("done_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_meeting_action_item_case_id_case_file")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_action_item_meeting_id_meeting")),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_meeting_action_item_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_action_item")),
    )
    with op.batch_alter_table("meeting_action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_action_item_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_action_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_decision",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_meeting_decision_case_id_case_file")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_decision_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_decision")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_meeting_decision_meeting_id_number")),
    )
    with op.batch_alter_table("meeting_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_decision_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meeting_item",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_meeting_item_case_id_case_file")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_item_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("meeting_id", "id", name=op.f("pk_meeting_item")),
    )
    with op.batch_alter_table("meeting_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_item_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_item_case_id"))

    op.drop_table("meeting_item")
    with op.batch_alter_table("meeting_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_decision_case_id"))

    op.drop_table("meeting_decision")
    with op.batch_alter_table("meeting_action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_action_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_action_item_case_id"))

    op.drop_table("meeting_action_item")
    with op.batch_alter_table("meeting_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_organisation_organisation_id"))

    op.drop_table("meeting_organisation")
    with op.batch_alter_table("meeting_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_note_meeting_id"))

    op.drop_table("meeting_note")
    op.drop_table("meeting_reference_counter")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))

    op.drop_table("meeting")
