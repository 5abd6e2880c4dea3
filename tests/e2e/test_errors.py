"""Every error status a caller can meet has the problem+json shape, and the edge headers."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import ClientFactory

PROBLEM_KEYS = {"type", "title", "status"}


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["api-version"] == "1.0.0"
    body = response.json()
    assert set(body) >= PROBLEM_KEYS and body["status"] == status
    assert "Traceback" not in response.text and "sqlalchemy" not in response.text.lower()
    return body


async def test_400_lists_the_invalid_parameters(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    body = assert_problem(await admin.post("/api/v1/organisations", json={"name": "", "kind": "bakery"}), 400)
    names = {p["name"] for p in body["invalidParams"]}
    assert names == {"name", "kind"}
    body = assert_problem(await admin.get("/api/v1/users?limit=0"), 400)
    assert body["invalidParams"][0]["name"] == "limit"
    body = assert_problem(
        await admin.post("/api/v1/organisations", json={"name": "X", "kind": "other", "id": "sneaky"}), 400
    )
    assert body["invalidParams"][0]["name"] == "id"


async def test_400_for_a_body_that_is_not_json(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    response = await admin.post(
        "/api/v1/organisations", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 400)


async def test_401_403_404(make_client: ClientFactory, anonymous: httpx.AsyncClient) -> None:
    assert_problem(await anonymous.get("/api/v1/me"), 401)
    analyst = await make_client("analyst")
    assert_problem(await analyst.get("/api/v1/users"), 403)
    admin = await make_client("admin")
    assert_problem(await admin.get("/api/v1/users/00000000-0000-4000-8000-0000000000ff"), 404)
    assert_problem(await admin.get("/api/v1/no-such-thing"), 404)


async def test_405_names_the_allowed_methods(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    response = await admin.delete("/api/v1/me")
    assert_problem(response, 405)
    assert "GET" in response.headers["allow"]


async def test_409_on_a_duplicate(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    assert_problem(await admin.post("/api/v1/organisations", json={"name": "politie amsterdam", "kind": "police"}), 409)


async def test_412_and_428_on_updates(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    url = "/api/v1/organisations/00000000-0000-4000-8000-000000000003"
    assert_problem(await admin.patch(url, json={"shortName": "JZ"}), 428)
    assert_problem(await admin.patch(url, json={"shortName": "JZ"}, headers={"If-Match": '"99"'}), 412)
    etag = (await admin.get(url)).headers["etag"]
    assert (await admin.patch(url, json={"shortName": "JZ"}, headers={"If-Match": etag})).status_code == 200
    # The second writer with the same (now old) ETag loses, and nothing changes.
    assert_problem(await admin.patch(url, json={"shortName": "JZA"}, headers={"If-Match": etag}), 412)
    assert (await admin.get(url)).json()["shortName"] == "JZ"


async def test_413_for_a_large_body(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    huge = b'{"name":"' + b"x" * 2_000_000 + b'","kind":"other"}'
    assert_problem(
        await admin.post("/api/v1/organisations", content=huge, headers={"Content-Type": "application/json"}), 413
    )


async def test_415_for_a_body_that_is_not_declared_json(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    response = await admin.post(
        "/api/v1/organisations", content=b"name=x", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert_problem(response, 415)


async def test_429_carries_retry_after(anonymous: httpx.AsyncClient) -> None:
    for _ in range(6):
        response = await anonymous.post("/api/v1/auth/login", json={"username": "x-user", "password": "wrong-password"})
    assert_problem(response, 429)
    assert response.headers["retry-after"].isdigit()


async def test_500_reveals_nothing(app, make_client: ClientFactory) -> None:  # type: ignore[no-untyped-def]
    from fastapi import Depends

    from api.deps import require
    from domain.access.permissions import Permission

    @app.get("/api/v1/boom", dependencies=[Depends(require(Permission.ME_READ))])
    async def boom() -> None:
        raise RuntimeError("secret detail: BSN 123456782")

    client = await make_client("admin")
    response = await client.get("/api/v1/boom")
    body = assert_problem(response, 500)
    assert "123456782" not in response.text and "secret" not in body.get("detail", "")


@pytest.mark.parametrize("path", ["/api/v1/health", "/api/v1/me", "/login", "/api/v1/nope"])
async def test_security_headers_on_every_response(anonymous: httpx.AsyncClient, path: str) -> None:
    response = await anonymous.get(path)
    headers = response.headers
    assert headers["api-version"] == "1.0.0"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["strict-transport-security"].startswith("max-age=")
    assert "server" not in headers
    if path.startswith("/api/"):
        assert headers["cache-control"] == "no-store"


async def test_request_id_is_echoed_when_safe_and_replaced_when_not(anonymous: httpx.AsyncClient) -> None:
    assert (await anonymous.get("/api/v1/health", headers={"X-Request-ID": "abc-123"})).headers[
        "x-request-id"
    ] == "abc-123"
    replaced = (await anonymous.get("/api/v1/health", headers={"X-Request-ID": "bad id\nwith newline"})).headers[
        "x-request-id"
    ]
    assert replaced != "bad id\nwith newline" and len(replaced) == 32


async def test_no_trailing_slash_redirects(make_client: ClientFactory) -> None:
    admin = await make_client("admin")
    response = await admin.get("/api/v1/organisations/")
    assert response.status_code == 404
