"""Use cases of the privacy officer on the audit trail."""

from __future__ import annotations

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.audit.model import AuditRow, ChainReport
from domain.ports import AuditFilter, Page, PageRequest, UnitOfWork
from domain.services.common import audit_entry, ensure


async def list_audit_events(uow: UnitOfWork, actor: Actor, filter: AuditFilter, page: PageRequest) -> Page[AuditRow]:
    ensure(actor, Permission.AUDIT_READ)
    async with uow:
        result = await uow.audit.search(filter, page)
        uow.record(audit_entry(actor, "audit.list", record_type="audit_event", details={"count": len(result.items)}))
        await uow.commit()
        return result


async def verify_audit_chain(uow: UnitOfWork, actor: Actor) -> ChainReport:
    """Walk the whole chain; the verification itself is audited."""
    ensure(actor, Permission.AUDIT_READ)
    async with uow:
        report = await uow.audit.verify()
        uow.record(
            audit_entry(
                actor,
                "audit.verify",
                record_type="audit_event",
                details={"valid": report.valid, "firstBrokenSeq": report.first_broken_seq},
            )
        )
        await uow.commit()
        return report
