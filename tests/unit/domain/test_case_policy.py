"""Need-to-know for cases and their journal: who sees, manages and writes in which case, and how
much of each journal entry they see."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from domain.access.actor import Actor, ActorType
from domain.access.cases import (
    CaseAccessFacts,
    EntryView,
    can_manage_case,
    can_view_case,
    can_write_journal,
    journal_entry_view,
)
from domain.access.policies import permissions_for_roles, permissions_for_scopes
from domain.access.roles import Role
from domain.case.journal import JournalCategory, JournalEntry, JournalEntryId, JournalVisibility
from domain.case.model import ActorRef, CaseId, ParticipationRole
from domain.identity.model import OrganisationKind
from domain.ids import OrganisationId
from tests.unit.domain.case_builders import ACTOR, AT, new_case

K = OrganisationKind
ORGS = {kind: OrganisationId(uuid.uuid5(uuid.NAMESPACE_DNS, kind.value)) for kind in OrganisationKind}
HOME = {Role.PARTNER: K.YOUTH_CARE, Role.POLICE: K.POLICE}  # everyone else works for the municipality
TEAM = "team-noord"


def actor(role: Role, *, team: str | None = TEAM, kind: OrganisationKind | None = None) -> Actor:
    kind = kind or HOME.get(role, K.MUNICIPALITY)
    return Actor(
        ActorType.USER,
        uuid.uuid4(),
        f"Test {role.value}",
        ORGS[kind],
        kind.value,
        kind,
        frozenset({role}),
        permissions_for_roles([role]),
        team=team,
    )


def facts(a: Actor, situation: str) -> CaseAccessFacts:
    """The case as seen from `a`: whose it is and which organisations work in it."""
    other = uuid.uuid4()
    municipality = ORGS[K.MUNICIPALITY]
    assert a.organisation_id is not None
    return {
        "own": CaseAccessFacts(a.id, a.team, a.organisation_id, frozenset({municipality})),
        "team": CaseAccessFacts(other, TEAM, a.organisation_id, frozenset({municipality})),
        "team_other_org": CaseAccessFacts(other, TEAM, ORGS[K.DISTRICT], frozenset({ORGS[K.DISTRICT]})),
        "other_team": CaseAccessFacts(other, "team-zuid", a.organisation_id, frozenset({municipality})),
        "org_works": CaseAccessFacts(other, "team-zuid", municipality, frozenset({municipality, a.organisation_id})),
        "no_regisseur": CaseAccessFacts(None, None, None, frozenset({ORGS[K.PROBATION]})),
    }[situation]


SITUATIONS = ["own", "team", "team_other_org", "other_team", "org_works", "no_regisseur"]
# Y: may view; M: may view and manage; .: neither. One column per situation above.
TABLE = {
    Role.COORDINATOR: "MMMMMM",
    Role.REGISSEUR: "MY....",
    Role.PARTNER: "....Y.",
    Role.POLICE: "....Y.",
    Role.ADMIN: "......",
    Role.ANALYST: "......",
    Role.PRIVACY_OFFICER: "......",
}
CELLS = [(role, situation, TABLE[role][i]) for role in Role for i, situation in enumerate(SITUATIONS)]


def test_the_table_has_every_role() -> None:
    assert set(TABLE) == set(Role)


@pytest.mark.parametrize(("role", "situation", "cell"), CELLS)
def test_view_manage_and_write(role: Role, situation: str, cell: str) -> None:
    a = actor(role)
    f = facts(a, situation)
    assert can_view_case(a, f) == (cell in "YM")
    assert can_manage_case(a, f) == (cell == "M")
    # Everyone who may see a case may write in its journal, and no one else.
    assert can_write_journal(a, f) == (cell in "YM")


def test_no_team_is_not_a_team() -> None:
    a = actor(Role.REGISSEUR, team=None)
    f = CaseAccessFacts(uuid.uuid4(), None, a.organisation_id, frozenset())
    assert not can_view_case(a, f)


def test_a_regisseur_in_a_working_organisation_sees_only_own_and_team_cases() -> None:
    a = actor(Role.REGISSEUR)
    f = CaseAccessFacts(uuid.uuid4(), None, None, frozenset({ORGS[K.MUNICIPALITY]}))
    assert not can_view_case(a, f)


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.REGISSEUR, Role.PARTNER, Role.POLICE])
def test_the_role_alone_is_not_enough_without_the_permission(role: Role) -> None:
    a = actor(role)
    stripped = Actor(
        a.type, a.id, a.display_name, a.organisation_id, None, a.organisation_kind, a.roles, frozenset(), team=a.team
    )
    for situation in SITUATIONS:
        f = facts(stripped, situation)
        assert not can_view_case(stripped, f)
        assert not can_manage_case(stripped, f)


@pytest.mark.parametrize(
    "machine",
    [
        Actor.system(),
        Actor.anonymous(),
        Actor(
            ActorType.API_TOKEN,
            uuid.uuid4(),
            "Koppeling",
            ORGS[K.POLICE],
            "politie",
            K.POLICE,
            frozenset(),
            permissions_for_scopes(["cases:read", "cases:manage", "organisations:read"]),
        ),
    ],
)
def test_actors_without_a_case_role_see_nothing(machine: Actor) -> None:
    f = CaseAccessFacts(machine.id, None, machine.organisation_id, frozenset({ORGS[K.POLICE]}))
    assert not can_view_case(machine, f)
    assert not can_manage_case(machine, f)
    assert not can_write_journal(machine, f)


# --- participations decide which organisations work in a case -----------------------------------


def partner_facts(role: ParticipationRole, *, ended: bool = False) -> tuple[Actor, CaseAccessFacts]:
    partner = actor(Role.PARTNER)
    assert partner.organisation_id is not None
    case = new_case()
    taking_part = case.add_participation(partner.organisation_id, role, None, ACTOR, AT)
    if ended:
        case.end_participation(taking_part.id, "Klaar", ACTOR, AT)
    return partner, CaseAccessFacts(None, None, None, case.active_organisations())


@pytest.mark.parametrize("role", [ParticipationRole.CORE_PARTNER, ParticipationRole.PARTICIPANT])
def test_a_participating_organisation_gives_its_partners_access(role: ParticipationRole) -> None:
    partner, f = partner_facts(role)
    assert can_view_case(partner, f)
    assert not can_manage_case(partner, f)


def test_an_informant_organisation_gives_no_access() -> None:
    partner, f = partner_facts(ParticipationRole.INFORMANT)
    assert not can_view_case(partner, f)


def test_an_ended_participation_gives_no_access() -> None:
    partner, f = partner_facts(ParticipationRole.PARTICIPANT, ended=True)
    assert not can_view_case(partner, f)


# --- journal entries -----------------------------------------------------------------------------

V = JournalVisibility
KINDS = [K.MUNICIPALITY, K.POLICE, K.PROSECUTION, K.YOUTH_CARE, K.EDUCATION]
# Shown in full (Y) or not (N) to a reader of each kind above, from the author's organisation
# ("same") or another one. "?" is decided in test_an_organisation_sees_its_own_core_partner_entries.
FULL = {
    (V.CASE_TEAM, "same"): "YYYYY",
    (V.CASE_TEAM, "other"): "YYYYY",
    (V.CORE_PARTNERS, "same"): "YYY??",
    (V.CORE_PARTNERS, "other"): "YYYNN",
    (V.OWN_ORGANISATION, "same"): "YYYYY",
    (V.OWN_ORGANISATION, "other"): "NNNNN",
}
ENTRY_CELLS = [
    (visibility, kind, org, summary, row[i])
    for (visibility, org), row in FULL.items()
    for i, kind in enumerate(KINDS)
    for summary in (None, "Samenvatting")
    if row[i] != "?"
]


def entry(visibility: JournalVisibility, organisation_id: OrganisationId, summary: str | None) -> JournalEntry:
    return JournalEntry(
        JournalEntryId(uuid.uuid4()),
        CaseId(uuid.uuid4()),
        date(2026, 3, 1),
        AT,
        ActorRef(uuid.uuid4(), "Schrijver"),
        organisation_id,
        JournalCategory.OBSERVATION,
        visibility,
        "Volledige tekst",
        summary,
    )


def reader(kind: OrganisationKind) -> Actor:
    return actor(Role.POLICE if kind is K.POLICE else Role.PARTNER, kind=kind)


@pytest.mark.parametrize(("visibility", "kind", "org", "summary", "full"), ENTRY_CELLS)
def test_journal_entry_view(
    visibility: JournalVisibility, kind: OrganisationKind, org: str, summary: str | None, full: str
) -> None:
    a = reader(kind)
    assert a.organisation_id is not None
    author_org = a.organisation_id if org == "same" else ORGS[K.PROBATION]
    expected = EntryView.FULL if full == "Y" else EntryView.SUMMARY if summary else EntryView.NONE
    assert journal_entry_view(a, entry(visibility, author_org, summary)) is expected


def test_an_actor_without_an_organisation_sees_no_own_organisation_entries() -> None:
    nobody = Actor.system()
    assert journal_entry_view(nobody, entry(V.OWN_ORGANISATION, ORGS[K.POLICE], None)) is EntryView.NONE
    assert journal_entry_view(nobody, entry(V.CORE_PARTNERS, ORGS[K.POLICE], "Kort")) is EntryView.SUMMARY


@pytest.mark.parametrize("kind", [K.YOUTH_CARE, K.EDUCATION])
@pytest.mark.parametrize("summary", [None, "Samenvatting"])
def test_an_organisation_sees_its_own_core_partner_entries(kind: OrganisationKind, summary: str | None) -> None:
    a = reader(kind)
    assert a.organisation_id is not None
    assert journal_entry_view(a, entry(V.CORE_PARTNERS, a.organisation_id, summary)) is EntryView.FULL
