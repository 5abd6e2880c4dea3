"""Need-to-know inside meetings, decided in one place, on top of the case policy (domain/access/cases.py).

- Case directors (coordinators and regisseurs) prepare and run meetings and see every meeting; inside one they
  see the agenda items of the cases they may see.
- A partner organisation sees a meeting only when it takes part in it, and inside it only the agenda items of
  cases it works in, with their decisions, action items and the minutes its visibility level shares with it.
- Minutes printed for one organisation show what that organisation would see, nothing more.
"""

from __future__ import annotations

from domain.access.actor import Actor
from domain.access.cases import CORE_PARTNER_KINDS, CaseAccessFacts, can_view_case
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.case.journal import JournalVisibility
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId
from domain.meeting.model import Meeting, MinuteNote

DIRECTOR_ROLES = frozenset({Role.COORDINATOR, Role.REGISSEUR})


def directs_meetings(actor: Actor) -> bool:
    return Permission.MEETINGS_MANAGE in actor.permissions and bool(actor.roles & DIRECTOR_ROLES)


def can_view_meeting(actor: Actor, meeting: Meeting) -> bool:
    if Permission.MEETINGS_READ not in actor.permissions:
        return False
    if directs_meetings(actor):
        return True
    return actor.organisation_id is not None and actor.organisation_id in meeting.organisation_ids


def can_view_item(actor: Actor, facts: CaseAccessFacts) -> bool:
    """An agenda item (and everything recorded on it) is as visible as its case."""
    return can_view_case(actor, facts)


def can_manage_meeting(actor: Actor) -> bool:
    return directs_meetings(actor)


def shared_with(note: MinuteNote, organisation_id: OrganisationId | None, kind: OrganisationKind | None) -> bool:
    """Whether a minute note reaches a reader of this organisation (the journal's visibility levels)."""
    if note.visibility is JournalVisibility.CASE_TEAM:
        return True
    if note.organisation_id is not None and note.organisation_id == organisation_id:
        return True
    return note.visibility is JournalVisibility.CORE_PARTNERS and kind in CORE_PARTNER_KINDS


def can_read_note(actor: Actor, note: MinuteNote) -> bool:
    if Role.COORDINATOR in actor.roles:
        return True
    return shared_with(note, actor.organisation_id, actor.organisation_kind)
