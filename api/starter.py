"""Starter content on day one: the shipped framework version, published, the shipped crosswalk and the
intervention catalogue, so that a fresh installation can assess and plan. Idempotent; run by
`casusregie migrate` and `seed-demo`."""

from __future__ import annotations

from collections.abc import Callable

from domain.access.actor import Actor
from domain.ports import Clock, UnitOfWork
from domain.services import crosswalks, frameworks, interventions
from persistence.catalogue_files import starter_catalogue
from persistence.crosswalk_files import starter_crosswalk
from persistence.framework_files import starter_framework


async def ensure_starter_content(new_uow: Callable[[], UnitOfWork], clock: Clock) -> str:
    """Import and publish the starter framework and import its crosswalk, unless already there. A stored
    version is never replaced and a newer published version is left in use, so re-running is harmless."""
    actor = Actor.system("starter-content")
    framework = starter_framework()
    record = await frameworks.ensure_published(new_uow(), clock, actor, framework)
    if record is None:
        return f"framework {framework.code}: another version is published; starter {framework.version} left out"
    crosswalk = await crosswalks.ensure_crosswalk(new_uow(), clock, actor, record.id, starter_crosswalk(framework))
    version, catalogue = starter_catalogue(record.framework)
    added = await interventions.ensure_starter_catalogue(new_uow, clock, actor, version, catalogue)
    return (
        f"framework {record.code} {record.version} ({record.status.value}), "
        f"crosswalk {crosswalk.crosswalk.external_model} {crosswalk.crosswalk.version}, "
        f"intervention catalogue {version} ({added} added)"
    )
