"""Cases for the domain tests, brought into each status along the process of DESIGN section 3."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from domain.case.lifecycle import CaseStatus, TransitionName
from domain.case.model import ActorRef, Case, Ideology, Referral
from domain.ids import OrganisationId
from domain.person.model import PersonId

S, T = CaseStatus, TransitionName

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ACTOR = ActorRef(uuid.UUID(int=1), "Regisseur Test")
SOURCE = OrganisationId(uuid.UUID(int=100))

# DESIGN section 3, in the order the API and the process chart list them. None: reopening
# leaves the closed case as it is and starts a new one.
EXPECTED: dict[CaseStatus, dict[TransitionName, CaseStatus | None]] = {
    S.REFERRED: {T.START_SCREENING: S.SCREENING, T.DISMISS: S.CLOSED},
    S.SCREENING: {T.START_WEIGHING: S.WEIGHING},
    S.WEIGHING: {
        T.REQUEST_MORE_INFORMATION: S.SCREENING,
        T.INCLUDE: S.INTAKE,
        T.DECIDE_NO_ACTION: S.CLOSED,
        T.REFER_TO_REGULAR_CARE: S.CLOSED,
        T.REFER_TO_CRIMINAL_TRACK: S.CLOSED,
    },
    S.INTAKE: {T.CONVENE_CASE_CONFERENCE: S.CASE_CONFERENCE},
    S.CASE_CONFERENCE: {T.APPROVE_PLAN: S.ACTIVE},
    S.ACTIVE: {T.START_AFTERCARE: S.AFTERCARE, T.PAUSE: S.PAUSED, T.TRANSFER: S.TRANSFERRED},
    S.PAUSED: {T.RESUME: S.ACTIVE},
    S.AFTERCARE: {T.CLOSE: S.CLOSED, T.CONCERN_RETURNS: S.ACTIVE},
    S.CLOSED: {T.REOPEN: None},
    S.TRANSFERRED: {},
}

# The shortest way from `referred` to each status.
PATH_TO: dict[CaseStatus, tuple[TransitionName, ...]] = {
    S.REFERRED: (),
    S.SCREENING: (T.START_SCREENING,),
    S.WEIGHING: (T.START_SCREENING, T.START_WEIGHING),
    S.INTAKE: (T.START_SCREENING, T.START_WEIGHING, T.INCLUDE),
    S.CASE_CONFERENCE: (T.START_SCREENING, T.START_WEIGHING, T.INCLUDE, T.CONVENE_CASE_CONFERENCE),
    S.ACTIVE: (T.START_SCREENING, T.START_WEIGHING, T.INCLUDE, T.CONVENE_CASE_CONFERENCE, T.APPROVE_PLAN),
    S.PAUSED: (T.START_SCREENING, T.START_WEIGHING, T.INCLUDE, T.CONVENE_CASE_CONFERENCE, T.APPROVE_PLAN, T.PAUSE),
    S.AFTERCARE: (
        T.START_SCREENING,
        T.START_WEIGHING,
        T.INCLUDE,
        T.CONVENE_CASE_CONFERENCE,
        T.APPROVE_PLAN,
        T.START_AFTERCARE,
    ),
    S.CLOSED: (T.DISMISS,),
    S.TRANSFERRED: (
        T.START_SCREENING,
        T.START_WEIGHING,
        T.INCLUDE,
        T.CONVENE_CASE_CONFERENCE,
        T.APPROVE_PLAN,
        T.TRANSFER,
    ),
}


def new_case(at: datetime = AT) -> Case:
    referral = Referral(SOURCE, "J. de Wit", date(2026, 3, 1), "Signalen via school", "Zoekt contact", Ideology.UNCLEAR)
    return Case.open(reference="RAD-2026-0001", person_id=PersonId(uuid.uuid4()), referral=referral, actor=ACTOR, at=at)


def case_in(status: CaseStatus) -> Case:
    """A case moved to `status` one hour per step after AT."""
    case = new_case()
    for i, name in enumerate(PATH_TO[status], start=1):
        case.apply(name, reason=f"step {i}", actor=ACTOR, at=AT + timedelta(hours=i))
    assert case.status is status
    return case
