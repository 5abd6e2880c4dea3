"""Need-to-know on assessments over HTTP: a partner never receives a health indicator's rating in any
response, sharing levels hold for other organisations, and drafts stay with their organisation."""

from __future__ import annotations

import httpx

from tests.conftest import ClientFactory
from tests.e2e.assessment_helpers import patch, rate, rating, shared_case, start, submit
from tests.support.world import STARTER_CROSSWALK_ID


async def _every_assessment_response(client: httpx.AsyncClient, case_id: str) -> list[httpx.Response]:
    listed = await client.get(f"/api/v1/cases/{case_id}/assessments")
    responses = [listed]
    responses += [await client.get(f"/api/v1/assessments/{a['id']}") for a in listed.json()]
    for url in (
        f"/api/v1/cases/{case_id}/assessment-comparison",
        f"/api/v1/cases/{case_id}/alerts",
        f"/api/v1/cases/{case_id}",
        "/api/v1/alerts",
        "/api/v1/reviews/overdue?withinDays=366",
    ):
        responses.append(await client.get(url))
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses if r.status_code != 200]
    return responses


async def test_a_health_indicator_never_reaches_a_partner(make_client: ClientFactory) -> None:
    coordinator, police, partner = [await make_client(n) for n in ("coordinator", "police", "partner")]
    case = await shared_case(coordinator)
    municipality = await rate(
        coordinator,
        await start(coordinator, case["id"], "municipality"),
        rating("B4", "present", "high", evidenceFor="Gezondheidsgegevens", sharing="shareable"),
        rating("A1", "present", "high"),
        rating("D1", "present", "low"),  # acute: an alert too
    )
    assert "B4" in {r["code"] for r in municipality["ratings"]}
    await submit(coordinator, municipality)
    entered = await start(police, case["id"], "police", crosswalkId=str(STARTER_CROSSWALK_ID))
    response = await patch(
        police,
        entered,
        externalRatings=[rating("K3", "present", "high", evidenceFor="Behandeling"), rating("K1", "present", "low")],
    )
    assert response.status_code == 200, response.text
    assert "B4" in {d["code"] for d in response.json()["derived"]}  # the police see what they entered
    await submit(police, response.json(), finalLevel="high", rationale="Zorgen")
    # Its own draft with nothing rated: the rules list every unknown core indicator, B4 among them.
    own = await start(partner, case["id"], "care")
    assert own["proposal"]["fired"][0]["rule"] == "core_unknown"

    responses = await _every_assessment_response(partner, case["id"])
    for seen in responses:
        assert "B4" not in seen.text and "K3" not in seen.text and "Gezondheid" not in seen.text, seen.url
    # ... while the coordinator, who directs the case, sees it.
    coordinator_view = (await coordinator.get(f"/api/v1/assessments/{municipality['id']}")).json()
    assert "B4" in {r["code"] for r in coordinator_view["ratings"]}


async def test_a_partner_does_not_rate_a_health_indicator(make_client: ClientFactory) -> None:
    partner = await make_client("partner")
    case = await shared_case(await make_client("coordinator"))
    draft = await start(partner, case["id"], "care")
    refused = await patch(partner, draft, ratings=[rating("B4", "absent")])
    assert refused.status_code == 400 and refused.json()["invalidParams"][0]["name"] == "ratings[0].code"


async def test_sharing_levels_hold_for_other_organisations(make_client: ClientFactory) -> None:
    coordinator, police = await make_client("coordinator"), await make_client("police")
    case = await shared_case(coordinator)
    draft = await rate(
        coordinator,
        await start(coordinator, case["id"], "municipality"),
        rating("A1", "present", "high", evidenceFor="Deelt content", source="School", sharing="summary_only"),
        rating("C1", "partly", "medium", evidenceFor="Contacten", sharing="own_organisation"),
        rating("A3", "absent", evidenceAgainst="Geen uitingen"),
    )
    done = await submit(coordinator, draft)
    seen = (await police.get(f"/api/v1/assessments/{done['id']}")).json()
    ratings = {r["code"]: r for r in seen["ratings"]}
    assert set(ratings) == {"A1", "A3"}
    assert ratings["A1"]["withheld"] == "summary" and ratings["A1"]["presence"] == "present"
    assert (ratings["A1"]["relevance"], ratings["A1"]["evidenceFor"], ratings["A1"]["source"]) == (None, "", "")
    assert ratings["A3"]["withheld"] is None and ratings["A3"]["evidenceAgainst"] == "Geen uitingen"
    network = next(p for p in seen["profiles"] if p["dimension"] == "network")
    assert network["partly"] == 0  # C1 is not counted for the police
    own = (await coordinator.get(f"/api/v1/assessments/{done['id']}")).json()
    assert {r["code"]: r["withheld"] for r in own["ratings"]} == {"A1": None, "A3": None, "C1": None}


async def test_a_draft_stays_with_its_organisation_and_the_case_directors(make_client: ClientFactory) -> None:
    coordinator, police, partner = [await make_client(n) for n in ("coordinator", "police", "partner")]
    case = await shared_case(coordinator)
    draft = await start(police, case["id"], "police")
    assert (await partner.get(f"/api/v1/assessments/{draft['id']}")).status_code == 404
    assert (await partner.get(f"/api/v1/cases/{case['id']}/assessments")).json() == []
    seen = (await coordinator.get(f"/api/v1/assessments/{draft['id']}")).json()
    assert seen["allowed"] == {"edit": False, "submit": False}
    assert (await patch(coordinator, draft, assessors=["X"])).status_code == 403
    outsider = await make_client("regisseur")  # not this case's regisseur, not in a team with its regisseur
    assert (await outsider.get(f"/api/v1/assessments/{draft['id']}")).status_code == 404
    assert (await outsider.get(f"/api/v1/cases/{case['id']}/assessments")).status_code == 404
