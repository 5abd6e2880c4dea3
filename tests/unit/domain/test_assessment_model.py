"""The assessment aggregate: drafts change, submitted ones never do; the final level is a person's
judgement (with a rationale when it differs from the rules); the cadence sets the next review."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

import pytest

from domain.assessment.alerts import AcuteAlert, AlertRouting, acute_indicator_codes
from domain.assessment.concern import RuleCode
from domain.assessment.framework import ConcernLevel, Presence, Relevance
from domain.assessment.model import (
    Agreement,
    AssessmentStatus,
    Formulation,
    Perspective,
    Scenario,
    ScenarioLikelihood,
)
from domain.assessment.rating import IndicatorRating
from domain.assessment.timeline import latest_submitted, previous_submitted
from domain.errors import Conflict, InvalidInput
from domain.ids import OrganisationId
from tests.unit.domain.assessment_builders import (
    AT,
    BY,
    CADENCE,
    MUNICIPALITY,
    POLICE,
    TODAY,
    YOUTH_CARE,
    crosswalk,
    draft,
    framework,
)
from tests.unit.domain.framework_builders import rated

P, R = Presence, Relevance


def _names(error: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.name for p in error.value.params]


def _submit(assessment, final=ConcernLevel.LOW, rationale=None, agreements=(), participating=()):  # type: ignore[no-untyped-def]
    return assessment.submit(
        framework(),
        None,
        final_level=final,
        rationale=rationale,
        agreements=agreements,
        participating=participating,
        by=BY,
        at=AT,
    )


def test_a_draft_may_not_be_dated_in_the_future() -> None:
    with pytest.raises(InvalidInput) as error:
        draft(assessed_on=TODAY + timedelta(days=1))
    assert _names(error) == ["assessedOn"]


@pytest.mark.parametrize(
    ("ratings", "problems"),
    [
        pytest.param([IndicatorRating("Z9", P.ABSENT)], ["ratings[0].code"], id="unknown code"),
        pytest.param([IndicatorRating("A1", P.PRESENT)], ["ratings[0].relevance"], id="present without relevance"),
        pytest.param([IndicatorRating("A1", P.PARTLY)], ["ratings[0].relevance"], id="partly without relevance"),
        pytest.param(
            [IndicatorRating("A1", P.ABSENT), IndicatorRating("A1", P.UNKNOWN)], ["ratings[1].code"], id="twice"
        ),
        pytest.param([IndicatorRating("A1", P.ABSENT), IndicatorRating("A3", P.UNKNOWN)], [], id="sound"),
    ],
)
def test_ratings_must_name_indicators_of_the_pinned_version_and_say_how_relevant(
    ratings: list[IndicatorRating], problems: list[str]
) -> None:
    assessment = draft()
    if not problems:
        assessment.rate(framework(), ratings, AT)
        assert set(assessment.ratings) == {r.code for r in ratings}
        return
    with pytest.raises(InvalidInput) as error:
        assessment.rate(framework(), ratings, AT)
    assert _names(error) == problems
    assert assessment.ratings == {}  # nothing half-applied


def test_ratings_are_upserted_by_code_and_a_relevance_that_would_not_count_is_dropped() -> None:
    assessment = draft()
    assessment.rate(framework(), [IndicatorRating("A1", P.PRESENT, R.HIGH), IndicatorRating("A3", P.ABSENT)], AT)
    assessment.rate(framework(), [IndicatorRating("A1", P.ABSENT, R.HIGH, evidence_against="  weg  ")], AT)
    assert assessment.ratings["A1"].presence is P.ABSENT
    assert assessment.ratings["A1"].relevance is None and assessment.ratings["A1"].evidence_against == "weg"
    assert assessment.ratings["A3"].presence is P.ABSENT


def test_external_ratings_need_a_crosswalk_and_its_codes() -> None:
    plain = draft()
    with pytest.raises(InvalidInput) as error:
        plain.rate_external(None, [IndicatorRating("K1", P.PRESENT, R.LOW)], AT)
    assert _names(error) == ["externalRatings"]
    police = draft(Perspective.POLICE, POLICE)
    with pytest.raises(InvalidInput) as error:
        police.rate_external(crosswalk(), [IndicatorRating("A1", P.ABSENT)], AT)
    assert _names(error) == ["externalRatings[0].code"]


def test_external_ratings_are_shown_on_our_indicators_and_a_direct_rating_overrides() -> None:
    police = draft(Perspective.POLICE, POLICE)
    police.rate_external(
        crosswalk(), [IndicatorRating("K1", P.PRESENT, R.HIGH), IndicatorRating("K2", P.PRESENT, R.MEDIUM)], AT
    )
    effective, translation = police.effective_ratings(crosswalk())
    assert translation is not None
    assert effective["B1"].presence is P.PRESENT
    assert effective["A1"].presence is P.PARTLY  # broader: present is capped at partly
    police.rate(framework(), [IndicatorRating("A1", P.ABSENT)], AT)
    assert police.effective_ratings(crosswalk())[0]["A1"].presence is P.ABSENT


def test_scenarios_name_indicators_of_the_framework() -> None:
    assessment = draft()
    bad = Scenario("Uitreis", "", ScenarioLikelihood.LOW, indicator_codes=("D1", "Q7"))
    with pytest.raises(InvalidInput) as error:
        assessment.describe(framework(), AT, scenarios=[bad])
    assert _names(error) == ["scenarios[0].indicatorCodes"]
    assessment.describe(
        framework(),
        AT,
        formulation=Formulation(drivers=" erkenning "),
        scenarios=[replace(bad, indicator_codes=("D1",))],
    )
    assert assessment.formulation.drivers == "erkenning" and assessment.scenarios[0].indicator_codes == ("D1",)


def test_a_final_level_other_than_the_proposed_one_needs_a_rationale() -> None:
    assessment = draft()
    assessment.rate(framework(), list(rated(A1="+H", C1="+M").values()), AT)  # elevated
    with pytest.raises(InvalidInput) as error:
        _submit(assessment, ConcernLevel.HIGH, rationale="  ")
    assert _names(error) == ["rationale"]
    assert assessment.status is AssessmentStatus.DRAFT
    proposal = _submit(assessment, ConcernLevel.HIGH, rationale="Het casusoverleg weegt de online contacten zwaarder.")
    assert proposal.level is ConcernLevel.ELEVATED
    assert assessment.final_level is ConcernLevel.HIGH and assessment.proposal == proposal


@pytest.mark.parametrize("level", list(ConcernLevel))
def test_the_next_review_follows_from_the_cadence_of_the_final_level(level: ConcernLevel) -> None:
    assessment = draft(assessed_on=TODAY - timedelta(days=3))
    _submit(assessment, level, rationale="Anders gewogen.")
    assert assessment.next_review_on == TODAY - timedelta(days=3) + timedelta(days=CADENCE[level])


def test_the_rationale_is_optional_when_people_follow_the_proposal() -> None:
    assessment = draft()
    proposal = _submit(assessment, ConcernLevel.INSUFFICIENT_INFORMATION)  # nothing rated
    assert proposal.level is ConcernLevel.INSUFFICIENT_INFORMATION and assessment.rationale is None
    assert assessment.submitted_at == AT and assessment.submitted_by == BY


def test_submitting_needs_an_assessor() -> None:
    with pytest.raises(InvalidInput) as error:
        _submit(draft(assessors=()), ConcernLevel.INSUFFICIENT_INFORMATION)
    assert _names(error) == ["assessors"]


def test_a_submitted_assessment_never_changes() -> None:
    assessment = draft()
    _submit(assessment, ConcernLevel.INSUFFICIENT_INFORMATION)
    attempts = [
        lambda: assessment.rate(framework(), [IndicatorRating("A1", P.ABSENT)], AT),
        lambda: assessment.rate_external(None, [], AT),
        lambda: assessment.change_header(AT, assessors=["X"]),
        lambda: assessment.describe(framework(), AT, formulation=Formulation()),
        lambda: _submit(assessment, ConcernLevel.INSUFFICIENT_INFORMATION),
    ]
    for attempt in attempts:
        with pytest.raises(Conflict):
            attempt()


def test_a_joint_assessment_needs_whether_each_participating_organisation_agrees() -> None:
    participating = {POLICE, YOUTH_CARE}
    joint = draft(Perspective.JOINT)
    with pytest.raises(InvalidInput) as error:
        _submit(
            joint,
            ConcernLevel.INSUFFICIENT_INFORMATION,
            agreements=[Agreement(POLICE, True)],
            participating=participating,
        )
    assert _names(error) == ["agreements"]
    stranger = Agreement(OrganisationId(uuid.UUID(int=99)), True)
    with pytest.raises(InvalidInput) as error:
        _submit(joint, ConcernLevel.INSUFFICIENT_INFORMATION, agreements=[stranger], participating=set())
    assert _names(error) == ["agreements[0].organisationId"]
    agreements = [
        Agreement(POLICE, True),
        Agreement(YOUTH_CARE, False, " ziet minder zorg "),
        Agreement(MUNICIPALITY, True),
    ]
    _submit(joint, ConcernLevel.INSUFFICIENT_INFORMATION, agreements=agreements, participating=participating)
    assert [a.note for a in joint.agreements] == ["", "ziet minder zorg", ""]


def test_only_a_joint_assessment_records_agreements() -> None:
    with pytest.raises(InvalidInput) as error:
        _submit(draft(), ConcernLevel.INSUFFICIENT_INFORMATION, agreements=[Agreement(POLICE, True)])
    assert _names(error) == ["agreements"]


def test_acute_indicators_rated_present_are_what_the_acute_rule_found() -> None:
    assessment = draft()
    assessment.rate(framework(), list(rated(D1="+L", D3="~M", A1="+H").values()), AT)
    proposal = _submit(assessment, ConcernLevel.ACUTE)
    assert proposal.fired[0].rule is RuleCode.ACUTE_FLAG
    assert acute_indicator_codes(proposal) == ("D1",)
    assert assessment.proposal_inputs["D3"].presence is P.PARTLY


def test_previous_and_latest_submitted_per_perspective() -> None:
    first, second, police, current = draft(), draft(), draft(Perspective.POLICE, POLICE), draft()
    for index, assessment in enumerate((first, police, second)):
        assessment.submit(
            framework(),
            None,
            final_level=ConcernLevel.INSUFFICIENT_INFORMATION,
            rationale=None,
            agreements=(),
            participating=(),
            by=BY,
            at=AT + timedelta(hours=index),
        )
    everything = [first, second, police, current]
    assert latest_submitted(everything) == {Perspective.MUNICIPALITY: second, Perspective.POLICE: police}
    assert previous_submitted(everything, current) is second
    assert previous_submitted(everything, second) is first
    assert previous_submitted(everything, first) is None


def test_an_alert_is_acknowledged_once_and_says_where_it_went() -> None:
    alert = AcuteAlert.raise_for(draft().case_id, draft().id, ("D1",), AT)
    with pytest.raises(InvalidInput):
        alert.acknowledge(BY, AT, AlertRouting.OTHER, "  ")
    alert.acknowledge(BY, AT, AlertRouting.POLICE, " Doorgezet naar de wijkagent ")
    assert not alert.is_open and alert.routing_note == "Doorgezet naar de wijkagent"
    with pytest.raises(Conflict):
        alert.acknowledge(BY, AT, AlertRouting.PROSECUTOR, None)
    assert alert.routed_to is AlertRouting.POLICE
