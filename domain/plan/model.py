"""The plan of action (plan van aanpak): one numbered version of the agreed plan for one case.

A version is edited as a draft by the case's directors, submitted, and approved by someone other than its
author; approving a version supersedes the one in force. An approved version never changes again, except for
the status of its actions, which partners report as they carry them out; each report is appended to the
action's history, never edited. A submitted version goes back to draft when its author withdraws it; a draft
that is withdrawn is abandoned (withdrawn) so that a new draft may start.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import NewType

from domain.assessment.model import AssessmentId
from domain.case.model import ActorRef, CaseId, require_reason
from domain.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound
from domain.ids import OrganisationId, new_id
from domain.plan.catalogue import Intervention, InterventionId
from domain.text import clean_text

PlanId = NewType("PlanId", uuid.UUID)
GoalId = NewType("GoalId", uuid.UUID)
ActionId = NewType("ActionId", uuid.UUID)

MAX_TEXT = 10_000
MAX_TITLE = 300
MAX_ITEMS = 100


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


class PlanTransition(enum.StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    WITHDRAW = "withdraw"
    SUPERSEDE = "supersede"


TRANSITIONS: dict[PlanStatus, dict[PlanTransition, PlanStatus]] = {
    PlanStatus.DRAFT: {PlanTransition.SUBMIT: PlanStatus.SUBMITTED, PlanTransition.WITHDRAW: PlanStatus.WITHDRAWN},
    PlanStatus.SUBMITTED: {PlanTransition.APPROVE: PlanStatus.APPROVED, PlanTransition.WITHDRAW: PlanStatus.DRAFT},
    PlanStatus.APPROVED: {PlanTransition.SUPERSEDE: PlanStatus.SUPERSEDED},
    PlanStatus.SUPERSEDED: {},
    PlanStatus.WITHDRAWN: {},
}
OPEN_STATUSES = frozenset({PlanStatus.DRAFT, PlanStatus.SUBMITTED})


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    ON_TRACK = "on_track"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    DROPPED = "dropped"


class ActionStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"
    STALLED = "stalled"
    CANCELLED = "cancelled"


REASON_REQUIRED = frozenset({ActionStatus.STALLED, ActionStatus.CANCELLED})
FINISHED_ACTIONS = frozenset({ActionStatus.DONE, ActionStatus.CANCELLED})
# A goal judged not achieved has had its evaluation: it is finished, not late.
FINISHED_GOALS = frozenset({GoalStatus.ACHIEVED, GoalStatus.NOT_ACHIEVED, GoalStatus.DROPPED})


@dataclass(frozen=True)
class ProtectiveFactor:
    indicator_code: str
    note: str = ""


@dataclass(frozen=True)
class Goal:
    text: str  # phrased positively: what the person will have or do
    target_on: date
    indicator_codes: tuple[str, ...] = ()
    status: GoalStatus = GoalStatus.OPEN
    note: str = ""
    id: GoalId = field(default_factory=lambda: GoalId(new_id()))


@dataclass(frozen=True)
class ActionUpdate:
    """One status report on an action of the plan in force, as given; the history is append-only."""

    at: datetime
    by_name: str
    organisation_name: str
    status: ActionStatus
    reason: str | None


@dataclass(frozen=True)
class Action:
    responsible_organisation_id: OrganisationId
    owner_name: str
    start_on: date
    due_on: date
    intervention_id: InterventionId | None = None
    custom_title: str | None = None  # an action without a catalogue intervention
    goal_ids: tuple[GoalId, ...] = ()
    status: ActionStatus = ActionStatus.PLANNED
    status_reason: str | None = None
    last_update_at: datetime | None = None
    external_reference: str | None = None  # file number of the deciding authority (compulsory measures)
    updates: tuple[ActionUpdate, ...] = ()
    id: ActionId = field(default_factory=lambda: ActionId(new_id()))


def _goal_problems(goals: Sequence[Goal]) -> list[InvalidParam]:
    problems: list[InvalidParam] = []
    if len(goals) > MAX_ITEMS:
        return [InvalidParam("goals", f"at most {MAX_ITEMS} goals")]
    seen: set[GoalId] = set()
    for index, goal in enumerate(goals):
        if goal.id in seen:
            problems.append(InvalidParam(f"goals[{index}].id", "appears more than once"))
        seen.add(goal.id)
        if not goal.text.strip():
            problems.append(InvalidParam(f"goals[{index}].text", "is required"))
        elif len(goal.text.strip()) > MAX_TEXT:
            problems.append(InvalidParam(f"goals[{index}].text", f"must be at most {MAX_TEXT} characters"))
    return problems


def _action_problems(
    actions: Sequence[Action],
    goal_ids: frozenset[GoalId],
    catalogue: Mapping[InterventionId, Intervention],
    kept: Mapping[ActionId, InterventionId | None],
) -> list[InvalidParam]:
    """`kept`: the intervention each existing action already points at; keeping a retired one is allowed."""
    problems: list[InvalidParam] = []
    if len(actions) > MAX_ITEMS:
        return [InvalidParam("actions", f"at most {MAX_ITEMS} actions")]
    seen: set[ActionId] = set()
    for index, action in enumerate(actions):
        name = f"actions[{index}]"
        if action.id in seen:
            problems.append(InvalidParam(f"{name}.id", "appears more than once"))
        seen.add(action.id)
        has_title = bool(action.custom_title and action.custom_title.strip())
        if (action.intervention_id is None) != has_title:
            problems.append(InvalidParam(f"{name}.interventionId", "give either an intervention or a custom title"))
        if action.intervention_id is not None:
            intervention = catalogue.get(action.intervention_id)
            unchanged = kept.get(action.id, None) == action.intervention_id
            if intervention is None:
                problems.append(InvalidParam(f"{name}.interventionId", "is not in the catalogue"))
            elif not intervention.is_usable and not unchanged:
                reason = "is retired" if intervention.retired else "is listed for information only"
                problems.append(InvalidParam(f"{name}.interventionId", reason))
        if action.due_on < action.start_on:
            problems.append(InvalidParam(f"{name}.dueOn", "must not be before startOn"))
        if not action.owner_name.strip():
            problems.append(InvalidParam(f"{name}.ownerName", "is required"))
        if action.status in REASON_REQUIRED and not (action.status_reason or "").strip():
            problems.append(InvalidParam(f"{name}.statusReason", "a reason is required when stalled or cancelled"))
        for goal_id in action.goal_ids:
            if goal_id not in goal_ids:
                problems.append(InvalidParam(f"{name}.goalIds", f"{goal_id} is not a goal of this plan"))
    return problems


@dataclass
class PlanVersion:
    id: PlanId
    case_id: CaseId
    number: int
    author: ActorRef
    created_at: datetime
    status: PlanStatus = PlanStatus.DRAFT
    based_on_assessment_id: AssessmentId | None = None
    interpretation: str = ""  # duiding
    protective_factors: tuple[ProtectiveFactor, ...] = ()
    goals: tuple[Goal, ...] = ()
    actions: tuple[Action, ...] = ()
    contingency: str = ""  # what triggers re-escalation
    evaluation_on: date | None = None
    submitted_at: datetime | None = None
    approved_at: datetime | None = None
    approved_by: ActorRef | None = None
    approval_note: str | None = None
    decision_reference: str | None = None
    updated_at: datetime | None = None
    version: int = 1

    @classmethod
    def start(
        cls,
        *,
        case_id: CaseId,
        number: int,
        based_on_assessment_id: AssessmentId | None,
        author: ActorRef,
        at: datetime,
        in_force: PlanVersion | None = None,
    ) -> PlanVersion:
        """A new draft: a copy of the version in force (goals and actions keep their ids), or empty."""
        plan = cls(
            id=PlanId(new_id()),
            case_id=case_id,
            number=number,
            author=author,
            created_at=at,
            based_on_assessment_id=based_on_assessment_id,
            updated_at=at,
        )
        if in_force is not None:
            plan.interpretation = in_force.interpretation
            plan.protective_factors = in_force.protective_factors
            plan.goals = in_force.goals
            plan.actions = in_force.actions
            plan.contingency = in_force.contingency
            plan.evaluation_on = in_force.evaluation_on
        return plan

    @property
    def is_draft(self) -> bool:
        return self.status is PlanStatus.DRAFT

    @property
    def in_force(self) -> bool:
        return self.status is PlanStatus.APPROVED

    def allowed(self) -> frozenset[PlanTransition]:
        return frozenset(TRANSITIONS[self.status])

    def _move(self, transition: PlanTransition) -> None:
        target = TRANSITIONS[self.status].get(transition)
        if target is None:
            raise Conflict(
                f"A {self.status.value} plan cannot {transition.value}.",
                {"status": self.status.value, "allowed": sorted(t.value for t in self.allowed())},
            )
        self.status = target

    def _ensure_draft(self) -> None:
        if not self.is_draft:
            raise Conflict("Only a draft plan can be changed.", {"status": self.status.value})

    def revise(
        self,
        catalogue: Mapping[InterventionId, Intervention],
        at: datetime,
        *,
        interpretation: str | None = None,
        protective_factors: Sequence[ProtectiveFactor] | None = None,
        goals: Sequence[Goal] | None = None,
        actions: Sequence[Action] | None = None,
        contingency: str | None = None,
        evaluation_on: date | None = None,
    ) -> None:
        """Change the draft; a section left None stays as it is. `catalogue` holds at least the interventions
        the actions name. A retired or information-only intervention is refused unless the action already
        pointed at it."""
        self._ensure_draft()
        new_goals = tuple(goals) if goals is not None else self.goals
        new_actions = tuple(actions) if actions is not None else self.actions
        problems = _goal_problems(new_goals) if goals is not None else []
        if actions is not None or goals is not None:
            kept = {a.id: a.intervention_id for a in self.actions}
            problems += _action_problems(new_actions, frozenset(g.id for g in new_goals), catalogue, kept)
        if protective_factors is not None:
            codes = [f.indicator_code for f in protective_factors]
            if len(set(codes)) != len(codes):
                problems.append(InvalidParam("protectiveFactors", "an indicator appears more than once"))
        if problems:
            raise InvalidInput(problems)
        if interpretation is not None:
            self.interpretation = clean_text(interpretation, "interpretation")
        if contingency is not None:
            self.contingency = clean_text(contingency, "contingency")
        if protective_factors is not None:
            self.protective_factors = tuple(
                ProtectiveFactor(f.indicator_code.strip().upper(), f.note.strip()) for f in protective_factors
            )
        if evaluation_on is not None:
            self.evaluation_on = evaluation_on
        self.goals = tuple(replace(g, text=g.text.strip(), note=g.note.strip()) for g in new_goals)
        self.actions = tuple(self._touched(a, at) for a in new_actions)
        self.updated_at = at

    def _touched(self, action: Action, at: datetime) -> Action:
        before = next((a for a in self.actions if a.id == action.id), None)
        reason = (action.status_reason or "").strip() or None
        title = (action.custom_title or "").strip() or None
        last_update_at = at if before is None or before.status is not action.status else before.last_update_at
        return replace(
            action,
            custom_title=title,
            owner_name=action.owner_name.strip(),
            status_reason=reason if action.status in REASON_REQUIRED else None,
            last_update_at=last_update_at,
            updates=before.updates if before else (),
        )

    def submit(self, at: datetime) -> None:
        self._ensure_draft()
        problems: list[InvalidParam] = []
        if not self.goals:
            problems.append(InvalidParam("goals", "a plan needs at least one goal"))
        if self.evaluation_on is None:
            problems.append(InvalidParam("evaluationOn", "is required"))
        if problems:
            raise InvalidInput(problems, "The plan is not complete.")
        self._move(PlanTransition.SUBMIT)
        self.submitted_at = at

    def approve(self, by: ActorRef, at: datetime, note: str = "", decision_reference: str | None = None) -> None:
        """Approval is by someone other than the author (four eyes)."""
        if self.status is PlanStatus.SUBMITTED and by.id is not None and by.id == self.author.id:
            raise Forbidden("The author of a plan cannot approve it.")
        self._move(PlanTransition.APPROVE)
        self.approved_at = at
        self.approved_by = by
        self.approval_note = clean_text(note, "note") or None
        self.decision_reference = clean_text(decision_reference or "", "decisionReference", MAX_TITLE) or None

    def withdraw(self, by: ActorRef, at: datetime) -> None:
        """Back to draft when submitted; abandoned when still a draft. Only by the author."""
        if by.id is None or by.id != self.author.id:
            raise Forbidden("Only the author can withdraw a plan.")
        self._move(PlanTransition.WITHDRAW)
        if self.is_draft:
            self.submitted_at = None
        self.updated_at = at

    def supersede(self, at: datetime) -> None:
        self._move(PlanTransition.SUPERSEDE)
        self.updated_at = at

    def action(self, action_id: ActionId) -> Action:
        found = next((a for a in self.actions if a.id == action_id), None)
        if found is None:
            raise NotFound("The action does not exist in this plan.")
        return found

    def report_action_status(
        self,
        action_id: ActionId,
        status: ActionStatus,
        reason: str | None,
        *,
        by_name: str,
        organisation_name: str,
        at: datetime,
    ) -> Action:
        """The only change an approved plan accepts: a status report on one action, appended to its history."""
        if not self.in_force:
            raise Conflict("Action status is reported on the plan in force only.", {"status": self.status.value})
        action = self.action(action_id)
        cleaned = require_reason(reason or "") if status in REASON_REQUIRED else (reason or "").strip() or None
        update = ActionUpdate(at, by_name, organisation_name, status, cleaned)
        updated = replace(
            action,
            status=status,
            status_reason=cleaned if status in REASON_REQUIRED else None,
            last_update_at=at,
            updates=(*action.updates, update),
        )
        self.actions = tuple(updated if a.id == action_id else a for a in self.actions)
        self.updated_at = at
        return updated
