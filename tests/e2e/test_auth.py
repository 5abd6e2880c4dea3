"""Logging in and out as a person would notice it, through HTTP."""

from __future__ import annotations

from datetime import timedelta

import httpx

from api.deps import ACCESS_COOKIE, CSRF_COOKIE, REFRESH_COOKIE
from tests.conftest import ClientFactory, MutableClock
from tests.support.world import PASSWORD, user_id

LOGIN = "/api/v1/auth/login"


async def test_login_sets_hardened_cookies_and_me_shows_the_person(anonymous: httpx.AsyncClient) -> None:
    response = await anonymous.post(LOGIN, json={"username": "coordinator", "password": PASSWORD})

    assert response.status_code == 200
    assert response.json()["displayName"] == "Test Coordinator"
    set_cookies = response.headers.get_list("set-cookie")
    access = next(c for c in set_cookies if c.startswith(ACCESS_COOKIE))
    refresh = next(c for c in set_cookies if c.startswith(REFRESH_COOKIE))
    csrf = next(c for c in set_cookies if c.startswith(CSRF_COOKIE))
    for cookie in (access, refresh):
        lowered = cookie.lower()
        assert "httponly" in lowered and "secure" in lowered and "samesite=strict" in lowered
    assert "httponly" not in csrf.lower() and "secure" in csrf.lower()
    assert "path=/api/v1/auth" in refresh.lower()

    me = await anonymous.get("/api/v1/me")
    assert me.status_code == 200
    body = me.json()
    assert body["username"] == "coordinator"
    assert body["organisation"]["name"] == "Gemeente Amsterdam"
    assert body["roles"] == ["coordinator"]
    assert "users:manage" not in body["permissions"]


async def test_wrong_password_and_unknown_user_look_the_same(anonymous: httpx.AsyncClient) -> None:
    wrong = await anonymous.post(LOGIN, json={"username": "coordinator", "password": "not-the-password-at-all"})
    unknown = await anonymous.post(LOGIN, json={"username": "nobody-here", "password": "not-the-password-at-all"})

    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.headers["content-type"] == unknown.headers["content-type"] == "application/problem+json"
    assert "set-cookie" not in wrong.headers and "set-cookie" not in unknown.headers


async def test_account_locks_after_repeated_failures_even_with_the_right_password(
    anonymous: httpx.AsyncClient, clock: MutableClock
) -> None:
    for _ in range(5):
        assert (
            await anonymous.post(LOGIN, json={"username": "regisseur", "password": "wrong-password-1"})
        ).status_code == 401

    locked = await anonymous.post(LOGIN, json={"username": "regisseur", "password": PASSWORD})

    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 0
    assert locked.json()["status"] == 429
    clock.advance(timedelta(minutes=16))
    assert (await anonymous.post(LOGIN, json={"username": "regisseur", "password": PASSWORD})).status_code == 200


async def test_unknown_accounts_lock_the_same_way(anonymous: httpx.AsyncClient) -> None:
    for _ in range(5):
        await anonymous.post(LOGIN, json={"username": "ghost", "password": "wrong-password-1"})
    assert (await anonymous.post(LOGIN, json={"username": "ghost", "password": "wrong-password-1"})).status_code == 429


async def test_address_is_throttled_across_accounts(anonymous: httpx.AsyncClient) -> None:
    for i in range(20):
        await anonymous.post(LOGIN, json={"username": f"spray{i}", "password": "wrong-password-1"})
    response = await anonymous.post(LOGIN, json={"username": "analyst", "password": PASSWORD})
    assert response.status_code == 429


async def test_logout_ends_access_on_the_next_request(make_client: ClientFactory) -> None:
    client = await make_client("regisseur")
    stolen_access = client.cookies[ACCESS_COOKIE]

    assert (await client.post("/api/v1/auth/logout")).status_code == 204

    assert (await client.get("/api/v1/me")).status_code == 401
    # Even a copy of the access token taken before logout no longer works.
    replay = await make_client()
    assert (await replay.get("/api/v1/me", headers={"Cookie": f"{ACCESS_COOKIE}={stolen_access}"})).status_code == 401


async def test_disabling_a_user_ends_their_access_on_the_next_request(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    partner = await make_client("partner")
    assert (await partner.get("/api/v1/me")).status_code == 200
    target = f"/api/v1/users/{user_id('partner')}"
    etag = (await admin.get(target)).headers["etag"]

    disabled = await admin.patch(target, json={"active": False}, headers={"If-Match": etag})

    assert disabled.status_code == 200 and disabled.json()["active"] is False
    assert (await partner.get("/api/v1/me")).status_code == 401
    assert (await partner.post("/api/v1/auth/refresh")).status_code == 401


async def test_role_change_applies_on_the_next_request(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    analyst = await make_client("analyst")
    assert (await analyst.get("/api/v1/audit-events")).status_code == 403
    target = f"/api/v1/users/{user_id('analyst')}"
    etag = (await admin.get(target)).headers["etag"]

    changed = await admin.patch(target, json={"roles": ["privacy_officer"]}, headers={"If-Match": etag})

    assert changed.status_code == 200
    assert (await analyst.get("/api/v1/audit-events")).status_code == 200
    assert (await analyst.get("/api/v1/me")).json()["roles"] == ["privacy_officer"]


async def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(make_client: ClientFactory) -> None:
    client = await make_client("coordinator")
    first_refresh = client.cookies[REFRESH_COOKIE]

    rotated = await client.post("/api/v1/auth/refresh")
    assert rotated.status_code == 200
    assert client.cookies[REFRESH_COOKIE] != first_refresh

    thief = await make_client()
    thief.headers["X-CSRF-Token"] = client.headers["X-CSRF-Token"]
    reuse = await thief.post("/api/v1/auth/refresh", headers={"Cookie": f"{REFRESH_COOKIE}={first_refresh}"})
    assert reuse.status_code == 401
    # The theft is noticed: the legitimate holder's session is gone too.
    assert (await client.get("/api/v1/me")).status_code == 401


async def test_expired_access_token_is_refused_and_refresh_restores_access(
    make_client: ClientFactory, clock: MutableClock
) -> None:
    client = await make_client("coordinator")
    clock.advance(timedelta(minutes=6))
    assert (await client.get("/api/v1/me")).status_code == 401
    assert (await client.post("/api/v1/auth/refresh")).status_code == 200
    assert (await client.get("/api/v1/me")).status_code == 200


async def test_session_ends_after_idle_timeout(make_client: ClientFactory, clock: MutableClock) -> None:
    client = await make_client("coordinator")
    clock.advance(timedelta(minutes=31))
    assert (await client.post("/api/v1/auth/refresh")).status_code == 401


async def test_state_change_with_cookie_needs_the_csrf_header(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    del admin.headers["X-CSRF-Token"]
    response = await admin.post("/api/v1/organisations", json={"name": "Zonder CSRF", "kind": "other"})
    assert response.status_code == 403
    admin.headers["X-CSRF-Token"] = "0" * 64
    assert (await admin.post("/api/v1/organisations", json={"name": "Zonder CSRF", "kind": "other"})).status_code == 403


async def test_forged_or_foreign_tokens_are_refused(anonymous: httpx.AsyncClient) -> None:
    import jwt

    forged = jwt.encode(
        {"sub": str(user_id("admin")), "sid": "x"}, "a-guessed-secret-that-is-long-enough-for-hs256", algorithm="HS256"
    )
    none_alg = jwt.encode({"sub": str(user_id("admin"))}, None, algorithm="none")
    for token in (forged, none_alg, "garbage"):
        response = await anonymous.get("/api/v1/me", headers={"Cookie": f"{ACCESS_COOKIE}={token}"})
        assert response.status_code == 401
    assert (await anonymous.get("/api/v1/me", headers={"Authorization": "Bearer not-a-token"})).status_code == 401


async def test_activation_sets_the_first_password(make_client: ClientFactory, anonymous: httpx.AsyncClient) -> None:
    admin = await make_client("admin")
    created = await admin.post(
        "/api/v1/users",
        json={
            "username": "nieuw",
            "displayName": "Nieuwe Collega",
            "organisationId": "00000000-0000-4000-8000-000000000001",
            "roles": ["regisseur"],
        },
    )
    assert created.status_code == 201
    code = created.json()["activationCode"]
    assert created.json()["user"]["activationPending"] is True
    assert (await anonymous.post(LOGIN, json={"username": "nieuw", "password": "anything-at-all-1"})).status_code == 401

    short = await anonymous.post(
        "/api/v1/auth/activate", json={"username": "nieuw", "activationCode": code, "newPassword": "short"}
    )
    assert short.status_code == 400 and short.json()["invalidParams"][0]["name"] == "newPassword"
    done = await anonymous.post(
        "/api/v1/auth/activate",
        json={"username": "nieuw", "activationCode": code.lower(), "newPassword": "een-lang-wachtwoord-2026"},
    )
    assert done.status_code == 204
    again = await anonymous.post(
        "/api/v1/auth/activate",
        json={"username": "nieuw", "activationCode": code, "newPassword": "een-ander-wachtwoord-2026"},
    )
    assert again.status_code == 401  # one-time
    assert (
        await anonymous.post(LOGIN, json={"username": "nieuw", "password": "een-lang-wachtwoord-2026"})
    ).status_code == 200


async def test_changing_own_password_keeps_this_session_and_ends_others(make_client: ClientFactory) -> None:
    here = await make_client("regisseur")
    elsewhere = await make_client("regisseur")
    wrong = await here.post(
        "/api/v1/me/password", json={"currentPassword": "nope-nope-nope", "newPassword": "nieuw-wachtwoord-2026"}
    )
    assert wrong.status_code == 400 and wrong.json()["invalidParams"][0]["name"] == "currentPassword"

    changed = await here.post(
        "/api/v1/me/password", json={"currentPassword": PASSWORD, "newPassword": "nieuw-wachtwoord-2026"}
    )

    assert changed.status_code == 204
    assert (await here.get("/api/v1/me")).status_code == 200
    assert (await elsewhere.get("/api/v1/me")).status_code == 401
