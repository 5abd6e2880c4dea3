"""Schemas of organisations, users, the current actor and authentication."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from api.v1.schemas.common import ApiModel, InputModel
from domain.access.actor import ActorType
from domain.access.roles import Role
from domain.identity.model import OrganisationKind
from domain.identity.passwords import MAX_LENGTH, MIN_LENGTH


class OrganisationRef(ApiModel):
    id: uuid.UUID
    name: str
    kind: OrganisationKind


class Me(ApiModel):
    actor_type: ActorType
    id: uuid.UUID
    username: str | None
    display_name: str
    organisation: OrganisationRef
    roles: list[Role]
    permissions: list[str]


class LoginRequest(InputModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


NEW_PASSWORD = Field(
    min_length=MIN_LENGTH,
    max_length=MAX_LENGTH,
    description=f"{MIN_LENGTH}-{MAX_LENGTH} characters, no composition rules; common ones and the username refused.",
)


class ActivateRequest(InputModel):
    username: str = Field(min_length=1, max_length=64)
    activation_code: str = Field(min_length=1, max_length=64)
    new_password: str = NEW_PASSWORD


class ChangePasswordRequest(InputModel):
    current_password: str = Field(min_length=1, max_length=MAX_LENGTH)
    new_password: str = NEW_PASSWORD


class OrganisationOut(ApiModel):
    id: uuid.UUID
    name: str
    short_name: str | None
    kind: OrganisationKind
    active: bool
    created_at: datetime
    updated_at: datetime
    version: int


class OrganisationCreate(InputModel):
    name: str = Field(min_length=1, max_length=200)
    short_name: str | None = Field(default=None, max_length=50)
    kind: OrganisationKind


class OrganisationUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    short_name: str | None = Field(default=None, max_length=50)
    kind: OrganisationKind | None = None
    active: bool | None = None


class UserOut(ApiModel):
    id: uuid.UUID
    username: str
    display_name: str
    email: str | None
    organisation_id: uuid.UUID
    organisation_name: str
    roles: list[Role]
    team: str | None
    active: bool
    activation_pending: bool
    last_login_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int


class UserCreate(InputModel):
    username: str = Field(min_length=3, max_length=64)
    display_name: str = Field(min_length=1, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    organisation_id: uuid.UUID
    roles: list[Role] = Field(min_length=1, max_length=len(Role))
    team: str | None = Field(default=None, max_length=100, description="Regisseurs of one team see each other's cases.")


class UserUpdate(InputModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    organisation_id: uuid.UUID | None = None
    roles: list[Role] | None = Field(default=None, min_length=1, max_length=len(Role))
    active: bool | None = None
    team: str | None = Field(default=None, max_length=100)


class ActivationCodeOut(ApiModel):
    activation_code: str = Field(description="Shown once; hand it to the person out-of-band.")
    activation_expires_at: datetime


class UserCreated(ActivationCodeOut):
    user: UserOut


class AuditEventOut(ApiModel):
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


class ChainVerification(ApiModel):
    valid: bool
    checked_count: int
    first_broken_seq: int | None
    reason: str | None


class Health(ApiModel):
    status: str
    database: str | None = None
