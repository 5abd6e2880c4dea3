"""Functional management through HTTP: organisations and accounts, with their audit trail."""

from __future__ import annotations

from tests.conftest import ClientFactory
from tests.support.world import MUNICIPALITY, POLICE, user_id


async def test_organisations_are_listed_by_name_in_pages_and_filtered(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    for i in range(5):
        assert (
            await admin.post("/api/v1/organisations", json={"name": f"Stadsdeel {i}", "kind": "district"})
        ).status_code == 201

    first = (await admin.get("/api/v1/organisations", params={"limit": 3})).json()
    second = (await admin.get("/api/v1/organisations", params={"limit": 3, "cursor": first["nextCursor"]})).json()
    third = (await admin.get("/api/v1/organisations", params={"limit": 3, "cursor": second["nextCursor"]})).json()
    names = [o["name"] for page in (first, second, third) for o in page["items"]]

    assert len(names) == 8 and names == sorted(names, key=str.lower)
    assert third["nextCursor"] is None
    districts = (await admin.get("/api/v1/organisations", params={"kind": "district", "q": "STADSDEEL 3"})).json()[
        "items"
    ]
    assert [o["name"] for o in districts] == ["Stadsdeel 3"]
    bad = await admin.get("/api/v1/organisations", params={"cursor": "not-a-cursor"})
    assert bad.status_code == 400 and bad.json()["invalidParams"][0]["name"] == "cursor"


async def test_search_text_is_literal_not_a_pattern(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    await admin.post("/api/v1/organisations", json={"name": "100% Jeugd", "kind": "youth_care"})
    assert [o["name"] for o in (await admin.get("/api/v1/organisations", params={"q": "%"})).json()["items"]] == [
        "100% Jeugd"
    ]
    assert (await admin.get("/api/v1/organisations", params={"q": "_"})).json()["items"] == []


async def test_deactivating_an_organisation_ends_access_for_its_people(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    police = await make_client("police")
    url = f"/api/v1/organisations/{POLICE.id}"
    etag = (await admin.get(url)).headers["etag"]

    response = await admin.patch(url, json={"active": False}, headers={"If-Match": etag})

    assert response.status_code == 200 and response.headers["etag"] != etag
    assert (await police.get("/api/v1/me")).status_code == 401
    own = f"/api/v1/organisations/{MUNICIPALITY.id}"
    refused = await admin.patch(
        own, json={"active": False}, headers={"If-Match": (await admin.get(own)).headers["etag"]}
    )
    assert refused.status_code == 409


async def test_accounts_are_created_changed_and_reset_without_the_admin_seeing_a_password(
    make_client: ClientFactory,
) -> None:
    admin = await make_client("admin")
    created = await admin.post(
        "/api/v1/users",
        json={
            "username": "j.jansen",
            "displayName": "Jan Jansen",
            "email": "j.jansen@example.org",
            "organisationId": str(POLICE.id),
            "roles": ["police"],
        },
    )
    assert created.status_code == 201
    assert created.headers["location"].endswith(created.json()["user"]["id"])
    assert "password" not in created.text.lower()
    user_url = created.headers["location"]

    listed = (await admin.get("/api/v1/users", params={"role": "police", "organisationId": str(POLICE.id)})).json()[
        "items"
    ]
    assert {u["username"] for u in listed} == {"police", "j.jansen"}

    wrong_org = await admin.patch(
        user_url, json={"roles": ["police", "coordinator"]}, headers={"If-Match": created.headers["etag"]}
    )
    assert wrong_org.status_code == 400 and wrong_org.json()["invalidParams"][0]["name"] == "roles"

    reset = await admin.post(f"{user_url}/activation-codes")
    assert reset.status_code == 201 and len(reset.json()["activationCode"].replace("-", "")) == 20
    assert (await admin.get(user_url)).json()["activationPending"] is True


async def test_duplicate_usernames_are_refused_case_insensitively(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    response = await admin.post(
        "/api/v1/users",
        json={
            "username": "Coordinator",
            "displayName": "Dubbel",
            "organisationId": str(MUNICIPALITY.id),
            "roles": ["regisseur"],
        },
    )
    assert response.status_code == 409


async def test_an_admin_cannot_lock_themselves_out(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    url = f"/api/v1/users/{user_id('admin')}"
    etag = (await admin.get(url)).headers["etag"]
    assert (await admin.patch(url, json={"active": False}, headers={"If-Match": etag})).status_code == 409
    assert (await admin.patch(url, json={"roles": ["analyst"]}, headers={"If-Match": etag})).status_code == 409
    assert (await admin.get("/api/v1/me")).status_code == 200


async def test_changes_and_logins_are_in_the_audit_trail_with_old_and_new_values(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    url = f"/api/v1/users/{user_id('regisseur')}"
    etag = (await admin.get(url)).headers["etag"]
    await admin.patch(url, json={"displayName": "Rachida R."}, headers={"If-Match": etag})
    await (await make_client()).post(
        "/api/v1/auth/login", json={"username": "regisseur", "password": "wrong-password-x"}
    )

    privacy = await make_client("privacy")
    updates = (await privacy.get("/api/v1/audit-events", params={"action": "user.update"})).json()["items"]
    logins = (await privacy.get("/api/v1/audit-events", params={"action": "auth.login"})).json()["items"]
    verification = (await privacy.get("/api/v1/audit-events/verification")).json()

    assert len(updates) == 1
    assert updates[0]["actorId"] == str(user_id("admin")) and updates[0]["recordId"] == str(user_id("regisseur"))
    assert updates[0]["clientAddress"] == "203.0.113.10" and updates[0]["requestId"]
    assert {e["outcome"] for e in logins} == {"success", "failure"}
    assert verification["valid"] is True and verification["checkedCount"] > 5


async def test_the_admin_sees_no_audit_trail_and_the_privacy_officer_cannot_manage(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    privacy = await make_client("privacy")
    assert (await admin.get("/api/v1/audit-events")).status_code == 403
    assert (await privacy.post("/api/v1/organisations", json={"name": "X", "kind": "other"})).status_code == 403


async def test_an_organisation_kind_that_its_members_roles_do_not_fit_is_refused(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    url = f"/api/v1/organisations/{POLICE.id}"
    etag = (await admin.get(url)).headers["etag"]
    response = await admin.patch(url, json={"kind": "municipality"}, headers={"If-Match": etag})
    assert response.status_code == 409 and "police" in response.json()["detail"]
    assert (await admin.get(url)).json()["kind"] == "police"


async def test_reactivating_an_organisation_does_not_revive_old_sessions(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    police = await make_client("police")
    url = f"/api/v1/organisations/{POLICE.id}"
    off = await admin.patch(url, json={"active": False}, headers={"If-Match": (await admin.get(url)).headers["etag"]})
    await admin.patch(url, json={"active": True}, headers={"If-Match": off.headers["etag"]})

    assert (await police.get("/api/v1/me")).status_code == 401
    assert (await make_client("police")).is_closed is False  # logging in again works
