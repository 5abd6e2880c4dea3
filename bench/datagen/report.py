"""What a run generated, and how fast."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class GenerationReport:
    cases: int
    seed: int
    rows: dict[str, int]
    seconds: float  # from the first COPY to the commit (Argon2 hash and ANALYZE not included)
    analyze_seconds: float = 0.0
    audit_head_seq: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    assessments: dict[str, int] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds > 0 else 0.0

    def format(self) -> str:
        width = max(len(t) for t in self.rows)
        lines = [f"Generated {self.cases:,} cases (seed {self.seed})"]
        lines += [f"  {t:<{width}}  {n:>12,}" for t, n in self.rows.items()]
        lines.append(f"  {'total':<{width}}  {self.total_rows:>12,}")
        lines.append("  statuses: " + ", ".join(f"{s} {n:,}" for s, n in self.statuses.items()))
        if self.assessments:
            lines.append("  assessments: " + ", ".join(f"{k} {n:,}" for k, n in self.assessments.items()))
        lines.append(f"  audit chain: {self.audit_head_seq:,} rows, head updated")
        lines.append(
            f"  load {self.seconds:.1f} s, {self.rows_per_second:,.0f} rows/s"
            + (f"; VACUUM ANALYZE {self.analyze_seconds:.1f} s" if self.analyze_seconds else "")
        )
        return "\n".join(lines)

    __str__ = format
