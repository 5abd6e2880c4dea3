"""The demo calendar: next Wednesday's weighing meeting of municipality, police and prosecution, with the demo
case that awaits weighing on its agenda."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from api.deps import Container
from domain.access.actor import Actor
from domain.case.model import CaseId
from domain.identity.model import Organisation, OrganisationKind
from domain.meeting.model import AgendaReason, MeetingType
from domain.services import meetings

WEDNESDAY = 2


async def seed_meetings(
    c: Container, coordinator: Actor, organisations: dict[OrganisationKind, Organisation], awaiting: CaseId
) -> None:
    today = c.clock.now().date()
    days = (WEDNESDAY - today.weekday()) % 7 or 7
    starts_at = datetime.combine(today + timedelta(days=days), time(8, 0), UTC)  # 09:00 in Amsterdam (winter)
    details = meetings.MeetingDetails(
        starts_at=starts_at,
        place="Demo: Stadhuis, kamer 2.14",
        chair_name="Demo-voorzitter (OOV)",
        secretary_name="Demo-secretaris",
        organisation_ids=tuple(
            organisations[k].id
            for k in (OrganisationKind.MUNICIPALITY, OrganisationKind.POLICE, OrganisationKind.PROSECUTION)
        ),
        participants=("Demo-voorzitter (OOV)", "Demo-wijkagent (Politie)", "Demo-officier (OM)"),
    )
    view = await meetings.plan_meeting(c.uow(), c.clock, coordinator, MeetingType.WEIGHING, details)
    agenda = [meetings.AgendaEntry(awaiting, AgendaReason.AWAITING_WEIGHING, "Demo: nieuwe melding")]
    await meetings.set_agenda(c.uow(), c.clock, coordinator, view.meeting.id, view.meeting.version, agenda)
