"""Organisations: explicit row <-> domain mapping."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.errors import StaleVersion
from domain.identity.model import Organisation, OrganisationKind
from domain.ids import OrganisationId
from domain.ports import OrganisationFilter, Page, PageRequest
from persistence.pagination import decode_key_and_id, encode_cursor, like_pattern
from persistence.tables import organisation as t


def name_key(name: str) -> str:
    return " ".join(name.split()).lower()


def to_domain(row: Any) -> Organisation:
    return Organisation(
        id=OrganisationId(row.id),
        name=row.name,
        kind=OrganisationKind(row.kind),
        short_name=row.short_name,
        active=row.active,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def _values(org: Organisation) -> dict[str, Any]:
    return {
        "name": org.name,
        "name_key": name_key(org.name),
        "short_name": org.short_name,
        "kind": org.kind.value,
        "active": org.active,
        "updated_at": org.updated_at,
    }


_NAMES = select(t.c.id, t.c.name).where(t.c.id.in_(bindparam("ids", expanding=True)))


class SqlOrganisationRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def get(self, organisation_id: OrganisationId) -> Organisation | None:
        row = (await self._conn.execute(select(t).where(t.c.id == organisation_id))).first()
        return to_domain(row) if row else None

    async def get_by_name(self, name: str) -> Organisation | None:
        row = (await self._conn.execute(select(t).where(t.c.name_key == name_key(name)))).first()
        return to_domain(row) if row else None

    async def add(self, org: Organisation) -> None:
        await self._conn.execute(
            insert(t).values(id=org.id, created_at=org.created_at, version=org.version, **_values(org))
        )

    async def update(self, org: Organisation, expected_version: int) -> None:
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == org.id, t.c.version == expected_version)
            .values(version=expected_version + 1, **_values(org))
        )
        if result.rowcount != 1:
            raise StaleVersion()

    async def names(self, organisation_ids: list[OrganisationId]) -> dict[OrganisationId, str]:
        if not organisation_ids:
            return {}
        rows = await self._conn.execute(_NAMES, {"ids": organisation_ids})
        return {OrganisationId(r.id): r.name for r in rows}

    async def count(self) -> int:
        return int((await self._conn.execute(select(func.count()).select_from(t))).scalar_one())

    async def search(self, filter: OrganisationFilter, page: PageRequest) -> Page[Organisation]:
        query = select(t)
        if filter.q:
            pattern = like_pattern(filter.q)
            query = query.where(
                or_(t.c.name_key.like(pattern, escape="\\"), func.lower(t.c.short_name).like(pattern, escape="\\"))
            )
        if filter.kind is not None:
            query = query.where(t.c.kind == filter.kind.value)
        if filter.active is not None:
            query = query.where(t.c.active == filter.active)
        if page.cursor:
            last_key, last_uuid = decode_key_and_id(page.cursor)
            query = query.where(or_(t.c.name_key > last_key, and_(t.c.name_key == last_key, t.c.id > last_uuid)))
        rows = (await self._conn.execute(query.order_by(t.c.name_key, t.c.id).limit(page.limit + 1))).all()
        items = [to_domain(r) for r in rows[: page.limit]]
        next_cursor = (
            encode_cursor(rows[page.limit - 1].name_key, rows[page.limit - 1].id) if len(rows) > page.limit else None
        )
        return Page(items, next_cursor)
