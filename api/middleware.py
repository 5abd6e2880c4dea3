"""The edge of every request (pure ASGI, no BaseHTTPMiddleware): request ids, body size and
media type limits, security and version headers, the last-resort 500, and the access log."""

from __future__ import annotations

import json
import logging
import re
import time
import traceback
import uuid
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import API_VERSION, PROBLEM_JSON, problem_body

access_log = logging.getLogger("casusregie.access")
error_log = logging.getLogger("casusregie.error")

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
BODY_METHODS = {"POST", "PUT", "PATCH"}
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
SPA_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class BodyTooLarge(Exception):
    pass


# The only other request media type: crosswalks arrive as spreadsheets too.
CSV_PATHS = frozenset({"/api/v1/crosswalks"})


def _media(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _is_json(content_type: str) -> bool:
    media = _media(content_type)
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class EdgeMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, hsts: bool, api_prefix: str = "/api/v1") -> None:
        self.app = app
        self.api_prefix = api_prefix
        self.max_body_bytes = max_body_bytes
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = Headers(scope=scope)
        incoming = headers.get("x-request-id", "")
        request_id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        path: str = scope["path"]
        is_api = path.startswith("/api/")
        status_box = {"status": 500, "started": False}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_box["status"] = message["status"]
                status_box["started"] = True
                self._add_headers(MutableHeaders(scope=message), request_id, is_api, path)
            await send(message)

        rejection = self._reject(scope, headers) if is_api else None
        try:
            if rejection is not None:
                await self._send_problem(send_with_headers, *rejection)
            else:
                await self.app(scope, self._limited(receive), send_with_headers)
        except BodyTooLarge:
            if not status_box["started"]:
                await self._send_problem(send_with_headers, 413, "The request body is too large.")
        except Exception as exc:  # the last resort: never a stack trace to the client
            # The message of an exception may carry personal data (e.g. SQL parameters): log the type and frames only.
            error_log.error(
                "unhandled error",
                extra={
                    "requestId": request_id,
                    "errorType": type(exc).__name__,
                    "frames": traceback.format_tb(exc.__traceback__)[-8:],
                },
            )
            if not status_box["started"]:
                await self._send_problem(send_with_headers, 500, "An unexpected error occurred. It has been logged.")
        finally:
            template = getattr(scope.get("route"), "path", None)
            if is_api and template and not template.startswith("/api/"):
                template = self.api_prefix + template  # routes of included routers carry their own path only
            access_log.info(
                "request",
                extra={
                    "requestId": request_id,
                    "method": scope["method"],
                    # The route template, never the concrete path or query string: those can hold names.
                    "route": template or ("/api/*" if is_api else "/spa"),
                    "status": status_box["status"],
                    "durationMs": round((time.perf_counter() - started) * 1000, 2),
                    "actorId": scope.get("state", {}).get("actor_id"),
                },
            )

    def _reject(self, scope: Scope, headers: Headers) -> tuple[int, str] | None:
        if scope["method"] not in BODY_METHODS:
            return None
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return 400, "Content-Length is not a number."
            if int(length) > self.max_body_bytes:
                return 413, f"The request body is larger than {self.max_body_bytes} bytes."
        has_body = (length is not None and int(length) > 0) or "transfer-encoding" in headers
        content_type = headers.get("content-type", "")
        csv_allowed = scope["path"] in CSV_PATHS and _media(content_type) == "text/csv"
        if has_body and not _is_json(content_type) and not csv_allowed:
            return 415, "Send the request body as application/json."
        return None

    def _limited(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.max_body_bytes

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge()
            return message

        return wrapped

    def _add_headers(self, out: MutableHeaders, request_id: str, is_api: bool, path: str) -> None:
        out["API-Version"] = API_VERSION
        out["X-Request-ID"] = request_id
        out["X-Content-Type-Options"] = "nosniff"
        out["Referrer-Policy"] = "no-referrer"
        out["X-Frame-Options"] = "DENY"
        out["Cross-Origin-Opener-Policy"] = "same-origin"
        out["Cross-Origin-Resource-Policy"] = "same-origin"
        out["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()"
        if self.hsts:
            out["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
        if is_api:
            out["Content-Security-Policy"] = API_CSP
            out["Cache-Control"] = "no-store"
        else:
            out["Content-Security-Policy"] = SPA_CSP
            if "cache-control" not in out:
                immutable = path.startswith("/assets/")
                out["Cache-Control"] = "public, max-age=31536000, immutable" if immutable else "no-cache"

    async def _send_problem(self, send: Any, status: int, detail: str) -> None:
        body = json.dumps(problem_body(status, detail)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})
