"""Read side of the assessments: the open-alert count and next review of each listed case, the alerts on
the cases an actor may see, and the overdue reviews. Row filters mirror domain/access/assessments.py
`can_read_assessments`: the case row filter (visible_cases) and the permission, default deny."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.assessment.framework import ConcernLevel
from domain.assessment.model import AssessmentId, AssessmentStatus, AssessmentType
from domain.case.lifecycle import FINAL_STATUSES
from domain.case.model import CaseId
from domain.ports import CaseSignal, OverdueReview
from persistence.queries.case_visibility import visible_cases
from persistence.tables import acute_alert, assessment, case_file, person

SUBMITTED = AssessmentStatus.SUBMITTED.value
AFTER_CLOSURE = (AssessmentType.CLOSURE.value, AssessmentType.FOLLOW_UP.value)


def assessments_visible(actor: Actor) -> ColumnElement[bool]:
    """Cases whose assessments (and alerts, and reviews) the actor may read."""
    if Permission.ASSESSMENTS_READ not in actor.permissions:
        return false()
    return visible_cases(actor)


def _latest_submitted(column: Any, case_id: Any) -> Select[Any]:
    return (
        select(column)
        .where(assessment.c.case_id == case_id, assessment.c.status == SUBMITTED)
        .order_by(assessment.c.submitted_at.desc(), assessment.c.id.desc())
        .limit(1)
    )


def next_review_column() -> Any:
    """The next review date of each case's latest submitted assessment (one index probe per case)."""
    return _latest_submitted(assessment.c.next_review_on, case_file.c.id).correlate(case_file).scalar_subquery()


def open_alert_count_column() -> Any:
    """Open alerts per case, counted from the partial index on open alerts."""
    return (
        select(func.count())
        .select_from(acute_alert)
        .where(acute_alert.c.case_id == case_file.c.id, acute_alert.c.acknowledged_at.is_(None))
        .correlate(case_file)
        .scalar_subquery()
    )


# Built once with a bound case id, both answers in one round trip: it runs on every case page.
REVIEW_STATE_OF_CASE = select(
    select(func.count())
    .select_from(acute_alert)
    .where(acute_alert.c.case_id == bindparam("case_id"), acute_alert.c.acknowledged_at.is_(None))
    .scalar_subquery()
    .label("open_alert_count"),
    _latest_submitted(assessment.c.next_review_on, bindparam("case_id")).scalar_subquery().label("next_review_on"),
)


def alerts_query(actor: Actor, *, open_only: bool, limit: int) -> Select[Any]:
    query = (
        select(acute_alert, case_file.c.reference.label("case_reference"), case_file.c.person_id)
        .join(case_file, case_file.c.id == acute_alert.c.case_id)
        .where(assessments_visible(actor))
    )
    if open_only:
        query = query.where(acute_alert.c.acknowledged_at.is_(None))
    open_first = case((acute_alert.c.acknowledged_at.is_(None), 0), else_=1)
    return query.order_by(open_first, acute_alert.c.raised_at.desc(), acute_alert.c.id).limit(limit)


async def overdue_reviews(conn: AsyncConnection, actor: Actor, before: date) -> list[OverdueReview]:
    latest = _latest_submitted(assessment.c.id, case_file.c.id).correlate(case_file).scalar_subquery()
    query = (
        select(
            case_file.c.id.label("case_id"),
            case_file.c.reference,
            person.c.first_names,
            person.c.prefix,
            person.c.surname,
            assessment.c.id.label("assessment_id"),
            assessment.c.final_level,
            assessment.c.next_review_on,
            assessment.c.type,
        )
        .select_from(case_file)
        .join(person, person.c.id == case_file.c.person_id)
        .join(assessment, and_(assessment.c.case_id == case_file.c.id, assessment.c.id == latest))
        .where(
            assessments_visible(actor),
            # A closed case is reviewed again only for the follow-ups after its closure assessment.
            or_(case_file.c.status.not_in([s.value for s in FINAL_STATUSES]), assessment.c.type.in_(AFTER_CLOSURE)),
            assessment.c.next_review_on < before,
        )
        .order_by(assessment.c.next_review_on, case_file.c.reference)
    )
    rows = (await conn.execute(query)).all()
    return [
        OverdueReview(
            case_id=CaseId(r.case_id),
            reference=r.reference,
            person_name=" ".join(x for x in (r.first_names, r.prefix, r.surname) if x),
            assessment_id=AssessmentId(r.assessment_id),
            final_level=ConcernLevel(r.final_level),
            next_review_on=r.next_review_on,
            after_closure=r.type in AFTER_CLOSURE,
        )
        for r in rows
    ]


async def disagreeing_cases(conn: AsyncConnection, actor: Actor, since: datetime) -> list[CaseSignal]:
    """Cases whose assessments submitted since `since` do not agree on the final level."""
    levels = func.count(assessment.c.final_level.distinct())
    query = (
        select(case_file.c.id, case_file.c.reference)
        .join(assessment, assessment.c.case_id == case_file.c.id)
        .where(
            assessment.c.status == SUBMITTED,
            assessment.c.submitted_at >= since,
            assessment.c.final_level.is_not(None),
            assessments_visible(actor),
        )
        .group_by(case_file.c.id, case_file.c.reference)
        .having(levels > 1)
        .limit(500)
    )
    found = (await conn.execute(query)).all()
    if not found:
        return []
    rows = await conn.execute(
        select(assessment.c.case_id, assessment.c.final_level).where(
            assessment.c.case_id.in_([r.id for r in found]),
            assessment.c.status == SUBMITTED,
            assessment.c.submitted_at >= since,
            assessment.c.final_level.is_not(None),
        )
    )
    by_case: dict[Any, set[ConcernLevel]] = {}
    for row in rows:
        by_case.setdefault(row.case_id, set()).add(ConcernLevel(row.final_level))
    return [
        CaseSignal(
            CaseId(r.id), r.reference, "/".join(level.value for level in sorted(by_case[r.id], key=lambda x: x.rank))
        )
        for r in found
    ]
