"""Sealing staged audit events, in time order, into one hash chain carried across batches."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bench.datagen.base import GeneratorBase
from domain.audit.model import AuditEntry, RequestContext, seal


class AuditChainMixin(GeneratorBase):
    """Seals staged audit events onto one hash chain."""

    def seal_rows(self, staged: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Chain staged events, given in time order, onto the audit trail."""
        rows = []
        for _ordinal, at, user_id, action, record_type, record_id, subject, details in staged:
            user = self.user_by_id[user_id] if user_id else None
            entry = AuditEntry(
                action=action,
                record_type=record_type,
                record_id=record_id,
                subject_person_id=subject,
                details=json.loads(details),
                actor_type="user" if user else "system",
                actor_id=user.uid if user else None,
                organisation_id=user.org.uid if user else None,
            )
            context = RequestContext(
                client_address=user.client_address if user else None,
                request_id=f"{self.request_rng.getrandbits(128):032x}",
            )
            self.seq += 1
            row = seal(entry, context, seq=self.seq, prev_hash=self.prev_hash, occurred_at=at)
            self.prev_hash = row.hash
            rows.append(
                (row.seq, row.occurred_at, row.actor_type, row.actor_id, row.organisation_id, row.action,
                 row.outcome, row.record_type, row.record_id, row.subject_person_id, row.client_address,
                 row.request_id, row.purpose, details, row.prev_hash, row.hash)
            )  # fmt: skip
        return rows
