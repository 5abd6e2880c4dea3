"""Shared steps for the assessment tests over HTTP: a case the police and youth care work in, and
starting, changing and submitting assessments with the ETag they were read at."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

from tests.e2e.case_helpers import add_participant, register
from tests.support.world import POLICE, YOUTH_CARE


def today() -> str:
    return datetime.now(UTC).date().isoformat()


async def shared_case(coordinator: httpx.AsyncClient) -> dict[str, Any]:
    """A case (directed by the coordinator) the police and youth care work in."""
    case = await register(coordinator)
    await add_participant(coordinator, case["id"], POLICE.id, "core_partner")
    await add_participant(coordinator, case["id"], YOUTH_CARE.id)
    return case


async def start(client: httpx.AsyncClient, case_id: str, perspective: str, **extra: Any) -> dict[str, Any]:
    body = {
        "type": "periodic",
        "perspective": perspective,
        "assessedOn": today(),
        "assessors": ["A. Beoordelaar"],
        "informationCompleteness": "partial",
        **extra,
    }
    response = await client.post(f"/api/v1/cases/{case_id}/assessments", json=body)
    assert response.status_code == 201, response.text
    assert response.headers["ETag"] == f'"{response.json()["version"]}"'
    return response.json()


def rating(code: str, presence: str, relevance: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"code": code, "presence": presence, "relevance": relevance, **extra}


async def patch(client: httpx.AsyncClient, assessment: dict[str, Any], **body: Any) -> httpx.Response:
    return await client.patch(
        f"/api/v1/assessments/{assessment['id']}", json=body, headers={"If-Match": f'"{assessment["version"]}"'}
    )


async def rate(client: httpx.AsyncClient, assessment: dict[str, Any], *ratings: dict[str, Any]) -> dict[str, Any]:
    response = await patch(client, assessment, ratings=list(ratings))
    assert response.status_code == 200, response.text
    return response.json()


async def submit_response(client: httpx.AsyncClient, assessment: dict[str, Any], **body: Any) -> httpx.Response:
    body = {"finalLevel": assessment["proposedLevel"], **body}
    return await client.post(
        f"/api/v1/assessments/{assessment['id']}/submit", json=body, headers={"If-Match": f'"{assessment["version"]}"'}
    )


async def submit(client: httpx.AsyncClient, assessment: dict[str, Any], **body: Any) -> dict[str, Any]:
    response = await submit_response(client, assessment, **body)
    assert response.status_code == 200, response.text
    return response.json()
