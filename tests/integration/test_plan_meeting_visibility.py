"""The row filters of the plan attention list and the meeting calendar select exactly what the pure policies allow
(domain/access/plans.py, domain/access/meetings.py), on the mixed data set of test_case_visibility."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from api.deps import Container
from domain.access.cases import can_view_case
from domain.access.meetings import can_view_meeting
from domain.access.plans import plan_view
from domain.case.model import ActorRef
from domain.ids import new_id
from domain.meeting.model import AgendaItem, AgendaReason, Meeting, MeetingId, MeetingType
from domain.plan.model import Action, ActionStatus, Goal, GoalStatus, PlanId, PlanStatus, PlanVersion
from domain.plan.monitoring import is_overdue, stall_reason
from domain.ports import AttentionFilter, MeetingFilter
from domain.services.case_access import facts_for
from tests.integration.test_case_visibility import _world
from tests.support.world import MUNICIPALITY, POLICE, YOUTH_CARE

TODAY = date(2026, 6, 1)
AT = datetime(2026, 5, 1, tzinfo=UTC)


def _plan(rng: random.Random, case_id: object) -> PlanVersion:
    goals = tuple(
        Goal(f"Doel {k}", TODAY + timedelta(days=rng.randint(-20, 20)), status=rng.choice(list(GoalStatus)))
        for k in range(rng.randint(1, 3))
    )
    actions = tuple(
        Action(
            rng.choice([MUNICIPALITY.id, POLICE.id, YOUTH_CARE.id]),
            "Uitvoerder",
            TODAY - timedelta(days=60),
            TODAY + timedelta(days=rng.randint(-10, 40)),
            custom_title=f"Actie {k}",
            status=rng.choice(list(ActionStatus)),
            status_reason="reden",
            last_update_at=datetime.combine(TODAY - timedelta(days=rng.randint(0, 60)), datetime.min.time(), UTC),
        )
        for k in range(rng.randint(0, 4))
    )
    return PlanVersion(
        id=PlanId(new_id()),
        case_id=case_id,  # type: ignore[arg-type]
        number=1,
        author=ActorRef(None, "test"),
        created_at=AT,
        status=PlanStatus.APPROVED,
        goals=goals,
        actions=actions,
        evaluation_on=TODAY,
        updated_at=AT,
    )


async def test_attention_and_calendar_show_exactly_what_the_policies_allow(container: Container) -> None:
    actors, case_ids = await _world(container)
    rng = random.Random(20261129)
    organisations = [MUNICIPALITY.id, POLICE.id, YOUTH_CARE.id]
    async with container.uow() as uow:
        plans = [_plan(rng, cid) for cid in case_ids if rng.random() < 0.6]
        for plan in plans:
            await uow.plans.add(plan)
        meetings = []
        for k in range(6):
            meeting = Meeting(
                MeetingId(new_id()),
                f"OVL-2026-{k:04d}",
                rng.choice(list(MeetingType)),
                AT + timedelta(days=k),
                "Stadhuis",
                "Voorzitter",
                "",
                tuple(rng.sample(organisations, rng.randint(1, 3))),
                (),
                ActorRef(None, "test"),
                AT,
                items=[AgendaItem(cid, AgendaReason.OTHER) for cid in rng.sample(case_ids, 5)],
            )
            await uow.meetings.add(meeting)
            meetings.append(meeting)
        await uow.commit()

    checked_actions = checked_items = 0
    async with container.uow() as uow:
        cases = {cid: case for cid in case_ids if (case := await uow.cases.get(cid)) is not None}
        facts = {cid: await facts_for(uow, case) for cid, case in cases.items()}
        for actor in actors:
            expected: set[tuple[str, uuid.UUID]] = set()
            for plan in plans:
                view = plan_view(actor, facts[plan.case_id], plan)
                if view is None or cases[plan.case_id].is_final:  # closed cases are not monitored
                    continue
                expected |= {("action", a.id) for a in view.plan.actions if stall_reason(a, TODAY, 30) is not None}
                expected |= {("goal", g.id) for g in view.plan.goals if is_overdue(g, TODAY)}
                checked_actions += len(plan.actions)
            listed = await uow.plans.attention(actor, AttentionFilter(today=TODAY, stale_days=30))
            assert {(i.kind, i.item_id) for i in listed} == expected, actor.username
            cut = await uow.plans.attention(actor, AttentionFilter(today=TODAY, stale_days=30, limit=3))
            assert [i.due_on for i in cut] == [i.due_on for i in listed][:3]  # the most urgent survive the limit

            shown = {s.meeting.id: s.visible_item_count for s in await uow.meetings.search(actor, MeetingFilter())}
            allowed = {
                m.id: sum(can_view_case(actor, facts[i.case_id]) for i in m.items)
                for m in meetings
                if can_view_meeting(actor, m)
            }
            assert shown == allowed, actor.username
            checked_items += sum(allowed.values())
    assert checked_actions > 50 and checked_items > 10  # the data set really exercises both filters
