"""Use cases for accounts: create, change, disable, reset; the admin never sees a password."""

from __future__ import annotations

import base64
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.errors import Conflict, InvalidInput, InvalidParam, NotFound, StaleVersion
from domain.identity.model import User, roles_unfit_for
from domain.ids import OrganisationId, UserId, new_id
from domain.ports import Clock, Page, PageRequest, UnitOfWork, UserFilter, UserView
from domain.services.common import audit_entry, changes, ensure, sha256_hex

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
ACTIVATION_VALIDITY = timedelta(days=7)


@dataclass(frozen=True)
class CreateUser:
    username: str
    display_name: str
    organisation_id: OrganisationId
    roles: frozenset[Role]
    email: str | None = None
    team: str | None = None


@dataclass(frozen=True)
class UpdateUser:
    display_name: str | None = None
    email: str | None = None
    email_set: bool = False
    organisation_id: OrganisationId | None = None
    roles: frozenset[Role] | None = None
    active: bool | None = None
    team: str | None = None
    team_set: bool = False


@dataclass(frozen=True)
class ActivationCode:
    code: str
    expires_at: datetime


def new_activation_code() -> str:
    """100 random bits as four groups of five letters/digits, easy to read out over the phone."""
    raw = base64.b32encode(secrets.token_bytes(13)).decode()[:20]
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def _issue_code(user: User, now: datetime) -> ActivationCode:
    code = new_activation_code()
    user.activation_code_hash = sha256_hex(code.replace("-", ""))
    user.activation_expires_at = now + ACTIVATION_VALIDITY
    return ActivationCode(code, user.activation_expires_at)


def _snapshot(user: User) -> dict[str, object]:
    return {
        "displayName": user.display_name,
        "email": user.email,
        "organisationId": str(user.organisation_id),
        "roles": sorted(r.value for r in user.roles),
        "active": user.active,
        "team": user.team,
    }


def _clean_display_name(value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidInput.field("displayName", "must not be empty")
    return cleaned


async def _check_roles(uow: UnitOfWork, organisation_id: OrganisationId, roles: frozenset[Role]) -> None:
    if not roles:
        raise InvalidInput.field("roles", "at least one role is required")
    org = await uow.organisations.get(organisation_id)
    if org is None or not org.active:
        raise InvalidInput.field("organisationId", "no active organisation with this id")
    wrong = roles_unfit_for(org.kind, roles)
    if wrong:
        raise InvalidInput(
            [
                InvalidParam("roles", f"role '{r.value}' does not fit an organisation of kind '{org.kind.value}'")
                for r in wrong
            ]
        )


async def create_user(uow: UnitOfWork, clock: Clock, actor: Actor, cmd: CreateUser) -> tuple[UserView, ActivationCode]:
    """Create an account without a password; the person sets one with the activation code."""
    ensure(actor, Permission.USERS_MANAGE)
    username = cmd.username.strip().lower()
    if not USERNAME_PATTERN.match(username):
        raise InvalidInput.field("username", "3-64 characters: lower-case letters, digits, '.', '_' or '-'")
    display_name = _clean_display_name(cmd.display_name)
    async with uow:
        await _check_roles(uow, cmd.organisation_id, cmd.roles)
        if await uow.users.get_by_username(username):
            raise Conflict(f"The username '{username}' is taken.")
        now = clock.now()
        user = User(
            id=UserId(new_id()),
            username=username,
            display_name=display_name,
            email=(cmd.email or "").strip() or None,
            organisation_id=cmd.organisation_id,
            roles=cmd.roles,
            active=True,
            password_hash=None,
            activation_code_hash=None,
            activation_expires_at=None,
            last_login_at=None,
            created_at=now,
            updated_at=now,
            team=(cmd.team or "").strip() or None,
        )
        code = _issue_code(user, now)
        await uow.users.add(user)
        uow.record(
            audit_entry(actor, "user.create", record_type="user", record_id=user.id, details={"new": _snapshot(user)})
        )
        view = await uow.users.get(user.id)
        await uow.commit()
    if view is None:
        raise NotFound("No user with this id.")
    return view, code


async def get_user(uow: UnitOfWork, actor: Actor, user_id: UserId) -> UserView:
    ensure(actor, Permission.USERS_READ)
    async with uow:
        view = await uow.users.get(user_id)
        if view is None:
            raise NotFound("No user with this id.")
        uow.record(audit_entry(actor, "user.read", record_type="user", record_id=user_id))
        await uow.commit()
        return view


async def list_users(uow: UnitOfWork, actor: Actor, filter: UserFilter, page: PageRequest) -> Page[UserView]:
    ensure(actor, Permission.USERS_READ)
    async with uow:
        result = await uow.users.search(filter, page)
        uow.record(audit_entry(actor, "user.list", record_type="user", details={"count": len(result.items)}))
        await uow.commit()
        return result


async def update_user(
    uow: UnitOfWork, clock: Clock, actor: Actor, user_id: UserId, cmd: UpdateUser, expected_version: int
) -> UserView:
    """Change an account. Disabling it or moving it to another organisation ends its
    sessions; role changes apply on the next request because roles are read per request."""
    ensure(actor, Permission.USERS_MANAGE)
    async with uow:
        view = await uow.users.get(user_id)
        if view is None:
            raise NotFound("No user with this id.")
        user = view.user
        if user.version != expected_version:
            raise StaleVersion()
        before = _snapshot(user)
        if cmd.display_name is not None:
            user.display_name = _clean_display_name(cmd.display_name)
        if cmd.email_set:
            user.email = (cmd.email or "").strip() or None
        if cmd.organisation_id is not None:
            user.organisation_id = cmd.organisation_id
        if cmd.roles is not None:
            user.roles = cmd.roles
        if cmd.active is not None:
            user.active = cmd.active
        if cmd.team_set:
            user.team = (cmd.team or "").strip() or None
        if actor.id == user.id and (not user.active or Role.ADMIN not in user.roles):
            raise Conflict("You cannot disable your own account or remove your own admin role.")
        if cmd.roles is not None or cmd.organisation_id is not None:
            await _check_roles(uow, user.organisation_id, user.roles)
        diff = changes(before, _snapshot(user))
        if not diff:
            return view
        now = clock.now()
        user.updated_at = now
        await uow.users.update(user, expected_version)
        if not user.active or "organisationId" in diff:
            await uow.sessions.revoke_all_for_user(user.id, now, "account_changed")
        uow.record(audit_entry(actor, "user.update", record_type="user", record_id=user.id, details={"changes": diff}))
        updated = await uow.users.get(user_id)  # with the new organisation's name, in the same transaction
        await uow.commit()
    assert updated is not None
    return updated


async def issue_activation_code(uow: UnitOfWork, clock: Clock, actor: Actor, user_id: UserId) -> ActivationCode:
    """Reset: the old password stops working, sessions end, a new one-time code is issued."""
    ensure(actor, Permission.USERS_MANAGE)
    async with uow:
        view = await uow.users.get(user_id)
        if view is None:
            raise NotFound("No user with this id.")
        user = view.user
        if actor.id == user.id:
            raise Conflict("Use the change-password function for your own account.")
        now = clock.now()
        version = user.version
        code = _issue_code(user, now)
        user.password_hash = None
        user.updated_at = now
        await uow.users.update(user, version)
        await uow.sessions.revoke_all_for_user(user.id, now, "password_reset")
        uow.record(audit_entry(actor, "user.activation_code", record_type="user", record_id=user.id))
        await uow.commit()
        return code
