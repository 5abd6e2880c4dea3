"""Case and person read models -> response schemas."""

from __future__ import annotations

from datetime import datetime

from api.v1.schemas.cases import (
    AllowedActionsOut,
    CaseDetail,
    CaseRefOut,
    CaseSummaryOut,
    JournalEntryOut,
    LevelChangeOut,
    NextTransition,
    ParticipantOut,
    PersonBrief,
    ReferralOut,
    StatePeriodOut,
    StatusChangeOut,
    UserBrief,
)
from api.v1.schemas.persons import AddressOut, ExternalIdOut, PersonCaseRef, PersonOut, RelationOut
from domain.case.model import Participation
from domain.ids import OrganisationId
from domain.person.model import Person
from domain.ports import CaseRef, CaseSummary
from domain.services.cases import CaseView
from domain.services.journal import VisibleEntry
from domain.services.persons import PersonView


def person_brief(person: Person) -> PersonBrief:
    return PersonBrief(
        id=person.id,
        full_name=person.full_name,
        date_of_birth=person.date_of_birth,
        district=person.district,
        bsn_masked=person.bsn.masked if person.bsn else None,
    )


def participant_out(p: Participation, names: dict[OrganisationId, str]) -> ParticipantOut:
    return ParticipantOut(
        id=p.id,
        organisation_id=p.organisation_id,
        organisation_name=names.get(p.organisation_id, ""),
        role=p.role,
        contact_name=p.contact_name,
        started_at=p.started_at,
        ended_at=p.ended_at,
        end_reason=p.end_reason,
    )


def case_ref_out(ref: CaseRef) -> CaseRefOut:
    return CaseRefOut(
        id=ref.id, reference=ref.reference, status=ref.status, opened_at=ref.opened_at, closed_at=ref.closed_at
    )


def case_detail(view: CaseView, now: datetime) -> CaseDetail:
    case, names = view.case, view.organisation_names
    return CaseDetail(
        id=case.id,
        reference=case.reference,
        status=case.status,
        escalation_level=int(case.escalation_level),
        ideology=case.referral.ideology,
        person=person_brief(view.person),
        regisseur=UserBrief(id=case.regisseur_id, display_name=view.regisseur_name or "")
        if case.regisseur_id
        else None,
        referral=ReferralOut(
            source_organisation_id=case.referral.source_organisation_id,
            source_organisation_name=names.get(case.referral.source_organisation_id, ""),
            referrer_name=case.referral.referrer_name,
            referred_on=case.referral.referred_on,
            description=case.referral.description,
            reason_for_concern=case.referral.reason_for_concern,
        ),
        opened_at=case.opened_at,
        closed_at=case.closed_at,
        closure_reason=case.closure_reason,
        previous_case_id=case.previous_case_id,
        linked_cases=[case_ref_out(r) for r in view.linked_cases],
        status_history=[
            StatusChangeOut(
                from_status=c.from_status,
                to_status=c.to_status,
                transition=c.transition,
                reason=c.reason,
                closure_reason=c.closure_reason,
                decision_reference=c.decision_reference,
                actor_name=c.actor.name,
                at=c.at,
            )
            for c in case.status_history
        ],
        level_history=[
            LevelChangeOut(
                from_level=int(c.from_level) if c.from_level is not None else None,
                to_level=int(c.to_level),
                reason=c.reason,
                decision_reference=c.decision_reference,
                criteria=list(c.criteria),
                actor_name=c.actor.name,
                at=c.at,
            )
            for c in case.level_history
        ],
        participants=[participant_out(p, names) for p in case.participations],
        time_in_state=[
            StatePeriodOut(
                status=p.status,
                entered_at=p.entered_at,
                left_at=p.left_at,
                seconds=max(0, int(((p.left_at or now) - p.entered_at).total_seconds())),
            )
            for p in case.periods()
        ],
        next_possible_transitions=[
            NextTransition(name=t.name, to_status=t.target, closure_reasons=list(t.closure_reasons))
            for t in view.next_transitions
        ],
        allowed_actions=AllowedActionsOut(
            manage=view.allowed.manage, write_journal=view.allowed.write_journal, escalate=view.allowed.escalate
        ),
        open_alert_count=view.review.open_alert_count,
        plan_in_force_id=view.delivery.plan_in_force_id,
        stalled_action_count=view.delivery.stalled_action_count,
        overdue_goal_count=view.delivery.overdue_goal_count,
        next_review_on=view.review.next_review_on,
        version=case.version,
        updated_at=case.updated_at,
    )


def case_summary_out(s: CaseSummary) -> CaseSummaryOut:
    return CaseSummaryOut(
        id=s.id,
        reference=s.reference,
        status=s.status,
        escalation_level=int(s.escalation_level),
        ideology=s.ideology,
        person_name=s.person_name,
        district=s.district,
        regisseur_name=s.regisseur_name,
        opened_at=s.opened_at,
        updated_at=s.updated_at,
        open_alert_count=s.open_alert_count,
        next_review_on=s.next_review_on,
    )


def journal_entry_out(visible: VisibleEntry) -> JournalEntryOut:
    e = visible.entry
    return JournalEntryOut(
        id=e.id,
        occurred_on=e.occurred_on,
        written_at=e.written_at,
        author_name=e.author.name,
        organisation_name=visible.organisation_name,
        category=e.category,
        visibility=e.visibility,
        body=None if visible.restricted else e.body,
        summary=e.summary,
        restricted=visible.restricted,
        corrects_entry_id=e.corrects_entry_id,
    )


def person_case_ref(ref: CaseRef) -> PersonCaseRef:
    return PersonCaseRef(
        id=ref.id, reference=ref.reference, status=ref.status, opened_at=ref.opened_at, closed_at=ref.closed_at
    )


def person_out(view: PersonView) -> PersonOut:
    p = view.person
    return PersonOut(
        id=p.id,
        first_names=p.first_names,
        prefix=p.prefix,
        surname=p.surname,
        full_name=p.full_name,
        date_of_birth=p.date_of_birth,
        gender=p.gender,
        address=AddressOut(
            street=p.address.street,
            house_number=p.address.house_number,
            postcode=p.address.postcode,
            city=p.address.city,
        )
        if p.address
        else None,
        district=p.district,
        bsn_masked=p.bsn.masked if p.bsn else None,
        external_ids=[ExternalIdOut(system=e.system, value=e.value) for e in p.external_ids],
        relations=[
            RelationOut(
                id=r.id,
                related_person_id=r.related_person_id,
                related_person_name=view.relation_names.get(r.related_person_id, ""),
                relation=r.relation,
            )
            for r in p.relations
        ],
        cases=[person_case_ref(c) for c in view.cases],
        version=p.version,
    )
