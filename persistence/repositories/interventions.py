"""The intervention catalogue: each intervention stored as its file form plus the columns lists filter on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.errors import StaleVersion
from domain.plan.catalogue import Intervention, InterventionId
from persistence.catalogue_files import intervention_from_document, intervention_to_document
from persistence.tables import intervention as t


def _values(i: Intervention, at: datetime) -> dict[str, Any]:
    document = intervention_to_document(i)
    # Refuse to write what could not be read back (CatalogueFileError): the row must stay readable.
    intervention_from_document(document)
    return {
        "code": i.code,
        "type": i.type.value,
        "name_nl": i.name.nl,
        "name_en": i.name.en,
        "document": document,
        "updated_at": at,
        "retired_at": i.retired_at,
        "retired_reason": i.retired_reason,
    }


def _intervention(row: Any) -> Intervention:
    found = intervention_from_document(row.document)
    found.id = InterventionId(row.id)
    found.retired_at = row.retired_at
    found.retired_reason = row.retired_reason
    found.version = row.version
    return found


class SqlInterventionRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, i: Intervention, at: datetime, catalogue_version: str | None = None) -> None:
        await self._conn.execute(
            insert(t).values(
                id=i.id, created_at=at, catalogue_version=catalogue_version, version=i.version, **_values(i, at)
            )
        )

    async def save(self, i: Intervention, expected_version: int, at: datetime) -> None:
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == i.id, t.c.version == expected_version)
            .values(version=expected_version + 1, **_values(i, at))
        )
        if result.rowcount != 1:
            raise StaleVersion()
        i.version = expected_version + 1

    async def get(self, intervention_id: InterventionId, *, for_update: bool = False) -> Intervention | None:
        query = select(t).where(t.c.id == intervention_id)
        row = (await self._conn.execute(query.with_for_update() if for_update else query)).first()
        return _intervention(row) if row is not None else None

    async def codes(self) -> set[str]:
        return set((await self._conn.execute(select(t.c.code))).scalars())

    async def all(self) -> list[Intervention]:
        rows = (await self._conn.execute(select(t).order_by(t.c.code))).all()
        return [_intervention(row) for row in rows]

    async def many(self, ids: Sequence[InterventionId]) -> dict[InterventionId, Intervention]:
        if not ids:
            return {}
        rows = (await self._conn.execute(select(t).where(t.c.id.in_(list(set(ids)))))).all()
        return {InterventionId(row.id): _intervention(row) for row in rows}
