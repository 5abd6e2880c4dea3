"""Plans of action over HTTP, on both databases: built from the assessment's suggestions, approved with four eyes,
immutable once approved, superseded by a new version with a readable diff; retired interventions stay in old
plans but are not added to new ones; partners see what the covenant allows and report on their own actions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from unittest.mock import ANY

from tests.conftest import ClientFactory, MutableClock
from tests.e2e.assessment_helpers import patch, submit
from tests.e2e.assessment_helpers import rating as indicator_rating
from tests.e2e.assessment_helpers import start as start_assessment
from tests.e2e.case_helpers import move
from tests.e2e.plan_helpers import (
    action,
    approved_plan,
    assessed,
    change,
    day,
    directed_case,
    goal,
    start_plan,
    transition,
    usable_intervention,
)
from tests.support.world import MUNICIPALITY, POLICE, STARTER_CROSSWALK_ID, YOUTH_CARE


async def test_a_plan_is_built_from_suggestions_submitted_and_approved_by_someone_else(
    make_client: ClientFactory,
) -> None:
    coordinator, regisseur, partner = (
        await make_client("coordinator"),
        await make_client("regisseur"),
        await make_client("partner"),
    )
    case = await directed_case(coordinator)
    intervention = await usable_intervention(regisseur)
    code = intervention["targetIndicators"][0]
    assessment = await assessed(regisseur, case["id"], code)

    started = await start_plan(regisseur, case["id"])
    assert started.status_code == 201, started.text
    plan = started.json()
    assert (plan["number"], plan["status"], plan["basedOnAssessmentId"]) == (1, "draft", assessment["id"])
    assert started.headers["Location"] == f"/api/v1/plans/{plan['id']}"
    offered = {s["indicatorCode"]: [i["id"] for i in s["interventions"]] for s in plan["suggestions"]}
    assert intervention["id"] in offered[code]
    assert plan["actions"] == [] and plan["goals"] == []  # offered, never added by itself
    assert (await start_plan(regisseur, case["id"])).status_code == 409  # one open version at a time

    # A draft stays with the case's directors.
    assert (await partner.get(f"/api/v1/plans/{plan['id']}")).status_code == 404
    assert (await partner.get(f"/api/v1/cases/{case['id']}/plans")).json()["items"] == []

    goal_id = "5b0b8a8e-0000-4000-8000-000000000001"
    changed = await change(
        regisseur,
        plan,
        interpretation="Zoekt erkenning online; school en familie zijn ankers.",
        protectiveFactors=[{"indicatorCode": "f1", "note": "Betrokken moeder"}],
        goals=[goal(id=goal_id, indicatorCodes=[code])],
        actions=[action(interventionId=intervention["id"], goalIds=[goal_id])],
        evaluationOn=day(90),
    )
    assert changed.status_code == 200, changed.text
    draft = changed.json()
    assert draft["version"] == plan["version"] + 1 and changed.headers["ETag"] == f'"{draft["version"]}"'
    assert draft["actions"][0]["intervention"]["code"] == intervention["code"]
    assert draft["actions"][0]["responsibleOrganisationName"] == YOUTH_CARE.name
    assert draft["protectiveFactors"] == [{"indicatorCode": "F1", "note": "Betrokken moeder"}]

    submitted = await transition(regisseur, plan["id"], "submit")
    assert submitted.json()["status"] == "submitted"
    assert (await change(regisseur, submitted.json(), contingency="x")).status_code == 409
    assert (await transition(regisseur, plan["id"], "approve")).status_code == 403  # no approval right at all

    approved = await transition(coordinator, plan["id"], "approve", decisionReference="CO-2026-114")
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert (body["status"], body["approvedBy"]["name"], body["decisionReference"]) == (
        "approved",
        "Test Coordinator",
        "CO-2026-114",
    )
    detail = (await regisseur.get(f"/api/v1/cases/{case['id']}")).json()
    assert (detail["planInForceId"], detail["stalledActionCount"], detail["overdueGoalCount"]) == (plan["id"], 0, 0)


async def test_the_author_cannot_approve_and_an_approved_plan_is_immutable(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await directed_case(coordinator)
    plan = (await start_plan(coordinator, case["id"])).json()
    assert (await transition(coordinator, plan["id"], "submit")).status_code == 400  # no goal, no evaluation date
    plan = (await change(coordinator, plan, goals=[goal()], evaluationOn=day(30))).json()
    assert (await transition(coordinator, plan["id"], "submit")).status_code == 200
    refused = await transition(coordinator, plan["id"], "approve")
    assert refused.status_code == 403 and "author" in refused.json()["detail"]
    assert (await coordinator.get(f"/api/v1/plans/{plan['id']}")).json()["status"] == "submitted"
    back = await transition(coordinator, plan["id"], "withdraw")
    assert back.json()["status"] == "draft" and back.json()["allowed"]["edit"]


async def test_a_new_version_supersedes_the_approved_one_which_stays_readable_with_a_diff(
    make_client: ClientFactory,
) -> None:
    coordinator, regisseur = await make_client("coordinator"), await make_client("regisseur")
    case = await directed_case(coordinator)
    first = await approved_plan(regisseur, coordinator, case["id"])
    assert (await change(regisseur, first, contingency="anders")).status_code == 409  # immutable
    assert (await transition(regisseur, first["id"], "submit")).status_code == 409

    second = (await start_plan(regisseur, case["id"])).json()
    assert second["number"] == 2 and [g["id"] for g in second["goals"]] == [g["id"] for g in first["goals"]]
    goals = [goal(id=first["goals"][0]["id"], text="Youssef rondt zijn eerste leerjaar af")]
    actions = [
        {k: a[k] for k in ("id", "responsibleOrganisationId", "ownerName", "startOn", "dueOn", "customTitle")}
        for a in second["actions"]
    ] + [action(MUNICIPALITY.id, customTitle="Woonbegeleiding")]
    second = (await change(regisseur, second, goals=goals, actions=actions)).json()
    await transition(regisseur, second["id"], "submit")
    approved = await transition(coordinator, second["id"], "approve")
    assert approved.json()["status"] == "approved", approved.text

    old = (await regisseur.get(f"/api/v1/plans/{first['id']}")).json()
    assert old["status"] == "superseded" and old["goals"][0]["text"] == first["goals"][0]["text"]
    listed = (await regisseur.get(f"/api/v1/cases/{case['id']}/plans")).json()
    assert [p["number"] for p in listed["items"]] == [2, 1] and listed["inForceId"] == second["id"]

    diff = await regisseur.get(f"/api/v1/plans/{second['id']}/diff", params={"against": first["id"]})
    assert diff.status_code == 200, diff.text
    changes = diff.json()["changes"]
    assert {"section": "goals", "kind": "changed", "field": "text"}.items() <= changes[0].items()
    assert any(c["section"] == "actions" and c["kind"] == "added" and c["after"] == "Woonbegeleiding" for c in changes)
    assert diff.json()["from"]["number"] == 1 and diff.json()["to"]["number"] == 2


async def test_a_retired_intervention_stays_in_old_plans_but_is_not_added_to_new_ones(
    make_client: ClientFactory,
) -> None:
    coordinator, regisseur = await make_client("coordinator"), await make_client("regisseur")
    case = await directed_case(coordinator)
    intervention = await usable_intervention(regisseur)
    first = await approved_plan(regisseur, coordinator, case["id"], actions=[action(interventionId=intervention["id"])])
    retired = await coordinator.post(f"/api/v1/interventions/{intervention['id']}/retire", json={"reason": "Gestopt"})
    assert retired.status_code == 200, retired.text

    old = (await regisseur.get(f"/api/v1/plans/{first['id']}")).json()
    assert old["actions"][0]["intervention"] == {**old["actions"][0]["intervention"], "retired": True}

    draft = (await start_plan(regisseur, case["id"])).json()
    kept = {k: draft["actions"][0][k] for k in ("id", "responsibleOrganisationId", "ownerName", "startOn", "dueOn")}
    kept["interventionId"] = intervention["id"]
    assert (await change(regisseur, draft, actions=[kept])).status_code == 200  # an action that already had it
    draft = (await regisseur.get(f"/api/v1/plans/{draft['id']}")).json()
    refused = await change(regisseur, draft, actions=[kept, action(interventionId=intervention["id"])])
    assert refused.status_code == 400
    assert {"name": "actions[1].interventionId", "reason": "is retired"} in refused.json()["invalidParams"]


async def test_partners_see_what_the_covenant_allows_and_report_on_their_own_actions(
    make_client: ClientFactory,
) -> None:
    coordinator, regisseur = await make_client("coordinator"), await make_client("regisseur")
    partner, police = await make_client("partner"), await make_client("police")
    case = await directed_case(coordinator)
    plan = await approved_plan(regisseur, coordinator, case["id"])
    mine, theirs = plan["actions"][0], plan["actions"][1]

    seen = (await partner.get(f"/api/v1/plans/{plan['id']}")).json()
    assert [a["id"] for a in seen["actions"]] == [mine["id"]] and seen["actionsOmitted"] == 1
    assert (seen["interpretation"], seen["interpretationWithheld"], seen["contingency"]) == ("", True, "")
    assert seen["goals"] and seen["evaluationOn"] == plan["evaluationOn"]
    by_police = (await police.get(f"/api/v1/plans/{plan['id']}")).json()  # a core partner
    assert by_police["interpretation"] == plan["interpretation"] and by_police["actionsOmitted"] == 1

    url = f"/api/v1/plans/{plan['id']}/actions"
    no_reason = await partner.post(f"{url}/{mine['id']}/status", json={"status": "stalled"})
    assert no_reason.status_code == 400 and no_reason.json()["invalidParams"][0]["name"] == "reason"
    reported = await partner.post(f"{url}/{mine['id']}/status", json={"status": "running"})
    assert reported.status_code == 200, reported.text
    update = reported.json()["actions"][0]["updates"][-1]
    assert (update["status"], update["organisationName"], update["byName"]) == (
        "running",
        YOUTH_CARE.name,
        "Test Partner",
    )
    assert (await partner.post(f"{url}/{theirs['id']}/status", json={"status": "done"})).status_code == 404
    assert (await police.post(f"{url}/{theirs['id']}/status", json={"status": "done"})).status_code == 200
    assert (await police.post(f"{url}/{mine['id']}/status", json={"status": "done"})).status_code == 404

    privacy = await make_client("privacy")
    events = (await privacy.get("/api/v1/audit-events", params={"action": "plan.action_status"})).json()["items"]
    assert {e["recordId"] for e in events} == {plan["id"]} and len(events) == 2


async def test_invalid_changes_are_refused_with_the_field_and_change_nothing(make_client: ClientFactory) -> None:
    coordinator, regisseur = await make_client("coordinator"), await make_client("regisseur")
    case = await directed_case(coordinator)
    plan = (await start_plan(regisseur, case["id"])).json()
    url = f"/api/v1/plans/{plan['id']}"
    bad = await change(
        regisseur,
        plan,
        goals=[goal()],
        actions=[action(dueOn=day(-1)), action("00000000-0000-4000-8000-0000000000ff")],
    )
    assert bad.status_code == 400
    names = {p["name"] for p in bad.json()["invalidParams"]}
    assert names == {"actions[0].dueOn", "actions[1].responsibleOrganisationId"}
    assert (await regisseur.get(url)).json()["goals"] == []  # nothing stored
    assert (await regisseur.patch(url, json={"contingency": "x"})).status_code == 428
    assert (await regisseur.patch(url, json={"contingency": "x"}, headers={"If-Match": '"99"'})).status_code == 412
    unknown = await regisseur.patch(url, json={"colour": "red"}, headers={"If-Match": f'"{plan["version"]}"'})
    assert unknown.status_code == 400 and unknown.json()["invalidParams"][0]["name"] == "colour"


async def test_stalled_actions_and_overdue_goals_follow_the_clock(
    make_client: ClientFactory, clock: MutableClock
) -> None:
    coordinator, regisseur = await make_client("coordinator"), await make_client("regisseur")
    case = await directed_case(coordinator)
    plan = await approved_plan(
        regisseur,
        coordinator,
        case["id"],
        goals=[goal(target=day(20))],
        actions=[action(dueOn=day(10)), action(POLICE.id, customTitle="Stopgesprek", dueOn=day(100))],
    )
    soon, later = plan["actions"][0]["id"], plan["actions"][1]["id"]

    async def state(days: int) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
        clock.offset = timedelta(days=days)
        viewer = await make_client("regisseur")  # sessions do not survive weeks
        detail = (await viewer.get(f"/api/v1/cases/{case['id']}")).json()
        shown = (await viewer.get(f"/api/v1/plans/{plan['id']}")).json()
        listed = (await viewer.get("/api/v1/plans/attention")).json()["items"]
        return detail, shown, [i for i in listed if i["caseId"] == case["id"]]

    detail, shown, listed = await state(9)
    assert (detail["stalledActionCount"], detail["overdueGoalCount"], listed) == (0, 0, [])

    detail, shown, listed = await state(11)
    assert (detail["stalledActionCount"], detail["overdueGoalCount"]) == (1, 0)
    assert [a["stalled"] for a in shown["actions"]] == ["past_due", None]
    assert [(i["kind"], i["reason"], i["itemId"]) for i in listed] == [("action", "past_due", soon)]
    assert listed[0]["organisationName"] == YOUTH_CARE.name and listed[0]["regisseur"]["name"] == "Test Regisseur"

    detail, shown, listed = await state(31)  # no report on the other action for more than 30 days
    assert (detail["stalledActionCount"], detail["overdueGoalCount"]) == (2, 1)
    assert [a["stalled"] for a in shown["actions"]] == ["past_due", "no_update"] and shown["goals"][0]["overdue"]
    police, partner = await make_client("police"), await make_client("partner")
    own = (await partner.get("/api/v1/plans/attention")).json()["items"]
    assert [(i["kind"], i["itemId"]) for i in own if i["caseId"] == case["id"]] == [("action", soon), ("goal", ANY)]
    by_police = await police.get("/api/v1/plans/attention", params={"organisationId": str(POLICE.id)})
    listed = [(i["kind"], i["reason"]) for i in by_police.json()["items"] if i["caseId"] == case["id"]]
    assert listed == [("goal", "overdue"), ("action", "no_update")]  # the police's own action, by date

    reported = await police.post(f"/api/v1/plans/{plan['id']}/actions/{later}/status", json={"status": "running"})
    assert reported.status_code == 200, reported.text
    detail, shown, listed = await state(31)
    assert detail["stalledActionCount"] == 1 and [a["stalled"] for a in shown["actions"]] == ["past_due", None]

    # A closed case is no longer monitored: its plan stays readable, nothing in it is late any more.
    closing = await make_client("coordinator")
    dismissed = await move(closing, case["id"], "dismiss", closureReason="no_action")
    assert dismissed.status_code == 200, dismissed.text
    detail, shown, listed = await state(31)
    assert (detail["stalledActionCount"], detail["overdueGoalCount"], listed) == (0, 0, [])
    assert [a["stalled"] for a in shown["actions"]] == [None, None] and shown["status"] == "approved"


async def test_suggestions_follow_an_assessment_entered_in_police_codes(make_client: ClientFactory) -> None:
    coordinator, regisseur, police = (
        await make_client("coordinator"),
        await make_client("regisseur"),
        await make_client("police"),
    )
    case = await directed_case(coordinator)
    draft = await start_assessment(police, case["id"], "police", crosswalkId=str(STARTER_CROSSWALK_ID))
    rated = await patch(police, draft, externalRatings=[indicator_rating("I4", "present", "high", evidenceFor="x")])
    await submit(police, rated.json())  # I4 maps onto D1 (threats), present
    expected = {
        i["id"] for i in (await regisseur.get("/api/v1/interventions", params={"indicator": "D1", "age": 19})).json()
    }
    assert expected  # the starter catalogue has interventions for threats

    plan = (await start_plan(regisseur, case["id"])).json()
    offered = {s["indicatorCode"]: {i["id"] for i in s["interventions"]} for s in plan["suggestions"]}
    assert offered.get("D1") and offered["D1"] <= expected


async def test_approving_the_first_plan_moves_a_case_in_the_case_conference_to_active(
    make_client: ClientFactory,
) -> None:
    coordinator, regisseur = await make_client("coordinator"), await make_client("regisseur")
    case = await directed_case(coordinator)
    for name in ("start_screening", "start_weighing", "include", "convene_case_conference"):
        assert (await move(coordinator, case["id"], name)).status_code == 200
    plan = await approved_plan(regisseur, coordinator, case["id"])
    detail = (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()
    last = detail["statusHistory"][-1]
    assert (detail["status"], last["transition"], last["actorName"]) == ("active", "approve_plan", "Test Coordinator")
    assert last["reason"] == f"Plan van aanpak versie {plan['number']} vastgesteld"
