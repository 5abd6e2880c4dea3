"""Framework versions and crosswalks as stored: the version itself plus who imported and published it.

A stored framework version never changes its content: a draft is published once (the version published
before it under the same code is retired), and a published or retired version stays as it is. Recalibration
(herijken) is a new version. A crosswalk is imported once and never edited either.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import NewType

from domain.assessment.crosswalk import Crosswalk
from domain.assessment.framework import FrameworkStatus, FrameworkVersion
from domain.case.model import ActorRef
from domain.errors import Conflict

FrameworkId = NewType("FrameworkId", uuid.UUID)
CrosswalkId = NewType("CrosswalkId", uuid.UUID)


@dataclass
class FrameworkRecord:
    id: FrameworkId
    framework: FrameworkVersion
    status: FrameworkStatus
    imported_at: datetime
    imported_by: ActorRef
    published_at: datetime | None = None
    published_by: ActorRef | None = None
    retired_at: datetime | None = None
    sha256: str = ""  # of the stored document; set by the repository when it stores it

    @property
    def code(self) -> str:
        return self.framework.code

    @property
    def version(self) -> str:
        return self.framework.version

    def publish(self, by: ActorRef, at: datetime) -> None:
        """Draft -> published. Anything else is a change to a version that may no longer change."""
        if self.status is not FrameworkStatus.DRAFT:
            raise Conflict(
                f"Framework {self.code} {self.version} is {self.status.value}; only a draft can be published.",
                {"status": self.status.value},
            )
        self.status = FrameworkStatus.PUBLISHED
        self.published_at, self.published_by = at, by

    def retire(self, at: datetime) -> None:
        """Published -> retired, when a newer version of the same code is published."""
        if self.status is not FrameworkStatus.PUBLISHED:
            raise Conflict(
                f"Framework {self.code} {self.version} is {self.status.value}; only a published one retires."
            )
        self.status = FrameworkStatus.RETIRED
        self.retired_at = at


@dataclass
class CrosswalkRecord:
    id: CrosswalkId
    crosswalk: Crosswalk
    framework_id: FrameworkId
    imported_at: datetime
    imported_by: ActorRef
    sha256: str = ""  # of the stored document; set by the repository
