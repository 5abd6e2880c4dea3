"""Changing a case: transitions (including reopening), escalation, regisseur and participants."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.audit.model import AuditEntry
from domain.case.lifecycle import CaseStatus, ClosureReason, DeEscalationCriterion, TransitionName
from domain.case.model import Case, CaseId, Participation, ParticipationRole, require_reason
from domain.errors import Conflict, InvalidInput, StaleVersion
from domain.ids import OrganisationId, UserId
from domain.ports import Clock, Page, PageRequest, UnitOfWork, UserFilter, UserView
from domain.services.case_access import actor_ref, load_manageable
from domain.services.common import audit_entry, ensure

REGISSEUR_ROLES = frozenset({Role.REGISSEUR, Role.COORDINATOR})


def _case_entry(actor: Actor, action: str, case: Case, details: dict[str, object]) -> AuditEntry:
    return audit_entry(
        actor, action, record_type="case", record_id=case.id, subject_person_id=case.person_id, details=details
    )


@dataclass(frozen=True)
class NamedParticipation:
    participation: Participation
    organisation_name: str


@dataclass(frozen=True)
class TransitionCase:
    transition: TransitionName
    reason: str
    closure_reason: ClosureReason | None = None
    decision_reference: str | None = None


async def transition_case(uow: UnitOfWork, clock: Clock, actor: Actor, case_id: CaseId, cmd: TransitionCase) -> CaseId:
    """Apply a transition of the state table. Reopening a closed case opens a new episode
    linked to it and returns the new case's id; every other transition returns `case_id`."""
    ensure(actor, Permission.CASES_MANAGE)
    async with uow:
        case, _ = await load_manageable(uow, actor, case_id)
        now = clock.now()
        version = case.version
        if cmd.transition is TransitionName.REOPEN and case.status is CaseStatus.CLOSED:
            reason = require_reason(cmd.reason)
            new_case = Case.open(
                reference=await uow.cases.next_reference(now.year),
                person_id=case.person_id,
                referral=replace(case.referral, referred_on=now.date(), description=reason, reason_for_concern=reason),
                actor=actor_ref(actor),
                at=now,
                regisseur_id=case.regisseur_id,
                linked_case_ids=[case.id, *case.linked_case_ids],
                previous_case_id=case.id,
                reason=reason,
            )
            for p in case.participations:
                if p.role is ParticipationRole.REGISSEUR and p.active:
                    new_case.add_participation(p.organisation_id, p.role, p.contact_name, actor_ref(actor), now)
            await uow.cases.add(new_case)
            uow.record(
                audit_entry(
                    actor,
                    "case.reopen",
                    record_type="case",
                    record_id=new_case.id,
                    subject_person_id=case.person_id,
                    details={"previousCaseId": str(case.id), "reference": new_case.reference},
                )
            )
            await uow.commit()
            return new_case.id
        before = case.status
        case.apply(
            cmd.transition,
            reason=cmd.reason,
            actor=actor_ref(actor),
            at=now,
            closure_reason=cmd.closure_reason,
            decision_reference=cmd.decision_reference,
        )
        await uow.cases.save(case, version)
        uow.record(
            _case_entry(
                actor,
                "case.transition",
                case,
                {"transition": cmd.transition.value, "from": before.value, "to": case.status.value},
            )
        )
        await uow.commit()
        return case.id


@dataclass(frozen=True)
class ChangeLevel:
    level: int
    reason: str
    criteria: tuple[DeEscalationCriterion, ...] = ()
    decision_reference: str | None = None


async def change_escalation_level(
    uow: UnitOfWork, clock: Clock, actor: Actor, case_id: CaseId, cmd: ChangeLevel
) -> None:
    """Escalate or de-escalate with a reason (and, for lowering, the criteria that are met)."""
    ensure(actor, Permission.CASES_MANAGE)
    async with uow:
        case, _ = await load_manageable(uow, actor, case_id)
        version, before = case.version, case.escalation_level
        case.change_level(
            cmd.level,
            reason=cmd.reason,
            actor=actor_ref(actor),
            at=clock.now(),
            criteria=cmd.criteria,
            decision_reference=cmd.decision_reference,
        )
        await uow.cases.save(case, version)
        action = "case.escalate" if case.escalation_level > before else "case.deescalate"
        uow.record(_case_entry(actor, action, case, {"from": int(before), "to": int(case.escalation_level)}))
        await uow.commit()


async def ensure_regisseur_candidate(uow: UnitOfWork, user_id: UserId) -> None:
    """Only an active regisseur or coordinator directs a case (400 on `regisseurId` otherwise)."""
    candidate = await uow.users.get(user_id)
    if candidate is None or not candidate.user.active or not (candidate.user.roles & REGISSEUR_ROLES):
        raise InvalidInput.field("regisseurId", "not an active regisseur or coordinator")


async def assign_regisseur(
    uow: UnitOfWork, clock: Clock, actor: Actor, case_id: CaseId, user_id: UserId | None, expected_version: int
) -> None:
    ensure(actor, Permission.CASES_MANAGE)
    async with uow:
        case, _ = await load_manageable(uow, actor, case_id)
        if case.version != expected_version:
            raise StaleVersion()
        if user_id is not None:
            await ensure_regisseur_candidate(uow, user_id)
        before = case.regisseur_id
        case.assign_regisseur(user_id, clock.now())
        await uow.cases.save(case, expected_version)
        uow.record(
            _case_entry(
                actor,
                "case.assign_regisseur",
                case,
                {"from": str(before) if before else None, "to": str(user_id) if user_id else None},
            )
        )
        await uow.commit()


async def regisseur_candidates(uow: UnitOfWork, actor: Actor, case_id: CaseId) -> list[UserView]:
    ensure(actor, Permission.CASES_MANAGE)
    async with uow:
        await load_manageable(uow, actor, case_id)
        found: dict[uuid.UUID, UserView] = {}
        for role in (Role.REGISSEUR, Role.COORDINATOR):
            page: Page[UserView] = await uow.users.search(UserFilter(role=role, active=True), PageRequest(limit=100))
            found.update({v.user.id: v for v in page.items if not v.user.activation_pending})
        return sorted(found.values(), key=lambda v: v.user.display_name.lower())


async def add_participant(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    case_id: CaseId,
    organisation_id: OrganisationId,
    role: ParticipationRole,
    contact_name: str | None,
) -> NamedParticipation:
    ensure(actor, Permission.CASES_MANAGE)
    async with uow:
        case, _ = await load_manageable(uow, actor, case_id)
        organisation = await uow.organisations.get(organisation_id)
        if organisation is None or not organisation.active:
            raise InvalidInput.field("organisationId", "no active organisation with this id")
        version = case.version
        participation = case.add_participation(organisation_id, role, contact_name, actor_ref(actor), clock.now())
        await uow.cases.save(case, version)
        uow.record(
            _case_entry(
                actor, "case.participant_add", case, {"organisationId": str(organisation_id), "role": role.value}
            )
        )
        await uow.commit()
        return NamedParticipation(participation, organisation.name)


async def end_participant(
    uow: UnitOfWork, clock: Clock, actor: Actor, case_id: CaseId, participation_id: uuid.UUID, reason: str
) -> NamedParticipation:
    ensure(actor, Permission.CASES_MANAGE)
    async with uow:
        case, _ = await load_manageable(uow, actor, case_id)
        version = case.version
        ended = case.end_participation(participation_id, reason, actor_ref(actor), clock.now())
        if not case.active_organisations() and not case.is_final and case.regisseur_id is None:
            raise Conflict("A case must keep at least one working organisation or a regisseur.")
        await uow.cases.save(case, version)
        uow.record(
            _case_entry(
                actor,
                "case.participant_end",
                case,
                {"organisationId": str(ended.organisation_id), "role": ended.role.value},
            )
        )
        names = await uow.organisations.names([ended.organisation_id])
        await uow.commit()
        return NamedParticipation(ended, names.get(ended.organisation_id, ""))
