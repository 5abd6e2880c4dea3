"""The generator's state, shared by its mixins: seeded random sources, catalogue pickers, the
rows of the batch being made and the audit events it stages."""

from __future__ import annotations

import random
import uuid
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from bench.datagen.model import ClosedCase, Org, User, compact_json, weighted
from bench.datagen.names import DISTRICT_WEIGHTS, GENDER_WEIGHTS, RELATION_WEIGHTS, SURNAMES
from bench.datagen.tables import BATCH_TABLES, STAGE
from bench.datagen.texts import CATEGORY_WEIGHTS, CLOSE_REASONS, IDEOLOGY_WEIGHTS
from domain.access.roles import Role
from domain.audit.model import GENESIS_HASH
from domain.case.lifecycle import CaseStatus
from persistence.crypto import BsnCipher


class GeneratorBase:
    """The generator's state and small helpers; the mixins build the rows of each concern."""

    AVAILABLE_CAP = 5000  # closed cases that a later referral of the same person can pick
    RECENT_PERSONS = 2000  # pool for relations between persons
    REPEAT_SHARE = 0.1  # share of new cases that are about a person with an earlier closed case

    # Set by `setup()`, before any case is made.
    municipality: Org
    police: Org
    bench_org: Org
    sources: tuple[list[Any], list[int]]
    partner_orgs: tuple[list[Any], list[int]]
    orgs_by_id: dict[str, Org]

    def __init__(
        self,
        seed: int,
        now: datetime,
        cipher: BsnCipher,
        password_hash: str,
        *,
        cases: int = 0,
        min_referred: int = 0,
    ) -> None:
        # A backlog kept in `referred` for load tests that move cases out of it: `min_referred` of the
        # last cases (spread evenly over the last 3x as many) stop before their first transition.
        self.case_index = 0
        self.forced = min(max(min_referred, 0), cases)
        self.window = min(cases, 3 * self.forced)
        self.window_start = cases - self.window
        self.rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
        self.now = now
        self.start = now - timedelta(days=3652)
        self.cipher = cipher
        self.password_hash = password_hash
        self.orgs: dict[str, Org] = {}
        self.users: list[User] = []
        self.by_role: dict[Role, list[User]] = {}
        self.staff_of_org: dict[str, list[User]] = {}  # users who work in cases, per organisation
        self.regisseurs_of_team: dict[str, list[User]] = {}
        self.counters: dict[int, int] = {}
        self.statuses: dict[str, int] = {s.value: 0 for s in CaseStatus}
        self.assessment_stats: Counter[str] = Counter()
        self.event_counter = 0
        self.bench_partner_cases = 0  # the partner scenarios need at least one, also on tiny data
        self.request_rng = random.Random(f"{seed}-request-ids")  # noqa: S311 - drawn in chain order
        self.user_by_id: dict[str, User] = {}
        self.seq = 0
        self.prev_hash = GENESIS_HASH
        self.closing: list[tuple[datetime, int, ClosedCase]] = []  # heap: closed cases by closed_at
        self.available: list[ClosedCase] = []
        self.recent_persons: deque[str] = deque(maxlen=self.RECENT_PERSONS)
        # BSN heads walk a permutation of 0..10**8-1 from a random start: unique without a set.
        self.bsn_counter = self.rng.randrange(10**8)
        self.time_rng = random.Random(f"{seed}-opening-times")  # noqa: S311 - batch size never matters
        # Assessments draw from their own stream: the rest of the data set stays as it was without them.
        self.assessment_rng = random.Random(f"{seed}-assessments")  # noqa: S311 - reproducible data
        self.vh_number = 1_000_000
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in BATCH_TABLES}
        self._pick = {
            "gender": weighted(GENDER_WEIGHTS),
            "district": weighted(DISTRICT_WEIGHTS),
            "surname": weighted({(p, s): w for p, s, w in SURNAMES}),
            "relation": weighted(RELATION_WEIGHTS),
            "ideology": weighted(IDEOLOGY_WEIGHTS),
            "category": weighted(CATEGORY_WEIGHTS),
            "close": weighted({r: w for r, (w, _) in CLOSE_REASONS.items()}),
        }

    # ---- small helpers ----------------------------------------------------------------------

    @contextmanager
    def drawing_from(self, rng: random.Random) -> Iterator[None]:
        """Let every helper (ids, times, picks) draw from `rng` for a while."""
        saved, self.rng = self.rng, rng
        try:
            yield
        finally:
            self.rng = saved

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def sid(self) -> str:
        return str(self.uuid())

    def pick(self, name: str) -> Any:
        keys, cumulative = self._pick[name]
        return self.rng.choices(keys, cum_weights=cumulative)[0]

    def between(self, a: datetime, b: datetime) -> datetime:
        return a + (b - a) * self.rng.random() if b > a else a

    def audit(
        self,
        at: datetime,
        user: User | None,
        action: str,
        record_type: str | None,
        record_id: str | None,
        subject: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Stage an audit event; `seal_rows` chains it later, in time order."""
        self.event_counter += 1
        self.rows[STAGE].append(
            (self.event_counter, at, user.id if user else None, action, record_type, record_id, subject,
             compact_json(details or {}))
        )  # fmt: skip
