"""The intervention catalogue (instrumentenkoffer): the measures a plan of action can draw on.

An intervention is reference data, not personal data. It is never deleted: a retired intervention stays
readable for the plans that already point at it, but no new action may use it. Some entries are listed for
context only (`informational_only`), because no local partner can take them; those are never offered either.
The starter content is loaded from a file in the repository (see persistence/catalogue_files.py).
"""

from __future__ import annotations

import enum
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NewType

from domain.assessment.framework import DimensionCode, LocalText
from domain.case.model import require_reason
from domain.errors import Conflict
from domain.ids import OrganisationId, new_id

InterventionId = NewType("InterventionId", uuid.UUID)


class InterventionType(enum.StrEnum):
    ADMINISTRATIVE = "administrative"  # bestuurlijk
    CRIMINAL_LAW = "criminal_law"  # strafrechtelijk
    CARE_WELFARE = "care_welfare"  # zorg en welzijn
    EDUCATION_WORK = "education_work"  # onderwijs en werk
    FAMILY_NETWORK = "family_network"  # gezin en netwerk
    MENTORING_DIALOGUE = "mentoring_dialogue"  # mentoring en dialoog
    EXIT_SUPPORT = "exit_support"  # exit
    OTHER = "other"  # expertise, online, screening


class Availability(enum.StrEnum):
    AVAILABLE = "available"
    WAITING_LIST = "waiting_list"
    LIMITED = "limited"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class AgeRange:
    """Ages of the person in the case the intervention is meant for, both ends inclusive; None is open.

    Practice ranges, not legal limits, unless the note says a law sets them."""

    min: int | None = None
    max: int | None = None
    note: str = ""

    def contains(self, age: int) -> bool:
        return (self.min is None or age >= self.min) and (self.max is None or age <= self.max)


@dataclass(frozen=True)
class Provider:
    """Who carries the intervention out: a registered organisation when there is one, always a name."""

    organisation_id: OrganisationId | None
    name: str


@dataclass(frozen=True)
class InterventionFilter:
    """The catalogue search: every given criterion must hold; `q` matches all of its words, ignoring case
    and accents, in the code and in the Dutch and English name and description."""

    q: str = ""
    type: InterventionType | None = None
    dimension: DimensionCode | None = None
    indicator: str | None = None
    age: int | None = None
    include_retired: bool = False


@dataclass(kw_only=True)
class Intervention:
    code: str  # stable, e.g. "INT-22"
    name: LocalText
    description: LocalText
    goal: LocalText
    type: InterventionType
    voluntary: bool
    target_dimensions: tuple[DimensionCode, ...]
    target_indicators: tuple[str, ...]  # indicator codes of the framework, e.g. "A3", "P2"
    target_age: AgeRange
    provider: Provider
    conditions: LocalText
    process_steps: tuple[LocalText, ...]
    legal_basis: LocalText
    duration: LocalText
    availability: Availability
    evidence_note: LocalText
    contact: str = ""  # local contact route; the starter content leaves it to the municipality
    sunset_on: date | None = None  # the legal basis lapses on this date unless extended (Twbmt)
    informational_only: bool = False  # never a local action, listed for context
    retired_at: datetime | None = None
    retired_reason: str | None = None
    id: InterventionId = field(default_factory=lambda: InterventionId(new_id()))
    version: int = 1

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    @property
    def is_usable(self) -> bool:
        """May a plan add an action with it, or suggest it?"""
        return not self.retired and not self.informational_only

    def retire(self, reason: str, at: datetime) -> None:
        """Take the intervention out of use. It stays readable; retiring is final."""
        if self.retired_at is not None:
            raise Conflict(f"Intervention {self.code} is already retired.", {"retiredAt": self.retired_at.isoformat()})
        self.retired_reason = require_reason(reason)
        self.retired_at = at

    def fits_age(self, age: int | None) -> bool:
        """An unknown age fits every intervention; the person's age decides otherwise."""
        return age is None or self.target_age.contains(age)

    def matches(self, query: InterventionFilter) -> bool:
        if self.retired and not query.include_retired:
            return False
        if query.type is not None and self.type is not query.type:
            return False
        if query.dimension is not None and query.dimension not in self.target_dimensions:
            return False
        if query.indicator is not None and query.indicator.strip().upper() not in self.target_indicators:
            return False
        if not self.fits_age(query.age):
            return False
        words = _folded(query.q).split()
        haystack = _folded(" ".join((self.code, *_texts(self.name), *_texts(self.description))))
        return all(word in haystack for word in words)


def search_catalogue(interventions: Iterable[Intervention], query: InterventionFilter) -> list[Intervention]:
    """The interventions matching the filter, ordered by code."""
    return sorted((i for i in interventions if i.matches(query)), key=lambda i: i.code)


def _texts(text: LocalText) -> tuple[str, str]:
    return text.nl, text.en


def _folded(text: str) -> str:
    # "beeindiging" finds "Beëindiging": compare without case and without diacritics.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
