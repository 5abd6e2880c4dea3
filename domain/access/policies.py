"""Need-to-know, decided in one place.

`can(actor, permission)` is the function-level check every route runs. Object-level
checks (which cases an actor may see) join this module as the case domain arrives;
lists mirror them with a default-deny row filter in persistence/queries.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.roles import Role

_EVERYONE = frozenset({Permission.ME_READ, Permission.OWN_PASSWORD_CHANGE, Permission.PROCESS_READ})
_ASSESSING = frozenset({Permission.FRAMEWORKS_READ, Permission.ASSESSMENTS_READ, Permission.ASSESSMENTS_WRITE})
# Plans of action: partners read what the plan policy shows them and report on their own actions.
_PLANNING = frozenset(
    {Permission.INTERVENTIONS_READ, Permission.PLANS_READ, Permission.PLANS_WRITE, Permission.ACTIONS_UPDATE}
)
_PLAN_PARTNER = frozenset(
    {Permission.INTERVENTIONS_READ, Permission.PLANS_READ, Permission.ACTIONS_UPDATE, Permission.MEETINGS_READ}
)
_CASE_DIRECTION = (
    _ASSESSING
    | _PLANNING
    | frozenset(
        {
            Permission.CASES_READ,
            Permission.CASES_CREATE,
            Permission.CASES_MANAGE,
            Permission.JOURNAL_WRITE,
            Permission.PERSONS_READ,
            Permission.PERSONS_MANAGE,
            Permission.PERSONS_REVEAL_BSN,
            Permission.MEETINGS_READ,
            Permission.MEETINGS_MANAGE,
        }
    )
)
# Partners work in the cases their organisation takes part in; which ones is decided per case.
_CASE_PARTNER = (
    _ASSESSING | _PLAN_PARTNER | frozenset({Permission.CASES_READ, Permission.JOURNAL_WRITE, Permission.PERSONS_READ})
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    # Functional management: organisations and accounts, never case content.
    Role.ADMIN: _EVERYONE
    | {
        Permission.ORGANISATIONS_READ,
        Permission.ORGANISATIONS_MANAGE,
        Permission.USERS_READ,
        Permission.USERS_MANAGE,
        # Imports and publishes framework versions and crosswalks: reference data, no case content.
        Permission.FRAMEWORKS_READ,
        Permission.FRAMEWORKS_MANAGE,
        # The intervention catalogue is reference data too.
        Permission.INTERVENTIONS_READ,
        Permission.INTERVENTIONS_MANAGE,
    },
    Role.COORDINATOR: _EVERYONE
    | _CASE_DIRECTION
    | {
        Permission.ORGANISATIONS_READ,
        Permission.FRAMEWORKS_MANAGE,
        Permission.ALERTS_ACKNOWLEDGE,
        Permission.INTERVENTIONS_MANAGE,
        Permission.PLANS_APPROVE,
    },
    Role.REGISSEUR: _EVERYONE | _CASE_DIRECTION | {Permission.ORGANISATIONS_READ},
    Role.PARTNER: _EVERYONE | _CASE_PARTNER,
    Role.POLICE: _EVERYONE | _CASE_PARTNER | {Permission.PERSONS_REVEAL_BSN, Permission.ALERTS_ACKNOWLEDGE},
    # Aggregates only; may read the framework the aggregates are about.
    Role.ANALYST: _EVERYONE | {Permission.FRAMEWORKS_READ, Permission.INTERVENTIONS_READ},
    # Audit, retention and subject requests; may see who holds which account.
    Role.PRIVACY_OFFICER: _EVERYONE | {Permission.AUDIT_READ, Permission.USERS_READ, Permission.ORGANISATIONS_READ},
}

# What an API token may be granted at most; people-only functions are left out.
TOKEN_GRANTABLE: frozenset[Permission] = frozenset({Permission.ORGANISATIONS_READ})


def permissions_for_roles(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def permissions_for_scopes(scopes: Iterable[str]) -> frozenset[Permission]:
    """Scopes of an API token narrowed to what tokens may ever hold; unknown scopes grant nothing."""
    valid = {p.value: p for p in TOKEN_GRANTABLE}
    return frozenset(valid[s] for s in scopes if s in valid)


def can(actor: Actor, permission: Permission) -> bool:
    """Whether the actor may use a function guarded by `permission` (default deny)."""
    return permission in actor.permissions
