"""Ports of the assessment framework, crosswalks, assessments, acute alerts and reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from domain.access.actor import Actor
from domain.assessment.alerts import AcuteAlert, AlertId
from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.framework import ConcernLevel
from domain.assessment.model import Assessment, AssessmentId
from domain.case.model import CaseId
from domain.person.model import PersonId
from domain.ports.cases import CaseSignal


@dataclass(frozen=True)
class OverdueReview:
    case_id: CaseId
    reference: str
    person_name: str
    assessment_id: AssessmentId
    final_level: ConcernLevel
    next_review_on: date
    after_closure: bool = False  # a follow-up after the closure assessment (nazorg), not a periodic review


@dataclass(frozen=True)
class ReviewState:
    open_alert_count: int
    next_review_on: date | None


@dataclass(frozen=True)
class AlertOnCase:
    alert: AcuteAlert
    case_reference: str
    person_id: PersonId


class FrameworkRepository(Protocol):
    async def add(self, record: FrameworkRecord) -> None:
        """Store a new version with its document; sets `record.sha256`."""
        ...

    async def get(self, framework_id: FrameworkId, *, for_update: bool = False) -> FrameworkRecord | None: ...
    async def get_by_code_version(self, code: str, version: str) -> FrameworkRecord | None: ...
    async def published(self, code: str | None = None) -> FrameworkRecord | None:
        """The published version of a code; without a code, the one published last."""
        ...

    async def all(self) -> list[FrameworkRecord]: ...
    async def save_status(self, record: FrameworkRecord) -> None:
        """Status, publication and retirement only: the content of a stored version never changes."""
        ...


class CrosswalkRepository(Protocol):
    async def add(self, record: CrosswalkRecord) -> None: ...
    async def get(self, crosswalk_id: CrosswalkId) -> CrosswalkRecord | None: ...
    async def get_by_key(
        self, external_model: str, version: str, framework_id: FrameworkId
    ) -> CrosswalkRecord | None: ...
    async def all(self) -> list[CrosswalkRecord]: ...


class AssessmentRepository(Protocol):
    async def add(self, assessment: Assessment) -> None: ...
    async def get(self, assessment_id: AssessmentId, *, for_update: bool = False) -> Assessment | None: ...
    async def save(self, assessment: Assessment, expected_version: int) -> None: ...
    async def of_case(self, case_id: CaseId) -> list[Assessment]:
        """Every assessment of the case with its ratings, oldest first (created)."""
        ...

    async def review_state(self, case_id: CaseId) -> ReviewState:
        """Open acute alerts, and the next review date of the latest submitted assessment."""
        ...

    async def disagreements(self, actor: Actor, since: datetime) -> list[CaseSignal]:
        """Visible cases whose assessments submitted since `since` differ in their final level (detail: the
        levels, in order of severity)."""
        ...

    async def overdue(self, actor: Actor, before: date) -> list[OverdueReview]:
        """Visible cases not in a final state whose latest submitted assessment is due before `before`."""
        ...


class AlertRepository(Protocol):
    async def add(self, alert: AcuteAlert) -> None: ...
    async def get(self, alert_id: AlertId, *, for_update: bool = False) -> AcuteAlert | None: ...
    async def save(self, alert: AcuteAlert) -> None:
        """Record the acknowledgement; StaleVersion when someone acknowledged it meanwhile."""
        ...

    async def of_case(self, case_id: CaseId) -> list[AcuteAlert]: ...
    async def visible(self, actor: Actor, *, open_only: bool, limit: int) -> list[AlertOnCase]:
        """Alerts on the cases the actor may see (the case row filter), open ones first, newest first."""
        ...
