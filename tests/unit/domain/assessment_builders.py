"""Assessments for the domain and service tests, on the small test framework with one restricted
(health) indicator, and a small crosswalk onto it."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from domain.assessment.catalogue import CrosswalkId, FrameworkId
from domain.assessment.crosswalk import Crosswalk, CrosswalkEntry, MappingRelation
from domain.assessment.framework import ConcernLevel, FrameworkVersion, ReviewCadence
from domain.assessment.model import Assessment, AssessmentType, InformationCompleteness, Perspective
from domain.case.model import ActorRef, CaseId
from domain.ids import OrganisationId
from tests.unit.domain.framework_builders import small_framework

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TODAY = AT.date()
BY = ActorRef(uuid.UUID(int=7), "Assessor Test")
MUNICIPALITY = OrganisationId(uuid.UUID(int=1))
POLICE = OrganisationId(uuid.UUID(int=2))
YOUTH_CARE = OrganisationId(uuid.UUID(int=3))
RESTRICTED = "B6"  # made a health indicator here
CADENCE = {
    ConcernLevel.INSUFFICIENT_INFORMATION: 28,
    ConcernLevel.LOW: 91,
    ConcernLevel.ELEVATED: 56,
    ConcernLevel.HIGH: 28,
    ConcernLevel.ACUTE: 7,
}


def framework() -> FrameworkVersion:
    base = small_framework()
    indicators = tuple(replace(i, restricted=True) if i.code == RESTRICTED else i for i in base.indicators)
    return replace(base, indicators=indicators, cadence=ReviewCadence(days_by_level=CADENCE))


def crosswalk() -> Crosswalk:
    def entry(code: str, indicator: str, relation: MappingRelation) -> CrosswalkEntry:
        return CrosswalkEntry(code, f"Item {code}", indicator, relation)

    return Crosswalk(
        "politie-test",
        "2026.1",
        "testkader",
        "2026.1",
        (
            entry("K1", "B1", MappingRelation.EQUIVALENT),
            entry("K2", "A1", MappingRelation.BROADER),
            entry("K3", RESTRICTED, MappingRelation.EQUIVALENT),
            entry("I1", "D1", MappingRelation.EQUIVALENT),
        ),
    )


def draft(
    perspective: Perspective = Perspective.MUNICIPALITY,
    organisation: OrganisationId = MUNICIPALITY,
    *,
    assessed_on: date = TODAY,
    crosswalk_id: CrosswalkId | None = None,
    assessors: tuple[str, ...] = ("A. Beoordelaar",),
) -> Assessment:
    return Assessment.start(
        case_id=CaseId(uuid.UUID(int=50)),
        organisation_id=organisation,
        type=AssessmentType.PERIODIC,
        perspective=perspective,
        framework_id=FrameworkId(uuid.UUID(int=60)),
        crosswalk_id=crosswalk_id,
        assessed_on=assessed_on,
        assessors=assessors,
        information_completeness=InformationCompleteness.PARTIAL,
        by=BY,
        at=AT,
    )
