"""Organisations, accounts, roles, sessions, login attempts and API tokens."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Table

from persistence.tables.base import INTERNAL, PERSONAL, SECRET, metadata
from persistence.types import UtcDateTime, uuid_type

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
