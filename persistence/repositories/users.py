"""Users with their roles and organisation name."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.roles import Role
from domain.errors import StaleVersion
from domain.identity.model import User
from domain.ids import OrganisationId, UserId
from domain.ports import Page, PageRequest, UserFilter, UserView
from persistence.pagination import decode_key_and_id, encode_cursor, like_pattern
from persistence.tables import app_user as t
from persistence.tables import organisation, user_role


def _key(display_name: str) -> str:
    return " ".join(display_name.split()).lower()


def to_domain(row: Any, roles: frozenset[Role]) -> User:
    return User(
        id=UserId(row.id),
        username=row.username,
        display_name=row.display_name,
        email=row.email,
        organisation_id=OrganisationId(row.organisation_id),
        roles=roles,
        active=row.active,
        password_hash=row.password_hash,
        activation_code_hash=row.activation_code_hash,
        activation_expires_at=row.activation_expires_at,
        last_login_at=row.last_login_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        team=row.team,
    )


def _values(user: User) -> dict[str, Any]:
    return {
        "display_name": user.display_name,
        "display_name_key": _key(user.display_name),
        "email": user.email,
        "organisation_id": user.organisation_id,
        "active": user.active,
        "password_hash": user.password_hash,
        "activation_code_hash": user.activation_code_hash,
        "activation_expires_at": user.activation_expires_at,
        "updated_at": user.updated_at,
        "team": user.team,
    }


_VIEW_COLUMNS = (t, organisation.c.name.label("organisation_name"))
_VIEW = select(*_VIEW_COLUMNS).join(organisation, organisation.c.id == t.c.organisation_id)
# One round trip for the regisseur shown on every case page: the roles come along as one string.
_VIEW_BY_ID = _VIEW.add_columns(
    select(func.aggregate_strings(user_role.c.role, ","))
    .where(user_role.c.user_id == t.c.id)
    .scalar_subquery()
    .label("roles")
).where(t.c.id == bindparam("user_id"))
_ROLES = select(user_role).where(user_role.c.user_id.in_(bindparam("user_ids", expanding=True)))


class SqlUserRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def _roles(self, user_ids: list[uuid.UUID]) -> dict[uuid.UUID, frozenset[Role]]:
        if not user_ids:
            return {}
        rows = await self._conn.execute(_ROLES, {"user_ids": user_ids})
        found: dict[uuid.UUID, set[Role]] = defaultdict(set)
        for row in rows:
            found[row.user_id].add(Role(row.role))
        return {uid: frozenset(found.get(uid, set())) for uid in user_ids}

    def _view_query(self) -> Any:
        return _VIEW

    async def get(self, user_id: UserId) -> UserView | None:
        row = (await self._conn.execute(_VIEW_BY_ID, {"user_id": user_id})).first()
        if row is None:
            return None
        roles = frozenset(Role(r) for r in (row.roles or "").split(",") if r)
        return UserView(to_domain(row, roles), row.organisation_name)

    async def get_by_username(self, username: str) -> User | None:
        row = (await self._conn.execute(select(t).where(t.c.username == username.lower()))).first()
        if row is None:
            return None
        return to_domain(row, (await self._roles([row.id]))[row.id])

    async def add(self, user: User) -> None:
        await self._conn.execute(
            insert(t).values(
                id=user.id,
                username=user.username,
                last_login_at=user.last_login_at,
                created_at=user.created_at,
                version=user.version,
                **_values(user),
            )
        )
        await self._write_roles(user)

    async def _write_roles(self, user: User) -> None:
        await self._conn.execute(delete(user_role).where(user_role.c.user_id == user.id))
        if user.roles:
            await self._conn.execute(
                insert(user_role), [{"user_id": user.id, "role": r.value} for r in sorted(user.roles)]
            )

    async def update(self, user: User, expected_version: int) -> None:
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == user.id, t.c.version == expected_version)
            .values(version=expected_version + 1, **_values(user))
        )
        if result.rowcount != 1:
            raise StaleVersion()
        user.version = expected_version + 1
        await self._write_roles(user)

    async def record_login(self, user_id: UserId, at: datetime, new_password_hash: str | None) -> None:
        values: dict[str, Any] = {"last_login_at": at}
        if new_password_hash:
            values["password_hash"] = new_password_hash
        await self._conn.execute(update(t).where(t.c.id == user_id).values(**values))

    async def roles_in_organisation(self, organisation_id: OrganisationId) -> frozenset[Role]:
        query = (
            select(user_role.c.role)
            .distinct()
            .join(t, t.c.id == user_role.c.user_id)
            .where(t.c.organisation_id == organisation_id)
        )
        return frozenset(Role(r) for r in (await self._conn.execute(query)).scalars())

    async def search(self, filter: UserFilter, page: PageRequest) -> Page[UserView]:
        query = self._view_query()
        if filter.q:
            pattern = like_pattern(filter.q)
            query = query.where(
                or_(t.c.display_name_key.like(pattern, escape="\\"), t.c.username.like(pattern, escape="\\"))
            )
        if filter.organisation_id is not None:
            query = query.where(t.c.organisation_id == filter.organisation_id)
        if filter.active is not None:
            query = query.where(t.c.active == filter.active)
        if filter.role is not None:
            query = query.where(t.c.id.in_(select(user_role.c.user_id).where(user_role.c.role == filter.role.value)))
        if page.cursor:
            last_key, last_uuid = decode_key_and_id(page.cursor)
            query = query.where(
                or_(t.c.display_name_key > last_key, and_(t.c.display_name_key == last_key, t.c.id > last_uuid))
            )
        rows = (await self._conn.execute(query.order_by(t.c.display_name_key, t.c.id).limit(page.limit + 1))).all()
        rows_on_page = rows[: page.limit]
        roles = await self._roles([r.id for r in rows_on_page])
        items = [UserView(to_domain(r, roles[r.id]), r.organisation_name) for r in rows_on_page]
        last = rows_on_page[-1] if rows_on_page else None
        next_cursor = (
            encode_cursor(last.display_name_key, last.id) if last is not None and len(rows) > page.limit else None
        )
        return Page(items, next_cursor)
