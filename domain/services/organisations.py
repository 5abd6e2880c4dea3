"""Use cases for partner organisations (functional management)."""

from __future__ import annotations

from dataclasses import dataclass

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.errors import Conflict, InvalidInput, NotFound, StaleVersion
from domain.identity.model import Organisation, OrganisationKind, roles_unfit_for
from domain.ids import OrganisationId, new_id
from domain.ports import Clock, OrganisationFilter, Page, PageRequest, UnitOfWork
from domain.services.common import audit_entry, changes, ensure


@dataclass(frozen=True)
class CreateOrganisation:
    name: str
    kind: OrganisationKind
    short_name: str | None = None


@dataclass(frozen=True)
class UpdateOrganisation:
    """Only the fields that are set change."""

    name: str | None = None
    kind: OrganisationKind | None = None
    short_name: str | None = None
    short_name_set: bool = False
    active: bool | None = None


def _snapshot(org: Organisation) -> dict[str, object]:
    return {"name": org.name, "kind": org.kind.value, "shortName": org.short_name, "active": org.active}


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput.field("name", "must not be empty")
    return cleaned


async def create_organisation(uow: UnitOfWork, clock: Clock, actor: Actor, cmd: CreateOrganisation) -> Organisation:
    ensure(actor, Permission.ORGANISATIONS_MANAGE)
    name = _clean_name(cmd.name)
    async with uow:
        if await uow.organisations.get_by_name(name):
            raise Conflict(f"An organisation named '{name}' already exists.")
        now = clock.now()
        org = Organisation(
            id=OrganisationId(new_id()),
            name=name,
            kind=cmd.kind,
            short_name=cmd.short_name.strip() or None if cmd.short_name else None,
            active=True,
            created_at=now,
            updated_at=now,
        )
        await uow.organisations.add(org)
        uow.record(
            audit_entry(
                actor,
                "organisation.create",
                record_type="organisation",
                record_id=org.id,
                details={"new": _snapshot(org)},
            )
        )
        await uow.commit()
        return org


async def get_organisation(uow: UnitOfWork, actor: Actor, organisation_id: OrganisationId) -> Organisation:
    ensure(actor, Permission.ORGANISATIONS_READ)
    async with uow:
        org = await uow.organisations.get(organisation_id)
        if org is None:
            raise NotFound("No organisation with this id.")
        return org


async def list_organisations(
    uow: UnitOfWork, actor: Actor, filter: OrganisationFilter, page: PageRequest
) -> Page[Organisation]:
    ensure(actor, Permission.ORGANISATIONS_READ)
    async with uow:
        return await uow.organisations.search(filter, page)


async def update_organisation(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    organisation_id: OrganisationId,
    cmd: UpdateOrganisation,
    expected_version: int,
) -> Organisation:
    """Change an organisation. Deactivating it ends access for its users and tokens."""
    ensure(actor, Permission.ORGANISATIONS_MANAGE)
    async with uow:
        org = await uow.organisations.get(organisation_id)
        if org is None:
            raise NotFound("No organisation with this id.")
        before = _snapshot(org)
        if cmd.name is not None:
            name = _clean_name(cmd.name)
            existing = await uow.organisations.get_by_name(name)
            if existing and existing.id != org.id:
                raise Conflict(f"An organisation named '{name}' already exists.")
            org.name = name
        if cmd.kind is not None and cmd.kind != org.kind:
            unfit = roles_unfit_for(cmd.kind, await uow.users.roles_in_organisation(org.id))
            if unfit:
                names = ", ".join(r.value for r in unfit)
                raise Conflict(f"Accounts of this organisation hold roles that a '{cmd.kind.value}' cannot: {names}.")
            org.kind = cmd.kind
        if cmd.short_name_set:
            org.short_name = (cmd.short_name or "").strip() or None
        if cmd.active is not None:
            if not cmd.active and actor.organisation_id == org.id:
                raise Conflict("You cannot deactivate your own organisation.")
            org.active = cmd.active
        diff = changes(before, _snapshot(org))
        if not diff:
            if org.version != expected_version:
                raise StaleVersion()
            return org
        org.updated_at = clock.now()
        await uow.organisations.update(org, expected_version)
        org.version = expected_version + 1
        if not org.active and before["active"]:
            # Access already stops because every request checks the organisation; ending the
            # sessions keeps them from coming back if it is reactivated.
            await uow.sessions.revoke_all_for_organisation(org.id, org.updated_at, "organisation_deactivated")
        uow.record(
            audit_entry(
                actor, "organisation.update", record_type="organisation", record_id=org.id, details={"changes": diff}
            )
        )
        await uow.commit()
        return org
