"""Assessments of the cases past intake: an intake assessment, then periodic ones, each rating every
indicator of the framework version in use; the level `propose_level` proposes, the final level people
set, the next review from the cadence, acute alerts, and the audit events of the flow (create, update,
submit, alert raise and acknowledge, reads).

Rows are written as persistence/repositories/assessments.py and alerts.py write them, JSON included
(the SQLAlchemy JSON type stores `json.dumps(value)`, None as JSON null); the bench smoke test reads
them back through the repositories and compares.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bench.datagen.assessment_texts import (
    DISSENT_NOTES,
    FORMULATION_ANCHORS,
    FORMULATION_DESTABILISERS,
    FORMULATION_DRIVERS,
    FORMULATION_INHIBITORS,
    ROUTING_NOTES,
    ROUTING_WEIGHTS,
    SCENARIOS,
)
from bench.datagen.frameworks import PROTECTIVE
from bench.datagen.model import Org, Part, User, weighted
from bench.datagen.ratings import PRESENT, Planned, Rated, RatingsMixin
from domain.access.roles import Role
from domain.assessment.alerts import AlertRouting, acute_indicator_codes
from domain.assessment.model import AssessmentType, InformationCompleteness, Perspective
from domain.case.model import ParticipationRole

ACUTE_SHARE = (0.003, 0.01, 0.03, 0.07)  # assessments with warning behaviour present, by tier of concern
OPEN_ALERT_SHARE = 0.05  # running cases whose latest assessment raised an alert nobody acknowledged yet
ROUTING = weighted(ROUTING_WEIGHTS)


@dataclass(frozen=True, slots=True)
class AssessedCase:
    """What the assessments of one case need of it."""

    id: str
    person_id: str
    end: datetime  # closed or transferred at, or now
    ongoing: bool
    parts: Sequence[Part]
    actor: Callable[[datetime], User]  # who acts for the municipality at a time (regisseur or coordinator)


class AssessmentsMixin(RatingsMixin):
    """The assessments of one case, with their alerts and audit events."""

    # ---- the assessments of one case --------------------------------------------------------------

    def assess_case(self, case: AssessedCase, include_at: datetime, peak: int, level: int) -> None:
        """An intake assessment, then periodic ones (1-3 submitted in all); a running case has its latest
        one around its due date, and sometimes a draft or an acute alert nobody acknowledged yet."""
        with self.drawing_from(self.assessment_rng):
            self._assess_case(case, include_at, peak, level)

    def _assess_case(self, case: AssessedCase, include_at: datetime, peak: int, level: int) -> None:
        rng, now, stats = self.rng, self.now, self.assessment_stats
        alerts_open = stats["alerts open"]
        latest = now if case.ongoing else case.end - timedelta(days=6)
        first = include_at + timedelta(days=rng.uniform(2, 21))
        if first >= latest - timedelta(hours=1):  # just included: the intake is yet to come, or in draft
            if case.ongoing and include_at < now - timedelta(hours=1) and rng.random() < 0.5:
                ratings = self.draw_ratings(peak, InformationCompleteness.LIMITED, False, None)
                meeting = self.between(include_at, now - timedelta(hours=1))
                plan = Planned(AssessmentType.INTAKE, InformationCompleteness.LIMITED, ratings, [None] * len(ratings))
                self.one_assessment(case, meeting, plan)
        else:
            self.assess_over_time(case, first, latest, peak, level)
        if case.ongoing:
            stats["running cases past intake"] += 1
            stats["running cases with an open alert"] += stats["alerts open"] > alerts_open

    def assess_over_time(self, case: AssessedCase, first: datetime, latest: datetime, peak: int, level: int) -> None:
        rng, now = self.rng, self.now
        span = (latest - first).days
        keep_open = case.ongoing and rng.random() < OPEN_ALERT_SHARE
        n = 1 if span < 45 else rng.choices((1, 2, 3), weights=(15, 40, 45))[0]
        if keep_open and span >= 45:
            n = max(n, 2)  # the alert comes from a recent review, not from an intake long ago
        later = first + timedelta(days=28)
        if case.ongoing:  # the latest one is placed by the cadence of its level, below
            meetings = [first, *sorted(self.between(later, latest - timedelta(days=14)) for _ in range(n - 2))]
        else:
            meetings = [first, *sorted(self.between(later, latest) for _ in range(n - 1))]
        previous: list[Rated] | None = None
        due: date | None = None
        for k in range(n):
            last = k == n - 1
            tier = peak if k == 0 else level if last else (peak + level + 1) // 2
            if rng.random() < 0.2:
                tier = min(3, max(0, tier + rng.choice((-1, 1))))
            weights = (20, 50, 30) if k == 0 else (55, 37, 8)
            completeness = rng.choices(tuple(InformationCompleteness), weights=weights)[0]
            ratings = self.draw_ratings(
                tier, completeness, (keep_open and last) or rng.random() < ACUTE_SHARE[tier], previous
            )
            trends = self.trends(ratings, previous)
            proposal = self.proposal(ratings, trends)
            final, rationale = self.decide(proposal.level)
            kind = AssessmentType.INTAKE if k == 0 else AssessmentType.PERIODIC
            if k < len(meetings):
                meeting = meetings[k]
                if last and not case.ongoing and k > 0 and rng.random() < 0.4:
                    kind = AssessmentType.CLOSURE
                    meeting = max(meeting, self.between(case.end - timedelta(days=40), latest))
            else:  # the latest of a running case: around its due date
                days = self.framework.cadence.days_by_level[final]
                meeting = now - timedelta(days=days * rng.uniform(0.05, 1.25))
                meeting = min(max(meeting, meetings[-1] + timedelta(days=14)), now - timedelta(minutes=30))
            plan = Planned(kind, completeness, ratings, trends, proposal, final, rationale, keep_open and last)
            reviewed = self.one_assessment(case, meeting, plan)
            if reviewed is None:
                break
            due, previous = reviewed, ratings
        if case.ongoing and due is not None and due < now.date():
            self.assessment_stats["running cases with a review overdue"] += 1

    def one_assessment(self, case: AssessedCase, meeting: datetime, plan: Planned) -> date | None:
        """Write one assessment held at `meeting`, with its audit events. It stays a draft, rated in part,
        when nothing was decided or it would be submitted after now; returns the next review when submitted."""
        rng, now = self.rng, self.now
        deadline = now if case.ongoing else case.end
        minute = timedelta(minutes=1)
        created = min(meeting + timedelta(hours=rng.uniform(0, 8)), self.between(meeting, deadline - minute))
        updated = created + timedelta(minutes=rng.uniform(10, 360))
        if updated >= deadline - minute:
            updated = self.between(created, deadline - minute)
        submitted: datetime | None = None
        if plan.proposal is not None and plan.final is not None:
            submitted = updated + timedelta(hours=rng.expovariate(1 / 12))
            if submitted >= deadline - minute:  # not submitted yet, or submitted before the case ended
                submitted = None if case.ongoing else self.between(updated, deadline - minute)
        working = self.working(case.parts, meeting)
        perspective, who, org = self.assessor(case, plan.type, meeting, working)
        aid, assessed_on, subject = self.sid(), meeting.date(), case.person_id
        rated: Sequence[int] = range(len(self.items))
        if submitted is None:
            rated = sorted(rng.sample(rated, rng.randint(len(rated) // 3, len(rated))))
        inputs = self.rating_rows(aid, assessed_on, plan, rated, perspective)
        codes = sorted(code for code, _ in inputs)
        formulation = self.formulation(submitted is not None or rng.random() < 0.5)
        scenarios = self.scenarios(plan.ratings) if submitted is not None else []
        fields = ["ratings", "formulation", *(["scenarios"] if scenarios else [])]
        updates: list[tuple[datetime, list[str], list[str]]] = [(updated, fields, codes)]
        if submitted is not None and rng.random() < 0.3:  # a second look at a few ratings
            updates.append(
                (self.between(updated, submitted), ["ratings"], sorted(rng.sample(codes, rng.randint(1, 4))))
            )
        details: dict[str, Any] = {"caseId": case.id, "perspective": perspective.value, "framework": self.rules_version}
        self.audit(created, who, "assessment.create", "assessment", aid, subject, details)
        for at, given, changed in updates:
            self.audit(
                at, who, "assessment.update", "assessment", aid, subject, {"fields": given, "ratedCodes": changed}
            )
        header = (
            aid, case.id, org.uid, plan.type.value, perspective.value, "draft" if submitted is None else "submitted",
            assessed_on, json.dumps(self.assessors(perspective, who, working)), plan.completeness.value,
            self.framework_id, None, json.dumps(formulation), json.dumps(scenarios),
        )  # fmt: skip
        if submitted is None or plan.proposal is None or plan.final is None:
            self.assessment_stats["drafts"] += 1
            self.rows["assessment"].append(
                (*header, None, None, "[]", None, None, "null", None, created, who.uid, who.display_name,
                 updates[-1][0], None, None, None, 1 + len(updates))
            )  # fmt: skip
            return None
        proposal, final = plan.proposal, plan.final
        next_review = assessed_on + timedelta(days=self.framework.cadence.days_by_level[final])
        agreements = self.agreements(self.working(case.parts, submitted)) if perspective is Perspective.JOINT else []
        alert_id = self.sid() if acute_indicator_codes(proposal) else None
        self.rows["assessment"].append(
            (*header, final.value, plan.rationale, json.dumps(agreements), proposal.level.value,
             proposal.rules_version, json.dumps(self.proposal_document(plan, inputs)), next_review, created, who.uid,
             who.display_name, submitted, submitted, who.uid, who.display_name, 2 + len(updates))
        )  # fmt: skip
        details = {
            "proposedLevel": proposal.level.value,
            "finalLevel": final.value,
            "rulesVersion": proposal.rules_version,
            "rulesFired": [r.rule.value for r in proposal.fired],
            "acuteAlertId": alert_id,
        }
        self.audit(submitted, who, "assessment.submit", "assessment", aid, subject, details)
        if alert_id is not None:
            self.alert(case, alert_id, aid, acute_indicator_codes(proposal), submitted, who, plan.keep_open)
        until = min(now - timedelta(minutes=5), case.end + timedelta(days=30))
        for _ in range(rng.choices((0, 1, 2), weights=(60, 30, 10))[0]):
            reader = who if rng.random() < 0.6 else rng.choice(self.by_role[Role.COORDINATOR])
            if submitted < until:
                self.audit(self.between(submitted, until), reader, "assessment.read", "assessment", aid, subject)
        self.assessment_stats[f"final {final.value}"] += 1
        self.assessment_stats["final differs from proposal"] += final is not proposal.level
        return next_review

    def alert(
        self,
        case: AssessedCase,
        alert_id: str,
        assessment_id: str,
        codes: tuple[str, ...],
        raised: datetime,
        raiser: User,
        keep_open: bool,
    ) -> None:
        """An acute alert raised at submission; mostly acknowledged within hours, by a coordinator or,
        when the police work in the case, by the police."""
        rng, now = self.rng, self.now
        self.audit(raised, raiser, "alert.raise", "acute_alert", alert_id, case.person_id,
                   {"caseId": case.id, "indicatorCodes": list(codes)})  # fmt: skip
        acknowledged: datetime | None = None if keep_open else raised + timedelta(hours=rng.uniform(0.5, 72))
        if acknowledged is None or acknowledged >= now - timedelta(minutes=1):
            self.assessment_stats["alerts open"] += 1
            self.rows["acute_alert"].append(
                (alert_id, case.id, assessment_id, json.dumps(list(codes)), raised, None, None, None, None, None)
            )
            return
        by_police = rng.random() < 0.3 and any(o is self.police for o in self.working(case.parts, acknowledged))
        acker = rng.choice(self.staff_of_org[self.police.id] if by_police else self.by_role[Role.COORDINATOR])
        routed: AlertRouting = rng.choices(ROUTING[0], cum_weights=ROUTING[1])[0]
        note = rng.choice(ROUTING_NOTES) if routed is AlertRouting.OTHER or rng.random() < 0.4 else None
        self.rows["acute_alert"].append(
            (alert_id, case.id, assessment_id, json.dumps(list(codes)), raised, acknowledged, acker.uid,
             acker.display_name, routed.value, note)
        )  # fmt: skip
        self.audit(acknowledged, acker, "alert.acknowledge", "acute_alert", alert_id, case.person_id,
                   {"routedTo": routed.value})  # fmt: skip
        self.assessment_stats["alerts acknowledged"] += 1

    # ---- who, with whom, and what they wrote ------------------------------------------------------

    @staticmethod
    def working(parts: Sequence[Part], at: datetime) -> list[Org]:
        """The organisations working in the case at `at` (informants do not), each once."""
        found = {
            p.org.id: p.org
            for p in parts
            if p.role is not ParticipationRole.INFORMANT and p.started <= at and (p.ended is None or p.ended > at)
        }
        return list(found.values())

    def assessor(
        self, case: AssessedCase, kind: AssessmentType, at: datetime, working: Sequence[Org]
    ) -> tuple[Perspective, User, Org]:
        """Mostly the municipality (the regisseur); some joint, in the case conference; some the police's
        own, when the police work in the case."""
        roll = self.rng.random()
        if kind is AssessmentType.INTAKE:
            perspective = Perspective.JOINT if roll < 0.12 else Perspective.MUNICIPALITY
        elif roll < 0.22 and self.police in working:
            perspective = Perspective.POLICE
        else:
            perspective = Perspective.JOINT if roll < 0.4 else Perspective.MUNICIPALITY
        if perspective is Perspective.POLICE:
            return perspective, self.rng.choice(self.staff_of_org[self.police.id]), self.police
        return perspective, case.actor(at), self.municipality

    def assessors(self, perspective: Perspective, who: User, working: Sequence[Org]) -> list[str]:
        rng = self.rng
        names = [who.display_name]
        if perspective is Perspective.JOINT:
            partners = [o for o in working if o.id in self.staff_of_org]
            names += [
                rng.choice(self.staff_of_org[o.id]).display_name for o in rng.sample(partners, min(2, len(partners)))
            ]
        elif rng.random() < 0.4:
            colleagues = (
                self.staff_of_org[who.org.id] if perspective is Perspective.POLICE else self.by_role[Role.COORDINATOR]
            )
            names.append(rng.choice(colleagues).display_name)
        return list(dict.fromkeys(names))

    def agreements(self, working: Sequence[Org]) -> list[dict[str, Any]]:
        """A joint assessment records for every organisation working in the case whether it agrees."""
        rng = self.rng
        agreements = []
        for org in working:
            agrees = rng.random() < 0.92
            note = "" if agrees else rng.choice(DISSENT_NOTES)
            agreements.append({"organisation_id": org.id, "agrees": agrees, "note": note})
        return agreements

    def formulation(self, written: bool) -> dict[str, str]:
        rng = self.rng
        if not written:
            return {"drivers": "", "inhibitors": "", "destabilisers": "", "protective_anchors": ""}
        return {
            "drivers": rng.choice(FORMULATION_DRIVERS),
            "inhibitors": rng.choice(FORMULATION_INHIBITORS),
            "destabilisers": rng.choice(FORMULATION_DESTABILISERS),
            "protective_anchors": rng.choice(FORMULATION_ANCHORS),
        }

    def scenarios(self, ratings: Sequence[Rated]) -> list[dict[str, Any]]:
        rng = self.rng
        present = [
            item.code
            for item, (presence, _) in zip(self.items, ratings, strict=True)
            if item.kind != PROTECTIVE and presence == PRESENT
        ]
        chosen = rng.sample(SCENARIOS, rng.choices((0, 1, 2), weights=(35, 45, 20))[0])
        return [
            {
                "title": title,
                "description": description,
                "likelihood": likelihood.value,
                "warning_signs": signs,
                "indicator_codes": rng.sample(present, min(len(present), rng.randint(0, 2))),
            }
            for title, description, likelihood, signs in chosen
        ]
