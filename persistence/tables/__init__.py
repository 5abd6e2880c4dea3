"""All tables, as SQLAlchemy Core, in one MetaData with a naming convention, split by concept.
Importing this package registers every table on `metadata` (Alembic compares against it)."""

from persistence.tables.assessments import acute_alert, assessment, assessment_framework, assessment_rating, crosswalk
from persistence.tables.audit import audit_chain_head, audit_event
from persistence.tables.base import BSN, INTERNAL, PERSONAL, SECRET, SPECIAL, metadata
from persistence.tables.cases import (
    case_file,
    case_level_change,
    case_link,
    case_participation,
    case_reference_counter,
    case_status_change,
    journal_entry,
    person,
    person_relation,
)
from persistence.tables.identity import api_token, app_user, auth_session, login_attempt, organisation, user_role
from persistence.tables.interventions import intervention
from persistence.tables.meetings import (
    meeting,
    meeting_action_item,
    meeting_decision,
    meeting_item,
    meeting_note,
    meeting_organisation,
    meeting_reference_counter,
)
from persistence.tables.plans import plan_action, plan_goal, plan_version

__all__ = [
    "BSN",
    "INTERNAL",
    "PERSONAL",
    "SECRET",
    "SPECIAL",
    "acute_alert",
    "api_token",
    "app_user",
    "assessment",
    "assessment_framework",
    "assessment_rating",
    "audit_chain_head",
    "audit_event",
    "auth_session",
    "case_file",
    "case_level_change",
    "case_link",
    "case_participation",
    "case_reference_counter",
    "case_status_change",
    "crosswalk",
    "intervention",
    "journal_entry",
    "login_attempt",
    "meeting",
    "meeting_action_item",
    "meeting_decision",
    "meeting_item",
    "meeting_note",
    "meeting_organisation",
    "meeting_reference_counter",
    "metadata",
    "organisation",
    "person",
    "person_relation",
    "plan_action",
    "plan_goal",
    "plan_version",
    "user_role",
]
