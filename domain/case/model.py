"""The case (casus) aggregate: one episode of the approach for one person, with its history."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NewType

from domain.case.lifecycle import (
    FINAL_STATUSES,
    CaseStatus,
    ClosureReason,
    DeEscalationCriterion,
    EscalationLevel,
    Transition,
    TransitionName,
    find_transition,
    transitions_from,
)
from domain.errors import Conflict, InvalidInput, NotFound
from domain.ids import OrganisationId, UserId, new_id
from domain.person.model import PersonId

CaseId = NewType("CaseId", uuid.UUID)
MAX_REASON = 2000


class Ideology(enum.StrEnum):
    JIHADIST = "jihadist"
    RIGHT_WING_EXTREMIST = "right_wing_extremist"
    LEFT_WING_EXTREMIST = "left_wing_extremist"
    ANTI_INSTITUTIONAL = "anti_institutional"
    SINGLE_ISSUE = "single_issue"
    UNCLEAR = "unclear"
    OTHER = "other"


class ParticipationRole(enum.StrEnum):
    REGISSEUR = "regisseur"
    CORE_PARTNER = "core_partner"
    PARTICIPANT = "participant"
    # Informs the case but does not work in it: no access to its content.
    INFORMANT = "informant"


@dataclass(frozen=True)
class Referral:
    """The signal that opened the case (melding)."""

    source_organisation_id: OrganisationId
    referrer_name: str
    referred_on: date
    description: str
    reason_for_concern: str
    ideology: Ideology


@dataclass(frozen=True)
class ActorRef:
    id: uuid.UUID | None
    name: str


@dataclass(frozen=True)
class StatusChange:
    from_status: CaseStatus | None
    to_status: CaseStatus
    transition: TransitionName | None
    reason: str
    closure_reason: ClosureReason | None
    decision_reference: str | None
    actor: ActorRef
    at: datetime


@dataclass(frozen=True)
class LevelChange:
    from_level: EscalationLevel | None
    to_level: EscalationLevel
    reason: str
    decision_reference: str | None
    criteria: tuple[DeEscalationCriterion, ...]
    actor: ActorRef
    at: datetime


@dataclass
class Participation:
    id: uuid.UUID
    organisation_id: OrganisationId
    role: ParticipationRole
    contact_name: str | None
    started_at: datetime
    started_by: ActorRef
    ended_at: datetime | None = None
    ended_by: ActorRef | None = None
    end_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class StatePeriod:
    status: CaseStatus
    entered_at: datetime
    left_at: datetime | None


def require_reason(reason: str, name: str = "reason") -> str:
    cleaned = reason.strip()
    if not cleaned:
        raise InvalidInput.field(name, "a reason is required")
    if len(cleaned) > MAX_REASON:
        raise InvalidInput.field(name, f"must be at most {MAX_REASON} characters")
    return cleaned


@dataclass
class Case:
    id: CaseId
    reference: str
    person_id: PersonId
    referral: Referral
    status: CaseStatus
    escalation_level: EscalationLevel
    regisseur_id: UserId | None
    opened_at: datetime
    updated_at: datetime
    closed_at: datetime | None = None
    closure_reason: ClosureReason | None = None
    previous_case_id: CaseId | None = None
    linked_case_ids: list[CaseId] = field(default_factory=list)
    status_history: list[StatusChange] = field(default_factory=list)
    level_history: list[LevelChange] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    version: int = 1

    @classmethod
    def open(
        cls,
        *,
        reference: str,
        person_id: PersonId,
        referral: Referral,
        actor: ActorRef,
        at: datetime,
        regisseur_id: UserId | None = None,
        linked_case_ids: list[CaseId] | None = None,
        previous_case_id: CaseId | None = None,
        reason: str = "Melding geregistreerd",  # history is content, shown to Dutch case workers
    ) -> Case:
        case = cls(
            id=CaseId(new_id()),
            reference=reference,
            person_id=person_id,
            referral=referral,
            status=CaseStatus.REFERRED,
            escalation_level=EscalationLevel.REGULAR_CARE,
            regisseur_id=regisseur_id,
            opened_at=at,
            updated_at=at,
            previous_case_id=previous_case_id,
            linked_case_ids=list(linked_case_ids or []),
        )
        case.status_history.append(
            StatusChange(None, CaseStatus.REFERRED, None, require_reason(reason), None, None, actor, at)
        )
        case.level_history.append(
            LevelChange(None, EscalationLevel.REGULAR_CARE, "Startniveau bij aanmelding", None, (), actor, at)
        )
        return case

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    def possible_transitions(self) -> list[Transition]:
        return transitions_from(self.status)

    def apply(
        self,
        name: TransitionName,
        *,
        reason: str,
        actor: ActorRef,
        at: datetime,
        closure_reason: ClosureReason | None = None,
        decision_reference: str | None = None,
    ) -> Transition:
        """Move along the state table. Reopening is not done here: it opens a new case."""
        transition = find_transition(self.status, name)
        if transition is None:
            allowed = [t.name.value for t in self.possible_transitions()]
            raise Conflict(
                f"'{name.value}' is not possible from status '{self.status.value}'.",
                {"allowedTransitions": allowed},
            )
        reason = require_reason(reason)
        chosen = _closure_reason(transition, closure_reason)
        if transition.target is None:
            raise Conflict("Reopening starts a new case; the closed case itself does not change.")
        self.status_history.append(
            StatusChange(self.status, transition.target, name, reason, chosen, _clean(decision_reference), actor, at)
        )
        self.status = transition.target
        if transition.closes:
            self.closed_at, self.closure_reason = at, chosen
        self.updated_at = at
        return transition

    def change_level(
        self,
        level: int,
        *,
        reason: str,
        actor: ActorRef,
        at: datetime,
        criteria: tuple[DeEscalationCriterion, ...] = (),
        decision_reference: str | None = None,
    ) -> None:
        """Escalate or de-escalate. Lowering the level needs at least one de-escalation criterion."""
        if level not in tuple(EscalationLevel):
            raise InvalidInput.field("level", "must be 0, 1, 2 or 3")
        target = EscalationLevel(level)
        if self.is_final:
            raise Conflict(f"The level of a {self.status.value} case cannot change.")
        if target == self.escalation_level:
            raise InvalidInput.field("level", "is already the current level")
        reason = require_reason(reason)
        if target < self.escalation_level and not criteria:
            raise InvalidInput.field("criteria", "lowering the level needs at least one de-escalation criterion")
        if target > self.escalation_level:
            criteria = ()
        self.level_history.append(
            LevelChange(self.escalation_level, target, reason, _clean(decision_reference), tuple(criteria), actor, at)
        )
        self.escalation_level = target
        self.updated_at = at

    def assign_regisseur(self, user_id: UserId | None, at: datetime) -> None:
        if self.is_final:
            raise Conflict(f"A {self.status.value} case gets no new regisseur.")
        self.regisseur_id = user_id
        self.updated_at = at

    def add_participation(
        self,
        organisation_id: OrganisationId,
        role: ParticipationRole,
        contact_name: str | None,
        actor: ActorRef,
        at: datetime,
    ) -> Participation:
        if self.is_final:
            raise Conflict(f"A {self.status.value} case gets no new participants.")
        if any(p.active and p.organisation_id == organisation_id and p.role is role for p in self.participations):
            raise Conflict("This organisation already takes part in the case in this role.")
        participation = Participation(new_id(), organisation_id, role, _clean(contact_name), at, actor)
        self.participations.append(participation)
        self.updated_at = at
        return participation

    def end_participation(
        self, participation_id: uuid.UUID, reason: str, actor: ActorRef, at: datetime
    ) -> Participation:
        found = next((p for p in self.participations if p.id == participation_id), None)
        if found is None:
            raise NotFound("No participant with this id in the case.")
        if not found.active:
            raise Conflict("This participation has already ended.")
        found.ended_at, found.ended_by, found.end_reason = at, actor, require_reason(reason)
        self.updated_at = at
        return found

    def active_organisations(self) -> frozenset[OrganisationId]:
        """Organisations that work in the case (informants excluded)."""
        return frozenset(
            p.organisation_id for p in self.participations if p.active and p.role is not ParticipationRole.INFORMANT
        )

    def periods(self) -> list[StatePeriod]:
        """Time in each state, from the history, so time-in-state can be reported."""
        periods = []
        for i, change in enumerate(self.status_history):
            left = self.status_history[i + 1].at if i + 1 < len(self.status_history) else None
            periods.append(StatePeriod(change.to_status, change.at, left))
        return periods


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _closure_reason(transition: Transition, given: ClosureReason | None) -> ClosureReason | None:
    options = transition.closure_reasons
    if not options:
        if given is not None:
            raise InvalidInput.field("closureReason", f"'{transition.name.value}' does not close the case")
        return None
    if len(options) == 1 and given in (None, options[0]):
        return options[0]
    if given is None:
        raise InvalidInput.field("closureReason", "choose why the case closes: " + ", ".join(o.value for o in options))
    if given not in options:
        raise InvalidInput.field("closureReason", "must be one of: " + ", ".join(o.value for o in options))
    return given
