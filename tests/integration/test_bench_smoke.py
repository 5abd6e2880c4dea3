"""The benchmark harness still works end to end, on tiny data (timings are not checked here:
they belong in bench/results). PostgreSQL only: the benchmark targets it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench.cli import PASSWORD, SECRET, _prepare
from bench.load import Options
from bench.run import report, run
from tests.support.databases import TEST_DATABASE_URL, drop_pg_database, new_pg_database, pg_url

pytestmark = pytest.mark.skipif(not TEST_DATABASE_URL, reason="needs PostgreSQL (CI always sets TEST_DATABASE_URL)")


def test_generate_run_and_report_on_tiny_data(tmp_path: Path) -> None:
    name = new_pg_database()
    dsn = pg_url(name).replace("+asyncpg", "")
    try:
        asyncio.run(_prepare(dsn, 60, seed=7))
        opts = Options(dsn=dsn, cases=60, secret=SECRET, password=PASSWORD, duration=1, warmup=0, concurrency=4)
        results, server_peak, _ = run(opts)
        written = report(opts, results, server_peak, 0.0, directory=tmp_path).read_text()
    finally:
        drop_pg_database(name)
    assert len(results) == 10 and all(r.requests > 0 for r in results)
    reads = [r for r in results if "POST" not in r.name and "transition" not in r.name]
    assert [r.name for r in reads if r.errors] == []
    assert results[0].reference_rps and results[3].reference_rps
    assert "| case detail (coordinator) |" in written and "Server peak memory" in written
