"""In-memory fake of the intervention repository, with the semantics of persistence/repositories/interventions.py:
copies handed out, codes unique (IntegrityError), a stale save refused."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.errors import StaleVersion
from domain.plan.catalogue import Intervention, InterventionId
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
