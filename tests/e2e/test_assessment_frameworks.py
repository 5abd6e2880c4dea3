"""Framework versions and crosswalks over HTTP: a published version never changes, a new version is
imported as a draft and published (the old one retires, its assessments stay readable), crosswalks arrive
as JSON or CSV, and an assessment entered in police codes shows what it means on our indicators."""

from __future__ import annotations

from typing import Any

from persistence.crosswalk_files import crosswalk_to_document, starter_crosswalk
from persistence.framework_files import framework_to_document, starter_framework
from tests.conftest import ClientFactory
from tests.e2e.assessment_helpers import patch, rating, shared_case, start, submit
from tests.support.world import STARTER_CROSSWALK_ID, STARTER_FRAMEWORK_ID

STARTER = f"/api/v1/assessment-frameworks/{STARTER_FRAMEWORK_ID}"


def _document(version: str = "2026.2") -> dict[str, Any]:
    document = framework_to_document(starter_framework())
    return {**document, "version": version, "change_log": f"{version}: herijkt."}


async def test_a_published_version_refuses_every_change(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    assert (await coordinator.post(f"{STARTER}/publish")).status_code == 409
    again = await coordinator.post("/api/v1/assessment-frameworks", json=_document("2026.1"))
    assert again.status_code == 409
    assert (await coordinator.get(STARTER)).json()["status"] == "published"


async def test_an_unusable_document_is_refused_with_every_problem_named(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    document = _document()
    document["indicators"] = [{**document["indicators"][0], "acute": "yes"}, *document["indicators"][1:]]
    document.pop("cadence")
    refused = await admin.post("/api/v1/assessment-frameworks", json=document)
    assert refused.status_code == 400
    names = {p["name"] for p in refused.json()["invalidParams"]}
    assert names == {"indicators.0.acute (indicator A1)", "cadence"}


async def test_a_new_version_is_imported_published_and_the_old_one_retires(make_client: ClientFactory) -> None:
    admin, coordinator = await make_client("admin"), await make_client("coordinator")
    case = await shared_case(coordinator)
    old = await submit(coordinator, await start(coordinator, case["id"], "municipality"))

    imported = await admin.post("/api/v1/assessment-frameworks", json=_document())
    assert imported.status_code == 201, imported.text
    draft = imported.json()
    assert (draft["version"], draft["status"], draft["publishedAt"]) == ("2026.2", "draft", None)
    assert imported.headers["Location"] == f"/api/v1/assessment-frameworks/{draft['id']}"
    assert (await start(coordinator, case["id"], "municipality"))["frameworkVersion"] == "2026.1"  # not yet

    published = await admin.post(f"/api/v1/assessment-frameworks/{draft['id']}/publish")
    assert published.status_code == 200 and published.json()["status"] == "published"
    listed = (await coordinator.get("/api/v1/assessment-frameworks")).json()
    assert [(f["version"], f["status"]) for f in listed] == [("2026.2", "published"), ("2026.1", "retired")]
    assert (await admin.post(f"/api/v1/assessment-frameworks/{draft['id']}/publish")).status_code == 409

    still = (await coordinator.get(f"/api/v1/assessments/{old['id']}")).json()
    assert (still["frameworkId"], still["frameworkVersion"], still["status"]) == (
        str(STARTER_FRAMEWORK_ID),
        "2026.1",
        "submitted",
    )
    assert (await start(coordinator, case["id"], "municipality"))["frameworkVersion"] == "2026.2"
    pinned = await coordinator.post(
        f"/api/v1/cases/{case['id']}/assessments",
        json={
            "type": "periodic",
            "perspective": "municipality",
            "assessedOn": old["assessedOn"],
            "informationCompleteness": "limited",
            "frameworkId": str(STARTER_FRAMEWORK_ID),
        },
    )
    assert pinned.status_code == 400 and pinned.json()["invalidParams"][0]["name"] == "frameworkId"


async def test_the_proposal_preview_for_the_live_form(make_client: ClientFactory) -> None:
    analyst = await make_client("analyst")
    body = {"ratings": [rating("D2", "present", "medium"), rating("A1", "partly", "low", trend="stable")]}
    proposal = (await analyst.post(f"{STARTER}/proposal", json=body)).json()
    assert proposal["level"] == "acute" and proposal["fired"][0] == {
        "rule": "acute_flag",
        "level": "acute",
        "indicatorCodes": ["D2"],
        "dimensions": ["intent_behaviour"],
    }
    refused = await analyst.post(f"{STARTER}/proposal", json={"ratings": [rating("Q1", "absent")]})
    assert refused.status_code == 400 and refused.json()["invalidParams"][0]["name"] == "ratings[0].code"


CSV_OK = "external_code;external_label;indicator_code;relation\nX1;Dreigen;D1;equivalent\nX2;Contacten;C1;broader\n"
CSV_BAD = "external_code,external_label,indicator_code,relation\nX1,Dreigen,D1,equivalent\nX2,Contacten,Z9,broader\n"


async def test_a_crosswalk_arrives_as_csv_or_json_and_problems_name_the_row(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    csv = {"Content-Type": "text/csv"}
    params = {"externalModel": "politie-test", "version": "2026.1", "frameworkId": str(STARTER_FRAMEWORK_ID)}
    refused = await coordinator.post("/api/v1/crosswalks", content=CSV_BAD, params=params, headers=csv)
    assert refused.status_code == 400
    assert [p["name"] for p in refused.json()["invalidParams"]] == ["row 3, field indicator_code"]
    missing = await coordinator.post("/api/v1/crosswalks", content=CSV_OK, headers=csv)
    assert {p["name"] for p in missing.json()["invalidParams"]} == {"externalModel", "version", "frameworkId"}

    created = await coordinator.post("/api/v1/crosswalks", content=CSV_OK, params=params, headers=csv)
    assert created.status_code == 201, created.text
    assert [(e["externalCode"], e["relation"]) for e in created.json()["entries"]] == [
        ("X1", "equivalent"),
        ("X2", "broader"),
    ]
    again = await coordinator.post("/api/v1/crosswalks", content=CSV_OK, params=params, headers=csv)
    assert again.status_code == 409

    document = {**crosswalk_to_document(starter_crosswalk()), "version": "2026.2"}
    imported = await coordinator.post("/api/v1/crosswalks", json=document)
    assert imported.status_code == 201 and imported.json()["frameworkId"] == str(STARTER_FRAMEWORK_ID)
    assert (await coordinator.post("/api/v1/crosswalks", json=document)).status_code == 409
    assert len((await coordinator.get("/api/v1/crosswalks")).json()) == 3


async def test_an_assessment_in_police_codes_shows_derived_ratings(make_client: ClientFactory) -> None:
    police = await make_client("police")
    case = await shared_case(await make_client("coordinator"))
    draft = await start(police, case["id"], "police", crosswalkId=str(STARTER_CROSSWALK_ID))
    assert draft["crosswalkId"] == str(STARTER_CROSSWALK_ID)
    wrong = await patch(police, draft, externalRatings=[rating("A1", "absent")])
    assert wrong.status_code == 400 and wrong.json()["invalidParams"][0]["name"] == "externalRatings[0].code"
    response = await patch(
        police,
        draft,
        externalRatings=[
            rating("I4", "present", "high", evidenceFor="Dreigt online"),
            rating("K6", "present", "medium"),
        ],
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert [r["code"] for r in body["externalRatings"]] == ["K6", "I4"]  # crosswalk order
    assert all(r["label"] for r in body["externalRatings"])
    derived = {d["code"]: d for d in body["derived"]}
    assert derived["D1"] == {"code": "D1", "fromExternalCodes": ["I4"], "capped": False}
    assert derived["C1"]["capped"] is True  # broader: present counts as partly
    ours = {r["code"]: r for r in body["ratings"]}
    assert ours["D1"]["presence"] == "present" and ours["C1"]["presence"] == "partly"
    assert "[I4] Dreigt online" in ours["D1"]["evidenceFor"]
    assert body["proposal"]["level"] == "acute"
