"""Reviews that are due: cases whose latest submitted assessment has passed its next review date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.errors import InvalidInput
from domain.ports import Clock, OverdueReview, UnitOfWork
from domain.services.common import audit_entry, ensure

MAX_WITHIN_DAYS = 366


@dataclass(frozen=True)
class DueReview:
    review: OverdueReview
    days_overdue: int  # negative: due in that many days


async def overdue_reviews(uow: UnitOfWork, clock: Clock, actor: Actor, within_days: int = 0) -> list[DueReview]:
    """Visible cases not in a final state whose latest submitted assessment is due for review before
    today + `within_days` (0: overdue today), most overdue first."""
    ensure(actor, Permission.ASSESSMENTS_READ)
    if not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise InvalidInput.field("withinDays", f"must be between 0 and {MAX_WITHIN_DAYS}")
    today = clock.now().date()
    async with uow:
        found = await uow.assessments.overdue(actor, today + timedelta(days=within_days))
        uow.record(
            audit_entry(
                actor,
                "review.list_overdue",
                record_type="case",
                details={
                    "count": len(found),
                    "withinDays": within_days,
                    "caseIds": sorted({str(r.case_id) for r in found}),
                },
            )
        )
        await uow.commit()
    due = [DueReview(r, (today - r.next_review_on).days) for r in found]
    return sorted(due, key=lambda d: (-d.days_overdue, d.review.reference))
