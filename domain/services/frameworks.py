"""Framework versions: listing and reading them, importing a draft, publishing it, and previewing the
proposal for a set of ratings (the live form).

Framework versions are reference data, not personal data: reading them is not audited; importing and
publishing are, as changes to what every assessment is held to.
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.catalogue import FrameworkId, FrameworkRecord
from domain.assessment.concern import Proposal, propose_level
from domain.assessment.framework import FrameworkStatus, FrameworkVersion, framework_problems
from domain.assessment.model import checked_indicator_ratings
from domain.assessment.rating import IndicatorRating
from domain.errors import Conflict, InvalidInput, InvalidParam, NotFound
from domain.ids import new_id
from domain.ports import Clock, UnitOfWork
from domain.services.case_access import actor_ref
from domain.services.common import audit_entry, ensure

NO_FRAMEWORK = "No framework version with this id."


async def list_frameworks(uow: UnitOfWork, actor: Actor) -> list[FrameworkRecord]:
    """Every stored version, newest (last imported) first."""
    ensure(actor, Permission.FRAMEWORKS_READ)
    async with uow:
        found = await uow.frameworks.all()
    return sorted(found, key=lambda r: (r.imported_at, r.id), reverse=True)


async def get_framework(uow: UnitOfWork, actor: Actor, framework_id: FrameworkId) -> FrameworkRecord:
    ensure(actor, Permission.FRAMEWORKS_READ)
    async with uow:
        found = await uow.frameworks.get(framework_id)
    if found is None:
        raise NotFound(NO_FRAMEWORK)
    return found


async def import_framework(uow: UnitOfWork, clock: Clock, actor: Actor, framework: FrameworkVersion) -> FrameworkRecord:
    """Store a new version as a draft. A code and version that exist already are a conflict: a stored
    version is never replaced."""
    ensure(actor, Permission.FRAMEWORKS_MANAGE)
    problems = framework_problems(framework)
    if problems:
        raise InvalidInput([InvalidParam("document", p) for p in problems], "The framework document is not usable.")
    async with uow:
        record = await _import(uow, clock, actor, framework)
        await uow.commit()
        return record


async def _import(uow: UnitOfWork, clock: Clock, actor: Actor, framework: FrameworkVersion) -> FrameworkRecord:
    if await uow.frameworks.get_by_code_version(framework.code, framework.version) is not None:
        raise Conflict(
            f"Framework {framework.code} {framework.version} exists already; a new version needs a new number."
        )
    record = FrameworkRecord(
        FrameworkId(new_id()), framework, FrameworkStatus.DRAFT, imported_at=clock.now(), imported_by=actor_ref(actor)
    )
    await uow.frameworks.add(record)
    uow.record(
        audit_entry(
            actor,
            "framework.import",
            record_type="assessment_framework",
            record_id=record.id,
            details={"code": framework.code, "version": framework.version, "sha256": record.sha256},
        )
    )
    return record


async def publish_framework(uow: UnitOfWork, clock: Clock, actor: Actor, framework_id: FrameworkId) -> FrameworkRecord:
    """Draft -> published; the version of the same code published before it is retired. From now on
    the version never changes (409 on any attempt)."""
    ensure(actor, Permission.FRAMEWORKS_MANAGE)
    async with uow:
        record = await uow.frameworks.get(framework_id, for_update=True)
        if record is None:
            raise NotFound(NO_FRAMEWORK)
        await _publish(uow, clock, actor, record)
        await uow.commit()
        return record


async def _publish(uow: UnitOfWork, clock: Clock, actor: Actor, record: FrameworkRecord) -> None:
    now = clock.now()
    previous = await uow.frameworks.published(record.code)
    record.publish(actor_ref(actor), now)
    if previous is not None and previous.id != record.id:
        previous.retire(now)
        await uow.frameworks.save_status(previous)
    await uow.frameworks.save_status(record)
    uow.record(
        audit_entry(
            actor,
            "framework.publish",
            record_type="assessment_framework",
            record_id=record.id,
            details={
                "code": record.code,
                "version": record.version,
                "retired": str(previous.id) if previous is not None and previous.id != record.id else None,
            },
        )
    )


async def ensure_published(
    uow: UnitOfWork, clock: Clock, actor: Actor, framework: FrameworkVersion
) -> FrameworkRecord | None:
    """Idempotent: import the version and publish it, unless another version of its code is published
    already (then nothing happens and None is returned: that version is in use). A version stored
    already is never replaced; a stored draft is published only when no version of its code is."""
    async with uow:
        record = await uow.frameworks.get_by_code_version(framework.code, framework.version)
        in_use = await uow.frameworks.published(framework.code)
        if record is None and in_use is not None:
            return None
        if record is None:
            record = await _import(uow, clock, actor, framework)
        if record.status is FrameworkStatus.DRAFT and in_use is None:
            await _publish(uow, clock, actor, record)
        await uow.commit()
        return record


async def preview_proposal(
    uow: UnitOfWork, actor: Actor, framework_id: FrameworkId, ratings: Sequence[IndicatorRating]
) -> Proposal:
    """The level the rules would propose for these ratings, with the rules that fired. Nothing is stored
    and nothing audited: the ratings are the caller's own, not read from anywhere."""
    ensure(actor, Permission.FRAMEWORKS_READ)
    async with uow:
        record = await uow.frameworks.get(framework_id)
    if record is None:
        raise NotFound(NO_FRAMEWORK)
    checked = checked_indicator_ratings(record.framework, ratings)
    return propose_level(record.framework, {r.code: r for r in checked})
