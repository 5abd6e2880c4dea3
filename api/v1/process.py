"""The lifecycle as data, so the SPA's flow chart is drawn from the code itself."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import require
from api.v1.schemas.cases import Process, ProcessState, ProcessTransition
from api.v1.schemas.common import STANDARD_ERRORS, problem_responses
from domain.access.permissions import Permission
from domain.case.lifecycle import FINAL_STATUSES, TRANSITIONS, CaseStatus, EscalationLevel

router = APIRouter(tags=["process"])


@router.get(
    "/process", dependencies=[Depends(require(Permission.PROCESS_READ))], responses=problem_responses(*STANDARD_ERRORS)
)
async def get_process() -> Process:
    """States, allowed transitions and escalation levels of a case."""
    return Process(
        states=[ProcessState(code=s, final=s in FINAL_STATUSES) for s in CaseStatus],
        transitions=[
            ProcessTransition(
                name=t.name, from_status=t.source, to_status=t.target, closure_reasons=list(t.closure_reasons)
            )
            for t in TRANSITIONS
        ],
        escalation_levels=[int(level) for level in EscalationLevel],
    )
