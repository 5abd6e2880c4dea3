"""The seeded world every database test starts from: three organisations, one account per role."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from api.security.passwords import Argon2PasswordHasher
from domain.access.roles import Role
from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.framework import FrameworkStatus
from domain.case.model import ActorRef
from domain.identity.model import Organisation, OrganisationKind, User
from domain.ids import OrganisationId, UserId
from persistence.catalogue_files import starter_catalogue
from persistence.crosswalk_files import starter_crosswalk
from persistence.database import create_engine
from persistence.framework_files import starter_framework
from persistence.uow import SqlUnitOfWork

PASSWORD = "correct-horse-battery-2026"
_HASH = Argon2PasswordHasher().hash(PASSWORD)
CREATED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Org:
    id: OrganisationId
    name: str
    kind: OrganisationKind


MUNICIPALITY = Org(
    OrganisationId(uuid.UUID("00000000-0000-4000-8000-000000000001")),
    "Gemeente Amsterdam",
    OrganisationKind.MUNICIPALITY,
)
POLICE = Org(
    OrganisationId(uuid.UUID("00000000-0000-4000-8000-000000000002")), "Politie Amsterdam", OrganisationKind.POLICE
)
YOUTH_CARE = Org(
    OrganisationId(uuid.UUID("00000000-0000-4000-8000-000000000003")),
    "Jeugdzorg Amsterdam",
    OrganisationKind.YOUTH_CARE,
)
ORGS = [MUNICIPALITY, POLICE, YOUTH_CARE]

# username -> (role, organisation)
ACCOUNTS: dict[str, tuple[Role, Org]] = {
    "admin": (Role.ADMIN, MUNICIPALITY),
    "coordinator": (Role.COORDINATOR, MUNICIPALITY),
    "regisseur": (Role.REGISSEUR, MUNICIPALITY),
    "partner": (Role.PARTNER, YOUTH_CARE),
    "police": (Role.POLICE, POLICE),
    "analyst": (Role.ANALYST, MUNICIPALITY),
    "privacy": (Role.PRIVACY_OFFICER, MUNICIPALITY),
}


# The starter framework (published), crosswalk and intervention catalogue, as `casusregie migrate` leaves
# them (without its audit rows).
STARTER_FRAMEWORK_ID = FrameworkId(uuid.UUID("00000000-0000-4000-8000-00000000f001"))
STARTER_CROSSWALK_ID = CrosswalkId(uuid.UUID("00000000-0000-4000-8000-00000000c001"))


def user_id(username: str) -> UserId:
    return UserId(uuid.uuid5(uuid.NAMESPACE_DNS, f"{username}.test.casusregie"))


class _Clock:
    def now(self) -> datetime:
        return CREATED


async def seed(url: str) -> None:
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(engine, _Clock()) as uow:
            for org in ORGS:
                await uow.organisations.add(Organisation(org.id, org.name, org.kind, None, True, CREATED, CREATED))
            for username, (role, org) in ACCOUNTS.items():
                await uow.users.add(
                    User(
                        id=user_id(username),
                        username=username,
                        display_name=f"Test {username.title()}",
                        email=f"{username}@example.org",
                        organisation_id=org.id,
                        roles=frozenset({role}),
                        active=True,
                        password_hash=_HASH,
                        activation_code_hash=None,
                        activation_expires_at=None,
                        last_login_at=None,
                        created_at=CREATED,
                        updated_at=CREATED,
                    )
                )
            system = ActorRef(None, "starter-content")
            framework = starter_framework()
            await uow.frameworks.add(
                FrameworkRecord(
                    STARTER_FRAMEWORK_ID, framework, FrameworkStatus.PUBLISHED, CREATED, system, CREATED, system
                )
            )
            crosswalk = starter_crosswalk(framework)
            await uow.crosswalks.add(
                CrosswalkRecord(STARTER_CROSSWALK_ID, crosswalk, STARTER_FRAMEWORK_ID, CREATED, system)
            )
            version, catalogue = starter_catalogue(framework)
            for item in catalogue:
                await uow.interventions.add(item, CREATED, catalogue_version=version)
            await uow.commit()
    finally:
        await engine.dispose()
