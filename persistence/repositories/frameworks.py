"""Framework versions and crosswalks, stored as their validated JSON documents.

The document of a stored row is never updated (only a framework's status and publication are), so the
parsed version is cached per process by id and checksum: every assessment page needs its framework, and
parsing a document runs the full file-format validation.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.crosswalk import Crosswalk
from domain.assessment.framework import FrameworkStatus, FrameworkVersion
from domain.case.model import ActorRef
from persistence.crosswalk_files import crosswalk_from_json, crosswalk_to_document
from persistence.framework_files import framework_to_document, parse_framework
from persistence.tables import assessment_framework as f
from persistence.tables import crosswalk as c

_CACHE_SIZE = 64
_frameworks: dict[tuple[Any, str], FrameworkVersion] = {}
_crosswalks: dict[tuple[Any, str], Crosswalk] = {}


def document_sha256(document: dict[str, Any]) -> str:
    """Checksum of the canonical JSON of a document (sorted keys, no whitespace)."""
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _remember(cache: dict[tuple[Any, str], Any], key: tuple[Any, str], value: Any) -> None:
    if len(cache) >= _CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[key] = value


def _framework(row: Any) -> FrameworkVersion:
    key = (row.id, row.sha256)
    found = _frameworks.get(key)
    if found is None:
        found = parse_framework(row.document)
        _remember(_frameworks, key, found)
    return found


def _by(actor_id: Any, name: str | None) -> ActorRef | None:
    return ActorRef(actor_id, name) if name is not None else None


def _framework_record(row: Any) -> FrameworkRecord:
    return FrameworkRecord(
        id=FrameworkId(row.id),
        framework=_framework(row),
        status=FrameworkStatus(row.status),
        imported_at=row.imported_at,
        imported_by=ActorRef(row.imported_by_id, row.imported_by_name),
        published_at=row.published_at,
        published_by=_by(row.published_by_id, row.published_by_name),
        retired_at=row.retired_at,
        sha256=row.sha256,
    )


class SqlFrameworkRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, record: FrameworkRecord) -> None:
        framework = record.framework
        document = framework_to_document(framework)
        record.sha256 = document_sha256(document)
        await self._conn.execute(
            insert(f).values(
                id=record.id,
                code=framework.code,
                version=framework.version,
                status=record.status.value,
                name_nl=framework.name.nl,
                name_en=framework.name.en,
                indicator_count=len(framework.indicators),
                document=document,
                sha256=record.sha256,
                imported_at=record.imported_at,
                imported_by_id=record.imported_by.id,
                imported_by_name=record.imported_by.name,
                **_publication(record),
            )
        )
        _remember(_frameworks, (record.id, record.sha256), framework)

    async def get(self, framework_id: FrameworkId, *, for_update: bool = False) -> FrameworkRecord | None:
        query = select(f).where(f.c.id == framework_id)
        row = (await self._conn.execute(query.with_for_update() if for_update else query)).first()
        return _framework_record(row) if row else None

    async def get_by_code_version(self, code: str, version: str) -> FrameworkRecord | None:
        row = (await self._conn.execute(select(f).where(f.c.code == code, f.c.version == version))).first()
        return _framework_record(row) if row else None

    async def published(self, code: str | None = None) -> FrameworkRecord | None:
        query = select(f).where(f.c.status == FrameworkStatus.PUBLISHED.value)
        if code is not None:
            query = query.where(f.c.code == code)
        row = (await self._conn.execute(query.order_by(f.c.published_at.desc(), f.c.id.desc()).limit(1))).first()
        return _framework_record(row) if row else None

    async def all(self) -> list[FrameworkRecord]:
        rows = (await self._conn.execute(select(f).order_by(f.c.imported_at, f.c.id))).all()
        return [_framework_record(r) for r in rows]

    async def save_status(self, record: FrameworkRecord) -> None:
        await self._conn.execute(
            update(f).where(f.c.id == record.id).values(status=record.status.value, **_publication(record))
        )


def _publication(record: FrameworkRecord) -> dict[str, Any]:
    return {
        "published_at": record.published_at,
        "published_by_id": record.published_by.id if record.published_by else None,
        "published_by_name": record.published_by.name if record.published_by else None,
        "retired_at": record.retired_at,
    }


def _crosswalk_record(row: Any) -> CrosswalkRecord:
    key = (row.id, row.sha256)
    found = _crosswalks.get(key)
    if found is None:
        found = crosswalk_from_json(json.dumps(row.document))
        _remember(_crosswalks, key, found)
    return CrosswalkRecord(
        id=CrosswalkId(row.id),
        crosswalk=found,
        framework_id=FrameworkId(row.framework_id),
        imported_at=row.imported_at,
        imported_by=ActorRef(row.imported_by_id, row.imported_by_name),
        sha256=row.sha256,
    )


class SqlCrosswalkRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, record: CrosswalkRecord) -> None:
        crosswalk = record.crosswalk
        document = crosswalk_to_document(crosswalk)
        record.sha256 = document_sha256(document)
        await self._conn.execute(
            insert(c).values(
                id=record.id,
                external_model=crosswalk.external_model,
                version=crosswalk.version,
                framework_id=record.framework_id,
                entry_count=len(crosswalk.entries),
                document=document,
                sha256=record.sha256,
                imported_at=record.imported_at,
                imported_by_id=record.imported_by.id,
                imported_by_name=record.imported_by.name,
            )
        )
        _remember(_crosswalks, (record.id, record.sha256), crosswalk)

    async def get(self, crosswalk_id: CrosswalkId) -> CrosswalkRecord | None:
        row = (await self._conn.execute(select(c).where(c.c.id == crosswalk_id))).first()
        return _crosswalk_record(row) if row else None

    async def get_by_key(self, external_model: str, version: str, framework_id: FrameworkId) -> CrosswalkRecord | None:
        query = select(c).where(
            c.c.external_model == external_model, c.c.version == version, c.c.framework_id == framework_id
        )
        row = (await self._conn.execute(query)).first()
        return _crosswalk_record(row) if row else None

    async def all(self) -> list[CrosswalkRecord]:
        rows = (await self._conn.execute(select(c).order_by(c.c.imported_at, c.c.id))).all()
        return [_crosswalk_record(r) for r in rows]
