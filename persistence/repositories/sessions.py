"""Login sessions, login attempts and API tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.roles import Role
from domain.identity.model import ApiToken, AuthSession
from domain.identity.throttle import FailureCount
from domain.ids import ApiTokenId, OrganisationId, SessionId, UserId, new_id
from domain.ports import SessionPrincipal, TokenPrincipal
from persistence.repositories import organisations as org_mapping
from persistence.repositories import users as user_mapping
from persistence.tables import api_token, app_user, auth_session, login_attempt, organisation, user_role


def _session(row: Any) -> AuthSession:
    return AuthSession(
        id=SessionId(row.id),
        user_id=UserId(row.user_id),
        refresh_token_hash=row.refresh_token_hash,
        created_at=row.created_at,
        refreshed_at=row.refreshed_at,
        idle_expires_at=row.idle_expires_at,
        absolute_expires_at=row.absolute_expires_at,
        revoked_at=row.revoked_at,
        revoked_reason=row.revoked_reason,
    )


def _principal_query() -> Any:
    """Session, user and organisation in one row. Built once: this runs on every request."""
    s, u, o = auth_session.alias("s"), app_user.alias("u"), organisation.alias("o")
    return (
        select(
            s,
            *[c.label(f"u_{c.name}") for c in u.c],
            *[c.label(f"o_{c.name}") for c in o.c],
            # The roles in the same round trip: this query runs on every request.
            select(func.aggregate_strings(user_role.c.role, ","))
            .where(user_role.c.user_id == u.c.id)
            .scalar_subquery()
            .label("roles"),
        )
        .join(u, u.c.id == s.c.user_id)
        .join(o, o.c.id == u.c.organisation_id)
        .where(s.c.id == bindparam("session_id"))
    )


_PRINCIPAL = _principal_query()


class SqlAuthSessionRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def get_principal(self, session_id: SessionId) -> SessionPrincipal | None:
        row = (await self._conn.execute(_PRINCIPAL, {"session_id": session_id})).first()
        if row is None:
            return None
        mapping = row._mapping
        user_row = _Prefixed(mapping, "u_")
        org_row = _Prefixed(mapping, "o_")
        roles = frozenset(Role(r) for r in (row.roles or "").split(",") if r)
        return SessionPrincipal(_session(row), user_mapping.to_domain(user_row, roles), org_mapping.to_domain(org_row))

    async def add(self, session: AuthSession) -> None:
        await self._conn.execute(insert(auth_session).values(**session.__dict__))

    async def save(self, session: AuthSession) -> None:
        values = {k: v for k, v in session.__dict__.items() if k != "id"}
        await self._conn.execute(update(auth_session).where(auth_session.c.id == session.id).values(**values))

    async def revoke_all_for_user(
        self, user_id: UserId, at: datetime, reason: str, keep: SessionId | None = None
    ) -> int:
        query = update(auth_session).where(auth_session.c.user_id == user_id, auth_session.c.revoked_at.is_(None))
        if keep is not None:
            query = query.where(auth_session.c.id != keep)
        result = await self._conn.execute(query.values(revoked_at=at, revoked_reason=reason))
        return int(result.rowcount)

    async def revoke_all_for_organisation(self, organisation_id: OrganisationId, at: datetime, reason: str) -> int:
        members = select(app_user.c.id).where(app_user.c.organisation_id == organisation_id)
        result = await self._conn.execute(
            update(auth_session)
            .where(auth_session.c.user_id.in_(members), auth_session.c.revoked_at.is_(None))
            .values(revoked_at=at, revoked_reason=reason)
        )
        return int(result.rowcount)


class _Prefixed:
    """Attribute access to the columns of one joined table in a wide row."""

    def __init__(self, mapping: Any, prefix: str) -> None:
        self._mapping = mapping
        self._prefix = prefix

    def __getattr__(self, name: str) -> Any:
        return self._mapping[f"{self._prefix}{name}"]


class SqlLoginAttemptRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, account_key: str, client_address: str | None, succeeded: bool, at: datetime) -> None:
        await self._conn.execute(
            insert(login_attempt).values(
                id=new_id(),
                account_key=account_key,
                client_address=client_address,
                succeeded=succeeded,
                attempted_at=at,
            )
        )

    async def account_failures(self, account_key: str, since: datetime) -> FailureCount:
        last_success = (
            select(func.max(login_attempt.c.attempted_at))
            .where(login_attempt.c.account_key == account_key, login_attempt.c.succeeded.is_(True))
            .scalar_subquery()
        )
        query = select(func.count(), func.max(login_attempt.c.attempted_at)).where(
            login_attempt.c.account_key == account_key,
            login_attempt.c.succeeded.is_(False),
            login_attempt.c.attempted_at >= since,
            (last_success.is_(None)) | (login_attempt.c.attempted_at > last_success),
        )
        return await self._count(query)

    async def address_failures(self, client_address: str | None, since: datetime) -> FailureCount:
        if client_address is None:
            return FailureCount(0, None)
        query = select(func.count(), func.max(login_attempt.c.attempted_at)).where(
            login_attempt.c.client_address == client_address,
            login_attempt.c.succeeded.is_(False),
            login_attempt.c.attempted_at >= since,
        )
        return await self._count(query)

    async def _count(self, query: Any) -> FailureCount:
        count, last = (await self._conn.execute(query)).one()
        return FailureCount(int(count), last)


class SqlApiTokenRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def get_principal(self, token_hash: str) -> TokenPrincipal | None:
        row = (await self._conn.execute(select(api_token).where(api_token.c.token_hash == token_hash))).first()
        if row is None:
            return None
        org_row = (await self._conn.execute(select(organisation).where(organisation.c.id == row.organisation_id))).one()
        token = ApiToken(
            id=ApiTokenId(row.id),
            organisation_id=OrganisationId(row.organisation_id),
            name=row.name,
            token_hash=row.token_hash,
            scopes=frozenset(row.scopes),
            created_at=row.created_at,
            expires_at=row.expires_at,
            revoked_at=row.revoked_at,
            last_used_at=row.last_used_at,
            created_by=UserId(row.created_by) if row.created_by else None,
        )
        return TokenPrincipal(token, org_mapping.to_domain(org_row))

    async def add(self, token: ApiToken) -> None:
        values = {**token.__dict__, "scopes": sorted(token.scopes)}
        await self._conn.execute(insert(api_token).values(**values))

    async def touch(self, token_id: ApiTokenId, at: datetime) -> None:
        await self._conn.execute(update(api_token).where(api_token.c.id == token_id).values(last_used_at=at))
