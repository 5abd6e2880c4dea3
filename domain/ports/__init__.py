"""Ports: what the use cases need from the outside world, as Protocols, one module per concept; the unit of
work that holds them all is here."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol, Self

from domain.audit.model import AuditEntry
from domain.ports.assessments import (
    AlertOnCase,
    AlertRepository,
    AssessmentRepository,
    CrosswalkRepository,
    FrameworkRepository,
    OverdueReview,
    ReviewState,
)
from domain.ports.cases import (
    CASE_SORTS,
    CaseFilter,
    CaseRef,
    CaseRepository,
    CaseSignal,
    CaseSummary,
    JournalRepository,
    PersonRepository,
)
from domain.ports.common import Clock, Page, PageRequest, PasswordHasher
from domain.ports.identity import (
    ApiTokenRepository,
    AuditFilter,
    AuditRepository,
    AuthSessionRepository,
    LoginAttemptRepository,
    OrganisationFilter,
    OrganisationRepository,
    SessionPrincipal,
    TokenPrincipal,
    UserFilter,
    UserRepository,
    UserView,
)
from domain.ports.meetings import CaseDecision, MeetingFilter, MeetingRepository, MeetingSummary, OpenActionItem
from domain.ports.plans import AttentionFilter, DeliveryState, InterventionRepository, PlanAttention, PlanRepository

__all__ = [
    "CASE_SORTS",
    "AlertOnCase",
    "AlertRepository",
    "ApiTokenRepository",
    "AssessmentRepository",
    "AttentionFilter",
    "AuditFilter",
    "AuditRepository",
    "AuthSessionRepository",
    "CaseDecision",
    "CaseFilter",
    "CaseRef",
    "CaseRepository",
    "CaseSignal",
    "CaseSummary",
    "Clock",
    "CrosswalkRepository",
    "DeliveryState",
    "FrameworkRepository",
    "InterventionRepository",
    "JournalRepository",
    "LoginAttemptRepository",
    "MeetingFilter",
    "MeetingRepository",
    "MeetingSummary",
    "OpenActionItem",
    "OrganisationFilter",
    "OrganisationRepository",
    "OverdueReview",
    "Page",
    "PageRequest",
    "PasswordHasher",
    "PersonRepository",
    "PlanAttention",
    "PlanRepository",
    "ReviewState",
    "SessionPrincipal",
    "TokenPrincipal",
    "UnitOfWork",
    "UserFilter",
    "UserRepository",
    "UserView",
]


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
