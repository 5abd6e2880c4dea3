"""Structured JSON logs on stderr. Nothing personal goes in: see the access log fields."""

from __future__ import annotations

import logging
import sys

from pythonjsonlogger.json import JsonFormatter

# These libraries log SQL parameters or full URLs with query strings at DEBUG/INFO, which can
# carry names and other personal data. They stay at WARNING whatever level the app runs at.
QUIET_LIBRARIES = ("aiosqlite", "asyncpg", "sqlalchemy", "sqlalchemy.engine", "httpx", "httpcore", "alembic")


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s", timestamp=False))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    # uvicorn's own access log prints the full path with query string: ours replaces it.
    logging.getLogger("uvicorn.access").disabled = True
