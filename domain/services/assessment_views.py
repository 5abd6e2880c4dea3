"""Loading assessments the way every assessment use case must, and showing them to one viewer.

Invisible cases and drafts the viewer may not see do not exist (404). What a viewer sees of the ratings is
decided by domain/access/assessments.py; everything derived from the ratings (profiles, the proposal's
indicator codes, changes, derived ratings) is computed from, or filtered to, what the viewer may see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from domain.access.actor import Actor
from domain.access.assessments import (
    VisibleRating,
    can_edit_assessment,
    can_view_assessment,
    restricted_codes,
    sees_restricted,
    visible_external_ratings,
    visible_ratings,
)
from domain.access.cases import CaseAccessFacts
from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.concern import (
    DimensionProfile,
    FiredRule,
    IndicatorChange,
    Proposal,
    changes_since,
    dimension_profiles,
)
from domain.assessment.crosswalk import Crosswalk
from domain.assessment.framework import ConcernLevel, FrameworkVersion
from domain.assessment.model import Assessment, AssessmentId
from domain.assessment.rating import IndicatorRating
from domain.assessment.timeline import previous_submitted
from domain.errors import NotFound
from domain.ids import OrganisationId
from domain.ports import UnitOfWork
from domain.services.case_access import VisibleCase, load_visible_case

NO_ASSESSMENT = "No assessment with this id."


@dataclass(frozen=True)
class DerivedRating:
    """A rating on our indicator that came from external codes through the crosswalk."""

    code: str
    from_external_codes: tuple[str, ...]
    capped: bool  # the relation changed what an entered presence counts as (see counted_presence)


@dataclass(frozen=True)
class AssessmentActions:
    edit: bool
    submit: bool


@dataclass(frozen=True)
class AssessmentSummaryView:
    assessment: Assessment
    framework_version: str
    organisation_name: str
    proposed_level: ConcernLevel
    profiles: tuple[DimensionProfile, ...]


@dataclass(frozen=True)
class AssessmentView(AssessmentSummaryView):
    ratings: tuple[VisibleRating, ...]  # framework order
    external_ratings: tuple[VisibleRating, ...]  # crosswalk order
    external_labels: Mapping[str, str]  # our short wording of each external item shown
    derived: tuple[DerivedRating, ...]
    proposal: Proposal
    changes: tuple[IndicatorChange, ...]
    organisation_names: Mapping[OrganisationId, str]  # of the agreements
    allowed: AssessmentActions


class Catalogue:
    """Framework versions and crosswalks met during one use case, each loaded once."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._frameworks: dict[FrameworkId, FrameworkRecord] = {}
        self._crosswalks: dict[CrosswalkId, CrosswalkRecord] = {}

    async def framework(self, framework_id: FrameworkId) -> FrameworkRecord:
        if framework_id not in self._frameworks:
            found = await self._uow.frameworks.get(framework_id)
            assert found is not None, "an assessment always has its framework version"
            self._frameworks[framework_id] = found
        return self._frameworks[framework_id]

    async def crosswalk(self, crosswalk_id: CrosswalkId | None) -> Crosswalk | None:
        if crosswalk_id is None:
            return None
        if crosswalk_id not in self._crosswalks:
            found = await self._uow.crosswalks.get(crosswalk_id)
            assert found is not None, "an assessment always has its crosswalk"
            self._crosswalks[crosswalk_id] = found
        return self._crosswalks[crosswalk_id].crosswalk


async def load_assessment(
    uow: UnitOfWork, actor: Actor, assessment_id: AssessmentId, *, for_update: bool = False
) -> tuple[Assessment, VisibleCase]:
    """An assessment the actor may see, with its case; anything else is a 404."""
    assessment = await uow.assessments.get(assessment_id, for_update=for_update)
    if assessment is None:
        raise NotFound(NO_ASSESSMENT)
    try:
        found = await load_visible_case(uow, actor, assessment.case_id)
    except NotFound:
        raise NotFound(NO_ASSESSMENT) from None
    if not can_view_assessment(actor, found.facts, assessment):
        raise NotFound(NO_ASSESSMENT)
    return assessment, found


class Viewer:
    """Builds what one actor sees of the assessments of one case."""

    def __init__(self, uow: UnitOfWork, actor: Actor, facts: CaseAccessFacts, catalogue: Catalogue) -> None:
        self.uow, self.actor, self.facts, self.catalogue = uow, actor, facts, catalogue

    async def ratings(self, assessment: Assessment) -> tuple[FrameworkVersion, dict[str, VisibleRating]]:
        framework = (await self.catalogue.framework(assessment.framework_id)).framework
        crosswalk = await self.catalogue.crosswalk(assessment.crosswalk_id)
        effective, _ = assessment.effective_ratings(crosswalk)
        return framework, visible_ratings(self.actor, self.facts, assessment.organisation_id, framework, effective)

    async def summary(self, assessment: Assessment, names: Mapping[OrganisationId, str]) -> AssessmentSummaryView:
        framework, shown = await self.ratings(assessment)
        crosswalk = await self.catalogue.crosswalk(assessment.crosswalk_id)
        return AssessmentSummaryView(
            assessment=assessment,
            framework_version=framework.version,
            organisation_name=names.get(assessment.organisation_id, ""),
            proposed_level=assessment.current_proposal(framework, crosswalk).level,
            profiles=dimension_profiles(framework, _plain(shown)),
        )

    async def detail(self, assessment: Assessment, case_assessments: Sequence[Assessment]) -> AssessmentView:
        framework, shown = await self.ratings(assessment)
        crosswalk = await self.catalogue.crosswalk(assessment.crosswalk_id)
        effective, translation = assessment.effective_ratings(crosswalk)
        hidden = self._hidden(assessment, framework, effective, shown)
        external: dict[str, VisibleRating] = {}
        derived: list[DerivedRating] = []
        if crosswalk is not None:
            external = visible_external_ratings(
                self.actor, self.facts, assessment.organisation_id, framework, crosswalk, assessment.external_ratings
            )
            for translated in translation.indicators if translation else ():
                if translated.indicator_code in assessment.ratings or translated.indicator_code not in shown:
                    continue
                derived.append(
                    DerivedRating(
                        translated.indicator_code,
                        tuple(c for c in translated.fed_by if c in external),
                        any(c.adjusted for c in translated.contributions),
                    )
                )
        previous = previous_submitted(case_assessments, assessment)
        changes: tuple[IndicatorChange, ...] = ()
        if previous is not None:
            _, before = await self.ratings(previous)
            changes = changes_since(framework, *_comparable(before, shown))
        organisation_ids = [assessment.organisation_id, *(a.organisation_id for a in assessment.agreements)]
        names = await self.uow.organisations.names(list(set(organisation_ids)))
        proposal = assessment.current_proposal(framework, crosswalk)
        editable = can_edit_assessment(self.actor, self.facts, assessment)
        return AssessmentView(
            assessment=assessment,
            framework_version=framework.version,
            organisation_name=names.get(assessment.organisation_id, ""),
            proposed_level=proposal.level,
            profiles=dimension_profiles(framework, _plain(shown)),
            ratings=tuple(shown[i.code] for i in framework.indicators if i.code in shown),
            external_ratings=tuple(
                external[c] for c in (crosswalk.external_codes if crosswalk else ()) if c in external
            ),
            external_labels={c: crosswalk.external_label(c) or "" for c in external} if crosswalk else {},
            derived=tuple(derived),
            proposal=_filtered(proposal, framework, hidden),
            changes=changes,
            organisation_names=names,
            allowed=AssessmentActions(edit=editable, submit=editable),
        )

    def _hidden(
        self,
        assessment: Assessment,
        framework: FrameworkVersion,
        effective: Mapping[str, IndicatorRating],
        shown: Mapping[str, VisibleRating],
    ) -> frozenset[str]:
        """Codes the viewer may not even learn were rated: restricted ones (unless it sees them) and
        ratings left out by their sharing level."""
        hidden = {code for code in effective if code not in shown}
        if not sees_restricted(self.actor, self.facts, assessment.organisation_id):
            hidden |= restricted_codes(framework)
        return frozenset(hidden)


def _plain(shown: Mapping[str, VisibleRating]) -> dict[str, IndicatorRating]:
    return {code: v.rating for code, v in shown.items()}


def _comparable(
    before: Mapping[str, VisibleRating], after: Mapping[str, VisibleRating]
) -> tuple[dict[str, IndicatorRating], dict[str, IndicatorRating]]:
    """Both sides on equal terms: a code shown on one side only is left out of both (its absence is
    not a change), and a code withheld on either side is compared by presence alone."""
    common = before.keys() & after.keys()
    withheld = {c for c in common if before[c].withheld or after[c].withheld}

    def side(shown: Mapping[str, VisibleRating]) -> dict[str, IndicatorRating]:
        return {c: replace(shown[c].rating, relevance=None) if c in withheld else shown[c].rating for c in common}

    return side(before), side(after)


def _filtered(proposal: Proposal, framework: FrameworkVersion, hidden: frozenset[str]) -> Proposal:
    """The proposal with the codes the viewer may not learn about taken out of the fired rules."""
    if not hidden:
        return proposal
    fired = []
    for rule in proposal.fired:
        codes = tuple(c for c in rule.indicator_codes if c not in hidden)
        dimensions = {indicator.dimension for c in codes if (indicator := framework.indicator(c)) is not None}
        fired.append(FiredRule(rule.rule, rule.level, codes, tuple(d for d in rule.dimensions if d in dimensions)))
    return replace(proposal, fired=tuple(fired))
