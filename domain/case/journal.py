"""The case journal (logboek): dated notes that are never edited; a correction is a new entry."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import NewType

from domain.case.model import ActorRef, CaseId
from domain.errors import InvalidInput, InvalidParam
from domain.ids import OrganisationId

JournalEntryId = NewType("JournalEntryId", uuid.UUID)
MAX_BODY = 20_000
MAX_SUMMARY = 1_000


class JournalVisibility(enum.StrEnum):
    CASE_TEAM = "case_team"
    # Municipality, police and the public prosecutor only.
    CORE_PARTNERS = "core_partners"
    OWN_ORGANISATION = "own_organisation"


class JournalCategory(enum.StrEnum):
    CONTACT = "contact"
    OBSERVATION = "observation"
    INFORMATION_REQUEST = "information_request"
    AGREEMENT = "agreement"
    SIGNAL = "signal"
    OTHER = "other"


@dataclass(frozen=True)
class JournalEntry:
    id: JournalEntryId
    case_id: CaseId
    occurred_on: date
    written_at: datetime
    author: ActorRef
    organisation_id: OrganisationId
    category: JournalCategory
    visibility: JournalVisibility
    body: str
    summary: str | None
    corrects_entry_id: JournalEntryId | None = None


def validate_entry_text(body: str, summary: str | None, occurred_on: date, today: date) -> tuple[str, str | None]:
    problems = []
    cleaned = body.strip()
    if not cleaned:
        problems.append(("body", "must not be empty"))
    elif len(cleaned) > MAX_BODY:
        problems.append(("body", f"must be at most {MAX_BODY} characters"))
    short = (summary or "").strip() or None
    if short is not None and len(short) > MAX_SUMMARY:
        problems.append(("summary", f"must be at most {MAX_SUMMARY} characters"))
    if occurred_on > today:
        problems.append(("occurredOn", "must not be in the future"))
    if problems:
        raise InvalidInput([InvalidParam(n, r) for n, r in problems])
    return cleaned, short
