"""Who is acting: a person with a session or a machine with an API token."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId


class ActorType(enum.StrEnum):
    USER = "user"
    API_TOKEN = "apiToken"
    ANONYMOUS = "anonymous"
    SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    type: ActorType
    id: uuid.UUID | None
    display_name: str
    organisation_id: OrganisationId | None
    organisation_name: str | None
    organisation_kind: OrganisationKind | None
    roles: frozenset[Role]
    permissions: frozenset[Permission]
    username: str | None = None
    session_id: uuid.UUID | None = None
    team: str | None = None

    @classmethod
    def anonymous(cls) -> Actor:
        return cls(ActorType.ANONYMOUS, None, "anonymous", None, None, None, frozenset(), frozenset())

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(ActorType.SYSTEM, None, name, None, None, None, frozenset(), frozenset(Permission))
