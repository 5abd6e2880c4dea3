"""Need-to-know: which role may use which function, what API tokens may hold, default deny."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.access.actor import Actor, ActorType
from domain.access.permissions import Permission
from domain.access.policies import ROLE_PERMISSIONS, can, permissions_for_roles, permissions_for_scopes
from domain.access.roles import Role

P = Permission
EVERYONE = {P.ME_READ, P.OWN_PASSWORD_CHANGE, P.PROCESS_READ}
CASE_DIRECTION = {
    P.CASES_READ,
    P.CASES_CREATE,
    P.CASES_MANAGE,
    P.JOURNAL_WRITE,
    P.PERSONS_READ,
    P.PERSONS_MANAGE,
    P.PERSONS_REVEAL_BSN,
}
CASE_PARTNER = {P.CASES_READ, P.JOURNAL_WRITE, P.PERSONS_READ}
ASSESSING = {P.FRAMEWORKS_READ, P.ASSESSMENTS_READ, P.ASSESSMENTS_WRITE}
PLANNING = {P.INTERVENTIONS_READ, P.PLANS_READ, P.PLANS_WRITE, P.ACTIONS_UPDATE, P.MEETINGS_READ, P.MEETINGS_MANAGE}
# Partners read the meetings they take part in (only the items of their cases); they do not run them.
PLAN_PARTNER = {P.INTERVENTIONS_READ, P.PLANS_READ, P.ACTIONS_UPDATE, P.MEETINGS_READ}

EXPECTED: dict[Role, set[Permission]] = {
    Role.ADMIN: EVERYONE
    | {
        P.ORGANISATIONS_READ,
        P.ORGANISATIONS_MANAGE,
        P.USERS_READ,
        P.USERS_MANAGE,
        P.FRAMEWORKS_READ,
        P.FRAMEWORKS_MANAGE,
        P.INTERVENTIONS_READ,
        P.INTERVENTIONS_MANAGE,
    },
    Role.COORDINATOR: EVERYONE
    | CASE_DIRECTION
    | ASSESSING
    | PLANNING
    | {P.ORGANISATIONS_READ, P.FRAMEWORKS_MANAGE, P.ALERTS_ACKNOWLEDGE, P.INTERVENTIONS_MANAGE, P.PLANS_APPROVE},
    Role.REGISSEUR: EVERYONE | CASE_DIRECTION | ASSESSING | PLANNING | {P.ORGANISATIONS_READ},
    Role.PARTNER: EVERYONE | CASE_PARTNER | ASSESSING | PLAN_PARTNER,
    Role.POLICE: EVERYONE | CASE_PARTNER | ASSESSING | PLAN_PARTNER | {P.PERSONS_REVEAL_BSN, P.ALERTS_ACKNOWLEDGE},
    Role.ANALYST: EVERYONE | {P.FRAMEWORKS_READ, P.INTERVENTIONS_READ},
    Role.PRIVACY_OFFICER: EVERYONE | {P.AUDIT_READ, P.USERS_READ, P.ORGANISATIONS_READ},
}


def actor_with(permissions: frozenset[Permission]) -> Actor:
    return Actor(ActorType.USER, None, "test", None, None, None, frozenset(), permissions)


@pytest.mark.parametrize("role", list(Role))
def test_role_permissions(role: Role) -> None:
    assert permissions_for_roles([role]) == EXPECTED[role]


def test_every_role_has_a_row() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)


def test_the_admin_manages_accounts_but_sees_no_audit_trail_or_case_content() -> None:
    admin = permissions_for_roles([Role.ADMIN])
    assert P.AUDIT_READ not in admin
    # Functional management only: anything added later (cases, persons, ...) must not reach the admin.
    # Framework versions and crosswalks are reference data without case content.
    assert {p.value.split(":")[0] for p in admin} <= {
        "me",
        "organisations",
        "users",
        "process",
        "frameworks",
        "interventions",
    }
    assert not {P.ASSESSMENTS_READ, P.ASSESSMENTS_WRITE, P.ALERTS_ACKNOWLEDGE, P.PLANS_READ, P.ACTIONS_UPDATE} & admin


def test_only_the_privacy_officer_may_read_the_audit_trail() -> None:
    assert [r for r in Role if P.AUDIT_READ in permissions_for_roles([r])] == [Role.PRIVACY_OFFICER]


@given(st.sets(st.sampled_from(Role)))
def test_roles_add_up(roles: set[Role]) -> None:
    granted = permissions_for_roles(roles)
    assert granted == set().union(*(EXPECTED[r] for r in roles))
    assert all(can(actor_with(granted), p) == (p in granted) for p in Permission)


@pytest.mark.parametrize(
    ("scopes", "expected"),
    [
        pytest.param([], set(), id="no scopes"),
        pytest.param(["organisations:read"], {P.ORGANISATIONS_READ}, id="grantable scope"),
        pytest.param(["users:manage", "audit:read", "me:password", "organisations:manage"], set(), id="people only"),
        pytest.param(["cases:read", "*", "", "admin"], set(), id="unknown scopes"),
        pytest.param(["ORGANISATIONS:READ", " organisations:read"], set(), id="near misses"),
        pytest.param(["organisations:read", "bogus"], {P.ORGANISATIONS_READ}, id="mixed"),
    ],
)
def test_token_scopes_are_narrowed_to_what_tokens_may_hold(scopes: list[str], expected: set[Permission]) -> None:
    assert permissions_for_scopes(scopes) == expected


@given(st.lists(st.text(max_size=20), max_size=5))
def test_unknown_scopes_grant_nothing(scopes: list[str]) -> None:
    assert permissions_for_scopes(s for s in scopes if s != P.ORGANISATIONS_READ.value) == frozenset()


@pytest.mark.parametrize("permission", list(Permission))
def test_can_denies_by_default(permission: Permission) -> None:
    assert not can(actor_with(frozenset()), permission)
    assert not can(Actor.anonymous(), permission)


@pytest.mark.parametrize("permission", list(Permission))
def test_the_system_actor_may_do_everything(permission: Permission) -> None:
    assert can(Actor.system(), permission)
