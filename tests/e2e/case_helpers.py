"""Shared steps for the case tests: registering referrals and moving cases through HTTP."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx

from tests.support.world import MUNICIPALITY, YOUTH_CARE

VALID_BSN = "111222333"  # passes the 11-check


def referral_body(**person: Any) -> dict[str, Any]:
    return {
        "person": {
            "firstNames": "Youssef",
            "surname": "Bakker",
            "dateOfBirth": "2007-03-14",
            "gender": "male",
            "district": "nieuw_west",
            **person,
        },
        "referral": {
            "sourceOrganisationId": str(YOUTH_CARE.id),
            "referrerName": "J. de Wit",
            "referredOn": date.today().isoformat(),
            "description": "Signalen van online radicalisering via school en jeugdzorg.",
            "reasonForConcern": "Deelt extremistische content en zoekt contact met een bekende groep.",
            "ideology": "jihadist",
        },
    }


async def register(client: httpx.AsyncClient, **person: Any) -> dict[str, Any]:
    response = await client.post("/api/v1/cases", json=referral_body(**person))
    assert response.status_code == 201, response.text
    return response.json()


async def move(client: httpx.AsyncClient, case_id: str, transition: str, **extra: Any) -> httpx.Response:
    return await client.post(
        f"/api/v1/cases/{case_id}/transitions",
        json={"transition": transition, "reason": f"Besluit: {transition}", **extra},
    )


async def add_participant(
    client: httpx.AsyncClient, case_id: str, organisation_id: object, role: str = "participant"
) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/cases/{case_id}/participants", json={"organisationId": str(organisation_id), "role": role}
    )
    assert response.status_code == 201, response.text
    return response.json()


__all__ = ["MUNICIPALITY", "VALID_BSN", "add_participant", "move", "referral_body", "register"]
