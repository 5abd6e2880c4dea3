"""Assessments: a header row, one row per rating, JSON for the formulation, scenarios, agreements and the
proposal kept at submission. Ratings change only in a draft; they are rewritten whole on save."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.assessment.catalogue import CrosswalkId, FrameworkId
from domain.assessment.concern import FiredRule, Proposal, RuleCode
from domain.assessment.framework import ConcernLevel, DimensionCode, Presence, Relevance, Trend
from domain.assessment.model import (
    Agreement,
    Assessment,
    AssessmentId,
    AssessmentStatus,
    AssessmentType,
    Formulation,
    InformationCompleteness,
    Perspective,
    Scenario,
    ScenarioLikelihood,
)
from domain.assessment.rating import IndicatorRating, SharingLevel
from domain.case.model import ActorRef, CaseId
from domain.errors import StaleVersion
from domain.ids import OrganisationId
from domain.ports import CaseSignal, OverdueReview, ReviewState
from persistence.queries.assessment_lists import REVIEW_STATE_OF_CASE, disagreeing_cases, overdue_reviews
from persistence.tables import assessment as t
from persistence.tables import assessment_rating as r

INDICATOR, EXTERNAL = "indicator", "external"


def _rating_row(assessment_id: uuid.UUID, scheme: str, rating: IndicatorRating) -> dict[str, Any]:
    return {
        "assessment_id": assessment_id,
        "scheme": scheme,
        "code": rating.code,
        "presence": rating.presence.value,
        "relevance": int(rating.relevance) if rating.relevance is not None else None,
        "trend": rating.trend.value if rating.trend else None,
        "evidence_for": rating.evidence_for,
        "evidence_against": rating.evidence_against,
        "source": rating.source,
        "source_on": rating.source_on,
        "sharing": rating.sharing.value,
    }


def _rating(row: Any) -> IndicatorRating:
    return IndicatorRating(
        code=row.code,
        presence=Presence(row.presence),
        relevance=Relevance(row.relevance) if row.relevance is not None else None,
        trend=Trend(row.trend) if row.trend else None,
        evidence_for=row.evidence_for,
        evidence_against=row.evidence_against,
        source=row.source,
        source_on=row.source_on,
        sharing=SharingLevel(row.sharing),
    )


def _proposal_document(a: Assessment) -> dict[str, Any] | None:
    if a.proposal is None:
        return None
    return {
        "level": a.proposal.level.value,
        "rules_version": a.proposal.rules_version,
        "fired": [
            {
                "rule": f.rule.value,
                "level": f.level.value,
                "indicator_codes": list(f.indicator_codes),
                "dimensions": [d.value for d in f.dimensions],
            }
            for f in a.proposal.fired
        ],
        "inputs": {
            code: {
                "presence": x.presence.value,
                "relevance": int(x.relevance) if x.relevance is not None else None,
                "trend": x.trend.value if x.trend else None,
            }
            for code, x in a.proposal_inputs.items()
        },
    }


def _proposal(document: dict[str, Any] | None) -> tuple[Proposal | None, dict[str, IndicatorRating]]:
    if document is None:
        return None, {}
    fired = tuple(
        FiredRule(
            RuleCode(f["rule"]),
            ConcernLevel(f["level"]),
            tuple(f["indicator_codes"]),
            tuple(DimensionCode(d) for d in f["dimensions"]),
        )
        for f in document["fired"]
    )
    inputs = {
        code: IndicatorRating(
            code,
            Presence(x["presence"]),
            Relevance(x["relevance"]) if x["relevance"] is not None else None,
            Trend(x["trend"]) if x["trend"] else None,
        )
        for code, x in document["inputs"].items()
    }
    return Proposal(ConcernLevel(document["level"]), fired, document["rules_version"]), inputs


def _values(a: Assessment) -> dict[str, Any]:
    """The columns that may change after the insert."""
    f = a.formulation
    return {
        "type": a.type.value,
        "status": a.status.value,
        "assessed_on": a.assessed_on,
        "assessors": list(a.assessors),
        "information_completeness": a.information_completeness.value,
        "formulation": {
            "drivers": f.drivers,
            "inhibitors": f.inhibitors,
            "destabilisers": f.destabilisers,
            "protective_anchors": f.protective_anchors,
        },
        "scenarios": [
            {
                "title": s.title,
                "description": s.description,
                "likelihood": s.likelihood.value,
                "warning_signs": s.warning_signs,
                "indicator_codes": list(s.indicator_codes),
            }
            for s in a.scenarios
        ],
        "final_level": a.final_level.value if a.final_level else None,
        "rationale": a.rationale,
        "agreements": [
            {"organisation_id": str(x.organisation_id), "agrees": x.agrees, "note": x.note} for x in a.agreements
        ],
        "proposed_level": a.proposal.level.value if a.proposal else None,
        "rules_version": a.proposal.rules_version if a.proposal else None,
        "proposal": _proposal_document(a),
        "next_review_on": a.next_review_on,
        "updated_at": a.updated_at,
        "submitted_at": a.submitted_at,
        "submitted_by_id": a.submitted_by.id if a.submitted_by else None,
        "submitted_by_name": a.submitted_by.name if a.submitted_by else None,
    }


def _assessment(row: Any, ratings: Iterable[Any]) -> Assessment:
    proposal, inputs = _proposal(row.proposal)
    mine = list(ratings)
    return Assessment(
        id=AssessmentId(row.id),
        case_id=CaseId(row.case_id),
        organisation_id=OrganisationId(row.organisation_id),
        type=AssessmentType(row.type),
        perspective=Perspective(row.perspective),
        framework_id=FrameworkId(row.framework_id),
        crosswalk_id=CrosswalkId(row.crosswalk_id) if row.crosswalk_id else None,
        assessed_on=row.assessed_on,
        assessors=tuple(row.assessors),
        information_completeness=InformationCompleteness(row.information_completeness),
        created_at=row.created_at,
        created_by=ActorRef(row.created_by_id, row.created_by_name),
        updated_at=row.updated_at,
        ratings={x.code: _rating(x) for x in mine if x.scheme == INDICATOR},
        external_ratings={x.code: _rating(x) for x in mine if x.scheme == EXTERNAL},
        formulation=Formulation(**row.formulation),
        scenarios=tuple(
            Scenario(
                s["title"],
                s["description"],
                ScenarioLikelihood(s["likelihood"]),
                s["warning_signs"],
                tuple(s["indicator_codes"]),
            )
            for s in row.scenarios
        ),
        status=AssessmentStatus(row.status),
        final_level=ConcernLevel(row.final_level) if row.final_level else None,
        rationale=row.rationale,
        agreements=tuple(
            Agreement(OrganisationId(uuid.UUID(x["organisation_id"])), x["agrees"], x["note"]) for x in row.agreements
        ),
        proposal=proposal,
        proposal_inputs=inputs,
        next_review_on=row.next_review_on,
        submitted_at=row.submitted_at,
        submitted_by=ActorRef(row.submitted_by_id, row.submitted_by_name) if row.submitted_by_name else None,
        version=row.version,
    )


class SqlAssessmentRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, a: Assessment) -> None:
        await self._conn.execute(
            insert(t).values(
                id=a.id,
                case_id=a.case_id,
                organisation_id=a.organisation_id,
                perspective=a.perspective.value,
                framework_id=a.framework_id,
                crosswalk_id=a.crosswalk_id,
                created_at=a.created_at,
                created_by_id=a.created_by.id,
                created_by_name=a.created_by.name,
                version=a.version,
                **_values(a),
            )
        )
        await self._write_ratings(a)

    async def save(self, a: Assessment, expected_version: int) -> None:
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == a.id, t.c.version == expected_version)
            .values(version=expected_version + 1, **_values(a))
        )
        if result.rowcount != 1:
            raise StaleVersion()
        a.version = expected_version + 1
        await self._conn.execute(delete(r).where(r.c.assessment_id == a.id))
        await self._write_ratings(a)

    async def _write_ratings(self, a: Assessment) -> None:
        rows = [_rating_row(a.id, INDICATOR, x) for x in a.ratings.values()]
        rows += [_rating_row(a.id, EXTERNAL, x) for x in a.external_ratings.values()]
        if rows:
            await self._conn.execute(insert(r), rows)

    async def get(self, assessment_id: AssessmentId, *, for_update: bool = False) -> Assessment | None:
        query = select(t).where(t.c.id == assessment_id)
        row = (await self._conn.execute(query.with_for_update() if for_update else query)).first()
        if row is None:
            return None
        ratings = (await self._conn.execute(select(r).where(r.c.assessment_id == assessment_id))).all()
        return _assessment(row, ratings)

    async def of_case(self, case_id: CaseId) -> list[Assessment]:
        rows = (
            await self._conn.execute(select(t).where(t.c.case_id == case_id).order_by(t.c.created_at, t.c.id))
        ).all()
        if not rows:
            return []
        ratings = (await self._conn.execute(select(r).where(r.c.assessment_id.in_([x.id for x in rows])))).all()
        by_assessment: dict[uuid.UUID, list[Any]] = {}
        for rating in ratings:
            by_assessment.setdefault(rating.assessment_id, []).append(rating)
        return [_assessment(row, by_assessment.get(row.id, [])) for row in rows]

    async def review_state(self, case_id: CaseId) -> ReviewState:
        row = (await self._conn.execute(REVIEW_STATE_OF_CASE, {"case_id": case_id})).one()
        return ReviewState(int(row.open_alert_count), row.next_review_on)

    async def disagreements(self, actor: Actor, since: datetime) -> list[CaseSignal]:
        return await disagreeing_cases(self._conn, actor, since)

    async def overdue(self, actor: Actor, before: date) -> list[OverdueReview]:
        return await overdue_reviews(self._conn, actor, before)
