"""The case journal: entries are written, never edited; each reader sees an entry in full, by its
summary only, or not at all."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from domain.case.journal import MAX_SUMMARY, JournalCategory, JournalEntryId, JournalVisibility
from domain.case.model import CaseId, ParticipationRole
from domain.errors import Forbidden, InvalidInput, NotFound
from domain.ports import Page, PageRequest
from domain.services import case_lifecycle, journal
from domain.services.journal import VisibleEntry, WriteEntry
from tests.unit.services.world import World, join, register

V = JournalVisibility
DAY = date(2026, 3, 1)


async def write(
    world: World,
    case_id: CaseId,
    actor: str = "regisseur",
    visibility: JournalVisibility = V.CASE_TEAM,
    body: str = "Gesprek met moeder gevoerd.",
    summary: str | None = None,
    corrects: JournalEntryId | None = None,
    occurred_on: date = DAY,
) -> VisibleEntry:
    world.clock.advance(minutes=1)
    cmd = WriteEntry(occurred_on, JournalCategory.CONTACT, visibility, body, summary, corrects)
    return await journal.write_entry(world.uow, world.clock, world.actor(actor), case_id, cmd)


async def read(world: World, case_id: CaseId, actor: str, page: PageRequest | None = None) -> Page[VisibleEntry]:
    return await journal.list_entries(world.uow, world.actor(actor), case_id, page or PageRequest(limit=50))


async def shown(world: World, case_id: CaseId, actor: str) -> list[tuple[str, bool]]:
    """(body, restricted) of each listed entry, newest first."""
    return [(v.entry.body, v.restricted) for v in (await read(world, case_id, actor)).items]


async def case_with_partners(world: World) -> CaseId:
    """The regisseur's case; youth care and the police work in it."""
    case_id = await register(world)
    await join(world, case_id, world.youth_care.id)
    await join(world, case_id, world.police.id, ParticipationRole.CORE_PARTNER)
    return case_id


# --- writing -------------------------------------------------------------------------------------


async def test_writing_an_entry(world: World) -> None:
    case_id = await case_with_partners(world)

    written = await write(world, case_id, body="  Huisbezoek afgelegd.  ", summary="   ")

    entry = written.entry
    assert (written.restricted, written.organisation_name) == (False, "Gemeente Amsterdam")
    assert (entry.case_id, entry.body, entry.summary, entry.occurred_on) == (
        case_id,
        "Huisbezoek afgelegd.",
        None,
        DAY,
    )
    assert (entry.author.id, entry.author.name, entry.organisation_id, entry.written_at) == (
        world.users["regisseur"].id,
        world.users["regisseur"].display_name,
        world.municipality.id,
        world.clock.now(),
    )
    assert await world.uow.journal.get(entry.id) == entry
    audit = world.uow.committed_entries[-1]
    assert (audit.action, audit.record_type, audit.record_id) == ("journal.create", "journal_entry", str(entry.id))
    assert audit.details == {"caseId": str(case_id), "visibility": "case_team"}
    assert audit.subject_person_id is not None
    assert "Huisbezoek" not in str(audit)


async def test_partners_working_in_the_case_write_too(world: World) -> None:
    case_id = await case_with_partners(world)
    for actor, org in (("partner", world.youth_care), ("police", world.police), ("coordinator", world.municipality)):
        written = await write(world, case_id, actor)
        assert (written.entry.organisation_id, written.organisation_name) == (org.id, org.name)


async def test_every_invalid_field_is_named(world: World) -> None:
    case_id = await case_with_partners(world)
    tomorrow = world.clock.now().date() + timedelta(days=1)

    with pytest.raises(InvalidInput) as refused:
        await write(world, case_id, body="  ", summary="x" * (MAX_SUMMARY + 1), occurred_on=tomorrow)

    assert sorted(p.name for p in refused.value.params) == ["body", "occurredOn", "summary"]
    assert await shown(world, case_id, "regisseur") == []


async def test_an_entry_about_today_is_fine(world: World) -> None:
    case_id = await case_with_partners(world)
    written = await write(world, case_id, occurred_on=world.clock.now().date())
    assert written.entry.occurred_on == world.clock.now().date()


@pytest.mark.parametrize("actor", ["partner", "police"])
async def test_an_organisation_outside_the_case_cannot_write(world: World, actor: str) -> None:
    case_id = await register(world)  # youth care only informs; the police are not involved
    with pytest.raises(NotFound):
        await write(world, case_id, actor)


@pytest.mark.parametrize("actor", ["admin", "analyst", "privacy"])
async def test_roles_without_journal_access(world: World, actor: str) -> None:
    case_id = await case_with_partners(world)
    with pytest.raises(Forbidden):
        await write(world, case_id, actor)
    with pytest.raises(Forbidden):
        await read(world, case_id, actor)


async def test_an_unknown_case_has_no_journal(world: World) -> None:
    with pytest.raises(NotFound):
        await write(world, CaseId(uuid.uuid4()))
    with pytest.raises(NotFound):
        await read(world, CaseId(uuid.uuid4()), "coordinator")


# --- reading -------------------------------------------------------------------------------------


async def mixed_journal(world: World) -> CaseId:
    case_id = await case_with_partners(world)
    await write(world, case_id, visibility=V.CASE_TEAM, body="team")
    await write(world, case_id, visibility=V.CORE_PARTNERS, body="core+summary", summary="Kort")
    await write(world, case_id, visibility=V.CORE_PARTNERS, body="core")
    await write(world, case_id, visibility=V.OWN_ORGANISATION, body="municipality+summary", summary="Kort")
    await write(world, case_id, visibility=V.OWN_ORGANISATION, body="municipality")
    await write(world, case_id, "partner", visibility=V.OWN_ORGANISATION, body="youth care")
    return case_id


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (
            "regisseur",
            [
                ("municipality", False),
                ("municipality+summary", False),
                ("core", False),
                ("core+summary", False),
                ("team", False),
            ],
        ),
        (
            "coordinator",  # the same organisation as the regisseur
            [
                ("municipality", False),
                ("municipality+summary", False),
                ("core", False),
                ("core+summary", False),
                ("team", False),
            ],
        ),
        (
            "police",  # a core partner
            [("municipality+summary", True), ("core", False), ("core+summary", False), ("team", False)],
        ),
        (
            "partner",  # youth care: not a core partner
            [("youth care", False), ("municipality+summary", True), ("core+summary", True), ("team", False)],
        ),
    ],
)
async def test_each_reader_sees_what_the_visibility_allows(
    world: World, actor: str, expected: list[tuple[str, bool]]
) -> None:
    case_id = await mixed_journal(world)
    assert await shown(world, case_id, actor) == expected


async def test_a_restricted_entry_still_carries_its_summary_and_organisation(world: World) -> None:
    case_id = await mixed_journal(world)
    restricted = [v for v in (await read(world, case_id, "partner")).items if v.restricted]
    assert {(v.entry.summary, v.organisation_name) for v in restricted} == {("Kort", "Gemeente Amsterdam")}


async def test_reading_is_audited_with_the_count(world: World) -> None:
    case_id = await mixed_journal(world)
    await read(world, case_id, "police")
    audit = world.uow.committed_entries[-1]
    assert (audit.action, audit.record_type, audit.record_id) == ("journal.list", "case", str(case_id))
    assert audit.details == {"count": 4}
    assert audit.subject_person_id is not None


async def test_an_organisation_that_left_the_case_reads_no_more(world: World) -> None:
    case_id = await mixed_journal(world)
    case = await world.uow.cases.get(case_id)
    assert case is not None
    [police] = [p.id for p in case.participations if p.organisation_id == world.police.id]
    await case_lifecycle.end_participant(world.uow, world.clock, world.actor("regisseur"), case_id, police, "Klaar")
    with pytest.raises(NotFound):
        await read(world, case_id, "police")


async def test_pages_continue_where_the_last_one_ended(world: World) -> None:
    case_id = await mixed_journal(world)
    everything = await shown(world, case_id, "partner")

    seen, cursor = [], None
    while True:
        page = await read(world, case_id, "partner", PageRequest(limit=2, cursor=cursor))
        seen += [(v.entry.body, v.restricted) for v in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor

    assert seen == everything
    assert len(seen) == 4


async def test_entries_written_at_the_same_moment_page_by_id(world: World) -> None:
    case_id = await case_with_partners(world)
    cmd = WriteEntry(DAY, JournalCategory.OTHER, V.CASE_TEAM, "Zelfde moment")
    ids = {
        (await journal.write_entry(world.uow, world.clock, world.actor("regisseur"), case_id, cmd)).entry.id
        for _ in range(3)
    }
    first = await read(world, case_id, "regisseur", PageRequest(limit=2))
    rest = await read(world, case_id, "regisseur", PageRequest(limit=2, cursor=first.next_cursor))
    assert {v.entry.id for v in [*first.items, *rest.items]} == ids
    assert rest.next_cursor is None


# --- corrections ---------------------------------------------------------------------------------


async def test_a_correction_is_a_new_entry_pointing_at_the_old_one(world: World) -> None:
    case_id = await case_with_partners(world)
    wrong = await write(world, case_id, body="Gesprek op dinsdag.")

    fixed = await write(world, case_id, body="Correctie: het gesprek was op woensdag.", corrects=wrong.entry.id)

    assert fixed.entry.corrects_entry_id == wrong.entry.id
    assert await world.uow.journal.get(wrong.entry.id) == wrong.entry  # never edited
    assert [v.entry.id for v in (await read(world, case_id, "regisseur")).items] == [fixed.entry.id, wrong.entry.id]


async def test_an_entry_seen_by_summary_may_be_corrected(world: World) -> None:
    case_id = await mixed_journal(world)
    [by_summary, *_] = [v.entry for v in (await read(world, case_id, "partner")).items if v.restricted]
    fixed = await write(world, case_id, "partner", body="Aanvulling", corrects=by_summary.id)
    assert fixed.entry.corrects_entry_id == by_summary.id


@pytest.mark.parametrize("target", ["other_case", "unknown", "hidden"])
async def test_a_correction_must_point_at_a_visible_entry_of_the_same_case(world: World, target: str) -> None:
    case_id = await mixed_journal(world)
    other_case = await case_with_partners(world)
    if target == "other_case":
        entry_id = (await write(world, other_case, "partner")).entry.id
    elif target == "unknown":
        entry_id = JournalEntryId(uuid.uuid4())
    else:  # the municipality's own entry without a summary: the partner does not see it at all
        municipality_only = (await read(world, case_id, "regisseur")).items
        entry_id = next(v.entry.id for v in municipality_only if v.entry.body == "municipality")
    count = len(await shown(world, case_id, "regisseur"))

    with pytest.raises(InvalidInput) as refused:
        await write(world, case_id, "partner", corrects=entry_id)

    assert [p.name for p in refused.value.params] == ["correctsEntryId"]
    assert len(await shown(world, case_id, "regisseur")) == count


# --- known problems ------------------------------------------------------------------------------


async def test_the_author_reads_back_what_they_wrote(world: World) -> None:
    case_id = await case_with_partners(world)
    written = await write(world, case_id, "partner", visibility=V.CORE_PARTNERS, body="Alleen voor kernpartners")
    assert not written.restricted
    assert await shown(world, case_id, "partner") == [("Alleen voor kernpartners", False)]
