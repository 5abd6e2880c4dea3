"""Serves the built SPA: files from frontend/dist, index.html for client-side routes.
Unknown /api paths get a problem+json 404 here, never the SPA."""

from __future__ import annotations

from pathlib import Path

from starlette.responses import FileResponse, Response
from starlette.types import Receive, Scope, Send

from api.errors import problem


class SpaApp:
    def __init__(self, directory: Path) -> None:
        self.directory = directory.resolve()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = self._respond(scope)
        await response(scope, receive, send)

    def _respond(self, scope: Scope) -> Response:
        path: str = scope["path"]
        if path.startswith("/api/") or path == "/api":
            return problem(404, "No such API resource.")
        if scope["method"] not in ("GET", "HEAD"):
            return problem(405, headers={"Allow": "GET, HEAD"})
        index = self.directory / "index.html"
        if not index.is_file():
            return problem(404, "The web application has not been built (run `make run`).")
        candidate = (self.directory / path.lstrip("/")).resolve()
        if candidate.is_file() and candidate.is_relative_to(self.directory):
            return FileResponse(candidate)
        if path.startswith("/assets/"):
            return problem(404)
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
