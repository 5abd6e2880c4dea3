"""Test databases: one migrated, seeded template per backend, copied for every test.

SQLite always runs; PostgreSQL runs when TEST_DATABASE_URL is set (CI sets it and fails
when it is missing, so PostgreSQL tests are never skipped silently there).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from persistence.migrate import upgrade

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
BACKENDS = ["sqlite", *(["postgresql"] if TEST_DATABASE_URL else [])]


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _pg_admin_dsn() -> str:
    url = make_url(TEST_DATABASE_URL)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def pg_url(database: str) -> str:
    return make_url(TEST_DATABASE_URL).set(database=database).render_as_string(hide_password=False)


async def _pg_admin(*statements: str) -> None:
    conn = await asyncpg.connect(_pg_admin_dsn())
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


def pg_admin(*statements: str) -> None:
    asyncio.run(_pg_admin(*statements))


def new_pg_database(template: str | None = None) -> str:
    name = f"casusregie_t_{_worker()}_{uuid.uuid4().hex[:10]}"
    suffix = f" TEMPLATE {template}" if template else ""
    pg_admin(f'CREATE DATABASE "{name}"{suffix}')
    return name


def drop_pg_database(name: str) -> None:
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


@contextmanager
def empty_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all (for migration tests)."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "empty.db")
        return
    name = new_pg_database()
    try:
        yield pg_url(name)
    finally:
        drop_pg_database(name)


class Templates:
    """Builds each backend's template once per test session (and per xdist worker)."""

    def __init__(self, root: Path, seed: object) -> None:
        self.root = root
        self.seed = seed
        self._sqlite: Path | None = None
        self._pg: str | None = None

    def sqlite(self) -> Path:
        if self._sqlite is None:
            path = self.root / "template.db"
            url = sqlite_url(path)
            upgrade(url)
            asyncio.run(self.seed(url))  # type: ignore[operator]
            self._sqlite = path
        return self._sqlite

    def postgresql(self) -> str:
        if self._pg is None:
            name = f"casusregie_tpl_{_worker()}_{uuid.uuid4().hex[:6]}"
            pg_admin(f'CREATE DATABASE "{name}"')
            upgrade(pg_url(name))
            asyncio.run(self.seed(pg_url(name)))  # type: ignore[operator]
            self._pg = name
        return self._pg

    def close(self) -> None:
        if self._pg is not None:
            drop_pg_database(self._pg)

    @contextmanager
    def copy(self, backend: str, tmp_path: Path) -> Iterator[str]:
        if backend == "sqlite":
            target = tmp_path / "test.db"
            shutil.copyfile(self.sqlite(), target)
            yield sqlite_url(target)
            return
        name = new_pg_database(self.postgresql())
        try:
            yield pg_url(name)
        finally:
            drop_pg_database(name)
