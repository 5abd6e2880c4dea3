"""No route without a declared permission (or an explicit `public`)."""

from __future__ import annotations

from api.deps import Public, RequirePermission
from tests.contract.routes import api_routes, declared


def test_every_route_declares_exactly_one_permission_or_public() -> None:
    problems = []
    for route in api_routes():
        markers = declared(route)
        kinds = {type(m) for m in markers}
        if len(kinds) != 1 or not kinds <= {RequirePermission, Public}:
            problems.append(f"{sorted(route.methods)} {route.path}: {markers}")
    assert problems == []


def test_every_route_is_under_the_versioned_base_path() -> None:
    assert all(route.path.startswith("/api/v1/") for route in api_routes())


def test_the_routes_walked_are_all_the_routes_the_app_documents() -> None:
    from tests.contract.routes import documented_keys, route_keys

    assert route_keys() == documented_keys()
