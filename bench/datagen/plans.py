"""The plan of action of every case whose plan was approved in the case conference: one approved version with
goals and actions carried out by the organisations working in the case, their status reports, and the audit events
of the flow (create, update, submit, approve, action status). Running cases have actions past due or without a
recent report, so that delivery monitoring has realistic work.

Rows are written as persistence/repositories/plans.py writes them (JSON as `json.dumps`); the bench smoke test
reads them back through the repository.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bench.datagen.base import GeneratorBase
from bench.datagen.model import Org, Part, User
from domain.access.roles import Role
from domain.case.model import ParticipationRole
from domain.plan.model import ActionStatus, GoalStatus

GOALS = (
    "Gaat elke schooldag naar school en rondt het schooljaar af",
    "Heeft een vaste plek bij een sportclub of vereniging",
    "Praat met een mentor over vragen over geloof en identiteit",
    "Heeft werk of een stage voor minstens drie dagen per week",
    "Woont op een vast adres en komt rond van het inkomen",
    "Heeft contact met de familie en spreekt af met vrienden buiten de groep",
    "Volgt de afspraken van de behandeling bij de GGZ",
)
ACTIONS = (
    "Gesprekken met een exitprogramma",
    "Mentortraject met een vaste maatje",
    "Afspraken met leerplicht over het rooster",
    "Stopgesprek door de wijkagent",
    "Traject naar werk via het jongerenloket",
    "Ouderbegeleiding door de jeugdzorg",
    "Schuldhulp en een budgetcoach",
    "Toezicht door de reclassering",
    "Dialooggesprekken met een theoloog",
)
REASONS = ("Wachtlijst bij de aanbieder", "Betrokkene komt afspraken niet na", "Aanbieder heeft geen capaciteit")
ONGOING_ACTIONS = (
    (ActionStatus.PLANNED, 15),
    (ActionStatus.RUNNING, 55),
    (ActionStatus.DONE, 20),
    (ActionStatus.STALLED, 10),
)
ENDED_ACTIONS = ((ActionStatus.DONE, 80), (ActionStatus.CANCELLED, 20))
NO_RECENT_REPORT = 0.15  # running actions of running cases without a report for more than a month


@dataclass(frozen=True, slots=True)
class PlannedCase:
    id: str
    person_id: str
    approved_at: datetime
    decision: str | None
    end: datetime  # closed or transferred at, or now
    ongoing: bool
    parts: Sequence[Part]
    actor: Callable[[datetime], User]


class PlansMixin(GeneratorBase):
    """The plan of action of one case."""

    def plan_case(self, case: PlannedCase) -> None:
        rng = self.rng
        plan_id = self.sid()
        created = case.approved_at - timedelta(days=rng.randint(5, 25))
        submitted = case.approved_at - timedelta(hours=rng.randint(2, 72))
        author = case.actor(created)
        approver = rng.choice([u for u in self.by_role[Role.COORDINATOR] if u.uid != author.uid])
        orgs = self._orgs(case.parts, case.approved_at)
        goals = [self._goal(plan_id, k, case) for k in range(rng.randint(1, 3))]
        made = [self._action(plan_id, k, case, orgs, goals) for k in range(rng.randint(2, 5))]
        actions = [row for row, _, _ in made]
        self.rows["plan_version"].append(
            (plan_id, case.id, 1, "approved", None,
             "Zoekt erkenning en houvast; de ankers zijn familie en school.",
             "Bij nieuwe signalen of contact met de groep: direct casusoverleg.",
             json.dumps([{"indicator_code": "P1", "note": "Betrokken ouders"}]),
             (case.approved_at + timedelta(days=90)).date(), author.uid, author.display_name, created,
             max([case.approved_at, *(last for _, last, _ in made)]), submitted, case.approved_at,
             approver.uid, approver.display_name, None, case.decision, 4)
        )  # fmt: skip
        self.rows["plan_goal"].extend(goals)
        self.rows["plan_action"].extend(actions)
        audit = self.audit
        details = {"caseId": case.id, "number": 1}
        audit(created, author, "plan.create", "plan", plan_id, case.person_id, details)
        audit(self.between(created, submitted), author, "plan.update", "plan", plan_id, case.person_id, details)
        audit(submitted, author, "plan.submit", "plan", plan_id, case.person_id, details)
        audit(case.approved_at, approver, "plan.approve", "plan", plan_id, case.person_id, details)
        for _, _, reports in made:
            for at in reports:
                audit(at, case.actor(at), "plan.action_status", "plan", plan_id, case.person_id, details)

    def _orgs(self, parts: Sequence[Part], at: datetime) -> list[Org]:
        found = {
            p.org.id: p.org
            for p in parts
            if p.role is not ParticipationRole.INFORMANT and p.started <= at + timedelta(days=30)
        }
        return list(found.values()) or [self.municipality]

    def _goal(self, plan_id: str, position: int, case: PlannedCase) -> tuple[object, ...]:
        rng = self.rng
        target = (case.approved_at + timedelta(days=rng.randint(60, 300))).date()
        if case.ongoing:
            status = rng.choices((GoalStatus.OPEN, GoalStatus.ON_TRACK, GoalStatus.ACHIEVED), weights=(45, 40, 15))[0]
        else:
            status = rng.choices(
                (GoalStatus.ACHIEVED, GoalStatus.NOT_ACHIEVED, GoalStatus.DROPPED), weights=(70, 20, 10)
            )[0]
        codes = json.dumps(rng.sample(("A1", "B1", "B2", "C2", "P2"), rng.randint(0, 2)))
        return (plan_id, self.sid(), position, rng.choice(GOALS), target, codes, status.value, "")

    def _action(
        self, plan_id: str, position: int, case: PlannedCase, orgs: Sequence[Org], goals: Sequence[tuple[object, ...]]
    ) -> tuple[tuple[object, ...], datetime, list[datetime]]:
        """The row, when it was last reported on, and the times of its status reports."""
        rng, now = self.rng, self.now
        start = case.approved_at + timedelta(days=rng.randint(0, 30))
        due = start + timedelta(days=rng.randint(30, 180))
        weights = ONGOING_ACTIONS if case.ongoing else ENDED_ACTIONS
        status = rng.choices([s for s, _ in weights], weights=[w for _, w in weights])[0]
        until = min(now - timedelta(hours=1), case.end)
        if case.ongoing and status in (ActionStatus.RUNNING, ActionStatus.PLANNED) and rng.random() < NO_RECENT_REPORT:
            until = min(until, now - timedelta(days=rng.randint(35, 90)))
        reports = sorted(self.between(start, until) for _ in range(rng.randint(0, 3)))
        updates = [
            {"at": at.isoformat(), "by_name": case.actor(at).display_name, "organisation_name": case.actor(at).org.name,
             "status": (status if k == len(reports) - 1 else ActionStatus.RUNNING).value,
             "reason": rng.choice(REASONS) if k == len(reports) - 1 and status in (ActionStatus.STALLED, ActionStatus.CANCELLED) else None}
            for k, at in enumerate(reports)
        ]  # fmt: skip
        reason = rng.choice(REASONS) if status in (ActionStatus.STALLED, ActionStatus.CANCELLED) else None
        if updates and updates[-1]["reason"]:
            reason = updates[-1]["reason"]
        last = reports[-1] if reports else case.approved_at
        goal_ids = json.dumps([g[1] for g in rng.sample(list(goals), rng.randint(0, len(goals)))])
        org = rng.choice(list(orgs))
        row = (plan_id, self.sid(), position, None, rng.choice(ACTIONS), goal_ids, org.uid,
               f"Uitvoerder {org.short_name}", start.date(), due.date(), status.value, reason, last, None,
               json.dumps(updates))  # fmt: skip
        return row, last, reports
