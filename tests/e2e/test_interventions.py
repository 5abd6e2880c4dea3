"""The intervention catalogue over HTTP: the starter entries are there on day one and can be searched; a
coordinator adds and changes an intervention (If-Match) and retires it, after which it is hidden from the list
unless asked for, stays readable, and no longer changes. Validation problems are 400 with invalidParams."""

from __future__ import annotations

from typing import Any

from tests.conftest import ClientFactory

BASE = "/api/v1/interventions"


def _text(nl: str) -> dict[str, str]:
    return {"nl": nl, "en": f"{nl} (en)"}


def new_intervention(code: str = "LOC-01") -> dict[str, Any]:
    return {
        "code": code,
        "name": _text("Buurtmentor Nieuw-West"),
        "description": _text("Een vaste mentor uit de buurt."),
        "goal": _text("Een steunend netwerk opbouwen."),
        "type": "mentoring_dialogue",
        "voluntary": True,
        "targetDimensions": ["network"],
        "targetIndicators": ["C1"],
        "targetAge": {"min": 16, "max": 27, "note": ""},
        "provider": {"organisationId": None, "name": "Stichting Buurtmentor"},
        "conditions": _text("Vrijwillige deelname."),
        "processSteps": [_text("Kennismaking.")],
        "legalBasis": _text("Geen."),
        "duration": _text("Zes maanden."),
        "availability": "waiting_list",
        "evidenceNote": _text("Niet geëvalueerd."),
    }


async def test_the_starter_catalogue_is_there_and_searchable(make_client: ClientFactory) -> None:
    partner = await make_client("partner")
    everything = (await partner.get(BASE)).json()
    assert len(everything) >= 30
    assert everything[0]["code"] == "INT-01" and everything[0]["name"]["nl"]
    administrative = (await partner.get(BASE, params={"type": "administrative"})).json()
    assert administrative and {i["type"] for i in administrative} == {"administrative"}
    for_age = (await partner.get(BASE, params={"age": 15})).json()
    assert all(i["targetAge"]["min"] is None or i["targetAge"]["min"] <= 15 for i in for_age)
    wanted = everything[0]["targetIndicators"][0]
    by_indicator = (await partner.get(BASE, params={"indicator": wanted})).json()
    assert by_indicator and all(wanted in i["targetIndicators"] for i in by_indicator)


async def test_a_coordinator_adds_changes_and_retires_an_intervention(make_client: ClientFactory) -> None:
    coordinator, partner = await make_client("coordinator"), await make_client("partner")
    created = await coordinator.post(BASE, json=new_intervention())
    assert created.status_code == 201, created.text
    body = created.json()
    url = f"{BASE}/{body['id']}"
    assert created.headers["Location"] == url and created.headers["ETag"] == '"1"'
    assert (body["availability"], body["retiredAt"], body["version"]) == ("waiting_list", None, 1)
    assert (await coordinator.post(BASE, json=new_intervention())).status_code == 409  # the code is taken

    assert (await coordinator.patch(url, json={"availability": "available"})).status_code == 428
    assert (
        await coordinator.patch(url, json={"availability": "available"}, headers={"If-Match": '"7"'})
    ).status_code == 412
    changed = await coordinator.patch(url, json={"availability": "available"}, headers={"If-Match": '"1"'})
    assert changed.status_code == 200, changed.text
    assert (changed.json()["availability"], changed.json()["name"]["nl"], changed.headers["ETag"]) == (
        "available",
        "Buurtmentor Nieuw-West",
        '"2"',
    )
    assert (await partner.patch(url, json={"voluntary": False}, headers={"If-Match": '"2"'})).status_code == 403

    retired = await coordinator.post(f"{url}/retire", json={"reason": "Subsidie beëindigd"})
    assert retired.status_code == 200, retired.text
    assert retired.json()["retiredReason"] == "Subsidie beëindigd" and retired.json()["retiredAt"]
    assert (await coordinator.post(f"{url}/retire", json={"reason": "Nogmaals"})).status_code == 409
    assert (await coordinator.patch(url, json={"contact": "x"}, headers={"If-Match": '"3"'})).status_code == 409
    assert "LOC-01" not in {i["code"] for i in (await partner.get(BASE)).json()}
    listed = (await partner.get(BASE, params={"includeRetired": "true", "q": "buurtmentor"})).json()
    assert [i["code"] for i in listed] == ["LOC-01"]
    assert (await partner.get(url)).json()["retiredAt"] is not None


async def test_invalid_input_is_400_with_the_fields_named(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    document = {**new_intervention("bad code"), "availability": "sometimes", "processSteps": []}
    refused = await admin.post(BASE, json=document)
    assert refused.status_code == 400
    names = {p["name"] for p in refused.json()["invalidParams"]}
    assert {"code", "availability", "processSteps"} <= names
    empty_reason = await admin.post(f"{BASE}/{(await admin.get(BASE)).json()[0]['id']}/retire", json={"reason": " "})
    assert empty_reason.status_code == 400
