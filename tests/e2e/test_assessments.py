"""Assessing over HTTP: the starter framework on day one, a draft changed and submitted, immutability,
the final level's rationale, acute alerts, overdue reviews and the comparison of perspectives."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.assessment.review import add_months
from persistence.framework_files import parse_framework
from persistence.tables import assessment_framework
from tests.conftest import ClientFactory, MutableClock
from tests.e2e.assessment_helpers import patch, rate, rating, shared_case, start, submit, submit_response
from tests.e2e.case_helpers import move


async def test_the_starter_framework_is_published_on_day_one_and_sound(
    make_client: ClientFactory, engine: AsyncEngine
) -> None:
    partner = await make_client("partner")
    listed = (await partner.get("/api/v1/assessment-frameworks")).json()
    assert [(f["code"], f["version"], f["status"], f["indicatorCount"]) for f in listed] == [
        ("beoordelingskader", "2026.1", "published", 37)
    ]
    detail = (await partner.get(f"/api/v1/assessment-frameworks/{listed[0]['id']}")).json()
    assert [d["code"] for d in detail["dimensions"]] == [
        "ideology",
        "vulnerability",
        "network",
        "intent_behaviour",
        "capability",
        "protective",
    ]
    assert [i["code"] for i in detail["indicators"] if i["restricted"]] == ["B4"]
    assert detail["cadence"]["daysByLevel"]["acute"] == 7
    async with engine.connect() as conn:
        stored = (await conn.execute(select(assessment_framework.c.document))).scalar_one()
    assert parse_framework(stored).version == "2026.1"  # the stored document validates
    crosswalks = (await partner.get("/api/v1/crosswalks")).json()
    assert [(c["externalModel"], c["frameworkId"]) for c in crosswalks] == [("politie-kim", listed[0]["id"])]


async def test_a_draft_is_changed_then_submitted_and_then_never_changes(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await shared_case(coordinator)
    draft = await start(coordinator, case["id"], "municipality")
    assert draft["status"] == "draft" and draft["frameworkVersion"] == "2026.1" and draft["allowed"]["edit"]

    assert (await patch(coordinator, {**draft, "version": 9}, assessors=["X"])).status_code == 412
    no_match = await coordinator.patch(f"/api/v1/assessments/{draft['id']}", json={"assessors": ["X"]})
    assert no_match.status_code == 428
    bad = await patch(coordinator, draft, ratings=[rating("A1", "present")])
    assert bad.status_code == 400 and bad.json()["invalidParams"][0]["name"] == "ratings[0].relevance"

    changed = await patch(
        coordinator,
        draft,
        ratings=[rating("A1", "present", "high", evidenceFor="Deelt content."), rating("C1", "present", "medium")],
        formulation={
            "drivers": "Erkenning",
            "inhibitors": "Ouders",
            "destabilisers": "",
            "protectiveAnchors": "Mentor",
        },
        scenarios=[{"title": "Uitreis", "likelihood": "low", "indicatorCodes": ["D7"]}],
    )
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert body["version"] == 2 and changed.headers["ETag"] == '"2"'
    assert body["proposal"]["level"] == "elevated" and body["proposal"]["rulesVersion"] == "beoordelingskader/2026.1"
    assert body["formulation"]["inhibitors"] == "Ouders" and body["scenarios"][0]["indicatorCodes"] == ["D7"]

    done = await submit(coordinator, body)
    assert (done["status"], done["finalLevel"], done["proposedLevel"]) == ("submitted", "elevated", "elevated")
    assessed_on = date.fromisoformat(done["assessedOn"])
    assert done["nextReviewOn"] == (assessed_on + timedelta(days=56)).isoformat()  # the cadence of elevated
    assert done["submittedAt"] is not None
    assert done["allowed"] == {"edit": False, "submit": False}
    assert (await patch(coordinator, done, assessors=["Y"])).status_code == 409
    assert (await submit_response(coordinator, done)).status_code == 409
    listed = (await coordinator.get(f"/api/v1/cases/{case['id']}/assessments")).json()
    assert [(a["id"], a["status"]) for a in listed] == [(done["id"], "submitted")]
    detail = (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()
    assert detail["nextReviewOn"] == done["nextReviewOn"] and detail["openAlertCount"] == 0


async def test_a_final_level_other_than_the_proposal_needs_a_rationale(make_client: ClientFactory) -> None:
    police = await make_client("police")
    case = await shared_case(await make_client("coordinator"))
    draft = await start(police, case["id"], "police")
    refused = await submit_response(police, draft, finalLevel="high")
    assert refused.status_code == 400
    assert [p["name"] for p in refused.json()["invalidParams"]] == ["rationale"]
    done = await submit(police, draft, finalLevel="high", rationale="Online signalen wegen zwaar.")
    assert (done["proposedLevel"], done["finalLevel"], done["rationale"]) == (
        "insufficient_information",
        "high",
        "Online signalen wegen zwaar.",
    )


async def test_the_role_decides_the_perspective(make_client: ClientFactory) -> None:
    case = await shared_case(await make_client("coordinator"))
    partner = await make_client("partner")
    body = {"type": "intake", "perspective": "police", "assessedOn": "2026-01-05", "informationCompleteness": "limited"}
    assert (await partner.post(f"/api/v1/cases/{case['id']}/assessments", json=body)).status_code == 403
    assert (await start(partner, case["id"], "care"))["perspective"] == "care"


async def test_an_acute_indicator_raises_an_alert_acknowledged_once(make_client: ClientFactory) -> None:
    coordinator, partner, police = [await make_client(n) for n in ("coordinator", "partner", "police")]
    case = await shared_case(coordinator)
    draft = await rate(
        coordinator, await start(coordinator, case["id"], "municipality"), rating("D1", "present", "low")
    )
    assert draft["proposal"]["fired"][0]["rule"] == "acute_flag"
    await submit(coordinator, draft)

    alerts = (await partner.get(f"/api/v1/cases/{case['id']}/alerts")).json()
    assert [(a["indicatorCodes"], a["acknowledgedAt"]) for a in alerts] == [(["D1"], None)]
    open_alerts = (await police.get("/api/v1/alerts", params={"open": "true"})).json()
    assert [(a["id"], a["caseReference"]) for a in open_alerts] == [(alerts[0]["id"], case["reference"])]
    listed = (await coordinator.get("/api/v1/cases")).json()["items"]
    assert next(c for c in listed if c["id"] == case["id"])["openAlertCount"] == 1

    url = f"/api/v1/alerts/{alerts[0]['id']}/acknowledge"
    assert (await partner.post(url, json={"routedTo": "police"})).status_code == 403
    done = await coordinator.post(url, json={"routedTo": "police", "routingNote": "Wijkagent gebeld."})
    assert done.status_code == 200, done.text
    assert done.json()["routedTo"] == "police" and done.json()["acknowledgedBy"] == "Test Coordinator"
    assert (await police.post(url, json={"routedTo": "prosecutor"})).status_code == 409
    assert (await police.get("/api/v1/alerts")).json() == []
    assert (await coordinator.get(f"/api/v1/cases/{case['id']}")).json()["openAlertCount"] == 0


async def test_overdue_reviews_surface_when_the_date_has_passed(
    make_client: ClientFactory, clock: MutableClock
) -> None:
    coordinator = await make_client("coordinator")
    case = await shared_case(coordinator)
    draft = await start(coordinator, case["id"], "municipality")
    await submit(coordinator, draft, finalLevel="acute", rationale="Acuut gewogen.")  # review within 7 days
    assert (await coordinator.get("/api/v1/reviews/overdue")).json() == []
    soon = (await coordinator.get("/api/v1/reviews/overdue", params={"withinDays": 8})).json()
    assert [(r["caseId"], r["daysOverdue"]) for r in soon] == [(case["id"], -7)]

    clock.advance(timedelta(days=10))
    police = await make_client("police")  # logs in after the jump: sessions do not survive ten days
    due = (await police.get("/api/v1/reviews/overdue")).json()
    assert [(r["reference"], r["finalLevel"], r["daysOverdue"]) for r in due] == [(case["reference"], "acute", 3)]
    assert due[0]["personName"] == "Youssef Bakker"


async def test_the_comparison_lists_where_perspectives_disagree(make_client: ClientFactory) -> None:
    coordinator, police = await make_client("coordinator"), await make_client("police")
    case = await shared_case(coordinator)
    municipality = await rate(
        coordinator,
        await start(coordinator, case["id"], "municipality"),
        rating("A3", "present", "medium"),
        rating("B1", "present", "high"),
    )
    await submit(coordinator, municipality)
    view = await rate(
        police, await start(police, case["id"], "police"), rating("A3", "absent"), rating("B1", "partly", "low")
    )
    await submit(police, view)
    comparison = (await (await make_client("partner")).get(f"/api/v1/cases/{case['id']}/assessment-comparison")).json()
    assert [p["perspective"] for p in comparison["perspectives"]] == ["municipality", "police"]
    assert {
        (d["indicatorCode"], d["kind"], tuple(d["higher"]), tuple(d["lower"])) for d in comparison["disagreements"]
    } == {
        ("A3", "presence", ("municipality",), ("police",)),
        ("B1", "relevance", ("municipality",), ("police",)),
    }
    a3 = next(r for r in comparison["rows"] if r["indicatorCode"] == "A3")
    assert [(c["perspective"], c["presence"]) for c in a3["cells"]] == [
        ("municipality", "present"),
        ("police", "absent"),
    ]


async def test_a_closed_case_comes_back_for_its_follow_ups_after_closure(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await shared_case(coordinator)
    closed_on = datetime.now(UTC).date() - timedelta(days=400)  # follow-ups after 6 and 12 months, both in the past
    first_due, second_due = add_months(closed_on, 6), add_months(closed_on, 12)
    closure = await start(coordinator, case["id"], "municipality", type="closure", assessedOn=closed_on.isoformat())
    submitted = await submit(coordinator, closure, finalLevel="low", rationale="Afgeschaald, doelen bereikt.")
    assert submitted["nextReviewOn"] == first_due.isoformat()
    dismissed = await move(coordinator, case["id"], "dismiss", closureReason="no_action")
    assert dismissed.status_code == 200, dismissed.text

    due = (await coordinator.get("/api/v1/reviews/overdue")).json()
    assert [(r["caseId"], r["nextReviewOn"], r["afterClosure"]) for r in due] == [
        (case["id"], first_due.isoformat(), True)
    ]
    on_time = (first_due + timedelta(days=2)).isoformat()
    follow_up = await start(coordinator, case["id"], "municipality", type="follow_up", assessedOn=on_time)
    submitted = await submit(coordinator, follow_up, finalLevel="low", rationale="Geen zorgen.")
    assert submitted["nextReviewOn"] == second_due.isoformat()
    last_on = (second_due + timedelta(days=1)).isoformat()
    last = await start(coordinator, case["id"], "municipality", type="follow_up", assessedOn=last_on)
    assert (await submit(coordinator, last, finalLevel="low", rationale="Geen zorgen."))["nextReviewOn"] is None
    assert (await coordinator.get("/api/v1/reviews/overdue", params={"withinDays": 365})).json() == []
