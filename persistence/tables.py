"""All tables, as SQLAlchemy Core, in one MetaData with a naming convention.

Each column carries `info={"classification": ...}` for the data inventory:
"personal" (ordinary personal data), "secret" (hashes of credentials), "internal".
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from persistence.types import UtcDateTime, uuid_type

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

INTERNAL = {"classification": "internal"}
PERSONAL = {"classification": "personal"}
SECRET = {"classification": "secret"}

organisation = Table(
    "organisation",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("name", String(200), nullable=False, info=INTERNAL),
    Column("name_key", String(200), nullable=False, unique=True, info=INTERNAL),
    Column("short_name", String(50), nullable=True, info=INTERNAL),
    Column("kind", String(30), nullable=False, index=True, info=INTERNAL),
    Column("active", Boolean, nullable=False, info=INTERNAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("updated_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
)

app_user = Table(
    "app_user",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("username", String(64), nullable=False, unique=True, info=PERSONAL),
    Column("display_name", String(200), nullable=False, info=PERSONAL),
    Column("display_name_key", String(200), nullable=False, index=True, info=PERSONAL),
    Column("email", String(254), nullable=True, info=PERSONAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, index=True, info=INTERNAL),
    Column("active", Boolean, nullable=False, info=INTERNAL),
    Column("password_hash", String(255), nullable=True, info=SECRET),
    Column("activation_code_hash", String(64), nullable=True, info=SECRET),
    Column("activation_expires_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("last_login_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("updated_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("version", Integer, nullable=False, info=INTERNAL),
    # Regisseurs of one team in one organisation see each other's cases.
    Column("team", String(100), nullable=True, index=True, info=INTERNAL),
)

user_role = Table(
    "user_role",
    metadata,
    Column("user_id", uuid_type(), ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True, info=INTERNAL),
    Column("role", String(30), primary_key=True, info=INTERNAL),
    Index(None, "role"),
)

auth_session = Table(
    "auth_session",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("user_id", uuid_type(), ForeignKey("app_user.id"), nullable=False, index=True, info=INTERNAL),
    Column("refresh_token_hash", String(64), nullable=False, info=SECRET),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("refreshed_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("idle_expires_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("absolute_expires_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("revoked_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("revoked_reason", String(50), nullable=True, info=INTERNAL),
)

login_attempt = Table(
    "login_attempt",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    # Keyed hash of the typed username: a mistyped password in the username field is never stored.
    Column("account_key", String(64), nullable=False, info=SECRET),
    Column("client_address", String(64), nullable=True, info=PERSONAL),
    Column("succeeded", Boolean, nullable=False, info=INTERNAL),
    Column("attempted_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Index(None, "account_key", "attempted_at"),
    Index(None, "client_address", "attempted_at"),
)

api_token = Table(
    "api_token",
    metadata,
    Column("id", uuid_type(), primary_key=True, info=INTERNAL),
    Column("organisation_id", uuid_type(), ForeignKey("organisation.id"), nullable=False, index=True, info=INTERNAL),
    Column("name", String(200), nullable=False, info=INTERNAL),
    Column("token_hash", String(64), nullable=False, unique=True, info=SECRET),
    Column("scopes", JSON, nullable=False, info=INTERNAL),
    Column("created_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("expires_at", UtcDateTime(), nullable=False, info=INTERNAL),
    Column("revoked_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("last_used_at", UtcDateTime(), nullable=True, info=INTERNAL),
    Column("created_by", uuid_type(), ForeignKey("app_user.id"), nullable=True, info=INTERNAL),
)

audit_event = Table(
    "audit_event",
    metadata,
    # Assigned by the writer under the chain lock: gap-free, in chain order.
    Column("seq", BigInteger, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("occurred_at", UtcDateTime(), nullable=False, index=True, info=INTERNAL),
    Column("actor_type", String(20), nullable=False, info=INTERNAL),
    Column("actor_id", String(36), nullable=True, index=True, info=INTERNAL),
    Column("organisation_id", String(36), nullable=True, info=INTERNAL),
    Column("action", String(60), nullable=False, index=True, info=INTERNAL),
    Column("outcome", String(10), nullable=False, info=INTERNAL),
    Column("record_type", String(40), nullable=True, info=INTERNAL),
    Column("record_id", String(64), nullable=True, info=INTERNAL),
    Column("subject_person_id", String(36), nullable=True, index=True, info=INTERNAL),
    Column("client_address", String(64), nullable=True, info=PERSONAL),
    Column("request_id", String(64), nullable=True, info=INTERNAL),
    Column("purpose", String(100), nullable=True, info=INTERNAL),
    Column("details", JSON, nullable=False, info=PERSONAL),
    Column("prev_hash", String(64), nullable=False, info=INTERNAL),
    Column("hash", String(64), nullable=False, info=INTERNAL),
    Index(None, "record_type", "record_id"),
)

# One row: the head of the audit chain, locked FOR UPDATE by every appending transaction.
audit_chain_head = Table(
    "audit_chain_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False, info=INTERNAL),
    Column("seq", BigInteger, nullable=False, info=INTERNAL),
    Column("hash", String(64), nullable=False, info=INTERNAL),
)

SPECIAL = {"classification": "special"}  # art. 9/10 GDPR: beliefs, suspected criminal behaviour, health
BSN = {"classification": "bsn"}

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

__all__ = [
    "acute_alert",
    "api_token",
    "app_user",
    "assessment",
    "assessment_framework",
    "assessment_rating",
    "audit_chain_head",
    "audit_event",
    "auth_session",
    "case_file",
    "case_level_change",
    "case_link",
    "case_participation",
    "case_reference_counter",
    "case_status_change",
    "crosswalk",
    "journal_entry",
    "login_attempt",
    "metadata",
    "organisation",
    "person",
    "person_relation",
    "user_role",
]
