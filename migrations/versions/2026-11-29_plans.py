"""plans: versions of the plan of action with their goals and actions

One plan in force and at most one open version per case are enforced by partial unique indexes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 04:20:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import persistence.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Delivery monitoring walks only what is still open (persistence/queries/plan_delivery.py).
OPEN_ACTION = sa.text("status NOT IN ('done', 'cancelled')")
OPEN_GOAL = sa.text("status NOT IN ('achieved', 'not_achieved', 'dropped')")


def upgrade() -> None:
    op.create_table(
        "plan_version",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("based_on_assessment_id", sa.Uuid(), nullable=True),
        sa.Column("interpretation", sa.Text(), nullable=False),
        sa.Column("contingency", sa.Text(), nullable=False),
        sa.Column("protective_factors", sa.JSON(), nullable=False),
        sa.Column("evaluation_on", sa.Date(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("approved_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("approved_by_name", sa.String(length=200), nullable=True),
        sa.Column("approval_note", sa.Text(), nullable=True),
        sa.Column("decision_reference", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["based_on_assessment_id"],
            ["assessment.id"],
            name=op.f("fk_plan_version_based_on_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_plan_version_case_id_case_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_version")),
    )
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.create_index("ix_plan_version_case_number", ["case_id", "number"], unique=True)
        batch_op.create_index(
            "ix_plan_version_in_force",
            ["case_id"],
            unique=True,
            postgresql_where=sa.text("status = 'approved'"),
            sqlite_where=sa.text("status = 'approved'"),
        )
        batch_op.create_index(
            "ix_plan_version_open",
            ["case_id"],
            unique=True,
            postgresql_where=sa.text("status IN ('draft', 'submitted')"),
            sqlite_where=sa.text("status IN ('draft', 'submitted')"),
        )

    op.create_table(
        "plan_action",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("intervention_id", sa.Uuid(), nullable=True),
        sa.Column("custom_title", sa.String(length=300), nullable=True),
        sa.Column("goal_ids", sa.JSON(), nullable=False),
        sa.Column("responsible_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("last_update_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("external_reference", sa.String(length=300), nullable=True),
        sa.Column("updates", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["intervention_id"], ["intervention.id"], name=op.f("fk_plan_action_intervention_id_intervention")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plan_version.id"], name=op.f("fk_plan_action_plan_id_plan_version")),
        sa.ForeignKeyConstraint(
            ["responsible_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_plan_action_responsible_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("plan_id", "id", name=op.f("pk_plan_action")),
    )
    for name, columns in (
        ("ix_plan_action_open_due", ["due_on", "id"]),
        ("ix_plan_action_open_organisation_due", ["responsible_organisation_id", "due_on"]),
    ):
        op.create_index(name, "plan_action", columns, postgresql_where=OPEN_ACTION, sqlite_where=OPEN_ACTION)

    op.create_table(
        "plan_goal",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=False),
        sa.Column("indicator_codes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan_version.id"], name=op.f("fk_plan_goal_plan_id_plan_version")),
        sa.PrimaryKeyConstraint("plan_id", "id", name=op.f("pk_plan_goal")),
    )
    op.create_index(
        "ix_plan_goal_open_target", "plan_goal", ["target_on", "id"], postgresql_where=OPEN_GOAL, sqlite_where=OPEN_GOAL
    )


def downgrade() -> None:
    op.drop_index("ix_plan_goal_open_target", table_name="plan_goal")
    op.drop_table("plan_goal")
    for name in ("ix_plan_action_open_due", "ix_plan_action_open_organisation_due"):
        op.drop_index(name, table_name="plan_action")

    op.drop_table("plan_action")
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_plan_version_open",
            postgresql_where=sa.text("status IN ('draft', 'submitted')"),
            sqlite_where=sa.text("status IN ('draft', 'submitted')"),
        )
        batch_op.drop_index(
            "ix_plan_version_in_force",
            postgresql_where=sa.text("status = 'approved'"),
            sqlite_where=sa.text("status = 'approved'"),
        )
        batch_op.drop_index("ix_plan_version_case_number")

    op.drop_table("plan_version")
