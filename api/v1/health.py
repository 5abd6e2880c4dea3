"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.deps import Container, container, public
from api.errors import problem
from api.v1.schemas.common import problem_responses
from api.v1.schemas.identity import Health

router = APIRouter(tags=["health"])


@router.get("/health", dependencies=[Depends(public)], responses=problem_responses(500))
async def liveness() -> Health:
    """The process is up."""
    return Health(status="ok")


@router.get(
    "/health/ready",
    dependencies=[Depends(public)],
    response_model=Health,
    responses=problem_responses(500, 503),
)
async def readiness(c: Container = Depends(container)) -> Health | JSONResponse:
    """The process can reach its database."""
    try:
        async with c.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception:
        return problem(503, "The database cannot be reached.")
    return Health(status="ok", database="ok")
