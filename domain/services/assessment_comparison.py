"""The perspectives on one case side by side: the latest submitted assessment of each perspective,
compared on the ratings this viewer may see, with the disagreements the case conference should settle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.access.actor import Actor
from domain.access.assessments import can_read_assessments
from domain.access.permissions import Permission
from domain.assessment.comparison import (
    DimensionComparison,
    Disagreement,
    IndicatorRow,
    PerspectiveRatings,
    compare_perspectives,
)
from domain.assessment.model import AssessmentId, Perspective
from domain.assessment.timeline import latest_submitted
from domain.case.model import CaseId
from domain.errors import NotFound
from domain.ports import UnitOfWork
from domain.services.assessment_views import Catalogue, Viewer
from domain.services.case_access import NO_CASE, load_visible_case
from domain.services.common import audit_entry, ensure

# Column order: the municipality first, the joint assessment last.
_ORDER = [Perspective.MUNICIPALITY, Perspective.POLICE, Perspective.CARE, Perspective.JOINT]


@dataclass(frozen=True)
class ComparedAssessment:
    perspective: Perspective
    assessment_id: AssessmentId
    assessed_on: date
    organisation_name: str


@dataclass(frozen=True)
class ComparisonView:
    perspectives: tuple[ComparedAssessment, ...]
    rows: tuple[IndicatorRow, ...]  # framework order
    disagreements: tuple[Disagreement, ...]
    dimensions: tuple[DimensionComparison, ...]


async def compare_case(uow: UnitOfWork, actor: Actor, case_id: CaseId) -> ComparisonView:
    """Compare, never fuse: each cell is one perspective's rating as the viewer may see it. A restricted
    indicator's row is left out when the viewer sees no rating of it in any perspective."""
    ensure(actor, Permission.ASSESSMENTS_READ)
    async with uow:
        found = await load_visible_case(uow, actor, case_id)
        if not can_read_assessments(actor, found.facts):
            raise NotFound(NO_CASE)
        latest = latest_submitted(await uow.assessments.of_case(case_id))
        chosen = [latest[p] for p in _ORDER if p in latest]
        catalogue = Catalogue(uow)
        viewer = Viewer(uow, actor, found.facts, catalogue)
        names = await uow.organisations.names(list({a.organisation_id for a in chosen}))
        columns: list[PerspectiveRatings] = []
        for assessment in chosen:
            _, shown = await viewer.ratings(assessment)
            ratings = {code: v.rating for code, v in shown.items()}
            columns.append(
                PerspectiveRatings(assessment.perspective.value, assessment.id, assessment.assessed_on, ratings)
            )
        # The newest framework version among them: indicator codes are stable across versions.
        newest = max(chosen, key=lambda a: (a.submitted_at, a.id), default=None)
        view = ComparisonView((), (), (), ())
        if newest is not None:
            framework = (await catalogue.framework(newest.framework_id)).framework
            comparison = compare_perspectives(framework, columns)
            restricted = {i.code for i in framework.indicators if i.restricted}
            rows = tuple(
                row
                for dimension in comparison.dimensions
                for row in dimension.rows
                if row.indicator_code not in restricted or any(c.presence is not None for c in row.cells)
            )
            view = ComparisonView(
                perspectives=tuple(
                    ComparedAssessment(a.perspective, a.id, a.assessed_on, names.get(a.organisation_id, ""))
                    for a in chosen
                ),
                rows=rows,
                disagreements=comparison.disagreements,
                dimensions=comparison.dimensions,
            )
        uow.record(
            audit_entry(
                actor,
                "assessment.compare",
                record_type="case",
                record_id=case_id,
                subject_person_id=found.case.person_id,
                details={"assessments": [str(a.id) for a in chosen]},
            )
        )
        await uow.commit()
        return view
