"""search indexes: trigram name and reference search (PostgreSQL), index-only row-filter probes

The first benchmark (bench/results/2026-11-29-100000.md) showed name search as a sequential scan
and the partner row filter fetching every participation row of every listed case.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 01:20:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Only on PostgreSQL, and therefore not in persistence/tables/ (see tests/integration/test_migrations.py).
TRIGRAM_INDEXES = {
    "ix_person_name_search_trgm": "person USING gin (name_search gin_trgm_ops)",
    "ix_case_file_reference_trgm": "case_file USING gin (lower(reference) gin_trgm_ops)",
}


def upgrade() -> None:
    op.create_index(
        "ix_case_participation_working",
        "case_participation",
        ["case_id", "organisation_id"],
        postgresql_where=sa.text("ended_at IS NULL AND role <> 'informant'"),
        sqlite_where=sa.text("ended_at IS NULL AND role <> 'informant'"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, target in TRIGRAM_INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in TRIGRAM_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_index("ix_case_participation_working", table_name="case_participation")
