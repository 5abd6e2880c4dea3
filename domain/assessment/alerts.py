"""Acute alerts: warning behaviour rated present is an operational response, not just a higher level.

Submitting an assessment with an acute indicator rated present raises an alert on the case. Someone who
may act on it acknowledges it once and says where it was routed (police, public prosecutor, ...).
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import NewType

from domain.assessment.concern import Proposal, RuleCode
from domain.assessment.model import AssessmentId
from domain.case.model import ActorRef, CaseId
from domain.errors import Conflict, InvalidInput
from domain.ids import new_id

AlertId = NewType("AlertId", uuid.UUID)
MAX_NOTE = 2_000


def acute_indicator_codes(proposal: Proposal) -> tuple[str, ...]:
    """The acute (warning behaviour) indicators rated present, as the acute-flag rule found them."""
    return tuple(code for rule in proposal.fired if rule.rule is RuleCode.ACUTE_FLAG for code in rule.indicator_codes)


class AlertRouting(enum.StrEnum):
    POLICE = "police"
    PROSECUTOR = "prosecutor"
    CASE_CONFERENCE = "case_conference"
    CARE = "care"
    OTHER = "other"


@dataclass
class AcuteAlert:
    id: AlertId
    case_id: CaseId
    assessment_id: AssessmentId
    indicator_codes: tuple[str, ...]
    raised_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by: ActorRef | None = None
    routed_to: AlertRouting | None = None
    routing_note: str | None = None

    @classmethod
    def raise_for(
        cls, case_id: CaseId, assessment_id: AssessmentId, indicator_codes: tuple[str, ...], at: datetime
    ) -> AcuteAlert:
        return cls(AlertId(new_id()), case_id, assessment_id, indicator_codes, at)

    @property
    def is_open(self) -> bool:
        return self.acknowledged_at is None

    def acknowledge(self, by: ActorRef, at: datetime, routed_to: AlertRouting, note: str | None) -> None:
        """Once only: a second acknowledgement would rewrite who acted and where it went."""
        if not self.is_open:
            raise Conflict("This alert has already been acknowledged.", {"acknowledgedAt": str(self.acknowledged_at)})
        cleaned = (note or "").strip() or None
        if cleaned is not None and len(cleaned) > MAX_NOTE:
            raise InvalidInput.field("routingNote", f"must be at most {MAX_NOTE} characters")
        if routed_to is AlertRouting.OTHER and cleaned is None:
            raise InvalidInput.field("routingNote", "say where the alert went when routing it to 'other'")
        self.acknowledged_at, self.acknowledged_by = at, by
        self.routed_to, self.routing_note = routed_to, cleaned
