"""Audit entries and the hash chain that makes tampering detectable.

Each row's hash covers its own fields and the previous row's hash, serialised as
canonical JSON (sorted keys, no whitespace, UTC timestamps with microseconds), so
the hash survives code changes that do not change the data.
"""

from __future__ import annotations

import enum
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


class Outcome(enum.StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"
    DENIED = "denied"


@dataclass(frozen=True)
class AuditEntry:
    """What a use case wants recorded; the unit of work adds request context, sequence and hash."""

    action: str
    outcome: Outcome = Outcome.SUCCESS
    record_type: str | None = None
    record_id: str | None = None
    subject_person_id: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    actor_type: str | None = None
    actor_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RequestContext:
    """Where a request came from, for the audit trail."""

    client_address: str | None = None
    request_id: str | None = None
    purpose: str | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    occurred_at: datetime
    actor_type: str
    actor_id: str | None
    organisation_id: str | None
    action: str
    outcome: str
    record_type: str | None
    record_id: str | None
    subject_person_id: str | None
    client_address: str | None
    request_id: str | None
    purpose: str | None
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


def _timestamp(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_payload(row: AuditRow) -> bytes:
    body = {
        "seq": row.seq,
        "occurredAt": _timestamp(row.occurred_at),
        "actorType": row.actor_type,
        "actorId": row.actor_id,
        "organisationId": row.organisation_id,
        "action": row.action,
        "outcome": row.outcome,
        "recordType": row.record_type,
        "recordId": row.record_id,
        "subjectPersonId": row.subject_person_id,
        "clientAddress": row.client_address,
        "requestId": row.request_id,
        "purpose": row.purpose,
        "details": row.details,
        "prevHash": row.prev_hash,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def chain_hash(row: AuditRow) -> str:
    return hashlib.sha256(canonical_payload(row)).hexdigest()


def seal(entry: AuditEntry, context: RequestContext, *, seq: int, prev_hash: str, occurred_at: datetime) -> AuditRow:
    """Turn an entry into the next row of the chain."""
    unsealed = AuditRow(
        seq=seq,
        occurred_at=occurred_at,
        actor_type=entry.actor_type or "anonymous",
        actor_id=str(entry.actor_id) if entry.actor_id else None,
        organisation_id=str(entry.organisation_id) if entry.organisation_id else None,
        action=entry.action,
        outcome=entry.outcome.value,
        record_type=entry.record_type,
        record_id=entry.record_id,
        subject_person_id=entry.subject_person_id,
        client_address=context.client_address,
        request_id=context.request_id,
        purpose=context.purpose,
        details=dict(entry.details),
        prev_hash=prev_hash,
        hash="",
    )
    return AuditRow(**{**unsealed.__dict__, "hash": chain_hash(unsealed)})


@dataclass(frozen=True)
class ChainReport:
    valid: bool
    checked_count: int
    first_broken_seq: int | None
    reason: str | None = None


class ChainVerifier:
    """Walks rows in sequence order and reports the first broken link; constant memory."""

    def __init__(self) -> None:
        self._expected_seq = 1
        self._prev_hash = GENESIS_HASH
        self._checked = 0
        self._broken: tuple[int, str] | None = None

    def feed(self, row: AuditRow) -> bool:
        if self._broken:
            return False
        problem = None
        if row.seq != self._expected_seq:
            problem = f"expected sequence {self._expected_seq}, found {row.seq} (rows missing or reordered)"
        elif row.prev_hash != self._prev_hash:
            problem = "previous-hash link does not match the preceding row"
        elif chain_hash(row) != row.hash:
            problem = "row content does not match its hash (row altered)"
        if problem:
            self._broken = (min(row.seq, self._expected_seq), problem)
            return False
        self._checked += 1
        self._expected_seq += 1
        self._prev_hash = row.hash
        return True

    def report(self) -> ChainReport:
        if self._broken:
            return ChainReport(False, self._checked, self._broken[0], self._broken[1])
        return ChainReport(True, self._checked, None)


def verify_chain(rows: Iterable[AuditRow]) -> ChainReport:
    verifier = ChainVerifier()
    for row in rows:
        if not verifier.feed(row):
            break
    return verifier.report()
