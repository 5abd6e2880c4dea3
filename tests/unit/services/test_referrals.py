"""Intake: registering a referral as a new case, and the duplicate check before it."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from domain.case.lifecycle import CaseStatus, EscalationLevel, TransitionName
from domain.case.model import CaseId, ParticipationRole
from domain.errors import Forbidden, InvalidInput
from domain.identity.model import OrganisationKind
from domain.person.bsn import Bsn
from domain.person.model import Address, PersonId
from domain.services import referrals
from domain.services.referrals import PersonMatch, RegisterReferral
from tests.unit.services.world import (
    REFERRED_ON,
    World,
    add_org,
    move,
    person_input,
    referral_input,
    register,
    stored_case,
)

BSN = "111222333"
OTHER_BSN = "123456782"


async def person_of(world: World, case_id: CaseId) -> PersonId:
    return (await stored_case(world, case_id)).person_id


def invalid_fields(refused: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.name for p in refused.value.params]


# --- registering -------------------------------------------------------------------------------


async def test_a_referral_opens_a_case_in_referred(world: World) -> None:
    person = person_input(
        first_names="  Mohammed ",
        surname=" El   Amrani ",
        prefix="  ",
        bsn="111 222 333",
        address=Address("Dam", "1", "1012JS", "Amsterdam"),
    )
    case_id = await register(world, person=person, referrer_name="  J. de Wit ")

    case = await stored_case(world, case_id)
    assert (case.reference, case.status, case.escalation_level) == (
        "RAD-2026-0001",
        CaseStatus.REFERRED,
        EscalationLevel.REGULAR_CARE,
    )
    assert (case.opened_at, case.referral.referred_on, case.referral.referrer_name) == (
        world.clock.now(),
        REFERRED_ON,
        "J. de Wit",
    )
    [opened] = case.status_history
    assert (opened.from_status, opened.to_status, opened.reason) == (None, CaseStatus.REFERRED, "Melding geregistreerd")
    assert opened.actor.id == world.users["regisseur"].id
    stored = await world.uow.persons.get(case.person_id)
    assert stored is not None
    assert (stored.first_names, stored.prefix, stored.surname, stored.bsn) == (
        "Mohammed",
        None,
        "El Amrani",
        Bsn("111222333"),
    )


async def test_the_regisseur_who_registers_becomes_the_regisseur(world: World) -> None:
    case = await stored_case(world, await register(world))

    assert case.regisseur_id == world.users["regisseur"].id
    assert {(p.organisation_id, p.role, p.contact_name, p.active) for p in case.participations} == {
        (world.municipality.id, ParticipationRole.REGISSEUR, None, True),
        (world.youth_care.id, ParticipationRole.INFORMANT, "J. de Wit", True),
    }
    # The referring organisation informs; it does not work in the case.
    assert case.active_organisations() == {world.municipality.id}


async def test_a_coordinator_registers_without_becoming_regisseur(world: World) -> None:
    case = await stored_case(world, await register(world, "coordinator"))
    assert case.regisseur_id is None
    assert {(p.organisation_id, p.role) for p in case.participations} == {
        (world.municipality.id, ParticipationRole.REGISSEUR),
        (world.youth_care.id, ParticipationRole.INFORMANT),
    }


async def test_a_referral_from_the_own_organisation_has_no_informant(world: World) -> None:
    case = await stored_case(world, await register(world, source_organisation_id=world.municipality.id))
    assert [(p.organisation_id, p.role) for p in case.participations] == [
        (world.municipality.id, ParticipationRole.REGISSEUR)
    ]


async def test_registering_is_audited_with_the_subject(world: World) -> None:
    case_id = await register(world)

    [entry] = world.uow.committed_entries
    assert (entry.action, entry.record_type, entry.record_id) == ("case.create", "case", str(case_id))
    assert entry.subject_person_id == str(await person_of(world, case_id))
    assert entry.details == {"reference": "RAD-2026-0001"}
    assert entry.actor_id == world.users["regisseur"].id


async def test_references_count_up_per_year(world: World) -> None:
    first = await register(world)
    second = await register(world)
    world.clock.advance(days=365)
    next_year = await register(world)

    references = [(await stored_case(world, c)).reference for c in (first, second, next_year)]
    assert references == ["RAD-2026-0001", "RAD-2026-0002", "RAD-2027-0001"]


async def test_a_refused_registration_uses_no_reference(world: World) -> None:
    with pytest.raises(InvalidInput):
        await register(world, linked=(CaseId(uuid.uuid4()),))
    case_id = await register(world)
    assert (await stored_case(world, case_id)).reference == "RAD-2026-0001"


@pytest.mark.parametrize("actor", ["partner", "police", "analyst", "admin", "privacy"])
async def test_only_case_direction_registers_referrals(world: World, actor: str) -> None:
    with pytest.raises(Forbidden):
        await register(world, actor)
    assert world.uow.committed_entries == []


# --- validation --------------------------------------------------------------------------------


async def test_every_invalid_field_is_named(world: World) -> None:
    tomorrow = world.clock.now().date() + timedelta(days=1)
    person = person_input(first_names=" ", surname="", bsn="123456789", date_of_birth=tomorrow)

    with pytest.raises(InvalidInput) as refused:
        await register(
            world, person=person, referrer_name=" ", description="", reason_for_concern="\n", referred_on=tomorrow
        )

    assert sorted(invalid_fields(refused)) == sorted(
        [
            "referral.referrerName",
            "referral.description",
            "referral.reasonForConcern",
            "referral.referredOn",
            "person.firstNames",
            "person.surname",
            "person.dateOfBirth",
            "person.bsn",
        ]
    )
    assert await world.uow.cases.count() == 0
    assert world.uow.committed_entries == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"bsn": "12345678"}, "person.bsn"),
        ({"bsn": "000000000"}, "person.bsn"),
        ({"bsn": "11122233x"}, "person.bsn"),
        ({"date_of_birth": date(1900, 1, 1)}, "person.dateOfBirth"),
    ],
)
async def test_invalid_person_fields(world: World, changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        await register(world, person=person_input(**changes))
    assert invalid_fields(refused) == [field]


async def test_texts_have_a_maximum_length(world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        await register(world, description="x" * (referrals.MAX_TEXT + 1))
    assert invalid_fields(refused) == ["referral.description"]


async def test_a_referral_from_today_is_fine(world: World) -> None:
    case_id = await register(world, referred_on=world.clock.now().date())
    assert (await stored_case(world, case_id)).referral.referred_on == world.clock.now().date()


@pytest.mark.parametrize("source", ["unknown", "inactive"])
async def test_the_source_must_be_an_active_organisation(world: World, source: str) -> None:
    org_id = uuid.uuid4() if source == "unknown" else add_org(world, "Oud", OrganisationKind.CARE, active=False).id

    with pytest.raises(InvalidInput) as refused:
        await register(world, source_organisation_id=org_id)

    assert invalid_fields(refused) == ["referral.sourceOrganisationId"]
    assert await world.uow.cases.count() == 0


async def test_either_an_existing_person_or_a_new_one(world: World) -> None:
    existing = await person_of(world, await register(world))
    both = RegisterReferral(referral_input(world), person_id=existing, person=person_input())
    neither = RegisterReferral(referral_input(world))

    for cmd in (both, neither):
        with pytest.raises(InvalidInput) as refused:
            await referrals.register_referral(world.uow, world.clock, world.actor("regisseur"), cmd)
        assert invalid_fields(refused) == ["personId"]


async def test_an_unknown_person_id_is_refused(world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        await register(world, person_id=PersonId(uuid.uuid4()))
    assert invalid_fields(refused) == ["personId"]


async def test_linked_cases_must_exist(world: World) -> None:
    earlier = await register(world)
    with pytest.raises(InvalidInput) as refused:
        await register(world, linked=(earlier, CaseId(uuid.uuid4())))
    assert invalid_fields(refused) == ["linkedCaseIds"]


# --- the same person again ---------------------------------------------------------------------


async def test_a_known_bsn_reuses_the_person_and_links_the_earlier_case(world: World) -> None:
    first = await register(world, person=person_input(bsn=BSN))
    second = await register(world, person=person_input(first_names="Mohamed", surname="el-Amrani", bsn=BSN))

    person_id = await person_of(world, first)
    assert await person_of(world, second) == person_id
    stored = await world.uow.persons.get(person_id)
    assert stored is not None and stored.first_names == "Mohammed"  # the known record is kept as it was
    assert (await stored_case(world, second)).linked_case_ids == [first]


async def test_a_new_referral_for_a_known_person_links_all_earlier_cases(world: World) -> None:
    first = await register(world)
    person_id = await person_of(world, first)
    await move(world, first, TransitionName.DISMISS)
    second = await register(world, person_id=person_id)
    extra = await register(world)  # someone else's case, linked by hand

    third = await register(world, person_id=person_id, linked=(extra, first))

    assert (await stored_case(world, second)).linked_case_ids == [first]
    assert sorted((await stored_case(world, third)).linked_case_ids) == sorted([first, second, extra])


async def test_a_different_bsn_is_a_different_person(world: World) -> None:
    first = await register(world, person=person_input(bsn=BSN))
    second = await register(world, person=person_input(bsn=OTHER_BSN))
    assert await person_of(world, first) != await person_of(world, second)
    assert (await stored_case(world, second)).linked_case_ids == []


# --- the duplicate check -----------------------------------------------------------------------


async def matches(
    world: World,
    surname: str,
    first_names: str | None = None,
    date_of_birth: date | None = None,
    bsn: str | None = None,
    actor: str = "regisseur",
) -> list[PersonMatch]:
    return await referrals.find_matches(
        world.uow,
        world.actor(actor),
        surname=surname,
        first_names=first_names,
        date_of_birth=date_of_birth,
        bsn=bsn,
    )


async def test_a_bsn_match_comes_first_with_its_cases(world: World) -> None:
    by_name = await register(world)
    by_bsn = await register(world, person=person_input(first_names="Karim", surname="Bouzid", bsn=BSN))

    found = await matches(world, "El Amrani", "Mohamed", date(2004, 5, 6), bsn="111 222 333")

    assert [(m.person.id, m.bsn_match, m.score) for m in found] == [
        (await person_of(world, by_bsn), True, 1.0),
        (await person_of(world, by_name), False, 1.0),  # Mohamed and Mohammed fold alike
    ]
    assert [(r.id, r.reference, r.status) for r in found[0].cases] == [(by_bsn, "RAD-2026-0002", CaseStatus.REFERRED)]


@pytest.mark.parametrize(
    ("first_names", "surname"),
    [("Mohamed", "el-Amrani"), ("Mohammed", "EL AMRANI"), ("mohammed", "El Amrani")],
)
async def test_spelling_variants_with_the_same_birth_date_match(world: World, first_names: str, surname: str) -> None:
    known = await person_of(world, await register(world))
    found = await matches(world, surname, first_names, date(2004, 5, 6))
    assert [m.person.id for m in found] == [known]
    assert found[0].score >= 0.85


async def test_another_birth_date_is_another_person(world: World) -> None:
    await register(world)
    assert await matches(world, "El Amrani", "Mohammed", date(2004, 5, 7)) == []


async def test_another_name_on_the_same_birth_date_is_another_person(world: World) -> None:
    await register(world)
    assert await matches(world, "El Amrani", "Fatima", date(2004, 5, 6)) == []


async def test_without_a_birth_date_the_surname_is_looked_up(world: World) -> None:
    jansen = await person_of(world, await register(world, person=person_input(first_names="Jan", surname="Janssen")))
    await register(world, person=person_input(first_names="Piet", surname="Pietersen"))

    assert [m.person.id for m in await matches(world, "Jansen")] == [jansen]
    assert [m.person.id for m in await matches(world, "Jansen", "Jan")] == [jansen]
    assert await matches(world, "Jansen", "Kees") == []


async def test_matching_is_audited_without_names(world: World) -> None:
    await register(world)
    await matches(world, "El Amrani", "Mohammed", date(2004, 5, 6))
    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.details) == ("person.match", {"matches": 1})
    assert "Amrani" not in str(entry)


async def test_an_invalid_bsn_is_refused_by_name(world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        await matches(world, "El Amrani", bsn="123456789")
    assert invalid_fields(refused) == ["bsn"]


async def test_partners_do_not_run_the_duplicate_check(world: World) -> None:
    with pytest.raises(Forbidden):
        await matches(world, "El Amrani", actor="partner")


async def test_without_a_birth_date_a_spelling_variant_of_the_surname_is_found(world: World) -> None:
    known = await person_of(world, await register(world, person=person_input(first_names="Anna", surname="Meijer")))
    assert [m.person.id for m in await matches(world, "Meier", "Anna")] == [known]
