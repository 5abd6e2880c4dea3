"""Benchmark data generator: fills a freshly migrated, EMPTY PostgreSQL database with a realistic
Casusregie data set through asyncpg's COPY path (DESIGN section 10).

    python -m bench.generate --dsn postgresql://postgres@127.0.0.1:5432/bench \\
        --cases 100000 --seed 42 --secret "$CASUSREGIE_SECRET_KEY" --password "$BENCH_PASSWORD"

What it writes, and the invariants it keeps so that the application reads the data as its own:

- organisations of every kind (Amsterdam-like names) and users per role, all active with one
  Argon2id hash of `password`; two fixed accounts: `bench-coordinator` (coordinator, municipality)
  and `bench-partner` (partner in "Bench Partner Organisatie", youth care), whose organisation works
  (participant, not ended) in about 1% of the cases;
- persons with Dutch-looking names including spelling variants (Jansen/Janssen, Meijer/Meyer,
  El Amrani/el-Amrani), `name_search` and `surname_key` as the repository writes them, ~70% with a
  valid, unique BSN encrypted with `BsnCipher.from_secret(secret)` and its blind index; ~0.3
  relations per person; ~1.1 cases per person (a later case links to, or reopens, a closed one);
- cases opened over ten years up to now, in chronological order, each following a planned
  lifecycle that is cut off at "now": the status history is a valid path through `TRANSITIONS`,
  closed cases carry the closure reason their last transition allows, the level history ends at
  `escalation_level` (lowering always with a criterion), `version` and `updated_at` count and date
  every change; references RAD-<year>-<NNNN> with `case_reference_counter` at each year's maximum;
- participations (the regisseur's organisation, the informant, 1-3 partners, ~20% ended), ~5 journal
  entries per case written by users of organisations working in the case at that moment;
- assessments on the published framework version (`casusregie migrate` imports and publishes the
  starter version; on a database migrated without it, the generator imports and publishes it with its
  crosswalk as api/starter.py does, audit events included): for every case that reached intake, an
  intake assessment and periodic ones (1-3 submitted over the case's life; some closure ones), mostly
  from the municipality's perspective, some joint (with an agreement per working organisation) and
  some the police's; each rates all indicators (mostly absent or unknown, some partly or present with
  a relevance, trends against the previous one, sharing levels mostly shareable), keeps the proposal of
  `domain.assessment.concern.propose_level`, a final level (mostly the proposal, otherwise with a
  rationale) and the next review from the cadence. A running case has its latest assessment around its
  due date (about a quarter overdue), sometimes a draft; about 5% have an acute alert nobody
  acknowledged yet, other alerts were acknowledged within hours. Rows are written as the repositories
  write them, JSON text included (tests/integration/test_bench_smoke.py reads them back and compares).
  Assessments draw from their own random stream, so everything else equals the data set without them;
- one audit row for every change above (case.create/reopen, case.transition, case.escalate/
  deescalate, case.assign_regisseur, case.participant_add/end, journal.create, assessment.create/
  update/submit, alert.raise/acknowledge) plus reads (case.read, journal.list, assessment.read),
  sealed with `domain.audit.model.seal` into ONE valid hash chain whose sequence follows time
  (continuing after the starter content's rows when `casusregie migrate` wrote them: those keep
  their own, later, time), and `audit_chain_head` set to its end.

Memory stays bounded, whatever the number of cases: cases are generated and copied in batches (the
next batch is generated in a thread while PostgreSQL ingests the previous one); audit events wait
in a buffer only until no later case can produce an earlier event (cases are generated in opening
order and every event of a case happens at or after its opening), then are sealed in time order and
copied, carrying the chain's hash across batches. Opening times are drawn already sorted, one at a
time, and BSNs are unique by construction, so nothing grows with the total.

Deterministic for a given seed and `now` (default: today 00:00 UTC): every id, name, time and text
comes from `random.Random(seed)`. The one exception is the BSN ciphertext: `BsnCipher.encrypt`
draws a fresh AES-GCM nonce, as it must; the BSN itself and its blind index are deterministic.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Sequence
from datetime import UTC, datetime

from bench.datagen.loader import generate
from bench.datagen.report import GenerationReport
from bench.datagen.tables import BATCH_SIZE

__all__ = ["BATCH_SIZE", "GenerationReport", "generate", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description="Fill a freshly migrated, empty PostgreSQL database with benchmark data.",
    )
    parser.add_argument("--dsn", default=os.environ.get("BENCH_DSN"), help="postgresql://user@host:port/db")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--secret",
        default=os.environ.get("CASUSREGIE_SECRET_KEY"),
        help="the server's CASUSREGIE_SECRET_KEY (BSN encryption); default from that variable",
    )
    parser.add_argument(
        "--password",
        default=os.environ.get("BENCH_PASSWORD"),
        help="password of every generated account; default from BENCH_PASSWORD",
    )
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="cases per batch (memory ~ batch)")
    parser.add_argument("--now", type=datetime.fromisoformat, default=None, help="end of the period, ISO 8601 UTC")
    parser.add_argument("--no-analyze", action="store_true", help="skip VACUUM ANALYZE after loading")
    parser.add_argument(
        "--min-referred", type=int, default=0, help="keep at least this many recent cases in 'referred'"
    )
    args = parser.parse_args(argv)
    missing = [name for name in ("dsn", "secret", "password") if not getattr(args, name)]
    if missing:
        parser.error("missing: " + ", ".join("--" + m for m in missing))
    now = args.now.replace(tzinfo=args.now.tzinfo or UTC) if args.now else None
    report = asyncio.run(
        generate(
            args.dsn,
            cases=args.cases,
            seed=args.seed,
            secret=args.secret,
            password=args.password,
            batch_size=args.batch_size,
            now=now,
            analyze=not args.no_analyze,
            min_referred=args.min_referred,
        )
    )
    print(report.format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
