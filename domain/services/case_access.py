"""Loading a case the way every case use case must: invisible cases do not exist (404)."""

from __future__ import annotations

from dataclasses import dataclass

from domain.access.actor import Actor
from domain.access.cases import CaseAccessFacts, can_manage_case, can_view_case
from domain.case.model import ActorRef, Case, CaseId
from domain.errors import Forbidden, NotFound
from domain.ports import UnitOfWork, UserView

NO_CASE = "No case with this id."


def actor_ref(actor: Actor) -> ActorRef:
    return ActorRef(actor.id, actor.display_name)


@dataclass(frozen=True)
class VisibleCase:
    """A case the actor may see, with what deciding that took (kept, so it is not loaded twice)."""

    case: Case
    facts: CaseAccessFacts
    regisseur: UserView | None


def facts_from(case: Case, regisseur: UserView | None) -> CaseAccessFacts:
    return CaseAccessFacts(
        regisseur_id=case.regisseur_id,
        regisseur_team=regisseur.user.team if regisseur else None,
        regisseur_organisation_id=regisseur.user.organisation_id if regisseur else None,
        working_organisations=case.active_organisations(),
    )


async def facts_for(uow: UnitOfWork, case: Case) -> CaseAccessFacts:
    regisseur = await uow.users.get(case.regisseur_id) if case.regisseur_id else None
    return facts_from(case, regisseur)


async def load_visible_case(uow: UnitOfWork, actor: Actor, case_id: CaseId, *, for_update: bool = False) -> VisibleCase:
    case = await uow.cases.get(case_id, for_update=for_update)
    if case is None:
        raise NotFound(NO_CASE)
    regisseur = await uow.users.get(case.regisseur_id) if case.regisseur_id else None
    facts = facts_from(case, regisseur)
    if not can_view_case(actor, facts):
        raise NotFound(NO_CASE)
    return VisibleCase(case, facts, regisseur)


async def load_visible(
    uow: UnitOfWork, actor: Actor, case_id: CaseId, *, for_update: bool = False
) -> tuple[Case, CaseAccessFacts]:
    found = await load_visible_case(uow, actor, case_id, for_update=for_update)
    return found.case, found.facts


async def load_manageable(uow: UnitOfWork, actor: Actor, case_id: CaseId) -> tuple[Case, CaseAccessFacts]:
    """A case the actor may change: visible-but-not-theirs is a 403, invisible a 404."""
    case, facts = await load_visible(uow, actor, case_id, for_update=True)
    if not can_manage_case(actor, facts):
        raise Forbidden("Only the coordinator or the case's own regisseur can change this case.")
    return case, facts
