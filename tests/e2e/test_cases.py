"""A case from referral onwards, as the case director and the partners notice it."""

from __future__ import annotations

import asyncio

import httpx

from tests.conftest import ClientFactory
from tests.e2e.case_helpers import VALID_BSN, add_participant, move, referral_body, register
from tests.support.world import MUNICIPALITY, POLICE, YOUTH_CARE, user_id


async def test_a_referral_becomes_a_case_with_a_reference_and_history(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator, bsn=VALID_BSN)

    assert case["reference"].startswith("RAD-") and len(case["reference"]) == len("RAD-2026-0001")
    assert case["status"] == "referred" and case["escalationLevel"] == 0
    assert case["person"]["bsnMasked"] == "*****2333"
    assert VALID_BSN not in str(case)
    assert [t["name"] for t in case["nextPossibleTransitions"]] == ["start_screening", "dismiss"]
    assert (
        case["statusHistory"][0]["toStatus"] == "referred"
        and case["statusHistory"][0]["actorName"] == "Test Coordinator"
    )
    roles = {(p["organisationName"], p["role"]) for p in case["participants"]}
    assert roles == {("Gemeente Amsterdam", "regisseur"), ("Jeugdzorg Amsterdam", "informant")}


async def test_through_screening_and_weighing_into_intake_then_escalated(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case_id = (await register(coordinator))["id"]
    for transition in ("start_screening", "start_weighing", "include"):
        assert (await move(coordinator, case_id, transition)).status_code == 200

    escalated = await coordinator.post(
        f"/api/v1/cases/{case_id}/escalations",
        json={"level": 1, "reason": "Casusoverleg nodig", "decisionReference": "WO-12"},
    )

    body = escalated.json()
    assert escalated.status_code == 200 and body["status"] == "intake" and body["escalationLevel"] == 1
    assert [c["transition"] for c in body["statusHistory"]] == [None, "start_screening", "start_weighing", "include"]
    assert body["levelHistory"][-1] == body["levelHistory"][-1] | {
        "fromLevel": 0,
        "toLevel": 1,
        "decisionReference": "WO-12",
    }
    assert [p["status"] for p in body["timeInState"]] == ["referred", "screening", "weighing", "intake"]


async def test_a_forbidden_transition_is_a_409_listing_the_allowed_ones(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case_id = (await register(coordinator))["id"]

    response = await move(coordinator, case_id, "approve_plan")

    assert response.status_code == 409 and response.headers["content-type"] == "application/problem+json"
    assert response.json()["allowedTransitions"] == ["start_screening", "dismiss"]
    assert (await coordinator.get(f"/api/v1/cases/{case_id}")).json()["status"] == "referred"


async def test_closing_needs_a_reason_and_reopening_starts_a_linked_episode(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case_id = (await register(coordinator))["id"]
    missing = await coordinator.post(
        f"/api/v1/cases/{case_id}/transitions", json={"transition": "dismiss", "reason": ""}
    )
    assert missing.status_code == 400 and missing.json()["invalidParams"][0]["name"] == "reason"

    closed = await move(coordinator, case_id, "dismiss")
    assert closed.json()["closureReason"] == "no_action" and closed.json()["closedAt"]
    assert (
        await coordinator.post(f"/api/v1/cases/{case_id}/escalations", json={"level": 2, "reason": "x"})
    ).status_code == 409

    reopened = await move(coordinator, case_id, "reopen")

    assert reopened.status_code == 201
    new = reopened.json()
    assert new["id"] != case_id and new["previousCaseId"] == case_id and new["status"] == "referred"
    assert case_id in {c["id"] for c in new["linkedCases"]}
    assert (await coordinator.get(f"/api/v1/cases/{case_id}")).json()["status"] == "closed"


async def test_a_repeat_referral_is_found_and_linked(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    first = await register(coordinator, bsn=VALID_BSN)

    by_name = await coordinator.post(
        "/api/v1/persons/matches", json={"firstNames": "Joessef", "surname": "Baker", "dateOfBirth": "2007-03-14"}
    )
    by_bsn = await coordinator.post("/api/v1/persons/matches", json={"surname": "Anders", "bsn": VALID_BSN})
    nobody = await coordinator.post("/api/v1/persons/matches", json={"surname": "Jansen", "dateOfBirth": "1990-01-01"})

    assert [m["cases"][0]["id"] for m in by_name.json()["items"]] == [first["id"]]
    assert by_bsn.json()["items"][0]["bsnMatch"] is True
    assert nobody.json()["items"] == []
    second = await register(coordinator, bsn=VALID_BSN)
    assert second["person"]["id"] == first["person"]["id"]
    assert first["id"] in {c["id"] for c in second["linkedCases"]}


async def test_bad_input_names_the_field_and_changes_nothing(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    cases = [
        (referral_body(bsn="123456789"), "person.bsn"),
        (referral_body(dateOfBirth="2999-01-01"), "person.dateOfBirth"),
        (
            {
                **referral_body(),
                "referral": {**referral_body()["referral"], "sourceOrganisationId": str(POLICE.id).replace("2", "9")},
            },
            "referral.sourceOrganisationId",
        ),
        (
            {**referral_body(), "referral": {**referral_body()["referral"], "description": "x" * 10_001}},
            "referral.description",
        ),
    ]
    for body, field in cases:
        response = await coordinator.post("/api/v1/cases", json=body)
        assert response.status_code == 400, (field, response.text)
        assert field in {p["name"] for p in response.json()["invalidParams"]}, response.json()
    case_id = (await register(coordinator))["id"]
    unknown = await coordinator.post(f"/api/v1/cases/{case_id}/transitions", json={"transition": "fly", "reason": "x"})
    assert unknown.status_code == 400 and unknown.json()["invalidParams"][0]["name"] == "transition"
    # None of the refused requests left a case behind: only the valid registration exists.
    assert [c["id"] for c in (await coordinator.get("/api/v1/cases")).json()["items"]] == [case_id]
    assert (await coordinator.get(f"/api/v1/cases/{case_id}")).json()["statusHistory"][-1]["toStatus"] == "referred"


async def test_fifty_concurrent_registrations_get_fifty_references(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    responses = await asyncio.gather(*(coordinator.post("/api/v1/cases", json=referral_body()) for _ in range(50)))
    references = [r.json()["reference"] for r in responses if r.status_code == 201]
    assert len(references) == 50 and len(set(references)) == 50


async def test_concurrent_updates_are_caught_by_the_etag(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case_id = (await register(coordinator))["id"]
    etag = (await coordinator.get(f"/api/v1/cases/{case_id}")).headers["etag"]
    first = await coordinator.patch(
        f"/api/v1/cases/{case_id}", json={"regisseurId": str(user_id("regisseur"))}, headers={"If-Match": etag}
    )
    second = await coordinator.patch(f"/api/v1/cases/{case_id}", json={"regisseurId": None}, headers={"If-Match": etag})
    assert first.status_code == 200 and first.json()["regisseur"]["displayName"] == "Test Regisseur"
    assert second.status_code == 412
    assert (await coordinator.patch(f"/api/v1/cases/{case_id}", json={"regisseurId": None})).status_code == 428


async def test_participants_come_and_go_in_the_history(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case_id = (await register(coordinator))["id"]
    police = await add_participant(coordinator, case_id, POLICE.id, "core_partner")
    duplicate = await coordinator.post(
        f"/api/v1/cases/{case_id}/participants", json={"organisationId": str(POLICE.id), "role": "core_partner"}
    )
    assert duplicate.status_code == 409

    ended = await coordinator.post(
        f"/api/v1/cases/{case_id}/participants/{police['id']}/end", json={"reason": "Rol vervuld"}
    )

    assert ended.status_code == 200 and ended.json()["endedAt"]
    participants = (await coordinator.get(f"/api/v1/cases/{case_id}")).json()["participants"]
    assert any(p["id"] == police["id"] and p["endReason"] == "Rol vervuld" for p in participants)


async def test_the_process_is_the_state_table(make_client: ClientFactory) -> None:
    analyst = await make_client("analyst")
    process = (await analyst.get("/api/v1/process")).json()
    assert {s["code"] for s in process["states"] if s["final"]} == {"closed", "transferred"}
    assert {"name": "include", "fromStatus": "weighing", "toStatus": "intake", "closureReasons": []} in process[
        "transitions"
    ]
    assert process["escalationLevels"] == [0, 1, 2, 3]


async def test_case_list_filters_search_and_pages(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    a = await register(coordinator, surname="Aksoy", district="zuidoost")
    b = await register(coordinator, surname="Visser", district="noord")
    await move(coordinator, b["id"], "start_screening")

    def ids(response: httpx.Response) -> list[str]:
        assert response.status_code == 200, response.text
        return [c["id"] for c in response.json()["items"]]

    assert ids(await coordinator.get("/api/v1/cases", params={"q": "aksoy"})) == [a["id"]]
    assert ids(await coordinator.get("/api/v1/cases", params={"q": b["reference"].lower()})) == [b["id"]]
    assert ids(await coordinator.get("/api/v1/cases", params={"status": "screening"})) == [b["id"]]
    assert ids(await coordinator.get("/api/v1/cases", params={"district": "zuidoost"})) == [a["id"]]
    assert ids(
        await coordinator.get("/api/v1/cases", params={"organisationId": str(MUNICIPALITY.id), "sort": "reference"})
    ) == [a["id"], b["id"]]
    first = await coordinator.get("/api/v1/cases", params={"limit": 1, "sort": "-reference"})
    second = await coordinator.get(
        "/api/v1/cases", params={"limit": 1, "sort": "-reference", "cursor": first.json()["nextCursor"]}
    )
    assert ids(first) + ids(second) == [b["id"], a["id"]]
    assert (await coordinator.get("/api/v1/cases", params={"sort": "surname"})).status_code == 400
    assert ids(await coordinator.get("/api/v1/cases", params={"organisationId": str(YOUTH_CARE.id)})) == []
