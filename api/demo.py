"""Demo data for a fresh embedded install: one organisation of each kind, one user per role."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from api.demo_cases import seed_cases
from api.demo_meetings import seed_meetings
from api.deps import Container
from domain.access.actor import Actor
from domain.access.roles import Role
from domain.identity.model import OrganisationKind
from domain.services import auth as auth_service
from domain.services import organisations as org_service
from domain.services import users as user_service
from persistence.uow import SqlUnitOfWork

ORGANISATIONS = [
    ("Gemeente Amsterdam, directie OOV", "OOV", OrganisationKind.MUNICIPALITY),
    ("Politie Eenheid Amsterdam", "Politie", OrganisationKind.POLICE),
    ("Openbaar Ministerie, arrondissement Amsterdam", "OM", OrganisationKind.PROSECUTION),
    ("Leerplicht Amsterdam", "Leerplicht", OrganisationKind.EDUCATION),
    ("Jeugdbescherming Regio Amsterdam", "JBRA", OrganisationKind.YOUTH_CARE),
    ("Reclassering Nederland, regio Amsterdam", "RN", OrganisationKind.PROBATION),
    ("GGD Amsterdam", "GGD", OrganisationKind.CARE),
    ("Stadsdeel Nieuw-West", "SD Nieuw-West", OrganisationKind.DISTRICT),
    ("Veiligheidshuis Amsterdam-Amstelland", "VHAA", OrganisationKind.OTHER),
]

USERS = [
    ("admin", "Anne de Beheerder", Role.ADMIN, OrganisationKind.MUNICIPALITY),
    ("coordinator", "Cor Coördinator", Role.COORDINATOR, OrganisationKind.MUNICIPALITY),
    ("regisseur", "Rachida Regisseur", Role.REGISSEUR, OrganisationKind.MUNICIPALITY),
    ("partner", "Pieter Partner", Role.PARTNER, OrganisationKind.YOUTH_CARE),
    ("politie", "Priya Politie", Role.POLICE, OrganisationKind.POLICE),
    ("analist", "Ahmed Analist", Role.ANALYST, OrganisationKind.MUNICIPALITY),
    ("privacy", "Paula Privacy", Role.PRIVACY_OFFICER, OrganisationKind.MUNICIPALITY),
]


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: Role


async def seed(c: Container, password: str | None = None) -> list[DemoAccount]:
    """Create the demo organisations and accounts through the ordinary use cases (audited)."""
    actor = Actor.system("seed-demo")

    def uow() -> SqlUnitOfWork:
        return c.uow()

    by_kind = {}
    for name, short, kind in ORGANISATIONS:
        org = await org_service.create_organisation(
            uow(), c.clock, actor, org_service.CreateOrganisation(name, kind, short)
        )
        by_kind[kind] = org
    accounts = []
    for username, display_name, role, kind in USERS:
        cmd = user_service.CreateUser(
            username, display_name, by_kind[kind].id, frozenset({role}), f"{username}@example.org"
        )
        view, code = await user_service.create_user(uow(), c.clock, actor, cmd)
        chosen = password or f"demo-{secrets.token_urlsafe(9)}"
        await auth_service.activate(
            uow(),
            c.clock,
            c.hasher,
            c.auth_config,
            username=username,
            activation_code=code.code,
            new_password=chosen,
            client_address=None,
        )
        accounts.append(DemoAccount(username, chosen, role))
        if role is Role.REGISSEUR:
            regisseur = auth_service.actor_for_user(view.user, by_kind[kind])
        if role is Role.POLICE:
            police = auth_service.actor_for_user(view.user, by_kind[kind])
        if role is Role.COORDINATOR:
            coordinator = auth_service.actor_for_user(view.user, by_kind[kind])
    case_ids = await seed_cases(c, regisseur, by_kind, police, coordinator)
    await seed_meetings(c, coordinator, by_kind, case_ids[1])  # the demo case in weighing
    return accounts
