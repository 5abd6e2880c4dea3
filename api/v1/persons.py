"""Persons (betrokkenen): the duplicate check, reading, changing, relations and the audited BSN reveal."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.case_mappers import person_case_ref, person_out
from api.v1.mappers import expected_version, set_etag
from api.v1.params import IF_MATCH
from api.v1.person_inputs import address
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from api.v1.schemas.persons import (
    BsnRevealed,
    MatchRequest,
    PersonMatches,
    PersonMatchOut,
    PersonOut,
    PersonUpdate,
    RelationCreate,
    RelationOut,
)
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.person.model import ExternalId, PersonId
from domain.services import persons, referrals

router = APIRouter(prefix="/persons", tags=["persons"])
PERSON_ID = Path(alias="personId")


@router.post("/matches", responses=problem_responses(*STANDARD_ERRORS))
async def match_persons(
    body: MatchRequest,
    actor: Actor = Depends(require(Permission.CASES_CREATE)),
    new_uow: UowFactory = Depends(uow_factory),
) -> PersonMatches:
    """The duplicate check at intake: known persons with the same BSN, or a similar name
    (spelling variants) and the same date of birth, with their earlier and running cases.
    A POST, so that a BSN never appears in a URL."""
    found = await referrals.find_matches(
        new_uow(),
        actor,
        surname=body.surname,
        first_names=body.first_names,
        date_of_birth=body.date_of_birth,
        bsn=body.bsn,
    )
    return PersonMatches(
        items=[
            PersonMatchOut(
                person_id=m.person.id,
                full_name=m.person.full_name,
                date_of_birth=m.person.date_of_birth,
                district=m.person.district,
                bsn_match=m.bsn_match,
                cases=[person_case_ref(c) for c in m.cases],
            )
            for m in found
        ]
    )


@router.get("/{personId}", responses=problem_responses(*STANDARD_ERRORS, 404))
async def get_person(
    response: Response,
    person_id: uuid.UUID = PERSON_ID,
    actor: Actor = Depends(require(Permission.PERSONS_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> PersonOut:
    """A person you know through one of their cases; the BSN is masked."""
    view = await persons.get_person(new_uow(), actor, PersonId(person_id))
    set_etag(response, view.person.version)
    return person_out(view)


@router.patch("/{personId}", responses=problem_responses(*STANDARD_ERRORS, 404, 412, 428))
async def update_person(
    body: PersonUpdate,
    response: Response,
    person_id: uuid.UUID = PERSON_ID,
    if_match: str | None = IF_MATCH,
    actor: Actor = Depends(require(Permission.PERSONS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> PersonOut:
    version = expected_version(if_match)
    fields = frozenset(body.model_fields_set)
    cmd = persons.UpdatePerson(
        fields_set=fields,
        first_names=body.first_names,
        prefix=body.prefix,
        surname=body.surname,
        date_of_birth=body.date_of_birth,
        gender=body.gender,
        address=address(body.address),
        district=body.district,
        bsn=body.bsn,
        external_ids=tuple(ExternalId(e.system, e.value) for e in body.external_ids)
        if body.external_ids is not None
        else None,
    )
    view = await persons.update_person(new_uow(), c.clock, actor, PersonId(person_id), cmd, version)
    set_etag(response, view.person.version)
    return person_out(view)


@router.post("/{personId}/bsn-reveals", responses=problem_responses(*STANDARD_ERRORS, 404))
async def reveal_bsn(
    person_id: uuid.UUID = PERSON_ID,
    actor: Actor = Depends(require(Permission.PERSONS_REVEAL_BSN)),
    new_uow: UowFactory = Depends(uow_factory),
) -> BsnRevealed:
    """The BSN in clear. Every reveal is recorded in the audit trail."""
    return BsnRevealed(bsn=await persons.reveal_bsn(new_uow(), actor, PersonId(person_id)))


@router.post(
    "/{personId}/relations", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS, 404)
)
async def add_relation(
    body: RelationCreate,
    person_id: uuid.UUID = PERSON_ID,
    actor: Actor = Depends(require(Permission.PERSONS_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> RelationOut:
    new_person = None
    if body.person is not None:
        new_person = referrals.PersonInput(
            first_names=body.person.first_names,
            surname=body.person.surname,
            prefix=body.person.prefix,
            date_of_birth=body.person.date_of_birth,
        )
    cmd = persons.AddRelation(
        body.relation, PersonId(body.related_person_id) if body.related_person_id else None, new_person
    )
    added = await persons.add_relation(new_uow(), c.clock, actor, PersonId(person_id), cmd)
    return RelationOut(
        id=added.relation.id,
        related_person_id=added.relation.related_person_id,
        related_person_name=added.related_person_name,
        relation=added.relation.relation,
    )


@router.delete(
    "/{personId}/relations/{relationId}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(*STANDARD_ERRORS, 404),
)
async def remove_relation(
    person_id: uuid.UUID = PERSON_ID,
    relation_id: uuid.UUID = Path(alias="relationId"),
    actor: Actor = Depends(require(Permission.PERSONS_MANAGE)),
    new_uow: UowFactory = Depends(uow_factory),
) -> None:
    await persons.remove_relation(new_uow(), actor, PersonId(person_id), relation_id)
