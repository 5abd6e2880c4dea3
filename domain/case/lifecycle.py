"""The lifecycle of a case as a table of allowed transitions. The API, the SPA's
process chart and the tests are all driven from this one table."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class CaseStatus(enum.StrEnum):
    REFERRED = "referred"
    SCREENING = "screening"
    WEIGHING = "weighing"
    INTAKE = "intake"
    CASE_CONFERENCE = "case_conference"
    ACTIVE = "active"
    PAUSED = "paused"
    AFTERCARE = "aftercare"
    CLOSED = "closed"
    TRANSFERRED = "transferred"


FINAL_STATUSES = frozenset({CaseStatus.CLOSED, CaseStatus.TRANSFERRED})


class ClosureReason(enum.StrEnum):
    NO_ACTION = "no_action"
    REGULAR_CARE = "regular_care"
    CRIMINAL_TRACK = "criminal_track"
    GOALS_ACHIEVED = "goals_achieved"
    HANDED_OVER = "handed_over"
    MOVED_AWAY = "moved_away"
    DECEASED = "deceased"
    OTHER = "other"


class TransitionName(enum.StrEnum):
    START_SCREENING = "start_screening"
    DISMISS = "dismiss"
    START_WEIGHING = "start_weighing"
    REQUEST_MORE_INFORMATION = "request_more_information"
    INCLUDE = "include"
    DECIDE_NO_ACTION = "decide_no_action"
    REFER_TO_REGULAR_CARE = "refer_to_regular_care"
    REFER_TO_CRIMINAL_TRACK = "refer_to_criminal_track"
    CONVENE_CASE_CONFERENCE = "convene_case_conference"
    APPROVE_PLAN = "approve_plan"
    START_AFTERCARE = "start_aftercare"
    PAUSE = "pause"
    RESUME = "resume"
    TRANSFER = "transfer"
    CLOSE = "close"
    CONCERN_RETURNS = "concern_returns"
    REOPEN = "reopen"


@dataclass(frozen=True)
class Transition:
    name: TransitionName
    source: CaseStatus
    # None for reopen: the closed case stays closed and a new episode starts in `referred`.
    target: CaseStatus | None
    closure_reasons: tuple[ClosureReason, ...] = ()

    @property
    def closes(self) -> bool:
        return self.target is CaseStatus.CLOSED


S, T, R = CaseStatus, TransitionName, ClosureReason
_CLOSING_REASONS = (R.GOALS_ACHIEVED, R.HANDED_OVER, R.MOVED_AWAY, R.DECEASED, R.OTHER)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(T.START_SCREENING, S.REFERRED, S.SCREENING),
    Transition(T.DISMISS, S.REFERRED, S.CLOSED, (R.NO_ACTION,)),
    Transition(T.START_WEIGHING, S.SCREENING, S.WEIGHING),
    # The outcomes of the weighing meeting (weegploeg: municipality, police, OM).
    Transition(T.REQUEST_MORE_INFORMATION, S.WEIGHING, S.SCREENING),
    Transition(T.INCLUDE, S.WEIGHING, S.INTAKE),
    Transition(T.DECIDE_NO_ACTION, S.WEIGHING, S.CLOSED, (R.NO_ACTION,)),
    Transition(T.REFER_TO_REGULAR_CARE, S.WEIGHING, S.CLOSED, (R.REGULAR_CARE,)),
    Transition(T.REFER_TO_CRIMINAL_TRACK, S.WEIGHING, S.CLOSED, (R.CRIMINAL_TRACK,)),
    Transition(T.CONVENE_CASE_CONFERENCE, S.INTAKE, S.CASE_CONFERENCE),
    Transition(T.APPROVE_PLAN, S.CASE_CONFERENCE, S.ACTIVE),
    Transition(T.START_AFTERCARE, S.ACTIVE, S.AFTERCARE),
    Transition(T.PAUSE, S.ACTIVE, S.PAUSED),
    Transition(T.TRANSFER, S.ACTIVE, S.TRANSFERRED),
    Transition(T.RESUME, S.PAUSED, S.ACTIVE),
    Transition(T.CLOSE, S.AFTERCARE, S.CLOSED, _CLOSING_REASONS),
    Transition(T.CONCERN_RETURNS, S.AFTERCARE, S.ACTIVE),
    Transition(T.REOPEN, S.CLOSED, None),
)
del S, T, R

_BY_KEY = {(t.source, t.name): t for t in TRANSITIONS}


def transitions_from(status: CaseStatus) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source is status]


def find_transition(status: CaseStatus, name: TransitionName) -> Transition | None:
    return _BY_KEY.get((status, name))


class EscalationLevel(enum.IntEnum):
    """0 regular care, 1 case conference, 2 chain process direction, 3 administrative (driehoek)."""

    REGULAR_CARE = 0
    CASE_CONFERENCE = 1
    CHAIN_DIRECTION = 2
    ADMINISTRATIVE = 3


class DeEscalationCriterion(enum.StrEnum):
    """What must be true, at least one of them, to lower the level (DESIGN section 3)."""

    NO_ACUTE_FLAGS = "no_acute_flags"
    INTENT_BEHAVIOUR_ABSENT = "intent_behaviour_absent"
    GOALS_MET = "goals_met"
    HANDED_OVER = "handed_over"
