"""The assessment (beoordeling) aggregate: one rating of one case against one pinned framework version,
from one perspective, edited as a draft and then submitted with a final level set by people.

A submitted assessment never changes. The rules only propose a level (domain/assessment/concern.py); the
final level is a human judgement, with a rationale when it differs from the proposal. Ratings may be
entered on our indicators or, through a versioned crosswalk, in the codes of an external (police) model.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import NewType

from domain.assessment.catalogue import CrosswalkId, FrameworkId
from domain.assessment.concern import Proposal, propose_level
from domain.assessment.crosswalk import Crosswalk, TranslationResult, translate_ratings
from domain.assessment.framework import ConcernLevel, FrameworkVersion, Presence
from domain.assessment.kinds import AssessmentType as AssessmentType  # re-exported
from domain.assessment.rating import IndicatorRating
from domain.assessment.review import next_review_on
from domain.case.model import ActorRef, CaseId
from domain.errors import Conflict, InvalidInput, InvalidParam
from domain.ids import OrganisationId, new_id

AssessmentId = NewType("AssessmentId", uuid.UUID)

MAX_ASSESSORS = 20
MAX_NAME = 200
MAX_TEXT = 10_000
MAX_SCENARIOS = 10
_SEEN = (Presence.PARTLY, Presence.PRESENT)


class Perspective(enum.StrEnum):
    MUNICIPALITY = "municipality"
    POLICE = "police"
    CARE = "care"
    JOINT = "joint"  # agreed in the case conference, with dissent recorded per organisation


class InformationCompleteness(enum.StrEnum):
    COMPLETE = "complete"
    PARTIAL = "partial"
    LIMITED = "limited"


class AssessmentStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class ScenarioLikelihood(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class Formulation:
    """The case formulation in words: what drives, what holds the person back, what destabilises, what anchors."""

    drivers: str = ""
    inhibitors: str = ""
    destabilisers: str = ""
    protective_anchors: str = ""


@dataclass(frozen=True)
class Scenario:
    title: str
    description: str
    likelihood: ScenarioLikelihood
    warning_signs: str = ""
    indicator_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agreement:
    """Whether one participating organisation agrees with a joint assessment; dissent is kept, not overruled."""

    organisation_id: OrganisationId
    agrees: bool
    note: str = ""


def rating_problems(
    ratings: Sequence[IndicatorRating], known: Callable[[str], bool], name: str, unknown: str
) -> list[InvalidParam]:
    """Codes that do not exist, codes given twice, relevance missing where presence is partly or present."""
    problems: list[InvalidParam] = []
    seen: set[str] = set()
    for index, rating in enumerate(ratings):
        if not known(rating.code):
            problems.append(InvalidParam(f"{name}[{index}].code", unknown))
        elif rating.code in seen:
            problems.append(InvalidParam(f"{name}[{index}].code", "appears more than once"))
        seen.add(rating.code)
        if rating.presence in _SEEN and rating.relevance is None:
            problems.append(
                InvalidParam(f"{name}[{index}].relevance", "is required when presence is partly or present")
            )
    return problems


def checked_ratings(
    ratings: Sequence[IndicatorRating], known: Callable[[str], bool], name: str, unknown: str
) -> list[IndicatorRating]:
    """The ratings after `rating_problems` (InvalidInput when any), with a relevance that would not count
    (on an absent or unknown rating) dropped and the texts trimmed."""
    problems = rating_problems(ratings, known, name, unknown)
    if problems:
        raise InvalidInput(problems)
    return [
        replace(
            r,
            relevance=r.relevance if r.presence in _SEEN else None,
            evidence_for=r.evidence_for.strip(),
            evidence_against=r.evidence_against.strip(),
            source=r.source.strip(),
        )
        for r in ratings
    ]


def checked_indicator_ratings(framework: FrameworkVersion, ratings: Sequence[IndicatorRating]) -> list[IndicatorRating]:
    """`checked_ratings` on the indicators of a framework version."""

    def known(code: str) -> bool:
        return framework.indicator(code) is not None

    unknown = f"is not an indicator of {framework.code} {framework.version}"
    return checked_ratings(ratings, known, "ratings", unknown)


def clean_assessors(assessors: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(a.strip() for a in assessors if a.strip()))
    if len(cleaned) > MAX_ASSESSORS:
        raise InvalidInput.field("assessors", f"at most {MAX_ASSESSORS} names")
    if any(len(a) > MAX_NAME for a in cleaned):
        raise InvalidInput.field("assessors", f"each name at most {MAX_NAME} characters")
    return cleaned


def check_assessed_on(assessed_on: date, today: date) -> date:
    if assessed_on > today:
        raise InvalidInput.field("assessedOn", "must not be in the future")
    return assessed_on


@dataclass
class Assessment:
    id: AssessmentId
    case_id: CaseId
    organisation_id: OrganisationId  # the assessing organisation
    type: AssessmentType
    perspective: Perspective
    framework_id: FrameworkId
    crosswalk_id: CrosswalkId | None
    assessed_on: date
    assessors: tuple[str, ...]
    information_completeness: InformationCompleteness
    created_at: datetime
    created_by: ActorRef
    updated_at: datetime
    ratings: dict[str, IndicatorRating] = field(default_factory=dict)  # entered on our indicators
    external_ratings: dict[str, IndicatorRating] = field(default_factory=dict)  # by external (crosswalk) code
    formulation: Formulation = field(default_factory=Formulation)
    scenarios: tuple[Scenario, ...] = ()
    status: AssessmentStatus = AssessmentStatus.DRAFT
    final_level: ConcernLevel | None = None
    rationale: str | None = None
    agreements: tuple[Agreement, ...] = ()
    proposal: Proposal | None = None  # as proposed when submitted, kept for the audit
    # What the rules read then (presence, relevance, trend per indicator), with the rules version in `proposal`.
    proposal_inputs: dict[str, IndicatorRating] = field(default_factory=dict)
    next_review_on: date | None = None
    submitted_at: datetime | None = None
    submitted_by: ActorRef | None = None
    version: int = 1

    @classmethod
    def start(
        cls,
        *,
        case_id: CaseId,
        organisation_id: OrganisationId,
        type: AssessmentType,
        perspective: Perspective,
        framework_id: FrameworkId,
        crosswalk_id: CrosswalkId | None,
        assessed_on: date,
        assessors: Sequence[str],
        information_completeness: InformationCompleteness,
        by: ActorRef,
        at: datetime,
    ) -> Assessment:
        return cls(
            id=AssessmentId(new_id()),
            case_id=case_id,
            organisation_id=organisation_id,
            type=type,
            perspective=perspective,
            framework_id=framework_id,
            crosswalk_id=crosswalk_id,
            assessed_on=check_assessed_on(assessed_on, at.date()),
            assessors=clean_assessors(assessors),
            information_completeness=information_completeness,
            created_at=at,
            created_by=by,
            updated_at=at,
        )

    @property
    def is_draft(self) -> bool:
        return self.status is AssessmentStatus.DRAFT

    def _ensure_draft(self) -> None:
        if not self.is_draft:
            raise Conflict(
                "This assessment has been submitted and can no longer change.", {"status": self.status.value}
            )

    def change_header(
        self,
        at: datetime,
        *,
        type: AssessmentType | None = None,
        assessed_on: date | None = None,
        assessors: Sequence[str] | None = None,
        information_completeness: InformationCompleteness | None = None,
    ) -> None:
        self._ensure_draft()
        if type is not None:
            self.type = type
        if assessed_on is not None:
            self.assessed_on = check_assessed_on(assessed_on, at.date())
        if assessors is not None:
            self.assessors = clean_assessors(assessors)
        if information_completeness is not None:
            self.information_completeness = information_completeness
        self.updated_at = at

    def rate(self, framework: FrameworkVersion, ratings: Sequence[IndicatorRating], at: datetime) -> None:
        """Upsert ratings on our indicators by code; codes must be in the pinned framework version."""
        self._ensure_draft()
        for rating in checked_indicator_ratings(framework, ratings):
            self.ratings[rating.code] = rating
        self.updated_at = at

    def rate_external(self, crosswalk: Crosswalk | None, ratings: Sequence[IndicatorRating], at: datetime) -> None:
        """Upsert ratings entered in the external model's codes; only with a crosswalk chosen at the start."""
        self._ensure_draft()
        if crosswalk is None:
            if ratings:
                raise InvalidInput.field("externalRatings", "this assessment is not entered in external codes")
            return
        unknown = f"is not an item of {crosswalk.external_model} {crosswalk.version}"
        for rating in checked_ratings(ratings, crosswalk.maps, "externalRatings", unknown):
            self.external_ratings[rating.code] = rating
        self.updated_at = at

    def describe(
        self,
        framework: FrameworkVersion,
        at: datetime,
        *,
        formulation: Formulation | None = None,
        scenarios: Sequence[Scenario] | None = None,
    ) -> None:
        self._ensure_draft()
        if formulation is not None:
            self.formulation = Formulation(*(text.strip() for text in vars(formulation).values()))
        if scenarios is not None:
            self.scenarios = _checked_scenarios(framework, scenarios)
        self.updated_at = at

    def effective_ratings(
        self, crosswalk: Crosswalk | None
    ) -> tuple[dict[str, IndicatorRating], TranslationResult | None]:
        """The ratings on our indicators the rules read: those translated from external codes, overridden
        by any rating entered on our indicator directly."""
        if crosswalk is None or not self.external_ratings:
            return dict(self.ratings), None
        translation = translate_ratings(crosswalk, self.external_ratings)
        return {**translation.ratings, **self.ratings}, translation

    def current_proposal(self, framework: FrameworkVersion, crosswalk: Crosswalk | None) -> Proposal:
        """The proposal as stored at submission; for a draft, as the rules see the ratings now."""
        if self.proposal is not None:
            return self.proposal
        return propose_level(framework, self.effective_ratings(crosswalk)[0])

    def submit(
        self,
        framework: FrameworkVersion,
        crosswalk: Crosswalk | None,
        *,
        final_level: ConcernLevel,
        rationale: str | None,
        agreements: Sequence[Agreement],
        participating: Collection[OrganisationId],
        by: ActorRef,
        at: datetime,
        closure_assessed_on: date | None = None,
    ) -> Proposal:
        """Set the final level and freeze the assessment. A final level other than the proposed one needs
        a rationale; a joint assessment needs an agreement entry for every participating organisation.
        The next review follows from the framework's cadence (domain/assessment/review.py); a follow-up
        counts from `closure_assessed_on`, the case's latest closure assessment."""
        self._ensure_draft()
        effective = self.effective_ratings(crosswalk)[0]
        proposal = propose_level(framework, effective)
        reason = (rationale or "").strip() or None
        problems: list[InvalidParam] = []
        if final_level is not proposal.level and reason is None:
            problems.append(
                InvalidParam(
                    "rationale",
                    f"is required when the final level differs from the proposed level ({proposal.level.value})",
                )
            )
        if reason is not None and len(reason) > MAX_TEXT:
            problems.append(InvalidParam("rationale", f"must be at most {MAX_TEXT} characters"))
        if not self.assessors:
            problems.append(InvalidParam("assessors", "name at least one assessor before submitting"))
        problems += _agreement_problems(self.perspective, agreements, participating, self.organisation_id)
        if problems:
            raise InvalidInput(problems)
        self.status = AssessmentStatus.SUBMITTED
        self.final_level, self.rationale = final_level, reason
        self.agreements = tuple(replace(a, note=a.note.strip()) for a in agreements)
        self.proposal = proposal
        self.proposal_inputs = {c: IndicatorRating(c, r.presence, r.relevance, r.trend) for c, r in effective.items()}
        self.next_review_on = next_review_on(
            framework, self.type, self.assessed_on, final_level, closure_assessed_on=closure_assessed_on
        )
        self.submitted_at, self.submitted_by, self.updated_at = at, by, at
        return proposal


def _checked_scenarios(framework: FrameworkVersion, scenarios: Sequence[Scenario]) -> tuple[Scenario, ...]:
    problems: list[InvalidParam] = []
    if len(scenarios) > MAX_SCENARIOS:
        problems.append(InvalidParam("scenarios", f"at most {MAX_SCENARIOS} scenarios"))
    cleaned = []
    for index, scenario in enumerate(scenarios):
        if not scenario.title.strip():
            problems.append(InvalidParam(f"scenarios[{index}].title", "must not be empty"))
        unknown = [c for c in scenario.indicator_codes if framework.indicator(c) is None]
        if unknown:
            problems.append(
                InvalidParam(
                    f"scenarios[{index}].indicatorCodes", f"not indicators of this framework: {', '.join(unknown)}"
                )
            )
        cleaned.append(
            replace(
                scenario,
                title=scenario.title.strip(),
                description=scenario.description.strip(),
                warning_signs=scenario.warning_signs.strip(),
                indicator_codes=tuple(dict.fromkeys(scenario.indicator_codes)),
            )
        )
    if problems:
        raise InvalidInput(problems)
    return tuple(cleaned)


def _agreement_problems(
    perspective: Perspective,
    agreements: Sequence[Agreement],
    participating: Collection[OrganisationId],
    assessing: OrganisationId,
) -> list[InvalidParam]:
    if perspective is not Perspective.JOINT:
        return [InvalidParam("agreements", "only a joint assessment records agreements")] if agreements else []
    problems: list[InvalidParam] = []
    allowed = {*participating, assessing}
    given: list[OrganisationId] = []
    for index, agreement in enumerate(agreements):
        if agreement.organisation_id not in allowed:
            problems.append(InvalidParam(f"agreements[{index}].organisationId", "does not take part in this case"))
        elif agreement.organisation_id in given:
            problems.append(InvalidParam(f"agreements[{index}].organisationId", "appears more than once"))
        given.append(agreement.organisation_id)
    missing = [o for o in participating if o not in given]
    if missing:
        problems.append(
            InvalidParam(
                "agreements", f"every participating organisation records whether it agrees; {len(missing)} missing"
            )
        )
    return problems
