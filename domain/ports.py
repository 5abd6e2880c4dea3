"""Ports: what the use cases need from the outside world, as Protocols."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Generic, Protocol, Self, TypeVar

from domain.access.actor import Actor
from domain.access.roles import Role
from domain.assessment.alerts import AcuteAlert, AlertId
from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.framework import ConcernLevel
from domain.assessment.model import Assessment, AssessmentId
from domain.audit.model import AuditEntry, AuditRow, ChainReport
from domain.case.journal import JournalEntry, JournalEntryId
from domain.case.lifecycle import CaseStatus, EscalationLevel
from domain.case.model import Case, CaseId, Ideology
from domain.identity.model import ApiToken, AuthSession, Organisation, OrganisationKind, User
from domain.identity.throttle import FailureCount
from domain.ids import ApiTokenId, OrganisationId, SessionId, UserId
from domain.meeting.decisions import Decision
from domain.meeting.model import ActionItem, Meeting, MeetingId, MeetingStatus, MeetingType
from domain.person.bsn import Bsn
from domain.person.model import District, Person, PersonId, Relation
from domain.plan.catalogue import Intervention, InterventionId
from domain.plan.model import PlanId, PlanVersion

T = TypeVar("T")


class Clock(Protocol):
    def now(self) -> datetime: ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password: str, hashed: str | None) -> tuple[bool, str | None]:
        """(valid, new hash when the stored one should be upgraded). With no stored hash it
        still spends the same work on a dummy hash, so unknown accounts answer as slowly."""
        ...


@dataclass(frozen=True)
class PageRequest:
    limit: int = 25
    cursor: str | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None = None


@dataclass(frozen=True)
class OrganisationFilter:
    q: str | None = None
    kind: OrganisationKind | None = None
    active: bool | None = None


@dataclass(frozen=True)
class UserFilter:
    q: str | None = None
    organisation_id: OrganisationId | None = None
    role: Role | None = None
    active: bool | None = None


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    record_type: str | None = None
    record_id: str | None = None
    actor_id: uuid.UUID | None = None


@dataclass(frozen=True)
class UserView:
    """A user with the name of its organisation, as shown to administrators."""

    user: User
    organisation_name: str


@dataclass(frozen=True)
class SessionPrincipal:
    """Everything needed to turn a session into an actor, loaded in one go."""

    session: AuthSession
    user: User
    organisation: Organisation


@dataclass(frozen=True)
class TokenPrincipal:
    token: ApiToken
    organisation: Organisation


@dataclass(frozen=True)
class CaseRef:
    id: CaseId
    reference: str
    status: CaseStatus
    opened_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class CaseSummary:
    id: CaseId
    reference: str
    status: CaseStatus
    escalation_level: EscalationLevel
    ideology: Ideology
    person_name: str
    district: District
    regisseur_name: str | None
    opened_at: datetime
    updated_at: datetime
    open_alert_count: int = 0
    next_review_on: date | None = None  # of the latest submitted assessment


@dataclass(frozen=True)
class OverdueReview:
    case_id: CaseId
    reference: str
    person_name: str
    assessment_id: AssessmentId
    final_level: ConcernLevel
    next_review_on: date
    after_closure: bool = False  # a follow-up after the closure assessment (nazorg), not a periodic review


@dataclass(frozen=True)
class ReviewState:
    open_alert_count: int
    next_review_on: date | None


@dataclass(frozen=True)
class AlertOnCase:
    alert: AcuteAlert
    case_reference: str
    person_id: PersonId


@dataclass(frozen=True)
class CaseFilter:
    q: str | None = None
    status: CaseStatus | None = None
    escalation_level: EscalationLevel | None = None
    regisseur_id: uuid.UUID | None = None
    organisation_id: OrganisationId | None = None
    ideology: Ideology | None = None
    district: District | None = None
    opened_from: date | None = None
    opened_to: date | None = None
    sort: str = "-openedAt"


@dataclass(frozen=True)
class DeliveryState:
    """Of the plan in force of one case, on a given day (domain/plan/monitoring.py)."""

    plan_in_force_id: PlanId | None
    stalled_action_count: int
    overdue_goal_count: int


@dataclass(frozen=True)
class AttentionFilter:
    today: date
    stale_days: int
    organisation_id: OrganisationId | None = None
    regisseur_id: uuid.UUID | None = None
    limit: int = 200


@dataclass(frozen=True)
class PlanAttention:
    """A stalled action or an overdue goal of a plan in force, for the lists per organisation and regisseur.
    `reason`: past_due / no_update (actions), overdue (goals)."""

    kind: str
    reason: str
    case_id: CaseId
    case_reference: str
    plan_id: PlanId
    plan_number: int
    item_id: uuid.UUID
    title: str
    intervention_id: InterventionId | None
    organisation_id: OrganisationId | None
    organisation_name: str | None
    owner_name: str | None
    regisseur_id: uuid.UUID | None
    regisseur_name: str | None
    due_on: date
    last_update_at: datetime | None


@dataclass(frozen=True)
class MeetingFilter:
    starts_from: datetime | None = None
    starts_before: datetime | None = None
    type: MeetingType | None = None
    status: MeetingStatus | None = None
    limit: int = 500


@dataclass(frozen=True)
class MeetingSummary:
    meeting: Meeting  # the header and organisations, without agenda, minutes and action items
    visible_item_count: int


@dataclass(frozen=True)
class CaseDecision:
    decision: Decision
    meeting_reference: str
    meeting_type: MeetingType
    meeting_starts_at: datetime


@dataclass(frozen=True)
class OpenActionItem:
    action: ActionItem
    meeting_id: MeetingId
    meeting_reference: str
    meeting_type: MeetingType
    case_reference: str


@dataclass(frozen=True)
class CaseSignal:
    """A case that needs the table, with a short factual detail (a plan number, the levels that differ)."""

    case_id: CaseId
    case_reference: str
    detail: str


CASE_SORTS = ("openedAt", "-openedAt", "reference", "-reference", "updatedAt", "-updatedAt")


class PersonRepository(Protocol):
    async def get(self, person_id: PersonId) -> Person | None: ...
    async def add(self, person: Person) -> None: ...
    async def update(self, person: Person, expected_version: int) -> None: ...
    async def find_by_bsn(self, bsn: Bsn) -> Person | None: ...
    async def born_on(self, date_of_birth: date) -> list[Person]: ...
    async def with_surname_key(self, surname_key: str) -> list[Person]: ...
    async def names(self, person_ids: list[PersonId]) -> dict[PersonId, str]: ...
    async def add_relation(self, person_id: PersonId, relation: Relation) -> None: ...
    async def remove_relation(self, person_id: PersonId, relation_id: uuid.UUID) -> bool: ...


class CaseRepository(Protocol):
    async def next_reference(self, year: int) -> str: ...
    async def add(self, case: Case) -> None: ...
    async def get(self, case_id: CaseId, *, for_update: bool = False) -> Case | None: ...
    async def save(self, case: Case, expected_version: int) -> None: ...
    async def refs(self, case_ids: list[CaseId]) -> list[CaseRef]: ...
    async def of_person(self, person_id: PersonId) -> list[Case]: ...
    async def search(self, actor: Actor, filter: CaseFilter, page: PageRequest) -> Page[CaseSummary]: ...


class JournalRepository(Protocol):
    async def add(self, entry: JournalEntry) -> None: ...
    async def get(self, entry_id: JournalEntryId) -> JournalEntry | None: ...
    async def visible_page(self, case_id: CaseId, actor: Actor, page: PageRequest) -> Page[JournalEntry]: ...


class FrameworkRepository(Protocol):
    async def add(self, record: FrameworkRecord) -> None:
        """Store a new version with its document; sets `record.sha256`."""
        ...

    async def get(self, framework_id: FrameworkId, *, for_update: bool = False) -> FrameworkRecord | None: ...
    async def get_by_code_version(self, code: str, version: str) -> FrameworkRecord | None: ...
    async def published(self, code: str | None = None) -> FrameworkRecord | None:
        """The published version of a code; without a code, the one published last."""
        ...

    async def all(self) -> list[FrameworkRecord]: ...
    async def save_status(self, record: FrameworkRecord) -> None:
        """Status, publication and retirement only: the content of a stored version never changes."""
        ...


class CrosswalkRepository(Protocol):
    async def add(self, record: CrosswalkRecord) -> None: ...
    async def get(self, crosswalk_id: CrosswalkId) -> CrosswalkRecord | None: ...
    async def get_by_key(
        self, external_model: str, version: str, framework_id: FrameworkId
    ) -> CrosswalkRecord | None: ...
    async def all(self) -> list[CrosswalkRecord]: ...


class AssessmentRepository(Protocol):
    async def add(self, assessment: Assessment) -> None: ...
    async def get(self, assessment_id: AssessmentId, *, for_update: bool = False) -> Assessment | None: ...
    async def save(self, assessment: Assessment, expected_version: int) -> None: ...
    async def of_case(self, case_id: CaseId) -> list[Assessment]:
        """Every assessment of the case with its ratings, oldest first (created)."""
        ...

    async def review_state(self, case_id: CaseId) -> ReviewState:
        """Open acute alerts, and the next review date of the latest submitted assessment."""
        ...

    async def disagreements(self, actor: Actor, since: datetime) -> list[CaseSignal]:
        """Visible cases whose assessments submitted since `since` differ in their final level (detail: the
        levels, in order of severity)."""
        ...

    async def overdue(self, actor: Actor, before: date) -> list[OverdueReview]:
        """Visible cases not in a final state whose latest submitted assessment is due before `before`."""
        ...


class AlertRepository(Protocol):
    async def add(self, alert: AcuteAlert) -> None: ...
    async def get(self, alert_id: AlertId, *, for_update: bool = False) -> AcuteAlert | None: ...
    async def save(self, alert: AcuteAlert) -> None:
        """Record the acknowledgement; StaleVersion when someone acknowledged it meanwhile."""
        ...

    async def of_case(self, case_id: CaseId) -> list[AcuteAlert]: ...
    async def visible(self, actor: Actor, *, open_only: bool, limit: int) -> list[AlertOnCase]:
        """Alerts on the cases the actor may see (the case row filter), open ones first, newest first."""
        ...


class InterventionRepository(Protocol):
    async def add(self, intervention: Intervention, at: datetime, catalogue_version: str | None = None) -> None: ...
    async def save(self, intervention: Intervention, expected_version: int, at: datetime) -> None:
        """Raises StaleVersion when the stored version is not `expected_version`."""

    async def get(self, intervention_id: InterventionId, *, for_update: bool = False) -> Intervention | None: ...
    async def codes(self) -> set[str]: ...
    async def all(self) -> list[Intervention]:
        """Every intervention, retired ones included, by code (the catalogue holds a few hundred at most)."""

    async def many(self, ids: Sequence[InterventionId]) -> dict[InterventionId, Intervention]: ...


class PlanRepository(Protocol):
    async def add(self, plan: PlanVersion) -> None: ...
    async def save(self, plan: PlanVersion, expected_version: int) -> None:
        """Header, goals and actions; StaleVersion when the stored version is not `expected_version`."""
        ...

    async def get(self, plan_id: PlanId, *, for_update: bool = False) -> PlanVersion | None: ...
    async def of_case(self, case_id: CaseId) -> list[PlanVersion]:
        """Every version of the case with its goals and actions, newest (highest number) first."""
        ...

    async def delivery_state(self, case_id: CaseId, today: date, stale_days: int) -> DeliveryState: ...
    async def awaiting_approval(self, actor: Actor) -> list[CaseSignal]:
        """Submitted versions on the cases the actor may see (detail: the version number)."""
        ...

    async def attention(self, actor: Actor, filter: AttentionFilter) -> list[PlanAttention]:
        """Stalled actions and overdue goals of plans in force on the cases the actor may see; partners see the
        actions of their own organisation only (domain/access/plans.py)."""
        ...


class MeetingRepository(Protocol):
    async def next_reference(self, year: int) -> str: ...
    async def add(self, meeting: Meeting) -> None: ...
    async def save(self, meeting: Meeting, expected_version: int) -> None:
        """Header, organisations and agenda; new minutes and action items are appended, done dates set."""
        ...

    async def get(self, meeting_id: MeetingId, *, for_update: bool = False) -> Meeting | None: ...
    async def search(self, actor: Actor, filter: MeetingFilter) -> list[MeetingSummary]:
        """Meetings the actor may see (domain/access/meetings.py), by start time."""
        ...

    async def add_decision(self, decision: Decision) -> None: ...
    async def decision_count(self, meeting_id: MeetingId) -> int: ...
    async def decisions_of_meeting(self, meeting_id: MeetingId) -> list[Decision]: ...
    async def decisions_of_case(self, case_id: CaseId) -> list[CaseDecision]: ...
    async def open_action_items(self, actor: Actor, due_before: date) -> list[OpenActionItem]:
        """Action items not done, due before the day, on cases the actor may see."""
        ...


class OrganisationRepository(Protocol):
    async def get(self, organisation_id: OrganisationId) -> Organisation | None: ...
    async def names(self, organisation_ids: list[OrganisationId]) -> dict[OrganisationId, str]: ...
    async def get_by_name(self, name: str) -> Organisation | None: ...
    async def add(self, organisation: Organisation) -> None: ...
    async def update(self, organisation: Organisation, expected_version: int) -> None: ...
    async def search(self, filter: OrganisationFilter, page: PageRequest) -> Page[Organisation]: ...
    async def count(self) -> int: ...


class UserRepository(Protocol):
    async def get(self, user_id: UserId) -> UserView | None: ...
    async def get_by_username(self, username: str) -> User | None: ...
    async def add(self, user: User) -> None: ...
    async def update(self, user: User, expected_version: int) -> None: ...
    async def record_login(self, user_id: UserId, at: datetime, new_password_hash: str | None) -> None: ...
    async def search(self, filter: UserFilter, page: PageRequest) -> Page[UserView]: ...
    async def roles_in_organisation(self, organisation_id: OrganisationId) -> frozenset[Role]: ...


class AuthSessionRepository(Protocol):
    async def get_principal(self, session_id: SessionId) -> SessionPrincipal | None: ...
    async def add(self, session: AuthSession) -> None: ...
    async def save(self, session: AuthSession) -> None: ...
    async def revoke_all_for_user(
        self, user_id: UserId, at: datetime, reason: str, keep: SessionId | None = None
    ) -> int: ...
    async def revoke_all_for_organisation(self, organisation_id: OrganisationId, at: datetime, reason: str) -> int: ...


class LoginAttemptRepository(Protocol):
    async def add(self, account_key: str, client_address: str | None, succeeded: bool, at: datetime) -> None: ...
    async def account_failures(self, account_key: str, since: datetime) -> FailureCount: ...
    async def address_failures(self, client_address: str | None, since: datetime) -> FailureCount: ...


class ApiTokenRepository(Protocol):
    async def get_principal(self, token_hash: str) -> TokenPrincipal | None: ...
    async def add(self, token: ApiToken) -> None: ...
    async def touch(self, token_id: ApiTokenId, at: datetime) -> None: ...


class AuditRepository(Protocol):
    async def search(self, filter: AuditFilter, page: PageRequest) -> Page[AuditRow]: ...
    async def verify(self) -> ChainReport: ...


class UnitOfWork(Protocol):
    # Read-only members, so that implementations may narrow the repository types.
    @property
    def organisations(self) -> OrganisationRepository: ...
    @property
    def users(self) -> UserRepository: ...
    @property
    def sessions(self) -> AuthSessionRepository: ...
    @property
    def login_attempts(self) -> LoginAttemptRepository: ...
    @property
    def api_tokens(self) -> ApiTokenRepository: ...
    @property
    def audit(self) -> AuditRepository: ...
    @property
    def persons(self) -> PersonRepository: ...
    @property
    def cases(self) -> CaseRepository: ...
    @property
    def journal(self) -> JournalRepository: ...
    @property
    def frameworks(self) -> FrameworkRepository: ...
    @property
    def crosswalks(self) -> CrosswalkRepository: ...
    @property
    def assessments(self) -> AssessmentRepository: ...
    @property
    def alerts(self) -> AlertRepository: ...
    @property
    def interventions(self) -> InterventionRepository: ...
    @property
    def plans(self) -> PlanRepository: ...
    @property
    def meetings(self) -> MeetingRepository: ...

    def record(self, entry: AuditEntry) -> None:
        """Queue an audit row; it is written, chained, in the same transaction at commit."""
        ...

    async def commit(self) -> None: ...
    async def rollback(self) -> None: ...
    async def __aenter__(self) -> Self: ...
    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
