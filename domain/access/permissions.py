"""Function-level permissions. Every API route declares exactly one of these."""

from __future__ import annotations

import enum


class Permission(enum.StrEnum):
    ME_READ = "me:read"
    OWN_PASSWORD_CHANGE = "me:password"
    ORGANISATIONS_READ = "organisations:read"
    ORGANISATIONS_MANAGE = "organisations:manage"
    USERS_READ = "users:read"
    USERS_MANAGE = "users:manage"
    AUDIT_READ = "audit:read"
