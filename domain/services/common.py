"""Small helpers shared by the use cases."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.policies import can
from domain.audit.model import AuditEntry, Outcome
from domain.errors import Forbidden


def audit_entry(
    actor: Actor,
    action: str,
    *,
    record_type: str | None = None,
    record_id: object | None = None,
    outcome: Outcome = Outcome.SUCCESS,
    details: dict[str, Any] | None = None,
    subject_person_id: object | None = None,
) -> AuditEntry:
    return AuditEntry(
        action=action,
        outcome=outcome,
        record_type=record_type,
        record_id=str(record_id) if record_id is not None else None,
        subject_person_id=str(subject_person_id) if subject_person_id is not None else None,
        details=details or {},
        actor_type=actor.type.value,
        actor_id=actor.id,
        organisation_id=actor.organisation_id,
    )


def ensure(actor: Actor, permission: Permission) -> None:
    """Second line of defence: services check the permission the route already declared."""
    if not can(actor, permission):
        raise Forbidden(f"Missing permission {permission.value}.")


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def keyed_hash(secret: bytes, value: str) -> str:
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Field-level old/new values for the audit trail."""
    return {k: {"old": before[k], "new": after[k]} for k in after if before.get(k) != after[k]}
