"""Typed decisions of a meeting about one case. Each decision carries out its domain change on the case (and, for
approving a plan, on the plan) and cites the meeting in the case's history (`reference`); the service stores the
change and the decision in one transaction, so a change that is not allowed leaves nothing behind."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from domain.assessment.framework import ConcernLevel
from domain.case.lifecycle import ClosureReason, EscalationLevel, TransitionName
from domain.case.model import ActorRef, Case, CaseId
from domain.errors import Conflict, InvalidInput, InvalidParam
from domain.ids import OrganisationId, UserId, new_id
from domain.meeting.checklists import Answer, check_closing, check_de_escalation, check_inclusion
from domain.meeting.model import ItemId, Meeting, MeetingId, MeetingType


class DecisionType(enum.StrEnum):
    # Weighing outcomes (weegploeg).
    INCLUDE = "include"
    REQUEST_MORE_INFORMATION = "request_more_information"
    NO_ACTION = "no_action"
    REGULAR_CARE = "regular_care"
    CRIMINAL_TRACK = "criminal_track"
    # Case conference and escalation meetings.
    APPROVE_PLAN = "approve_plan"
    ESCALATE = "escalate"
    DE_ESCALATE = "de_escalate"
    ASSIGN_REGISSEUR = "assign_regisseur"
    AGREE_CONCERN_LEVEL = "agree_concern_level"
    PAUSE = "pause"
    CLOSE = "close"
    TRANSFER = "transfer"


class View(enum.StrEnum):
    """A core partner's view on inclusion, recorded before the weighing meeting may include."""

    AGREE = "agree"
    DISAGREE = "disagree"
    ABSTAIN = "abstain"


WEIGHING_OUTCOMES = frozenset(
    {
        DecisionType.INCLUDE,
        DecisionType.REQUEST_MORE_INFORMATION,
        DecisionType.NO_ACTION,
        DecisionType.REGULAR_CARE,
        DecisionType.CRIMINAL_TRACK,
    }
)
_EVERYWHERE = frozenset({DecisionType.ASSIGN_REGISSEUR, DecisionType.AGREE_CONCERN_LEVEL})
ALLOWED_IN: dict[MeetingType, frozenset[DecisionType]] = {
    MeetingType.WEIGHING: WEIGHING_OUTCOMES | _EVERYWHERE,
    MeetingType.CASE_CONFERENCE: frozenset(DecisionType) - WEIGHING_OUTCOMES,
    MeetingType.ESCALATION: _EVERYWHERE
    | {DecisionType.ESCALATE, DecisionType.DE_ESCALATE, DecisionType.PAUSE, DecisionType.CLOSE, DecisionType.TRANSFER},
}
TRANSITION_OF: dict[DecisionType, TransitionName] = {
    DecisionType.INCLUDE: TransitionName.INCLUDE,
    DecisionType.REQUEST_MORE_INFORMATION: TransitionName.REQUEST_MORE_INFORMATION,
    DecisionType.NO_ACTION: TransitionName.DECIDE_NO_ACTION,
    DecisionType.REGULAR_CARE: TransitionName.REFER_TO_REGULAR_CARE,
    DecisionType.CRIMINAL_TRACK: TransitionName.REFER_TO_CRIMINAL_TRACK,
    DecisionType.PAUSE: TransitionName.PAUSE,
    DecisionType.CLOSE: TransitionName.CLOSE,
    DecisionType.TRANSFER: TransitionName.TRANSFER,
}


@dataclass(frozen=True)
class FollowUp:
    """An action item agreed with the decision: who does what, for which organisation, by when."""

    text: str
    owner_name: str
    organisation_id: OrganisationId
    due_on: date


@dataclass(frozen=True)
class DecisionInput:
    """What the meeting decided; the fields a type needs are checked by `decide`."""

    type: DecisionType
    rationale: str
    checklist: Mapping[str, Answer] = field(default_factory=dict)
    views: Mapping[OrganisationId, View] = field(default_factory=dict)
    level: int | None = None  # escalate / de-escalate
    concern_level: ConcernLevel | None = None  # agree_concern_level
    closure_reason: ClosureReason | None = None  # close
    regisseur_id: uuid.UUID | None = None  # assign_regisseur
    plan_id: uuid.UUID | None = None  # approve_plan
    dissent: str = ""
    follow_up: FollowUp | None = None  # required when asking for more information: never open-ended


@dataclass(frozen=True)
class Decision:
    meeting_id: MeetingId
    item_id: ItemId
    case_id: CaseId
    type: DecisionType
    rationale: str
    number: int  # within the meeting
    reference: str  # cited in the case history: "<meeting reference>/<number>"
    by: ActorRef
    at: datetime
    details: dict[str, Any]
    id: uuid.UUID = field(default_factory=new_id)


def _views(meeting: Meeting, core: frozenset[OrganisationId], given: Mapping[OrganisationId, View]) -> dict[str, str]:
    """Every core partner taking part in the meeting records a view before inclusion."""
    missing = [o for o in meeting.organisation_ids if o in core and o not in given]
    if missing:
        raise InvalidInput([InvalidParam(f"views.{o}", "this core partner has not given a view") for o in missing])
    return {str(o): v.value for o, v in given.items()}


def decide(
    meeting: Meeting,
    item_id: ItemId,
    case: Case,
    cmd: DecisionInput,
    *,
    number: int,
    core_partners: frozenset[OrganisationId],
    by: ActorRef,
    at: datetime,
) -> Decision:
    """Check the decision against the meeting, the agenda item and its checklist, and carry out its change on the
    case. Approving a plan is carried out by the caller on the plan (the case moves to active here when it waits
    for its first plan). Raises without changing anything it has not finished checking."""
    if not meeting.in_session:
        raise Conflict("Decisions are recorded while the meeting is in progress.", {"status": meeting.status.value})
    item = meeting.item(item_id)
    if item.case_id != case.id:
        raise InvalidInput.field("itemId", "is about another case")
    if cmd.type not in ALLOWED_IN[meeting.type]:
        raise InvalidInput.field("type", f"a {meeting.type.value} meeting does not decide '{cmd.type.value}'")
    rationale = cmd.rationale.strip()
    if not rationale:
        raise InvalidInput.field("rationale", "is required")
    reference = f"{meeting.reference}/{number}"
    details: dict[str, Any] = {"checklist": {k: v.value for k, v in cmd.checklist.items()}}
    if cmd.dissent.strip():
        details["dissent"] = cmd.dissent.strip()
    if cmd.type is DecisionType.REQUEST_MORE_INFORMATION and cmd.follow_up is None:
        raise InvalidInput.field("followUp", "say who gathers which information, and by when")
    if cmd.follow_up is not None:
        details["followUp"] = {"ownerName": cmd.follow_up.owner_name, "dueOn": cmd.follow_up.due_on.isoformat()}
    if cmd.type is DecisionType.INCLUDE:
        check_inclusion(cmd.checklist)
        details["views"] = _views(meeting, core_partners, cmd.views)
    if cmd.type in TRANSITION_OF:
        if cmd.type is DecisionType.CLOSE:
            check_closing(cmd.checklist)
            details["closureReason"] = cmd.closure_reason.value if cmd.closure_reason else None
        case.apply(
            TRANSITION_OF[cmd.type],
            reason=rationale,
            actor=by,
            at=at,
            closure_reason=cmd.closure_reason,
            decision_reference=reference,
        )
        details["status"] = case.status.value
    elif cmd.type in (DecisionType.ESCALATE, DecisionType.DE_ESCALATE):
        if cmd.level is None:
            raise InvalidInput.field("level", "is required")
        lowering = cmd.type is DecisionType.DE_ESCALATE
        if lowering != (cmd.level < case.escalation_level):
            word = "below" if lowering else "above"
            raise InvalidInput.field("level", f"must be {word} the current level {int(case.escalation_level)}")
        criteria = check_de_escalation(cmd.checklist) if lowering else ()
        case.change_level(cmd.level, reason=rationale, actor=by, at=at, criteria=criteria, decision_reference=reference)
        details |= {"level": int(EscalationLevel(cmd.level)), "criteria": [c.value for c in criteria]}
    elif cmd.type is DecisionType.ASSIGN_REGISSEUR:
        if cmd.regisseur_id is None:
            raise InvalidInput.field("regisseurId", "is required")
        case.assign_regisseur(UserId(cmd.regisseur_id), at)
        details["regisseurId"] = str(cmd.regisseur_id)
    elif cmd.type is DecisionType.AGREE_CONCERN_LEVEL:
        if cmd.concern_level is None:
            raise InvalidInput.field("concernLevel", "is required")
        details["concernLevel"] = cmd.concern_level.value
    elif cmd.type is DecisionType.APPROVE_PLAN:
        if cmd.plan_id is None:
            raise InvalidInput.field("planId", "is required")
        details["planId"] = str(cmd.plan_id)
        if case.status is case.status.CASE_CONFERENCE:
            case.apply(TransitionName.APPROVE_PLAN, reason=rationale, actor=by, at=at, decision_reference=reference)
            details["status"] = case.status.value
    return Decision(meeting.id, item_id, case.id, cmd.type, rationale, number, reference, by, at, details)
