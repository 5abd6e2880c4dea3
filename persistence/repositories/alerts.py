"""Acute alerts: inserted when raised, updated once when acknowledged."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.assessment.alerts import AcuteAlert, AlertId, AlertRouting
from domain.assessment.model import AssessmentId
from domain.case.model import ActorRef, CaseId
from domain.errors import StaleVersion
from domain.person.model import PersonId
from domain.ports import AlertOnCase
from persistence.queries.assessment_lists import alerts_query
from persistence.tables import acute_alert as t


def _alert(row: Any) -> AcuteAlert:
    return AcuteAlert(
        id=AlertId(row.id),
        case_id=CaseId(row.case_id),
        assessment_id=AssessmentId(row.assessment_id),
        indicator_codes=tuple(row.indicator_codes),
        raised_at=row.raised_at,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=ActorRef(row.acknowledged_by_id, row.acknowledged_by_name) if row.acknowledged_at else None,
        routed_to=AlertRouting(row.routed_to) if row.routed_to else None,
        routing_note=row.routing_note,
    )


class SqlAlertRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, alert: AcuteAlert) -> None:
        await self._conn.execute(
            insert(t).values(
                id=alert.id,
                case_id=alert.case_id,
                assessment_id=alert.assessment_id,
                indicator_codes=list(alert.indicator_codes),
                raised_at=alert.raised_at,
            )
        )

    async def get(self, alert_id: AlertId, *, for_update: bool = False) -> AcuteAlert | None:
        query = select(t).where(t.c.id == alert_id)
        row = (await self._conn.execute(query.with_for_update() if for_update else query)).first()
        return _alert(row) if row else None

    async def save(self, alert: AcuteAlert) -> None:
        # Only an open alert is acknowledged: a concurrent acknowledgement makes this update miss.
        result = await self._conn.execute(
            update(t)
            .where(t.c.id == alert.id, t.c.acknowledged_at.is_(None))
            .values(
                acknowledged_at=alert.acknowledged_at,
                acknowledged_by_id=alert.acknowledged_by.id if alert.acknowledged_by else None,
                acknowledged_by_name=alert.acknowledged_by.name if alert.acknowledged_by else None,
                routed_to=alert.routed_to.value if alert.routed_to else None,
                routing_note=alert.routing_note,
            )
        )
        if result.rowcount != 1:
            raise StaleVersion()

    async def of_case(self, case_id: CaseId) -> list[AcuteAlert]:
        rows = (await self._conn.execute(select(t).where(t.c.case_id == case_id).order_by(t.c.raised_at, t.c.id))).all()
        return [_alert(r) for r in rows]

    async def visible(self, actor: Actor, *, open_only: bool, limit: int) -> list[AlertOnCase]:
        rows = (await self._conn.execute(alerts_query(actor, open_only=open_only, limit=limit))).all()
        return [AlertOnCase(_alert(r), r.case_reference, PersonId(r.person_id)) for r in rows]
