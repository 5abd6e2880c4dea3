"""In-memory fakes of the intervention and plan repositories, with the semantics of
persistence/repositories/interventions.py and plans.py: copies handed out, codes unique (IntegrityError),
a stale save refused."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from domain.access.actor import Actor
from domain.case.model import Case, CaseId
from domain.errors import StaleVersion
from domain.plan.catalogue import Intervention, InterventionId
from domain.plan.model import OPEN_STATUSES, PlanId, PlanStatus, PlanVersion
from domain.plan.monitoring import overdue_goals, stalled_actions
from domain.ports import AttentionFilter, DeliveryState, PlanAttention
from tests.unit.services.fakes_cases import IntegrityError


class PlanTables(Protocol):
    interventions: dict[InterventionId, Intervention]


class FakeInterventionRepository:
    def __init__(self, tables: PlanTables) -> None:
        self._t = tables

    async def add(self, intervention: Intervention, at: datetime, catalogue_version: str | None = None) -> None:
        if intervention.id in self._t.interventions or intervention.code in await self.codes():
            raise IntegrityError(f"intervention {intervention.code}")
        self._t.interventions[intervention.id] = copy.deepcopy(intervention)

    async def save(self, intervention: Intervention, expected_version: int, at: datetime) -> None:
        stored = self._t.interventions.get(intervention.id)
        if stored is None or stored.version != expected_version:
            raise StaleVersion()
        intervention.version = expected_version + 1
        self._t.interventions[intervention.id] = copy.deepcopy(intervention)

    async def get(self, intervention_id: InterventionId, *, for_update: bool = False) -> Intervention | None:
        found = self._t.interventions.get(intervention_id)
        return copy.deepcopy(found) if found else None

    async def codes(self) -> set[str]:
        return {i.code for i in self._t.interventions.values()}

    async def all(self) -> list[Intervention]:
        return [copy.deepcopy(i) for i in sorted(self._t.interventions.values(), key=lambda i: i.code)]

    async def many(self, ids: Sequence[InterventionId]) -> dict[InterventionId, Intervention]:
        return {i: copy.deepcopy(self._t.interventions[i]) for i in set(ids) if i in self._t.interventions}


class PlanVersionTables(Protocol):
    plans: dict[PlanId, PlanVersion]
    cases: dict[CaseId, Case]


class FakePlanRepository:
    """As persistence/repositories/plans.py: one plan in force and one open version per case (IntegrityError),
    a stale save refused, monitoring computed by the pure rules of domain/plan/monitoring.py."""

    def __init__(self, tables: PlanVersionTables) -> None:
        self._t = tables

    def _check_unique(self, plan: PlanVersion) -> None:
        for other in self._t.plans.values():
            if other.id == plan.id or other.case_id != plan.case_id:
                continue
            if other.number == plan.number:
                raise IntegrityError("plan number")
            if plan.status is PlanStatus.APPROVED and other.status is PlanStatus.APPROVED:
                raise IntegrityError("plan in force")
            if plan.status in OPEN_STATUSES and other.status in OPEN_STATUSES:
                raise IntegrityError("open plan")

    async def add(self, plan: PlanVersion) -> None:
        self._check_unique(plan)
        self._t.plans[plan.id] = copy.deepcopy(plan)

    async def save(self, plan: PlanVersion, expected_version: int) -> None:
        stored = self._t.plans.get(plan.id)
        if stored is None or stored.version != expected_version:
            raise StaleVersion()
        self._check_unique(plan)
        plan.version = expected_version + 1
        self._t.plans[plan.id] = copy.deepcopy(plan)

    async def get(self, plan_id: PlanId, *, for_update: bool = False) -> PlanVersion | None:
        found = self._t.plans.get(plan_id)
        return copy.deepcopy(found) if found else None

    async def in_force(self, case_id: CaseId, *, for_update: bool = False) -> PlanVersion | None:
        found = self._in_force(case_id)
        return copy.deepcopy(found) if found else None

    async def has_open_version(self, case_id: CaseId) -> bool:
        return any(p.case_id == case_id and p.status in OPEN_STATUSES for p in self._t.plans.values())

    async def of_case(self, case_id: CaseId) -> list[PlanVersion]:
        found = [p for p in self._t.plans.values() if p.case_id == case_id]
        return [copy.deepcopy(p) for p in sorted(found, key=lambda p: -p.number)]

    def _in_force(self, case_id: CaseId) -> PlanVersion | None:
        return next((p for p in self._t.plans.values() if p.case_id == case_id and p.in_force), None)

    async def delivery_state(self, case_id: CaseId, today: date, stale_days: int) -> DeliveryState:
        plan = self._in_force(case_id)
        if plan is None:
            return DeliveryState(None, 0, 0)
        case = self._t.cases.get(case_id)
        if case is not None and case.is_final:  # closed and transferred cases are not monitored
            return DeliveryState(plan.id, 0, 0)
        return DeliveryState(plan.id, len(stalled_actions(plan, today, stale_days)), len(overdue_goals(plan, today)))

    async def attention(self, actor: Actor, filter: AttentionFilter) -> list[PlanAttention]:
        raise NotImplementedError("the attention list is tested against the databases (tests/e2e/test_plans.py)")
