"""The intervention catalogue on real databases, against the fake too: what is stored reads back the same
(starter entries included), retirement is kept, codes are unique and a stale save is refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from typing import Any

import pytest

from api.deps import Container
from domain.errors import StaleVersion
from domain.plan.catalogue import AgeRange, Availability
from persistence.catalogue_files import starter_catalogue
from tests.unit.domain.plan_builders import intervention
from tests.unit.services.fakes import FakeUnitOfWork

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sql", "fake"])
def open_uow(request: pytest.FixtureRequest, container: Container) -> Any:
    fake = FakeUnitOfWork()

    @asynccontextmanager
    async def opened() -> AsyncIterator[Any]:
        uow = container.uow() if request.param == "sql" else fake
        async with uow:
            yield uow

    return opened


async def test_an_intervention_reads_back_the_same_and_keeps_its_retirement(open_uow: Any) -> None:
    item = intervention("LOC-07", target_age=AgeRange(12, 23, "Jongeren"), sunset_on=date(2027, 3, 1))
    async with open_uow() as uow:
        await uow.interventions.add(item, AT)
        await uow.commit()
    async with open_uow() as uow:
        stored = await uow.interventions.get(item.id, for_update=True)
        assert stored == item
        stored.retire("Gestopt", AT)
        stored.availability = Availability.UNAVAILABLE
        await uow.interventions.save(stored, 1, AT)
        await uow.commit()
    async with open_uow() as uow:
        again = await uow.interventions.get(item.id)
        assert again is not None
        assert (again.retired_at, again.retired_reason, again.availability, again.version) == (
            AT,
            "Gestopt",
            Availability.UNAVAILABLE,
            2,
        )
        with pytest.raises(StaleVersion):
            await uow.interventions.save(again, 1, AT)
        assert await uow.interventions.many([item.id]) == {item.id: again}
        assert "LOC-07" in await uow.interventions.codes()
        with pytest.raises(Exception):  # noqa: B017 - IntegrityError of the driver or of the fake
            await uow.interventions.add(intervention("LOC-07"), AT)


async def test_the_seeded_starter_catalogue_reads_back_complete(container: Container) -> None:
    _, catalogue = starter_catalogue()
    async with container.uow() as uow:
        stored = await uow.interventions.all()
    by_code = {i.code: i for i in stored}
    for expected in catalogue:
        found = by_code[expected.code]
        assert found == type(expected)(**{**vars(expected), "id": found.id})
