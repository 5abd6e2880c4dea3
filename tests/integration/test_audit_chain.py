"""The audit trail on real databases: append-only, tamper-evident, and one chain under concurrency."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from api import cli
from api.settings import get_settings
from domain.audit.model import AuditEntry, RequestContext
from persistence import audit
from persistence.tables import audit_event
from persistence.uow import SqlUnitOfWork
from tests.conftest import MutableClock


async def _write(engine: AsyncEngine, clock: MutableClock, n: int, action: str = "test.write") -> None:
    async with SqlUnitOfWork(engine, clock, RequestContext("198.51.100.7", uuid.uuid4().hex)) as uow:
        for i in range(n):
            uow.record(AuditEntry(action=action, record_type="thing", record_id=str(i)))
        await uow.commit()


async def test_rows_are_chained_and_verify(engine: AsyncEngine, clock: MutableClock) -> None:
    await _write(engine, clock, 3)
    await _write(engine, clock, 2)
    async with engine.connect() as conn:
        report = await audit.verify(conn)
        rows = (await conn.execute(select(audit_event).order_by(audit_event.c.seq))).all()
    assert report.valid and report.checked_count == 5
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5]
    assert all(rows[i].prev_hash == rows[i - 1].hash for i in range(1, 5))
    assert rows[0].client_address == "198.51.100.7"


async def test_a_rolled_back_transaction_leaves_no_audit_rows(engine: AsyncEngine, clock: MutableClock) -> None:
    with pytest.raises(RuntimeError):
        async with SqlUnitOfWork(engine, clock) as uow:
            uow.record(AuditEntry(action="never.written"))
            raise RuntimeError("use case failed")
    async with engine.connect() as conn:
        assert (await audit.verify(conn)).checked_count == 0


@pytest.mark.parametrize("statement", ["UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"])
async def test_the_database_refuses_to_change_audit_rows(
    engine: AsyncEngine, clock: MutableClock, statement: str
) -> None:
    await _write(engine, clock, 1)
    with pytest.raises(DBAPIError, match="append-only"):
        async with engine.begin() as conn:
            await conn.execute(text(statement))


async def _tamper(engine: AsyncEngine, statement: str) -> None:
    """What someone with direct database access (a DBA) could still do."""
    async with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            await conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
            await conn.execute(text(statement))
            await conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
        else:
            await conn.execute(text("DROP TRIGGER audit_event_no_update"))
            await conn.execute(text("DROP TRIGGER audit_event_no_delete"))
            await conn.execute(text(statement))


@pytest.mark.parametrize(
    ("statement", "broken_seq"),
    [
        ("UPDATE audit_event SET outcome = 'failure' WHERE seq = 4", 4),
        ("DELETE FROM audit_event WHERE seq = 3", 3),
        ("DELETE FROM audit_event WHERE seq >= 5", 5),
        ("UPDATE audit_event SET client_address = '10.0.0.1' WHERE seq = 1", 1),
    ],
)
async def test_tampering_is_reported_at_the_first_broken_link(
    engine: AsyncEngine, clock: MutableClock, statement: str, broken_seq: int
) -> None:
    await _write(engine, clock, 6)
    await _tamper(engine, statement)
    async with engine.connect() as conn:
        report = await audit.verify(conn)
    assert not report.valid
    assert report.first_broken_seq == broken_seq


def test_audit_verify_command_reports_the_broken_row(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from persistence.database import create_engine

    async def prepare() -> None:
        engine = create_engine(database_url)
        await _write(engine, MutableClock(), 4)
        await _tamper(engine, "UPDATE audit_event SET action = 'covered.up' WHERE seq = 2")
        await engine.dispose()

    asyncio.run(prepare())
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        exit_code = cli.main(["audit", "verify"])
    finally:
        get_settings.cache_clear()
    out = capsys.readouterr().out
    assert exit_code == 1
    assert "BROKEN at seq 2" in out


async def test_parallel_writers_leave_one_unbroken_chain(engine: AsyncEngine, clock: MutableClock) -> None:
    writers, per_writer = 40, 3
    await asyncio.gather(*(_write(engine, clock, per_writer, f"writer.{i}") for i in range(writers)))
    async with engine.connect() as conn:
        report = await audit.verify(conn)
        count = (await conn.execute(text("SELECT count(*) FROM audit_event"))).scalar_one()
    assert report.valid, report
    assert report.checked_count == count == writers * per_writer
