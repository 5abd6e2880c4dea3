"""Meetings over HTTP, on both databases: a weighing meeting proposes the cases awaiting weighing and includes one
only with its checklist and the core partners' views; a decision whose change is not allowed stores nothing; every
decision is in the case history with a link to the meeting; organisations see only the items and minutes of the
cases they take part in; a case conference escalates, de-escalates with its criteria and approves a plan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.conftest import ClientFactory
from tests.e2e.case_helpers import add_participant, move, register
from tests.e2e.plan_helpers import change, goal, start_plan, transition
from tests.support.world import MUNICIPALITY, POLICE, YOUTH_CARE

INCLUDE_CHECKLIST = {
    **{code: "yes" for code in ("A1", "A2", "B1", "B2", "C4", "E1", "E2", "E3", "E4", "I1")},
    **{code: "no" for code in ("C1", "C2", "C3", "C5")},
}
DE_ESCALATION = {"D1": "yes", "D2": "yes", "D3": "no", "D4": "no", "D5": "yes", "D6": "unknown", "D7": "yes"}


def when(days: int = 1) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


async def plan_meeting(client: httpx.AsyncClient, type: str, *organisations: object) -> dict[str, Any]:
    body = {
        "type": type,
        "startsAt": when(),
        "place": "Stadhuis, kamer 3",
        "chairName": "C. Voorzitter",
        "secretaryName": "S. Notulist",
        "organisationIds": [str(o) for o in organisations],
        "participants": ["C. Voorzitter (OOV)", "P. Agent (Politie)"],
    }
    response = await client.post("/api/v1/meetings", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def agenda(client: httpx.AsyncClient, meeting: dict[str, Any], *items: dict[str, Any]) -> dict[str, Any]:
    response = await client.put(
        f"/api/v1/meetings/{meeting['id']}/agenda",
        json={"items": list(items)},
        headers={"If-Match": f'"{meeting["version"]}"'},
    )
    assert response.status_code == 200, response.text
    return response.json()


async def start(client: httpx.AsyncClient, meeting: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(f"/api/v1/meetings/{meeting['id']}/transitions", json={"transition": "start"})
    assert response.status_code == 200, response.text
    return response.json()


async def decide(client: httpx.AsyncClient, meeting: dict[str, Any], item_id: str, **body: Any) -> httpx.Response:
    return await client.post(f"/api/v1/meetings/{meeting['id']}/items/{item_id}/decisions", json=body)


async def case_in_weighing(coordinator: httpx.AsyncClient) -> dict[str, Any]:
    case = await register(coordinator)
    for name in ("start_screening", "start_weighing"):
        assert (await move(coordinator, case["id"], name)).status_code == 200
    return case


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


async def test_an_organisation_sees_only_the_items_and_minutes_of_its_cases(make_client: ClientFactory) -> None:
    coordinator, partner, police = (
        await make_client("coordinator"),
        await make_client("partner"),
        await make_client("police"),
    )
    shared, other = await register(coordinator), await register(coordinator, surname="Jansen", dateOfBirth="2006-01-02")
    await add_participant(coordinator, shared["id"], YOUTH_CARE.id)
    meeting = await plan_meeting(coordinator, "case_conference", MUNICIPALITY.id, YOUTH_CARE.id)
    meeting = await agenda(
        coordinator,
        meeting,
        {"caseId": shared["id"], "reason": "other"},
        {"caseId": other["id"], "reason": "other", "note": "Alleen gemeente"},
    )
    meeting = await start(coordinator, meeting)
    first, second = meeting["items"][0]["id"], meeting["items"][1]["id"]
    url = f"/api/v1/meetings/{meeting['id']}/items"
    for item, text, visibility in (
        (first, "Gedeeld met de tafel", "case_team"),
        (first, "Alleen voor de gemeente", "own_organisation"),
        (second, "Over de andere casus", "case_team"),
    ):
        assert (
            await coordinator.post(f"{url}/{item}/notes", json={"text": text, "visibility": visibility})
        ).status_code == 201
    action = {
        "text": "Gesprek met school",
        "ownerName": "J. Wit",
        "organisationId": str(YOUTH_CARE.id),
        "dueOn": "2030-01-01",
    }
    assert (await coordinator.post(f"{url}/{first}/action-items", json=action)).status_code == 201

    seen = (await partner.get(f"/api/v1/meetings/{meeting['id']}")).json()
    assert [i["caseId"] for i in seen["items"]] == [shared["id"]] and seen["hiddenItemCount"] == 1
    assert [n["text"] for n in seen["items"][0]["notes"]] == ["Gedeeld met de tafel"]
    assert seen["items"][0]["actionItems"][0]["organisationName"] == YOUTH_CARE.name
    assert "Over de andere casus" not in str(seen) and other["reference"] not in str(seen)

    printed = (
        await coordinator.get(
            f"/api/v1/meetings/{meeting['id']}/minutes", params={"organisationId": str(YOUTH_CARE.id)}
        )
    ).json()
    assert printed["organisation"]["id"] == str(YOUTH_CARE.id)
    assert [i["caseId"] for i in printed["meeting"]["items"]] == [shared["id"]]
    assert [n["text"] for n in printed["meeting"]["items"][0]["notes"]] == ["Gedeeld met de tafel"]
    own = (await partner.get(f"/api/v1/meetings/{meeting['id']}/minutes")).json()
    assert [i["caseId"] for i in own["meeting"]["items"]] == [shared["id"]]
    assert (
        await partner.get(f"/api/v1/meetings/{meeting['id']}/minutes", params={"organisationId": str(MUNICIPALITY.id)})
    ).status_code == 403

    assert (await police.get(f"/api/v1/meetings/{meeting['id']}")).status_code == 404  # not taking part
    assert meeting["id"] not in {m["id"] for m in (await police.get("/api/v1/meetings")).json()["items"]}
    listed = {m["id"]: m for m in (await partner.get("/api/v1/meetings")).json()["items"]}
    assert listed[meeting["id"]]["itemCount"] == 1
    assert (await partner.get(f"/api/v1/cases/{other['id']}/decisions")).status_code == 404
    assert (
        await partner.post(f"{url}/{first}/notes", json={"text": "x", "visibility": "case_team"})
    ).status_code == 403


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


async def test_action_items_return_on_the_next_agenda_until_done(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await case_in_weighing(coordinator)
    first = await plan_meeting(coordinator, "weighing", MUNICIPALITY.id, POLICE.id)
    first = await start(
        coordinator, await agenda(coordinator, first, {"caseId": case["id"], "reason": "awaiting_weighing"})
    )
    action = {
        "text": "Informatie opvragen bij school",
        "ownerName": "J. Wit",
        "organisationId": str(POLICE.id),
        "dueOn": when(0)[:10],
    }
    first = (
        await coordinator.post(
            f"/api/v1/meetings/{first['id']}/items/{first['items'][0]['id']}/action-items", json=action
        )
    ).json()

    second = await plan_meeting(coordinator, "weighing", MUNICIPALITY.id, POLICE.id)
    reasons = {
        (p["caseId"], p["reason"])
        for p in (await coordinator.get(f"/api/v1/meetings/{second['id']}/proposals")).json()["items"]
    }
    assert (case["id"], "action_item_follow_up") in reasons
    action_id = first["items"][0]["actionItems"][0]["id"]
    done = await coordinator.post(
        f"/api/v1/meetings/{first['id']}/action-items/{action_id}/done", json={"note": "Ontvangen"}
    )
    assert done.status_code == 200 and done.json()["items"][0]["actionItems"][0]["doneNote"] == "Ontvangen"
    reasons = {
        (p["caseId"], p["reason"])
        for p in (await coordinator.get(f"/api/v1/meetings/{second['id']}/proposals")).json()["items"]
    }
    assert (case["id"], "action_item_follow_up") not in reasons


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


async def test_a_meeting_changes_until_it_closes(make_client: ClientFactory) -> None:
    coordinator, partner = await make_client("coordinator"), await make_client("partner")
    meeting = await plan_meeting(coordinator, "weighing", MUNICIPALITY.id, POLICE.id)
    url, etag = f"/api/v1/meetings/{meeting['id']}", {"If-Match": f'"{meeting["version"]}"'}
    assert (await coordinator.patch(url, json={"place": "Elders"})).status_code == 428
    unknown = await coordinator.patch(
        url, json={"organisationIds": ["00000000-0000-4000-8000-0000000000ff"]}, headers=etag
    )
    assert unknown.status_code == 400 and unknown.json()["invalidParams"][0]["name"] == "organisationIds[0]"
    moved = await coordinator.patch(
        url, json={"place": "Veiligheidshuis", "organisationIds": [str(MUNICIPALITY.id)]}, headers=etag
    )
    assert moved.status_code == 200, moved.text
    body = moved.json()
    assert (body["place"], [o["id"] for o in body["organisations"]], body["chairName"]) == (
        "Veiligheidshuis",
        [str(MUNICIPALITY.id)],
        "C. Voorzitter",
    )
    assert (await coordinator.patch(url, json={"place": "x"}, headers=etag)).status_code == 412
    assert (
        await partner.patch(url, json={"place": "x"}, headers={"If-Match": f'"{body["version"]}"'})
    ).status_code == 403
    for name in ("start", "close"):
        assert (await coordinator.post(f"{url}/transitions", json={"transition": name})).status_code == 200
    closed = (await coordinator.get(url)).json()
    refused = await coordinator.patch(url, json={"place": "x"}, headers={"If-Match": f'"{closed["version"]}"'})
    assert refused.status_code == 409 and closed["allowed"]["edit"] is False


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
