"""Need-to-know for plans: drafts only for the case's directors; partners see shared versions without other
organisations' actions, and without the interpretation and contingency unless a core partner; approval never
by the author; partners report only on their own organisation's actions."""

from __future__ import annotations

import uuid

import pytest

from domain.access.actor import Actor, ActorType
from domain.access.cases import CaseAccessFacts
from domain.access.plans import can_approve_plan, can_update_action, can_view_plan, can_write_plan, plan_view
from domain.access.policies import permissions_for_roles
from domain.access.roles import Role
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId
from domain.plan.model import PlanStatus
from tests.unit.domain.plan_builders import AUTHOR, MUNICIPALITY, POLICE, YOUTH_CARE, action, approved, draft

REGISSEUR_ID = AUTHOR.id
assert REGISSEUR_ID is not None
KINDS = {
    MUNICIPALITY: OrganisationKind.MUNICIPALITY,
    POLICE: OrganisationKind.POLICE,
    YOUTH_CARE: OrganisationKind.YOUTH_CARE,
}
HOME = {Role.PARTNER: YOUTH_CARE, Role.POLICE: POLICE}
FACTS = CaseAccessFacts(REGISSEUR_ID, None, MUNICIPALITY, frozenset({POLICE, YOUTH_CARE}))


def actor(role: Role, *, user_id: uuid.UUID | None = None, organisation: OrganisationId | None = None) -> Actor:
    home = organisation or HOME.get(role, MUNICIPALITY)
    return Actor(
        ActorType.USER,
        user_id or uuid.uuid4(),
        f"Test {role.value}",
        home,
        None,
        KINDS[home],
        frozenset({role}),
        permissions_for_roles([role]),
    )


COORDINATOR = actor(Role.COORDINATOR)
CASE_REGISSEUR = actor(Role.REGISSEUR, user_id=REGISSEUR_ID)
OTHER_REGISSEUR = actor(Role.REGISSEUR)
PARTNER = actor(Role.PARTNER)
POLICE_USER = actor(Role.POLICE)
ANALYST = actor(Role.ANALYST)


@pytest.mark.parametrize(
    ("viewer", "draft_visible", "approved_visible"),
    [
        (COORDINATOR, True, True),
        (CASE_REGISSEUR, True, True),
        (OTHER_REGISSEUR, False, False),  # cannot see the case
        (PARTNER, False, True),
        (POLICE_USER, False, True),
        (ANALYST, False, False),
    ],
)
def test_who_sees_which_versions(viewer: Actor, draft_visible: bool, approved_visible: bool) -> None:
    assert can_view_plan(viewer, FACTS, PlanStatus.DRAFT) is draft_visible
    assert can_view_plan(viewer, FACTS, PlanStatus.SUBMITTED) is draft_visible
    assert can_view_plan(viewer, FACTS, PlanStatus.APPROVED) is approved_visible
    assert can_view_plan(viewer, FACTS, PlanStatus.SUPERSEDED) is approved_visible


def test_directors_see_the_whole_plan() -> None:
    plan = approved(action(), action(responsible_organisation_id=POLICE))
    view = plan_view(COORDINATOR, FACTS, plan)
    assert view is not None and view.plan is plan and view.actions_omitted == 0


def test_a_partner_sees_its_own_actions_but_not_the_interpretation() -> None:
    plan = approved(action(responsible_organisation_id=YOUTH_CARE), action(responsible_organisation_id=POLICE))
    plan.interpretation, plan.contingency = "Duiding", "Terugval"
    view = plan_view(PARTNER, FACTS, plan)
    assert view is not None
    assert [a.responsible_organisation_id for a in view.plan.actions] == [YOUTH_CARE]
    assert (view.plan.interpretation, view.plan.contingency) == ("", "")
    assert (view.interpretation_withheld, view.contingency_withheld, view.actions_omitted) == (True, True, 1)
    assert plan.interpretation == "Duiding" and len(plan.actions) == 2  # the plan itself is untouched


def test_the_police_as_core_partner_reads_the_interpretation() -> None:
    plan = approved(action(responsible_organisation_id=YOUTH_CARE), action(responsible_organisation_id=POLICE))
    plan.interpretation = "Duiding"
    view = plan_view(POLICE_USER, FACTS, plan)
    assert view is not None and view.plan.interpretation == "Duiding" and not view.interpretation_withheld
    assert [a.responsible_organisation_id for a in view.plan.actions] == [POLICE]


def test_nothing_of_a_draft_for_a_partner() -> None:
    assert plan_view(PARTNER, FACTS, draft()) is None


def test_writing_and_approving() -> None:
    assert can_write_plan(COORDINATOR, FACTS) and can_write_plan(CASE_REGISSEUR, FACTS)
    assert not can_write_plan(OTHER_REGISSEUR, FACTS) and not can_write_plan(PARTNER, FACTS)
    plan = draft()  # authored by the case regisseur
    assert can_approve_plan(COORDINATOR, FACTS, plan)
    assert not can_approve_plan(CASE_REGISSEUR, FACTS, plan)
    author_coordinator = actor(Role.COORDINATOR, user_id=REGISSEUR_ID)
    assert not can_approve_plan(author_coordinator, FACTS, plan)


def test_partners_report_only_on_their_own_actions() -> None:
    own, other = action(responsible_organisation_id=YOUTH_CARE), action(responsible_organisation_id=POLICE)
    assert can_update_action(PARTNER, FACTS, own) and not can_update_action(PARTNER, FACTS, other)
    assert can_update_action(POLICE_USER, FACTS, other) and not can_update_action(POLICE_USER, FACTS, own)
    assert can_update_action(CASE_REGISSEUR, FACTS, other) and can_update_action(COORDINATOR, FACTS, own)
    assert not can_update_action(OTHER_REGISSEUR, FACTS, own) and not can_update_action(ANALYST, FACTS, own)
