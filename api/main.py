"""create_app(): the API under /api/v1, the edge middleware, and the built SPA at /."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.routing import compile_path

from api.deps import Container
from api.errors import API_VERSION, install_error_handlers
from api.middleware import EdgeMiddleware
from api.settings import Environment, Settings, get_settings
from api.spa import SpaApp
from api.v1 import (
    alerts,
    assessment_frameworks,
    assessments,
    audit_events,
    auth,
    case_work,
    cases,
    crosswalks,
    health,
    interventions,
    me,
    meetings,
    organisations,
    persons,
    plans,
    process,
    users,
)
from domain.ports import Clock
from persistence.database import create_engine

API_PREFIX = "/api/v1"
ROUTERS = (
    health.router,
    auth.router,
    me.router,
    organisations.router,
    users.router,
    audit_events.router,
    process.router,
    cases.router,
    case_work.router,
    persons.router,
    assessment_frameworks.router,
    crosswalks.router,
    assessments.router,
    alerts.router,
    alerts.reviews_router,
    interventions.router,
    plans.router,
    meetings.router,
)


def _operation_id(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None, clock: Clock | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.database_url, pool_size=settings.database_pool_size)
        app.state.container = Container.build(settings, engine, clock)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="Casusregie API",
        version=API_VERSION,
        summary="Case management for the multi-agency approach to radicalisation cases.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    app.router.redirect_slashes = False
    app.state.allowed_methods = _method_table()
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    # The fallback after all routes (not a mount), so a wrong method on a known path stays a 405.
    app.router.default = SpaApp(settings.spa_dir)
    app.add_middleware(
        EdgeMiddleware, max_body_bytes=settings.max_body_bytes, hsts=settings.environment is not Environment.DEVELOPMENT
    )
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _method_table() -> Callable[[str], set[str]]:
    """path -> the methods of the first route template that matches it (as Starlette routes),
    for the Allow header of a 405."""
    templates: dict[str, set[str]] = {}
    for router in ROUTERS:
        for route in router.routes:
            if isinstance(route, APIRoute):
                templates.setdefault(API_PREFIX + route.path, set()).update(route.methods or set())
    table = [(compile_path(template)[0], methods) for template, methods in templates.items()]

    def allowed(path: str) -> set[str]:
        return next((methods for regex, methods in table if regex.match(path)), set())

    return allowed


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, held to our conventions: 400 (not 422) for invalid input, problem+json."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(
        title=app.title, version=app.version, summary=app.summary, routes=app.routes, openapi_version="3.1.0"
    )
    schema["info"]["contact"] = {"name": "Gemeente Amsterdam, directie OOV"}
    schema["servers"] = [{"url": "/", "description": "This server"}]
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            operation.get("responses", {}).pop("422", None)
            for response in operation.get("responses", {}).values():
                content = response.get("content", {})
                if "application/problem+json" in content and "application/json" in content:
                    content["application/problem+json"] = content.pop("application/json")
    components = schema.get("components", {}).get("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    app.openapi_schema = schema
    return schema
