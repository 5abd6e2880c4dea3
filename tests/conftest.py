"""Shared fixtures: a database per test on every backend, the app, logged-in clients."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from api.deps import CSRF_COOKIE, Container
from api.main import create_app
from api.settings import Environment, Settings
from persistence.database import create_engine
from tests.support.databases import BACKENDS, TEST_DATABASE_URL, Templates
from tests.support.world import PASSWORD, seed


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and not TEST_DATABASE_URL:
        raise pytest.UsageError("CI must run the database tests on PostgreSQL too: set TEST_DATABASE_URL")


def pytest_report_header() -> str:
    return f"database backends: {', '.join(BACKENDS)}"


class MutableClock:
    """Real time by default; tests move it forward to cross expiry and lockout windows."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    found = Templates(tmp_path_factory.mktemp("templates"), seed)
    yield found
    found.close()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, templates: Templates, tmp_path: Path) -> Iterator[str]:
    with templates.copy(backend, tmp_path) as url:
        yield url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    created = create_engine(database_url)
    yield created
    await created.dispose()


@pytest.fixture
def clock() -> MutableClock:
    return MutableClock()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        environment=Environment.TEST,
        database_url=database_url,
        secret_key="test-secret-key-that-is-long-enough-0123456789",  # type: ignore[arg-type]
        spa_dir=tmp_path / "no-spa",
    )


@pytest.fixture
def container(settings: Settings, engine: AsyncEngine, clock: MutableClock) -> Container:
    return Container.build(settings, engine, clock)


@pytest.fixture
def app(settings: Settings, container: Container):  # type: ignore[no-untyped-def]
    application = create_app(settings)
    application.state.container = container
    return application


ClientFactory = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def make_client(app) -> AsyncIterator[ClientFactory]:  # type: ignore[no-untyped-def]
    """Clients with their own cookie jar; `await make_client("admin")` logs in as that user."""
    opened: list[httpx.AsyncClient] = []

    async def factory(username: str | None = None, password: str = PASSWORD) -> httpx.AsyncClient:
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, client=("203.0.113.10", 50000)), base_url="https://testserver"
        )
        opened.append(client)
        if username is not None:
            response = await client.post("/api/v1/auth/login", json={"username": username, "password": password})
            assert response.status_code == 200, response.text
            client.headers["X-CSRF-Token"] = client.cookies[CSRF_COOKIE]
        return client

    yield factory
    for client in opened:
        await client.aclose()


@pytest.fixture
async def anonymous(make_client: ClientFactory) -> httpx.AsyncClient:
    return await make_client()
