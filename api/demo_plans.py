"""The demo plan of action for the active demo case: written by the regisseur from the assessment's suggestions,
approved by the coordinator, with one action past its due date so that delivery monitoring has something to show."""

from __future__ import annotations

from datetime import timedelta

from api.deps import Container, monitoring
from domain.access.actor import Actor
from domain.case.model import CaseId
from domain.identity.model import Organisation, OrganisationKind
from domain.plan.model import Action, ActionStatus, Goal, ProtectiveFactor
from domain.services import plan_approval, plans


async def seed_plan(
    c: Container,
    case_id: CaseId,
    regisseur: Actor,
    coordinator: Actor,
    organisations: dict[OrganisationKind, Organisation],
) -> None:
    today = c.clock.now().date()
    draft = await plans.start_plan(c.uow(), c.clock, regisseur, case_id, None, monitoring(c))
    offered = {s.indicator_code: s.interventions for s in draft.suggestions}
    belonging = next(iter(offered.get("B1", ())), None)
    online = next(iter(offered.get("C2", ())), None)
    school = Goal(
        "Demo: gaat elke schooldag naar school en rondt het schooljaar af", today + timedelta(days=120), ("P2",)
    )
    network = Goal("Demo: heeft een vaste plek bij een sportclub of vereniging", today + timedelta(days=90), ("B1",))
    actions = [
        Action(
            organisations[OrganisationKind.YOUTH_CARE].id,
            "Demo-jeugdzorgwerker",
            today - timedelta(days=20),
            today + timedelta(days=70),
            intervention_id=belonging.id if belonging else None,
            custom_title=None if belonging else "Demo: mentortraject",
            goal_ids=(network.id,),
            status=ActionStatus.RUNNING,
        ),
        Action(
            organisations[OrganisationKind.POLICE].id,
            "Demo-wijkagent",
            today - timedelta(days=40),
            today - timedelta(days=5),  # past due: shows as stalled on the case page
            intervention_id=online.id if online else None,
            custom_title=None if online else "Demo: stopgesprek",
            goal_ids=(network.id,),
        ),
        Action(
            organisations[OrganisationKind.MUNICIPALITY].id,
            "Demo-regisseur",
            today,
            today + timedelta(days=30),
            custom_title="Demo: afspraak met leerplicht over het schoolrooster",
            goal_ids=(school.id,),
        ),
    ]
    change = plans.ChangePlan(
        interpretation=(
            "Demo: de zoektocht naar erkenning en erbij horen maakt gevoelig voor de online groep; "
            "ouders en de mentor op school zijn de ankers om op voort te bouwen."
        ),
        protective_factors=(ProtectiveFactor("P1", "Demo: ouders zijn betrokken"),),
        goals=(school, network),
        actions=tuple(actions),
        contingency="Demo: bij nieuw contact met de groep of dreigende uitingen direct een casusoverleg.",
        evaluation_on=today + timedelta(days=90),
    )
    view = await plans.change_plan(
        c.uow(), c.clock, regisseur, draft.plan.id, draft.plan.version, change, monitoring(c)
    )
    await plan_approval.submit_plan(c.uow(), c.clock, regisseur, view.plan.id, monitoring(c))
    await plan_approval.approve_plan(
        c.uow(),
        c.clock,
        coordinator,
        view.plan.id,
        "Demo: vastgesteld in het casusoverleg.",
        "DEMO-CO-1",
        monitoring(c),
    )
