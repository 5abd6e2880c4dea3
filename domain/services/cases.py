"""Reading cases: one case with everything its page shows, and the filtered list."""

from __future__ import annotations

from dataclasses import dataclass

from domain.access.actor import Actor
from domain.access.assessments import can_read_assessments
from domain.access.cases import can_manage_case, can_write_journal
from domain.access.permissions import Permission
from domain.access.plans import can_read_plans
from domain.case.lifecycle import Transition
from domain.case.model import Case, CaseId
from domain.errors import InvalidInput
from domain.ids import OrganisationId
from domain.person.model import Person
from domain.ports import (
    CASE_SORTS,
    CaseFilter,
    CaseRef,
    CaseSummary,
    DeliveryState,
    Page,
    PageRequest,
    ReviewState,
    UnitOfWork,
)
from domain.services.case_access import load_visible_case
from domain.services.common import audit_entry, ensure
from domain.services.plan_views import Monitoring

NO_REVIEW_STATE = ReviewState(0, None)
NO_DELIVERY_STATE = DeliveryState(None, 0, 0)


@dataclass(frozen=True)
class AllowedActions:
    manage: bool
    write_journal: bool
    escalate: bool


@dataclass(frozen=True)
class CaseView:
    case: Case
    person: Person
    regisseur_name: str | None
    organisation_names: dict[OrganisationId, str]
    linked_cases: list[CaseRef]
    next_transitions: list[Transition]
    allowed: AllowedActions
    review: ReviewState  # open alerts and the next review (nothing when the actor may not read assessments)
    delivery: DeliveryState  # the plan in force, its stalled actions and overdue goals (nothing without plans:read)


async def case_view(uow: UnitOfWork, actor: Actor, case_id: CaseId, monitoring: Monitoring) -> CaseView:
    """Assemble the view inside an open unit of work (no audit here)."""
    found = await load_visible_case(uow, actor, case_id)
    case, facts, regisseur = found.case, found.facts, found.regisseur
    person = await uow.persons.get(case.person_id)
    assert person is not None, "a case always has its person"
    organisation_ids = list({case.referral.source_organisation_id, *(p.organisation_id for p in case.participations)})
    manage = can_manage_case(actor, facts)
    assessed = can_read_assessments(actor, facts)
    return CaseView(
        case=case,
        person=person,
        regisseur_name=regisseur.user.display_name if regisseur else None,
        organisation_names=await uow.organisations.names(organisation_ids),
        linked_cases=await uow.cases.refs(case.linked_case_ids),
        next_transitions=case.possible_transitions() if manage else [],
        allowed=AllowedActions(
            manage=manage, write_journal=can_write_journal(actor, facts), escalate=manage and not case.is_final
        ),
        review=await uow.assessments.review_state(case.id) if assessed else NO_REVIEW_STATE,
        delivery=(
            await uow.plans.delivery_state(case.id, monitoring.today, monitoring.stale_days)
            if can_read_plans(actor, facts)
            else NO_DELIVERY_STATE
        ),
    )


async def get_case(uow: UnitOfWork, actor: Actor, case_id: CaseId, monitoring: Monitoring) -> CaseView:
    """One case as its page shows it; the read is audited with the subject."""
    ensure(actor, Permission.CASES_READ)
    async with uow:
        view = await case_view(uow, actor, case_id, monitoring)
        uow.record(
            audit_entry(actor, "case.read", record_type="case", record_id=case_id, subject_person_id=view.person.id)
        )
        await uow.commit()
        return view


async def list_cases(uow: UnitOfWork, actor: Actor, filter: CaseFilter, page: PageRequest) -> Page[CaseSummary]:
    """Cases the actor may see (the row filter mirrors the policy), filtered, sorted, paged."""
    ensure(actor, Permission.CASES_READ)
    if filter.sort not in CASE_SORTS:
        raise InvalidInput.field("sort", "must be one of " + ", ".join(CASE_SORTS))
    if filter.opened_from and filter.opened_to and filter.opened_from > filter.opened_to:
        raise InvalidInput.field("openedTo", "must not be before openedFrom")
    async with uow:
        result = await uow.cases.search(actor, filter, page)
        uow.record(audit_entry(actor, "case.list", record_type="case", details={"count": len(result.items)}))
        await uow.commit()
        return result
