"""Use cases of authentication: login, refresh, logout, activation, password change,
and turning a session or API token into an actor."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain.access.actor import Actor, ActorType
from domain.access.permissions import Permission
from domain.access.policies import permissions_for_roles, permissions_for_scopes
from domain.audit.model import AuditEntry, Outcome
from domain.errors import AuthenticationFailed, InvalidInput, Throttled
from domain.identity.model import AuthSession, Organisation, User
from domain.identity.passwords import password_problem
from domain.identity.throttle import ThrottlePolicy, retry_after
from domain.ids import SessionId, new_id
from domain.ports import Clock, PasswordHasher, UnitOfWork
from domain.services.common import audit_entry, keyed_hash, sha256_hex

LOGIN_FAILED = "Unknown username or wrong password."


@dataclass(frozen=True)
class AuthConfig:
    account_key_secret: bytes
    session_idle: timedelta = timedelta(minutes=30)
    session_absolute: timedelta = timedelta(hours=12)
    throttle: ThrottlePolicy = field(default_factory=ThrottlePolicy)


@dataclass(frozen=True)
class IssuedSession:
    actor: Actor
    session_id: SessionId
    refresh_token: str


def actor_for_user(user: User, organisation: Organisation, session_id: uuid.UUID | None = None) -> Actor:
    return Actor(
        type=ActorType.USER,
        id=user.id,
        display_name=user.display_name,
        organisation_id=organisation.id,
        organisation_name=organisation.name,
        organisation_kind=organisation.kind,
        roles=user.roles,
        permissions=permissions_for_roles(user.roles),
        username=user.username,
        session_id=session_id,
        team=user.team,
    )


def _new_refresh_token(session_id: SessionId) -> tuple[str, str]:
    secret = secrets.token_urlsafe(32)
    return f"{session_id}.{secret}", sha256_hex(secret)


def _parse_refresh_token(token: str) -> tuple[SessionId, str] | None:
    session_part, _, secret = token.partition(".")
    try:
        return SessionId(uuid.UUID(session_part)), secret
    except ValueError:
        return None


async def _check_throttle(
    uow: UnitOfWork, config: AuthConfig, now: datetime, account_key: str, client_address: str | None
) -> None:
    since = now - config.throttle.window
    wait = retry_after(
        config.throttle,
        now,
        await uow.login_attempts.account_failures(account_key, since),
        await uow.login_attempts.address_failures(client_address, since),
    )
    if wait is not None:
        uow.record(AuditEntry(action="auth.login", outcome=Outcome.DENIED, details={"reason": "throttled"}))
        await uow.commit()
        raise Throttled(wait)


async def login(
    uow: UnitOfWork,
    clock: Clock,
    hasher: PasswordHasher,
    config: AuthConfig,
    *,
    username: str,
    password: str,
    client_address: str | None,
) -> IssuedSession:
    """Check credentials under throttling and open a session. Unknown users and wrong
    passwords fail identically; every attempt is recorded and audited."""
    account_key = keyed_hash(config.account_key_secret, username.strip().lower())
    async with uow:
        now = clock.now()
        await _check_throttle(uow, config, now, account_key, client_address)
        user = await uow.users.get_by_username(username.strip())
        usable = user is not None and user.active and user.password_hash is not None
        valid, upgraded_hash = hasher.verify(password, user.password_hash if usable and user else None)
        principal = None
        if usable and valid and user:
            principal = await uow.organisations.get(user.organisation_id)
        if user is None or principal is None or not principal.active or not (usable and valid):
            await uow.login_attempts.add(account_key, client_address, False, now)
            uow.record(
                AuditEntry(
                    action="auth.login",
                    outcome=Outcome.FAILURE,
                    record_type="user" if user else None,
                    record_id=str(user.id) if user else None,
                    details={"reason": "invalid_credentials"},
                )
            )
            await uow.commit()
            raise AuthenticationFailed(LOGIN_FAILED)
        await uow.login_attempts.add(account_key, client_address, True, now)
        await uow.users.record_login(user.id, now, upgraded_hash)
        session_id = SessionId(new_id())
        token, token_hash = _new_refresh_token(session_id)
        await uow.sessions.add(
            AuthSession(
                id=session_id,
                user_id=user.id,
                refresh_token_hash=token_hash,
                created_at=now,
                refreshed_at=now,
                idle_expires_at=min(now + config.session_idle, now + config.session_absolute),
                absolute_expires_at=now + config.session_absolute,
            )
        )
        actor = actor_for_user(user, principal, session_id)
        uow.record(audit_entry(actor, "auth.login", record_type="user", record_id=user.id))
        await uow.commit()
        return IssuedSession(actor, session_id, token)


async def refresh(uow: UnitOfWork, clock: Clock, config: AuthConfig, *, refresh_token: str) -> IssuedSession:
    """Rotate the refresh token. A token that was already rotated away means it was
    copied: the whole session is revoked."""
    parsed = _parse_refresh_token(refresh_token)
    if parsed is None:
        raise AuthenticationFailed("The session has ended; log in again.")
    session_id, secret = parsed
    async with uow:
        now = clock.now()
        principal = await uow.sessions.get_principal(session_id)
        if (
            principal is None
            or not principal.session.is_live(now)
            or not _may_act(principal.user, principal.organisation)
        ):
            raise AuthenticationFailed("The session has ended; log in again.")
        session = principal.session
        if not secrets.compare_digest(session.refresh_token_hash, sha256_hex(secret)):
            session.revoked_at, session.revoked_reason = now, "refresh_token_reuse"
            await uow.sessions.save(session)
            uow.record(
                AuditEntry(
                    action="auth.refresh",
                    outcome=Outcome.DENIED,
                    record_type="session",
                    record_id=str(session.id),
                    details={"reason": "refresh_token_reuse"},
                    actor_type=ActorType.USER.value,
                    actor_id=principal.user.id,
                    organisation_id=principal.organisation.id,
                )
            )
            await uow.commit()
            raise AuthenticationFailed("The session has ended; log in again.")
        token, token_hash = _new_refresh_token(session_id)
        session.refresh_token_hash = token_hash
        session.refreshed_at = now
        session.idle_expires_at = min(now + config.session_idle, session.absolute_expires_at)
        await uow.sessions.save(session)
        await uow.commit()
        return IssuedSession(actor_for_user(principal.user, principal.organisation, session_id), session_id, token)


def _may_act(user: User, organisation: Organisation) -> bool:
    return user.active and user.password_hash is not None and organisation.active


async def actor_for_session(uow: UnitOfWork, clock: Clock, session_id: SessionId) -> Actor:
    """The actor behind a session, with roles read now: a disabled user, an ended
    session or a changed role takes effect on the very next request."""
    async with uow:
        principal = await uow.sessions.get_principal(session_id)
        if principal is None or not principal.session.is_live(clock.now()):
            raise AuthenticationFailed("The session has ended; log in again.")
        if not _may_act(principal.user, principal.organisation):
            raise AuthenticationFailed("The account is disabled.")
        return actor_for_user(principal.user, principal.organisation, session_id)


async def actor_for_api_token(uow: UnitOfWork, clock: Clock, raw_token: str) -> Actor:
    """The actor behind an API token; its permissions are its scopes, capped by policy."""
    async with uow:
        now = clock.now()
        principal = await uow.api_tokens.get_principal(sha256_hex(raw_token))
        if principal is None or not principal.token.is_live(now) or not principal.organisation.active:
            raise AuthenticationFailed("The API token is unknown, expired or revoked.")
        token, organisation = principal.token, principal.organisation
        await uow.api_tokens.touch(token.id, now)
        await uow.commit()
        return Actor(
            type=ActorType.API_TOKEN,
            id=token.id,
            display_name=token.name,
            organisation_id=organisation.id,
            organisation_name=organisation.name,
            organisation_kind=organisation.kind,
            roles=frozenset(),
            permissions=permissions_for_scopes(token.scopes) | {Permission.ME_READ},
        )


async def logout(uow: UnitOfWork, clock: Clock, actor: Actor) -> None:
    async with uow:
        if actor.session_id is not None:
            principal = await uow.sessions.get_principal(SessionId(actor.session_id))
            if principal is not None and principal.session.revoked_at is None:
                principal.session.revoked_at, principal.session.revoked_reason = clock.now(), "logout"
                await uow.sessions.save(principal.session)
        uow.record(audit_entry(actor, "auth.logout", record_type="session", record_id=actor.session_id))
        await uow.commit()


def normalise_activation_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


async def activate(
    uow: UnitOfWork,
    clock: Clock,
    hasher: PasswordHasher,
    config: AuthConfig,
    *,
    username: str,
    activation_code: str,
    new_password: str,
    client_address: str | None,
) -> None:
    """Set a first (or reset) password with the one-time code an administrator issued.
    The code is checked first: without a valid code nothing is said about the password."""
    account_key = keyed_hash(config.account_key_secret, username.strip().lower())
    async with uow:
        now = clock.now()
        await _check_throttle(uow, config, now, account_key, client_address)
        user = await uow.users.get_by_username(username.strip())
        code_hash = sha256_hex(normalise_activation_code(activation_code))
        valid = (
            user is not None
            and user.active
            and user.activation_code_hash is not None
            and secrets.compare_digest(user.activation_code_hash, code_hash)
            and user.activation_expires_at is not None
            and now < user.activation_expires_at
        )
        if not valid or user is None:
            await uow.login_attempts.add(account_key, client_address, False, now)
            uow.record(AuditEntry(action="auth.activate", outcome=Outcome.FAILURE, details={"reason": "invalid_code"}))
            await uow.commit()
            raise AuthenticationFailed("The username or activation code is wrong or the code has expired.")
        problem = password_problem(new_password, username=user.username)
        if problem:
            raise InvalidInput.field("newPassword", problem)
        version = user.version
        user.password_hash = hasher.hash(new_password)
        user.activation_code_hash = None
        user.activation_expires_at = None
        user.updated_at = now
        await uow.users.update(user, version)
        await uow.sessions.revoke_all_for_user(user.id, now, "password_set")
        await uow.login_attempts.add(account_key, client_address, True, now)
        uow.record(
            AuditEntry(
                action="auth.activate",
                record_type="user",
                record_id=str(user.id),
                actor_type=ActorType.USER.value,
                actor_id=user.id,
                organisation_id=user.organisation_id,
            )
        )
        await uow.commit()


async def change_password(
    uow: UnitOfWork,
    clock: Clock,
    hasher: PasswordHasher,
    config: AuthConfig,
    actor: Actor,
    *,
    current_password: str,
    new_password: str,
    client_address: str | None,
) -> None:
    """Change one's own password; other sessions of the account end. Wrong current
    passwords count towards the same lockout as failed logins (a stolen session cannot
    be used to guess the password)."""
    if actor.type is not ActorType.USER or actor.id is None or actor.username is None:
        raise AuthenticationFailed("Only a person can change a password.")
    account_key = keyed_hash(config.account_key_secret, actor.username.lower())
    async with uow:
        await _check_throttle(uow, config, clock.now(), account_key, client_address)
        view = await uow.users.get(actor.id)  # type: ignore[arg-type]
        if view is None:
            raise AuthenticationFailed("The account no longer exists.")
        user = view.user
        valid, _ = hasher.verify(current_password, user.password_hash)
        if not valid:
            await uow.login_attempts.add(account_key, client_address, False, clock.now())
            uow.record(
                audit_entry(
                    actor, "auth.password_change", record_type="user", record_id=user.id, outcome=Outcome.FAILURE
                )
            )
            await uow.commit()
            raise InvalidInput.field("currentPassword", "is not the current password")
        problem = password_problem(new_password, username=actor.username)
        if problem:
            raise InvalidInput.field("newPassword", problem)
        now = clock.now()
        version = user.version
        user.password_hash = hasher.hash(new_password)
        user.updated_at = now
        await uow.users.update(user, version)
        keep = SessionId(actor.session_id) if actor.session_id else None
        await uow.sessions.revoke_all_for_user(user.id, now, "password_changed", keep=keep)
        uow.record(audit_entry(actor, "auth.password_change", record_type="user", record_id=user.id))
        await uow.commit()
