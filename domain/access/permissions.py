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
    PROCESS_READ = "process:read"
    CASES_READ = "cases:read"
    CASES_CREATE = "cases:create"
    CASES_MANAGE = "cases:manage"
    JOURNAL_WRITE = "journal:write"
    PERSONS_READ = "persons:read"
    PERSONS_MANAGE = "persons:manage"
    PERSONS_REVEAL_BSN = "persons:reveal-bsn"
    FRAMEWORKS_READ = "frameworks:read"
    FRAMEWORKS_MANAGE = "frameworks:manage"
    ASSESSMENTS_READ = "assessments:read"
    ASSESSMENTS_WRITE = "assessments:write"
    ALERTS_ACKNOWLEDGE = "alerts:acknowledge"
    INTERVENTIONS_READ = "interventions:read"
    INTERVENTIONS_MANAGE = "interventions:manage"
    PLANS_READ = "plans:read"
    PLANS_WRITE = "plans:write"
    PLANS_APPROVE = "plans:approve"
    ACTIONS_UPDATE = "actions:update"
    MEETINGS_READ = "meetings:read"
    MEETINGS_MANAGE = "meetings:manage"
