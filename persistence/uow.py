"""SqlUnitOfWork: one transaction per use case; audit rows are written in it at commit."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from domain.audit.model import AuditEntry, RequestContext
from domain.ports import Clock
from persistence import audit
from persistence.crypto import BsnCipher
from persistence.repositories.alerts import SqlAlertRepository
from persistence.repositories.assessments import SqlAssessmentRepository
from persistence.repositories.cases import SqlCaseRepository
from persistence.repositories.frameworks import SqlCrosswalkRepository, SqlFrameworkRepository
from persistence.repositories.interventions import SqlInterventionRepository
from persistence.repositories.journal import SqlJournalRepository
from persistence.repositories.meetings import SqlMeetingRepository
from persistence.repositories.organisations import SqlOrganisationRepository
from persistence.repositories.persons import SqlPersonRepository
from persistence.repositories.plans import SqlPlanRepository
from persistence.repositories.sessions import SqlApiTokenRepository, SqlAuthSessionRepository, SqlLoginAttemptRepository
from persistence.repositories.users import SqlUserRepository


class SqlUnitOfWork:
    organisations: SqlOrganisationRepository
    users: SqlUserRepository
    sessions: SqlAuthSessionRepository
    login_attempts: SqlLoginAttemptRepository
    api_tokens: SqlApiTokenRepository
    audit: audit.SqlAuditRepository
    persons: SqlPersonRepository
    cases: SqlCaseRepository
    journal: SqlJournalRepository
    frameworks: SqlFrameworkRepository
    crosswalks: SqlCrosswalkRepository
    assessments: SqlAssessmentRepository
    alerts: SqlAlertRepository
    interventions: SqlInterventionRepository
    plans: SqlPlanRepository
    meetings: SqlMeetingRepository

    def __init__(
        self,
        engine: AsyncEngine,
        clock: Clock,
        context: RequestContext | None = None,
        *,
        cipher: BsnCipher | None = None,
    ) -> None:
        self._engine = engine
        self._cipher = cipher
        self._clock = clock
        self._context = context or RequestContext()
        self._conn: AsyncConnection | None = None
        self._pending: list[AuditEntry] = []

    async def __aenter__(self) -> Self:
        if self._conn is not None:
            raise RuntimeError("unit of work is already open")
        conn = await self._engine.connect()
        await conn.begin()
        self._conn = conn
        self._pending = []
        self.organisations = SqlOrganisationRepository(conn)
        self.users = SqlUserRepository(conn)
        self.sessions = SqlAuthSessionRepository(conn)
        self.login_attempts = SqlLoginAttemptRepository(conn)
        self.api_tokens = SqlApiTokenRepository(conn)
        self.audit = audit.SqlAuditRepository(conn)
        self.persons = SqlPersonRepository(conn, self._cipher)
        self.cases = SqlCaseRepository(conn)
        self.journal = SqlJournalRepository(conn)
        self.frameworks = SqlFrameworkRepository(conn)
        self.crosswalks = SqlCrosswalkRepository(conn)
        self.assessments = SqlAssessmentRepository(conn)
        self.alerts = SqlAlertRepository(conn)
        self.interventions = SqlInterventionRepository(conn)
        self.plans = SqlPlanRepository(conn)
        self.meetings = SqlMeetingRepository(conn)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        conn, self._conn = self._conn, None
        self._pending = []
        if conn is None:
            return
        try:
            if conn.in_transaction():
                await conn.rollback()
        finally:
            await conn.close()

    def record(self, entry: AuditEntry) -> None:
        self._pending.append(entry)

    async def commit(self) -> None:
        conn = self._require()
        if self._pending:
            await audit.append(conn, self._pending, self._context, self._clock.now())
            self._pending = []
        await conn.commit()

    async def rollback(self) -> None:
        self._pending = []
        await self._require().rollback()

    def _require(self) -> AsyncConnection:
        if self._conn is None:
            raise RuntimeError("unit of work is not open")
        return self._conn
