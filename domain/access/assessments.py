"""Need-to-know for assessments, decided in one place, on top of the case policy (domain/access/cases.py).

- A case the actor may not see: nothing of its assessments exists (the services answer 404).
- Drafts are seen only by the assessing organisation and by the case's directors (coordinators and the
  case's own regisseur).
- Everyone else who may see the case sees each rating as its sharing level allows: `own_organisation`
  ratings are left out, `summary_only` ratings show presence only. Restricted indicators (health data,
  art. 9 GDPR) are left out for them entirely, and a partner never receives one at all, not even in an
  assessment of its own organisation (so a partner may not rate one either: it could not read it back).
- Who writes which perspective follows from the role: police -> police, partner -> care, coordinator and
  regisseur -> municipality or joint. Only the assessing organisation edits its draft.

The lists of alerts and overdue reviews mirror `can_read_assessments` with the case row filter
(persistence/queries/case_visibility.py) and a permission check.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from domain.access.actor import Actor
from domain.access.cases import CaseAccessFacts, can_view_case
from domain.access.permissions import Permission
from domain.access.roles import Role
from domain.assessment.crosswalk import Crosswalk
from domain.assessment.framework import FrameworkVersion
from domain.assessment.model import Assessment, Perspective
from domain.assessment.rating import IndicatorRating, SharingLevel
from domain.ids import OrganisationId

PERSPECTIVES_BY_ROLE: dict[Role, frozenset[Perspective]] = {
    Role.COORDINATOR: frozenset({Perspective.MUNICIPALITY, Perspective.JOINT}),
    Role.REGISSEUR: frozenset({Perspective.MUNICIPALITY, Perspective.JOINT}),
    Role.POLICE: frozenset({Perspective.POLICE}),
    Role.PARTNER: frozenset({Perspective.CARE}),
}
_DIRECTING_ROLES = frozenset({Role.COORDINATOR, Role.REGISSEUR})


class RatingView(enum.Enum):
    FULL = "full"
    SUMMARY = "summary"  # presence only
    HIDDEN = "hidden"


@dataclass(frozen=True)
class VisibleRating:
    """A rating as one viewer may see it: with `withheld` true only presence is real, the rest blanked."""

    rating: IndicatorRating
    withheld: bool = False


def perspectives_for(actor: Actor) -> frozenset[Perspective]:
    return frozenset().union(*(PERSPECTIVES_BY_ROLE.get(role, frozenset()) for role in actor.roles))


def directs_case(actor: Actor, facts: CaseAccessFacts) -> bool:
    """Coordinators, and the case's own regisseur."""
    own = actor.id is not None and facts.regisseur_id == actor.id
    return Role.COORDINATOR in actor.roles or (Role.REGISSEUR in actor.roles and own)


def can_read_assessments(actor: Actor, facts: CaseAccessFacts) -> bool:
    return Permission.ASSESSMENTS_READ in actor.permissions and can_view_case(actor, facts)


def can_view_assessment(actor: Actor, facts: CaseAccessFacts, assessment: Assessment) -> bool:
    if not can_read_assessments(actor, facts):
        return False
    if not assessment.is_draft:
        return True
    return actor.organisation_id == assessment.organisation_id or directs_case(actor, facts)


def can_start_assessment(actor: Actor, facts: CaseAccessFacts, perspective: Perspective) -> bool:
    return (
        Permission.ASSESSMENTS_WRITE in actor.permissions
        and can_view_case(actor, facts)
        and perspective in perspectives_for(actor)
        and actor.organisation_id is not None
    )


def can_edit_assessment(actor: Actor, facts: CaseAccessFacts, assessment: Assessment) -> bool:
    """Change or submit a draft: someone of the assessing organisation who may write its perspective."""
    return (
        assessment.is_draft
        and can_start_assessment(actor, facts, assessment.perspective)
        and actor.organisation_id == assessment.organisation_id
    )


def sees_in_full(actor: Actor, facts: CaseAccessFacts, assessing: OrganisationId) -> bool:
    """The assessing organisation and the case's directors see every rating whatever its sharing level."""
    return actor.organisation_id == assessing or directs_case(actor, facts)


def sees_restricted(actor: Actor, facts: CaseAccessFacts, assessing: OrganisationId) -> bool:
    """Restricted (health) indicators: never for a partner, otherwise for those who see in full."""
    partner_only = Role.PARTNER in actor.roles and not actor.roles & (_DIRECTING_ROLES | {Role.POLICE})
    return not partner_only and sees_in_full(actor, facts, assessing)


def may_rate_restricted(actor: Actor) -> bool:
    """Whoever writes a rating must be able to read it back: partners do not rate restricted indicators."""
    return not (Role.PARTNER in actor.roles and not actor.roles & (_DIRECTING_ROLES | {Role.POLICE}))


def rating_view(
    actor: Actor, facts: CaseAccessFacts, assessing: OrganisationId, rating: IndicatorRating, restricted: bool
) -> RatingView:
    if restricted and not sees_restricted(actor, facts, assessing):
        return RatingView.HIDDEN
    if sees_in_full(actor, facts, assessing) or rating.sharing is SharingLevel.SHAREABLE:
        return RatingView.FULL
    if rating.sharing is SharingLevel.SUMMARY_ONLY:
        return RatingView.SUMMARY
    return RatingView.HIDDEN


def withhold(rating: IndicatorRating) -> IndicatorRating:
    """Presence only: relevance, trend, evidence and source blanked."""
    return replace(rating, relevance=None, trend=None, evidence_for="", evidence_against="", source="", source_on=None)


def _visible(
    actor: Actor,
    facts: CaseAccessFacts,
    assessing: OrganisationId,
    ratings: Mapping[str, IndicatorRating],
    restricted_codes: Iterable[str],
) -> dict[str, VisibleRating]:
    restricted = set(restricted_codes)
    shown: dict[str, VisibleRating] = {}
    for code, rating in ratings.items():
        view = rating_view(actor, facts, assessing, rating, code in restricted)
        if view is RatingView.FULL:
            shown[code] = VisibleRating(rating)
        elif view is RatingView.SUMMARY:
            shown[code] = VisibleRating(withhold(rating), withheld=True)
    return shown


def restricted_codes(framework: FrameworkVersion) -> frozenset[str]:
    return frozenset(i.code for i in framework.indicators if i.restricted)


def visible_ratings(
    actor: Actor,
    facts: CaseAccessFacts,
    assessing: OrganisationId,
    framework: FrameworkVersion,
    ratings: Mapping[str, IndicatorRating],
) -> dict[str, VisibleRating]:
    """The ratings on our indicators this viewer may see, each whole or by presence only."""
    return _visible(actor, facts, assessing, ratings, restricted_codes(framework))


def visible_external_ratings(
    actor: Actor,
    facts: CaseAccessFacts,
    assessing: OrganisationId,
    framework: FrameworkVersion,
    crosswalk: Crosswalk,
    external: Mapping[str, IndicatorRating],
) -> dict[str, VisibleRating]:
    """External ratings as this viewer may see them; an external item mapped onto any restricted
    indicator carries restricted data and is treated as restricted itself."""
    restricted = restricted_codes(framework)
    carrying = {
        code for code in external if any(e.indicator_code in restricted for e in crosswalk.entries_for_external(code))
    }
    return _visible(actor, facts, assessing, external, carrying)
