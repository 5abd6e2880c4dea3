"""cases: persons and relations, cases with their history and participants, the journal, user teams

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 22:46:54.581108+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import persistence.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_reference_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_case_reference_counter")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("first_names", sa.String(length=200), nullable=False),
        sa.Column("prefix", sa.String(length=50), nullable=True),
        sa.Column("surname", sa.String(length=200), nullable=False),
        sa.Column("name_search", sa.String(length=500), nullable=False),
        sa.Column("surname_key", sa.String(length=200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("district", sa.String(length=30), nullable=False),
        sa.Column("bsn_encrypted", sa.String(length=200), nullable=True),
        sa.Column("bsn_index", sa.String(length=64), nullable=True),
        sa.Column("external_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("bsn_index", name=op.f("uq_person_bsn_index")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_date_of_birth"), ["date_of_birth"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_district"), ["district"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_surname_key"), ["surname_key"], unique=False)

    op.create_table(
        "person_relation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("related_person_id", sa.Uuid(), nullable=False),
        sa.Column("relation", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_person_relation_person_id_person")),
        sa.ForeignKeyConstraint(
            ["related_person_id"], ["person.id"], name=op.f("fk_person_relation_related_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_relation")),
    )
    with op.batch_alter_table("person_relation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_relation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_relation_related_person_id"), ["related_person_id"], unique=False)

    op.create_table(
        "case_file",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("escalation_level", sa.Integer(), nullable=False),
        sa.Column("regisseur_id", sa.Uuid(), nullable=True),
        sa.Column("ideology", sa.String(length=40), nullable=False),
        sa.Column("source_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("referrer_name", sa.String(length=200), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reason_for_concern", sa.Text(), nullable=False),
        sa.Column("opened_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("closure_reason", sa.String(length=30), nullable=True),
        sa.Column("previous_case_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_case_file_person_id_person")),
        sa.ForeignKeyConstraint(
            ["previous_case_id"], ["case_file.id"], name=op.f("fk_case_file_previous_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(["regisseur_id"], ["app_user.id"], name=op.f("fk_case_file_regisseur_id_app_user")),
        sa.ForeignKeyConstraint(
            ["source_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_case_file_source_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_file_reference")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_file_escalation_level"), ["escalation_level"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_file_ideology"), ["ideology"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_file_opened_at_id"), ["opened_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_file_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_file_regisseur_id"), ["regisseur_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_file_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_file_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "case_level_change",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("from_level", sa.Integer(), nullable=True),
        sa.Column("to_level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decision_reference", sa.String(length=200), nullable=True),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_case_level_change_case_id_case_file")),
        sa.PrimaryKeyConstraint("case_id", "seq", name=op.f("pk_case_level_change")),
    )
    op.create_table(
        "case_link",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("linked_case_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_case_link_case_id_case_file")),
        sa.ForeignKeyConstraint(
            ["linked_case_id"], ["case_file.id"], name=op.f("fk_case_link_linked_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("case_id", "linked_case_id", name=op.f("pk_case_link")),
    )
    op.create_table(
        "case_participation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("started_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("started_by_id", sa.Uuid(), nullable=True),
        sa.Column("started_by_name", sa.String(length=200), nullable=False),
        sa.Column("ended_at", persistence.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("ended_by_id", sa.Uuid(), nullable=True),
        sa.Column("ended_by_name", sa.String(length=200), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_case_participation_case_id_case_file")),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_case_participation_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_participation")),
    )
    with op.batch_alter_table("case_participation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_participation_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_participation_organisation_id_case_id"), ["organisation_id", "case_id"], unique=False
        )

    op.create_table(
        "case_status_change",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("from_status", sa.String(length=30), nullable=True),
        sa.Column("to_status", sa.String(length=30), nullable=False),
        sa.Column("transition", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("closure_reason", sa.String(length=30), nullable=True),
        sa.Column("decision_reference", sa.String(length=200), nullable=True),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_case_status_change_case_id_case_file")),
        sa.PrimaryKeyConstraint("case_id", "seq", name=op.f("pk_case_status_change")),
    )
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("written_at", persistence.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("visibility", sa.String(length=30), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("corrects_entry_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_journal_entry_case_id_case_file")),
        sa.ForeignKeyConstraint(
            ["corrects_entry_id"], ["journal_entry.id"], name=op.f("fk_journal_entry_corrects_entry_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"], name=op.f("fk_journal_entry_organisation_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journal_entry_case_id_written_at_id"), ["case_id", "written_at", "id"], unique=False
        )

    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team", sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f("ix_app_user_team"), ["team"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_user_team"))
        batch_op.drop_column("team")

    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_case_id_written_at_id"))

    op.drop_table("journal_entry")
    op.drop_table("case_status_change")
    with op.batch_alter_table("case_participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_participation_organisation_id_case_id"))
        batch_op.drop_index(batch_op.f("ix_case_participation_case_id"))

    op.drop_table("case_participation")
    op.drop_table("case_link")
    op.drop_table("case_level_change")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_file_updated_at"))
        batch_op.drop_index(batch_op.f("ix_case_file_status"))
        batch_op.drop_index(batch_op.f("ix_case_file_regisseur_id"))
        batch_op.drop_index(batch_op.f("ix_case_file_person_id"))
        batch_op.drop_index(batch_op.f("ix_case_file_opened_at_id"))
        batch_op.drop_index(batch_op.f("ix_case_file_ideology"))
        batch_op.drop_index(batch_op.f("ix_case_file_escalation_level"))

    op.drop_table("case_file")
    with op.batch_alter_table("person_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_relation_related_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_relation_person_id"))

    op.drop_table("person_relation")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_surname_key"))
        batch_op.drop_index(batch_op.f("ix_person_district"))
        batch_op.drop_index(batch_op.f("ix_person_date_of_birth"))

    op.drop_table("person")
    op.drop_table("case_reference_counter")
