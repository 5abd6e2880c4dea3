"""What every route declares: a permission (RequirePermission) or that it is public.

Routes are read from the routers the app mounts (public API) and cross-checked with the
app's OpenAPI document, so a route cannot hide from these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from api.deps import Public, RequirePermission
from api.main import API_PREFIX, ROUTERS, create_app


@dataclass(frozen=True)
class MountedRoute:
    path: str
    methods: frozenset[str]
    route: APIRoute


def _markers(dependant: Dependant) -> list[object]:
    found: list[object] = []
    for sub in dependant.dependencies:
        if isinstance(sub.call, RequirePermission | Public):
            found.append(sub.call)
        found.extend(_markers(sub))
    return found


def api_routes() -> list[MountedRoute]:
    return [
        MountedRoute(API_PREFIX + r.path, frozenset(r.methods), r)
        for router in ROUTERS
        for r in router.routes
        if isinstance(r, APIRoute)
    ]


def declared(route: MountedRoute) -> list[object]:
    return _markers(route.route.dependant)


def route_keys() -> set[tuple[str, str]]:
    return {(method, r.path) for r in api_routes() for method in r.methods}


def documented_keys() -> set[tuple[str, str]]:
    paths = create_app().openapi()["paths"]
    return {(method.upper(), path) for path, item in paths.items() for method in item}
