"""Demo assessments for the active demo case: the municipality's and the police's (entered in the
police model's codes through the starter crosswalk), submitted, with something to disagree about."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from api.deps import Container
from domain.access.actor import Actor
from domain.assessment.framework import ConcernLevel, Presence, Relevance, Trend
from domain.assessment.model import AssessmentType, Formulation, InformationCompleteness, Perspective
from domain.assessment.rating import IndicatorRating, SharingLevel
from domain.case.model import CaseId
from domain.services import assessment_submission, assessments

P, R = Presence, Relevance
MUNICIPALITY_RATINGS = (
    IndicatorRating(
        "A1", P.PRESENT, R.HIGH, Trend.STABLE, "Demo: spreekt in wij-zij-termen over de buurt.", source="School"
    ),
    IndicatorRating("A3", P.PRESENT, R.MEDIUM, Trend.STABLE, "Demo: noemde geweld 'begrijpelijk'.", source="Jeugdzorg"),
    IndicatorRating("B1", P.PRESENT, R.HIGH, None, "Demo: zoekt houvast en erbij horen.", source="Gezin"),
    IndicatorRating(
        "B4",
        P.PARTLY,
        R.MEDIUM,
        None,
        "Demo: in behandeling (gezondheidsgegevens).",
        sharing=SharingLevel.OWN_ORGANISATION,
    ),
    IndicatorRating("C2", P.PRESENT, R.MEDIUM, None, "Demo: actief in een besloten online groep.", source="Politie"),
    IndicatorRating("D1", P.ABSENT, None, None, evidence_against="Demo: geen dreigende uitingen bekend."),
    IndicatorRating("P1", P.PRESENT, R.MEDIUM, None, "Demo: ouders zijn betrokken.", sharing=SharingLevel.SUMMARY_ONLY),
    IndicatorRating("P2", P.PARTLY, R.LOW, None, "Demo: gaat onregelmatig naar school."),
)


def _at_intake(rating: IndicatorRating) -> IndicatorRating:
    """Two months earlier: the online group weighed more and the parents were barely in view."""
    if rating.code == "C2":
        return replace(rating, relevance=R.HIGH)
    if rating.code == "P1":
        return replace(rating, presence=P.PARTLY, relevance=R.LOW)
    return rating


INTAKE_RATINGS = tuple(_at_intake(r) for r in MUNICIPALITY_RATINGS)
POLICE_RATINGS = (  # in the (illustrative) police item codes of the starter crosswalk
    IndicatorRating("K1", P.PRESENT, R.LOW, None, "Demo: zoekt aansluiting bij een groep.", source="Wijkagent"),
    IndicatorRating("I1", P.PRESENT, R.HIGH, None, "Demo: deelt vijandbeelden online.", source="Politie"),
    IndicatorRating("I2", P.ABSENT, None, None, evidence_against="Demo: geen rechtvaardiging van geweld gezien."),
    IndicatorRating("I4", P.PARTLY, R.MEDIUM, None, "Demo: dubbelzinnige uiting online.", source="iRN"),
    IndicatorRating("K6", P.PRESENT, R.MEDIUM, None, "Demo: contact met bekende personen.", source="Politie"),
)


async def seed_assessments(c: Container, case_id: CaseId, regisseur: Actor, police: Actor) -> None:
    assessed_on = (c.clock.now() - timedelta(days=10)).date()
    intake = await assessments.start_assessment(
        c.uow(),
        c.clock,
        regisseur,
        case_id,
        assessments.StartAssessment(
            AssessmentType.INTAKE,
            Perspective.MUNICIPALITY,
            assessed_on - timedelta(days=63),
            ("Demo-regisseur",),
            InformationCompleteness.LIMITED,
        ),
    )
    intake_view = await assessments.change_assessment(
        c.uow(), c.clock, regisseur, intake.assessment.id, 1, assessments.ChangeAssessment(ratings=INTAKE_RATINGS)
    )
    await assessment_submission.submit_assessment(
        c.uow(),
        c.clock,
        regisseur,
        intake_view.assessment.id,
        intake_view.assessment.version,
        assessment_submission.SubmitAssessment(
            ConcernLevel.HIGH, "Demo: bij de intake woog de online groep zwaar en waren de ouders nog niet in beeld."
        ),
    )
    municipality = await assessments.start_assessment(
        c.uow(),
        c.clock,
        regisseur,
        case_id,
        assessments.StartAssessment(
            AssessmentType.PERIODIC,
            Perspective.MUNICIPALITY,
            assessed_on,
            ("Demo-regisseur", "Demo-jeugdzorg"),
            InformationCompleteness.PARTIAL,
        ),
    )
    change = assessments.ChangeAssessment(
        ratings=MUNICIPALITY_RATINGS,
        formulation=Formulation(
            drivers="Demo: zoektocht naar identiteit en erkenning, versterkt door een online groep.",
            inhibitors="Demo: betrokken ouders en een mentor op school.",
            destabilisers="Demo: dreigende schooluitval.",
            protective_anchors="Demo: band met de mentor.",
        ),
    )
    view = await assessments.change_assessment(c.uow(), c.clock, regisseur, municipality.assessment.id, 1, change)
    await assessment_submission.submit_assessment(
        c.uow(),
        c.clock,
        regisseur,
        view.assessment.id,
        view.assessment.version,
        assessment_submission.SubmitAssessment(ConcernLevel.ELEVATED),
    )

    async with c.uow() as uow:
        crosswalk = next(iter(await uow.crosswalks.all()), None)
    start = assessments.StartAssessment(
        AssessmentType.PERIODIC,
        Perspective.POLICE,
        assessed_on,
        ("Demo-politie",),
        InformationCompleteness.LIMITED,
        crosswalk_id=crosswalk.id if crosswalk else None,
    )
    police_view = await assessments.start_assessment(c.uow(), c.clock, police, case_id, start)
    ratings = (
        assessments.ChangeAssessment(external_ratings=POLICE_RATINGS) if crosswalk else assessments.ChangeAssessment()
    )
    police_view = await assessments.change_assessment(c.uow(), c.clock, police, police_view.assessment.id, 1, ratings)
    await assessment_submission.submit_assessment(
        c.uow(),
        c.clock,
        police,
        police_view.assessment.id,
        police_view.assessment.version,
        assessment_submission.SubmitAssessment(
            ConcernLevel.ELEVATED, "Demo: beperkte informatie, maar de online signalen wegen voor de politie zwaar."
        ),
    )
