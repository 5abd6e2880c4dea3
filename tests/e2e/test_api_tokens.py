"""Machines with API tokens go through the same actor dependency as people (issuing tokens comes later)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.identity.model import ApiToken
from domain.ids import ApiTokenId, new_id
from domain.services.common import sha256_hex
from persistence.tables import api_token
from persistence.uow import SqlUnitOfWork
from tests.conftest import MutableClock
from tests.support.world import MUNICIPALITY


async def _token(
    engine: AsyncEngine, *, scopes: set[str], expires_in: timedelta = timedelta(days=30), revoked: bool = False
) -> tuple[str, ApiTokenId]:
    raw = "crg_" + secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    token = ApiToken(
        id=ApiTokenId(new_id()),
        organisation_id=MUNICIPALITY.id,
        name="Veiligheidshuis-koppeling",
        token_hash=sha256_hex(raw),
        scopes=frozenset(scopes),
        created_at=now,
        expires_at=now + expires_in,
        revoked_at=now if revoked else None,
    )
    async with SqlUnitOfWork(engine, MutableClock()) as uow:
        await uow.api_tokens.add(token)
        await uow.commit()
    return raw, token.id


async def test_a_token_acts_within_its_scopes(anonymous: httpx.AsyncClient, engine: AsyncEngine) -> None:
    raw, token_id = await _token(engine, scopes={"organisations:read", "users:manage"})
    auth = {"Authorization": f"Bearer {raw}"}

    me = await anonymous.get("/api/v1/me", headers=auth)
    assert me.status_code == 200
    assert me.json()["actorType"] == "apiToken" and me.json()["organisation"]["id"] == str(MUNICIPALITY.id)
    assert (await anonymous.get("/api/v1/organisations", headers=auth)).status_code == 200
    # users:manage is not something a token may ever hold: the scope grants nothing.
    assert (await anonymous.get("/api/v1/users", headers=auth)).status_code == 403
    # No CSRF header needed with a bearer token; the refusal is about permission.
    assert (
        await anonymous.post("/api/v1/organisations", headers=auth, json={"name": "X", "kind": "other"})
    ).status_code == 403

    async with engine.connect() as conn:
        last_used = (
            await conn.execute(select(api_token.c.last_used_at).where(api_token.c.id == token_id))
        ).scalar_one()
    assert last_used is not None


async def test_expired_revoked_and_unknown_tokens_are_refused(
    anonymous: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    expired, _ = await _token(engine, scopes={"organisations:read"}, expires_in=timedelta(seconds=-1))
    revoked, _ = await _token(engine, scopes={"organisations:read"}, revoked=True)
    for raw in (expired, revoked, "crg_" + secrets.token_urlsafe(32)):
        response = await anonymous.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")


async def test_the_database_holds_only_a_hash_of_the_token(engine: AsyncEngine) -> None:
    raw, token_id = await _token(engine, scopes=set())
    async with engine.connect() as conn:
        stored = (await conn.execute(select(api_token).where(api_token.c.id == token_id))).one()
    assert raw not in str(tuple(stored)) and stored.token_hash == sha256_hex(raw)
