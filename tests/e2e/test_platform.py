"""Health, serving the SPA, settings and logs."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from api.settings import DEV_SECRET, Environment, Settings
from tests.conftest import ClientFactory


async def test_health_and_readiness(anonymous: httpx.AsyncClient) -> None:
    assert (await anonymous.get("/api/v1/health")).json()["status"] == "ok"
    ready = await anonymous.get("/api/v1/health/ready")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"


async def test_readiness_fails_when_the_database_is_gone(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from persistence.database import create_engine

    broken = create_engine("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    app.state.container.engine = broken
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as client:
        response = await client.get("/api/v1/health/ready")
    await broken.dispose()
    assert response.status_code == 503 and response.headers["content-type"] == "application/problem+json"


@pytest.fixture
def built_spa(settings: Settings, tmp_path: Path) -> Path:
    spa = tmp_path / "dist"
    (spa / "assets").mkdir(parents=True)
    (spa / "index.html").write_text("<!doctype html><title>Casusregie</title>")
    (spa / "assets" / "app-1234.js").write_text("console.log(1)")
    settings.spa_dir = spa
    return spa


async def test_the_spa_is_served_with_deep_links_and_strict_headers(
    built_spa: Path, settings: Settings, container
) -> None:  # type: ignore[no-untyped-def]
    from api.main import create_app

    app = create_app(settings)
    app.state.container = container
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as client:
        deep = await client.get("/admin/users/123")
        asset = await client.get("/assets/app-1234.js")
        missing = await client.get("/assets/nope.js")
        escape = await client.get("/../pyproject.toml")
    assert deep.status_code == 200 and "Casusregie" in deep.text
    assert "script-src 'self'" in deep.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in deep.headers["content-security-policy"]
    assert deep.headers["cache-control"] == "no-cache"
    assert asset.status_code == 200 and "immutable" in asset.headers["cache-control"]
    assert missing.status_code == 404
    assert "tool.ruff" not in escape.text


def test_production_refuses_a_default_or_short_secret() -> None:
    with pytest.raises(ValueError, match="SECRET_KEY"):
        Settings(environment=Environment.PRODUCTION, secret_key=DEV_SECRET)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="SECRET_KEY"):
        Settings(environment=Environment.PRODUCTION, secret_key="short")  # type: ignore[arg-type]
    fine = Settings(environment=Environment.PRODUCTION, secret_key="x" * 40)  # type: ignore[arg-type]
    assert "x" * 40 not in repr(fine) and "x" * 40 not in str(fine.model_dump())


async def test_logs_hold_no_personal_data_or_secrets(
    make_client: ClientFactory, anonymous: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    from api.logs import QUIET_LIBRARIES, configure_logging

    root = logging.getLogger()
    saved = (root.handlers[:], root.level, {n: logging.getLogger(n).level for n in QUIET_LIBRARIES})
    configure_logging("DEBUG")  # the app's own configuration, at its most verbose
    root.addHandler(caplog.handler)
    try:
        await _exercise_with_canaries(make_client, anonymous, caplog)
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


async def _exercise_with_canaries(
    make_client: ClientFactory, anonymous: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    canaries = [
        "Canary Kanarie",
        "canary-password-8831",
        "kanarie@example.org",
        "kanarie.user",
        "111222333",
        "Kanariepiet",
    ]
    admin = await make_client("admin")
    await admin.post(
        "/api/v1/users",
        json={
            "username": canaries[3],
            "displayName": canaries[0],
            "email": canaries[2],
            "organisationId": "00000000-0000-4000-8000-000000000001",
            "roles": ["partner"],
        },
    )
    await admin.get("/api/v1/users", params={"q": canaries[0]})
    await anonymous.post("/api/v1/auth/login", json={"username": canaries[3], "password": canaries[1]})
    coordinator = await make_client("coordinator")
    from tests.e2e.case_helpers import referral_body

    case = await coordinator.post("/api/v1/cases", json=referral_body(surname=canaries[5], bsn=canaries[4]))
    assert case.status_code == 201
    await coordinator.post(f"/api/v1/persons/{case.json()['person']['id']}/bsn-reveals")
    await coordinator.post("/api/v1/persons/matches", json={"surname": canaries[5], "bsn": canaries[4]})
    await coordinator.get("/api/v1/cases", params={"q": canaries[5]})

    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    routes = {getattr(r, "route", None) for r in caplog.records if r.name == "casusregie.access"}
    assert {"/api/v1/users", "/api/v1/auth/login"} <= routes  # the access log wrote route templates
    for canary in canaries:
        assert canary not in logged
    assert admin.cookies["__Host-casusregie-access"] not in logged
