"""In-memory fakes of the ports, with the semantics of the SQL implementations in persistence/.

Like the real repositories they hand out copies (a change is only stored through add, update
or save), and like SqlUnitOfWork every change made inside `async with uow` that is not
committed is undone when the block ends. Persons, cases and the journal are in fakes_cases.py.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Self

from domain.access.roles import Role
from domain.assessment.alerts import AcuteAlert, AlertId
from domain.assessment.catalogue import CrosswalkId, CrosswalkRecord, FrameworkId, FrameworkRecord
from domain.assessment.model import Assessment, AssessmentId
from domain.audit.model import GENESIS_HASH, AuditEntry, AuditRow, ChainReport, RequestContext, seal, verify_chain
from domain.case.journal import JournalEntry, JournalEntryId
from domain.case.model import Case, CaseId
from domain.errors import InvalidInput, StaleVersion
from domain.identity.model import ApiToken, AuthSession, Organisation, User
from domain.identity.throttle import FailureCount
from domain.ids import ApiTokenId, OrganisationId, SessionId, UserId
from domain.person.bsn import Bsn
from domain.person.model import Person, PersonId, Relation
from domain.plan.catalogue import Intervention, InterventionId
from domain.plan.model import PlanId, PlanVersion
from domain.ports import (
    AuditFilter,
    Clock,
    OrganisationFilter,
    Page,
    PageRequest,
    SessionPrincipal,
    TokenPrincipal,
    UserFilter,
    UserView,
)
from tests.unit.services.fakes_assessments import (
    FakeAlertRepository,
    FakeAssessmentRepository,
    FakeCrosswalkRepository,
    FakeFrameworkRepository,
)
from tests.unit.services.fakes_cases import (
    FakeCaseRepository,
    FakeJournalRepository,
    FakePersonRepository,
    IntegrityError,
)
from tests.unit.services.fakes_plans import FakeInterventionRepository, FakePlanRepository

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class FixedClock:
    """Time stands still until a test sets `at` or calls advance()."""

    def __init__(self, at: datetime = START) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> None:
        self.at += delta if delta is not None else timedelta(**kwargs)


class FakePasswordHasher:
    """Deterministic; a stored "legacy$<password>" verifies and asks to be upgraded."""

    def __init__(self) -> None:
        self.verify_calls = 0

    def hash(self, password: str) -> str:
        return f"fake${password}"

    def verify(self, password: str, hashed: str | None) -> tuple[bool, str | None]:
        self.verify_calls += 1
        if hashed is None:
            return False, None
        if hashed == f"legacy${password}":
            return True, self.hash(password)
        return hashed == self.hash(password), None


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _encode_cursor(*values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps([str(v) for v in values]).encode()).decode()


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        key, last_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, TypeError, binascii.Error) as exc:
        raise InvalidInput.field("cursor", "is not a cursor this API issued") from exc
    return key, last_id


def _keyset_page(items: list[Any], sort_key: Any, page: PageRequest) -> Page[Any]:
    """Order by (key, id), continue after the cursor, peek one row to know if there is more."""

    def position(item: Any) -> tuple[str, uuid.UUID]:
        return sort_key(item), item.user.id if isinstance(item, UserView) else item.id

    ordered = sorted(items, key=position)
    if page.cursor:
        key, raw_id = _decode_cursor(page.cursor)
        ordered = [i for i in ordered if position(i) > (key, uuid.UUID(raw_id))]
    on_page = ordered[: page.limit]
    if len(ordered) > page.limit and on_page:
        return Page(on_page, _encode_cursor(*position(on_page[-1])))
    return Page(on_page)


@dataclass
class _State:
    organisations: dict[OrganisationId, Organisation] = field(default_factory=dict)
    users: dict[UserId, User] = field(default_factory=dict)
    sessions: dict[SessionId, AuthSession] = field(default_factory=dict)
    attempts: list[tuple[str, str | None, bool, datetime]] = field(default_factory=list)
    tokens: dict[ApiTokenId, ApiToken] = field(default_factory=dict)
    audit_rows: list[AuditRow] = field(default_factory=list)
    head: tuple[int, str] = (0, GENESIS_HASH)
    persons: dict[PersonId, Person] = field(default_factory=dict)
    relations: dict[PersonId, list[Relation]] = field(default_factory=dict)
    bsn_index: dict[Bsn, PersonId] = field(default_factory=dict)
    cases: dict[CaseId, Case] = field(default_factory=dict)
    reference_numbers: dict[int, int] = field(default_factory=dict)
    journal: dict[JournalEntryId, JournalEntry] = field(default_factory=dict)
    frameworks: dict[FrameworkId, FrameworkRecord] = field(default_factory=dict)
    crosswalks: dict[CrosswalkId, CrosswalkRecord] = field(default_factory=dict)
    assessments: dict[AssessmentId, Assessment] = field(default_factory=dict)
    alerts: dict[AlertId, AcuteAlert] = field(default_factory=dict)
    interventions: dict[InterventionId, Intervention] = field(default_factory=dict)
    plans: dict[PlanId, PlanVersion] = field(default_factory=dict)

    def __deepcopy__(self, memo: dict[int, Any]) -> _State:
        # Audit rows and journal entries are frozen and never changed in place: share them. Stored
        # framework and crosswalk records are replaced, never changed in place, and their content is
        # frozen: a shallow copy of each record is enough.
        clone = object.__new__(_State)
        for name, value in vars(self).items():
            if name in ("audit_rows", "journal"):
                setattr(clone, name, copy.copy(value))
            elif name in ("frameworks", "crosswalks"):
                setattr(clone, name, {k: copy.copy(v) for k, v in value.items()})
            else:
                setattr(clone, name, copy.deepcopy(value, memo))
        return clone


class _Repository:
    def __init__(self, state: _State) -> None:
        self._s = state


def _contains(q: str | None, *texts: str | None) -> bool:
    """LIKE '%q%' on lower-cased columns, as the SQL repositories search."""
    return q is None or any(q.lower() in (t or "").lower() for t in texts)


class FakeOrganisationRepository(_Repository):
    async def get(self, organisation_id: OrganisationId) -> Organisation | None:
        return copy.deepcopy(self._s.organisations.get(organisation_id))

    async def names(self, organisation_ids: list[OrganisationId]) -> dict[OrganisationId, str]:
        return {i: self._s.organisations[i].name for i in organisation_ids if i in self._s.organisations}

    async def get_by_name(self, name: str) -> Organisation | None:
        found = [o for o in self._s.organisations.values() if _squash(o.name) == _squash(name)]
        return copy.deepcopy(found[0]) if found else None

    async def add(self, organisation: Organisation) -> None:
        if await self.get_by_name(organisation.name) or organisation.id in self._s.organisations:
            raise IntegrityError(organisation.name)
        self._s.organisations[organisation.id] = copy.deepcopy(organisation)

    async def update(self, organisation: Organisation, expected_version: int) -> None:
        stored = self._s.organisations.get(organisation.id)
        if stored is None or stored.version != expected_version:
            raise StaleVersion()
        if (same_name := await self.get_by_name(organisation.name)) and same_name.id != organisation.id:
            raise IntegrityError(organisation.name)
        # Like the SQL repository: the row gets the next version, the caller's object does not.
        saved = replace(copy.deepcopy(organisation), version=expected_version + 1, created_at=stored.created_at)
        self._s.organisations[organisation.id] = saved

    async def search(self, filter: OrganisationFilter, page: PageRequest) -> Page[Organisation]:
        found = [
            copy.deepcopy(o)
            for o in self._s.organisations.values()
            if _contains(filter.q, _squash(o.name), o.short_name)
            and filter.kind in (None, o.kind)
            and filter.active in (None, o.active)
        ]
        return _keyset_page(found, lambda o: _squash(o.name), page)

    async def count(self) -> int:
        return len(self._s.organisations)


class FakeUserRepository(_Repository):
    def _view(self, user: User) -> UserView:
        return UserView(copy.deepcopy(user), self._s.organisations[user.organisation_id].name)

    async def get(self, user_id: UserId) -> UserView | None:
        return self._view(self._s.users[user_id]) if user_id in self._s.users else None

    async def get_by_username(self, username: str) -> User | None:
        found = [u for u in self._s.users.values() if u.username == username.lower()]
        return copy.deepcopy(found[0]) if found else None

    async def add(self, user: User) -> None:
        if await self.get_by_username(user.username) or user.organisation_id not in self._s.organisations:
            raise IntegrityError(user.username)
        self._s.users[user.id] = copy.deepcopy(user)

    async def update(self, user: User, expected_version: int) -> None:
        stored = self._s.users.get(user.id)
        if stored is None or stored.version != expected_version:
            raise StaleVersion()
        user.version = expected_version + 1  # the SQL repository updates the caller's object too
        # Columns the SQL update leaves alone keep their stored value.
        self._s.users[user.id] = replace(
            copy.deepcopy(user),
            username=stored.username,
            created_at=stored.created_at,
            last_login_at=stored.last_login_at,
        )

    async def record_login(self, user_id: UserId, at: datetime, new_password_hash: str | None) -> None:
        user = self._s.users[user_id]
        user.last_login_at = at
        user.password_hash = new_password_hash or user.password_hash

    async def search(self, filter: UserFilter, page: PageRequest) -> Page[UserView]:
        found = [
            self._view(u)
            for u in self._s.users.values()
            if _contains(filter.q, _squash(u.display_name), u.username)
            and filter.organisation_id in (None, u.organisation_id)
            and filter.active in (None, u.active)
            and (filter.role is None or filter.role in u.roles)
        ]
        return _keyset_page(found, lambda v: _squash(v.user.display_name), page)

    async def roles_in_organisation(self, organisation_id: OrganisationId) -> frozenset[Role]:
        return frozenset(r for u in self._s.users.values() if u.organisation_id == organisation_id for r in u.roles)


class FakeAuthSessionRepository(_Repository):
    async def get_principal(self, session_id: SessionId) -> SessionPrincipal | None:
        if session_id not in self._s.sessions:
            return None
        session = self._s.sessions[session_id]
        user = self._s.users[session.user_id]
        org = self._s.organisations[user.organisation_id]
        return SessionPrincipal(*copy.deepcopy((session, user, org)))

    async def add(self, session: AuthSession) -> None:
        self._s.sessions[session.id] = copy.deepcopy(session)

    async def save(self, session: AuthSession) -> None:
        if session.id in self._s.sessions:
            self._s.sessions[session.id] = copy.deepcopy(session)

    async def revoke_all_for_user(
        self, user_id: UserId, at: datetime, reason: str, keep: SessionId | None = None
    ) -> int:
        ended = [s for s in self._s.sessions.values() if s.user_id == user_id and s.revoked_at is None and s.id != keep]
        for session in ended:
            session.revoked_at, session.revoked_reason = at, reason
        return len(ended)

    async def revoke_all_for_organisation(self, organisation_id: OrganisationId, at: datetime, reason: str) -> int:
        ended = [
            s
            for s in self._s.sessions.values()
            if self._s.users[s.user_id].organisation_id == organisation_id and s.revoked_at is None
        ]
        for session in ended:
            session.revoked_at, session.revoked_reason = at, reason
        return len(ended)


class FakeLoginAttemptRepository(_Repository):
    async def add(self, account_key: str, client_address: str | None, succeeded: bool, at: datetime) -> None:
        self._s.attempts.append((account_key, client_address, succeeded, at))

    async def account_failures(self, account_key: str, since: datetime) -> FailureCount:
        """Failures within the window that came after the account's last success (ever)."""
        mine = [(ok, at) for key, _, ok, at in self._s.attempts if key == account_key]
        last_success = max((at for ok, at in mine if ok), default=None)
        return _count(at for ok, at in mine if not ok and at >= since and (last_success is None or at > last_success))

    async def address_failures(self, client_address: str | None, since: datetime) -> FailureCount:
        if client_address is None:
            return FailureCount(0, None)
        return _count(at for _, addr, ok, at in self._s.attempts if addr == client_address and not ok and at >= since)


def _count(found: Iterable[datetime]) -> FailureCount:
    times = list(found)
    return FailureCount(len(times), max(times, default=None))


class FakeApiTokenRepository(_Repository):
    async def get_principal(self, token_hash: str) -> TokenPrincipal | None:
        found = [t for t in self._s.tokens.values() if t.token_hash == token_hash]
        return (
            TokenPrincipal(*copy.deepcopy((found[0], self._s.organisations[found[0].organisation_id])))
            if found
            else None
        )

    async def add(self, token: ApiToken) -> None:
        self._s.tokens[token.id] = copy.deepcopy(token)

    async def touch(self, token_id: ApiTokenId, at: datetime) -> None:
        if token_id in self._s.tokens:
            self._s.tokens[token_id].last_used_at = at


class FakeAuditRepository(_Repository):
    @property
    def rows(self) -> list[AuditRow]:
        """The stored rows, for tests that tamper with them."""
        return self._s.audit_rows

    async def search(self, filter: AuditFilter, page: PageRequest) -> Page[AuditRow]:
        actor_id = str(filter.actor_id) if filter.actor_id else None
        wanted = {"action": filter.action, "record_type": filter.record_type, "record_id": filter.record_id}
        rows = [
            r
            for r in sorted(self._s.audit_rows, key=lambda r: r.seq, reverse=True)
            if all(not v or getattr(r, k) == v for k, v in {**wanted, "actor_id": actor_id}.items())
        ]
        if page.cursor:
            rows = [r for r in rows if r.seq < int(_decode_cursor(page.cursor)[0])]
        items = rows[: page.limit]
        return Page(items, _encode_cursor(items[-1].seq, None) if len(rows) > page.limit else None)

    async def verify(self) -> ChainReport:
        """The chain, and its end against the head, so that rows cut off the end are noticed."""
        report = verify_chain(sorted(self._s.audit_rows, key=lambda r: r.seq))
        if report.valid and self._s.head[0] != report.checked_count:
            return ChainReport(False, report.checked_count, report.checked_count + 1, "rows missing at the end")
        return report


class FakeUnitOfWork:
    """`committed` turns true at the first commit and stays so; `committed_entries` holds only the
    audit entries of committed transactions, in chain order, as the rows in `audit.rows` do."""

    def __init__(self, clock: Clock | None = None, context: RequestContext | None = None) -> None:
        self._clock = clock or FixedClock()
        self._context = context or RequestContext()
        self._state = _State()
        self._snapshot: _State | None = None
        self._pending: list[AuditEntry] = []
        self.committed = False
        self.committed_entries: list[AuditEntry] = []
        self.organisations = FakeOrganisationRepository(self._state)
        self.users = FakeUserRepository(self._state)
        self.sessions = FakeAuthSessionRepository(self._state)
        self.login_attempts = FakeLoginAttemptRepository(self._state)
        self.api_tokens = FakeApiTokenRepository(self._state)
        self.audit = FakeAuditRepository(self._state)
        self.persons = FakePersonRepository(self._state)
        self.cases = FakeCaseRepository(self._state)
        self.journal = FakeJournalRepository(self._state)
        self.frameworks = FakeFrameworkRepository(self._state)
        self.crosswalks = FakeCrosswalkRepository(self._state)
        self.assessments = FakeAssessmentRepository(self._state)
        self.alerts = FakeAlertRepository(self._state)
        self.interventions = FakeInterventionRepository(self._state)
        self.plans = FakePlanRepository(self._state)

    @property
    def committed_actions(self) -> list[str]:
        return [e.action for e in self.committed_entries]

    def seed(self, *objects: object) -> None:
        """Store objects as if a previous transaction had committed them."""
        tables: dict[type, dict[Any, Any]] = {
            Organisation: self._state.organisations,
            User: self._state.users,
            AuthSession: self._state.sessions,
            ApiToken: self._state.tokens,
            Case: self._state.cases,
            JournalEntry: self._state.journal,
            FrameworkRecord: self._state.frameworks,
            CrosswalkRecord: self._state.crosswalks,
            Assessment: self._state.assessments,
            AcuteAlert: self._state.alerts,
            Intervention: self._state.interventions,
            PlanVersion: self._state.plans,
        }
        for obj in objects:
            if isinstance(obj, Person):  # the row, its relations and its place in the BSN index
                self._state.persons[obj.id] = replace(copy.deepcopy(obj), relations=[])
                self._state.relations[obj.id] = list(obj.relations)
                if obj.bsn is not None:
                    self._state.bsn_index[obj.bsn] = obj.id
            else:
                tables[type(obj)][obj.id] = copy.deepcopy(obj)  # type: ignore[attr-defined]

    async def __aenter__(self) -> Self:
        if self._snapshot is not None:
            raise RuntimeError("unit of work is already open")
        self._snapshot = copy.deepcopy(self._state)
        self._pending = []
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # As rollback(), without copying the snapshot that is discarded anyway.
        assert self._snapshot is not None
        self._pending = []
        vars(self._state).update(vars(self._snapshot))
        self._snapshot = None

    def record(self, entry: AuditEntry) -> None:
        self._pending.append(entry)

    async def commit(self) -> None:
        if self._snapshot is None:
            raise RuntimeError("unit of work is not open")
        seq, prev_hash = self._state.head
        for entry in self._pending:
            seq += 1
            row = seal(entry, self._context, seq=seq, prev_hash=prev_hash, occurred_at=self._clock.now())
            self._state.audit_rows.append(row)
            prev_hash = row.hash
        self._state.head = (seq, prev_hash)
        self.committed_entries.extend(self._pending)
        self._pending = []
        self.committed = True
        self._snapshot = copy.deepcopy(self._state)

    async def rollback(self) -> None:
        if self._snapshot is None:
            raise RuntimeError("unit of work is not open")
        self._pending = []
        vars(self._state).update(vars(copy.deepcopy(self._snapshot)))
