"""A versioned crosswalk from the item codes of an external model (the police's) to our indicators.

The crosswalk maps codes, never copies the external item texts' meaning into ours: an assessment can be
entered in the external codes and is shown on our indicators through `translate_ratings`, with every
translated rating marked as to where it came from. Mapping is at concept level (reference §2.6, §4.7).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from domain.assessment.framework import PRESENCE_ORDER, FrameworkVersion, Presence, Relevance, Trend
from domain.assessment.rating import IndicatorRating, SharingLevel


class MappingRelation(enum.StrEnum):
    """How the external item relates to our indicator, read as "the external item is ... our indicator"."""

    EQUIVALENT = "equivalent"  # same concept
    BROADER = "broader"  # the external item covers more than our indicator
    NARROWER = "narrower"  # the external item covers only part of our indicator
    PARTIAL = "partial"  # the concepts overlap; neither contains the other


@dataclass(frozen=True)
class CrosswalkEntry:
    external_code: str
    external_label: str  # our short wording of the external item, for display only
    indicator_code: str
    relation: MappingRelation


@dataclass(frozen=True)
class Crosswalk:
    """One version of the mapping from one external model version onto one framework version.

    `version` is the crosswalk's own version, named after the external model version it maps; a new
    framework version or a new external item list means a new crosswalk, never an edited one.
    """

    external_model: str  # e.g. "politie-kim"
    version: str  # e.g. "2026.1"
    framework_code: str  # e.g. "beoordelingskader"
    framework_version: str  # e.g. "2026.1"
    entries: tuple[CrosswalkEntry, ...]
    description: str = ""
    _by_external: dict[str, tuple[CrosswalkEntry, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _by_indicator: dict[str, tuple[CrosswalkEntry, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_external: dict[str, list[CrosswalkEntry]] = {}
        by_indicator: dict[str, list[CrosswalkEntry]] = {}
        for entry in self.entries:
            by_external.setdefault(entry.external_code, []).append(entry)
            by_indicator.setdefault(entry.indicator_code, []).append(entry)
        object.__setattr__(self, "_by_external", {k: tuple(v) for k, v in by_external.items()})
        object.__setattr__(self, "_by_indicator", {k: tuple(v) for k, v in by_indicator.items()})

    @property
    def external_codes(self) -> tuple[str, ...]:
        """The external item codes in the order they first appear."""
        return tuple(self._by_external)

    @property
    def indicator_codes(self) -> tuple[str, ...]:
        """Our indicator codes that at least one external item maps onto, in order of first appearance."""
        return tuple(self._by_indicator)

    def entries_for_external(self, external_code: str) -> tuple[CrosswalkEntry, ...]:
        return self._by_external.get(external_code, ())

    def entries_for_indicator(self, indicator_code: str) -> tuple[CrosswalkEntry, ...]:
        return self._by_indicator.get(indicator_code, ())

    def external_label(self, external_code: str) -> str | None:
        entries = self._by_external.get(external_code)
        return entries[0].external_label if entries else None

    def maps(self, external_code: str) -> bool:
        return external_code in self._by_external


@dataclass(frozen=True)
class CrosswalkProblem:
    """A problem with a crosswalk; `entry_index` (0-based, into `entries`) and `field` locate it when it
    belongs to one entry, so a file loader can point at the row."""

    message: str
    entry_index: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        return self.message


def crosswalk_problem_details(crosswalk: Crosswalk, framework: FrameworkVersion | None) -> list[CrosswalkProblem]:
    """The problems of `crosswalk_problems`, each with the entry and field it belongs to. Without a
    framework version, only the checks that need none (empty codes, duplicates, labels)."""
    problems: list[CrosswalkProblem] = []
    for name in ("external_model", "version", "framework_code", "framework_version"):
        if not str(getattr(crosswalk, name)).strip():
            problems.append(CrosswalkProblem(f"crosswalk {name} is empty"))
    target = (crosswalk.framework_code, crosswalk.framework_version)
    if framework is not None and target != (framework.code, framework.version):
        problems.append(
            CrosswalkProblem(
                f"crosswalk is for {crosswalk.framework_code} {crosswalk.framework_version}, "
                f"not for {framework.code} {framework.version}"
            )
        )
    seen_pairs: set[tuple[str, str]] = set()
    first_label: dict[str, str] = {}
    for index, entry in enumerate(crosswalk.entries):
        if not entry.external_code.strip():
            problems.append(CrosswalkProblem("an entry has an empty external code", index, "external_code"))
        if not entry.indicator_code.strip():
            problems.append(
                CrosswalkProblem(
                    f"external item {entry.external_code} maps to an empty indicator code", index, "indicator_code"
                )
            )
        elif framework is not None and framework.indicator(entry.indicator_code) is None:
            problems.append(
                CrosswalkProblem(
                    f"external item {entry.external_code} maps to indicator {entry.indicator_code}, "
                    f"which is not in {framework.code} {framework.version}",
                    index,
                    "indicator_code",
                )
            )
        pair = (entry.external_code, entry.indicator_code)
        if pair in seen_pairs:
            problems.append(
                CrosswalkProblem(
                    f"external item {entry.external_code} is mapped to indicator {entry.indicator_code} more than once",
                    index,
                    "indicator_code",
                )
            )
        seen_pairs.add(pair)
        label = first_label.setdefault(entry.external_code, entry.external_label)
        if label != entry.external_label:
            problems.append(
                CrosswalkProblem(
                    f"external item {entry.external_code} has different labels: {label!r} and {entry.external_label!r}",
                    index,
                    "external_label",
                )
            )
    return problems


def crosswalk_problems(crosswalk: Crosswalk, framework: FrameworkVersion) -> list[str]:
    """What makes a crosswalk unusable with this framework version, as sentences naming the offending
    codes; empty if sound: empty codes, indicator codes the framework does not have, the same external
    item mapped to the same indicator twice, one external item with two labels, another framework."""
    return [p.message for p in crosswalk_problem_details(crosswalk, framework)]


class ExternalRating(Protocol):
    """A rating entered in an external item code; `IndicatorRating` (with the external code) fits."""

    @property
    def presence(self) -> Presence: ...

    @property
    def relevance(self) -> Relevance | None: ...

    @property
    def trend(self) -> Trend | None: ...

    @property
    def evidence_for(self) -> str: ...

    @property
    def evidence_against(self) -> str: ...

    @property
    def source(self) -> str: ...

    @property
    def source_on(self) -> date | None: ...

    @property
    def sharing(self) -> SharingLevel: ...


_SHARING_STRICTNESS = {SharingLevel.SHAREABLE: 0, SharingLevel.SUMMARY_ONLY: 1, SharingLevel.OWN_ORGANISATION: 2}

# What an external presence shows about our indicator, per relation. See `counted_presence`.
_COUNTED: dict[MappingRelation, dict[Presence, Presence]] = {
    MappingRelation.EQUIVALENT: {p: p for p in Presence},
    MappingRelation.NARROWER: {
        Presence.PRESENT: Presence.PRESENT,
        Presence.PARTLY: Presence.PARTLY,
        Presence.ABSENT: Presence.UNKNOWN,
        Presence.UNKNOWN: Presence.UNKNOWN,
    },
    MappingRelation.BROADER: {
        Presence.PRESENT: Presence.PARTLY,
        Presence.PARTLY: Presence.PARTLY,
        Presence.ABSENT: Presence.ABSENT,
        Presence.UNKNOWN: Presence.UNKNOWN,
    },
    MappingRelation.PARTIAL: {
        Presence.PRESENT: Presence.PARTLY,
        Presence.PARTLY: Presence.PARTLY,
        Presence.ABSENT: Presence.UNKNOWN,
        Presence.UNKNOWN: Presence.UNKNOWN,
    },
}


def counted_presence(relation: MappingRelation, entered: Presence) -> Presence:
    """What a presence entered on an external item shows about our indicator.

    Only what the relation logically carries over is counted:

    - *equivalent*: everything, unchanged.
    - *narrower* (the external item is part of our indicator): present shows our indicator present; but
      absent does not show it absent, since another part of it may be there, so absent counts as unknown.
    - *broader* (the external item covers more than our indicator): present is capped at partly, because
      an external item rated present may be present through the part our indicator does not cover, so it
      does not show that our narrower indicator is present; absent does show ours absent.
    - *partial* (overlap only): neither direction holds, so present is capped at partly and absent
      counts as unknown.

    The evidence texts of every external item are kept whatever is counted, so nothing is lost: the case
    conference reads them and rates the indicator itself in the joint assessment.
    """
    return _COUNTED[relation][entered]


@dataclass(frozen=True)
class Contribution:
    """One external item rating that fed one of our indicators."""

    external_code: str
    relation: MappingRelation
    entered: Presence
    counted_as: Presence

    @property
    def adjusted(self) -> bool:
        """True when the relation changed what the entered presence counts as."""
        return self.counted_as is not self.entered


@dataclass(frozen=True)
class TranslatedIndicator:
    rating: IndicatorRating  # the rating on our indicator, as the external ratings show it
    contributions: tuple[Contribution, ...]  # in crosswalk order

    @property
    def indicator_code(self) -> str:
        return self.rating.code

    @property
    def fed_by(self) -> tuple[str, ...]:
        return tuple(c.external_code for c in self.contributions)

    @property
    def derived(self) -> bool:
        """True unless the rating is one external rating through an equivalent mapping, taken over as
        entered; a derived rating was combined from several items or read through a broader, narrower
        or partial mapping, and is shown as such."""
        return not (len(self.contributions) == 1 and self.contributions[0].relation is MappingRelation.EQUIVALENT)


@dataclass(frozen=True)
class TranslationResult:
    external_model: str
    version: str
    indicators: tuple[TranslatedIndicator, ...]  # our indicators fed by at least one rated item, crosswalk order
    unmapped: tuple[str, ...]  # external codes that were rated but are not in the crosswalk, sorted

    @property
    def ratings(self) -> dict[str, IndicatorRating]:
        """The translated ratings by our indicator code, e.g. for `compare_perspectives`."""
        return {t.indicator_code: t.rating for t in self.indicators}

    def for_indicator(self, indicator_code: str) -> TranslatedIndicator | None:
        return next((t for t in self.indicators if t.indicator_code == indicator_code), None)


def translate_ratings(crosswalk: Crosswalk, external: Mapping[str, ExternalRating]) -> TranslationResult:
    """Show ratings entered in the external model's item codes on our indicators.

    Per indicator, over the external items mapped onto it that were rated:

    - presence: the most pronounced presence counted (present > partly > absent) after applying the
      relation (`counted_presence`: only equivalent and narrower items can make ours present); unknown
      only when nothing known is counted;
    - relevance: the highest relevance among the items counted partly or present; none otherwise;
    - trend: kept when all items that give one agree, otherwise none;
    - evidence for and against: the texts joined, each prefixed with its external code;
    - source: the distinct sources joined; source date: the latest;
    - sharing: the strictest level of any item fed in (own organisation > summary only > shareable),
      since its evidence travels with the result.

    Indicators fed by no rated item are left out (not rated is not unknown). Validate the crosswalk with
    `crosswalk_problems` first.
    """
    indicators: list[TranslatedIndicator] = []
    for indicator_code in crosswalk.indicator_codes:
        fed = [
            (e, external[e.external_code])
            for e in crosswalk.entries_for_indicator(indicator_code)
            if e.external_code in external
        ]
        if fed:
            indicators.append(_combine(indicator_code, fed))
    unmapped = tuple(sorted(code for code in external if not crosswalk.maps(code)))
    return TranslationResult(crosswalk.external_model, crosswalk.version, tuple(indicators), unmapped)


def _combine(indicator_code: str, fed: list[tuple[CrosswalkEntry, ExternalRating]]) -> TranslatedIndicator:
    contributions = tuple(
        Contribution(e.external_code, e.relation, r.presence, counted_presence(e.relation, r.presence)) for e, r in fed
    )
    known = [c.counted_as for c in contributions if c.counted_as is not Presence.UNKNOWN]
    presence = max(known, key=PRESENCE_ORDER.__getitem__) if known else Presence.UNKNOWN
    relevance: Relevance | None = None
    if presence in (Presence.PARTLY, Presence.PRESENT):
        relevances = [
            r.relevance
            for c, (_, r) in zip(contributions, fed, strict=True)
            if c.counted_as in (Presence.PARTLY, Presence.PRESENT) and r.relevance is not None
        ]
        relevance = max(relevances, default=None)
    trends = {r.trend for _, r in fed if r.trend is not None}
    sources = list(dict.fromkeys(r.source.strip() for _, r in fed if r.source.strip()))
    dates = [r.source_on for _, r in fed if r.source_on is not None]
    rating = IndicatorRating(
        code=indicator_code,
        presence=presence,
        relevance=relevance,
        trend=trends.pop() if len(trends) == 1 else None,
        evidence_for=_join_evidence((e.external_code, r.evidence_for) for e, r in fed),
        evidence_against=_join_evidence((e.external_code, r.evidence_against) for e, r in fed),
        source="; ".join(sources),
        source_on=max(dates, default=None),
        sharing=max((r.sharing for _, r in fed), key=_SHARING_STRICTNESS.__getitem__),
    )
    return TranslatedIndicator(rating, contributions)


def _join_evidence(texts: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f"[{code}] {text.strip()}" for code, text in texts if text.strip())
