"""Framework, crosswalk, assessment and alert read models -> response schemas, and request bodies ->
domain input."""

from __future__ import annotations

from api.v1.schemas.assessments import (
    AgreementOut,
    AlertListItem,
    AlertOut,
    AssessmentActionsOut,
    AssessmentComparison,
    AssessmentDetail,
    AssessmentSummary,
    ComparedPerspective,
    ComparisonCell,
    ComparisonRow,
    DerivedRatingOut,
    DimensionProfile,
    DimensionSummaryOut,
    DisagreementOut,
    ExternalRatingOut,
    FormulationIO,
    IndicatorChange,
    OverdueReviewOut,
    PerspectivePresent,
    RatingOut,
    ScenarioInput,
    ScenarioOut,
)
from api.v1.schemas.frameworks import (
    CadenceOut,
    CrosswalkDetail,
    CrosswalkEntryOut,
    CrosswalkSummary,
    DimensionOut,
    FiredRuleOut,
    FrameworkDetail,
    FrameworkSummary,
    IndicatorOut,
    LocalTextOut,
    Proposal,
    QuestionOut,
    RatingInput,
    RelevanceName,
    RulesOut,
)
from domain.access.assessments import VisibleRating
from domain.assessment import concern
from domain.assessment.alerts import AcuteAlert
from domain.assessment.catalogue import CrosswalkRecord, FrameworkRecord
from domain.assessment.framework import RELEVANCE_NAMES, LocalText, Relevance
from domain.assessment.model import Perspective, Scenario
from domain.assessment.rating import IndicatorRating
from domain.ports import AlertOnCase
from domain.services.assessment_comparison import ComparisonView
from domain.services.assessment_views import AssessmentSummaryView, AssessmentView
from domain.services.reviews import DueReview

_RELEVANCE_BY_NAME = {name: relevance for relevance, name in RELEVANCE_NAMES.items()}


def relevance_name(relevance: Relevance | None) -> RelevanceName | None:
    return RELEVANCE_NAMES[relevance] if relevance is not None else None  # type: ignore[return-value]


def rating_in(body: RatingInput) -> IndicatorRating:
    return IndicatorRating(
        code=body.code.strip(),
        presence=body.presence,
        relevance=_RELEVANCE_BY_NAME[body.relevance] if body.relevance else None,
        trend=body.trend,
        evidence_for=body.evidence_for,
        evidence_against=body.evidence_against,
        source=body.source,
        source_on=body.source_on,
        sharing=body.sharing,
    )


def scenario_in(body: ScenarioInput) -> Scenario:
    return Scenario(body.title, body.description, body.likelihood, body.warning_signs, tuple(body.indicator_codes))


def _text(text: LocalText) -> LocalTextOut:
    return LocalTextOut(nl=text.nl, en=text.en)


def framework_summary(record: FrameworkRecord) -> FrameworkSummary:
    f = record.framework
    return FrameworkSummary(
        id=record.id,
        code=f.code,
        version=f.version,
        name=_text(f.name),
        status=record.status,
        imported_at=record.imported_at,
        published_at=record.published_at,
        indicator_count=len(f.indicators),
    )


def framework_detail(record: FrameworkRecord) -> FrameworkDetail:
    f = record.framework
    return FrameworkDetail(
        **framework_summary(record).model_dump(),
        change_log=f.change_log,
        dimensions=[
            DimensionOut(code=d.code, kind=d.kind, label=_text(d.label), description=_text(d.description))
            for d in f.dimensions
        ],
        indicators=[
            IndicatorOut(
                code=i.code,
                dimension=i.dimension,
                label=_text(i.label),
                definition=_text(i.definition),
                examples=[_text(e) for e in i.examples],
                counter_indicators=[_text(c) for c in i.counter_indicators],
                acute=i.acute,
                restricted=i.restricted,
                static=i.static,
                core=i.core,
                questions=[
                    QuestionOut(audience=q.audience, text=_text(q.text), purpose=q.purpose) for q in i.questions
                ],
            )
            for i in f.indicators
        ],
        rules=RulesOut(
            unknown_core_threshold_percent=f.rules.unknown_core_threshold_percent,
            elevated_min_risk_dimensions=f.rules.elevated_min_risk_dimensions,
            high_min_dimensions_with_high_relevance=f.rules.high_min_dimensions_with_high_relevance,
            increasing_trend_indicators=list(f.rules.increasing_trend_indicators),
            protective_min_present=f.rules.protective_min_present,
        ),
        cadence=CadenceOut(
            days_by_level=dict(f.cadence.days_by_level),
            follow_up_months_after_closure=list(f.cadence.follow_up_months_after_closure),
        ),
    )


def proposal_out(proposal: concern.Proposal) -> Proposal:
    return Proposal(
        level=proposal.level,
        rules_version=proposal.rules_version,
        fired=[
            FiredRuleOut(
                rule=f.rule, level=f.level, indicator_codes=list(f.indicator_codes), dimensions=list(f.dimensions)
            )
            for f in proposal.fired
        ],
    )


def crosswalk_summary(record: CrosswalkRecord) -> CrosswalkSummary:
    c = record.crosswalk
    return CrosswalkSummary(
        id=record.id,
        external_model=c.external_model,
        version=c.version,
        framework_id=record.framework_id,
        framework_version=c.framework_version,
        entry_count=len(c.entries),
        imported_at=record.imported_at,
    )


def crosswalk_detail(record: CrosswalkRecord) -> CrosswalkDetail:
    return CrosswalkDetail(
        **crosswalk_summary(record).model_dump(),
        description=record.crosswalk.description,
        entries=[
            CrosswalkEntryOut(
                external_code=e.external_code,
                external_label=e.external_label,
                indicator_code=e.indicator_code,
                relation=e.relation,
            )
            for e in record.crosswalk.entries
        ],
    )


def assessment_summary(view: AssessmentSummaryView) -> AssessmentSummary:
    a = view.assessment
    return AssessmentSummary(
        id=a.id,
        case_id=a.case_id,
        type=a.type,
        perspective=a.perspective,
        status=a.status,
        assessed_on=a.assessed_on,
        framework_id=a.framework_id,
        framework_version=view.framework_version,
        organisation_id=a.organisation_id,
        organisation_name=view.organisation_name,
        proposed_level=view.proposed_level,
        final_level=a.final_level,
        next_review_on=a.next_review_on,
        submitted_at=a.submitted_at,
        profiles=[
            DimensionProfile(
                dimension=p.dimension,
                kind=p.kind,
                present=p.present,
                partly=p.partly,
                absent=p.absent,
                unknown=p.unknown,
                present_high_relevance=p.present_high_relevance,
                increasing=p.increasing,
            )
            for p in view.profiles
        ],
    )


def _rating_fields(shown: VisibleRating) -> dict[str, object]:
    r = shown.rating
    return {
        "code": r.code,
        "presence": r.presence,
        "relevance": relevance_name(r.relevance),
        "trend": r.trend,
        "evidence_for": r.evidence_for,
        "evidence_against": r.evidence_against,
        "source": r.source,
        "source_on": r.source_on,
        "sharing": r.sharing,
        "withheld": "summary" if shown.withheld else None,
    }


def assessment_detail(view: AssessmentView) -> AssessmentDetail:
    a = view.assessment
    f = a.formulation
    return AssessmentDetail(
        **assessment_summary(view).model_dump(),
        assessors=list(a.assessors),
        information_completeness=a.information_completeness,
        crosswalk_id=a.crosswalk_id,
        ratings=[RatingOut.model_validate(_rating_fields(r)) for r in view.ratings],
        external_ratings=[
            ExternalRatingOut.model_validate(
                {**_rating_fields(r), "label": view.external_labels.get(r.rating.code, "")}
            )
            for r in view.external_ratings
        ],
        derived=[
            DerivedRatingOut(code=d.code, from_external_codes=list(d.from_external_codes), capped=d.capped)
            for d in view.derived
        ],
        formulation=FormulationIO(
            drivers=f.drivers,
            inhibitors=f.inhibitors,
            destabilisers=f.destabilisers,
            protective_anchors=f.protective_anchors,
        ),
        scenarios=[
            ScenarioOut(
                title=s.title,
                description=s.description,
                likelihood=s.likelihood,
                warning_signs=s.warning_signs,
                indicator_codes=list(s.indicator_codes),
            )
            for s in a.scenarios
        ],
        proposal=proposal_out(view.proposal),
        changes_since_previous=[
            IndicatorChange(
                code=c.code,
                dimension=c.dimension,
                presence_before=c.presence_before,
                presence_after=c.presence_after,
                relevance_before=relevance_name(c.relevance_before),
                relevance_after=relevance_name(c.relevance_after),
                direction=c.direction,
            )
            for c in view.changes
        ],
        rationale=a.rationale,
        agreements=[
            AgreementOut(
                organisation_id=x.organisation_id,
                organisation_name=view.organisation_names.get(x.organisation_id, ""),
                agrees=x.agrees,
                note=x.note,
            )
            for x in a.agreements
        ],
        allowed=AssessmentActionsOut(edit=view.allowed.edit, submit=view.allowed.submit),
        version=a.version,
    )


def comparison_out(view: ComparisonView) -> AssessmentComparison:
    return AssessmentComparison(
        perspectives=[
            ComparedPerspective(
                perspective=p.perspective,
                assessment_id=p.assessment_id,
                assessed_on=p.assessed_on,
                organisation_name=p.organisation_name,
            )
            for p in view.perspectives
        ],
        rows=[
            ComparisonRow(
                dimension=row.dimension,
                indicator_code=row.indicator_code,
                cells=[
                    ComparisonCell(
                        perspective=Perspective(c.perspective),
                        presence=c.presence,
                        relevance=relevance_name(c.relevance),
                    )
                    for c in row.cells
                ],
            )
            for row in view.rows
        ],
        disagreements=[
            DisagreementOut(
                indicator_code=d.indicator_code,
                dimension=d.dimension,
                kind=d.kind,
                perspectives=[Perspective(p) for p in d.perspectives],
                higher=[Perspective(p) for p in d.higher],
                lower=[Perspective(p) for p in d.lower],
            )
            for d in view.disagreements
        ],
        dimension_summary=[
            DimensionSummaryOut(
                dimension=d.dimension,
                kind=d.kind,
                present=[
                    PerspectivePresent(perspective=Perspective(p), indicator_codes=list(codes))
                    for p, codes in d.present.items()
                ],
            )
            for d in view.dimensions
        ],
    )


def alert_out(alert: AcuteAlert) -> AlertOut:
    return AlertOut(
        id=alert.id,
        case_id=alert.case_id,
        assessment_id=alert.assessment_id,
        indicator_codes=list(alert.indicator_codes),
        raised_at=alert.raised_at,
        acknowledged_at=alert.acknowledged_at,
        acknowledged_by=alert.acknowledged_by.name if alert.acknowledged_by else None,
        routed_to=alert.routed_to,
        routing_note=alert.routing_note,
    )


def alert_list_item(found: AlertOnCase) -> AlertListItem:
    return AlertListItem(**alert_out(found.alert).model_dump(), case_reference=found.case_reference)


def overdue_review_out(due: DueReview) -> OverdueReviewOut:
    r = due.review
    return OverdueReviewOut(
        case_id=r.case_id,
        reference=r.reference,
        person_name=r.person_name,
        assessment_id=r.assessment_id,
        final_level=r.final_level,
        next_review_on=r.next_review_on,
        days_overdue=due.days_overdue,
        after_closure=r.after_closure,
    )
