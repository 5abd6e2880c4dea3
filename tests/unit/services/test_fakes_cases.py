"""The case fakes behave like the SQL repositories wherever a use case could tell the difference."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.case.journal import JournalCategory, JournalEntry, JournalEntryId, JournalVisibility
from domain.case.lifecycle import CaseStatus, TransitionName
from domain.case.model import CaseId
from domain.errors import StaleVersion
from domain.ids import OrganisationId, new_id
from domain.person.bsn import Bsn
from domain.person.model import District, Gender, Person, PersonId, Relation, RelationKind
from tests.unit.services.fakes_cases import IntegrityError
from tests.unit.services.world import World, register, stored_case

BSN = Bsn("111222333")


def person(world: World, bsn: Bsn | None = BSN) -> Person:
    now = world.clock.now()
    return Person(
        PersonId(new_id()), "Sem", None, "Visser", None, Gender.UNKNOWN, None, District.UNKNOWN, bsn, [], now, now
    )


async def test_a_case_read_is_a_copy(world: World) -> None:
    case_id = await register(world)
    case = await stored_case(world, case_id)
    case.status = CaseStatus.CLOSED
    case.participations.clear()

    again = await stored_case(world, case_id)
    assert (again.status, len(again.participations)) == (CaseStatus.REFERRED, 2)


async def test_saving_bumps_the_version_and_refuses_a_stale_one(world: World) -> None:
    case = await stored_case(world, await register(world))
    stale = await stored_case(world, case.id)
    case.apply(TransitionName.START_SCREENING, reason="r", actor=case.status_history[0].actor, at=world.clock.now())

    await world.uow.cases.save(case, 1)

    assert case.version == (await stored_case(world, case.id)).version == 2
    with pytest.raises(StaleVersion):
        await world.uow.cases.save(stale, 1)


async def test_history_rows_are_only_appended(world: World) -> None:
    case = await stored_case(world, await register(world))
    case.status_history[0] = replace(case.status_history[0], reason="Rewritten")
    case.reference = "RAD-1999-0001"

    await world.uow.cases.save(case, 1)

    stored = await stored_case(world, case.id)
    assert (stored.status_history[0].reason, stored.reference) == ("Melding geregistreerd", "RAD-2026-0001")


async def test_a_rolled_back_transaction_leaves_no_trace(world: World) -> None:
    with pytest.raises(RuntimeError):
        async with world.uow as uow:
            await uow.cases.next_reference(2026)
            await uow.persons.add(person(world))
            raise RuntimeError("not committed")

    assert await world.uow.cases.next_reference(2026) == "RAD-2026-0001"
    assert await world.uow.persons.find_by_bsn(BSN) is None


async def test_the_bsn_index_is_unique_and_follows_updates(world: World) -> None:
    first = person(world)
    await world.uow.persons.add(first)
    with pytest.raises(IntegrityError):
        await world.uow.persons.add(person(world))

    await world.uow.persons.update(replace(first, bsn=Bsn("123456782")), 1)

    assert await world.uow.persons.find_by_bsn(BSN) is None
    found = await world.uow.persons.find_by_bsn(Bsn("123456782"))
    assert found is not None and (found.id, found.version) == (first.id, 2)
    with pytest.raises(StaleVersion):
        await world.uow.persons.update(first, 1)


async def test_relations_live_apart_from_the_person_row(world: World) -> None:
    a, b = person(world), person(world, None)
    await world.uow.persons.add(a)
    await world.uow.persons.add(b)
    relation = Relation(new_id(), b.id, RelationKind.FRIEND)
    await world.uow.persons.add_relation(a.id, relation)

    await world.uow.persons.update(replace(a, relations=[]), 1)  # an update does not touch relations

    stored = await world.uow.persons.get(a.id)
    assert stored is not None and stored.relations == [relation]
    with pytest.raises(IntegrityError):
        await world.uow.persons.add_relation(a.id, Relation(new_id(), PersonId(new_id()), RelationKind.FRIEND))


async def test_a_journal_entry_needs_its_case_and_organisation(world: World) -> None:
    case_id = await register(world)
    entry = JournalEntry(
        JournalEntryId(new_id()),
        case_id,
        date(2026, 3, 1),
        world.clock.now(),
        (await stored_case(world, case_id)).status_history[0].actor,
        world.municipality.id,
        JournalCategory.OTHER,
        JournalVisibility.CASE_TEAM,
        "Tekst",
        None,
    )
    for broken in (
        replace(entry, case_id=CaseId(new_id())),
        replace(entry, organisation_id=OrganisationId(new_id())),
        replace(entry, corrects_entry_id=JournalEntryId(new_id())),
    ):
        with pytest.raises(IntegrityError):
            await world.uow.journal.add(broken)
    await world.uow.journal.add(entry)
    assert await world.uow.journal.get(entry.id) == entry
