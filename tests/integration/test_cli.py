"""The command line against real databases: demo data only where it belongs, bootstrapping an admin."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from api import cli
from api.settings import get_settings
from persistence.tables import case_file
from tests.support.databases import BACKENDS, empty_database


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[object]:
    def invoke(database_url: str, *argv: str) -> tuple[int, str]:
        monkeypatch.setenv("DATABASE_URL", database_url)
        monkeypatch.setenv("CASUSREGIE_DEMO_PASSWORD", "demo-wachtwoord-voor-tests")
        get_settings.cache_clear()
        code = cli.main(list(argv))
        return code, capsys.readouterr().out

    yield invoke
    get_settings.cache_clear()


def test_seed_demo_fills_an_empty_sqlite_database_once(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with empty_database("sqlite", tmp_path) as url:
        assert run(url, "migrate")[0] == 0
        code, out = run(url, "seed-demo")
        assert code == 0
        for username in ("admin", "coordinator", "regisseur", "partner", "politie", "analist", "privacy"):
            assert username in out
        assert "demo-wachtwoord-voor-tests" in out

        code, out = run(url, "seed-demo")
        assert code == 0 and "already holds data" in out
        code, out = run(url, "audit", "verify")
        assert code == 0 and "intact" in out
        assert asyncio.run(_demo_plans(url)) == [("approved", 2, 3, 1)]


async def _demo_plans(url: str) -> list[tuple[str, int, int, int]]:
    """Status, goals, actions and stalled actions of each demo plan (on the day it was seeded)."""
    from datetime import UTC, datetime

    from persistence.database import create_engine
    from persistence.uow import SqlUnitOfWork
    from tests.conftest import MutableClock

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            case_ids = list((await conn.execute(select(case_file.c.id))).scalars())
        async with SqlUnitOfWork(engine, MutableClock()) as uow:
            found = []
            for case_id in case_ids:
                today = datetime.now(UTC).date()
                for plan in await uow.plans.of_case(case_id):
                    stalled = (await uow.plans.delivery_state(case_id, today, 30)).stalled_action_count
                    found.append((plan.status.value, len(plan.goals), len(plan.actions), stalled))
            return found
    finally:
        await engine.dispose()


def test_seed_demo_refuses_a_database_with_data(run, database_url: str) -> None:  # type: ignore[no-untyped-def]
    code, out = run(database_url, "seed-demo", "--demo")
    assert code == 0 and "already holds data" in out and "admin " not in out


# Only non-SQLite backends: CI always has PostgreSQL (conftest refuses to run CI without it).
@pytest.mark.parametrize("server_backend", [b for b in BACKENDS if b != "sqlite"])
def test_seed_demo_needs_the_demo_flag_outside_sqlite(run, server_backend: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backend = server_backend
    with empty_database(backend, tmp_path) as url:
        run(url, "migrate")
        code, out = run(url, "seed-demo")
        assert code == 0 and "--demo" in out and "politie" not in out
        code, out = run(url, "seed-demo", "--demo")
        assert code == 0 and "politie" in out


def test_create_user_bootstraps_the_first_admin_with_an_activation_code(run, backend: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with empty_database(backend, tmp_path) as url:
        run(url, "migrate")
        code, out = run(
            url,
            "create-user",
            "--username",
            "beheerder",
            "--display-name",
            "Eerste Beheerder",
            "--organisation",
            "Gemeente Amsterdam",
            "--organisation-kind",
            "municipality",
            "--role",
            "admin",
        )
        assert code == 0 and "Activation code" in out
        code, out = run(url, "audit", "verify")
        assert code == 0 and "intact" in out


def test_migrate_puts_the_starter_framework_and_crosswalk_in_place_once(run, backend: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from domain.assessment.framework import FrameworkStatus
    from persistence.catalogue_files import starter_catalogue
    from persistence.database import create_engine
    from persistence.uow import SqlUnitOfWork
    from tests.conftest import MutableClock

    async def stored(url: str) -> tuple[list[tuple[str, str, FrameworkStatus]], int, int]:
        engine = create_engine(url)
        try:
            async with SqlUnitOfWork(engine, MutableClock()) as uow:
                frameworks = [(r.code, r.version, r.status) for r in await uow.frameworks.all()]
                return frameworks, len(await uow.crosswalks.all()), len(await uow.interventions.all())
        finally:
            await engine.dispose()

    with empty_database(backend, tmp_path) as url:
        code, out = run(url, "migrate")
        assert code == 0 and "starter content: framework beoordelingskader 2026.1 (published)" in out
        assert run(url, "migrate")[0] == 0
        published = [("beoordelingskader", "2026.1", FrameworkStatus.PUBLISHED)]
        assert asyncio.run(stored(url)) == (published, 1, len(starter_catalogue()[1]))
        code, out = run(url, "audit", "verify")
        assert code == 0 and "4 rows verified" in out  # import, publish, crosswalk, catalogue: once
