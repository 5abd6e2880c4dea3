"""The generator: organisations and users first, then cases batch by batch in opening order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from bench.datagen.audit import AuditChainMixin
from bench.datagen.cases import CasesMixin
from bench.datagen.staff import StaffMixin
from bench.datagen.tables import BATCH_TABLES, STAGE


class Generator(StaffMixin, CasesMixin, AuditChainMixin):
    """Builds rows in memory, batch by batch; `generate()` copies them."""

    # ---- when cases open -------------------------------------------------------------------

    def opening_times(self, cases: int) -> Iterator[datetime]:
        """Ten years up to now, the yearly volume doubling over the period, in time order and
        one at a time: sorted uniforms drawn from the top down (U(n) = V^(1/n), U(k) = U(k+1) V^(1/k)),
        mirrored, then mapped through the inverse distribution function of the density 1 + x."""
        span = (self.now - self.start) - timedelta(hours=1)
        top = 1.0
        for k in range(cases, 0, -1):
            top *= self.time_rng.random() ** (1.0 / k)
            x = -1.0 + (1.0 + 3.0 * (1.0 - top)) ** 0.5
            yield self.start + span * min(max(x, 0.0), 1.0)

    # ---- batches ------------------------------------------------------------------------------

    def step(self, staged: Sequence[Any], opened: Sequence[datetime]) -> dict[str, list[tuple[Any, ...]]]:
        """Chain the staged events (the next stretch of time, in order), then make the rows of
        the cases opened at `opened` and stage their audit events."""
        sealed = self.seal_rows(staged)
        self.rows = {t: [] for t in (*BATCH_TABLES, STAGE)}
        for at in opened:
            self.one_case(at)
        rows, self.rows = self.rows, {}
        rows["audit_event"] = sealed
        return rows
