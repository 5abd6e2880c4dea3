"""Assessments of a case: listing, starting a draft, reading one, and changing a draft.

Submitting is in assessment_submission.py. Every read and write is audited with the case's person as
the subject, in the same unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from domain.access.actor import Actor
from domain.access.assessments import (
    can_edit_assessment,
    can_read_assessments,
    can_start_assessment,
    can_view_assessment,
    may_rate_restricted,
)
from domain.access.permissions import Permission
from domain.assessment.catalogue import CrosswalkId, FrameworkId, FrameworkRecord
from domain.assessment.crosswalk import Crosswalk
from domain.assessment.framework import FrameworkStatus, FrameworkVersion
from domain.assessment.model import (
    Assessment,
    AssessmentId,
    AssessmentType,
    Formulation,
    InformationCompleteness,
    Perspective,
    Scenario,
)
from domain.assessment.rating import IndicatorRating
from domain.case.model import CaseId
from domain.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound, StaleVersion
from domain.ports import Clock, UnitOfWork
from domain.services.assessment_views import (
    AssessmentSummaryView,
    AssessmentView,
    Catalogue,
    Viewer,
    load_assessment,
)
from domain.services.case_access import NO_CASE, actor_ref, load_visible_case
from domain.services.common import audit_entry, ensure


@dataclass(frozen=True)
class StartAssessment:
    type: AssessmentType
    perspective: Perspective
    assessed_on: date
    assessors: tuple[str, ...]
    information_completeness: InformationCompleteness
    framework_id: FrameworkId | None = None  # default: the published version
    crosswalk_id: CrosswalkId | None = None  # enter the ratings in the external model's codes


@dataclass(frozen=True)
class ChangeAssessment:
    """Only the fields given (not None) change; ratings are upserted by code."""

    type: AssessmentType | None = None
    assessed_on: date | None = None
    assessors: tuple[str, ...] | None = None
    information_completeness: InformationCompleteness | None = None
    ratings: tuple[IndicatorRating, ...] | None = None
    external_ratings: tuple[IndicatorRating, ...] | None = None
    formulation: Formulation | None = None
    scenarios: tuple[Scenario, ...] | None = None

    def given(self) -> list[str]:
        return [name for name, value in vars(self).items() if value is not None]


async def list_assessments(uow: UnitOfWork, actor: Actor, case_id: CaseId) -> list[AssessmentSummaryView]:
    """Oldest first; drafts only for the assessing organisation and the case's directors."""
    ensure(actor, Permission.ASSESSMENTS_READ)
    async with uow:
        found = await load_visible_case(uow, actor, case_id)
        if not can_read_assessments(actor, found.facts):
            raise NotFound(NO_CASE)
        shown = [a for a in await uow.assessments.of_case(case_id) if can_view_assessment(actor, found.facts, a)]
        names = await uow.organisations.names(list({a.organisation_id for a in shown}))
        viewer = Viewer(uow, actor, found.facts, Catalogue(uow))
        items = [await viewer.summary(a, names) for a in shown]
        uow.record(
            audit_entry(
                actor,
                "assessment.list",
                record_type="case",
                record_id=case_id,
                subject_person_id=found.case.person_id,
                details={"count": len(items)},
            )
        )
        await uow.commit()
        return items


async def start_assessment(
    uow: UnitOfWork, clock: Clock, actor: Actor, case_id: CaseId, cmd: StartAssessment
) -> AssessmentView:
    """A new draft on the pinned framework version (by default the published one)."""
    ensure(actor, Permission.ASSESSMENTS_WRITE)
    async with uow:
        found = await load_visible_case(uow, actor, case_id)
        if not can_start_assessment(actor, found.facts, cmd.perspective):
            raise Forbidden(f"Your role does not assess from the '{cmd.perspective.value}' perspective.")
        assert actor.organisation_id is not None  # can_start_assessment checked it
        record, crosswalk_id = await _pinned(uow, cmd.framework_id, cmd.crosswalk_id)
        assessment = Assessment.start(
            case_id=case_id,
            organisation_id=actor.organisation_id,
            type=cmd.type,
            perspective=cmd.perspective,
            framework_id=record.id,
            crosswalk_id=crosswalk_id,
            assessed_on=cmd.assessed_on,
            assessors=cmd.assessors,
            information_completeness=cmd.information_completeness,
            by=actor_ref(actor),
            at=clock.now(),
        )
        await uow.assessments.add(assessment)
        uow.record(
            audit_entry(
                actor,
                "assessment.create",
                record_type="assessment",
                record_id=assessment.id,
                subject_person_id=found.case.person_id,
                details={
                    "caseId": str(case_id),
                    "perspective": cmd.perspective.value,
                    "framework": f"{record.code}/{record.version}",
                },
            )
        )
        everything = await uow.assessments.of_case(case_id)
        view = await Viewer(uow, actor, found.facts, Catalogue(uow)).detail(assessment, everything)
        await uow.commit()
        return view


async def _pinned(
    uow: UnitOfWork, framework_id: FrameworkId | None, crosswalk_id: CrosswalkId | None
) -> tuple[FrameworkRecord, CrosswalkId | None]:
    crosswalk = await uow.crosswalks.get(crosswalk_id) if crosswalk_id is not None else None
    if crosswalk_id is not None and crosswalk is None:
        raise InvalidInput.field("crosswalkId", "no crosswalk with this id")
    if framework_id is None and crosswalk is not None:
        framework_id = crosswalk.framework_id
    record = await uow.frameworks.get(framework_id) if framework_id is not None else await uow.frameworks.published()
    if record is None:
        reason = "no framework version with this id" if framework_id else "there is no published framework version"
        raise InvalidInput.field("frameworkId", reason)
    if record.status is not FrameworkStatus.PUBLISHED:
        raise InvalidInput.field("frameworkId", f"version {record.version} is {record.status.value}, not published")
    if crosswalk is not None and crosswalk.framework_id != record.id:
        raise InvalidInput.field("crosswalkId", f"maps onto another version than {record.code} {record.version}")
    return record, crosswalk.id if crosswalk else None


async def get_assessment(uow: UnitOfWork, actor: Actor, assessment_id: AssessmentId) -> AssessmentView:
    """One assessment as this viewer may see it; the read is audited."""
    ensure(actor, Permission.ASSESSMENTS_READ)
    async with uow:
        assessment, found = await load_assessment(uow, actor, assessment_id)
        everything = await uow.assessments.of_case(assessment.case_id)
        view = await Viewer(uow, actor, found.facts, Catalogue(uow)).detail(assessment, everything)
        uow.record(
            audit_entry(
                actor,
                "assessment.read",
                record_type="assessment",
                record_id=assessment.id,
                subject_person_id=found.case.person_id,
            )
        )
        await uow.commit()
        return view


async def change_assessment(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    assessment_id: AssessmentId,
    expected_version: int,
    cmd: ChangeAssessment,
) -> AssessmentView:
    """Change a draft: header fields, ratings (upsert by code), external ratings, formulation, scenarios."""
    ensure(actor, Permission.ASSESSMENTS_WRITE)
    async with uow:
        assessment, found = await load_assessment(uow, actor, assessment_id, for_update=True)
        editable(actor, assessment, can_edit_assessment(actor, found.facts, assessment), expected_version)
        catalogue = Catalogue(uow)
        framework = (await catalogue.framework(assessment.framework_id)).framework
        crosswalk = await catalogue.crosswalk(assessment.crosswalk_id)
        check_restricted_writes(actor, framework, crosswalk, cmd.ratings or (), cmd.external_ratings or ())
        now = clock.now()
        assessment.change_header(
            now,
            type=cmd.type,
            assessed_on=cmd.assessed_on,
            assessors=cmd.assessors,
            information_completeness=cmd.information_completeness,
        )
        if cmd.ratings is not None:
            assessment.rate(framework, cmd.ratings, now)
        if cmd.external_ratings is not None:
            assessment.rate_external(crosswalk, cmd.external_ratings, now)
        assessment.describe(framework, now, formulation=cmd.formulation, scenarios=cmd.scenarios)
        await uow.assessments.save(assessment, expected_version)
        uow.record(
            audit_entry(
                actor,
                "assessment.update",
                record_type="assessment",
                record_id=assessment.id,
                subject_person_id=found.case.person_id,
                details={
                    "fields": cmd.given(),
                    "ratedCodes": sorted(r.code for r in (*(cmd.ratings or ()), *(cmd.external_ratings or ()))),
                },
            )
        )
        everything = await uow.assessments.of_case(assessment.case_id)
        view = await Viewer(uow, actor, found.facts, catalogue).detail(assessment, everything)
        await uow.commit()
        return view


def editable(actor: Actor, assessment: Assessment, allowed: bool, expected_version: int) -> None:
    """409 once submitted, 403 for a viewer who may not change it, 412 when it changed meanwhile."""
    if not assessment.is_draft:
        raise Conflict("This assessment has been submitted and can no longer change.", {"status": "submitted"})
    if not allowed:
        raise Forbidden("Only the assessing organisation changes or submits this draft.")
    if assessment.version != expected_version:
        raise StaleVersion()


def check_restricted_writes(
    actor: Actor,
    framework: FrameworkVersion,
    crosswalk: Crosswalk | None,
    ratings: Sequence[IndicatorRating],
    external: Sequence[IndicatorRating],
) -> None:
    """A rating the writer could not read back is refused: partners do not rate restricted indicators."""
    if may_rate_restricted(actor):
        return
    problems = []
    reason = "is a restricted (health) indicator, which partners do not rate"
    for index, rating in enumerate(ratings):
        indicator = framework.indicator(rating.code)
        if indicator is not None and indicator.restricted:
            problems.append(InvalidParam(f"ratings[{index}].code", reason))
    for index, rating in enumerate(external):
        entries = crosswalk.entries_for_external(rating.code) if crosswalk else ()
        if any((i := framework.indicator(e.indicator_code)) is not None and i.restricted for e in entries):
            problems.append(InvalidParam(f"externalRatings[{index}].code", "maps onto a restricted (health) indicator"))
    if problems:
        raise InvalidInput(problems)
