"""Framework versions and crosswalks: imported as drafts, published once (the previous version retires),
never changed afterwards; the starter content is put in place idempotently."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from domain.access.actor import Actor
from domain.assessment.catalogue import FrameworkId
from domain.assessment.concern import RuleCode
from domain.assessment.crosswalk import Crosswalk
from domain.assessment.framework import ConcernLevel, FrameworkStatus, FrameworkVersion, Presence, Relevance
from domain.assessment.rating import IndicatorRating
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.services import crosswalks, frameworks
from tests.unit.domain.assessment_builders import crosswalk, framework
from tests.unit.services.world import World

P, R = Presence, Relevance


async def test_a_draft_is_imported_published_and_then_never_changed(world: World) -> None:
    w, coordinator = world, world.actor("coordinator")
    first = await frameworks.import_framework(w.uow, w.clock, coordinator, framework())
    assert first.status is FrameworkStatus.DRAFT and first.sha256
    with pytest.raises(Conflict):
        await frameworks.import_framework(w.uow, w.clock, coordinator, framework())
    published = await frameworks.publish_framework(w.uow, w.clock, coordinator, first.id)
    assert published.status is FrameworkStatus.PUBLISHED and published.published_by is not None
    with pytest.raises(Conflict):
        await frameworks.publish_framework(w.uow, w.clock, coordinator, first.id)

    w.clock.advance(days=1)
    second = await frameworks.import_framework(w.uow, w.clock, w.actor("admin"), replace(framework(), version="2026.2"))
    await frameworks.publish_framework(w.uow, w.clock, w.actor("admin"), second.id)
    listed = await frameworks.list_frameworks(w.uow, w.actor("analyst"))
    assert [(r.version, r.status) for r in listed] == [
        ("2026.2", FrameworkStatus.PUBLISHED),
        ("2026.1", FrameworkStatus.RETIRED),
    ]
    with pytest.raises(Conflict):
        await frameworks.publish_framework(w.uow, w.clock, coordinator, first.id)  # retired stays retired
    assert w.uow.committed_actions == ["framework.import", "framework.publish", "framework.import", "framework.publish"]


async def test_only_framework_managers_import_and_publish(world: World) -> None:
    for username in ("regisseur", "partner", "analyst"):
        with pytest.raises(Forbidden):
            await frameworks.import_framework(world.uow, world.clock, world.actor(username), framework())
    with pytest.raises(Forbidden):
        await frameworks.list_frameworks(world.uow, world.actor("privacy"))


async def test_an_unsound_framework_is_refused(world: World) -> None:
    broken = replace(framework(), dimensions=framework().dimensions[:-1])
    with pytest.raises(InvalidInput) as error:
        await frameworks.import_framework(world.uow, world.clock, world.actor("coordinator"), broken)
    assert any("protective" in p.reason for p in error.value.params)


async def test_the_proposal_preview_stores_and_audits_nothing(world: World) -> None:
    record = await frameworks.ensure_published(world.uow, world.clock, Actor.system(), framework())
    assert record is not None
    before = list(world.uow.committed_actions)
    ratings = [IndicatorRating("D1", P.PRESENT, R.LOW), IndicatorRating("A1", P.ABSENT)]
    proposal = await frameworks.preview_proposal(world.uow, world.actor("partner"), record.id, ratings)
    assert proposal.level is ConcernLevel.ACUTE and proposal.fired[0].rule is RuleCode.ACUTE_FLAG
    assert world.uow.committed_actions == before
    with pytest.raises(InvalidInput) as error:
        await frameworks.preview_proposal(
            world.uow, world.actor("partner"), record.id, [IndicatorRating("A1", P.PARTLY)]
        )
    assert [p.name for p in error.value.params] == ["ratings[0].relevance"]
    with pytest.raises(NotFound):
        await frameworks.preview_proposal(world.uow, world.actor("partner"), FrameworkId(uuid.uuid4()), [])


async def test_starter_content_is_put_in_place_once(world: World) -> None:
    system = Actor.system()
    record = await frameworks.ensure_published(world.uow, world.clock, system, framework())
    again = await frameworks.ensure_published(world.uow, world.clock, system, framework())
    assert record is not None and again is not None
    assert again.id == record.id and again.status is FrameworkStatus.PUBLISHED
    mapped = await crosswalks.ensure_crosswalk(world.uow, world.clock, system, record.id, crosswalk())
    assert (await crosswalks.ensure_crosswalk(world.uow, world.clock, system, record.id, crosswalk())).id == mapped.id
    assert world.uow.committed_actions == ["framework.import", "framework.publish", "crosswalk.import"]


async def test_a_crosswalk_is_read_against_its_framework_version_and_imported_once(world: World) -> None:
    w = world
    record = await frameworks.ensure_published(w.uow, w.clock, Actor.system(), framework())
    assert record is not None
    seen: list[FrameworkVersion] = []

    def read(version: FrameworkVersion) -> Crosswalk:
        seen.append(version)
        return crosswalk()

    imported = await crosswalks.import_crosswalk(w.uow, w.clock, w.actor("coordinator"), record.id, read)
    assert seen == [record.framework] and imported.framework_id == record.id
    with pytest.raises(Conflict):
        await crosswalks.import_crosswalk(w.uow, w.clock, w.actor("coordinator"), ("testkader", "2026.1"), read)
    with pytest.raises(InvalidInput) as error:
        await crosswalks.import_crosswalk(w.uow, w.clock, w.actor("coordinator"), ("testkader", "9.9"), read)
    assert [p.name for p in error.value.params] == ["framework_version"]
    wrong = replace(crosswalk(), version="2026.2", framework_version="2026.9")
    with pytest.raises(InvalidInput):
        await crosswalks.import_crosswalk(w.uow, w.clock, w.actor("coordinator"), record.id, lambda _: wrong)
    listed = await crosswalks.list_crosswalks(w.uow, w.actor("police"))
    assert [c.id for c in listed] == [imported.id]
    assert (await crosswalks.get_crosswalk(w.uow, w.actor("police"), imported.id)).crosswalk == crosswalk()


async def test_the_starter_leaves_a_newer_published_version_in_use(world: World) -> None:
    newer = await frameworks.import_framework(
        world.uow, world.clock, world.actor("admin"), replace(framework(), version="2027.1")
    )
    await frameworks.publish_framework(world.uow, world.clock, world.actor("admin"), newer.id)
    assert await frameworks.ensure_published(world.uow, world.clock, Actor.system(), framework()) is None
    listed = await frameworks.list_frameworks(world.uow, world.actor("coordinator"))
    assert [(r.version, r.status) for r in listed] == [("2027.1", FrameworkStatus.PUBLISHED)]
