"""Loading: COPY of the generated rows, batch by batch, in one transaction."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg

from api.security.passwords import Argon2PasswordHasher
from bench.datagen.generator import Generator
from bench.datagen.report import GenerationReport
from bench.datagen.tables import BATCH_SIZE, BATCH_TABLES, COLUMNS, STAGE, STAGE_DDL, STAGE_INDEX, STAGE_RANGE
from domain.assessment.framework import FrameworkVersion
from domain.audit.model import GENESIS_HASH
from persistence.crypto import BsnCipher
from persistence.framework_files import parse_framework


def _asyncpg_dsn(dsn: str) -> str:
    """Accept the SQLAlchemy spelling too (postgresql+asyncpg://...)."""
    return dsn.replace("postgresql+asyncpg://", "postgresql://", 1)


def _today() -> datetime:
    return datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


STARTER_ACTIONS = ["framework.import", "framework.publish", "crosswalk.import", "intervention.import"]


async def _require_empty(conn: asyncpg.Connection) -> tuple[int, str]:
    """Nothing but what `casusregie migrate` puts in (the starter framework, its audit events); returns
    the head of the audit chain to continue from."""
    for table in (
        "organisation", "app_user", "person", "case_file", "journal_entry", "assessment", "acute_alert",
    ):  # fmt: skip
        if await conn.fetchval(f"SELECT EXISTS (SELECT 1 FROM {table})"):  # noqa: S608 - fixed names
            raise RuntimeError(f"the database is not empty (table {table} has rows); migrate a fresh one")
    head = await conn.fetchrow("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
    rows = await conn.fetchrow(
        "SELECT count(*) AS n, count(*) FILTER (WHERE action <> ALL($1::text[])) AS other, max(seq) AS last "
        "FROM audit_event",
        STARTER_ACTIONS,
    )
    if head is None or rows["other"] or head["seq"] != rows["n"] or (rows["n"] or 0) != (rows["last"] or 0):
        raise RuntimeError("the audit trail holds more than the starter content; migrate a fresh database")
    if head["seq"] == 0 and head["hash"] != GENESIS_HASH:
        raise RuntimeError("audit_chain_head is not at the genesis; migrate a fresh database")
    return head["seq"], head["hash"]


async def _published_framework(conn: asyncpg.Connection) -> tuple[uuid.UUID, FrameworkVersion] | None:
    """The version new assessments are pinned to (as `_pinned` picks it); None when none is stored yet."""
    row = await conn.fetchrow(
        "SELECT id, document FROM assessment_framework WHERE status = 'published' "
        "ORDER BY published_at DESC, id DESC LIMIT 1"
    )
    if row is not None:
        return row["id"], parse_framework(row["document"])
    if await conn.fetchval("SELECT EXISTS (SELECT 1 FROM assessment_framework)"):
        raise RuntimeError("a framework version is stored but none is published; publish one first")
    return None


async def _copy(conn: asyncpg.Connection, tables: dict[str, list[tuple[Any, ...]]], counts: dict[str, int]) -> None:
    for table, records in tables.items():
        if records:
            await conn.copy_records_to_table(table, records=records, columns=COLUMNS[table])
        counts[table] = counts.get(table, 0) + len(records)


async def _load(conn: asyncpg.Connection, gen: Generator, cases: int, batch_size: int, counts: dict[str, int]) -> None:
    """Batch by batch, on two cores: a thread chains the audit events of the previous stretch of
    time and generates the next batch while PostgreSQL ingests the rows made before.

    Cases are generated in opening order and every event of a case happens at or after its
    opening, so once a batch is copied every event before the next batch's first opening is
    staged: that stretch is read back in time order and chained in the next step. Memory holds
    a batch or two and one stretch of events, whatever the number of cases."""
    times = gen.opening_times(cases)
    following = next(times, None)
    lower = gen.start - timedelta(days=3650)  # events before `lower` are chained already
    end_of_time = gen.now + timedelta(days=3650)
    staged: list[Any] = []
    made: dict[str, list[tuple[Any, ...]]] | None = None
    while True:
        chunk = [following, *itertools.islice(times, batch_size - 1)] if following is not None else []
        following = next(times, None) if chunk else None
        making = asyncio.ensure_future(asyncio.to_thread(gen.step, staged, chunk))
        if made is not None:
            await _copy(conn, made, counts)
        # Everything before the first opening of `chunk` (still being made) is staged by now.
        upper = chunk[0] if chunk else end_of_time
        staged = await conn.fetch(STAGE_RANGE, lower, upper) if lower < upper else []
        lower = upper
        made = await making
        if not any(made.values()) and not staged:
            return


async def generate(
    dsn: str,
    *,
    cases: int = 100_000,
    seed: int = 42,
    secret: str,
    password: str,
    batch_size: int = BATCH_SIZE,
    now: datetime | None = None,
    analyze: bool = True,
    min_referred: int = 0,
) -> GenerationReport:
    """Fill a freshly migrated, empty database; all rows in one transaction (nothing on failure).

    `now` (UTC, default today 00:00) is the end of the ten years; with it fixed, the data set is the
    same on every run. `analyze` runs VACUUM ANALYZE afterwards so that the planner knows the data.
    `min_referred` keeps at least that many of the most recent cases in `referred` (on top of the
    ~3% that are there anyway), for load scenarios that move cases out of it.
    """
    if cases < 0 or batch_size < 1:
        raise ValueError("cases must be >= 0 and batch_size >= 1")
    if now is not None and now.tzinfo is None:
        raise ValueError("now must be timezone-aware (UTC)")
    password_hash = Argon2PasswordHasher().hash(password)
    gen = Generator(
        seed,
        (now or _today()).astimezone(UTC),
        BsnCipher.from_secret(secret),
        password_hash,
        cases=cases,
        min_referred=min_referred,
    )
    order = (
        "assessment_framework", "crosswalk", "organisation", "app_user", "user_role", *BATCH_TABLES, "audit_event",
        "case_reference_counter",
    )  # fmt: skip
    counts: dict[str, int] = {t: 0 for t in order}
    conn = await asyncpg.connect(_asyncpg_dsn(dsn))
    try:
        gen.seq, gen.prev_hash = await _require_empty(conn)
        published = await _published_framework(conn)
        started = time.perf_counter()
        # Memory for the staged audit events and their sort (a session setting, before any temp table).
        await conn.execute("SET temp_buffers = '128MB'; SET work_mem = '128MB'")
        async with conn.transaction():
            await conn.execute(STAGE_DDL)
            await conn.execute(STAGE_INDEX)
            await _copy(conn, gen.use_framework(published), counts)
            await _copy(conn, gen.setup(), counts)
            await _load(conn, gen, cases, batch_size, counts)
            await _copy(conn, {"case_reference_counter": sorted(gen.counters.items())}, counts)
            await conn.execute("UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1", gen.seq, gen.prev_hash)
        seconds = time.perf_counter() - started
        analyze_seconds = 0.0
        if analyze:
            began = time.perf_counter()
            await conn.execute("VACUUM ANALYZE")
            analyze_seconds = time.perf_counter() - began
    finally:
        await conn.close()
    return GenerationReport(
        cases=cases,
        seed=seed,
        rows={t: n for t, n in counts.items() if t != STAGE},
        seconds=seconds,
        analyze_seconds=analyze_seconds,
        audit_head_seq=gen.seq,
        statuses=dict(gen.statuses),
        assessments=dict(sorted(gen.assessment_stats.items())),
    )
