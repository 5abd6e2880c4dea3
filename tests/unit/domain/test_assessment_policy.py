"""Need-to-know for assessments: who sees drafts, how much of each rating each viewer sees, who writes
which perspective. A partner never sees a restricted (health) indicator."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.access.actor import Actor, ActorType
from domain.access.assessments import (
    RatingView,
    can_edit_assessment,
    can_start_assessment,
    can_view_assessment,
    may_rate_restricted,
    perspectives_for,
    rating_view,
    visible_external_ratings,
    visible_ratings,
    withhold,
)
from domain.access.cases import CaseAccessFacts
from domain.access.policies import permissions_for_roles
from domain.access.roles import Role
from domain.assessment.framework import ConcernLevel, Presence, Relevance, Trend
from domain.assessment.model import Perspective
from domain.assessment.rating import IndicatorRating, SharingLevel
from domain.ids import OrganisationId
from tests.unit.domain.assessment_builders import (
    AT,
    BY,
    MUNICIPALITY,
    POLICE,
    RESTRICTED,
    YOUTH_CARE,
    crosswalk,
    draft,
    framework,
)

HOME = {Role.PARTNER: YOUTH_CARE, Role.POLICE: POLICE}
REGISSEUR_ID = uuid.UUID(int=500)
S = SharingLevel


def actor(role: Role, *, own_case: bool = False, organisation: OrganisationId | None = None) -> Actor:
    return Actor(
        ActorType.USER,
        REGISSEUR_ID if own_case else uuid.uuid4(),
        f"Test {role.value}",
        organisation or HOME.get(role, MUNICIPALITY),
        None,
        None,
        frozenset({role}),
        permissions_for_roles([role]),
    )


# The case: its own regisseur, police and youth care work in it.
FACTS = CaseAccessFacts(REGISSEUR_ID, None, MUNICIPALITY, frozenset({POLICE, YOUTH_CARE}))
VIEWERS = {
    "coordinator": actor(Role.COORDINATOR),
    "case regisseur": actor(Role.REGISSEUR, own_case=True),
    "other regisseur": actor(Role.REGISSEUR),  # cannot see the case at all
    "police": actor(Role.POLICE),
    "partner": actor(Role.PARTNER),
    "analyst": actor(Role.ANALYST),
}


@pytest.mark.parametrize(
    ("viewer", "municipality_draft", "police_draft", "submitted"),
    [
        ("coordinator", True, True, True),
        ("case regisseur", True, True, True),
        ("other regisseur", False, False, False),
        ("police", False, True, True),
        ("partner", False, False, True),
        ("analyst", False, False, False),
    ],
)
def test_drafts_are_seen_by_the_assessing_organisation_and_the_case_directors(
    viewer: str, municipality_draft: bool, police_draft: bool, submitted: bool
) -> None:
    who = VIEWERS[viewer]
    done = draft(Perspective.POLICE, POLICE)
    done.submit(
        framework(),
        None,
        final_level=ConcernLevel.INSUFFICIENT_INFORMATION,
        rationale=None,
        agreements=(),
        participating=(),
        by=BY,
        at=AT,
    )
    assert can_view_assessment(who, FACTS, draft()) is municipality_draft
    assert can_view_assessment(who, FACTS, draft(Perspective.POLICE, POLICE)) is police_draft
    assert can_view_assessment(who, FACTS, done) is submitted


@pytest.mark.parametrize(
    ("role", "perspectives"),
    [
        (Role.COORDINATOR, {Perspective.MUNICIPALITY, Perspective.JOINT}),
        (Role.REGISSEUR, {Perspective.MUNICIPALITY, Perspective.JOINT}),
        (Role.POLICE, {Perspective.POLICE}),
        (Role.PARTNER, {Perspective.CARE}),
        (Role.ANALYST, set()),
        (Role.ADMIN, set()),
        (Role.PRIVACY_OFFICER, set()),
    ],
)
def test_the_role_decides_the_perspective(role: Role, perspectives: set[Perspective]) -> None:
    assert perspectives_for(actor(role)) == perspectives
    for perspective in Perspective:
        allowed = perspective in perspectives and role is not Role.REGISSEUR
        assert can_start_assessment(actor(role), FACTS, perspective) is allowed  # a regisseur of another case: no
        assert can_start_assessment(actor(role, own_case=True), FACTS, perspective) is (perspective in perspectives)


def test_only_the_assessing_organisation_edits_its_draft() -> None:
    police_draft = draft(Perspective.POLICE, POLICE)
    assert can_edit_assessment(VIEWERS["police"], FACTS, police_draft)
    assert not can_edit_assessment(VIEWERS["coordinator"], FACTS, police_draft)
    assert can_edit_assessment(VIEWERS["case regisseur"], FACTS, draft())
    assert not can_edit_assessment(VIEWERS["police"], FACTS, draft())


# viewer -> (shareable, summary_only, own_organisation, restricted) for a municipality assessment
EXPECTED_VIEWS = {
    "coordinator": (RatingView.FULL, RatingView.FULL, RatingView.FULL, RatingView.FULL),
    "case regisseur": (RatingView.FULL, RatingView.FULL, RatingView.FULL, RatingView.FULL),
    "police": (RatingView.FULL, RatingView.SUMMARY, RatingView.HIDDEN, RatingView.HIDDEN),
    "partner": (RatingView.FULL, RatingView.SUMMARY, RatingView.HIDDEN, RatingView.HIDDEN),
}


@pytest.mark.parametrize("viewer", list(EXPECTED_VIEWS))
def test_how_much_of_a_rating_each_viewer_sees(viewer: str) -> None:
    who = VIEWERS[viewer]
    views = tuple(
        rating_view(who, FACTS, MUNICIPALITY, IndicatorRating("A1", Presence.PRESENT, sharing=sharing), False)
        for sharing in (S.SHAREABLE, S.SUMMARY_ONLY, S.OWN_ORGANISATION)
    )
    restricted = rating_view(who, FACTS, MUNICIPALITY, IndicatorRating(RESTRICTED, Presence.PRESENT), True)
    assert (*views, restricted) == EXPECTED_VIEWS[viewer]


def test_the_assessing_organisation_sees_its_own_ratings_in_full_but_a_partner_never_a_restricted_one() -> None:
    police = VIEWERS["police"]
    own = IndicatorRating(RESTRICTED, Presence.PRESENT, sharing=S.OWN_ORGANISATION)
    assert rating_view(police, FACTS, POLICE, own, True) is RatingView.FULL
    partner = VIEWERS["partner"]
    assert rating_view(partner, FACTS, YOUTH_CARE, own, True) is RatingView.HIDDEN
    assert rating_view(partner, FACTS, YOUTH_CARE, own, False) is RatingView.FULL
    assert not may_rate_restricted(partner) and may_rate_restricted(police)


@given(
    presence=st.sampled_from(Presence),
    sharing=st.sampled_from(SharingLevel),
    assessing=st.sampled_from([MUNICIPALITY, POLICE, YOUTH_CARE]),
    relevance=st.none() | st.sampled_from(Relevance),
)
def test_a_partner_never_receives_a_restricted_rating(
    presence: Presence, sharing: SharingLevel, assessing: OrganisationId, relevance: Relevance | None
) -> None:
    rating = IndicatorRating(RESTRICTED, presence, relevance, sharing=sharing)
    shown = visible_ratings(VIEWERS["partner"], FACTS, assessing, framework(), {RESTRICTED: rating, "A1": rating})
    assert RESTRICTED not in shown
    assert "A1" in shown or (sharing is S.OWN_ORGANISATION and assessing != YOUTH_CARE)


def test_summary_only_keeps_presence_and_blanks_the_rest() -> None:
    rating = IndicatorRating(
        "A1", Presence.PARTLY, Relevance.HIGH, Trend.INCREASING, "voor", "tegen", "bron", AT.date()
    )
    blank = withhold(rating)
    assert (blank.code, blank.presence, blank.sharing) == (rating.code, rating.presence, rating.sharing)
    assert (
        blank.relevance,
        blank.trend,
        blank.evidence_for,
        blank.evidence_against,
        blank.source,
        blank.source_on,
    ) == (
        None,
        None,
        "",
        "",
        "",
        None,
    )
    shown = visible_ratings(VIEWERS["police"], FACTS, MUNICIPALITY, framework(), {"A1": rating})
    assert shown["A1"].rating == rating  # shareable


def test_an_external_item_mapped_onto_a_restricted_indicator_is_restricted_itself() -> None:
    external = {
        "K1": IndicatorRating("K1", Presence.PRESENT, Relevance.LOW),
        "K3": IndicatorRating("K3", Presence.PRESENT, Relevance.HIGH),
    }
    for viewer in ("partner", "coordinator"):
        shown = visible_external_ratings(VIEWERS[viewer], FACTS, POLICE, framework(), crosswalk(), external)
        assert set(shown) == ({"K1"} if viewer == "partner" else {"K1", "K3"})
