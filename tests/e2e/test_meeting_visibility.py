"""Meetings seen from the organisations taking part, over HTTP on both databases: an organisation sees only the
agenda items, minutes and action items of the cases it works in (also on printed minutes); a meeting changes until
it closes, by its managers only; action items come back on the next agenda until done."""

from __future__ import annotations

from tests.conftest import ClientFactory
from tests.e2e.case_helpers import add_participant, register
from tests.e2e.meeting_helpers import agenda, case_in_weighing, plan_meeting, start, when
from tests.support.world import MUNICIPALITY, POLICE, YOUTH_CARE


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
