"""The authorisation matrix: role x route -> allowed or denied, checked against the running app.

Adding a route without a row here fails the suite; so does a row whose route is gone.
"allowed" means the request got past authorisation (any status but 401/403); "denied"
means 403. Unauthenticated calls to non-public routes are 401.
"""

from __future__ import annotations

import uuid

import httpx

from domain.access.roles import Role
from tests.conftest import ClientFactory
from tests.contract.routes import route_keys
from tests.support.world import ACCOUNTS

PUBLIC = "public"
# Needs no access token, but authenticates with its own credential (the refresh cookie).
OWN_CREDENTIAL = "own-credential"
ALL = frozenset(Role)
ADMIN = frozenset({Role.ADMIN})
ORG_READERS = frozenset({Role.ADMIN, Role.COORDINATOR, Role.REGISSEUR, Role.PRIVACY_OFFICER})
USER_READERS = frozenset({Role.ADMIN, Role.PRIVACY_OFFICER})
PRIVACY = frozenset({Role.PRIVACY_OFFICER})
CASE_READERS = frozenset({Role.COORDINATOR, Role.REGISSEUR, Role.PARTNER, Role.POLICE})
CASE_DIRECTORS = frozenset({Role.COORDINATOR, Role.REGISSEUR})
BSN_REVEALERS = frozenset({Role.COORDINATOR, Role.REGISSEUR, Role.POLICE})
FRAMEWORK_READERS = frozenset({Role.COORDINATOR, Role.REGISSEUR, Role.PARTNER, Role.POLICE, Role.ANALYST, Role.ADMIN})
FRAMEWORK_MANAGERS = frozenset({Role.COORDINATOR, Role.ADMIN})
ASSESSORS = CASE_READERS
ALERT_ACKNOWLEDGERS = frozenset({Role.COORDINATOR, Role.POLICE})
INTERVENTION_READERS = FRAMEWORK_READERS
INTERVENTION_MANAGERS = frozenset({Role.COORDINATOR, Role.ADMIN})
PLAN_READERS = CASE_READERS
PLAN_WRITERS = CASE_DIRECTORS
PLAN_APPROVERS = frozenset({Role.COORDINATOR})
ACTION_REPORTERS = CASE_READERS
MEETING_READERS = CASE_READERS
MEETING_MANAGERS = CASE_DIRECTORS

MATRIX: dict[tuple[str, str], frozenset[Role] | str] = {
    ("GET", "/api/v1/health"): PUBLIC,
    ("GET", "/api/v1/health/ready"): PUBLIC,
    ("POST", "/api/v1/auth/login"): PUBLIC,
    ("POST", "/api/v1/auth/refresh"): OWN_CREDENTIAL,
    ("POST", "/api/v1/auth/activate"): PUBLIC,
    ("POST", "/api/v1/auth/logout"): ALL,
    ("GET", "/api/v1/me"): ALL,
    ("POST", "/api/v1/me/password"): ALL,
    ("GET", "/api/v1/organisations"): ORG_READERS,
    ("POST", "/api/v1/organisations"): ADMIN,
    ("GET", "/api/v1/organisations/{organisationId}"): ORG_READERS,
    ("PATCH", "/api/v1/organisations/{organisationId}"): ADMIN,
    ("GET", "/api/v1/users"): USER_READERS,
    ("POST", "/api/v1/users"): ADMIN,
    ("GET", "/api/v1/users/{userId}"): USER_READERS,
    ("PATCH", "/api/v1/users/{userId}"): ADMIN,
    ("POST", "/api/v1/users/{userId}/activation-codes"): ADMIN,
    ("GET", "/api/v1/audit-events"): PRIVACY,
    ("GET", "/api/v1/audit-events/verification"): PRIVACY,
    ("GET", "/api/v1/process"): ALL,
    ("GET", "/api/v1/cases"): CASE_READERS,
    ("POST", "/api/v1/cases"): CASE_DIRECTORS,
    ("GET", "/api/v1/cases/{caseId}"): CASE_READERS,
    ("PATCH", "/api/v1/cases/{caseId}"): CASE_DIRECTORS,
    ("GET", "/api/v1/cases/{caseId}/regisseur-candidates"): CASE_DIRECTORS,
    ("POST", "/api/v1/cases/{caseId}/transitions"): CASE_DIRECTORS,
    ("POST", "/api/v1/cases/{caseId}/escalations"): CASE_DIRECTORS,
    ("POST", "/api/v1/cases/{caseId}/participants"): CASE_DIRECTORS,
    ("POST", "/api/v1/cases/{caseId}/participants/{participantId}/end"): CASE_DIRECTORS,
    ("GET", "/api/v1/cases/{caseId}/journal-entries"): CASE_READERS,
    ("POST", "/api/v1/cases/{caseId}/journal-entries"): CASE_READERS,
    ("POST", "/api/v1/persons/matches"): CASE_DIRECTORS,
    ("GET", "/api/v1/persons/{personId}"): CASE_READERS,
    ("PATCH", "/api/v1/persons/{personId}"): CASE_DIRECTORS,
    ("POST", "/api/v1/persons/{personId}/bsn-reveals"): BSN_REVEALERS,
    ("POST", "/api/v1/persons/{personId}/relations"): CASE_DIRECTORS,
    ("DELETE", "/api/v1/persons/{personId}/relations/{relationId}"): CASE_DIRECTORS,
    ("GET", "/api/v1/assessment-frameworks"): FRAMEWORK_READERS,
    ("POST", "/api/v1/assessment-frameworks"): FRAMEWORK_MANAGERS,
    ("GET", "/api/v1/assessment-frameworks/{frameworkId}"): FRAMEWORK_READERS,
    ("POST", "/api/v1/assessment-frameworks/{frameworkId}/publish"): FRAMEWORK_MANAGERS,
    ("POST", "/api/v1/assessment-frameworks/{frameworkId}/proposal"): FRAMEWORK_READERS,
    ("GET", "/api/v1/crosswalks"): FRAMEWORK_READERS,
    ("POST", "/api/v1/crosswalks"): FRAMEWORK_MANAGERS,
    ("GET", "/api/v1/crosswalks/{crosswalkId}"): FRAMEWORK_READERS,
    ("GET", "/api/v1/cases/{caseId}/assessments"): ASSESSORS,
    ("POST", "/api/v1/cases/{caseId}/assessments"): ASSESSORS,
    ("GET", "/api/v1/assessments/{assessmentId}"): ASSESSORS,
    ("PATCH", "/api/v1/assessments/{assessmentId}"): ASSESSORS,
    ("POST", "/api/v1/assessments/{assessmentId}/submit"): ASSESSORS,
    ("GET", "/api/v1/cases/{caseId}/assessment-comparison"): ASSESSORS,
    ("GET", "/api/v1/cases/{caseId}/alerts"): ASSESSORS,
    ("GET", "/api/v1/alerts"): ASSESSORS,
    ("POST", "/api/v1/alerts/{alertId}/acknowledge"): ALERT_ACKNOWLEDGERS,
    ("GET", "/api/v1/reviews/overdue"): ASSESSORS,
    ("GET", "/api/v1/interventions"): INTERVENTION_READERS,
    ("POST", "/api/v1/interventions"): INTERVENTION_MANAGERS,
    ("GET", "/api/v1/interventions/{interventionId}"): INTERVENTION_READERS,
    ("PATCH", "/api/v1/interventions/{interventionId}"): INTERVENTION_MANAGERS,
    ("POST", "/api/v1/interventions/{interventionId}/retire"): INTERVENTION_MANAGERS,
    ("GET", "/api/v1/cases/{caseId}/plans"): PLAN_READERS,
    ("POST", "/api/v1/cases/{caseId}/plans"): PLAN_WRITERS,
    ("GET", "/api/v1/plans/attention"): PLAN_READERS,
    ("GET", "/api/v1/plans/{planId}"): PLAN_READERS,
    ("PATCH", "/api/v1/plans/{planId}"): PLAN_WRITERS,
    ("POST", "/api/v1/plans/{planId}/submit"): PLAN_WRITERS,
    ("POST", "/api/v1/plans/{planId}/approve"): PLAN_APPROVERS,
    ("POST", "/api/v1/plans/{planId}/withdraw"): PLAN_WRITERS,
    ("GET", "/api/v1/plans/{planId}/diff"): PLAN_READERS,
    ("POST", "/api/v1/plans/{planId}/actions/{actionId}/status"): ACTION_REPORTERS,
    ("GET", "/api/v1/meetings"): MEETING_READERS,
    ("POST", "/api/v1/meetings"): MEETING_MANAGERS,
    ("GET", "/api/v1/meetings/checklists"): MEETING_READERS,
    ("GET", "/api/v1/meetings/{meetingId}"): MEETING_READERS,
    ("PATCH", "/api/v1/meetings/{meetingId}"): MEETING_MANAGERS,
    ("PUT", "/api/v1/meetings/{meetingId}/agenda"): MEETING_MANAGERS,
    ("GET", "/api/v1/meetings/{meetingId}/proposals"): MEETING_MANAGERS,
    ("POST", "/api/v1/meetings/{meetingId}/transitions"): MEETING_MANAGERS,
    ("POST", "/api/v1/meetings/{meetingId}/items/{itemId}/decisions"): MEETING_MANAGERS,
    ("POST", "/api/v1/meetings/{meetingId}/items/{itemId}/notes"): MEETING_MANAGERS,
    ("POST", "/api/v1/meetings/{meetingId}/items/{itemId}/action-items"): MEETING_MANAGERS,
    ("POST", "/api/v1/meetings/{meetingId}/action-items/{actionItemId}/done"): MEETING_MANAGERS,
    ("GET", "/api/v1/meetings/{meetingId}/minutes"): MEETING_READERS,
    ("GET", "/api/v1/cases/{caseId}/decisions"): MEETING_READERS,
}

# Run last for each role: it ends the session.
LAST = ("POST", "/api/v1/auth/logout")


def test_the_matrix_covers_exactly_the_routes_of_the_app() -> None:
    assert set(MATRIX) == route_keys()


async def _call(client: httpx.AsyncClient, method: str, path: str) -> httpx.Response:
    # A random id: allowed calls end in 404/400, never change the seeded world.
    url = path
    for name in (
        "organisationId",
        "userId",
        "caseId",
        "personId",
        "participantId",
        "relationId",
        "frameworkId",
        "crosswalkId",
        "assessmentId",
        "alertId",
        "interventionId",
    ):
        url = url.replace("{" + name + "}", str(uuid.uuid4()))
    body = {} if method in {"POST", "PATCH"} else None
    return await client.request(method, url, json=body, headers={"If-Match": '"1"'})


async def test_each_role_is_allowed_exactly_what_the_matrix_says(make_client: ClientFactory) -> None:
    ordered = sorted(MATRIX, key=lambda key: key == LAST)
    mismatches = []
    for username, (role, _) in ACCOUNTS.items():
        client = await make_client(username)
        for method, path in ordered:
            expected = MATRIX[(method, path)]
            status = (await _call(client, method, path)).status_code
            allowed = expected in (PUBLIC, OWN_CREDENTIAL) or role in expected
            if allowed and status in (401, 403):
                mismatches.append(f"{role} {method} {path}: expected allowed, got {status}")
            if not allowed and status != 403:
                mismatches.append(f"{role} {method} {path}: expected 403, got {status}")
    assert mismatches == []


async def test_without_login_only_public_routes_answer(anonymous: httpx.AsyncClient) -> None:
    mismatches = []
    for (method, path), expected in MATRIX.items():
        status = (await _call(anonymous, method, path)).status_code
        if expected == PUBLIC and status in (401, 403):
            mismatches.append(f"public {method} {path} answered {status}")
        if expected != PUBLIC and status != 401:  # OWN_CREDENTIAL too: no refresh cookie, no entry
            mismatches.append(f"{method} {path} answered {status} without login")
    assert mismatches == []


async def test_denials_are_audited(make_client: ClientFactory) -> None:
    analyst = await make_client("analyst")
    assert (await analyst.get("/api/v1/users")).status_code == 403
    privacy = await make_client("privacy")
    analyst_id = (await analyst.get("/api/v1/me")).json()["id"]
    events = (await privacy.get("/api/v1/audit-events", params={"action": "access.denied"})).json()["items"]
    assert [e["outcome"] for e in events if e["actorId"] == analyst_id] == ["denied"]
