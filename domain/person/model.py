"""The subject of a case (betrokkene) and the people around them."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NewType

from domain.person.bsn import Bsn

PersonId = NewType("PersonId", uuid.UUID)


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"
    UNKNOWN = "unknown"


class District(enum.StrEnum):
    """Stadsdelen of Amsterdam, and the two ways of being none of them."""

    CENTRUM = "centrum"
    NIEUW_WEST = "nieuw_west"
    NOORD = "noord"
    OOST = "oost"
    WEST = "west"
    ZUID = "zuid"
    ZUIDOOST = "zuidoost"
    WEESP = "weesp"
    OUTSIDE_AMSTERDAM = "outside_amsterdam"
    UNKNOWN = "unknown"


class RelationKind(enum.StrEnum):
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    PARTNER = "partner"
    OTHER_FAMILY = "other_family"
    FRIEND = "friend"
    NETWORK = "network"
    OTHER = "other"


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str
    postcode: str
    city: str


@dataclass(frozen=True)
class ExternalId:
    """An identifier in another system, e.g. the Veiligheidshuis person number."""

    system: str
    value: str


@dataclass(frozen=True)
class Relation:
    id: uuid.UUID
    related_person_id: PersonId
    relation: RelationKind


@dataclass
class Person:
    id: PersonId
    first_names: str
    prefix: str | None
    surname: str
    date_of_birth: date | None
    gender: Gender
    address: Address | None
    district: District
    bsn: Bsn | None
    external_ids: list[ExternalId]
    created_at: datetime
    updated_at: datetime
    relations: list[Relation] = field(default_factory=list)
    version: int = 1

    def age_on(self, day: date) -> int | None:
        """Completed years on `day`; None when the date of birth is unknown."""
        born = self.date_of_birth
        if born is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_names, self.prefix, self.surname) if part)
