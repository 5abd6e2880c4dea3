"""Shared steps for the plan tests over HTTP: a case directed by the regisseur that the police and youth care
work in, an assessment that calls for action, and a plan written, submitted and approved."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from tests.e2e.assessment_helpers import rate, shared_case, start, submit
from tests.e2e.assessment_helpers import rating as indicator_rating
from tests.support.world import POLICE, YOUTH_CARE, user_id


def day(offset: int = 0) -> str:
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


def on(base: date, offset: int) -> str:
    return (base + timedelta(days=offset)).isoformat()


async def directed_case(coordinator: httpx.AsyncClient) -> dict[str, Any]:
    """A case the regisseur directs, with the police and youth care working in it."""
    case = await shared_case(coordinator)
    url = f"/api/v1/cases/{case['id']}"
    etag = (await coordinator.get(url)).headers["ETag"]
    assigned = await coordinator.patch(url, json={"regisseurId": str(user_id("regisseur"))}, headers={"If-Match": etag})
    assert assigned.status_code == 200, assigned.text
    return assigned.json()


async def usable_intervention(client: httpx.AsyncClient) -> dict[str, Any]:
    """A starter intervention for the registered person (19 years old) that targets at least one indicator."""
    found = (await client.get("/api/v1/interventions", params={"age": 19})).json()
    return next(i for i in found if i["targetIndicators"] and not i["informationalOnly"])


async def assessed(client: httpx.AsyncClient, case_id: str, code: str) -> dict[str, Any]:
    """A submitted municipal assessment rating `code` present with high relevance."""
    draft = await start(client, case_id, "municipality")
    rated = await rate(client, draft, indicator_rating(code, "present", "high", evidenceFor="Gezien."))
    return await submit(client, rated)


async def start_plan(client: httpx.AsyncClient, case_id: str, **body: Any) -> httpx.Response:
    return await client.post(f"/api/v1/cases/{case_id}/plans", json=body)


async def change(client: httpx.AsyncClient, plan: dict[str, Any], **body: Any) -> httpx.Response:
    return await client.patch(f"/api/v1/plans/{plan['id']}", json=body, headers={"If-Match": f'"{plan["version"]}"'})


def goal(
    text: str = "Youssef volgt elke week zijn opleiding", target: str | None = None, **extra: Any
) -> dict[str, Any]:
    return {"text": text, "targetOn": target or day(60), "indicatorCodes": [], **extra}


def action(organisation: object = YOUTH_CARE.id, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "responsibleOrganisationId": str(organisation),
        "ownerName": "M. Jansen",
        "startOn": day(0),
        "dueOn": day(30),
    }
    if "interventionId" not in extra:
        body["customTitle"] = "Gesprek met school"
    return body | extra


async def transition(client: httpx.AsyncClient, plan_id: str, name: str, **body: Any) -> httpx.Response:
    return await client.post(f"/api/v1/plans/{plan_id}/{name}", json=body)


async def approved_plan(
    regisseur: httpx.AsyncClient, coordinator: httpx.AsyncClient, case_id: str, **sections: Any
) -> dict[str, Any]:
    """Written and submitted by the regisseur, approved by the coordinator."""
    started = await start_plan(regisseur, case_id)
    assert started.status_code == 201, started.text
    body = {
        "interpretation": "Zoekt erkenning en houvast online.",
        "contingency": "Bij nieuw contact met de groep: direct casusoverleg.",
        "goals": [goal()],
        "actions": [action(), action(POLICE.id, customTitle="Stopgesprek")],
        "evaluationOn": day(90),
    } | sections
    changed = await change(regisseur, started.json(), **body)
    assert changed.status_code == 200, changed.text
    submitted = await transition(regisseur, changed.json()["id"], "submit")
    assert submitted.status_code == 200, submitted.text
    approved = await transition(coordinator, changed.json()["id"], "approve", note="Akkoord in casusoverleg.")
    assert approved.status_code == 200, approved.text
    return approved.json()
