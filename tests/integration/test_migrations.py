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

TRIGRAM_INDEXES = {"ix_person_name_search_trgm", "ix_case_file_reference_trgm"}


def _not_postgresql_only(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # The trigram search indexes exist only on PostgreSQL (migration 0003), not in the metadata.
    return not (type_ == "index" and name in TRIGRAM_INDEXES)


async def _indexes(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:

            def read(sync_conn: Any) -> set[str]:
                inspector = inspect(sync_conn)
                return {str(ix["name"]) for table in ("person", "case_file") for ix in inspector.get_indexes(table)}

            return await conn.run_sync(read)
    finally:
        await engine.dispose()


async def _inspect(url: str) -> tuple[list[Any], set[str]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:

            def read(sync_conn: Any) -> tuple[list[Any], set[str]]:
                context = MigrationContext.configure(
                    sync_conn, opts={"compare_type": True, "include_object": _not_postgresql_only}
                )
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
        has_trigram_indexes = asyncio.run(_indexes(url)) >= TRIGRAM_INDEXES
        assert has_trigram_indexes is (backend == "postgresql")


def test_every_column_is_classified_for_the_data_inventory() -> None:
    unclassified = [
        f"{table.name}.{column.name}"
        for table in metadata.tables.values()
        for column in table.columns
        if column.info.get("classification") not in {"internal", "personal", "secret", "special", "bsn"}
    ]
    assert unclassified == []
