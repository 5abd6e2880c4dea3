"""Crosswalks from an external model's item codes (the police's) onto a framework version: listing,
reading and importing them. Reference data like the frameworks: imports are audited, reads are not."""

from __future__ import annotations

from collections.abc import Callable

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.crosswalk import Crosswalk, crosswalk_problems
from domain.assessment.framework import FrameworkVersion
from domain.errors import Conflict, InvalidInput, InvalidParam, NotFound
from domain.ids import new_id
from domain.ports import Clock, UnitOfWork
from domain.services.case_access import actor_ref
from domain.services.common import audit_entry, ensure

NO_CROSSWALK = "No crosswalk with this id."
# How the target framework version is named: by id (CSV upload) or by code and version (JSON document).
FrameworkTarget = FrameworkId | tuple[str, str]
# Reads the uploaded crosswalk against the target framework version; raises InvalidInput naming
# the rows or JSON paths of every problem.
CrosswalkReader = Callable[[FrameworkVersion], Crosswalk]


async def list_crosswalks(uow: UnitOfWork, actor: Actor) -> list[CrosswalkRecord]:
    """Newest (last imported) first."""
    ensure(actor, Permission.FRAMEWORKS_READ)
    async with uow:
        found = await uow.crosswalks.all()
    return sorted(found, key=lambda r: (r.imported_at, r.id), reverse=True)


async def get_crosswalk(uow: UnitOfWork, actor: Actor, crosswalk_id: CrosswalkId) -> CrosswalkRecord:
    ensure(actor, Permission.FRAMEWORKS_READ)
    async with uow:
        found = await uow.crosswalks.get(crosswalk_id)
    if found is None:
        raise NotFound(NO_CROSSWALK)
    return found


async def import_crosswalk(
    uow: UnitOfWork, clock: Clock, actor: Actor, target: FrameworkTarget, read: CrosswalkReader
) -> CrosswalkRecord:
    """Read and store a new crosswalk version onto an existing framework version. The same external
    model and version onto the same framework version again is a conflict: crosswalks are never edited."""
    ensure(actor, Permission.FRAMEWORKS_MANAGE)
    async with uow:
        framework = await _target(uow, target)
        crosswalk = read(framework.framework)
        record = await _import(uow, clock, actor, framework, crosswalk)
        await uow.commit()
        return record


async def ensure_crosswalk(
    uow: UnitOfWork, clock: Clock, actor: Actor, framework_id: FrameworkId, crosswalk: Crosswalk
) -> CrosswalkRecord:
    """Idempotent: import the crosswalk unless the same version onto the same framework version is stored."""
    async with uow:
        framework = await _target(uow, framework_id)
        found = await uow.crosswalks.get_by_key(crosswalk.external_model, crosswalk.version, framework.id)
        record = found or await _import(uow, clock, actor, framework, crosswalk)
        await uow.commit()
        return record


async def _target(uow: UnitOfWork, target: FrameworkTarget) -> FrameworkRecord:
    if isinstance(target, tuple):
        found = await uow.frameworks.get_by_code_version(*target)
        if found is None:
            raise InvalidInput.field("framework_version", f"no framework version {target[0]} {target[1]} is stored")
        return found
    found = await uow.frameworks.get(target)
    if found is None:
        raise InvalidInput.field("frameworkId", "no framework version with this id")
    return found


async def _import(
    uow: UnitOfWork, clock: Clock, actor: Actor, framework: FrameworkRecord, crosswalk: Crosswalk
) -> CrosswalkRecord:
    problems = crosswalk_problems(crosswalk, framework.framework)
    if problems:
        raise InvalidInput([InvalidParam("document", p) for p in problems], "The crosswalk is not usable.")
    if await uow.crosswalks.get_by_key(crosswalk.external_model, crosswalk.version, framework.id) is not None:
        raise Conflict(
            f"Crosswalk {crosswalk.external_model} {crosswalk.version} onto {framework.code} {framework.version} "
            "exists already; a changed mapping needs a new version."
        )
    record = CrosswalkRecord(CrosswalkId(new_id()), crosswalk, framework.id, clock.now(), actor_ref(actor))
    await uow.crosswalks.add(record)
    uow.record(
        audit_entry(
            actor,
            "crosswalk.import",
            record_type="crosswalk",
            record_id=record.id,
            details={
                "externalModel": crosswalk.external_model,
                "version": crosswalk.version,
                "frameworkId": str(framework.id),
                "entries": len(crosswalk.entries),
                "sha256": record.sha256,
            },
        )
    )
    return record
