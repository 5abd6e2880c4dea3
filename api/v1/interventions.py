"""The intervention catalogue (instrumentenkoffer): search, read, add, change and retire interventions."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.mappers import expected_version, set_etag
from api.v1.params import IF_MATCH
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.interventions import (
    AgeRangeIn,
    InterventionCreate,
    InterventionFields,
    InterventionOut,
    LabelIn,
    ProviderIn,
    RetireRequest,
    TextIn,
)
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.framework import DimensionCode, LocalText
from domain.ids import OrganisationId
from domain.plan.catalogue import AgeRange, Intervention, InterventionFilter, InterventionId, InterventionType, Provider
from domain.services import interventions

router = APIRouter(prefix="/interventions", tags=["interventions"])
INTERVENTION_ID = Path(alias="interventionId")
_TEXTS = ("description", "goal", "conditions", "legal_basis", "duration", "evidence_note")


def _text(value: LabelIn | TextIn) -> LocalText:
    return LocalText(nl=value.nl, en=value.en)


def _age(value: AgeRangeIn) -> AgeRange:
    return AgeRange(min=value.min, max=value.max, note=value.note.strip())


def _provider(value: ProviderIn) -> Provider:
    organisation = OrganisationId(value.organisation_id) if value.organisation_id is not None else None
    return Provider(organisation_id=organisation, name=value.name)


def _domain_changes(body: InterventionFields | InterventionCreate) -> dict[str, Any]:
    """The given fields in domain form (PATCH: only those sent)."""
    given = body.model_fields_set
    changes: dict[str, Any] = {}
    for name in given:
        value = getattr(body, name)
        if name == "code" or (value is None and name != "sunset_on"):
            continue
        if name == "name" or name in _TEXTS:
            changes[name] = _text(value)
        elif name == "process_steps":
            changes[name] = tuple(_text(step) for step in value)
        elif name in ("target_dimensions", "target_indicators"):
            changes[name] = tuple(dict.fromkeys(value))
        elif name == "target_age":
            changes[name] = _age(value)
        elif name == "provider":
            changes[name] = _provider(value)
        else:
            changes[name] = value
    return changes


def intervention_out(item: Intervention) -> InterventionOut:
    return InterventionOut.model_validate(item)


def _detail(item: Intervention, response: Response) -> InterventionOut:
    set_etag(response, item.version)
    return intervention_out(item)


@router.get("", responses=problem_responses(*STANDARD_ERRORS))
async def list_interventions(
    q: str = Query("", max_length=200, description="Words in the code, name or description (nl or en)."),
    type: InterventionType | None = Query(None),
    dimension: DimensionCode | None = Query(None),
    indicator: str | None = Query(None, max_length=8),
    age: int | None = Query(None, ge=0, le=120, description="The person's age: only interventions that fit it."),
    include_retired: bool = Query(False, alias="includeRetired"),
    actor: Actor = Depends(require(Permission.INTERVENTIONS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> list[InterventionOut]:
    """The catalogue, filtered, by code (not paged: a few hundred entries at most)."""
    query = InterventionFilter(q, type, dimension, indicator, age, include_retired)
    return [intervention_out(i) for i in await interventions.list_interventions(new_uow(), actor, query)]


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS, 409))
async def create_intervention(
    body: InterventionCreate,
    response: Response,
    actor: Actor = Depends(require(Permission.INTERVENTIONS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> InterventionOut:
    """Add an intervention; a code in use is a 409."""
    fields = _domain_changes(body) | {
        "target_dimensions": tuple(dict.fromkeys(body.target_dimensions)),
        "target_indicators": tuple(dict.fromkeys(body.target_indicators)),
        "target_age": _age(body.target_age),
        "process_steps": tuple(_text(s) for s in body.process_steps),
    }
    for name in ("contact", "informational_only", "sunset_on"):
        fields[name] = getattr(body, name)
    item = await interventions.create_intervention(new_uow(), c.clock, actor, Intervention(code=body.code, **fields))
    response.headers["Location"] = f"/api/v1/interventions/{item.id}"
    return _detail(item, response)


@router.get("/{interventionId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_intervention(
    response: Response,
    intervention_id: uuid.UUID = INTERVENTION_ID,
    actor: Actor = Depends(require(Permission.INTERVENTIONS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> InterventionOut:
    """One intervention, retired ones included (plans keep pointing at them)."""
    return _detail(await interventions.get_intervention(new_uow(), actor, InterventionId(intervention_id)), response)


@router.patch("/{interventionId}", responses=problem_responses(*STANDARD_ERRORS, 404, 409, 412, 428))
async def update_intervention(
    body: InterventionFields,
    response: Response,
    intervention_id: uuid.UUID = INTERVENTION_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.INTERVENTIONS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> InterventionOut:
    """Change the fields sent; a retired intervention no longer changes (409)."""
    version = expected_version(if_match)
    item = await interventions.change_intervention(
        new_uow(), c.clock, actor, InterventionId(intervention_id), version, _domain_changes(body)
    )
    return _detail(item, response)


@router.post("/{interventionId}/retire", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def retire_intervention(
    body: RetireRequest,
    response: Response,
    intervention_id: uuid.UUID = INTERVENTION_ID,
    actor: Actor = Depends(require(Permission.INTERVENTIONS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> InterventionOut:
    """Take it out of use, never deleted: plans keep pointing at it. Retiring twice is a 409."""
    item = await interventions.retire_intervention(
        new_uow(), c.clock, actor, InterventionId(intervention_id), body.reason
    )
    return _detail(item, response)
