"""Submitting an assessment: the final level set by people, frozen from then on, and an acute alert when
warning behaviour was rated present."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.access.actor import Actor
from domain.access.assessments import can_edit_assessment
from domain.access.permissions import Permission
from domain.assessment.alerts import AcuteAlert, acute_indicator_codes
from domain.assessment.framework import ConcernLevel
from domain.assessment.model import Agreement, Assessment, AssessmentId, AssessmentType
from domain.ports import Clock, UnitOfWork
from domain.services.assessment_views import AssessmentView, Catalogue, Viewer, load_assessment
from domain.services.assessments import editable
from domain.services.case_access import actor_ref
from domain.services.common import audit_entry, ensure


@dataclass(frozen=True)
class SubmitAssessment:
    final_level: ConcernLevel
    rationale: str | None = None
    agreements: tuple[Agreement, ...] = ()


async def submit_assessment(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    assessment_id: AssessmentId,
    expected_version: int,
    cmd: SubmitAssessment,
) -> AssessmentView:
    """Submit a draft with its final level. The proposal (level, rules version, rules fired) is kept with
    it; the next review follows from the cadence; acute indicators rated present raise an alert."""
    ensure(actor, Permission.ASSESSMENTS_WRITE)
    async with uow:
        assessment, found = await load_assessment(uow, actor, assessment_id, for_update=True)
        editable(actor, assessment, can_edit_assessment(actor, found.facts, assessment), expected_version)
        catalogue = Catalogue(uow)
        framework = (await catalogue.framework(assessment.framework_id)).framework
        crosswalk = await catalogue.crosswalk(assessment.crosswalk_id)
        now = clock.now()
        proposal = assessment.submit(
            framework,
            crosswalk,
            final_level=cmd.final_level,
            rationale=cmd.rationale,
            agreements=cmd.agreements,
            participating=found.case.active_organisations(),
            by=actor_ref(actor),
            at=now,
            closure_assessed_on=await _closure_assessed_on(uow, assessment)
            if assessment.type is AssessmentType.FOLLOW_UP
            else None,
        )
        await uow.assessments.save(assessment, expected_version)
        subject = found.case.person_id
        acute = acute_indicator_codes(proposal)
        alert = AcuteAlert.raise_for(assessment.case_id, assessment.id, acute, now) if acute else None
        uow.record(
            audit_entry(
                actor,
                "assessment.submit",
                record_type="assessment",
                record_id=assessment.id,
                subject_person_id=subject,
                details={
                    "proposedLevel": proposal.level.value,
                    "finalLevel": cmd.final_level.value,
                    "rulesVersion": proposal.rules_version,
                    "rulesFired": [r.rule.value for r in proposal.fired],
                    "acuteAlertId": str(alert.id) if alert else None,
                },
            )
        )
        if alert is not None:
            await uow.alerts.add(alert)
            uow.record(
                audit_entry(
                    actor,
                    "alert.raise",
                    record_type="acute_alert",
                    record_id=alert.id,
                    subject_person_id=subject,
                    details={"caseId": str(alert.case_id), "indicatorCodes": list(acute)},
                )
            )
        everything = await uow.assessments.of_case(assessment.case_id)
        view = await Viewer(uow, actor, found.facts, catalogue).detail(assessment, everything)
        await uow.commit()
        return view


async def _closure_assessed_on(uow: UnitOfWork, assessment: Assessment) -> date | None:
    """The date of the case's latest submitted closure assessment: the follow-ups count from it."""
    closures = [
        a.assessed_on
        for a in await uow.assessments.of_case(assessment.case_id)
        if a.type is AssessmentType.CLOSURE and not a.is_draft
    ]
    return max(closures, default=None)
