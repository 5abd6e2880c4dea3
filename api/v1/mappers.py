"""Domain objects -> response schemas, and HTTP concurrency helpers."""

from __future__ import annotations

import re

from fastapi import Response

from api.errors import PreconditionRequired
from api.v1.schemas.identity import AuditEventOut, Me, OrganisationOut, OrganisationRef, UserOut
from domain.access.actor import Actor
from domain.audit.model import AuditRow
from domain.errors import StaleVersion
from domain.identity.model import Organisation
from domain.ports import UserView

_ETAG = re.compile(r'^"(\d{1,12})"$')


def etag(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def expected_version(if_match: str | None) -> int:
    """The version the caller last read: 428 when it did not say, 412 when it is not ours."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequired("Send the ETag you last read in an If-Match header.")
    found = _ETAG.match(if_match.strip())
    if found is None:
        raise StaleVersion()
    return int(found.group(1))


def me_out(actor: Actor) -> Me:
    assert actor.id is not None and actor.organisation_id is not None and actor.organisation_kind is not None
    return Me(
        actor_type=actor.type,
        id=actor.id,
        username=actor.username,
        display_name=actor.display_name,
        organisation=OrganisationRef(
            id=actor.organisation_id, name=actor.organisation_name or "", kind=actor.organisation_kind
        ),
        roles=sorted(actor.roles),
        permissions=sorted(p.value for p in actor.permissions),
    )


def organisation_out(org: Organisation) -> OrganisationOut:
    return OrganisationOut.model_validate(org)


def user_out(view: UserView) -> UserOut:
    user = view.user
    return UserOut(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        email=user.email,
        organisation_id=user.organisation_id,
        organisation_name=view.organisation_name,
        roles=sorted(user.roles),
        team=user.team,
        active=user.active,
        activation_pending=user.activation_pending,
        last_login_at=user.last_login_at,
        created_at=user.created_at,
        updated_at=user.updated_at,
        version=user.version,
    )


def audit_event_out(row: AuditRow) -> AuditEventOut:
    return AuditEventOut.model_validate(row)
