"""The intervention catalogue as use cases: managers add, change and retire (each change audited, reading not);
retiring is final; a stale change is refused; the starter import adds only codes not stored yet."""

from __future__ import annotations

import pytest

from domain.errors import Conflict, Forbidden, NotFound, StaleVersion
from domain.plan.catalogue import Availability, InterventionFilter, InterventionId
from domain.services import interventions
from persistence.catalogue_files import starter_catalogue
from tests.unit.domain.plan_builders import intervention
from tests.unit.services.world import World


async def test_a_manager_adds_changes_and_retires(world: World) -> None:
    w, coordinator = world, world.actor("coordinator")
    item = await interventions.create_intervention(w.uow, w.clock, coordinator, intervention("LOC-01"))
    with pytest.raises(Conflict):
        await interventions.create_intervention(w.uow, w.clock, coordinator, intervention("LOC-01"))
    changed = await interventions.change_intervention(
        w.uow, w.clock, coordinator, item.id, 1, {"availability": Availability.LIMITED}
    )
    assert (changed.availability, changed.version) == (Availability.LIMITED, 2)
    with pytest.raises(StaleVersion):
        await interventions.change_intervention(w.uow, w.clock, coordinator, item.id, 1, {"contact": "x"})
    retired = await interventions.retire_intervention(w.uow, w.clock, w.actor("admin"), item.id, " Gestopt ")
    assert (retired.retired_reason, retired.retired_at) == ("Gestopt", w.clock.now())
    with pytest.raises(Conflict):
        await interventions.retire_intervention(w.uow, w.clock, coordinator, item.id, "Nogmaals")
    with pytest.raises(Conflict):
        await interventions.change_intervention(w.uow, w.clock, coordinator, item.id, 3, {"contact": "x"})
    reader = w.actor("partner")
    assert await interventions.list_interventions(w.uow, reader, InterventionFilter()) == []
    listed = await interventions.list_interventions(w.uow, reader, InterventionFilter(include_retired=True))
    assert [i.code for i in listed] == ["LOC-01"]
    assert (await interventions.get_intervention(w.uow, reader, item.id)).retired
    assert w.uow.committed_actions == ["intervention.create", "intervention.update", "intervention.retire"]


async def test_only_managers_change_the_catalogue_and_unknown_ids_are_404(world: World) -> None:
    w = world
    for username in ("regisseur", "partner", "police", "analyst", "privacy"):
        with pytest.raises(Forbidden):
            await interventions.create_intervention(w.uow, w.clock, w.actor(username), intervention())
    with pytest.raises(Forbidden):
        await interventions.list_interventions(w.uow, w.actor("privacy"), InterventionFilter())
    with pytest.raises(NotFound):
        await interventions.get_intervention(w.uow, w.actor("partner"), InterventionId(intervention().id))


async def test_the_starter_import_is_idempotent_and_leaves_stored_entries_alone(world: World) -> None:
    w, system = world, world.actor("admin")
    version, catalogue = starter_catalogue()
    assert await interventions.ensure_starter_catalogue(lambda: w.uow, w.clock, system, version, catalogue) == len(
        catalogue
    )
    first = (await interventions.list_interventions(w.uow, system, InterventionFilter()))[0]
    await interventions.retire_intervention(w.uow, w.clock, system, first.id, "Niet meer aangeboden")
    assert await interventions.ensure_starter_catalogue(lambda: w.uow, w.clock, system, version, catalogue) == 0
    assert (await interventions.get_intervention(w.uow, system, first.id)).retired
    assert w.uow.committed_actions == ["intervention.import", "intervention.retire"]
