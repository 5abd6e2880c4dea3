"""In-memory fakes of the framework, crosswalk, assessment and alert repositories, with the semantics of
persistence/repositories/{frameworks,assessments,alerts}.py and the row filters of
persistence/queries/assessment_lists.py (which mirror the pure policies used here).

Like the SQL repositories they hand out copies, check foreign keys and unique keys (IntegrityError), never
change a stored framework's or crosswalk's content, and refuse a stale save.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import replace
from datetime import date
from typing import Protocol

from domain.access.actor import Actor
from domain.access.assessments import can_read_assessments
from domain.access.cases import CaseAccessFacts
from domain.assessment.alerts import AcuteAlert, AlertId
from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.framework import FrameworkStatus
from domain.assessment.model import Assessment, AssessmentId, AssessmentStatus, AssessmentType
from domain.case.model import Case, CaseId
from domain.errors import StaleVersion
from domain.identity.model import Organisation, User
from domain.ids import OrganisationId, UserId
from domain.person.model import Person, PersonId
from domain.ports import AlertOnCase, OverdueReview, ReviewState
from tests.unit.services.fakes_cases import IntegrityError


class AssessmentTables(Protocol):
    organisations: dict[OrganisationId, Organisation]
    users: dict[UserId, User]
    persons: dict[PersonId, Person]
    cases: dict[CaseId, Case]
    frameworks: dict[FrameworkId, FrameworkRecord]
    crosswalks: dict[CrosswalkId, CrosswalkRecord]
    assessments: dict[AssessmentId, Assessment]
    alerts: dict[AlertId, AcuteAlert]


def _checksum(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()


def facts_of(tables: AssessmentTables, case: Case) -> CaseAccessFacts:
    regisseur = tables.users.get(case.regisseur_id) if case.regisseur_id else None
    return CaseAccessFacts(
        regisseur_id=case.regisseur_id,
        regisseur_team=regisseur.team if regisseur else None,
        regisseur_organisation_id=regisseur.organisation_id if regisseur else None,
        working_organisations=case.active_organisations(),
    )


def latest_submitted_of(tables: AssessmentTables, case_id: CaseId) -> Assessment | None:
    submitted = [
        a for a in tables.assessments.values() if a.case_id == case_id and a.status is AssessmentStatus.SUBMITTED
    ]
    return max(submitted, key=lambda a: (a.submitted_at, a.id), default=None)


def open_alerts_of(tables: AssessmentTables, case_id: CaseId) -> int:
    return sum(1 for a in tables.alerts.values() if a.case_id == case_id and a.is_open)


class FakeFrameworkRepository:
    def __init__(self, tables: AssessmentTables) -> None:
        self._t = tables

    async def add(self, record: FrameworkRecord) -> None:
        if record.id in self._t.frameworks or any(
            (r.code, r.version) == (record.code, record.version) for r in self._t.frameworks.values()
        ):
            raise IntegrityError(f"assessment_framework {record.code} {record.version}")
        record.sha256 = _checksum(record.framework)
        self._t.frameworks[record.id] = copy.copy(record)

    async def get(self, framework_id: FrameworkId, *, for_update: bool = False) -> FrameworkRecord | None:
        found = self._t.frameworks.get(framework_id)
        return copy.copy(found) if found else None

    async def get_by_code_version(self, code: str, version: str) -> FrameworkRecord | None:
        found = next((r for r in self._t.frameworks.values() if (r.code, r.version) == (code, version)), None)
        return copy.copy(found) if found else None

    async def published(self, code: str | None = None) -> FrameworkRecord | None:
        found = [
            r
            for r in self._t.frameworks.values()
            if r.status is FrameworkStatus.PUBLISHED and (code is None or r.code == code)
        ]
        latest = max(found, key=lambda r: (r.published_at, r.id), default=None)
        return copy.copy(latest) if latest else None

    async def all(self) -> list[FrameworkRecord]:
        return [copy.copy(r) for r in sorted(self._t.frameworks.values(), key=lambda r: (r.imported_at, r.id))]

    async def save_status(self, record: FrameworkRecord) -> None:
        stored = self._t.frameworks[record.id]
        published = FrameworkStatus.PUBLISHED
        if record.status is published and any(
            r.code == record.code and r.status is published and r.id != record.id for r in self._t.frameworks.values()
        ):
            raise IntegrityError(f"a published version of {record.code} exists")
        # Only status and publication: the stored content stays what it was.
        self._t.frameworks[record.id] = replace(
            stored,
            status=record.status,
            published_at=record.published_at,
            published_by=record.published_by,
            retired_at=record.retired_at,
        )


class FakeCrosswalkRepository:
    def __init__(self, tables: AssessmentTables) -> None:
        self._t = tables

    async def add(self, record: CrosswalkRecord) -> None:
        c = record.crosswalk
        if record.framework_id not in self._t.frameworks:
            raise IntegrityError("crosswalk.framework_id")
        if record.id in self._t.crosswalks or await self.get_by_key(c.external_model, c.version, record.framework_id):
            raise IntegrityError(f"crosswalk {c.external_model} {c.version}")
        record.sha256 = _checksum(c)
        self._t.crosswalks[record.id] = copy.copy(record)

    async def get(self, crosswalk_id: CrosswalkId) -> CrosswalkRecord | None:
        found = self._t.crosswalks.get(crosswalk_id)
        return copy.copy(found) if found else None

    async def get_by_key(self, external_model: str, version: str, framework_id: FrameworkId) -> CrosswalkRecord | None:
        key = (external_model, version, framework_id)
        found = next(
            (
                r
                for r in self._t.crosswalks.values()
                if (r.crosswalk.external_model, r.crosswalk.version, r.framework_id) == key
            ),
            None,
        )
        return copy.copy(found) if found else None

    async def all(self) -> list[CrosswalkRecord]:
        return [copy.copy(r) for r in sorted(self._t.crosswalks.values(), key=lambda r: (r.imported_at, r.id))]


class FakeAssessmentRepository:
    def __init__(self, tables: AssessmentTables) -> None:
        self._t = tables

    def _check(self, a: Assessment) -> None:
        missing = [
            name
            for name, ok in (
                ("case_id", a.case_id in self._t.cases),
                ("organisation_id", a.organisation_id in self._t.organisations),
                ("framework_id", a.framework_id in self._t.frameworks),
                ("crosswalk_id", a.crosswalk_id is None or a.crosswalk_id in self._t.crosswalks),
            )
            if not ok
        ]
        if missing:
            raise IntegrityError(f"assessment references missing rows: {', '.join(missing)}")

    async def add(self, a: Assessment) -> None:
        if a.id in self._t.assessments:
            raise IntegrityError("assessment.id")
        self._check(a)
        self._t.assessments[a.id] = copy.deepcopy(a)

    async def save(self, a: Assessment, expected_version: int) -> None:
        stored = self._t.assessments.get(a.id)
        if stored is None or stored.version != expected_version:
            raise StaleVersion()
        self._check(a)
        a.version = expected_version + 1
        # Case, organisation, perspective, framework, crosswalk and creation are written once only.
        self._t.assessments[a.id] = replace(
            copy.deepcopy(a),
            case_id=stored.case_id,
            organisation_id=stored.organisation_id,
            perspective=stored.perspective,
            framework_id=stored.framework_id,
            crosswalk_id=stored.crosswalk_id,
            created_at=stored.created_at,
            created_by=stored.created_by,
        )

    async def get(self, assessment_id: AssessmentId, *, for_update: bool = False) -> Assessment | None:
        found = self._t.assessments.get(assessment_id)
        return copy.deepcopy(found) if found else None

    async def of_case(self, case_id: CaseId) -> list[Assessment]:
        found = [a for a in self._t.assessments.values() if a.case_id == case_id]
        return [copy.deepcopy(a) for a in sorted(found, key=lambda a: (a.created_at, a.id))]

    async def review_state(self, case_id: CaseId) -> ReviewState:
        latest = latest_submitted_of(self._t, case_id)
        return ReviewState(open_alerts_of(self._t, case_id), latest.next_review_on if latest else None)

    async def overdue(self, actor: Actor, before: date) -> list[OverdueReview]:
        found = []
        for case in self._t.cases.values():
            latest = latest_submitted_of(self._t, case.id)
            after_closure = latest is not None and latest.type in (AssessmentType.CLOSURE, AssessmentType.FOLLOW_UP)
            if (
                (case.is_final and not after_closure)
                or latest is None
                or latest.next_review_on is None
                or latest.final_level is None
                or not latest.next_review_on < before
                or not can_read_assessments(actor, facts_of(self._t, case))
            ):
                continue
            person = self._t.persons[case.person_id]
            found.append(
                OverdueReview(
                    case.id,
                    case.reference,
                    person.full_name,
                    latest.id,
                    latest.final_level,
                    latest.next_review_on,
                    after_closure,
                )
            )
        return sorted(found, key=lambda r: (r.next_review_on, r.reference))


class FakeAlertRepository:
    def __init__(self, tables: AssessmentTables) -> None:
        self._t = tables

    async def add(self, alert: AcuteAlert) -> None:
        if alert.id in self._t.alerts:
            raise IntegrityError("acute_alert.id")
        if alert.case_id not in self._t.cases or alert.assessment_id not in self._t.assessments:
            raise IntegrityError("acute_alert references a missing row")
        self._t.alerts[alert.id] = copy.deepcopy(alert)

    async def get(self, alert_id: AlertId, *, for_update: bool = False) -> AcuteAlert | None:
        found = self._t.alerts.get(alert_id)
        return copy.deepcopy(found) if found else None

    async def save(self, alert: AcuteAlert) -> None:
        stored = self._t.alerts.get(alert.id)
        if stored is None or not stored.is_open:
            raise StaleVersion()
        self._t.alerts[alert.id] = replace(
            stored,
            acknowledged_at=alert.acknowledged_at,
            acknowledged_by=alert.acknowledged_by,
            routed_to=alert.routed_to,
            routing_note=alert.routing_note,
        )

    async def of_case(self, case_id: CaseId) -> list[AcuteAlert]:
        found = [a for a in self._t.alerts.values() if a.case_id == case_id]
        return [copy.deepcopy(a) for a in sorted(found, key=lambda a: (a.raised_at, a.id))]

    async def visible(self, actor: Actor, *, open_only: bool, limit: int) -> list[AlertOnCase]:
        found = []
        for alert in self._t.alerts.values():
            case = self._t.cases[alert.case_id]
            if (open_only and not alert.is_open) or not can_read_assessments(actor, facts_of(self._t, case)):
                continue
            found.append(AlertOnCase(copy.deepcopy(alert), case.reference, case.person_id))
        found.sort(key=lambda f: (not f.alert.is_open, -f.alert.raised_at.timestamp(), f.alert.id))
        return found[:limit]
