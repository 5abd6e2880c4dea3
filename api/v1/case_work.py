"""Working in a case: its participants and its journal."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Path, Response, status

from api.deps import Container, UowFactory, container, require, uow_factory
from api.v1.case_mappers import journal_entry_out, participant_out
from api.v1.params import page_request
from api.v1.schemas.cases import JournalEntryCreate, JournalEntryOut, ParticipantCreate, ParticipantEnd, ParticipantOut
from api.v1.schemas.common import STANDARD_ERRORS, Page, problem_responses
from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.case.journal import JournalEntryId
from domain.case.model import CaseId
from domain.ids import OrganisationId
from domain.ports import PageRequest
from domain.services import case_lifecycle, journal

router = APIRouter(prefix="/cases/{caseId}", tags=["case-work"])
CASE_ID = Path(alias="caseId")


@router.post(
    "/participants", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS, 404, 409)
)
async def add_participant(
    body: ParticipantCreate,
    response: Response,
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.CASES_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> ParticipantOut:
    """An organisation (and its contact) joins the case in a role; informants get no access to it."""
    org_id = OrganisationId(body.organisation_id)
    added = await case_lifecycle.add_participant(
        new_uow(), c.clock, actor, CaseId(case_id), org_id, body.role, body.contact_name
    )
    response.headers["Location"] = f"/api/v1/cases/{case_id}"
    return participant_out(added.participation, {org_id: added.organisation_name})


@router.post("/participants/{participantId}/end", responses=problem_responses(*STANDARD_ERRORS, 404, 409))
async def end_participant(
    body: ParticipantEnd,
    case_id: uuid.UUID = CASE_ID,
    participant_id: uuid.UUID = Path(alias="participantId"),
    actor: Actor = Depends(require(Permission.CASES_MANAGE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> ParticipantOut:
    """End a participation; it stays in the history."""
    ended = await case_lifecycle.end_participant(
        new_uow(), c.clock, actor, CaseId(case_id), participant_id, body.reason
    )
    return participant_out(ended.participation, {ended.participation.organisation_id: ended.organisation_name})


@router.get("/journal-entries", responses=problem_responses(*STANDARD_ERRORS, 404))
async def list_journal_entries(
    case_id: uuid.UUID = CASE_ID,
    page: PageRequest = Depends(page_request),
    actor: Actor = Depends(require(Permission.CASES_READ)),
    new_uow: UowFactory = Depends(uow_factory),
) -> Page[JournalEntryOut]:
    """Newest first. Entries beyond your visibility are left out, or shown by their summary only."""
    found = await journal.list_entries(new_uow(), actor, CaseId(case_id), page)
    return Page[JournalEntryOut](items=[journal_entry_out(e) for e in found.items], next_cursor=found.next_cursor)


@router.post(
    "/journal-entries", status_code=status.HTTP_201_CREATED, responses=problem_responses(*STANDARD_ERRORS, 404)
)
async def create_journal_entry(
    body: JournalEntryCreate,
    case_id: uuid.UUID = CASE_ID,
    actor: Actor = Depends(require(Permission.JOURNAL_WRITE)),
    c: Container = Depends(container),
    new_uow: UowFactory = Depends(uow_factory),
) -> JournalEntryOut:
    """Entries are never edited: to correct one, write a new entry with `correctsEntryId`."""
    cmd = journal.WriteEntry(
        body.occurred_on,
        body.category,
        body.visibility,
        body.body,
        body.summary,
        JournalEntryId(body.corrects_entry_id) if body.corrects_entry_id else None,
    )
    return journal_entry_out(await journal.write_entry(new_uow(), c.clock, actor, CaseId(case_id), cmd))
