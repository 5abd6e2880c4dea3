"""Typed identifiers: aggregates reference each other by id only."""

from __future__ import annotations

import uuid
from typing import NewType

OrganisationId = NewType("OrganisationId", uuid.UUID)
UserId = NewType("UserId", uuid.UUID)
SessionId = NewType("SessionId", uuid.UUID)
ApiTokenId = NewType("ApiTokenId", uuid.UUID)


def new_id() -> uuid.UUID:
    return uuid.uuid4()
