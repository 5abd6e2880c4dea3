"""The case lifecycle: every (status, transition) pair of the state table, closure reasons,
reasons, and the escalation level as a second axis."""

from __future__ import annotations

import copy
import itertools
import uuid
from datetime import timedelta

import pytest

from domain.case.lifecycle import (
    TRANSITIONS,
    CaseStatus,
    ClosureReason,
    DeEscalationCriterion,
    EscalationLevel,
    TransitionName,
)
from domain.case.model import MAX_REASON, ActorRef, Case
from domain.errors import Conflict, InvalidInput
from tests.unit.domain.case_builders import AT, EXPECTED, PATH_TO, case_in

S, T, R = CaseStatus, TransitionName, ClosureReason
WHEN = AT + timedelta(days=30)
WHO = ActorRef(uuid.UUID(int=7), "Coördinator Test")

# Closing transitions with a single implied reason; `close` asks for one of several.
IMPLIED = {
    T.DISMISS: R.NO_ACTION,
    T.DECIDE_NO_ACTION: R.NO_ACTION,
    T.REFER_TO_REGULAR_CARE: R.REGULAR_CARE,
    T.REFER_TO_CRIMINAL_TRACK: R.CRIMINAL_TRACK,
}
CLOSE_CHOICES = [R.GOALS_ACHIEVED, R.HANDED_OVER, R.MOVED_AWAY, R.DECEASED, R.OTHER]

ALL_PAIRS = list(itertools.product(CaseStatus, TransitionName))
ALLOWED = [(s, t) for s, t in ALL_PAIRS if t in EXPECTED[s] and EXPECTED[s][t] is not None]
FORBIDDEN = [(s, t) for s, t in ALL_PAIRS if t not in EXPECTED[s]]


def apply(case: Case, name: TransitionName, reason: str = "Besluit weegploeg", **kwargs: object) -> None:
    case.apply(name, reason=reason, actor=WHO, at=WHEN, **kwargs)  # type: ignore[arg-type]


def closure_for(name: TransitionName) -> ClosureReason | None:
    return R.GOALS_ACHIEVED if name is T.CLOSE else None


def test_the_table_is_the_process_of_the_design() -> None:
    table = {s: {t.name: t.target for t in TRANSITIONS if t.source is s} for s in CaseStatus}
    assert table == EXPECTED
    assert len({(t.source, t.name) for t in TRANSITIONS}) == len(TRANSITIONS)


def test_every_pair_is_covered() -> None:
    reopen = [(s, t) for s, t in ALL_PAIRS if EXPECTED[s].get(t, S.REFERRED) is None]
    assert len(ALLOWED) + len(FORBIDDEN) + len(reopen) == len(CaseStatus) * len(TransitionName)
    assert PATH_TO.keys() == set(CaseStatus)


@pytest.mark.parametrize(("status", "name"), ALLOWED)
def test_an_allowed_transition_moves_the_case_and_appends_one_history_entry(
    status: CaseStatus, name: TransitionName
) -> None:
    case = case_in(status)
    before = copy.deepcopy(case)

    apply(case, name, "  Besluit weegploeg 12-03  ", closure_reason=closure_for(name), decision_reference=" WP-12 ")

    target = EXPECTED[status][name]
    assert case.status is target
    assert case.status_history[:-1] == before.status_history
    last = case.status_history[-1]
    assert (last.from_status, last.to_status, last.transition) == (status, target, name)
    assert (last.reason, last.decision_reference) == ("Besluit weegploeg 12-03", "WP-12")
    assert (last.actor, last.at) == (WHO, WHEN)
    assert case.updated_at == WHEN
    assert case.level_history == before.level_history
    if target is S.CLOSED:
        assert case.closed_at == WHEN
        assert case.closure_reason is last.closure_reason is IMPLIED.get(name, R.GOALS_ACHIEVED)
    else:
        assert (case.closed_at, case.closure_reason, last.closure_reason) == (None, None, None)


@pytest.mark.parametrize(("status", "name"), FORBIDDEN)
def test_a_forbidden_transition_is_a_conflict_naming_the_allowed_ones(status: CaseStatus, name: TransitionName) -> None:
    case = case_in(status)
    before = copy.deepcopy(case)

    with pytest.raises(Conflict) as refused:
        apply(case, name, closure_reason=closure_for(name))

    assert refused.value.extensions["allowedTransitions"] == [t.value for t in EXPECTED[status]]
    assert case == before


def test_a_final_transferred_case_offers_no_way_out() -> None:
    case = case_in(S.TRANSFERRED)
    assert case.possible_transitions() == []
    assert case.is_final


def test_reopening_is_not_a_move_of_the_closed_case() -> None:
    case = case_in(S.CLOSED)
    before = copy.deepcopy(case)

    with pytest.raises(Conflict):
        apply(case, T.REOPEN)

    assert case == before
    assert [t.name for t in case.possible_transitions()] == [T.REOPEN]


# --- closure reasons -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "reason"), IMPLIED.items())
@pytest.mark.parametrize("given", ["implied", "same"])
def test_a_transition_with_one_closure_reason_implies_it(
    name: TransitionName, reason: ClosureReason, given: str
) -> None:
    source = next(s for s, moves in EXPECTED.items() if name in moves)
    case = case_in(source)

    apply(case, name, closure_reason=None if given == "implied" else reason)

    assert case.closure_reason is reason


@pytest.mark.parametrize("name", list(IMPLIED))
def test_a_transition_with_one_closure_reason_refuses_another(name: TransitionName) -> None:
    source = next(s for s, moves in EXPECTED.items() if name in moves)
    case = case_in(source)
    before = copy.deepcopy(case)

    with pytest.raises(InvalidInput) as refused:
        apply(case, name, closure_reason=R.DECEASED)

    assert [p.name for p in refused.value.params] == ["closureReason"]
    assert case == before


def test_closing_from_aftercare_requires_a_choice() -> None:
    case = case_in(S.AFTERCARE)
    before = copy.deepcopy(case)

    with pytest.raises(InvalidInput) as refused:
        apply(case, T.CLOSE)

    [param] = refused.value.params
    assert param.name == "closureReason"
    assert all(r.value in param.reason for r in CLOSE_CHOICES)
    assert case == before


@pytest.mark.parametrize("reason", CLOSE_CHOICES)
def test_closing_from_aftercare_records_the_chosen_reason(reason: ClosureReason) -> None:
    case = case_in(S.AFTERCARE)
    apply(case, T.CLOSE, closure_reason=reason)
    assert (case.status, case.closure_reason, case.status_history[-1].closure_reason) == (S.CLOSED, reason, reason)


@pytest.mark.parametrize("reason", [R.NO_ACTION, R.REGULAR_CARE, R.CRIMINAL_TRACK])
def test_closing_from_aftercare_refuses_a_reason_of_the_weighing(reason: ClosureReason) -> None:
    case = case_in(S.AFTERCARE)
    with pytest.raises(InvalidInput):
        apply(case, T.CLOSE, closure_reason=reason)
    assert case.status is S.AFTERCARE


@pytest.mark.parametrize(("status", "name"), [(s, t) for s, t in ALLOWED if EXPECTED[s][t] is not S.CLOSED])
def test_a_closure_reason_is_refused_when_the_transition_does_not_close(
    status: CaseStatus, name: TransitionName
) -> None:
    case = case_in(status)
    before = copy.deepcopy(case)

    with pytest.raises(InvalidInput) as refused:
        apply(case, name, closure_reason=R.OTHER)

    assert [p.name for p in refused.value.params] == ["closureReason"]
    assert case == before


# --- reasons -------------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_a_transition_needs_a_reason(reason: str) -> None:
    case = case_in(S.REFERRED)
    before = copy.deepcopy(case)

    with pytest.raises(InvalidInput) as refused:
        apply(case, T.START_SCREENING, reason)

    assert [p.name for p in refused.value.params] == ["reason"]
    assert case == before


def test_a_reason_may_be_as_long_as_the_maximum_after_trimming() -> None:
    case = case_in(S.REFERRED)
    apply(case, T.START_SCREENING, "  " + "x" * MAX_REASON + "  ")
    assert case.status_history[-1].reason == "x" * MAX_REASON


def test_a_longer_reason_is_refused() -> None:
    case = case_in(S.REFERRED)
    with pytest.raises(InvalidInput) as refused:
        apply(case, T.START_SCREENING, "x" * (MAX_REASON + 1))
    assert [p.name for p in refused.value.params] == ["reason"]
    assert case.status is S.REFERRED


def test_a_blank_decision_reference_is_none() -> None:
    case = case_in(S.REFERRED)
    apply(case, T.START_SCREENING, decision_reference="   ")
    assert case.status_history[-1].decision_reference is None


def test_periods_follow_the_history() -> None:
    case = case_in(S.WEIGHING)
    periods = case.periods()
    assert [(p.status, p.entered_at, p.left_at) for p in periods] == [
        (S.REFERRED, AT, AT + timedelta(hours=1)),
        (S.SCREENING, AT + timedelta(hours=1), AT + timedelta(hours=2)),
        (S.WEIGHING, AT + timedelta(hours=2), None),
    ]


# --- escalation ----------------------------------------------------------------------------------

L = EscalationLevel
LEVEL_PAIRS = list(itertools.product(EscalationLevel, EscalationLevel))


def case_at_level(level: EscalationLevel) -> Case:
    case = case_in(S.ACTIVE)
    if level is not L.REGULAR_CARE:
        case.change_level(level, reason="Besluit casusoverleg", actor=WHO, at=AT + timedelta(days=1))
    return case


def change(case: Case, level: int, **kwargs: object) -> None:
    case.change_level(level, reason=kwargs.pop("reason", " Besluit "), actor=WHO, at=WHEN, **kwargs)  # type: ignore[arg-type]


def test_a_new_case_starts_at_regular_care_with_a_history_entry() -> None:
    case = case_in(S.REFERRED)
    assert case.escalation_level is L.REGULAR_CARE
    [start] = case.level_history
    assert (start.from_level, start.to_level) == (None, L.REGULAR_CARE)


@pytest.mark.parametrize(("start", "target"), LEVEL_PAIRS)
def test_every_level_change(start: EscalationLevel, target: EscalationLevel) -> None:
    case = case_at_level(start)
    before = copy.deepcopy(case)
    criteria = (DeEscalationCriterion.NO_ACUTE_FLAGS, DeEscalationCriterion.GOALS_MET)

    if target == start:
        with pytest.raises(InvalidInput) as refused:
            change(case, target, criteria=criteria)
        assert [p.name for p in refused.value.params] == ["level"]
        assert case == before
        return

    if target < start:
        with pytest.raises(InvalidInput) as refused:
            change(case, target)
        assert [p.name for p in refused.value.params] == ["criteria"]
        assert case == before

    change(case, target, criteria=criteria, decision_reference="CO-3")

    assert case.escalation_level is target
    assert case.level_history[:-1] == before.level_history
    last = case.level_history[-1]
    assert (last.from_level, last.to_level, last.reason, last.actor, last.at) == (start, target, "Besluit", WHO, WHEN)
    assert last.decision_reference == "CO-3"
    # Criteria belong to lowering only; raising the level keeps none.
    assert last.criteria == (criteria if target < start else ())
    assert case.status_history == before.status_history
    assert case.updated_at == WHEN


@pytest.mark.parametrize("status", sorted({S.CLOSED, S.TRANSFERRED}))
@pytest.mark.parametrize("target", [L.CASE_CONFERENCE, L.ADMINISTRATIVE])
def test_a_final_case_keeps_its_level(status: CaseStatus, target: EscalationLevel) -> None:
    case = case_in(status)
    before = copy.deepcopy(case)
    with pytest.raises(Conflict):
        change(case, target)
    assert case == before


@pytest.mark.parametrize("status", [s for s in CaseStatus if s not in (S.CLOSED, S.TRANSFERRED)])
def test_the_level_can_change_in_every_open_status(status: CaseStatus) -> None:
    case = case_in(status)
    change(case, L.CHAIN_DIRECTION)
    assert case.escalation_level is L.CHAIN_DIRECTION


@pytest.mark.parametrize("level", [-1, 4, 10])
def test_a_level_outside_0_to_3_is_refused(level: int) -> None:
    case = case_at_level(L.CASE_CONFERENCE)
    before = copy.deepcopy(case)
    with pytest.raises(InvalidInput) as refused:
        change(case, level)
    assert [p.name for p in refused.value.params] == ["level"]
    assert case == before


@pytest.mark.parametrize("reason", ["", "  "])
def test_a_level_change_needs_a_reason(reason: str) -> None:
    case = case_at_level(L.REGULAR_CARE)
    with pytest.raises(InvalidInput) as refused:
        change(case, L.CASE_CONFERENCE, reason=reason)
    assert [p.name for p in refused.value.params] == ["reason"]
    assert case.escalation_level is L.REGULAR_CARE
