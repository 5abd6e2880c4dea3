"""One rating of one indicator in one assessment: presence, relevance, trend and the evidence."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from domain.assessment.framework import Presence, Relevance, Trend


class SharingLevel(enum.StrEnum):
    """How far a rating may travel to partners who may see the case (on top of need-to-know)."""

    SHAREABLE = "shareable"
    SUMMARY_ONLY = "summary_only"  # partners see presence, not relevance details or evidence
    OWN_ORGANISATION = "own_organisation"  # only the assessing organisation (and the municipality's regisseur)


@dataclass(frozen=True)
class IndicatorRating:
    code: str
    presence: Presence = Presence.UNKNOWN
    relevance: Relevance | None = None  # required when presence is partly or present
    trend: Trend | None = None
    evidence_for: str = ""
    evidence_against: str = ""
    source: str = ""
    source_on: date | None = None
    sharing: SharingLevel = SharingLevel.SHAREABLE

    @property
    def known(self) -> bool:
        return self.presence is not Presence.UNKNOWN
