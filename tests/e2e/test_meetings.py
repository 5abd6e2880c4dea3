"""Meetings over HTTP, on both databases: a weighing meeting proposes the cases awaiting weighing and includes one
only with its checklist and the core partners' views; a decision whose change is not allowed stores nothing; every
decision is in the case history with a link to the meeting; a case conference escalates, de-escalates with its
criteria and approves a plan; asking for more information is never open-ended."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.conftest import ClientFactory
from tests.e2e.case_helpers import move, register
from tests.e2e.meeting_helpers import (
    DE_ESCALATION,
    INCLUDE_CHECKLIST,
    agenda,
    case_in_weighing,
    decide,
    plan_meeting,
    start,
    when,
)
from tests.e2e.plan_helpers import change, goal, start_plan, transition
from tests.support.world import MUNICIPALITY, POLICE


async def test_a_weighing_meeting_includes_a_case_only_with_its_checklist_and_views(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await case_in_weighing(coordinator)
    meeting = await plan_meeting(coordinator, "weighing", MUNICIPALITY.id, POLICE.id)
    assert meeting["reference"].startswith("OVL-") and meeting["status"] == "planned"

    proposals = (await coordinator.get(f"/api/v1/meetings/{meeting['id']}/proposals")).json()["items"]
    mine = [p for p in proposals if p["caseId"] == case["id"]]
    assert [(p["reason"], p["onAgenda"]) for p in mine] == [("awaiting_weighing", False)]
    meeting = await agenda(coordinator, meeting, {"caseId": case["id"], "reason": "awaiting_weighing"})
    item = meeting["items"][0]
    assert (item["caseReference"], item["personName"], item["caseStatus"]) == (
        case["reference"],
        "Youssef Bakker",
        "weighing",
    )
    assert "include" in item["allowedDecisions"] and "escalate" not in item["allowedDecisions"]

    assert (
        await decide(coordinator, meeting, item["id"], type="include", rationale="x")
    ).status_code == 409  # not started
    meeting = await start(coordinator, meeting)
    partial = await decide(
        coordinator, meeting, item["id"], type="include", rationale="Voldoet", checklist={"A1": "yes"}
    )
    assert (
        partial.status_code == 400
        and {"name": "checklist.B1", "reason": "is not answered"} in partial.json()["invalidParams"]
    )
    no_views = await decide(
        coordinator, meeting, item["id"], type="include", rationale="Voldoet", checklist=INCLUDE_CHECKLIST
    )
    assert no_views.status_code == 400
    assert {p["name"] for p in no_views.json()["invalidParams"]} == {f"views.{MUNICIPALITY.id}", f"views.{POLICE.id}"}
    assert (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()["status"] == "weighing"  # nothing stored

    views = {str(MUNICIPALITY.id): "agree", str(POLICE.id): "agree"}
    included = await decide(
        coordinator,
        meeting,
        item["id"],
        type="include",
        rationale="Voldoet aan de criteria",
        checklist=INCLUDE_CHECKLIST,
        views=views,
    )
    assert included.status_code == 201, included.text
    decision = included.json()["items"][0]["decisions"][0]
    assert decision["reference"] == f"{meeting['reference']}/1" and decision["details"]["views"] == views
    detail = (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()
    assert detail["status"] == "intake"
    assert detail["statusHistory"][-1]["decisionReference"] == decision["reference"]
    history = (await coordinator.get(f"/api/v1/cases/{case['id']}/decisions")).json()["items"]
    assert [(d["type"], d["meetingId"], d["meetingReference"]) for d in history] == [
        ("include", meeting["id"], meeting["reference"])
    ]
    current = (await coordinator.get(f"/api/v1/meetings/{meeting['id']}")).json()
    emptied = await coordinator.put(
        f"/api/v1/meetings/{meeting['id']}/agenda", json={"items": []}, headers={"If-Match": f'"{current["version"]}"'}
    )
    assert emptied.status_code == 409  # a decided item stays on the agenda


async def test_a_decision_whose_change_is_not_allowed_stores_nothing(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator)  # referred: cannot be paused or closed
    meeting = await plan_meeting(coordinator, "case_conference", MUNICIPALITY.id)
    meeting = await start(coordinator, await agenda(coordinator, meeting, {"caseId": case["id"], "reason": "other"}))
    item_id = meeting["items"][0]["id"]
    before = (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()

    refused = await decide(coordinator, meeting, item_id, type="pause", rationale="Detentie")
    assert refused.status_code == 409 and "allowedTransitions" in refused.json()
    wrong_type = await decide(coordinator, meeting, item_id, type="include", rationale="x")
    assert wrong_type.status_code == 400 and wrong_type.json()["invalidParams"][0]["name"] == "type"

    after = (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()
    assert (after["status"], after["version"], after["statusHistory"]) == (
        before["status"],
        before["version"],
        before["statusHistory"],
    )
    assert (await coordinator.get(f"/api/v1/meetings/{meeting['id']}")).json()["items"][0]["decisions"] == []
    assert (await coordinator.get(f"/api/v1/cases/{case['id']}/decisions")).json()["items"] == []
    privacy = await make_client("privacy")
    events = (await privacy.get("/api/v1/audit-events", params={"recordId": case["id"]})).json()["items"]
    assert "meeting.decision" not in {e["action"] for e in events}


async def test_a_case_conference_escalates_de_escalates_with_its_criteria_and_approves_a_plan(
    make_client: ClientFactory,
) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator)
    for name in ("start_screening", "start_weighing", "include", "convene_case_conference"):
        assert (await move(coordinator, case["id"], name)).status_code == 200
    plan = (await start_plan(coordinator, case["id"])).json()
    plan = (await change(coordinator, plan, goals=[goal()], evaluationOn=when(60)[:10])).json()
    assert (await transition(coordinator, plan["id"], "submit")).status_code == 200

    meeting = await plan_meeting(coordinator, "case_conference", MUNICIPALITY.id, POLICE.id)
    meeting = await start(
        coordinator, await agenda(coordinator, meeting, {"caseId": case["id"], "reason": "plan_awaiting_approval"})
    )
    item_id = meeting["items"][0]["id"]

    up = await decide(coordinator, meeting, item_id, type="escalate", level=2, rationale="Signalen nemen toe")
    assert up.status_code == 201, up.text
    lowering = await decide(coordinator, meeting, item_id, type="de_escalate", level=1, rationale="Rustiger")
    assert lowering.status_code == 400 and lowering.json()["invalidParams"][0]["name"].startswith("checklist.")
    down = await decide(
        coordinator, meeting, item_id, type="de_escalate", level=1, rationale="Rustiger", checklist=DE_ESCALATION
    )
    assert down.status_code == 201, down.text
    approved = await decide(coordinator, meeting, item_id, type="approve_plan", planId=plan["id"], rationale="Akkoord")
    assert approved.status_code == 201, approved.text  # the table approves, even the plan's author records it

    detail = (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()
    levels = [(c["toLevel"], c["decisionReference"], c["criteria"]) for c in detail["levelHistory"]]
    ref = meeting["reference"]
    assert levels[-2:] == [(2, f"{ref}/1", []), (1, f"{ref}/2", ["no_acute_flags", "intent_behaviour_absent"])]
    assert (detail["status"], detail["planInForceId"]) == ("active", plan["id"])
    shown = (await coordinator.get(f"/api/v1/plans/{plan['id']}")).json()
    assert (shown["status"], shown["decisionReference"], shown["approvedBy"]["name"]) == ("approved", f"{ref}/3", ref)
    history = (await coordinator.get(f"/api/v1/cases/{case['id']}/decisions")).json()["items"]
    assert [d["type"] for d in history] == ["approve_plan", "de_escalate", "escalate"]


async def test_a_decision_failing_after_its_case_change_rolls_the_case_back(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator)
    for name in ("start_screening", "start_weighing", "include", "convene_case_conference"):
        assert (await move(coordinator, case["id"], name)).status_code == 200
    draft = (await start_plan(coordinator, case["id"])).json()  # a draft, not submitted
    meeting = await plan_meeting(coordinator, "case_conference", MUNICIPALITY.id)
    meeting = await start(coordinator, await agenda(coordinator, meeting, {"caseId": case["id"], "reason": "other"}))

    # The case would move to active first; approving the draft then fails, and the whole decision is undone.
    refused = await decide(
        coordinator, meeting, meeting["items"][0]["id"], type="approve_plan", planId=draft["id"], rationale="x"
    )
    assert refused.status_code == 409, refused.text
    detail = (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()
    assert (detail["status"], detail["statusHistory"][-1]["transition"]) == (
        "case_conference",
        "convene_case_conference",
    )
    assert (await coordinator.get(f"/api/v1/plans/{draft['id']}")).json()["status"] == "draft"
    assert (await coordinator.get(f"/api/v1/cases/{case['id']}/decisions")).json()["items"] == []


async def test_asking_for_more_information_names_who_gathers_what_by_when(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await case_in_weighing(coordinator)
    meeting = await plan_meeting(coordinator, "weighing", MUNICIPALITY.id, POLICE.id)
    meeting = await start(
        coordinator, await agenda(coordinator, meeting, {"caseId": case["id"], "reason": "awaiting_weighing"})
    )
    item_id = meeting["items"][0]["id"]
    open_ended = await decide(
        coordinator, meeting, item_id, type="request_more_information", rationale="Te weinig informatie"
    )
    assert open_ended.status_code == 400 and open_ended.json()["invalidParams"][0]["name"] == "followUp"
    assert (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()["status"] == "weighing"

    due = (datetime.now(UTC).date() + timedelta(days=28)).isoformat()
    follow_up = {
        "text": "Schoolverzuim en contacten navragen",
        "ownerName": "P. Agent",
        "organisationId": str(POLICE.id),
        "dueOn": due,
    }
    decided = await decide(
        coordinator,
        meeting,
        item_id,
        type="request_more_information",
        rationale="Te weinig informatie",
        followUp=follow_up,
    )
    assert decided.status_code == 201, decided.text
    item = decided.json()["items"][0]
    assert item["decisions"][0]["details"]["followUp"] == {"ownerName": "P. Agent", "dueOn": due}
    assert [(a["text"], a["dueOn"], a["organisationName"]) for a in item["actionItems"]] == [
        ("Schoolverzuim en contacten navragen", due, POLICE.name)
    ]
    assert (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()["status"] == "screening"
