"""Demo cases for a fresh embedded install: fictitious people in several phases, made
through the ordinary use cases by the demo regisseur (so they are audited like real work)."""

from __future__ import annotations

from datetime import timedelta

from api.demo_assessments import seed_assessments
from api.demo_plans import seed_plan
from api.deps import Container
from domain.access.actor import Actor
from domain.case.journal import JournalCategory, JournalVisibility
from domain.case.lifecycle import TransitionName
from domain.case.model import CaseId, Ideology, ParticipationRole
from domain.identity.model import Organisation, OrganisationKind
from domain.person.model import District, Gender
from domain.services import case_lifecycle, journal, referrals

T = TransitionName
DEMO_CASES = [
    # (first names, surname, district, ideology, referrer kind, transitions, level)
    ("Youssef", "Bakker", District.NIEUW_WEST, Ideology.JIHADIST, OrganisationKind.EDUCATION, [], 0),
    (
        "Daan",
        "de Groot",
        District.NOORD,
        Ideology.RIGHT_WING_EXTREMIST,
        OrganisationKind.POLICE,
        [T.START_SCREENING, T.START_WEIGHING],
        0,
    ),
    (
        "Sara",
        "El Idrissi",
        District.OOST,
        Ideology.JIHADIST,
        OrganisationKind.YOUTH_CARE,
        [T.START_SCREENING, T.START_WEIGHING, T.INCLUDE, T.CONVENE_CASE_CONFERENCE, T.APPROVE_PLAN],
        1,
    ),
    ("Lars", "Visser", District.ZUID, Ideology.ANTI_INSTITUTIONAL, OrganisationKind.DISTRICT, [T.DISMISS], 0),
]


async def seed_cases(
    c: Container,
    regisseur: Actor,
    organisations: dict[OrganisationKind, Organisation],
    police: Actor | None = None,
    coordinator: Actor | None = None,
) -> list[CaseId]:
    now = c.clock.now()
    created = []
    for first, surname, district, ideology, source_kind, transitions, level in DEMO_CASES:
        cmd = referrals.RegisterReferral(
            referral=referrals.ReferralInput(
                organisations[source_kind].id,
                "Demo-melder",
                (now - timedelta(days=30)).date(),
                "Fictieve melding voor de demo: zorgen over uitingen op school en online.",
                "Fictief: deelt extremistische content en zoekt contact met gelijkgestemden.",
                ideology,
            ),
            person=referrals.PersonInput(
                first_names=first,
                surname=surname.split()[-1],
                prefix=" ".join(surname.split()[:-1]) or None,
                gender=Gender.UNKNOWN,
                district=district,
            ),
        )
        case_id = await referrals.register_referral(c.uow(), c.clock, regisseur, cmd)
        for name in transitions:
            reason = "Demo: besluit in de demo-omgeving"
            await case_lifecycle.transition_case(
                c.uow(), c.clock, regisseur, case_id, case_lifecycle.TransitionCase(name, reason)
            )
        if level:
            change = case_lifecycle.ChangeLevel(level, "Demo: casusoverleg nodig", decision_reference="DEMO-1")
            await case_lifecycle.change_escalation_level(c.uow(), c.clock, regisseur, case_id, change)
        if transitions and transitions[-1] is T.APPROVE_PLAN:
            for kind, role in (
                (OrganisationKind.YOUTH_CARE, ParticipationRole.PARTICIPANT),
                (OrganisationKind.POLICE, ParticipationRole.CORE_PARTNER),
            ):
                await case_lifecycle.add_participant(
                    c.uow(), c.clock, regisseur, case_id, organisations[kind].id, role, None
                )
            entry = journal.WriteEntry(
                now.date(),
                JournalCategory.CONTACT,
                JournalVisibility.CASE_TEAM,
                "Demo: kennismakingsgesprek met ouders gevoerd.",
            )
            await journal.write_entry(c.uow(), c.clock, regisseur, case_id, entry)
            if police is not None:
                await seed_assessments(c, case_id, regisseur, police)
            if police is not None and coordinator is not None:
                await seed_plan(c, case_id, regisseur, coordinator, organisations)
        created.append(case_id)
    return created
