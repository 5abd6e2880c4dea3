"""`casusregie bench`: prepare a database of a given size, run the load, write the report.

casusregie bench all --cases 100000          # create/migrate/generate when needed, run, report
casusregie bench prepare --cases 10000
casusregie bench run --cases 10000 --duration 10 --concurrency 32 --workers 1
"""

from __future__ import annotations

import argparse
import asyncio
import os

import asyncpg
from sqlalchemy.engine import make_url

from bench.load import Options

DEFAULT_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
SECRET = "benchmark-secret-key-not-for-production-0123456789"
PASSWORD = "benchmark-wachtwoord-2026"


def _dsn(args: argparse.Namespace) -> str:
    base = os.environ.get("DATABASE_URL", DEFAULT_ADMIN).replace("+asyncpg", "")
    return make_url(base).set(database=f"casusregie_bench_{args.cases}").render_as_string(hide_password=False)


async def _prepare(dsn: str, cases: int, seed: int) -> None:
    url = make_url(dsn)
    admin = await asyncpg.connect(url.set(database="postgres").render_as_string(hide_password=False))
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", url.database)
        if not exists:
            await admin.execute(f'CREATE DATABASE "{url.database}"')
    finally:
        await admin.close()
    from persistence.migrate import upgrade

    await asyncio.to_thread(upgrade, dsn.replace("postgresql://", "postgresql+asyncpg://", 1))
    conn = await asyncpg.connect(dsn)
    try:
        existing = await conn.fetchval("SELECT count(*) FROM case_file")
    finally:
        await conn.close()
    if existing:
        print(f"{url.database}: already holds {existing} cases; not generated again")
        return
    from bench.generate import generate

    # Enough fresh `referred` cases for the transition scenario's warm-up and measured run.
    backlog = min(4000, cases // 4)
    report = await generate(dsn, cases=cases, seed=seed, secret=SECRET, password=PASSWORD, min_referred=backlog)
    print(report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="casusregie bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["prepare", "run", "all"])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--notes", default="", help="text appended to the report")
    args = parser.parse_args(argv)
    dsn = _dsn(args)
    if args.action in ("prepare", "all"):
        asyncio.run(_prepare(dsn, args.cases, args.seed))
    if args.action in ("run", "all"):
        from bench.run import report, run

        opts = Options(
            dsn=dsn,
            cases=args.cases,
            secret=SECRET,
            password=PASSWORD,
            duration=args.duration,
            warmup=args.warmup,
            concurrency=args.concurrency,
            workers=args.workers,
        )
        results, server_peak, reference_peak = run(opts)
        print(f"report: {report(opts, results, server_peak, reference_peak, args.notes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
