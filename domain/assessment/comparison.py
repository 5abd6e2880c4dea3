"""Side-by-side view of the perspectives on one case (municipality, police, care, joint) per dimension and
indicator, and the disagreements the case conference should settle (reference §4.7, steps 3-5).

Comparison, not fusion: nothing here averages or merges perspectives. Pass each perspective's ratings as
the viewer may see them (ratings the viewer may not see left out), so a cell is empty both when an
indicator was not rated and when it is not visible.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from domain.assessment.framework import (
    DimensionCode,
    DimensionKind,
    FrameworkVersion,
    Presence,
    Relevance,
)
from domain.assessment.rating import IndicatorRating


@dataclass(frozen=True)
class PerspectiveRatings:
    perspective: str  # e.g. "municipality", "police", "care", "joint"; unique within one comparison
    assessment_id: uuid.UUID
    assessed_on: date
    ratings: Mapping[str, IndicatorRating]  # by our indicator code


class DisagreementKind(enum.StrEnum):
    PRESENCE = "presence"  # one perspective says absent, another present
    INFORMATION_GAP = "information_gap"  # one says present or partly, another unknown
    RELEVANCE = "relevance"  # both see the indicator (partly or present), one rates relevance low, another high


@dataclass(frozen=True)
class Disagreement:
    """One agenda item for the case conference.

    `higher` holds the perspectives at the upper end (present; present or partly; high relevance),
    `lower` those at the other end (absent; unknown; low relevance), each in the order given.
    """

    indicator_code: str
    dimension: DimensionCode
    kind: DisagreementKind
    higher: tuple[str, ...]
    lower: tuple[str, ...]

    @property
    def perspectives(self) -> tuple[str, ...]:
        return self.higher + self.lower


@dataclass(frozen=True)
class Cell:
    """One perspective's rating of one indicator; both None when not rated or not visible."""

    perspective: str
    presence: Presence | None
    relevance: Relevance | None


@dataclass(frozen=True)
class IndicatorRow:
    indicator_code: str
    dimension: DimensionCode
    cells: tuple[Cell, ...]  # one per perspective, in the order given
    disagreements: tuple[DisagreementKind, ...]

    def cell(self, perspective: str) -> Cell | None:
        return next((c for c in self.cells if c.perspective == perspective), None)


@dataclass(frozen=True)
class DimensionComparison:
    dimension: DimensionCode
    kind: DimensionKind
    rows: tuple[IndicatorRow, ...]  # framework order
    present: Mapping[str, tuple[str, ...]]  # per perspective: its indicators rated present here

    @property
    def perspectives_with_present(self) -> tuple[str, ...]:
        """The perspectives that rate at least one indicator in this dimension present."""
        return tuple(p for p, codes in self.present.items() if codes)


@dataclass(frozen=True)
class Comparison:
    perspectives: tuple[PerspectiveRatings, ...]
    dimensions: tuple[DimensionComparison, ...]  # framework order
    disagreements: tuple[Disagreement, ...]  # framework order of the indicator, then kind
    not_in_framework: Mapping[str, tuple[str, ...]]  # per perspective: rated codes this framework lacks

    def dimension(self, code: DimensionCode) -> DimensionComparison | None:
        return next((d for d in self.dimensions if d.dimension is code), None)

    def row(self, indicator_code: str) -> IndicatorRow | None:
        return next((r for d in self.dimensions for r in d.rows if r.indicator_code == indicator_code), None)


_SEEN = (Presence.PARTLY, Presence.PRESENT)


def compare_perspectives(framework: FrameworkVersion, perspectives: Sequence[PerspectiveRatings]) -> Comparison:
    """Put the perspectives on one case side by side per dimension and indicator and list where they
    disagree enough to discuss:

    - presence: one perspective rates the indicator absent and another present (two steps apart; a
      difference of one step, partly against either, is not listed);
    - information gap: one rates it present or partly and another unknown (not rated at all does not
      count: that may be a perspective that cannot see it);
    - relevance: both see it (partly or present) and one rates relevance low, another high.

    Each disagreement names the perspectives on either side. Rows follow the framework's dimension and
    indicator order, perspectives the order given; the result is the same for the same input.
    Raises ValueError when two perspectives carry the same label.
    """
    labels = [p.perspective for p in perspectives]
    duplicates = sorted({label for label in labels if labels.count(label) > 1})
    if duplicates:
        raise ValueError(f"each perspective may appear once; repeated: {', '.join(duplicates)}")

    dimensions: list[DimensionComparison] = []
    disagreements: list[Disagreement] = []
    for dimension in framework.dimensions:
        rows: list[IndicatorRow] = []
        present: dict[str, list[str]] = {label: [] for label in labels}
        for indicator in framework.indicators_in(dimension.code):
            cells = tuple(_cell(p, indicator.code) for p in perspectives)
            found = _disagreements(indicator.code, dimension.code, cells)
            disagreements.extend(found)
            rows.append(IndicatorRow(indicator.code, dimension.code, cells, tuple(d.kind for d in found)))
            for cell in cells:
                if cell.presence is Presence.PRESENT:
                    present[cell.perspective].append(indicator.code)
        dimensions.append(
            DimensionComparison(
                dimension.code, dimension.kind, tuple(rows), {label: tuple(codes) for label, codes in present.items()}
            )
        )
    not_in_framework = {
        p.perspective: tuple(sorted(code for code in p.ratings if framework.indicator(code) is None))
        for p in perspectives
    }
    return Comparison(tuple(perspectives), tuple(dimensions), tuple(disagreements), not_in_framework)


def _cell(perspective: PerspectiveRatings, indicator_code: str) -> Cell:
    rating = perspective.ratings.get(indicator_code)
    if rating is None:
        return Cell(perspective.perspective, None, None)
    return Cell(perspective.perspective, rating.presence, rating.relevance)


def _disagreements(indicator_code: str, dimension: DimensionCode, cells: tuple[Cell, ...]) -> list[Disagreement]:
    def having(condition: Callable[[Cell], bool]) -> tuple[str, ...]:
        return tuple(c.perspective for c in cells if condition(c))

    candidates = [
        (
            DisagreementKind.PRESENCE,
            having(lambda c: c.presence is Presence.PRESENT),
            having(lambda c: c.presence is Presence.ABSENT),
        ),
        (
            DisagreementKind.INFORMATION_GAP,
            having(lambda c: c.presence in _SEEN),
            having(lambda c: c.presence is Presence.UNKNOWN),
        ),
        (
            DisagreementKind.RELEVANCE,
            having(lambda c: c.presence in _SEEN and c.relevance is Relevance.HIGH),
            having(lambda c: c.presence in _SEEN and c.relevance is Relevance.LOW),
        ),
    ]
    return [
        Disagreement(indicator_code, dimension, kind, higher, lower)
        for kind, higher, lower in candidates
        if higher and lower
    ]
