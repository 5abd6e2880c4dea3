"""Plans, goals, actions and interventions for the plan domain tests, at fixed dates."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from domain.assessment.framework import DimensionCode, LocalText
from domain.case.model import ActorRef, CaseId
from domain.ids import OrganisationId
from domain.plan.catalogue import AgeRange, Availability, Intervention, InterventionId, InterventionType, Provider
from domain.plan.model import Action, Goal, GoalId, PlanVersion

AT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
TODAY = AT.date()
AUTHOR = ActorRef(uuid.UUID(int=1), "Regisseur Auteur")
APPROVER = ActorRef(uuid.UUID(int=2), "Coördinator Akkoord")
CASE = CaseId(uuid.UUID(int=10))
MUNICIPALITY = OrganisationId(uuid.UUID(int=100))
POLICE = OrganisationId(uuid.UUID(int=101))
YOUTH_CARE = OrganisationId(uuid.UUID(int=102))


def text(nl: str) -> LocalText:
    return LocalText(nl=nl, en=f"{nl} (en)")


def intervention(code: str = "INT-01", **changes: Any) -> Intervention:
    fields: dict[str, Any] = {
        "code": code,
        "name": text(f"Interventie {code}"),
        "description": text("Beschrijving."),
        "goal": text("Doel."),
        "type": InterventionType.MENTORING_DIALOGUE,
        "voluntary": True,
        "target_dimensions": (DimensionCode.IDEOLOGY,),
        "target_indicators": ("A1",),
        "target_age": AgeRange(),
        "provider": Provider(organisation_id=None, name="Aanbieder"),
        "conditions": text("Vrijwillig."),
        "process_steps": (text("Intake."),),
        "legal_basis": text("Geen."),
        "duration": text("Een jaar."),
        "availability": Availability.AVAILABLE,
        "evidence_note": text("Geen."),
        "id": InterventionId(uuid.uuid5(uuid.NAMESPACE_OID, code)),
    }
    return Intervention(**{**fields, **changes})


def goal(label: str = "Heeft een vaste dagbesteding", **changes: Any) -> Goal:
    fields: dict[str, Any] = {"text": label, "target_on": date(2027, 3, 1), "indicator_codes": ("A1",)}
    return Goal(**{**fields, **changes})


def action(goal_ids: tuple[GoalId, ...] = (), **changes: Any) -> Action:
    fields: dict[str, Any] = {
        "responsible_organisation_id": YOUTH_CARE,
        "owner_name": "J. de Vries",
        "start_on": date(2026, 12, 1),
        "due_on": date(2027, 2, 1),
        "custom_title": "Huisbezoek",
        "goal_ids": goal_ids,
    }
    return Action(**{**fields, **changes})


def draft(number: int = 1, in_force: PlanVersion | None = None) -> PlanVersion:
    return PlanVersion.start(
        case_id=CASE, number=number, based_on_assessment_id=None, author=AUTHOR, at=AT, in_force=in_force
    )


def approved(
    *actions: Action, goals: tuple[Goal, ...] | None = None, catalogue: tuple[Intervention, ...] = ()
) -> PlanVersion:
    """An approved plan with the given goals (one by default) and actions."""
    plan = draft()
    chosen = goals if goals is not None else (goal(),)
    plan.revise({i.id: i for i in catalogue}, AT, goals=chosen, actions=actions, evaluation_on=date(2027, 6, 1))
    plan.submit(AT)
    plan.approve(APPROVER, AT, "Akkoord in het casusoverleg")
    return plan
