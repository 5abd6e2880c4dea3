"""Ratings of every indicator, their trend since the previous assessment, the level `propose_level`
proposes and the final level people set; rows as persistence/repositories/assessments.py writes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.datagen.assessment_texts import (
    EVIDENCE_AGAINST,
    RATIONALES_HIGHER,
    RATIONALES_KNOWN,
    RATIONALES_LOWER,
    SOURCES,
)
from bench.datagen.frameworks import ACUTE, PROTECTIVE, FrameworkMixin
from domain.assessment.concern import Proposal, propose_level
from domain.assessment.framework import ConcernLevel, Presence, Relevance, Trend
from domain.assessment.model import AssessmentType, InformationCompleteness, Perspective
from domain.assessment.rating import IndicatorRating, SharingLevel

L = ConcernLevel
# Ratings are drawn as the plain values the rows hold; `proposal` turns them into domain ratings.
ABSENT, PARTLY, PRESENT, UNKNOWN = (
    p.value for p in (Presence.ABSENT, Presence.PARTLY, Presence.PRESENT, Presence.UNKNOWN)
)
INCREASING, STABLE, DECREASING = (t.value for t in (Trend.INCREASING, Trend.STABLE, Trend.DECREASING))
Rated = tuple[str, int | None]  # presence, relevance (1-3) when (partly) present

# Per tier of concern (0-3, from the case's escalation level): chances of present, partly, unknown.
RISK_ODDS = ((0.015, 0.07, 0.22), (0.035, 0.11, 0.2), (0.07, 0.15, 0.17), (0.11, 0.18, 0.14))
PROTECTIVE_ODDS = ((0.45, 0.3, 0.1), (0.35, 0.32, 0.12), (0.25, 0.33, 0.14), (0.15, 0.3, 0.16))
ACUTE_PARTLY = (0.01, 0.02, 0.04, 0.07)  # acute flags are present only where an alert is meant to be
# Relevance low below the first bound, medium below the second, else high.
RELEVANCE_BOUNDS = ((0.55, 0.9), (0.4, 0.82), (0.25, 0.7), (0.15, 0.55))
UNKNOWN_SHIFT = {
    InformationCompleteness.COMPLETE: -0.08,
    InformationCompleteness.PARTIAL: 0.0,
    InformationCompleteness.LIMITED: 0.3,
}
REDRAW = 0.3  # share of indicators rated anew in a periodic assessment; the others carry over
ORDER = {ABSENT: 0, PARTLY: 1, PRESENT: 2}
# Sharing levels: below the first bound shareable, below the second summary only, else own organisation.
SHARING = {"default": (0.82, 0.94), "police": (0.6, 0.85), "restricted": (0.1, 0.4)}
SHAREABLE, SUMMARY_ONLY, OWN_ORGANISATION = (s.value for s in SharingLevel)
LEVELS = (L.LOW, L.ELEVATED, L.HIGH, L.ACUTE)


@dataclass(frozen=True, slots=True)
class Planned:
    """One assessment as planned: its ratings and, when it is to be submitted, the decision."""

    type: AssessmentType
    completeness: InformationCompleteness
    ratings: list[Rated]
    trends: list[str | None]
    proposal: Proposal | None = None
    final: ConcernLevel | None = None
    rationale: str | None = None
    keep_open: bool = False  # an acute alert raised by it stays unacknowledged


class RatingsMixin(FrameworkMixin):
    """Ratings, proposals and decisions."""

    def draw_ratings(
        self, tier: int, completeness: InformationCompleteness, acute: bool, previous: list[Rated] | None
    ) -> list[Rated]:
        """Presence and relevance of every indicator, in framework order; a periodic assessment carries
        most of the previous one over. Acute flags are present only when `acute` (one, sometimes two)."""
        rng = self.rng
        random = rng.random
        shift = UNKNOWN_SHIFT[completeness]
        risk, protective = RISK_ODDS[tier], PROTECTIVE_ODDS[tier]
        low, medium = RELEVANCE_BOUNDS[tier]
        drawn: list[Rated] = []
        for index, item in enumerate(self.items):
            if previous is not None and random() >= REDRAW:
                presence, relevance = previous[index]
                if item.kind == ACUTE and presence == PRESENT:  # the warning behaviour has been dealt with
                    presence, relevance = (PARTLY, 3) if random() < 0.6 else (ABSENT, None)
                drawn.append((presence, relevance))
                continue
            present, partly, unknown = protective if item.kind == PROTECTIVE else risk
            if item.kind == ACUTE:
                present, partly = 0.0, ACUTE_PARTLY[tier]
            roll = random()
            if roll < present + partly:
                roll = random()
                drawn.append((PRESENT if roll * (present + partly) < present else PARTLY,
                              1 if (r := random()) < low else 2 if r < medium else 3))  # fmt: skip
            elif roll < present + partly + max(0.0, unknown + shift):
                drawn.append((UNKNOWN, None))
            else:
                drawn.append((ABSENT, None))
        if acute:
            flags = [i for i, item in enumerate(self.items) if item.kind == ACUTE]
            for i in rng.sample(flags, 2 if random() < 0.15 and len(flags) > 1 else 1):
                drawn[i] = (PRESENT, 3 if random() < 0.8 else 2)
        return drawn

    @staticmethod
    def trends(ratings: Sequence[Rated], previous: Sequence[Rated] | None) -> list[str | None]:
        """The direction since the previous assessment, for what is (partly) present now and was known
        then: by presence, or by relevance when the presence stayed."""
        if previous is None:
            return [None] * len(ratings)
        trends: list[str | None] = []
        for (presence, relevance), (before, was) in zip(ratings, previous, strict=True):
            if presence in (ABSENT, UNKNOWN) or before == UNKNOWN:
                trends.append(None)
            elif ORDER[presence] != ORDER[before]:
                trends.append(INCREASING if ORDER[presence] > ORDER[before] else DECREASING)
            elif relevance is not None and was is not None and relevance != was:
                trends.append(INCREASING if relevance > was else DECREASING)
            else:
                trends.append(STABLE)
        return trends

    def proposal(self, ratings: Sequence[Rated], trends: Sequence[str | None]) -> Proposal:
        """What domain/assessment/concern.py proposes for these ratings (rating objects are shared: few differ)."""
        cache = self.rating_cache
        rated: dict[str, IndicatorRating] = {}
        for item, (presence, relevance), trend in zip(self.items, ratings, trends, strict=True):
            key = (item.code, presence, relevance, trend)
            rating = cache.get(key)
            if rating is None:
                rating = cache[key] = IndicatorRating(
                    item.code,
                    Presence(presence),
                    Relevance(relevance) if relevance is not None else None,
                    Trend(trend) if trend is not None else None,
                )
            rated[item.code] = rating
        return propose_level(self.framework, rated)

    def decide(self, proposed: ConcernLevel) -> tuple[ConcernLevel, str | None]:
        """The case conference mostly follows the proposal; otherwise it sets a level one step away, with
        its reasons (the domain requires them then)."""
        rng = self.rng
        if rng.random() >= 0.15:
            return proposed, None
        if proposed is L.INSUFFICIENT_INFORMATION:
            return rng.choice((L.LOW, L.ELEVATED)), rng.choice(RATIONALES_KNOWN)
        if proposed is L.LOW:
            step = 1
        elif proposed is L.ACUTE or (proposed is L.HIGH and rng.random() < 0.8):  # acute is rarely set by hand
            step = -1
        else:
            step = rng.choice((-1, 1))
        final = LEVELS[LEVELS.index(proposed) + step]
        return final, rng.choice(RATIONALES_HIGHER if step > 0 else RATIONALES_LOWER)

    @staticmethod
    def proposal_document(plan: Planned, inputs: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
        """The `proposal` column as the repository writes it (`_proposal_document`): the inputs are the
        presence, relevance and trend of every rating the rules read."""
        assert plan.proposal is not None
        return {
            "level": plan.proposal.level.value,
            "rules_version": plan.proposal.rules_version,
            "fired": [
                {
                    "rule": f.rule.value,
                    "level": f.level.value,
                    "indicator_codes": list(f.indicator_codes),
                    "dimensions": [d.value for d in f.dimensions],
                }
                for f in plan.proposal.fired
            ],
            "inputs": dict(inputs),
        }

    def rating_rows(
        self, assessment_id: str, assessed_on: date, plan: Planned, rated: Sequence[int], perspective: Perspective
    ) -> list[tuple[str, dict[str, Any]]]:
        """Append the rating rows (as `_rating_row` writes them) of the indicators at `rated`; returns each
        code with the inputs the proposal keeps of it."""
        random = self.rng.random
        rows = self.rows["assessment_rating"]
        usual = SHARING["police" if perspective is Perspective.POLICE else "default"]
        inputs: list[tuple[str, dict[str, Any]]] = []
        for index in rated:
            item = self.items[index]
            presence, relevance = plan.ratings[index]
            trend = plan.trends[index]
            evidence_for = evidence_against = source = ""
            source_on = None
            if presence in (PRESENT, PARTLY):
                evidence_for = item.evidence[int(random() * len(item.evidence))]
                source = SOURCES[int(random() * len(SOURCES))]
                source_on = assessed_on - timedelta(days=int(random() * 90))
                if random() < 0.15:
                    evidence_against = EVIDENCE_AGAINST[int(random() * len(EVIDENCE_AGAINST))]
            elif presence == ABSENT and random() < 0.3:
                evidence_against = EVIDENCE_AGAINST[int(random() * len(EVIDENCE_AGAINST))]
                source = SOURCES[int(random() * len(SOURCES))]
                source_on = assessed_on - timedelta(days=int(random() * 90))
            shareable, summary = SHARING["restricted"] if item.restricted else usual
            roll = random()
            sharing = SHAREABLE if roll < shareable else SUMMARY_ONLY if roll < summary else OWN_ORGANISATION
            rows.append(
                (assessment_id, "indicator", item.code, presence, relevance, trend, evidence_for, evidence_against,
                 source, source_on, sharing)
            )  # fmt: skip
            inputs.append((item.code, {"presence": presence, "relevance": relevance, "trend": trend}))
        return inputs
