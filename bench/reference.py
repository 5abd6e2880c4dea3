"""The raw-database reference: a bare ASGI handler on asyncpg that issues the same SQL as
GET /api/v1/cases/{id} and GET /api/v1/cases?status=active (session lookup in its own
transaction, the reads, the audit append under the chain lock, commit) with no framework,
no validation and no domain logic. What the API reaches relative to this is the cost of
everything that is not the database.

Run: DSN=postgresql://... SESSION_ID=<uuid> uvicorn bench.reference:app
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from datetime import UTC, datetime
from typing import Any

import asyncpg

from domain.access.actor import Actor, ActorType
from domain.access.policies import permissions_for_roles
from domain.access.roles import Role
from domain.case.lifecycle import CaseStatus
from domain.ports import CaseFilter, PageRequest
from persistence.database import POSTGRESQL_SESSION_SETTINGS

AUTH = (
    "SELECT s.*, u.username, u.display_name, u.organisation_id, u.active, u.password_hash, u.team, o.name, o.kind, "
    "o.active, (SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_id = u.id) AS roles "
    "FROM auth_session s JOIN app_user u ON u.id = s.user_id "
    "JOIN organisation o ON o.id = u.organisation_id WHERE s.id = $1"
)
USER_VIEW = (
    "SELECT u.*, o.name AS organisation_name, "
    "(SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_id = u.id) AS roles "
    "FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1"
)
CASE = [
    "SELECT * FROM case_status_change WHERE case_id = $1 ORDER BY seq",
    "SELECT * FROM case_level_change WHERE case_id = $1 ORDER BY seq",
    "SELECT * FROM case_participation WHERE case_id = $1 ORDER BY started_at, id",
    "SELECT linked_case_id FROM case_link WHERE case_id = $1",
]
REVIEW_STATE = (
    "SELECT (SELECT count(*) FROM acute_alert WHERE case_id = $1 AND acknowledged_at IS NULL), "
    "(SELECT next_review_on FROM assessment WHERE case_id = $1 AND status = 'submitted' "
    "ORDER BY submitted_at DESC, id DESC LIMIT 1)"
)
HEAD = "SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE"
INSERT_AUDIT = (
    "INSERT INTO audit_event (seq, occurred_at, actor_type, actor_id, organisation_id, action, outcome, record_type, "
    "record_id, subject_person_id, client_address, request_id, purpose, details, prev_hash, hash) "
    "VALUES ($1, $2, 'user', $3, $4, $5, 'success', 'case', $6, $7, '127.0.0.1', $8, NULL, $9, $10, $11)"
)
UPDATE_HEAD = "UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1"


def list_sql() -> str:
    """The API's own list query for a coordinator, compiled once (status=active, 25 per page)."""
    from sqlalchemy.dialects import postgresql

    from persistence.queries.case_search import case_list_query

    coordinator = Actor(
        ActorType.USER,
        uuid.uuid4(),
        "x",
        None,
        None,
        None,
        frozenset({Role.COORDINATOR}),
        permissions_for_roles([Role.COORDINATOR]),
    )
    query = case_list_query(coordinator, CaseFilter(status=CaseStatus.ACTIVE), PageRequest(limit=25))
    return str(query.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[no-untyped-call]


class Reference:
    def __init__(self) -> None:
        self.pool: asyncpg.Pool | None = None
        self.session_id = uuid.UUID(os.environ["SESSION_ID"])
        self.list_sql = list_sql()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self.pool = await asyncpg.create_pool(
                        os.environ["DSN"],
                        min_size=4,
                        max_size=int(os.environ.get("POOL", "20")),
                        server_settings=POSTGRESQL_SESSION_SETTINGS,
                    )
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    assert self.pool is not None
                    await self.pool.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        path: str = scope["path"]
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            actor = await self._auth(conn)
            if path.startswith("/ref/cases/"):
                body = await self._detail(conn, actor, uuid.UUID(path.rsplit("/", 1)[1]))
            else:
                body = await self._list(conn, actor)
        payload = json.dumps(body, default=str).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": payload})

    async def _auth(self, conn: asyncpg.Connection) -> asyncpg.Record:
        async with conn.transaction():
            row = await conn.fetchrow(AUTH, self.session_id)
            return row

    async def _audit(
        self, conn: asyncpg.Connection, actor: asyncpg.Record, action: str, record: object, subject: object
    ) -> None:
        head = await conn.fetchrow(HEAD)
        seq = head["seq"] + 1
        details = json.dumps({"count": 1})
        digest = hashlib.sha256(f"{seq}{head['hash']}{action}{record}".encode()).hexdigest()
        await conn.execute(
            INSERT_AUDIT,
            seq,
            datetime.now(UTC),
            str(actor["user_id"]),
            str(actor["organisation_id"]),
            action,
            str(record) if record else None,
            str(subject) if subject else None,
            uuid.uuid4().hex,
            details,
            head["hash"],
            digest,
        )
        await conn.execute(UPDATE_HEAD, seq, digest)

    async def _detail(self, conn: asyncpg.Connection, actor: asyncpg.Record, case_id: uuid.UUID) -> dict[str, Any]:
        async with conn.transaction():
            case = await conn.fetchrow("SELECT * FROM case_file WHERE id = $1", case_id)
            history = [await conn.fetch(q, case_id) for q in CASE]
            regisseur = None
            if case["regisseur_id"]:
                regisseur = await conn.fetchrow(USER_VIEW, case["regisseur_id"])
            person = await conn.fetchrow("SELECT * FROM person WHERE id = $1", case["person_id"])
            await conn.fetch("SELECT * FROM person_relation WHERE person_id = ANY($1::uuid[])", [case["person_id"]])
            orgs = list({case["source_organisation_id"], *(p["organisation_id"] for p in history[2])})
            names = await conn.fetch("SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])", orgs)
            links = [r["linked_case_id"] for r in history[3]]
            if links:
                await conn.fetch(
                    "SELECT id, reference, status, opened_at, closed_at FROM case_file WHERE id = ANY($1::uuid[])",
                    links,
                )
            await conn.fetchrow(REVIEW_STATE, case_id)
            await self._audit(conn, actor, "case.read", case_id, case["person_id"])
        return {
            "case": dict(case),
            "person": dict(person),
            "regisseur": dict(regisseur) if regisseur else None,
            "history": [[dict(r) for r in rows] for rows in history],
            "organisations": [dict(r) for r in names],
        }

    async def _list(self, conn: asyncpg.Connection, actor: asyncpg.Record) -> dict[str, Any]:
        async with conn.transaction():
            rows = await conn.fetch(self.list_sql)
            await self._audit(conn, actor, "case.list", None, None)
        return {"items": [dict(r) for r in rows]}


app = Reference()
