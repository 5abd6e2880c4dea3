"""Submitting: the final level, the kept proposal, the next review, acute alerts; then the alerts, the
overdue reviews and the comparison of perspectives built on submitted assessments."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.assessment.alerts import AlertRouting
from domain.assessment.comparison import DisagreementKind
from domain.assessment.framework import ConcernLevel
from domain.assessment.model import Agreement, AssessmentStatus, Perspective
from domain.case.lifecycle import CaseStatus
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.ports import CaseFilter, PageRequest
from domain.services import alerts, assessment_comparison, cases, reviews
from domain.services.plan_views import Monitoring
from tests.unit.services.assessment_world import Assessing
from tests.unit.services.world import move_to, register


async def test_submitting_keeps_the_proposal_and_sets_the_next_review(assessed: Assessing) -> None:
    view = await assessed.rate(
        "regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY), A1="+H", C1="+M"
    )
    with pytest.raises(InvalidInput) as error:
        await assessed.submit("regisseur", view, ConcernLevel.HIGH)
    assert [p.name for p in error.value.params] == ["rationale"]
    done = await assessed.submit("regisseur", view, ConcernLevel.HIGH, rationale="Zwaarder gewogen in het overleg.")
    a = done.assessment
    assert a.status is AssessmentStatus.SUBMITTED and a.final_level is ConcernLevel.HIGH
    assert done.proposed_level is ConcernLevel.ELEVATED and a.proposal is not None
    assert a.next_review_on == a.assessed_on + timedelta(days=28)
    assert not done.allowed.edit and not done.allowed.submit
    entry = assessed.world.uow.committed_entries[-1]
    assert entry.action == "assessment.submit"
    assert entry.details["proposedLevel"] == "elevated" and entry.details["rulesVersion"] == "testkader/2026.1"
    with pytest.raises(Conflict):
        await assessed.submit("regisseur", done, ConcernLevel.HIGH, rationale="nog eens")


async def test_a_joint_assessment_records_whether_each_organisation_agrees(assessed: Assessing) -> None:
    w = assessed.world
    view = await assessed.start("coordinator", Perspective.JOINT)
    with pytest.raises(InvalidInput):
        await assessed.submit("coordinator", view, agreements=(Agreement(w.police.id, True),))
    agreements = (
        Agreement(w.municipality.id, True),
        Agreement(w.police.id, True),
        Agreement(w.youth_care.id, False, "Ziet minder zorg."),
    )
    done = await assessed.submit("coordinator", view, agreements=agreements)
    assert done.organisation_names[w.youth_care.id] == "Jeugdzorg Amsterdam"


async def _acute(assessed: Assessing) -> alerts.AcuteAlert:
    view = await assessed.rate("regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY), D1="+M")
    await assessed.submit("regisseur", view, ConcernLevel.ACUTE)
    w = assessed.world
    found = await alerts.list_case_alerts(w.uow, w.actor("partner"), assessed.case_id)
    assert len(found) == 1
    return found[0]


async def test_an_acute_indicator_rated_present_raises_an_alert_acknowledged_once(assessed: Assessing) -> None:
    alert = await _acute(assessed)
    w = assessed.world
    assert alert.indicator_codes == ("D1",) and alert.is_open
    assert "alert.raise" in w.uow.committed_actions
    page = await cases.list_cases(w.uow, w.actor("coordinator"), CaseFilter(), PageRequest())
    assert page.items[0].open_alert_count == 1
    with pytest.raises(Forbidden):
        await alerts.acknowledge_alert(
            w.uow, w.clock, w.actor("partner"), alert.id, alerts.AcknowledgeAlert(AlertRouting.POLICE)
        )
    done = await alerts.acknowledge_alert(
        w.uow, w.clock, w.actor("coordinator"), alert.id, alerts.AcknowledgeAlert(AlertRouting.POLICE, "Gebeld")
    )
    assert done.acknowledged_by is not None and done.acknowledged_by.name == "Test Coordinator"
    with pytest.raises(Conflict):
        await alerts.acknowledge_alert(
            w.uow, w.clock, w.actor("police"), alert.id, alerts.AcknowledgeAlert(AlertRouting.OTHER, "x")
        )
    assert (
        await cases.get_case(w.uow, w.actor("coordinator"), assessed.case_id, Monitoring(w.clock.now().date()))
    ).review.open_alert_count == 0


async def test_the_open_alerts_are_those_on_cases_the_actor_may_see(assessed: Assessing) -> None:
    alert = await _acute(assessed)
    w = assessed.world
    other = await register(w)
    view = await assessed.rate(
        "regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY, case_id=other), D3="+L"
    )
    await assessed.submit("regisseur", view, ConcernLevel.ACUTE)
    by_coordinator = await alerts.list_alerts(w.uow, w.actor("coordinator"))
    by_police = await alerts.list_alerts(w.uow, w.actor("police"))
    assert len(by_coordinator) == 2 and [a.alert.id for a in by_police] == [alert.id]
    elsewhere = next(a.alert.id for a in by_coordinator if a.alert.id != alert.id)
    with pytest.raises(NotFound):
        await alerts.acknowledge_alert(
            w.uow, w.clock, w.actor("police"), elsewhere, alerts.AcknowledgeAlert(AlertRouting.POLICE)
        )


async def test_overdue_reviews_of_visible_cases_that_are_not_final(assessed: Assessing) -> None:
    w = assessed.world
    view = await assessed.rate("regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY), D1="+M")
    await assessed.submit("regisseur", view, ConcernLevel.ACUTE)  # review after 7 days
    assert await reviews.overdue_reviews(w.uow, w.clock, w.actor("coordinator")) == []
    soon = await reviews.overdue_reviews(w.uow, w.clock, w.actor("coordinator"), within_days=8)
    assert [d.days_overdue for d in soon] == [-7]
    w.clock.advance(days=10)
    due = await reviews.overdue_reviews(w.uow, w.clock, w.actor("police"))
    assert [(d.review.case_id, d.days_overdue, d.review.final_level) for d in due] == [
        (assessed.case_id, 3, ConcernLevel.ACUTE)
    ]
    with pytest.raises(Forbidden):
        await reviews.overdue_reviews(w.uow, w.clock, w.actor("analyst"))
    with pytest.raises(InvalidInput):
        await reviews.overdue_reviews(w.uow, w.clock, w.actor("police"), within_days=-1)
    other = await register(w)
    await move_to(w, other, CaseStatus.CLOSED)
    assert len(await reviews.overdue_reviews(w.uow, w.clock, w.actor("coordinator"))) == 1


async def test_the_comparison_lists_where_perspectives_disagree(assessed: Assessing) -> None:
    municipality = await assessed.rate(
        "regisseur", await assessed.start("regisseur", Perspective.MUNICIPALITY), A1="+H", B1="~H"
    )
    await assessed.submit("regisseur", municipality)
    police = await assessed.rate("police", await assessed.start("police", Perspective.POLICE), A1="-", B1="~L")
    await assessed.submit("police", police)
    w = assessed.world
    view = await assessment_comparison.compare_case(w.uow, w.actor("partner"), assessed.case_id)
    assert [p.perspective for p in view.perspectives] == [Perspective.MUNICIPALITY, Perspective.POLICE]
    found = {(d.indicator_code, d.kind) for d in view.disagreements}
    assert found == {("A1", DisagreementKind.PRESENCE), ("B1", DisagreementKind.RELEVANCE)}
    assert w.uow.committed_actions[-1] == "assessment.compare"
