"""A case under random use: transitions (valid and not), level changes and participants.
Whatever happens, the history only grows, refusals change nothing and a final case stays final."""

from __future__ import annotations

import copy
import itertools
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from domain.case.lifecycle import (
    CaseStatus,
    ClosureReason,
    DeEscalationCriterion,
    EscalationLevel,
    TransitionName,
)
from domain.case.model import ActorRef, Case, LevelChange, ParticipationRole, StatusChange
from domain.errors import Conflict, InvalidInput, NotFound
from domain.ids import OrganisationId
from tests.unit.domain.case_builders import AT, EXPECTED, new_case

ORGANISATIONS = [OrganisationId(uuid.UUID(int=200 + i)) for i in range(3)]
ACTORS = [ActorRef(uuid.UUID(int=1), "Regisseur Test"), ActorRef(None, "Koppeling")]
reasons = st.sampled_from(["Besluit", "  Besluit weegploeg  ", "", "   ", "x" * 2001])
closure_reasons = st.none() | st.sampled_from(ClosureReason)
criteria = st.lists(st.sampled_from(DeEscalationCriterion), max_size=2, unique=True).map(tuple)


class CaseMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.case = new_case()
        self.now = AT
        self.status_seen = list(self.case.status_history)
        self.levels_seen = list(self.case.level_history)
        self.ended_seen: set[uuid.UUID] = set()
        self.final: Case | None = None

    def tick(self) -> datetime:
        self.now += timedelta(hours=1)
        return self.now

    def attempt(self, action: Callable[[], object]) -> bool:
        """Run `action`; when the domain refuses, the case must be exactly as before."""
        before = copy.deepcopy(self.case)
        try:
            action()
        except (Conflict, InvalidInput, NotFound):
            assert self.case == before
            return False
        return True

    # --- rules ---------------------------------------------------------------------------------

    @rule(
        name=st.sampled_from(TransitionName),
        reason=reasons,
        closure=closure_reasons,
        actor=st.sampled_from(ACTORS),
    )
    def any_transition(self, name: TransitionName, reason: str, closure: ClosureReason | None, actor: ActorRef) -> None:
        source, final = self.case.status, self.case.is_final
        moved = self.attempt(
            lambda: self.case.apply(name, reason=reason, actor=actor, at=self.tick(), closure_reason=closure)
        )
        if final:
            assert not moved
        if moved:
            assert EXPECTED[source][name] is self.case.status

    @precondition(lambda self: any(t.target is not None for t in self.case.possible_transitions()))
    @rule(data=st.data())
    def valid_transition(self, data: st.DataObject) -> None:
        moves = [t for t in self.case.possible_transitions() if t.target is not None]
        move = data.draw(st.sampled_from(moves))
        closure = data.draw(st.sampled_from(move.closure_reasons)) if move.closure_reasons else None
        self.case.apply(move.name, reason="Besluit", actor=ACTORS[0], at=self.tick(), closure_reason=closure)
        assert self.case.status is move.target

    @rule(level=st.integers(-1, 4), reason=reasons, given=criteria)
    def change_level(self, level: int, reason: str, given: tuple[DeEscalationCriterion, ...]) -> None:
        before, final = self.case.escalation_level, self.case.is_final
        changed = self.attempt(
            lambda: self.case.change_level(level, reason=reason, actor=ACTORS[0], at=self.tick(), criteria=given)
        )
        if final or level == before:
            assert not changed
        if changed and level < before:
            assert given and self.case.level_history[-1].criteria == given

    @rule(organisation=st.sampled_from(ORGANISATIONS), role=st.sampled_from(ParticipationRole))
    def add_participant(self, organisation: OrganisationId, role: ParticipationRole) -> None:
        final = self.case.is_final
        added = self.attempt(
            lambda: self.case.add_participation(organisation, role, " Contact ", ACTORS[0], self.tick())
        )
        if final:
            assert not added

    @rule(data=st.data(), reason=reasons)
    def end_participant(self, data: st.DataObject, reason: str) -> None:
        ids = [p.id for p in self.case.participations] + [uuid.uuid4()]
        chosen = data.draw(st.sampled_from(ids))
        ended = self.attempt(lambda: self.case.end_participation(chosen, reason, ACTORS[0], self.tick()))
        if ended:
            assert chosen not in self.ended_seen
            self.ended_seen.add(chosen)

    # --- invariants ----------------------------------------------------------------------------

    @invariant()
    def history_only_grows(self) -> None:
        assert self.case.status_history[: len(self.status_seen)] == self.status_seen
        assert self.case.level_history[: len(self.levels_seen)] == self.levels_seen
        self.status_seen = list(self.case.status_history)
        self.levels_seen = list(self.case.level_history)

    @invariant()
    def status_follows_the_history(self) -> None:
        history = self.case.status_history
        assert self.case.status is history[-1].to_status
        assert history[0].from_status is None
        assert all(later.from_status is earlier.to_status for earlier, later in itertools.pairwise(history))
        assert all(earlier.at <= later.at for earlier, later in itertools.pairwise(history))

    @invariant()
    def every_change_has_a_reason_and_an_actor(self) -> None:
        changes: list[StatusChange | LevelChange] = [*self.case.status_history, *self.case.level_history]
        for change in changes:
            assert change.reason and change.reason == change.reason.strip()
            assert change.actor in ACTORS

    @invariant()
    def level_stays_within_0_to_3(self) -> None:
        assert 0 <= self.case.escalation_level <= 3
        assert isinstance(self.case.escalation_level, EscalationLevel)
        assert self.case.escalation_level is self.case.level_history[-1].to_level

    @invariant()
    def closed_at_iff_closed(self) -> None:
        closed = self.case.status is CaseStatus.CLOSED
        assert (self.case.closed_at is not None) == closed
        assert (self.case.closure_reason is not None) == closed
        if closed:
            assert self.case.closure_reason is self.case.status_history[-1].closure_reason

    @invariant()
    def a_final_case_stays_as_it_was(self) -> None:
        if self.final is not None:
            assert self.case.status_history == self.final.status_history
            assert self.case.level_history == self.final.level_history
            assert (self.case.status, self.case.escalation_level) == (self.final.status, self.final.escalation_level)
            assert len(self.case.participations) == len(self.final.participations)
        elif self.case.is_final:
            self.final = copy.deepcopy(self.case)

    @invariant()
    def working_organisations_are_active_non_informants(self) -> None:
        expected = {
            p.organisation_id
            for p in self.case.participations
            if p.ended_at is None and p.role is not ParticipationRole.INFORMANT
        }
        assert self.case.active_organisations() == expected


TestCaseMachine = CaseMachine.TestCase
TestCaseMachine.settings = settings(
    max_examples=60, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
