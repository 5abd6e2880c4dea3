"""The generator's own small records and helpers."""

from __future__ import annotations

import json
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.access.roles import Role
from domain.case.model import Ideology, ParticipationRole
from domain.identity.model import OrganisationKind
from domain.person.model import District


@dataclass(frozen=True, slots=True)
class Org:
    uid: uuid.UUID
    id: str
    name: str
    short_name: str
    kind: OrganisationKind
    number: int


@dataclass(frozen=True, slots=True)
class User:
    uid: uuid.UUID
    id: str
    username: str
    display_name: str
    org: Org
    role: Role
    team: str | None
    client_address: str


@dataclass(frozen=True, slots=True)
class ClosedCase:
    """What a later case of the same person needs of a closed one."""

    person_id: str
    case_id: str
    links: tuple[str, ...]
    regisseur: User | None
    district: District
    source: Org
    ideology: Ideology
    referrer: str


@dataclass(slots=True)
class Part:
    """A participation while the case is being planned."""

    id: str
    org: Org
    role: ParticipationRole
    contact: str | None
    started: datetime
    started_by: User
    ended: datetime | None = None
    ended_by: User | None = None
    end_reason: str | None = None


def weighted(weights: dict[Any, int]) -> tuple[list[Any], list[int]]:
    keys = list(weights)
    cumulative, total = [], 0
    for k in keys:
        total += weights[k]
        cumulative.append(total)
    return keys, cumulative


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
