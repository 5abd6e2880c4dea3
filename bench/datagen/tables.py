"""Target tables and their columns, in the order the generator builds its tuples, and the
temporary table in which audit events wait to be chained."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": ("id", "name", "name_key", "short_name", "kind", "active", "created_at", "updated_at", "version"),
    "app_user": (
        "id", "username", "display_name", "display_name_key", "email", "organisation_id", "active",
        "password_hash", "activation_code_hash", "activation_expires_at", "last_login_at",
        "created_at", "updated_at", "version", "team",
    ),
    "user_role": ("user_id", "role"),
    "person": (
        "id", "first_names", "prefix", "surname", "name_search", "surname_key", "date_of_birth", "gender",
        "street", "house_number", "postcode", "city", "district", "bsn_encrypted", "bsn_index",
        "external_ids", "created_at", "updated_at", "version",
    ),
    "person_relation": ("id", "person_id", "related_person_id", "relation"),
    "case_file": (
        "id", "reference", "person_id", "status", "escalation_level", "regisseur_id", "ideology",
        "source_organisation_id", "referrer_name", "referred_on", "description", "reason_for_concern",
        "opened_at", "updated_at", "closed_at", "closure_reason", "previous_case_id", "version",
    ),
    "case_link": ("case_id", "linked_case_id"),
    "case_status_change": (
        "case_id", "seq", "from_status", "to_status", "transition", "reason", "closure_reason",
        "decision_reference", "actor_id", "actor_name", "at",
    ),
    "case_level_change": (
        "case_id", "seq", "from_level", "to_level", "reason", "decision_reference", "criteria",
        "actor_id", "actor_name", "at",
    ),
    "case_participation": (
        "id", "case_id", "organisation_id", "role", "contact_name", "started_at", "started_by_id",
        "started_by_name", "ended_at", "ended_by_id", "ended_by_name", "end_reason",
    ),
    "journal_entry": (
        "id", "case_id", "occurred_on", "written_at", "author_id", "author_name", "organisation_id",
        "category", "visibility", "body", "summary", "corrects_entry_id",
    ),
    "audit_event": (
        "seq", "occurred_at", "actor_type", "actor_id", "organisation_id", "action", "outcome",
        "record_type", "record_id", "subject_person_id", "client_address", "request_id", "purpose",
        "details", "prev_hash", "hash",
    ),
    "case_reference_counter": ("year", "last_number"),
    "assessment_framework": (
        "id", "code", "version", "status", "name_nl", "name_en", "indicator_count", "document", "sha256",
        "imported_at", "imported_by_id", "imported_by_name", "published_at", "published_by_id",
        "published_by_name", "retired_at",
    ),
    "crosswalk": (
        "id", "external_model", "version", "framework_id", "entry_count", "document", "sha256", "imported_at",
        "imported_by_id", "imported_by_name",
    ),
    "assessment": (
        "id", "case_id", "organisation_id", "type", "perspective", "status", "assessed_on", "assessors",
        "information_completeness", "framework_id", "crosswalk_id", "formulation", "scenarios", "final_level",
        "rationale", "agreements", "proposed_level", "rules_version", "proposal", "next_review_on", "created_at",
        "created_by_id", "created_by_name", "updated_at", "submitted_at", "submitted_by_id", "submitted_by_name",
        "version",
    ),
    "assessment_rating": (
        "assessment_id", "scheme", "code", "presence", "relevance", "trend", "evidence_for", "evidence_against",
        "source", "source_on", "sharing",
    ),
    "acute_alert": (
        "id", "case_id", "assessment_id", "indicator_codes", "raised_at", "acknowledged_at", "acknowledged_by_id",
        "acknowledged_by_name", "routed_to", "routing_note",
    ),
    "plan_version": (
        "id", "case_id", "number", "status", "based_on_assessment_id", "interpretation", "contingency",
        "protective_factors", "evaluation_on", "author_id", "author_name", "created_at", "updated_at", "submitted_at",
        "approved_at", "approved_by_id", "approved_by_name", "approval_note", "decision_reference", "version",
    ),
    "plan_goal": ("plan_id", "id", "position", "text", "target_on", "indicator_codes", "status", "note"),
    "plan_action": (
        "plan_id", "id", "position", "intervention_id", "custom_title", "goal_ids", "responsible_organisation_id",
        "owner_name", "start_on", "due_on", "status", "status_reason", "last_update_at", "external_reference",
        "updates",
    ),
    # Audit events wait here (a temporary table, dropped at commit) until all are known: the
    # chain is then sealed in time order, whatever order the cases produced them in.
    "bench_audit_stage": (
        "ordinal", "occurred_at", "actor_id", "action", "record_type", "record_id", "subject_person_id", "details",
    ),
}  # fmt: skip
STAGE = "bench_audit_stage"
STAGE_DDL = f"""
CREATE TEMPORARY TABLE {STAGE} (
    ordinal bigint NOT NULL, occurred_at timestamptz NOT NULL, actor_id text, action text NOT NULL,
    record_type text, record_id text, subject_person_id text, details text NOT NULL
) ON COMMIT DROP
"""
STAGE_INDEX = f"CREATE INDEX ON {STAGE} (occurred_at, ordinal)"
STAGE_RANGE = (
    f"SELECT {', '.join(COLUMNS[STAGE])} FROM {STAGE} "  # noqa: S608 - fixed names
    "WHERE occurred_at >= $1 AND occurred_at < $2 ORDER BY occurred_at, ordinal"
)

# Cases per batch: memory follows the batch (about 300 MB peak at 2,500), speed hardly does.
BATCH_SIZE = 2_500

# Copy order within a batch: parents before children (foreign keys are checked per statement).
BATCH_TABLES = (
    "person",
    "person_relation",
    "case_file",
    "case_link",
    "case_status_change",
    "case_level_change",
    "case_participation",
    "journal_entry",
    "assessment",
    "assessment_rating",
    "acute_alert",
    "plan_version",
    "plan_goal",
    "plan_action",
)
