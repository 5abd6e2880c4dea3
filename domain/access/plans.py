"""Need-to-know for plans of action, decided in one place, on top of the case policy (domain/access/cases.py).

- A case the actor may not see: nothing of its plans exists (the services answer 404).
- Drafts, submitted and withdrawn versions are seen only by the case's directors (coordinators and the
  case's own regisseur), who also see every approved and superseded version in full.
- Partner and police users see approved and superseded versions: the goals, the protective factors, the
  evaluation date and the actions assigned to their own organisation. The problem interpretation (duiding)
  and the contingency section only reach core partners (municipality, police, prosecution).
- Directors write drafts and submit them; a coordinator other than the author approves; partners report the
  status of the actions of their own organisation, directors of every action.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from domain.access.actor import Actor
from domain.access.assessments import directs_case
from domain.access.cases import CORE_PARTNER_KINDS, CaseAccessFacts, can_view_case
from domain.access.permissions import Permission
from domain.plan.model import Action, PlanStatus, PlanVersion

SHARED_STATUSES = frozenset({PlanStatus.APPROVED, PlanStatus.SUPERSEDED})


@dataclass(frozen=True)
class PlanView:
    """A plan as one viewer may see it; withheld sections are blanked in `plan` and named here."""

    plan: PlanVersion
    interpretation_withheld: bool = False
    contingency_withheld: bool = False
    actions_omitted: int = 0


def can_read_plans(actor: Actor, facts: CaseAccessFacts) -> bool:
    return Permission.PLANS_READ in actor.permissions and can_view_case(actor, facts)


def can_view_plan(actor: Actor, facts: CaseAccessFacts, status: PlanStatus) -> bool:
    if not can_read_plans(actor, facts):
        return False
    return status in SHARED_STATUSES or directs_case(actor, facts)


def can_write_plan(actor: Actor, facts: CaseAccessFacts) -> bool:
    """Start, change, submit and withdraw drafts: the case's directors."""
    return Permission.PLANS_WRITE in actor.permissions and can_view_case(actor, facts) and directs_case(actor, facts)


def can_approve_plan(actor: Actor, facts: CaseAccessFacts, plan: PlanVersion) -> bool:
    """Four eyes: never the author of the version."""
    return (
        Permission.PLANS_APPROVE in actor.permissions
        and can_view_case(actor, facts)
        and (actor.id is None or actor.id != plan.author.id)
    )


def can_update_action(actor: Actor, facts: CaseAccessFacts, action: Action) -> bool:
    """Partners report on the actions of their own organisation; directors on every action."""
    if Permission.ACTIONS_UPDATE not in actor.permissions or not can_view_case(actor, facts):
        return False
    own = actor.organisation_id is not None and action.responsible_organisation_id == actor.organisation_id
    return own or directs_case(actor, facts)


def plan_view(actor: Actor, facts: CaseAccessFacts, plan: PlanVersion) -> PlanView | None:
    """What of the plan the actor sees, or None when nothing (the caller answers 404)."""
    if not can_view_plan(actor, facts, plan.status):
        return None
    if directs_case(actor, facts):
        return PlanView(plan)
    core = actor.organisation_kind in CORE_PARTNER_KINDS
    own = tuple(a for a in plan.actions if a.responsible_organisation_id == actor.organisation_id)
    filtered = replace(
        plan,
        interpretation=plan.interpretation if core else "",
        contingency=plan.contingency if core else "",
        actions=own,
    )
    return PlanView(filtered, not core, not core, len(plan.actions) - len(own))
