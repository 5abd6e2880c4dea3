"""Organisations and their users, with the audit events of their creation."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.datagen.base import GeneratorBase
from bench.datagen.model import Org, User, ascii_fold, weighted
from bench.datagen.organisations import (
    BENCH_COORDINATOR,
    BENCH_PARTNER,
    BENCH_PARTNER_ORGANISATION,
    MUNICIPALITY,
    ORGANISATIONS,
    PARTNER_WEIGHTS,
    REGISSEURS_PER_TEAM,
    SOURCE_WEIGHTS,
    STAFF_FIRST,
    STAFF_SURNAMES,
    TEAMS,
)
from bench.datagen.tables import STAGE
from domain.access.roles import Role
from domain.identity.model import OrganisationKind

K = OrganisationKind


class StaffMixin(GeneratorBase):
    """Organisations and users, made once before the cases."""

    def setup(self) -> dict[str, list[tuple[Any, ...]]]:
        rng = self.rng
        created = self.start - timedelta(days=30)
        rows: dict[str, list[tuple[Any, ...]]] = {"organisation": [], "app_user": [], "user_role": []}
        self.rows = {STAGE: []}
        for number, (name, short, kind, _) in enumerate(ORGANISATIONS, start=1):
            uid = self.uuid()
            org = Org(uid, str(uid), name, short, kind, number)
            self.orgs[name] = org
            rows["organisation"].append(
                (uid, name, " ".join(name.split()).lower(), short, kind.value, True, created, created, 1)
            )
            self.audit(created, None, "organisation.create", "organisation", org.id, details={"name": name})
        municipality = self.orgs[MUNICIPALITY]
        police = next(o for o in self.orgs.values() if o.kind is K.POLICE)
        bench_org = self.orgs[BENCH_PARTNER_ORGANISATION]
        plan: list[tuple[str | None, Org, Role, str | None]] = [(None, municipality, Role.ADMIN, None)]
        plan += [(None, municipality, Role.COORDINATOR, None)] * 3
        plan.append((BENCH_COORDINATOR, municipality, Role.COORDINATOR, None))
        for team_name in TEAMS:
            plan += [(None, municipality, Role.REGISSEUR, team_name)] * REGISSEURS_PER_TEAM
        plan += [(None, police, Role.POLICE, None)] * 5
        for name, _, _, partners in ORGANISATIONS:
            org = self.orgs[name]
            if partners:
                plan += [(BENCH_PARTNER if org is bench_org else None, org, Role.PARTNER, None)]
                plan += [(None, org, Role.PARTNER, None)] * (partners - 1)
        plan += [(None, municipality, Role.ANALYST, None)] * 2
        plan.append((None, municipality, Role.PRIVACY_OFFICER, None))
        taken: set[str] = set()
        for fixed, org, role, team in plan:
            first, surname = rng.choice(STAFF_FIRST), rng.choice(STAFF_SURNAMES)
            display = f"{first} {surname}"
            if fixed:
                username = fixed
                display = {BENCH_COORDINATOR: "Bench Coördinator", BENCH_PARTNER: "Bench Partner"}[fixed]
            else:
                base = f"{first[0]}.{ascii_fold(surname).replace(' ', '').replace('-', '')}".lower()
                username, n = base, 1
                while username in taken:
                    n += 1
                    username = f"{base}{n}"
            taken.add(username)
            uid = self.uuid()
            address = f"10.{org.number}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            user = User(uid, str(uid), username, display, org, role, team, address)
            self.users.append(user)
            self.user_by_id[user.id] = user
            self.by_role.setdefault(role, []).append(user)
            if role in (Role.PARTNER, Role.POLICE) and org is not municipality:
                self.staff_of_org.setdefault(org.id, []).append(user)
            if team:
                self.regisseurs_of_team.setdefault(team, []).append(user)
            rows["app_user"].append(
                (
                    uid, username, display, " ".join(display.split()).lower(), f"{username}@example.org", org.uid,
                    True, self.password_hash, None, None, None, created, created, 1, team,
                )
            )  # fmt: skip
            rows["user_role"].append((uid, role.value))
            self.audit(
                created, None, "user.create", "user", user.id, details={"username": username, "roles": [role.value]}
            )
        # The police organisation has no partner users: its police users work in the cases.
        self.municipality = municipality
        self.police = police
        self.bench_org = bench_org
        self.sources = weighted({self.orgs[n]: w for n, w in SOURCE_WEIGHTS.items()})
        self.partner_orgs = weighted({self.orgs[n]: w for n, w in PARTNER_WEIGHTS.items()})
        self.orgs_by_id = {o.id: o for o in self.orgs.values()}
        rows[STAGE] = self.rows[STAGE]
        return rows
