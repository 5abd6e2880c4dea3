"""The agenda the system proposes for a meeting, from the data: what each type of meeting is for.

- Weighing: cases awaiting weighing.
- Case conference: reviews due or overdue, open acute alerts, stalled actions and overdue goals, plans awaiting
  approval, assessments that disagree, aftercare follow-ups due.
- Escalation: cases at chain or administrative level, open acute alerts.
- Every type: open action items of earlier meetings of the same type that are due.

Only cases the chair may see are proposed; the chair decides what goes on the agenda.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from domain.access.actor import Actor
from domain.case.lifecycle import CaseStatus, EscalationLevel
from domain.case.model import CaseId
from domain.meeting.model import AgendaReason, Meeting, MeetingId, MeetingType
from domain.ports import AttentionFilter, CaseFilter, PageRequest, UnitOfWork
from domain.services.meeting_views import load_meeting
from domain.services.meetings import manage, meeting_audit

DISAGREEMENT_WINDOW = timedelta(days=90)
REVIEW_HORIZON = timedelta(days=7)  # reviews falling due in the week after the meeting are discussed in it


@dataclass(frozen=True)
class Proposal:
    case_id: CaseId
    case_reference: str
    person_name: str
    reason: AgendaReason
    detail: str
    on_agenda: bool


_Found = tuple[CaseId, str, AgendaReason, str]


async def _cases(uow: UnitOfWork, actor: Actor, reason: AgendaReason, filter: CaseFilter) -> list[_Found]:
    page = await uow.cases.search(actor, filter, PageRequest(limit=100))
    return [(c.id, c.reference, reason, "") for c in page.items]


async def _for_case_conference(uow: UnitOfWork, actor: Actor, meeting: Meeting, stale_days: int) -> list[_Found]:
    day = meeting.starts_at.date()
    found: list[_Found] = []
    for review in await uow.assessments.overdue(actor, day + REVIEW_HORIZON):
        reason = AgendaReason.AFTERCARE_FOLLOW_UP if review.after_closure else AgendaReason.REVIEW_DUE
        found.append((review.case_id, review.reference, reason, review.next_review_on.isoformat()))
    stalled: dict[CaseId, tuple[str, int]] = {}
    for item in await uow.plans.attention(actor, AttentionFilter(today=day, stale_days=stale_days)):
        reference, count = stalled.get(item.case_id, (item.case_reference, 0))
        stalled[item.case_id] = (reference, count + 1)
    found += [(c, ref, AgendaReason.STALLED_ACTIONS, str(n)) for c, (ref, n) in stalled.items()]
    found += [
        (s.case_id, s.case_reference, AgendaReason.PLAN_AWAITING_APPROVAL, s.detail)
        for s in await uow.plans.awaiting_approval(actor)
    ]
    since = meeting.starts_at - DISAGREEMENT_WINDOW
    found += [
        (s.case_id, s.case_reference, AgendaReason.ASSESSMENT_DISAGREEMENT, s.detail)
        for s in await uow.assessments.disagreements(actor, since)
    ]
    return found


async def _alerts(uow: UnitOfWork, actor: Actor) -> list[_Found]:
    alerts = await uow.alerts.visible(actor, open_only=True, limit=200)
    return [
        (a.alert.case_id, a.case_reference, AgendaReason.ACUTE_ALERT, ", ".join(a.alert.indicator_codes))
        for a in alerts
    ]


async def propose_agenda(uow: UnitOfWork, actor: Actor, meeting_id: MeetingId, stale_days: int) -> list[Proposal]:
    manage(actor)
    async with uow:
        meeting = await load_meeting(uow, actor, meeting_id)
        found: list[_Found] = []
        if meeting.type is MeetingType.WEIGHING:
            found += await _cases(uow, actor, AgendaReason.AWAITING_WEIGHING, CaseFilter(status=CaseStatus.WEIGHING))
        elif meeting.type is MeetingType.CASE_CONFERENCE:
            found += await _for_case_conference(uow, actor, meeting, stale_days)
            found += await _alerts(uow, actor)
        else:
            for level in (EscalationLevel.CHAIN_DIRECTION, EscalationLevel.ADMINISTRATIVE):
                found += [
                    (c, ref, reason, str(int(level)))
                    for c, ref, reason, _ in await _cases(
                        uow, actor, AgendaReason.ESCALATION_REQUEST, CaseFilter(escalation_level=level)
                    )
                ]
            found += await _alerts(uow, actor)
        due = meeting.starts_at.date() + timedelta(days=1)
        found += [
            (x.action.case_id, x.case_reference, AgendaReason.ACTION_ITEM_FOLLOW_UP, x.action.text[:200])
            for x in await uow.meetings.open_action_items(actor, due)
            if x.meeting_type is meeting.type and x.meeting_id != meeting.id
        ]
        proposals = await _named(uow, meeting, found)
        uow.record(meeting_audit(actor, "meeting.proposals", meeting, {"count": len(proposals)}))
        await uow.commit()
        return proposals


async def _named(uow: UnitOfWork, meeting: Meeting, found: list[_Found]) -> list[Proposal]:
    """One proposal per case and reason, with the person's name, marked when already on the agenda."""
    unique = list(dict.fromkeys((c, ref, reason) for c, ref, reason, _ in found))
    details = {(c, reason): detail for c, _, reason, detail in found}
    persons = {}
    for case_id in dict.fromkeys(c for c, _, _ in unique):
        case = await uow.cases.get(case_id)
        if case is not None:
            persons[case_id] = case.person_id
    names = await uow.persons.names(list(persons.values()))
    on_agenda = {(i.case_id, i.reason) for i in meeting.items}
    return [
        Proposal(
            c,
            ref,
            names.get(persons[c], "") if c in persons else "",
            reason,
            details[(c, reason)],
            (c, reason) in on_agenda,
        )
        for c, ref, reason in unique
    ]
