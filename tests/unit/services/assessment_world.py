"""The use-case world with assessing in it: a published test framework (with a restricted indicator), a
crosswalk onto it, and a case the police and youth care work in, registered by the regisseur."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.framework import ConcernLevel, FrameworkStatus
from domain.assessment.model import AssessmentType, InformationCompleteness, Perspective
from domain.assessment.rating import IndicatorRating
from domain.case.model import ActorRef, CaseId
from domain.services import assessment_submission, assessments
from domain.services.assessment_views import AssessmentView
from tests.unit.domain.assessment_builders import crosswalk, framework
from tests.unit.domain.framework_builders import rated
from tests.unit.services.world import World, join, register

SYSTEM = ActorRef(None, "test")


@dataclass
class Assessing:
    world: World
    case_id: CaseId
    framework: FrameworkRecord
    crosswalk: CrosswalkRecord

    async def start(
        self, username: str, perspective: Perspective, *, case_id: CaseId | None = None, **changes: Any
    ) -> AssessmentView:
        cmd = assessments.StartAssessment(
            type=AssessmentType.PERIODIC,
            perspective=perspective,
            assessed_on=self.world.clock.now().date(),
            assessors=("A. Beoordelaar",),
            information_completeness=InformationCompleteness.PARTIAL,
            **changes,
        )
        w = self.world
        return await assessments.start_assessment(w.uow, w.clock, w.actor(username), case_id or self.case_id, cmd)

    async def change(self, username: str, view: AssessmentView, **changes: Any) -> AssessmentView:
        w = self.world
        cmd = assessments.ChangeAssessment(**changes)
        a = view.assessment
        return await assessments.change_assessment(w.uow, w.clock, w.actor(username), a.id, a.version, cmd)

    async def rate(self, username: str, view: AssessmentView, *ratings: IndicatorRating, **spec: str) -> AssessmentView:
        return await self.change(username, view, ratings=(*ratings, *rated(**spec).values()))

    async def submit(
        self, username: str, view: AssessmentView, level: ConcernLevel | None = None, **changes: Any
    ) -> AssessmentView:
        w = self.world
        a = view.assessment
        cmd = assessment_submission.SubmitAssessment(final_level=level or view.proposed_level, **changes)
        return await assessment_submission.submit_assessment(w.uow, w.clock, w.actor(username), a.id, a.version, cmd)

    async def read(self, username: str, view: AssessmentView) -> AssessmentView:
        w = self.world
        return await assessments.get_assessment(w.uow, w.actor(username), view.assessment.id)


async def assessing(world: World) -> Assessing:
    record = FrameworkRecord(
        FrameworkId(uuid.uuid4()),
        framework(),
        FrameworkStatus.PUBLISHED,
        world.clock.now(),
        SYSTEM,
        world.clock.now(),
        SYSTEM,
    )
    mapping = CrosswalkRecord(CrosswalkId(uuid.uuid4()), crosswalk(), record.id, world.clock.now(), SYSTEM)
    world.uow.seed(record, mapping)
    case_id = await register(world)  # by the regisseur: the case's own regisseur
    await join(world, case_id, world.police.id)
    await join(world, case_id, world.youth_care.id)
    return Assessing(world, case_id, record, mapping)
