"""Domain views of meetings to their wire format."""

from __future__ import annotations

from api.v1.schemas.frameworks import LocalTextOut
from api.v1.schemas.meetings import (
    ActionItemOut,
    AgendaItemOut,
    CaseDecisionOut,
    ChecklistItemOut,
    ChecklistsOut,
    DecisionOut,
    MeetingAllowedOut,
    MeetingOut,
    MeetingSummaryOut,
    MinuteNoteOut,
    OrganisationBriefOut,
    ProposalOut,
)
from domain.identity.model import Organisation
from domain.ids import OrganisationId
from domain.meeting.checklists import CHECKLISTS, ChecklistItem, ChecklistKind
from domain.meeting.decisions import Decision
from domain.meeting.model import ActionItem, Meeting
from domain.ports import CaseDecision, MeetingSummary
from domain.services.meeting_agenda import Proposal
from domain.services.meeting_views import ItemView, MeetingView


def organisation_brief(o: Organisation) -> OrganisationBriefOut:
    return OrganisationBriefOut(id=o.id, name=o.name, kind=o.kind)


def _decision(d: Decision) -> DecisionOut:
    return DecisionOut(
        id=d.id,
        item_id=d.item_id,
        case_id=d.case_id,
        type=d.type,
        rationale=d.rationale,
        reference=d.reference,
        by_name=d.by.name,
        at=d.at,
        details=d.details,
    )


def _action(a: ActionItem, meeting: Meeting, case_reference: str, names: dict[OrganisationId, str]) -> ActionItemOut:
    return ActionItemOut(
        id=a.id,
        item_id=a.item_id,
        case_id=a.case_id,
        case_reference=case_reference,
        text=a.text,
        owner_name=a.owner_name,
        organisation_id=a.organisation_id,
        organisation_name=names.get(a.organisation_id, ""),
        due_on=a.due_on,
        done_at=a.done_at,
        done_note=a.done_note,
        meeting_id=meeting.id,
        meeting_reference=meeting.reference,
    )


def _item(v: ItemView, meeting: Meeting, names: dict[OrganisationId, str]) -> AgendaItemOut:
    return AgendaItemOut(
        id=v.item.id,
        case_id=v.item.case_id,
        case_reference=v.case_reference,
        person_name=v.person_name,
        case_status=v.case_status,
        escalation_level=int(v.escalation_level),
        reason=v.item.reason,
        note=v.item.note,
        decisions=[_decision(d) for d in v.decisions],
        notes=[
            MinuteNoteOut(
                id=n.id,
                item_id=n.item_id,
                text=n.text,
                visibility=n.visibility,
                organisation_name=names.get(n.organisation_id) if n.organisation_id else None,
                by_name=n.by.name,
                at=n.at,
            )
            for n in v.notes
        ],
        action_items=[_action(a, meeting, v.case_reference, names) for a in v.action_items],
        allowed_decisions=v.allowed_decisions,
    )


def meeting_out(view: MeetingView) -> MeetingOut:
    m = view.meeting
    return MeetingOut(
        id=m.id,
        reference=m.reference,
        type=m.type,
        starts_at=m.starts_at,
        place=m.place,
        chair_name=m.chair_name,
        secretary_name=m.secretary_name,
        organisations=[organisation_brief(o) for o in view.organisations],
        participants=list(m.participants),
        status=m.status,
        items=[_item(i, m, view.organisation_names) for i in view.items],
        hidden_item_count=view.hidden_item_count,
        minutes_approved_at=m.minutes_approved_at,
        minutes_approved_by=m.minutes_approved_by.name if m.minutes_approved_by else None,
        allowed=MeetingAllowedOut(
            edit=view.allowed.edit,
            edit_agenda=view.allowed.edit_agenda,
            decide=view.allowed.decide,
            write_minutes=view.allowed.write_minutes,
            transitions=view.allowed.transitions,
        ),
        version=m.version,
    )


def summary_out(s: MeetingSummary, organisations: dict[OrganisationId, Organisation]) -> MeetingSummaryOut:
    m = s.meeting
    return MeetingSummaryOut(
        id=m.id,
        reference=m.reference,
        type=m.type,
        starts_at=m.starts_at,
        place=m.place,
        chair_name=m.chair_name,
        status=m.status,
        organisations=[organisation_brief(organisations[o]) for o in m.organisation_ids if o in organisations],
        item_count=s.visible_item_count,
    )


def proposal_out(p: Proposal) -> ProposalOut:
    return ProposalOut(
        case_id=p.case_id,
        case_reference=p.case_reference,
        person_name=p.person_name,
        reason=p.reason,
        detail=p.detail,
        on_agenda=p.on_agenda,
    )


def _checklist(items: tuple[ChecklistItem, ...]) -> list[ChecklistItemOut]:
    return [ChecklistItemOut(code=i.code, group=i.group, text=LocalTextOut(nl=i.text.nl, en=i.text.en)) for i in items]


def checklists_out() -> ChecklistsOut:
    return ChecklistsOut(
        weighing=_checklist(CHECKLISTS[ChecklistKind.WEIGHING]),
        de_escalation=_checklist(CHECKLISTS[ChecklistKind.DE_ESCALATION]),
        closing=_checklist(CHECKLISTS[ChecklistKind.CLOSING]),
    )


def case_decision_out(c: CaseDecision) -> CaseDecisionOut:
    return CaseDecisionOut(
        **_decision(c.decision).model_dump(),
        meeting_id=c.decision.meeting_id,
        meeting_reference=c.meeting_reference,
        meeting_type=c.meeting_type,
        meeting_starts_at=c.meeting_starts_at,
    )
