"""Drive a load against the real server and the raw reference with wrk, and write the report.

    casusregie bench run --dsn postgresql://postgres@127.0.0.1:5432/bench --cases 100000

The database must already hold generated data (`casusregie bench generate`). The server runs
as `casusregie serve` (uvicorn, workers configurable); wrk (Debian package) is the load
generator: C, event-driven, so it is not the bottleneck. Each scenario has a warm-up that is
not measured, then a fixed duration at fixed concurrency.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from api.deps import CSRF_COOKIE

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Options:
    dsn: str
    cases: int
    secret: str
    password: str
    duration: int = 10
    warmup: int = 3
    concurrency: int = 32
    workers: int = 1
    threads: int = 2


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    reference_rps: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        return shutil.which("wrk") or "wrk"
    raise SystemExit("bench needs wrk: install the Debian package 'wrk'")


class Server:
    """A subprocess serving HTTP on a port, with its peak memory (RSS of it and its children) sampled."""

    def __init__(self, command: list[str], env: dict[str, str], port: int, health: str) -> None:
        self.port, self.health = port, health
        # Open for the server's whole life; closed in __exit__.
        self.log = tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False)  # noqa: SIM115
        self.process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.peak_rss_mb = 0.0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> Server:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}{self.health}", timeout=1).status_code < 500:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError(f"server did not start; see {self.log.name}")
        self._sampler.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_rss_mb = max(self.peak_rss_mb, _tree_rss_mb(self.process.pid))
            time.sleep(0.2)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=20)
        self.log.close()


def _tree_rss_mb(pid: int) -> float:
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
            pids += [int(c) for c in children]
        except (OSError, AttributeError):
            continue
    return total / 1024


def _lua(headers: dict[str, str], paths: list[str], method: str = "GET", bodies: list[str] | None = None) -> str:
    header_lines = "\n".join(f'wrk.headers["{k}"] = {json.dumps(v)}' for k, v in headers.items())
    return f"""
{header_lines}
local paths = {{{",".join(json.dumps(p) for p in paths)}}}
local bodies = {{{",".join(json.dumps(b) for b in (bodies or []))}}}
local counter = 0
local tid = 0
function setup(thread)
  thread:set("tid", setup_count or 0)
  setup_count = (setup_count or 0) + 1
end
function init(args)
  tid = tonumber(wrk.thread:get("tid")) or 0
end
function request()
  counter = counter + 1
  local i = ((counter * 7 + tid) % #paths) + 1
  local body = nil
  if #bodies > 0 then body = bodies[((counter + tid) % #bodies) + 1] end
  return wrk.format("{method}", paths[i], nil, body)
end
"""


def _unique_lua(headers: dict[str, str], paths: list[str], body: str, threads: int) -> str:
    """Each request a path used once (for state-changing POSTs such as a transition)."""
    header_lines = "\n".join(f'wrk.headers["{k}"] = {json.dumps(v)}' for k, v in headers.items())
    return f"""
{header_lines}
wrk.method = "POST"
wrk.body = {json.dumps(body)}
local paths = {{{",".join(json.dumps(p) for p in paths)}}}
local counter = 0
local tid = 0
function setup(thread)
  thread:set("tid", setup_count or 0)
  setup_count = (setup_count or 0) + 1
end
function init(args)
  tid = tonumber(wrk.thread:get("tid")) or 0
end
function request()
  local i = counter * {threads} + tid + 1
  counter = counter + 1
  if i > #paths then i = ((i - 1) % #paths) + 1 end
  return wrk.format(nil, paths[i])
end
"""


def _wrk(wrk: str, base: str, script: str, opts: Options, seconds: int) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    command = [wrk, f"-t{opts.threads}", f"-c{opts.concurrency}", "--latency", "-s", f.name, f"-d{seconds}s", base]
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout
    finally:
        os.unlink(f.name)


def run_wrk(wrk: str, base: str, script: str, opts: Options, name: str, warmup_script: str | None = None) -> Result:
    """Warm up (not measured; with its own script where requests change state), then measure."""
    if opts.warmup:
        _wrk(wrk, base, warmup_script or script, opts, opts.warmup)
    return parse_wrk(name, _wrk(wrk, base, script, opts, opts.duration))


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse_wrk(name: str, out: str) -> Result:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(non2xx.group(1)) if non2xx else 0
    if socket_errors:
        errors += sum(int(x) for x in socket_errors.groups())
    return Result(name, rps, p50, p99, requests, errors)


def login(base: str, username: str, password: str) -> tuple[dict[str, str], str]:
    response = httpx.post(f"{base}/api/v1/auth/login", json={"username": username, "password": password}, timeout=30)
    response.raise_for_status()
    cookie = "; ".join(f"{k}={v}" for k, v in response.cookies.items())
    access = next(v for k, v in response.cookies.items() if "access" in k)
    claims = json.loads(base64.urlsafe_b64decode(access.split(".")[1] + "=="))
    return {"Cookie": cookie, "X-CSRF-Token": response.cookies[CSRF_COOKIE]}, claims["sid"]


async def sample_ids(dsn: str, partner_org_name: str) -> dict[str, Any]:
    conn = await asyncpg.connect(dsn)
    try:
        cases = [str(r["id"]) for r in await conn.fetch("SELECT id FROM case_file ORDER BY md5(id::text) LIMIT 2000")]
        referred = [
            str(r["id"])
            for r in await conn.fetch(
                "SELECT id FROM case_file WHERE status = 'referred' ORDER BY md5(id::text) LIMIT 20000"
            )
        ]
        journal_cases = [
            str(r["case_id"])
            for r in await conn.fetch(
                "SELECT case_id FROM journal_entry GROUP BY case_id HAVING count(*) >= 3 ORDER BY md5(case_id::text) LIMIT 500"
            )
        ]
        surnames = [r["surname"] for r in await conn.fetch("SELECT DISTINCT surname FROM person LIMIT 200")]
        partner_cases = [
            str(r["case_id"])
            for r in await conn.fetch(
                "SELECT p.case_id FROM case_participation p JOIN organisation o ON o.id = p.organisation_id "
                "WHERE o.name = $1 AND p.ended_at IS NULL AND p.role <> 'informant'",
                partner_org_name,
            )
        ]
        return {
            "cases": cases,
            "referred": referred,
            "journal_cases": journal_cases,
            "surnames": surnames,
            "partner_cases": partner_cases,
        }
    finally:
        await conn.close()


def deep_cursor(base: str, headers: dict[str, str], pages: int = 40) -> str:
    """The cursor of page `pages` of the active cases, or of the last page there is (empty: one page only)."""
    cursor = ""
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        for _ in range(pages):
            params: dict[str, str | int] = {"limit": 25, "status": "active", **({"cursor": cursor} if cursor else {})}
            following = client.get("/api/v1/cases", params=params).json()["nextCursor"]
            if not following:
                break
            cursor = following
    return cursor
