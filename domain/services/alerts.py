"""Acute alerts: the alerts of one case, the open alerts on every case the actor may see, and
acknowledging one (once) with where it was routed."""

from __future__ import annotations

from dataclasses import dataclass

from domain.access.actor import Actor
from domain.access.assessments import can_read_assessments
from domain.access.permissions import Permission
from domain.assessment.alerts import AcuteAlert, AlertId, AlertRouting
from domain.case.model import CaseId
from domain.errors import NotFound
from domain.ports import AlertOnCase, Clock, UnitOfWork
from domain.services.case_access import NO_CASE, actor_ref, load_visible_case
from domain.services.common import audit_entry, ensure

NO_ALERT = "No alert with this id."
OPEN_LIST_LIMIT = 500


@dataclass(frozen=True)
class AcknowledgeAlert:
    routed_to: AlertRouting
    routing_note: str | None = None


def _open_first(alerts: list[AcuteAlert]) -> list[AcuteAlert]:
    return sorted(alerts, key=lambda a: (not a.is_open, -a.raised_at.timestamp(), str(a.id)))


async def list_case_alerts(uow: UnitOfWork, actor: Actor, case_id: CaseId) -> list[AcuteAlert]:
    """Open alerts first, then newest first. Everyone who may read the case's assessments sees its
    alerts: an acute alert is an operational signal, whatever the sharing level of the ratings behind it."""
    ensure(actor, Permission.ASSESSMENTS_READ)
    async with uow:
        found = await load_visible_case(uow, actor, case_id)
        if not can_read_assessments(actor, found.facts):
            raise NotFound(NO_CASE)
        alerts = _open_first(await uow.alerts.of_case(case_id))
        uow.record(
            audit_entry(
                actor,
                "alert.list",
                record_type="case",
                record_id=case_id,
                subject_person_id=found.case.person_id,
                details={"count": len(alerts)},
            )
        )
        await uow.commit()
        return alerts


async def list_alerts(uow: UnitOfWork, actor: Actor, *, open_only: bool = True) -> list[AlertOnCase]:
    """Alerts on the cases the actor may see (the case row filter), open ones first, at most 500."""
    ensure(actor, Permission.ASSESSMENTS_READ)
    async with uow:
        found = await uow.alerts.visible(actor, open_only=open_only, limit=OPEN_LIST_LIMIT)
        uow.record(
            audit_entry(
                actor,
                "alert.list",
                record_type="acute_alert",
                details={
                    "count": len(found),
                    "openOnly": open_only,
                    "caseIds": sorted({str(a.alert.case_id) for a in found}),
                },
            )
        )
        await uow.commit()
        return found


async def acknowledge_alert(
    uow: UnitOfWork, clock: Clock, actor: Actor, alert_id: AlertId, cmd: AcknowledgeAlert
) -> AcuteAlert:
    """Acknowledge an open alert and record where it went; a second acknowledgement is a conflict."""
    ensure(actor, Permission.ALERTS_ACKNOWLEDGE)
    async with uow:
        alert = await uow.alerts.get(alert_id, for_update=True)
        if alert is None:
            raise NotFound(NO_ALERT)
        try:
            found = await load_visible_case(uow, actor, alert.case_id)
        except NotFound:
            raise NotFound(NO_ALERT) from None
        alert.acknowledge(actor_ref(actor), clock.now(), cmd.routed_to, cmd.routing_note)
        await uow.alerts.save(alert)
        uow.record(
            audit_entry(
                actor,
                "alert.acknowledge",
                record_type="acute_alert",
                record_id=alert.id,
                subject_person_id=found.case.person_id,
                details={"routedTo": cmd.routed_to.value},
            )
        )
        await uow.commit()
        return alert
