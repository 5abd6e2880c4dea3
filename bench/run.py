"""One benchmark run: the scenarios of issue #4 against the real server, the reference
against the raw handler, and the written report in bench/results/."""

from __future__ import annotations

import asyncio
import json
import os
import platform
import sys
import urllib.parse
from datetime import UTC, datetime
from pathlib import Path

from bench.load import (
    ROOT,
    Options,
    Result,
    Server,
    _lua,
    _unique_lua,
    deep_cursor,
    ensure_wrk,
    free_port,
    login,
    run_wrk,
    sample_ids,
)

PARTNER_ORGANISATION = "Bench Partner Organisatie"
# The transition scenario moves each case once (warm-up and measured run take half each).
MIN_REFERRED_PER_RUN = 2000
TARGETS = {
    "case list (status=active), first page": 100.0,
    "case list, deep cursor page": 100.0,
    "search by person name": 100.0,
    "case detail (coordinator)": 50.0,
}


def _machine() -> str:
    memory = next(
        line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    ).split()[1]
    return f"{os.cpu_count()} cores, {int(memory) // 1024 // 1024} GiB, {platform.platform()}, Python {platform.python_version()}"


def run(opts: Options) -> tuple[list[Result], float, float]:
    wrk = ensure_wrk()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": opts.dsn.replace("postgresql://", "postgresql+asyncpg://", 1),
        "CASUSREGIE_SECRET_KEY": opts.secret,
        "CASUSREGIE_ENVIRONMENT": "production",
        "CASUSREGIE_ACCESS_TOKEN_MINUTES": "60",
        "CASUSREGIE_DATABASE_POOL_SIZE": str(opts.concurrency),
        "CASUSREGIE_LOGIN_MAX_FAILURES_PER_ADDRESS": "1000",
    }
    command = [sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--workers", str(opts.workers)]
    ids = asyncio.run(sample_ids(opts.dsn, PARTNER_ORGANISATION))
    if not ids["partner_cases"]:
        raise SystemExit("The bench partner works in no case: the partner scenarios would only measure 404s.")
    results: list[Result] = []
    with Server(command, env, port, "/api/v1/health") as server:
        coordinator, session_id = login(base, "bench-coordinator", opts.password)
        partner, _ = login(base, "bench-partner", opts.password)
        deep = deep_cursor(base, coordinator)
        cursor = f"&cursor={urllib.parse.quote(deep)}" if deep else ""
        names = [urllib.parse.quote(n) for n in ids["surnames"]]
        entry = json.dumps(
            {
                "occurredOn": datetime.now(UTC).date().isoformat(),
                "category": "observation",
                "visibility": "case_team",
                "body": "Benchmark: gesprek gevoerd met betrokkene.",
            }
        )
        transition = json.dumps({"transition": "start_screening", "reason": "Benchmark: verkenning gestart"})
        post = {**coordinator, "Content-Type": "application/json"}
        scenarios = [
            ("case list (status=active), first page", _lua(coordinator, ["/api/v1/cases?status=active&limit=25"])),
            ("case list, deep cursor page", _lua(coordinator, [f"/api/v1/cases?status=active&limit=25{cursor}"])),
            ("search by person name", _lua(coordinator, [f"/api/v1/cases?q={n}&limit=25" for n in names])),
            ("case detail (coordinator)", _lua(coordinator, [f"/api/v1/cases/{i}" for i in ids["cases"]])),
            ("case list (partner, row filter)", _lua(partner, ["/api/v1/cases?limit=25"])),
            ("case detail (partner)", _lua(partner, [f"/api/v1/cases/{i}" for i in ids["partner_cases"][:500]])),
            ("journal list", _lua(coordinator, [f"/api/v1/cases/{i}/journal-entries" for i in ids["journal_cases"]])),
            (
                "transition (start_screening)",
                _unique_lua(
                    post,
                    [f"/api/v1/cases/{i}/transitions" for i in ids["referred"][: len(ids["referred"]) // 2]],
                    transition,
                    opts.threads,
                ),
            ),
            (
                "journal entry POST",
                _lua(post, [f"/api/v1/cases/{i}/journal-entries" for i in ids["journal_cases"]], "POST", [entry]),
            ),
            ("GET /process", _lua(coordinator, ["/api/v1/process"])),
            ("plan attention list (coordinator)", _lua(coordinator, ["/api/v1/plans/attention"])),
            ("plan attention list (partner)", _lua(partner, ["/api/v1/plans/attention"])),
        ]
        referred = ids["referred"]
        if len(referred) < 2 * MIN_REFERRED_PER_RUN:
            print(
                f"  warning: only {len(referred)} cases left in state referred; the transition scenario will run out "
                "and answer 409. Drop the database and run `casusregie bench all` to re-create it.",
                flush=True,
            )
        warmup_scripts = {
            # State-changing: the warm-up takes other cases than the measured run.
            "transition (start_screening)": _unique_lua(
                post,
                [f"/api/v1/cases/{i}/transitions" for i in referred[len(referred) // 2 :]],
                transition,
                opts.threads,
            )
        }
        for name, script in scenarios:
            results.append(run_wrk(wrk, base, script, opts, name, warmup_scripts.get(name)))
            print(
                f"  {name}: {results[-1].rps:.0f} req/s, p50 {results[-1].p50_ms:.1f} ms, p99 {results[-1].p99_ms:.1f} ms, errors {results[-1].errors}",
                flush=True,
            )
        server_peak = server.peak_rss_mb
    ref_port = free_port()
    ref_base = f"http://127.0.0.1:{ref_port}"
    ref_env = {**os.environ, "DSN": opts.dsn, "SESSION_ID": session_id, "POOL": str(opts.concurrency)}
    ref_command = [
        sys.executable,
        "-m",
        "uvicorn",
        "bench.reference:app",
        "--port",
        str(ref_port),
        "--workers",
        str(opts.workers),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    with Server(ref_command, ref_env, ref_port, "/ref/cases") as reference:
        ref_list = run_wrk(wrk, ref_base, _lua({}, ["/ref/cases"]), opts, "reference list")
        ref_detail = run_wrk(
            wrk, ref_base, _lua({}, [f"/ref/cases/{i}" for i in ids["cases"]]), opts, "reference detail"
        )
        reference_peak = reference.peak_rss_mb
    results[0].reference_rps = ref_list.rps
    results[3].reference_rps = ref_detail.rps
    results[0].extra["reference"] = ref_list
    results[3].extra["reference"] = ref_detail
    return results, server_peak, reference_peak


def report(
    opts: Options,
    results: list[Result],
    server_peak: float,
    reference_peak: float,
    notes: str = "",
    directory: Path | None = None,
) -> Path:
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    path = (directory or ROOT / "bench" / "results") / f"{today}-{opts.cases}.md"
    lines = [
        f"# Benchmark {today}, {opts.cases:,} cases",
        "",
        f"- Machine: {_machine()}",
        f"- Server: `casusregie serve`, {opts.workers} worker(s), pool {opts.concurrency}; PostgreSQL on the same machine",
        f"- Load: wrk, {opts.threads} threads, {opts.concurrency} connections, {opts.warmup} s warm-up (not measured), {opts.duration} s per scenario",
        f"- Server peak memory (RSS, all processes): {server_peak:.0f} MB (target < 300 MB); reference handler: {reference_peak:.0f} MB",
        "",
        "| scenario | req/s | p50 ms | p99 ms | p99 target | errors | reference req/s | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        target = TARGETS.get(r.name)
        ratio = f"{r.rps / r.reference_rps:.2f}" if r.reference_rps else ""
        ref = f"{r.reference_rps:.0f}" if r.reference_rps else ""
        lines.append(
            f"| {r.name} | {r.rps:.0f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | {f'{target:.0f}' if target else ''} | {r.errors} | {ref} | {ratio} |"
        )
    for r in results:
        reference = r.extra.get("reference")
        if isinstance(reference, Result):
            lines.append(
                f"| *reference: {r.name}* | {reference.rps:.0f} | {reference.p50_ms:.1f} | {reference.p99_ms:.1f} |  | {reference.errors} |  |  |"
            )
    lines += [
        "",
        "Ratio targets: case detail >= 0.5 of the reference, case list >= 0.4. The reference rows are the bare",
        "asyncpg handler under the same load: by Little's law its mean latency is the concurrency divided by its",
        "throughput, a floor for every p99 at this concurrency.",
        "",
        notes,
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
