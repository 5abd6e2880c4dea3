"""Organisations, users, login sessions and API tokens."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from domain.access.roles import Role
from domain.ids import ApiTokenId, OrganisationId, SessionId, UserId


class OrganisationKind(enum.StrEnum):
    MUNICIPALITY = "municipality"
    POLICE = "police"
    PROSECUTION = "prosecution"
    EDUCATION = "education"
    YOUTH_CARE = "youth_care"
    PROBATION = "probation"
    CARE = "care"
    DISTRICT = "district"
    OTHER = "other"


# Roles that only make sense inside an organisation of a given kind.
ROLE_ORGANISATION_KINDS: dict[Role, frozenset[OrganisationKind]] = {
    Role.POLICE: frozenset({OrganisationKind.POLICE}),
    Role.COORDINATOR: frozenset({OrganisationKind.MUNICIPALITY}),
}


def roles_unfit_for(kind: OrganisationKind, roles: frozenset[Role]) -> list[Role]:
    """The roles that an organisation of this kind cannot hold."""
    return [r for r in sorted(roles) if r in ROLE_ORGANISATION_KINDS and kind not in ROLE_ORGANISATION_KINDS[r]]


@dataclass
class Organisation:
    id: OrganisationId
    name: str
    kind: OrganisationKind
    short_name: str | None
    active: bool
    created_at: datetime
    updated_at: datetime
    version: int = 1


@dataclass
class User:
    id: UserId
    username: str
    display_name: str
    email: str | None
    organisation_id: OrganisationId
    roles: frozenset[Role]
    active: bool
    password_hash: str | None
    activation_code_hash: str | None
    activation_expires_at: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int = 1
    team: str | None = None

    @property
    def activation_pending(self) -> bool:
        return self.password_hash is None


@dataclass
class AuthSession:
    """A login session: the refresh token rotates, the session id stays."""

    id: SessionId
    user_id: UserId
    refresh_token_hash: str
    created_at: datetime
    refreshed_at: datetime
    idle_expires_at: datetime
    absolute_expires_at: datetime
    revoked_at: datetime | None = None
    revoked_reason: str | None = None

    def is_live(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.idle_expires_at and now < self.absolute_expires_at


@dataclass
class ApiToken:
    """A machine credential: random secret stored hashed, scoped, expiring, revocable."""

    id: ApiTokenId
    organisation_id: OrganisationId
    name: str
    token_hash: str
    scopes: frozenset[str]
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None
    created_by: UserId | None = field(default=None)

    def is_live(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at
