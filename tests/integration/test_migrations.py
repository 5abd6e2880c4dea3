"""Migrations go up, down and up again on every backend, and end equal to the table metadata."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from persistence.database import create_engine
from persistence.migrate import downgrade, upgrade
from persistence.tables import metadata
from tests.support.databases import empty_database


async def _inspect(url: str) -> tuple[list[Any], set[str]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:

            def read(sync_conn: Any) -> tuple[list[Any], set[str]]:
                context = MigrationContext.configure(sync_conn, opts={"compare_type": True})
                return compare_metadata(context, metadata), set(inspect(sync_conn).get_table_names())

            return await conn.run_sync(read)
    finally:
        await engine.dispose()


def test_upgrade_downgrade_upgrade_ends_equal_to_the_metadata(backend: str, tmp_path: Path) -> None:
    with empty_database(backend, tmp_path) as url:
        upgrade(url)
        downgrade(url, "base")
        _, tables_after_downgrade = asyncio.run(_inspect(url))
        assert tables_after_downgrade <= {"alembic_version"}

        upgrade(url)
        differences, tables = asyncio.run(_inspect(url))

        assert differences == []
        assert set(metadata.tables) <= tables


def test_every_column_is_classified_for_the_data_inventory() -> None:
    unclassified = [
        f"{table.name}.{column.name}"
        for table in metadata.tables.values()
        for column in table.columns
        if column.info.get("classification") not in {"internal", "personal", "secret", "special", "bsn"}
    ]
    assert unclassified == []
