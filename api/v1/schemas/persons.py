"""Schemas of persons (betrokkenen). The BSN never travels in a URL and is masked unless revealed."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from api.v1.schemas.common import ApiModel, InputModel
from domain.case.lifecycle import CaseStatus
from domain.person.model import District, Gender, RelationKind

BSN_FIELD = Field(default=None, min_length=9, max_length=11, description="Nine digits passing the 11-check.")


class AddressModel(InputModel):
    street: str = Field(max_length=200)
    house_number: str = Field(max_length=20)
    postcode: str = Field(max_length=10)
    city: str = Field(max_length=100)


class AddressOut(ApiModel):
    street: str
    house_number: str
    postcode: str
    city: str


class ExternalIdModel(InputModel):
    system: str = Field(min_length=1, max_length=50)
    value: str = Field(min_length=1, max_length=100)


class ExternalIdOut(ApiModel):
    system: str
    value: str


class PersonInput(InputModel):
    first_names: str = Field(min_length=1, max_length=200)
    prefix: str | None = Field(default=None, max_length=50)
    surname: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = None
    gender: Gender = Gender.UNKNOWN
    address: AddressModel | None = None
    district: District = District.UNKNOWN
    bsn: str | None = BSN_FIELD
    external_ids: list[ExternalIdModel] = Field(default_factory=list, max_length=20)


class PersonUpdate(InputModel):
    first_names: str | None = Field(default=None, min_length=1, max_length=200)
    prefix: str | None = Field(default=None, max_length=50)
    surname: str | None = Field(default=None, min_length=1, max_length=200)
    date_of_birth: date | None = None
    gender: Gender | None = None
    address: AddressModel | None = None
    district: District | None = None
    bsn: str | None = BSN_FIELD
    external_ids: list[ExternalIdModel] | None = Field(default=None, max_length=20)


class MatchRequest(InputModel):
    bsn: str | None = BSN_FIELD
    first_names: str | None = Field(default=None, max_length=200)
    surname: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = None


class PersonCaseRef(ApiModel):
    id: uuid.UUID
    reference: str
    status: CaseStatus
    opened_at: datetime
    closed_at: datetime | None


class PersonMatchOut(ApiModel):
    person_id: uuid.UUID
    full_name: str
    date_of_birth: date | None
    district: District
    bsn_match: bool
    cases: list[PersonCaseRef]


class PersonMatches(ApiModel):
    items: list[PersonMatchOut]


class RelationOut(ApiModel):
    id: uuid.UUID
    related_person_id: uuid.UUID
    related_person_name: str
    relation: RelationKind


class RelatedPersonInput(InputModel):
    first_names: str = Field(min_length=1, max_length=200)
    prefix: str | None = Field(default=None, max_length=50)
    surname: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = None


class RelationCreate(InputModel):
    relation: RelationKind
    related_person_id: uuid.UUID | None = None
    person: RelatedPersonInput | None = None


class PersonOut(ApiModel):
    id: uuid.UUID
    first_names: str
    prefix: str | None
    surname: str
    full_name: str
    date_of_birth: date | None
    gender: Gender
    address: AddressOut | None
    district: District
    bsn_masked: str | None
    external_ids: list[ExternalIdOut]
    relations: list[RelationOut]
    cases: list[PersonCaseRef]
    version: int


class BsnRevealed(ApiModel):
    bsn: str | None
