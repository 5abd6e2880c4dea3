"""Ports of identity and access: organisations, users, sessions, login attempts, API tokens, the audit trail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.access.roles import Role
from domain.audit.model import AuditRow, ChainReport
from domain.identity.model import ApiToken, AuthSession, Organisation, OrganisationKind, User
from domain.identity.throttle import FailureCount
from domain.ids import ApiTokenId, OrganisationId, SessionId, UserId
from domain.ports.common import Page, PageRequest


@dataclass(frozen=True)
class OrganisationFilter:
    q: str | None = None
    kind: OrganisationKind | None = None
    active: bool | None = None


@dataclass(frozen=True)
class UserFilter:
    q: str | None = None
    organisation_id: OrganisationId | None = None
    role: Role | None = None
    active: bool | None = None


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    record_type: str | None = None
    record_id: str | None = None
    actor_id: uuid.UUID | None = None


@dataclass(frozen=True)
class UserView:
    """A user with the name of its organisation, as shown to administrators."""

    user: User
    organisation_name: str


@dataclass(frozen=True)
class SessionPrincipal:
    """Everything needed to turn a session into an actor, loaded in one go."""

    session: AuthSession
    user: User
    organisation: Organisation


@dataclass(frozen=True)
class TokenPrincipal:
    token: ApiToken
    organisation: Organisation


class OrganisationRepository(Protocol):
    async def get(self, organisation_id: OrganisationId) -> Organisation | None: ...
    async def names(self, organisation_ids: list[OrganisationId]) -> dict[OrganisationId, str]: ...
    async def get_by_name(self, name: str) -> Organisation | None: ...
    async def add(self, organisation: Organisation) -> None: ...
    async def update(self, organisation: Organisation, expected_version: int) -> None: ...
    async def search(self, filter: OrganisationFilter, page: PageRequest) -> Page[Organisation]: ...
    async def count(self) -> int: ...


class UserRepository(Protocol):
    async def get(self, user_id: UserId) -> UserView | None: ...
    async def get_by_username(self, username: str) -> User | None: ...
    async def add(self, user: User) -> None: ...
    async def update(self, user: User, expected_version: int) -> None: ...
    async def record_login(self, user_id: UserId, at: datetime, new_password_hash: str | None) -> None: ...
    async def search(self, filter: UserFilter, page: PageRequest) -> Page[UserView]: ...
    async def roles_in_organisation(self, organisation_id: OrganisationId) -> frozenset[Role]: ...


class AuthSessionRepository(Protocol):
    async def get_principal(self, session_id: SessionId) -> SessionPrincipal | None: ...
    async def add(self, session: AuthSession) -> None: ...
    async def save(self, session: AuthSession) -> None: ...
    async def revoke_all_for_user(
        self, user_id: UserId, at: datetime, reason: str, keep: SessionId | None = None
    ) -> int: ...
    async def revoke_all_for_organisation(self, organisation_id: OrganisationId, at: datetime, reason: str) -> int: ...


class LoginAttemptRepository(Protocol):
    async def add(self, account_key: str, client_address: str | None, succeeded: bool, at: datetime) -> None: ...
    async def account_failures(self, account_key: str, since: datetime) -> FailureCount: ...
    async def address_failures(self, client_address: str | None, since: datetime) -> FailureCount: ...


class ApiTokenRepository(Protocol):
    async def get_principal(self, token_hash: str) -> TokenPrincipal | None: ...
    async def add(self, token: ApiToken) -> None: ...
    async def touch(self, token_id: ApiTokenId, at: datetime) -> None: ...


class AuditRepository(Protocol):
    async def search(self, filter: AuditFilter, page: PageRequest) -> Page[AuditRow]: ...
    async def verify(self) -> ChainReport: ...
