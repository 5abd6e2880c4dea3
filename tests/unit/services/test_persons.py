"""Persons (betrokkenen): visible only through a case the actor sees; the BSN is shown on request
and audited; changes need the version the caller read; relations to family and network."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from domain.case.model import CaseId
from domain.errors import Forbidden, InvalidInput, NotFound, StaleVersion
from domain.person.bsn import Bsn
from domain.person.model import Address, District, Gender, PersonId, RelationKind
from domain.services import persons
from domain.services.persons import AddRelation, PersonView, UpdatePerson
from tests.unit.services.world import World, add_teams, join, person_input, register, stored_case

BSN = "111222333"
OTHER_BSN = "123456782"


async def subject(world: World, **person: object) -> tuple[PersonId, CaseId]:
    case_id = await register(world, person=person_input(**{"bsn": BSN, **person}))
    return (await stored_case(world, case_id)).person_id, case_id


async def get(world: World, person_id: PersonId, actor: str = "regisseur") -> PersonView:
    return await persons.get_person(world.uow, world.actor(actor), person_id)


async def update(
    world: World, person_id: PersonId, version: int = 1, actor: str = "regisseur", **fields: object
) -> PersonView:
    cmd = UpdatePerson(frozenset(fields), **fields)  # type: ignore[arg-type]
    return await persons.update_person(world.uow, world.clock, world.actor(actor), person_id, cmd, version)


async def involve_police(world: World, case_id: CaseId) -> None:
    await join(world, case_id, world.police.id, actor="coordinator")


def invalid_fields(refused: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.name for p in refused.value.params]


# --- reading -------------------------------------------------------------------------------------


async def test_a_person_is_read_through_their_case(world: World) -> None:
    person_id, case_id = await subject(world)

    view = await get(world, person_id)

    assert (view.person.full_name, view.person.bsn, view.person.version) == ("Mohammed El Amrani", Bsn(BSN), 1)
    assert [(r.id, r.reference) for r in view.cases] == [(case_id, "RAD-2026-0001")]
    assert view.relation_names == {}
    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.record_id, entry.subject_person_id) == ("person.read", str(person_id), str(person_id))


async def test_the_view_never_prints_the_bsn(world: World) -> None:
    person_id, _ = await subject(world)
    view = await get(world, person_id)
    assert BSN not in repr(view)
    assert BSN not in str(world.uow.audit.rows)


async def test_only_the_cases_the_reader_sees_are_listed(world: World) -> None:
    person_id, first = await subject(world)
    second = await register(world, person_id=person_id)
    await involve_police(world, second)

    assert [r.id for r in (await get(world, person_id, "police")).cases] == [second]
    assert [r.id for r in (await get(world, person_id, "regisseur")).cases] == [first, second]


@pytest.mark.parametrize("actor", ["partner", "police", "other_team"])
async def test_a_person_without_a_visible_case_does_not_exist(world: World, actor: str) -> None:
    add_teams(world)
    person_id, _ = await subject(world)

    with pytest.raises(NotFound) as invisible:
        await get(world, person_id, actor)
    with pytest.raises(NotFound) as unknown:
        await get(world, PersonId(uuid.uuid4()), actor)

    assert invisible.value.detail == unknown.value.detail


async def test_a_team_member_reads_the_person(world: World) -> None:
    add_teams(world)
    person_id, _ = await subject(world)
    assert (await get(world, person_id, "teammate")).person.id == person_id


@pytest.mark.parametrize("actor", ["admin", "analyst", "privacy"])
async def test_roles_without_person_access(world: World, actor: str) -> None:
    person_id, _ = await subject(world)
    with pytest.raises(Forbidden):
        await get(world, person_id, actor)


# --- the BSN -------------------------------------------------------------------------------------


@pytest.mark.parametrize("actor", ["regisseur", "coordinator", "police"])
async def test_revealing_the_bsn_is_audited(world: World, actor: str) -> None:
    person_id, case_id = await subject(world)
    await involve_police(world, case_id)

    assert await persons.reveal_bsn(world.uow, world.actor(actor), person_id) == BSN

    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.record_id, entry.subject_person_id) == (
        "person.bsn_reveal",
        str(person_id),
        str(person_id),
    )
    assert entry.actor_id == world.users[actor].id
    assert BSN not in str(entry)


async def test_a_partner_may_not_reveal_the_bsn(world: World) -> None:
    person_id, case_id = await subject(world)
    await join(world, case_id, world.youth_care.id, actor="coordinator")
    assert (await get(world, person_id, "partner")).person.id == person_id  # may read the person
    with pytest.raises(Forbidden):
        await persons.reveal_bsn(world.uow, world.actor("partner"), person_id)


async def test_the_police_outside_the_case_cannot_reveal(world: World) -> None:
    person_id, _ = await subject(world)
    audited = len(world.uow.committed_entries)
    with pytest.raises(NotFound):
        await persons.reveal_bsn(world.uow, world.actor("police"), person_id)
    assert len(world.uow.committed_entries) == audited


async def test_a_person_without_bsn_reveals_none(world: World) -> None:
    person_id = (await stored_case(world, await register(world))).person_id
    assert await persons.reveal_bsn(world.uow, world.actor("regisseur"), person_id) is None


# --- changing ------------------------------------------------------------------------------------


async def test_changing_a_person(world: World) -> None:
    person_id, _ = await subject(world)
    world.clock.advance(hours=1)

    view = await update(
        world,
        person_id,
        surname="  El  Amrani-Bakker ",
        district=District.WEST,
        gender=Gender.MALE,  # as it was
    )

    assert (view.person.surname, view.person.district, view.person.version) == (
        "El Amrani-Bakker",
        District.WEST,
        2,
    )
    stored = await world.uow.persons.get(person_id)
    assert stored is not None
    assert (stored.surname, stored.first_names, stored.version, stored.updated_at) == (
        "El Amrani-Bakker",
        "Mohammed",
        2,
        world.clock.now(),
    )
    entry = world.uow.committed_entries[-1]
    assert (entry.action, entry.subject_person_id) == ("person.update", str(person_id))
    assert entry.details == {"changed": ["district", "surname"]}


async def test_fields_not_sent_stay_as_they_were(world: World) -> None:
    person_id, _ = await subject(world)
    cmd = UpdatePerson(frozenset({"surname"}), surname="Bakker", first_names="Niet", district=District.ZUID)
    await persons.update_person(world.uow, world.clock, world.actor("regisseur"), person_id, cmd, 1)
    stored = await world.uow.persons.get(person_id)
    assert stored is not None
    assert (stored.first_names, stored.surname, stored.district, stored.bsn) == (
        "Mohammed",
        "Bakker",
        District.NIEUW_WEST,
        Bsn(BSN),
    )


async def test_a_change_needs_the_version_that_was_read(world: World) -> None:
    person_id, _ = await subject(world)
    await update(world, person_id, version=1, surname="Bakker")
    before = await world.uow.persons.get(person_id)
    audited = len(world.uow.committed_entries)

    with pytest.raises(StaleVersion):
        await update(world, person_id, version=1, surname="de Boer")

    assert await world.uow.persons.get(person_id) == before
    assert len(world.uow.committed_entries) == audited
    assert (await update(world, person_id, version=2, surname="de Boer")).person.version == 3


async def test_nothing_changed_is_not_a_new_version(world: World) -> None:
    person_id, _ = await subject(world)
    audited = len(world.uow.committed_entries)
    view = await update(world, person_id, surname="El Amrani", district=District.NIEUW_WEST)
    assert view.person.version == 1
    assert len(world.uow.committed_entries) == audited


@pytest.mark.parametrize(
    ("fields", "names"),
    [
        ({"surname": " "}, ["surname"]),
        ({"first_names": ""}, ["firstNames"]),
        ({"bsn": "123456789"}, ["bsn"]),
        ({"date_of_birth": date(2026, 3, 3)}, ["dateOfBirth"]),
        ({"surname": "", "bsn": "1"}, ["surname", "bsn"]),
    ],
)
async def test_invalid_changes_name_the_fields(world: World, fields: dict[str, object], names: list[str]) -> None:
    person_id, _ = await subject(world)
    with pytest.raises(InvalidInput) as refused:
        await update(world, person_id, 1, "regisseur", **fields)
    assert invalid_fields(refused) == names
    stored = await world.uow.persons.get(person_id)
    assert stored is not None and stored.version == 1


async def test_a_bsn_of_someone_else_is_refused(world: World) -> None:
    person_id, _ = await subject(world)
    await register(world, person=person_input(first_names="Karim", bsn=OTHER_BSN))

    with pytest.raises(InvalidInput) as refused:
        await update(world, person_id, bsn=OTHER_BSN)

    assert invalid_fields(refused) == ["bsn"]


async def test_clearing_the_bsn_never_audits_the_number(world: World) -> None:
    person_id, _ = await subject(world)

    view = await update(world, person_id, bsn=None)

    stored = await world.uow.persons.get(person_id)
    assert stored is not None and (stored.bsn, stored.version) == (None, 2)
    assert view.person.bsn is None
    assert world.uow.committed_entries[-1].details == {"changed": ["bsn"]}
    assert BSN not in str(world.uow.audit.rows)
    # The number is free again: a new referral with it is a new person.
    again = await register(world, person=person_input(first_names="Ander", bsn=BSN))
    assert (await stored_case(world, again)).person_id != person_id


async def test_setting_a_bsn_never_audits_the_number(world: World) -> None:
    person_id = (await stored_case(world, await register(world))).person_id

    await update(world, person_id, bsn=f" {OTHER_BSN} ")

    stored = await world.uow.persons.get(person_id)
    assert stored is not None and (stored.bsn, stored.version) == (Bsn(OTHER_BSN), 2)
    assert world.uow.committed_entries[-1].details == {"changed": ["bsn"]}
    assert OTHER_BSN not in str(world.uow.audit.rows)


async def test_a_new_bsn_replaces_the_old_one(world: World) -> None:
    person_id, _ = await subject(world)

    view = await update(world, person_id, bsn=OTHER_BSN)

    stored = await world.uow.persons.get(person_id)
    assert stored is not None
    assert (stored.bsn, stored.version, view.person.version) == (Bsn(OTHER_BSN), 2, 2)
    assert world.uow.committed_entries[-1].details == {"changed": ["bsn"]}


async def test_the_audit_names_a_changed_address(world: World) -> None:
    person_id, _ = await subject(world, address=Address("Dam", "1", "1012JS", "Amsterdam"))
    await update(world, person_id, address=Address("Kalverstraat", "2", "1012PC", "Amsterdam"))
    assert world.uow.committed_entries[-1].details == {"changed": ["address"]}


REFUSED = [("teammate", Forbidden), ("partner", Forbidden), ("other_team", NotFound)]


@pytest.mark.parametrize(("actor", "error"), REFUSED)
async def test_who_may_not_change_a_person(world: World, actor: str, error: type[Exception]) -> None:
    add_teams(world)
    person_id, _ = await subject(world)
    with pytest.raises(error):
        await update(world, person_id, surname="Bakker", actor=actor)


# --- relations -----------------------------------------------------------------------------------


async def relate(world: World, person_id: PersonId, cmd: AddRelation, actor: str = "regisseur") -> uuid.UUID:
    return (await persons.add_relation(world.uow, world.clock, world.actor(actor), person_id, cmd)).relation.id


async def test_relating_a_known_person(world: World) -> None:
    person_id, _ = await subject(world)
    brother, _ = await subject(world, first_names="Karim", bsn=OTHER_BSN)

    await relate(world, person_id, AddRelation(RelationKind.SIBLING, related_person_id=brother))

    view = await get(world, person_id)
    assert [(r.related_person_id, r.relation) for r in view.person.relations] == [(brother, RelationKind.SIBLING)]
    assert view.relation_names == {brother: "Karim El Amrani"}
    entry = world.uow.committed_entries[-2]
    assert (entry.action, entry.subject_person_id) == ("person.relation_add", str(person_id))
    assert entry.details == {"relation": "sibling", "relatedPersonId": str(brother)}


async def test_relating_a_new_person(world: World) -> None:
    person_id, _ = await subject(world)
    mother = person_input(first_names=" Fatima ", surname=" El  Amrani ", gender=Gender.FEMALE, date_of_birth=None)

    await relate(world, person_id, AddRelation(RelationKind.PARENT, new_person=mother))

    [relation] = (await get(world, person_id)).person.relations
    stored = await world.uow.persons.get(relation.related_person_id)
    assert stored is not None
    assert (stored.full_name, stored.gender, stored.bsn) == ("Fatima El Amrani", Gender.FEMALE, None)


async def test_a_new_related_person_is_validated(world: World) -> None:
    person_id, _ = await subject(world)
    future = world.clock.now().date() + timedelta(days=1)
    with pytest.raises(InvalidInput) as refused:
        await relate(
            world,
            person_id,
            AddRelation(RelationKind.FRIEND, new_person=person_input(surname="", date_of_birth=future)),
        )
    assert invalid_fields(refused) == ["person.surname", "person.dateOfBirth"]


async def test_either_a_known_or_a_new_person(world: World) -> None:
    person_id, _ = await subject(world)
    other, _ = await subject(world, first_names="Karim", bsn=OTHER_BSN)
    for cmd in (
        AddRelation(RelationKind.FRIEND),
        AddRelation(RelationKind.FRIEND, related_person_id=other, new_person=person_input()),
        AddRelation(RelationKind.FRIEND, related_person_id=person_id),
        AddRelation(RelationKind.FRIEND, related_person_id=PersonId(uuid.uuid4())),
    ):
        with pytest.raises(InvalidInput) as refused:
            await relate(world, person_id, cmd)
        assert invalid_fields(refused) == ["relatedPersonId"]
    assert (await get(world, person_id)).person.relations == []


async def test_removing_a_relation(world: World) -> None:
    person_id, _ = await subject(world)
    relation_id = await relate(world, person_id, AddRelation(RelationKind.FRIEND, new_person=person_input()))

    await persons.remove_relation(world.uow, world.actor("regisseur"), person_id, relation_id)

    assert (await get(world, person_id)).person.relations == []
    entry = world.uow.committed_entries[-2]
    assert (entry.action, entry.details) == ("person.relation_remove", {"relationId": str(relation_id)})
    with pytest.raises(NotFound):
        await persons.remove_relation(world.uow, world.actor("regisseur"), person_id, relation_id)


async def test_a_relation_is_removed_only_from_its_own_person(world: World) -> None:
    person_id, _ = await subject(world)
    other, _ = await subject(world, first_names="Karim", bsn=OTHER_BSN)
    relation_id = await relate(world, other, AddRelation(RelationKind.FRIEND, new_person=person_input()))

    with pytest.raises(NotFound):
        await persons.remove_relation(world.uow, world.actor("regisseur"), person_id, relation_id)

    assert len((await get(world, other)).person.relations) == 1


@pytest.mark.parametrize(("actor", "error"), REFUSED)
async def test_who_may_not_relate(world: World, actor: str, error: type[Exception]) -> None:
    add_teams(world)
    person_id, _ = await subject(world)
    with pytest.raises(error):
        await relate(world, person_id, AddRelation(RelationKind.FRIEND, new_person=person_input()), actor)
