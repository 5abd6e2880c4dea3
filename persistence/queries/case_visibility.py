"""Default-deny row filters mirroring domain/access/cases.py, for every list and count.

tests/integration/test_case_visibility.py proves that these select exactly the cases and
journal entries the pure policy allows, on a mixed data set, on every backend."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true

from domain.access.actor import Actor
from domain.access.cases import CORE_PARTNER_KINDS, PARTICIPANT_ROLES
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.case.journal import JournalVisibility
from domain.case.model import ParticipationRole
from persistence.tables import app_user, case_file, case_participation, journal_entry


def works_in_case(organisation_id: object) -> ColumnElement[bool]:
    return exists().where(
        case_participation.c.case_id == case_file.c.id,
        case_participation.c.organisation_id == organisation_id,
        case_participation.c.ended_at.is_(None),
        case_participation.c.role != ParticipationRole.INFORMANT.value,
    )


def visible_cases(actor: Actor) -> ColumnElement[bool]:
    if Permission.CASES_READ not in actor.permissions:
        return false()
    if Role.COORDINATOR in actor.roles:
        return true()
    clauses: list[ColumnElement[bool]] = []
    if Role.REGISSEUR in actor.roles and actor.id is not None:
        clauses.append(case_file.c.regisseur_id == actor.id)
        if actor.team is not None:
            team = select(app_user.c.id).where(
                app_user.c.team == actor.team, app_user.c.organisation_id == actor.organisation_id
            )
            clauses.append(case_file.c.regisseur_id.in_(team))
    if actor.roles & PARTICIPANT_ROLES and actor.organisation_id is not None:
        clauses.append(works_in_case(actor.organisation_id))
    return or_(*clauses) if clauses else false()


def visible_journal_entries(actor: Actor) -> ColumnElement[bool]:
    """Entries shown in full, plus those with a summary (shown as summary only)."""
    in_full = or_(
        journal_entry.c.visibility == JournalVisibility.CASE_TEAM.value,
        journal_entry.c.organisation_id == actor.organisation_id,
        and_(
            journal_entry.c.visibility == JournalVisibility.CORE_PARTNERS.value,
            true() if actor.organisation_kind in CORE_PARTNER_KINDS else false(),
        ),
        and_(
            journal_entry.c.visibility == JournalVisibility.OWN_ORGANISATION.value,
            journal_entry.c.organisation_id == actor.organisation_id,
        ),
    )
    return or_(in_full, journal_entry.c.summary.is_not(None))
