"""The default-deny row filters select exactly what the pure policy allows (mixed data set)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from api.deps import Container
from domain.access.actor import Actor
from domain.access.cases import EntryView, can_view_case, journal_entry_view
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.case.journal import JournalCategory, JournalEntry, JournalEntryId, JournalVisibility
from domain.case.model import ActorRef, Case, CaseId, Ideology, ParticipationRole, Referral
from domain.identity.model import Organisation, OrganisationKind
from domain.ids import OrganisationId, UserId, new_id
from domain.person.model import District, Gender, Person, PersonId
from domain.ports import CaseFilter, PageRequest
from domain.services.auth import actor_for_user
from domain.services.case_access import facts_for
from persistence.tables import journal_entry
from tests.support.world import CREATED, MUNICIPALITY, POLICE, YOUTH_CARE, user_id

AT = datetime(2026, 6, 1, tzinfo=UTC)


async def _world(container: Container) -> tuple[list[Actor], list[CaseId]]:
    rng = random.Random(20261128)
    school = Organisation(
        OrganisationId(new_id()), "Leerplicht", OrganisationKind.EDUCATION, None, True, CREATED, CREATED
    )
    orgs = [MUNICIPALITY.id, POLICE.id, YOUTH_CARE.id, school.id]
    async with container.uow() as uow:
        await uow.organisations.add(school)
        views = {
            name: await uow.users.get(user_id(name))
            for name in ("coordinator", "regisseur", "partner", "police", "analyst", "admin")
        }
        users = {name: v.user for name, v in views.items() if v}
        extra = {
            "regisseur_t1": (Role.REGISSEUR, MUNICIPALITY.id, "team-1"),
            "regisseur_t1b": (Role.REGISSEUR, MUNICIPALITY.id, "team-1"),
            "regisseur_t2": (Role.REGISSEUR, MUNICIPALITY.id, "team-2"),
            "school_partner": (Role.PARTNER, school.id, None),
            "police_and_partner": (Role.POLICE, POLICE.id, None),
        }
        for name, (role, org, team) in extra.items():
            user = replace(
                users["partner"],
                id=UserId(new_id()),
                username=name,
                organisation_id=org,
                roles=frozenset({role}),
                team=team,
            )
            await uow.users.add(user)
            users[name] = user
        regisseurs = [
            None,
            users["regisseur"].id,
            users["regisseur_t1"].id,
            users["regisseur_t1b"].id,
            users["regisseur_t2"].id,
        ]
        case_ids = []
        for i in range(40):
            person = Person(
                PersonId(new_id()),
                f"Persoon {i}",
                None,
                "Test",
                date(2000, 1, 1),
                Gender.UNKNOWN,
                None,
                District.OOST,
                None,
                [],
                AT,
                AT,
            )
            await uow.persons.add(person)
            case = Case.open(
                reference=await uow.cases.next_reference(2026),
                person_id=person.id,
                referral=Referral(YOUTH_CARE.id, "x", date(2026, 1, 1), "d", "r", Ideology.UNCLEAR),
                actor=ActorRef(None, "test"),
                at=AT + timedelta(minutes=i),
                regisseur_id=rng.choice(regisseurs),
            )
            for org in rng.sample(orgs, rng.randint(0, 3)):
                participation = case.add_participation(
                    org, rng.choice(list(ParticipationRole)), None, ActorRef(None, "t"), AT
                )
                if rng.random() < 0.25:
                    case.end_participation(participation.id, "klaar", ActorRef(None, "t"), AT)
            await uow.cases.add(case)
            for j in range(rng.randint(0, 4)):
                await uow.journal.add(
                    JournalEntry(
                        JournalEntryId(new_id()),
                        case.id,
                        date(2026, 5, 1),
                        AT + timedelta(seconds=j),
                        ActorRef(None, "a"),
                        rng.choice(orgs),
                        JournalCategory.OTHER,
                        rng.choice(list(JournalVisibility)),
                        "body",
                        rng.choice([None, "summary"]),
                    )
                )
            case_ids.append(case.id)
        await uow.commit()
        names = await uow.organisations.names(orgs)
    kinds = {
        MUNICIPALITY.id: OrganisationKind.MUNICIPALITY,
        POLICE.id: OrganisationKind.POLICE,
        YOUTH_CARE.id: OrganisationKind.YOUTH_CARE,
        school.id: OrganisationKind.EDUCATION,
    }
    actors = [
        actor_for_user(
            u,
            Organisation(
                u.organisation_id, names[u.organisation_id], kinds[u.organisation_id], None, True, CREATED, CREATED
            ),
        )
        for u in users.values()
    ]
    return actors, case_ids


async def test_lists_show_exactly_the_cases_and_entries_the_policy_allows(
    engine: AsyncEngine, container: Container
) -> None:
    actors, case_ids = await _world(container)
    checked_cases = checked_entries = 0
    entry_ids = {cid: await _all_entry_ids(engine, cid) for cid in case_ids}
    async with container.uow() as uow:
        cases = {cid: await uow.cases.get(cid) for cid in case_ids}
        for actor in actors:
            expected = set()
            for cid, case in cases.items():
                assert case is not None
                if can_view_case(actor, await facts_for(uow, case)):
                    expected.add(cid)
            listed = set()
            if Permission.CASES_READ in actor.permissions:
                page = await uow.cases.search(actor, CaseFilter(), PageRequest(limit=100))
                listed = {s.id for s in page.items}
            assert listed == expected, actor.username
            checked_cases += len(cases)
            for cid in expected:
                entries = await uow.journal.visible_page(cid, actor, PageRequest(limit=100))
                all_entries = [await uow.journal.get(eid) for eid in entry_ids[cid]]
                allowed = {e.id for e in all_entries if e and journal_entry_view(actor, e) is not EntryView.NONE}
                assert {e.id for e in entries.items} == allowed, actor.username
                checked_entries += len(all_entries)
    assert checked_cases == 40 * len(actors)
    assert checked_entries > 20  # the data set really exercises the journal filter
    assert len(actors) == 11


async def _all_entry_ids(engine: AsyncEngine, case_id: CaseId) -> list[JournalEntryId]:
    async with engine.connect() as conn:
        rows = await conn.execute(select(journal_entry.c.id).where(journal_entry.c.case_id == case_id))
        return [JournalEntryId(r.id) for r in rows]
