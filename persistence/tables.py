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
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
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

__all__ = [
    "api_token",
    "app_user",
    "audit_chain_head",
    "audit_event",
    "auth_session",
    "login_attempt",
    "metadata",
    "organisation",
    "user_role",
]
