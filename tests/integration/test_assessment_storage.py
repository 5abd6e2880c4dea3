"""Assessments, frameworks and alerts on real databases: what is stored reads back the same, stale and
repeated writes are refused, and the alert and review lists select exactly what the pure policy allows."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from api.deps import Container
from domain.access.actor import Actor
from domain.access.assessments import can_read_assessments
from domain.assessment.alerts import AcuteAlert, AlertRouting
from domain.assessment.framework import ConcernLevel, FrameworkStatus, Presence, Relevance, Trend
from domain.assessment.model import (
    Agreement,
    Assessment,
    AssessmentStatus,
    AssessmentType,
    Formulation,
    InformationCompleteness,
    Perspective,
    Scenario,
    ScenarioLikelihood,
)
from domain.assessment.rating import IndicatorRating, SharingLevel
from domain.case.model import ActorRef, Case, CaseId, Ideology, ParticipationRole, Referral
from domain.errors import StaleVersion
from domain.ids import new_id
from domain.person.model import District, Gender, Person, PersonId
from domain.ports import CaseFilter, PageRequest
from domain.services.auth import actor_for_user
from domain.services.case_access import facts_for
from persistence.tables import assessment_framework
from tests.support.world import (
    MUNICIPALITY,
    POLICE,
    STARTER_CROSSWALK_ID,
    STARTER_FRAMEWORK_ID,
    YOUTH_CARE,
    user_id,
)

AT = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
BY = ActorRef(uuid.UUID(int=3), "Test Coordinator")


async def _case(container: Container, *working: object) -> Case:
    async with container.uow() as uow:
        person = Person(
            PersonId(new_id()), "Sem", None, "Visser", None, Gender.UNKNOWN, None, District.NOORD, None, [], AT, AT
        )
        await uow.persons.add(person)
        referral = Referral(MUNICIPALITY.id, "Melder", AT.date(), "Melding", "Zorg", Ideology.UNCLEAR)
        case = Case.open(
            reference=await uow.cases.next_reference(2026), person_id=person.id, referral=referral, actor=BY, at=AT
        )
        for organisation in working:
            case.add_participation(organisation, ParticipationRole.PARTICIPANT, None, BY, AT)  # type: ignore[arg-type]
        await uow.cases.add(case)
        await uow.commit()
        return case


def _assessment(case_id: CaseId, perspective: Perspective = Perspective.POLICE) -> Assessment:
    assessment = Assessment.start(
        case_id=case_id,
        organisation_id=POLICE.id,
        type=AssessmentType.TRIGGER,
        perspective=perspective,
        framework_id=STARTER_FRAMEWORK_ID,
        crosswalk_id=STARTER_CROSSWALK_ID,
        assessed_on=AT.date(),
        assessors=("P. Olitie", "W. Ijkagent"),
        information_completeness=InformationCompleteness.LIMITED,
        by=BY,
        at=AT,
    )
    assessment.ratings = {
        "D1": IndicatorRating(
            "D1", Presence.PRESENT, Relevance.HIGH, Trend.INCREASING, "voor", "tegen", "bron", date(2026, 5, 1)
        ),
        "P1": IndicatorRating("P1", Presence.ABSENT, sharing=SharingLevel.OWN_ORGANISATION),
    }
    assessment.external_ratings = {
        "K1": IndicatorRating("K1", Presence.PARTLY, Relevance.LOW, sharing=SharingLevel.SUMMARY_ONLY)
    }
    assessment.formulation = Formulation("drijfveren", "remmen", "ontregelaars", "ankers")
    assessment.scenarios = (Scenario("Aanslag", "beschrijving", ScenarioLikelihood.MEDIUM, "signalen", ("D1", "D3")),)
    return assessment


async def test_an_assessment_reads_back_as_it_was_stored(container: Container) -> None:
    case = await _case(container, POLICE.id)
    assessment = _assessment(case.id, Perspective.JOINT)
    async with container.uow() as uow:
        await uow.assessments.add(assessment)
        await uow.commit()
    async with container.uow() as uow:
        assert await uow.assessments.get(assessment.id) == assessment
        framework = await uow.frameworks.get(STARTER_FRAMEWORK_ID)
        crosswalk = await uow.crosswalks.get(STARTER_CROSSWALK_ID)
        assert framework is not None and crosswalk is not None
        stale = await uow.assessments.get(assessment.id)
        assessment.submit(
            framework.framework,
            crosswalk.crosswalk,
            final_level=ConcernLevel.ACUTE,
            rationale=None,
            agreements=[Agreement(POLICE.id, False, "afwijkend")],
            participating={POLICE.id},
            by=BY,
            at=AT + timedelta(hours=1),
        )
        await uow.assessments.save(assessment, 1)
        assert assessment.version == 2
        assert stale is not None
        with pytest.raises(StaleVersion):
            await uow.assessments.save(stale, 1)
        await uow.commit()
    async with container.uow() as uow:
        assert await uow.assessments.get(assessment.id) == assessment
        assert await uow.assessments.of_case(case.id) == [assessment]
        assert (await uow.assessments.review_state(case.id)).next_review_on == AT.date() + timedelta(days=7)


async def test_a_stored_framework_changes_only_its_status(container: Container, engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        before = (await conn.execute(select(assessment_framework.c.document, assessment_framework.c.sha256))).one()
    async with container.uow() as uow:
        record = await uow.frameworks.get(STARTER_FRAMEWORK_ID)
        assert record is not None and record.status is FrameworkStatus.PUBLISHED and record.sha256 == before.sha256
        assert await uow.frameworks.published("beoordelingskader") == record == await uow.frameworks.published()
        record.retire(AT)
        await uow.frameworks.save_status(record)
        await uow.commit()
    async with container.uow() as uow:
        assert await uow.frameworks.published() is None
        found = await uow.frameworks.get_by_code_version("beoordelingskader", "2026.1")
        assert found is not None and found.status is FrameworkStatus.RETIRED and found.retired_at == AT
    async with engine.connect() as conn:
        assert (
            await conn.execute(select(assessment_framework.c.document, assessment_framework.c.sha256))
        ).one() == before


async def test_an_alert_is_acknowledged_once_even_by_two_at_a_time(container: Container) -> None:
    case = await _case(container)
    assessment = _assessment(case.id)
    alert = AcuteAlert.raise_for(case.id, assessment.id, ("D1",), AT)
    async with container.uow() as uow:
        await uow.assessments.add(assessment)
        await uow.alerts.add(alert)
        await uow.commit()
    async with container.uow() as uow:
        first, second = await uow.alerts.get(alert.id), await uow.alerts.get(alert.id)
        assert first is not None and second is not None and first == alert
        first.acknowledge(BY, AT, AlertRouting.PROSECUTOR, "OM gebeld")
        second.acknowledge(BY, AT, AlertRouting.POLICE, None)
        await uow.alerts.save(first)
        with pytest.raises(StaleVersion):
            await uow.alerts.save(second)
        await uow.commit()
    async with container.uow() as uow:
        assert await uow.alerts.of_case(case.id) == [first]
        assert (await uow.assessments.review_state(case.id)).open_alert_count == 0


async def test_alert_and_review_lists_select_what_the_policy_allows(container: Container) -> None:
    shared = await _case(container, POLICE.id, YOUTH_CARE.id)
    police_only = await _case(container, POLICE.id)
    nobody = await _case(container)
    async with container.uow() as uow:
        for case in (shared, police_only, nobody):
            assessment = _assessment(case.id)
            assessment.status, assessment.submitted_at = AssessmentStatus.SUBMITTED, AT
            assessment.final_level, assessment.next_review_on = ConcernLevel.HIGH, AT.date()
            await uow.assessments.add(assessment)
            await uow.alerts.add(AcuteAlert.raise_for(case.id, assessment.id, ("D1",), AT))
        await uow.commit()

    async with container.uow() as uow:
        for username in ("coordinator", "regisseur", "partner", "police", "analyst", "admin"):
            view = await uow.users.get(user_id(username))
            assert view is not None
            organisation = await uow.organisations.get(view.user.organisation_id)
            assert organisation is not None
            actor: Actor = actor_for_user(view.user, organisation)
            allowed = set()
            for case in (shared, police_only, nobody):
                if can_read_assessments(actor, await facts_for(uow, case)):
                    allowed.add(case.id)
            alerts = await uow.alerts.visible(actor, open_only=True, limit=100)
            overdue = await uow.assessments.overdue(actor, AT.date() + timedelta(days=1))
            assert {a.alert.case_id for a in alerts} == allowed, username
            assert {r.case_id for r in overdue} == allowed, username
            assert await uow.assessments.overdue(actor, AT.date()) == []
        coordinator = await uow.users.get(user_id("coordinator"))
        assert coordinator is not None
        municipality = await uow.organisations.get(MUNICIPALITY.id)
        assert municipality is not None
        listed = await uow.cases.search(actor_for_user(coordinator.user, municipality), CaseFilter(), PageRequest())
        assert {(c.id, c.open_alert_count, c.next_review_on) for c in listed.items} == {
            (case.id, 1, AT.date()) for case in (shared, police_only, nobody)
        }
