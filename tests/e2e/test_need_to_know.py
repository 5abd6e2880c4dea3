"""Each partner sees exactly what it may: invisible cases, journals and persons do not exist."""

from __future__ import annotations

from datetime import date

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.conftest import ClientFactory
from tests.e2e.case_helpers import VALID_BSN, add_participant, register
from tests.support.world import POLICE, YOUTH_CARE


async def _entry(
    client: httpx.AsyncClient, case_id: str, visibility: str, body: str, summary: str | None = None
) -> httpx.Response:
    return await client.post(
        f"/api/v1/cases/{case_id}/journal-entries",
        json={
            "occurredOn": date.today().isoformat(),
            "category": "observation",
            "visibility": visibility,
            "body": body,
            "summary": summary,
        },
    )


async def test_an_organisation_not_taking_part_sees_nothing_of_the_case(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator)
    partner = await make_client("partner")  # youth care: only the informant of this case

    assert (await partner.get(f"/api/v1/cases/{case['id']}")).status_code == 404
    assert (await partner.get(f"/api/v1/cases/{case['id']}/journal-entries")).status_code == 404
    assert (await partner.get(f"/api/v1/persons/{case['person']['id']}")).status_code == 404
    assert (await partner.get("/api/v1/cases")).json()["items"] == []
    assert (await partner.get("/api/v1/cases", params={"q": case["reference"]})).json()["items"] == []
    assert (await _entry(partner, case["id"], "case_team", "x")).status_code == 404

    await add_participant(coordinator, case["id"], YOUTH_CARE.id)
    assert (await partner.get(f"/api/v1/cases/{case['id']}")).status_code == 200
    assert [c["id"] for c in (await partner.get("/api/v1/cases")).json()["items"]] == [case["id"]]


async def test_partners_read_but_do_not_steer_and_admins_see_no_case_content(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator)
    await add_participant(coordinator, case["id"], YOUTH_CARE.id)
    partner = await make_client("partner")

    seen = (await partner.get(f"/api/v1/cases/{case['id']}")).json()
    assert seen["nextPossibleTransitions"] == [] and seen["allowedActions"]["manage"] is False
    assert (
        await partner.post(
            f"/api/v1/cases/{case['id']}/transitions", json={"transition": "start_screening", "reason": "x"}
        )
    ).status_code == 403
    for username in ("admin", "analyst", "privacy"):
        other = await make_client(username)
        assert (await other.get("/api/v1/cases")).status_code == 403
        assert (await other.get(f"/api/v1/cases/{case['id']}")).status_code == 403


async def test_journal_visibility_keeps_police_notes_from_a_school_or_youth_care(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator)
    await add_participant(coordinator, case["id"], YOUTH_CARE.id)
    await add_participant(coordinator, case["id"], POLICE.id, "core_partner")
    police = await make_client("police")
    partner = await make_client("partner")
    assert (
        await _entry(
            police,
            case["id"],
            "core_partners",
            "Informatie uit politiesystemen",
            "Politie-informatie gedeeld in kernoverleg",
        )
    ).status_code == 201
    assert (await _entry(police, case["id"], "own_organisation", "Alleen voor de politie: bron X")).status_code == 201
    assert (await _entry(coordinator, case["id"], "case_team", "Gesprek met ouders gevoerd")).status_code == 201

    def shown(response: httpx.Response) -> list[tuple[str | None, str | None, bool]]:
        return [(e["body"], e["summary"], e["restricted"]) for e in response.json()["items"]]

    partner_view = shown(await partner.get(f"/api/v1/cases/{case['id']}/journal-entries"))
    coordinator_view = shown(await coordinator.get(f"/api/v1/cases/{case['id']}/journal-entries"))
    police_view = shown(await police.get(f"/api/v1/cases/{case['id']}/journal-entries"))

    assert partner_view == [
        ("Gesprek met ouders gevoerd", None, False),
        (None, "Politie-informatie gedeeld in kernoverleg", True),
    ]
    assert "Alleen voor de politie: bron X" not in str(coordinator_view)
    assert ("Informatie uit politiesystemen", "Politie-informatie gedeeld in kernoverleg", False) in coordinator_view
    assert len(police_view) == 3


async def test_journal_entries_are_corrected_not_edited(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    case_id = (await register(coordinator))["id"]
    first = (await _entry(coordinator, case_id, "case_team", "Gesprek op 3 maart")).json()
    correction = await coordinator.post(
        f"/api/v1/cases/{case_id}/journal-entries",
        json={
            "occurredOn": date.today().isoformat(),
            "category": "other",
            "visibility": "case_team",
            "body": "Correctie: het gesprek was op 4 maart",
            "correctsEntryId": first["id"],
        },
    )
    assert correction.status_code == 201 and correction.json()["correctsEntryId"] == first["id"]
    future = await coordinator.post(
        f"/api/v1/cases/{case_id}/journal-entries",
        json={"occurredOn": "2999-01-01", "category": "other", "visibility": "case_team", "body": "x"},
    )
    assert future.status_code == 400 and future.json()["invalidParams"][0]["name"] == "occurredOn"
    entries = (await coordinator.get(f"/api/v1/cases/{case_id}/journal-entries")).json()["items"]
    assert [e["body"] for e in entries] == ["Correctie: het gesprek was op 4 maart", "Gesprek op 3 maart"]


async def test_the_bsn_is_encrypted_at_rest_masked_and_revealed_with_an_audit_row(
    make_client: ClientFactory, engine: AsyncEngine
) -> None:
    coordinator = await make_client("coordinator")
    case = await register(coordinator, bsn=VALID_BSN)
    person_id = case["person"]["id"]

    person = await coordinator.get(f"/api/v1/persons/{person_id}")
    assert person.json()["bsnMasked"] == "*****2333" and VALID_BSN not in person.text
    revealed = await coordinator.post(f"/api/v1/persons/{person_id}/bsn-reveals")
    assert revealed.json() == {"bsn": VALID_BSN}

    async with engine.connect() as conn:
        dump = [tuple(r) for r in await conn.execute(text("SELECT * FROM person"))]
        audit = [tuple(r) for r in await conn.execute(text("SELECT * FROM audit_event"))]
    assert VALID_BSN not in str(dump) and VALID_BSN not in str(audit)
    privacy = await make_client("privacy")
    reveals = (await privacy.get("/api/v1/audit-events", params={"action": "person.bsn_reveal"})).json()["items"]
    assert [(e["recordId"], e["subjectPersonId"]) for e in reveals] == [(person_id, person_id)]
    partner = await make_client("partner")
    assert (await partner.post(f"/api/v1/persons/{person_id}/bsn-reveals")).status_code == 403


async def test_person_details_relations_and_optimistic_concurrency(make_client: ClientFactory) -> None:
    coordinator = await make_client("coordinator")
    person_id = (await register(coordinator))["person"]["id"]
    url = f"/api/v1/persons/{person_id}"
    etag = (await coordinator.get(url)).headers["etag"]

    changed = await coordinator.patch(url, json={"district": "west", "bsn": "123456782"}, headers={"If-Match": etag})
    stale = await coordinator.patch(url, json={"district": "oost"}, headers={"If-Match": etag})
    invalid = await coordinator.patch(url, json={"bsn": "123456789"}, headers={"If-Match": changed.headers["etag"]})
    relation = await coordinator.post(
        f"{url}/relations", json={"relation": "parent", "person": {"firstNames": "Fatima", "surname": "Bakker"}}
    )

    assert (
        changed.status_code == 200
        and changed.json()["district"] == "west"
        and changed.json()["bsnMasked"] == "*****6782"
    )
    assert stale.status_code == 412
    assert invalid.status_code == 400 and invalid.json()["invalidParams"][0]["name"] == "bsn"
    assert relation.status_code == 201 and relation.json()["relatedPersonName"] == "Fatima Bakker"
    assert [r["relation"] for r in (await coordinator.get(url)).json()["relations"]] == ["parent"]
    removed = await coordinator.delete(f"{url}/relations/{relation.json()['id']}")
    assert removed.status_code == 204 and (await coordinator.get(url)).json()["relations"] == []
