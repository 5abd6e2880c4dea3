"""Need-to-know for cases, their journal and their persons: one pure policy.

persistence/queries/case_visibility.py mirrors `can_view_case` as a default-deny SQL row
filter for every list and count; tests/integration proves the two agree.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from domain.access.actor import Actor
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.case.journal import JournalEntry, JournalVisibility
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId

CORE_PARTNER_KINDS = frozenset({OrganisationKind.MUNICIPALITY, OrganisationKind.POLICE, OrganisationKind.PROSECUTION})
PARTICIPANT_ROLES = frozenset({Role.PARTNER, Role.POLICE})


@dataclass(frozen=True)
class CaseAccessFacts:
    """What the policy needs to know about a case."""

    regisseur_id: uuid.UUID | None
    regisseur_team: str | None
    regisseur_organisation_id: OrganisationId | None
    working_organisations: frozenset[OrganisationId]  # active participations, informants excluded


def _in_regisseur_team(actor: Actor, facts: CaseAccessFacts) -> bool:
    return (
        actor.team is not None
        and facts.regisseur_team == actor.team
        and facts.regisseur_organisation_id == actor.organisation_id
    )


def can_view_case(actor: Actor, facts: CaseAccessFacts) -> bool:
    """Coordinators see every case; regisseurs their own and their team's; partner and police
    users the cases their organisation works in; everyone else (admin, analyst, privacy
    officer, tokens) none. Default deny."""
    if Permission.CASES_READ not in actor.permissions:
        return False
    if Role.COORDINATOR in actor.roles:
        return True
    own = actor.id is not None and facts.regisseur_id == actor.id
    if Role.REGISSEUR in actor.roles and (own or _in_regisseur_team(actor, facts)):
        return True
    return bool(actor.roles & PARTICIPANT_ROLES) and actor.organisation_id in facts.working_organisations


def can_manage_case(actor: Actor, facts: CaseAccessFacts) -> bool:
    """Move the case, change its level, regisseur and participants: coordinators, and the
    case's own regisseur."""
    if Permission.CASES_MANAGE not in actor.permissions:
        return False
    own = actor.id is not None and facts.regisseur_id == actor.id
    return Role.COORDINATOR in actor.roles or (Role.REGISSEUR in actor.roles and own)


def can_write_journal(actor: Actor, facts: CaseAccessFacts) -> bool:
    return Permission.JOURNAL_WRITE in actor.permissions and can_view_case(actor, facts)


class EntryView(enum.Enum):
    FULL = "full"
    SUMMARY = "summary"
    NONE = "none"


def sees_in_full(actor: Actor, visibility: JournalVisibility, organisation_id: OrganisationId) -> bool:
    # The writing organisation always reads its own entries back in full.
    if visibility is JournalVisibility.CASE_TEAM or actor.organisation_id == organisation_id:
        return True
    if visibility is JournalVisibility.CORE_PARTNERS:
        return actor.organisation_kind in CORE_PARTNER_KINDS
    return actor.organisation_id == organisation_id


def journal_entry_view(actor: Actor, entry: JournalEntry) -> EntryView:
    """For an actor who may see the case: the whole entry, only its summary, or nothing."""
    if sees_in_full(actor, entry.visibility, entry.organisation_id):
        return EntryView.FULL
    return EntryView.SUMMARY if entry.summary else EntryView.NONE
