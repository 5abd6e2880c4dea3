"""Shared steps for the meeting tests over HTTP: planning a meeting, setting its agenda, starting it, deciding."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.e2e.case_helpers import move, register

INCLUDE_CHECKLIST = {
    **{code: "yes" for code in ("A1", "A2", "B1", "B2", "C4", "E1", "E2", "E3", "E4", "I1")},
    **{code: "no" for code in ("C1", "C2", "C3", "C5")},
}
DE_ESCALATION = {"D1": "yes", "D2": "yes", "D3": "no", "D4": "no", "D5": "yes", "D6": "unknown", "D7": "yes"}


def when(days: int = 1) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


async def plan_meeting(client: httpx.AsyncClient, type: str, *organisations: object) -> dict[str, Any]:
    body = {
        "type": type,
        "startsAt": when(),
        "place": "Stadhuis, kamer 3",
        "chairName": "C. Voorzitter",
        "secretaryName": "S. Notulist",
        "organisationIds": [str(o) for o in organisations],
        "participants": ["C. Voorzitter (OOV)", "P. Agent (Politie)"],
    }
    response = await client.post("/api/v1/meetings", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def agenda(client: httpx.AsyncClient, meeting: dict[str, Any], *items: dict[str, Any]) -> dict[str, Any]:
    response = await client.put(
        f"/api/v1/meetings/{meeting['id']}/agenda",
        json={"items": list(items)},
        headers={"If-Match": f'"{meeting["version"]}"'},
    )
    assert response.status_code == 200, response.text
    return response.json()


async def start(client: httpx.AsyncClient, meeting: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(f"/api/v1/meetings/{meeting['id']}/transitions", json={"transition": "start"})
    assert response.status_code == 200, response.text
    return response.json()


async def decide(client: httpx.AsyncClient, meeting: dict[str, Any], item_id: str, **body: Any) -> httpx.Response:
    return await client.post(f"/api/v1/meetings/{meeting['id']}/items/{item_id}/decisions", json=body)


async def case_in_weighing(coordinator: httpx.AsyncClient) -> dict[str, Any]:
    case = await register(coordinator)
    for name in ("start_screening", "start_weighing"):
        assert (await move(coordinator, case["id"], name)).status_code == 200
    return case
