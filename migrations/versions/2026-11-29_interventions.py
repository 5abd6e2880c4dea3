"""interventions: the intervention catalogue (instrumentenkoffer); plans of action follow in the next revision

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 03:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import persistence.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "intervention",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("catalogue_version", sa.String(length=20), nullable=True),
        sa.Column("created_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("retired_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("retired_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intervention")),
        sa.UniqueConstraint("code", name=op.f("uq_intervention_code")),
    )


def downgrade() -> None:
    op.drop_table("intervention")
