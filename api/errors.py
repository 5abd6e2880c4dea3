"""Every error leaves as application/problem+json (RFC 9457), mapped here in one place."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from domain.errors import (
    AuthenticationFailed,
    Conflict,
    DomainError,
    Forbidden,
    InvalidInput,
    NotFound,
    StaleVersion,
    Throttled,
)

PROBLEM_JSON = "application/problem+json"
API_VERSION = "1.0.0"


class PreconditionRequired(DomainError):
    """PATCH/PUT without If-Match: the caller must show which version it changes."""


def problem_type(status: int) -> str:
    return f"urn:casusregie:problem:{HTTPStatus(status).phrase.lower().replace(' ', '-')}"


def problem_body(
    status: int, detail: str | None = None, invalid_params: list[dict[str, str]] | None = None, title: str | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"type": problem_type(status), "title": title or HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    if invalid_params is not None:
        body["invalidParams"] = invalid_params
    return body


def problem(
    status: int,
    detail: str | None = None,
    *,
    invalid_params: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        problem_body(status, detail, invalid_params), status_code=status, headers=headers, media_type=PROBLEM_JSON
    )


_LOCATIONS = {"body", "query", "path", "header", "cookie"}


def _param_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if str(p) not in _LOCATIONS]
    return ".".join(parts) or "body"


def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    params = []
    for error in exc.errors():
        reason = str(error.get("msg", "is invalid"))
        if error.get("type") == "json_invalid":
            reason = "the body is not valid JSON"
        params.append({"name": _param_name(tuple(error.get("loc", ()))), "reason": reason})
    return problem(400, "The request contains invalid input.", invalid_params=params)


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != HTTPStatus(exc.status_code).phrase else None
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        # Starlette names only the first route that matched the path; list every method of the resource.
        allowed = request.app.state.allowed_methods(request.url.path)
        if allowed:
            headers["Allow"] = ", ".join(sorted(allowed))
    return problem(exc.status_code, detail, headers=headers)


def _domain_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    if isinstance(exc, InvalidInput):
        params = [{"name": p.name, "reason": p.reason} for p in exc.params]
        return problem(400, exc.detail, invalid_params=params)
    if isinstance(exc, AuthenticationFailed):
        return problem(401, exc.detail, headers={"WWW-Authenticate": 'Bearer realm="casusregie"'})
    if isinstance(exc, Throttled):
        return problem(429, exc.detail, headers={"Retry-After": str(exc.retry_after_seconds)})
    if isinstance(exc, Conflict) and exc.extensions:
        body = {**problem_body(409, exc.detail), **exc.extensions}
        return JSONResponse(body, status_code=409, media_type=PROBLEM_JSON)
    status = {
        Forbidden: 403,
        NotFound: 404,
        Conflict: 409,
        StaleVersion: 412,
        PreconditionRequired: 428,
    }.get(type(exc), 400)
    return problem(status, exc.detail)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DomainError, _domain_error)
