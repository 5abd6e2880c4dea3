"""The intervention catalogue: search and read it, add and change interventions, retire them, and import the
starter catalogue on day one.

Interventions are reference data, not personal data: reading them is not audited; every change is, with what
changed, as a change to what plans may draw on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import Any

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.audit.model import AuditEntry
from domain.errors import Conflict, NotFound, StaleVersion
from domain.plan.catalogue import Intervention, InterventionFilter, InterventionId, search_catalogue
from domain.ports import Clock, UnitOfWork
from domain.services.common import audit_entry, ensure

NO_INTERVENTION = "No intervention with this id."
# What PATCH may change: everything but the identity, the retirement and the version.
EDITABLE = frozenset(f.name for f in fields(Intervention)) - {"id", "code", "retired_at", "retired_reason", "version"}


async def list_interventions(uow: UnitOfWork, actor: Actor, query: InterventionFilter) -> list[Intervention]:
    """The interventions matching the filter, by code; retired ones only when asked for."""
    ensure(actor, Permission.INTERVENTIONS_READ)
    async with uow:
        found = await uow.interventions.all()
    return search_catalogue(found, query)


async def get_intervention(uow: UnitOfWork, actor: Actor, intervention_id: InterventionId) -> Intervention:
    ensure(actor, Permission.INTERVENTIONS_READ)
    async with uow:
        found = await uow.interventions.get(intervention_id)
    if found is None:
        raise NotFound(NO_INTERVENTION)
    return found


async def create_intervention(uow: UnitOfWork, clock: Clock, actor: Actor, intervention: Intervention) -> Intervention:
    """Add an intervention; its code must be new (409 otherwise), as codes are stable keys."""
    ensure(actor, Permission.INTERVENTIONS_MANAGE)
    async with uow:
        if intervention.code in await uow.interventions.codes():
            raise Conflict(f"An intervention with code {intervention.code} exists already.")
        await uow.interventions.add(intervention, clock.now())
        uow.record(_audit(actor, "intervention.create", intervention, {"code": intervention.code}))
        await uow.commit()
    return intervention


async def change_intervention(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    intervention_id: InterventionId,
    expected_version: int,
    changes: dict[str, Any],
) -> Intervention:
    """Change the given fields (domain names, see EDITABLE). A retired intervention no longer changes (409)."""
    ensure(actor, Permission.INTERVENTIONS_MANAGE)
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    async with uow:
        found = await _load(uow, intervention_id, expected_version)
        if found.retired:
            raise Conflict(f"Intervention {found.code} is retired and no longer changes.")
        changed = {k: v for k, v in changes.items() if getattr(found, k) != v}
        updated = replace(found, **changed)
        await uow.interventions.save(updated, expected_version, clock.now())
        uow.record(_audit(actor, "intervention.update", updated, {"code": found.code, "fields": sorted(changed)}))
        await uow.commit()
    return updated


async def retire_intervention(
    uow: UnitOfWork, clock: Clock, actor: Actor, intervention_id: InterventionId, reason: str
) -> Intervention:
    """Take an intervention out of use; plans that point at it keep it, shown as retired. 409 when retired."""
    ensure(actor, Permission.INTERVENTIONS_MANAGE)
    async with uow:
        found = await uow.interventions.get(intervention_id, for_update=True)
        if found is None:
            raise NotFound(NO_INTERVENTION)
        version = found.version
        found.retire(reason, clock.now())
        await uow.interventions.save(found, version, clock.now())
        uow.record(_audit(actor, "intervention.retire", found, {"code": found.code, "reason": found.retired_reason}))
        await uow.commit()
    return found


async def ensure_starter_catalogue(
    new_uow: Callable[[], UnitOfWork], clock: Clock, actor: Actor, version: str, interventions: Sequence[Intervention]
) -> int:
    """Idempotent: add the starter interventions whose code is not stored yet; stored ones (possibly edited or
    retired since) are left alone. Returns how many were added."""
    uow = new_uow()
    async with uow:
        present = await uow.interventions.codes()
        missing = [i for i in interventions if i.code not in present]
        for item in missing:
            await uow.interventions.add(item, clock.now(), catalogue_version=version)
        if missing:
            details = {"catalogueVersion": version, "codes": [i.code for i in missing]}
            uow.record(audit_entry(actor, "intervention.import", record_type="intervention", details=details))
        await uow.commit()
    return len(missing)


async def _load(uow: UnitOfWork, intervention_id: InterventionId, expected_version: int) -> Intervention:
    found = await uow.interventions.get(intervention_id, for_update=True)
    if found is None:
        raise NotFound(NO_INTERVENTION)
    if found.version != expected_version:
        raise StaleVersion()
    return found


def _audit(actor: Actor, action: str, intervention: Intervention, details: dict[str, Any]) -> AuditEntry:
    return audit_entry(actor, action, record_type="intervention", record_id=intervention.id, details=details)
