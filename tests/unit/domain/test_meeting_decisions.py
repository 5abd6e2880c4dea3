"""Meetings as pure domain: their life, the checklists behind inclusion, de-escalation and closing, and typed
decisions that change the case and cite the meeting, or change nothing."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from domain.case.lifecycle import CaseStatus, ClosureReason, DeEscalationCriterion, EscalationLevel
from domain.case.model import ActorRef
from domain.errors import Conflict, InvalidInput
from domain.ids import OrganisationId
from domain.meeting.checklists import Answer, check_closing, check_de_escalation, check_inclusion
from domain.meeting.decisions import DecisionInput, DecisionType, View, decide
from domain.meeting.model import (
    AgendaItem,
    AgendaReason,
    Meeting,
    MeetingId,
    MeetingStatus,
    MeetingTransition,
    MeetingType,
)
from tests.unit.domain.case_builders import case_in

Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN
AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
BY = ActorRef(uuid.UUID(int=7), "Voorzitter")
POLICE = OrganisationId(uuid.UUID(int=2))
INCLUDE = {c: Y for c in ("A1", "A2", "B1", "B2", "C4", "E1", "E2", "E3", "E4", "I1")} | {
    c: N for c in ("C1", "C2", "C3", "C5")
}


def meeting(type: MeetingType, *cases: object, status: MeetingStatus = MeetingStatus.IN_PROGRESS) -> Meeting:
    found = Meeting(
        MeetingId(uuid.uuid4()), "OVL-2026-0001", type, AT, "Stadhuis", "C. Voorzitter", "", (POLICE,), (), BY, AT
    )
    found.items = [AgendaItem(c, AgendaReason.OTHER) for c in cases]  # type: ignore[arg-type]
    found.status = status
    return found


def test_a_meeting_moves_planned_in_progress_closed_minutes_approved_and_never_back() -> None:
    found = meeting(MeetingType.WEIGHING, status=MeetingStatus.PLANNED)
    for transition in (MeetingTransition.START, MeetingTransition.CLOSE, MeetingTransition.APPROVE_MINUTES):
        found.move(transition, BY, AT)
    assert (found.status, found.minutes_approved_by) == (MeetingStatus.MINUTES_APPROVED, BY)
    with pytest.raises(Conflict):
        found.move(MeetingTransition.START, BY, AT)


def test_inclusion_needs_the_ideological_and_a_behavioural_signal_and_necessity() -> None:
    check_inclusion(INCLUDE)
    for code, answer in (("B1", N), ("B2", U), ("E3", N), ("I1", U)):
        with pytest.raises(InvalidInput) as refused:
            check_inclusion(INCLUDE | {code: answer})
        assert [p.name for p in refused.value.params] == [f"checklist.{code}"]
    with pytest.raises(InvalidInput) as no_signal:
        check_inclusion(INCLUDE | {"C4": N})
    assert no_signal.value.params[0].name == "checklist.C1"
    with pytest.raises(InvalidInput) as unanswered:
        check_inclusion({k: v for k, v in INCLUDE.items() if k != "A2"} | {"Z9": Y})
    assert {p.name for p in unanswered.value.params} == {"checklist.A2", "checklist.Z9"}


def test_de_escalation_returns_the_criteria_met_and_needs_the_tables_agreement() -> None:
    answers = {"D1": Y, "D2": N, "D3": Y, "D4": U, "D5": Y, "D6": Y, "D7": Y}
    assert check_de_escalation(answers) == (DeEscalationCriterion.NO_ACUTE_FLAGS, DeEscalationCriterion.GOALS_MET)
    with pytest.raises(InvalidInput):
        check_de_escalation(answers | {"D7": N})
    with pytest.raises(InvalidInput):
        check_de_escalation(answers | {"D1": N, "D3": N})
    with pytest.raises(InvalidInput):
        check_closing({"S1": Y, "S2": N, "S3": Y, "S4": Y})


def test_including_changes_the_case_and_cites_the_meeting() -> None:
    case = case_in(CaseStatus.WEIGHING)
    found = meeting(MeetingType.WEIGHING, case.id)
    cmd = DecisionInput(DecisionType.INCLUDE, "Voldoet", INCLUDE, {POLICE: View.AGREE})
    made = decide(found, found.items[0].id, case, cmd, number=3, core_partners=frozenset({POLICE}), by=BY, at=AT)
    assert (case.status, case.status_history[-1].decision_reference) == (CaseStatus.INTAKE, "OVL-2026-0001/3")
    assert made.details["views"] == {str(POLICE): "agree"} and made.reference == "OVL-2026-0001/3"


def test_a_decision_the_case_cannot_take_leaves_the_case_as_it_was() -> None:
    case = case_in(CaseStatus.REFERRED)
    before = copy.deepcopy(case)
    found = meeting(MeetingType.CASE_CONFERENCE, case.id)
    refusals = [
        (DecisionInput(DecisionType.PAUSE, "Detentie"), Conflict),
        (DecisionInput(DecisionType.INCLUDE, "x", INCLUDE), InvalidInput),  # not a case-conference decision
        (DecisionInput(DecisionType.CLOSE, "Klaar", {}, closure_reason=ClosureReason.GOALS_ACHIEVED), InvalidInput),
        (DecisionInput(DecisionType.DE_ESCALATE, "Rustig", {}, level=0), InvalidInput),
        (DecisionInput(DecisionType.ESCALATE, "  "), InvalidInput),
    ]
    for cmd, error in refusals:
        with pytest.raises(error):
            decide(found, found.items[0].id, case, cmd, number=1, core_partners=frozenset(), by=BY, at=AT)
        assert case == before
    planned = meeting(MeetingType.CASE_CONFERENCE, case.id, status=MeetingStatus.PLANNED)
    with pytest.raises(Conflict):
        escalate = DecisionInput(DecisionType.ESCALATE, "Zorg", level=2)
        decide(planned, planned.items[0].id, case, escalate, number=1, core_partners=frozenset(), by=BY, at=AT)


def test_escalating_and_de_escalating_need_a_level_on_the_right_side() -> None:
    case = case_in(CaseStatus.ACTIVE)
    found = meeting(MeetingType.ESCALATION, case.id)
    item = found.items[0].id
    with pytest.raises(InvalidInput):
        decide(
            found,
            item,
            case,
            DecisionInput(DecisionType.ESCALATE, "x", level=0),
            number=1,
            core_partners=frozenset(),
            by=BY,
            at=AT,
        )
    decide(
        found,
        item,
        case,
        DecisionInput(DecisionType.ESCALATE, "Zorg", level=3),
        number=1,
        core_partners=frozenset(),
        by=BY,
        at=AT,
    )
    answers = {"D1": Y, "D2": Y, "D3": N, "D4": N, "D5": Y, "D6": Y, "D7": Y}
    lower = DecisionInput(DecisionType.DE_ESCALATE, "Rustig", answers, level=1)
    made = decide(found, item, case, lower, number=2, core_partners=frozenset(), by=BY, at=AT + timedelta(hours=1))
    assert case.escalation_level is EscalationLevel.CASE_CONFERENCE
    assert made.details["criteria"] == ["no_acute_flags", "intent_behaviour_absent"]
