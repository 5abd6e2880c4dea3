"""Ports of the intervention catalogue and plans of action, with delivery monitoring."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, Protocol

from domain.access.actor import Actor
from domain.case.model import CaseId
from domain.ids import OrganisationId
from domain.plan.catalogue import Intervention, InterventionId
from domain.plan.model import PlanId, PlanVersion
from domain.ports.cases import CaseSignal


@dataclass(frozen=True)
class DeliveryState:
    """Of the plan in force of one case, on a given day (domain/plan/monitoring.py)."""

    plan_in_force_id: PlanId | None
    stalled_action_count: int
    overdue_goal_count: int


@dataclass(frozen=True)
class AttentionFilter:
    today: date
    stale_days: int
    organisation_id: OrganisationId | None = None
    regisseur_id: uuid.UUID | None = None
    limit: int = 200


@dataclass(frozen=True)
class PlanAttention:
    """A stalled action or an overdue goal of a plan in force, for the lists per organisation and regisseur.
    `reason`: past_due / no_update (actions, the values of StallReason), overdue (goals)."""

    kind: Literal["action", "goal"]
    reason: Literal["past_due", "no_update", "overdue"]
    case_id: CaseId
    case_reference: str
    plan_id: PlanId
    plan_number: int
    item_id: uuid.UUID
    title: str
    intervention_id: InterventionId | None
    organisation_id: OrganisationId | None
    organisation_name: str | None
    owner_name: str | None
    regisseur_id: uuid.UUID | None
    regisseur_name: str | None
    due_on: date
    last_update_at: datetime | None


class InterventionRepository(Protocol):
    async def add(self, intervention: Intervention, at: datetime, catalogue_version: str | None = None) -> None: ...
    async def save(self, intervention: Intervention, expected_version: int, at: datetime) -> None:
        """Raises StaleVersion when the stored version is not `expected_version`."""

    async def get(self, intervention_id: InterventionId, *, for_update: bool = False) -> Intervention | None: ...
    async def codes(self) -> set[str]: ...
    async def all(self) -> list[Intervention]:
        """Every intervention, retired ones included, by code (the catalogue holds a few hundred at most)."""

    async def many(self, ids: Sequence[InterventionId]) -> dict[InterventionId, Intervention]: ...


class PlanRepository(Protocol):
    async def add(self, plan: PlanVersion) -> None: ...
    async def save(self, plan: PlanVersion, expected_version: int) -> None:
        """Header, goals and actions; StaleVersion when the stored version is not `expected_version`."""
        ...

    async def get(self, plan_id: PlanId, *, for_update: bool = False) -> PlanVersion | None: ...
    async def in_force(self, case_id: CaseId, *, for_update: bool = False) -> PlanVersion | None: ...
    async def has_open_version(self, case_id: CaseId) -> bool:
        """Whether a version of the case is a draft or submitted."""
        ...

    async def of_case(self, case_id: CaseId) -> list[PlanVersion]:
        """Every version of the case with its goals and actions, newest (highest number) first."""
        ...

    async def delivery_state(self, case_id: CaseId, today: date, stale_days: int) -> DeliveryState: ...
    async def awaiting_approval(self, actor: Actor) -> list[CaseSignal]:
        """Submitted versions on the cases the actor may see (detail: the version number)."""
        ...

    async def attention(self, actor: Actor, filter: AttentionFilter) -> list[PlanAttention]:
        """Stalled actions and overdue goals of plans in force on the cases the actor may see; partners see the
        actions of their own organisation only (domain/access/plans.py)."""
        ...
