"""The privacy officer's view of the audit trail, and its verification."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.access.actor import Actor
from domain.audit.model import AuditRow
from domain.errors import Forbidden
from domain.identity.model import OrganisationKind
from domain.ports import AuditFilter, PageRequest
from domain.services import audit, organisations, users
from domain.services.organisations import CreateOrganisation, UpdateOrganisation
from tests.unit.services.world import World


async def some_activity(world: World) -> None:
    """Four audited events: two organisation writes and two account reads."""
    admin = world.actor("admin")
    org = await organisations.create_organisation(
        world.uow, world.clock, admin, CreateOrganisation("Veilig Thuis", OrganisationKind.CARE)
    )
    world.clock.advance(minutes=1)
    await organisations.update_organisation(world.uow, world.clock, admin, org.id, UpdateOrganisation(name="VT"), 1)
    await users.get_user(world.uow, admin, world.users["partner"].id)
    await users.get_user(world.uow, world.actor("privacy"), world.users["police"].id)


async def list_events(
    world: World, filter: AuditFilter = AuditFilter(), page: PageRequest = PageRequest()
) -> list[AuditRow]:
    return (await audit.list_audit_events(world.uow, world.actor("privacy"), filter, page)).items


async def test_events_are_listed_newest_first(world: World) -> None:
    await some_activity(world)
    rows = await list_events(world)
    assert [r.action for r in rows] == ["user.read", "user.read", "organisation.update", "organisation.create"]
    assert [r.seq for r in rows] == [4, 3, 2, 1]
    assert rows[0].actor_id == str(world.users["privacy"].id)


async def test_listing_the_trail_is_itself_audited(world: World) -> None:
    await some_activity(world)
    await list_events(world)
    rows = await list_events(world)
    assert (rows[0].action, rows[0].details) == ("audit.list", {"count": 4})
    assert rows[0].actor_id == str(world.users["privacy"].id)


@pytest.mark.parametrize(
    ("filter", "actions"),
    [
        (AuditFilter(action="user.read"), ["user.read", "user.read"]),
        (AuditFilter(record_type="organisation"), ["organisation.update", "organisation.create"]),
        (AuditFilter(action="no.such.action"), []),
    ],
)
async def test_events_can_be_filtered(world: World, filter: AuditFilter, actions: list[str]) -> None:
    await some_activity(world)
    assert [r.action for r in await list_events(world, filter)] == actions


async def test_events_can_be_filtered_by_actor_and_record(world: World) -> None:
    await some_activity(world)
    by_privacy = await list_events(world, AuditFilter(actor_id=world.users["privacy"].id))
    about_police = await list_events(world, AuditFilter(record_id=str(world.users["police"].id)))
    assert [r.seq for r in by_privacy] == [4]
    assert [r.seq for r in about_police] == [4]


async def test_events_are_paged(world: World) -> None:
    await some_activity(world)
    first = await audit.list_audit_events(world.uow, world.actor("privacy"), AuditFilter(), PageRequest(limit=3))
    second = await audit.list_audit_events(
        world.uow, world.actor("privacy"), AuditFilter(), PageRequest(limit=3, cursor=first.next_cursor)
    )
    assert [r.seq for r in first.items] == [4, 3, 2]
    assert [r.seq for r in second.items] == [1]
    assert second.next_cursor is None


async def test_a_clean_trail_verifies_and_the_verification_is_audited(world: World) -> None:
    await some_activity(world)
    report = await audit.verify_audit_chain(world.uow, world.actor("privacy"))

    assert (report.valid, report.checked_count, report.first_broken_seq) == (True, 4, None)
    last = world.uow.committed_entries[-1]
    assert (last.action, dict(last.details)) == ("audit.verify", {"valid": True, "firstBrokenSeq": None})


async def test_verification_finds_an_altered_row(world: World) -> None:
    await some_activity(world)
    rows = world.uow.audit.rows
    rows[1] = replace(rows[1], details={"changes": {}})

    report = await audit.verify_audit_chain(world.uow, world.actor("privacy"))

    assert (report.valid, report.first_broken_seq) == (False, 2)
    assert dict(world.uow.committed_entries[-1].details) == {"valid": False, "firstBrokenSeq": 2}


async def test_verification_finds_rows_cut_off_the_end(world: World) -> None:
    await some_activity(world)
    del world.uow.audit.rows[-1]
    report = await audit.verify_audit_chain(world.uow, world.actor("privacy"))
    assert (report.valid, report.first_broken_seq) == (False, 4)


@pytest.mark.parametrize("account", ["admin", "coordinator", "regisseur", "partner", "police", "analyst"])
async def test_only_the_privacy_officer_may_see_the_trail(world: World, account: str) -> None:
    await some_activity(world)
    before = list(world.uow.committed_entries)
    with pytest.raises(Forbidden):
        await audit.list_audit_events(world.uow, world.actor(account), AuditFilter(), PageRequest())
    with pytest.raises(Forbidden):
        await audit.verify_audit_chain(world.uow, world.actor(account))
    assert world.uow.committed_entries == before


async def test_anonymous_may_not_see_the_trail(world: World) -> None:
    with pytest.raises(Forbidden):
        await audit.list_audit_events(world.uow, Actor.anonymous(), AuditFilter(), PageRequest())
    with pytest.raises(Forbidden):
        await audit.verify_audit_chain(world.uow, Actor.anonymous())
