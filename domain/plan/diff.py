"""What changed between two versions of a plan, section by section, item by item (by stable id)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from domain.plan.model import Action, Goal, PlanVersion, ProtectiveFactor

Value = str | list[str] | None
T = TypeVar("T")


class Section(enum.StrEnum):
    INTERPRETATION = "interpretation"
    GOALS = "goals"
    ACTIONS = "actions"
    PROTECTIVE_FACTORS = "protectiveFactors"
    CONTINGENCY = "contingency"
    EVALUATION_ON = "evaluationOn"


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    section: Section
    kind: ChangeKind
    item_id: str | None = None
    field: str | None = None
    before: Value = None
    after: Value = None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _strings(values: Sequence[object]) -> list[str]:
    return [str(v) for v in values]


_GOAL_FIELDS: dict[str, Callable[[Goal], Value]] = {
    "text": lambda g: g.text,
    "indicatorCodes": lambda g: list(g.indicator_codes),
    "targetOn": lambda g: _day(g.target_on),
    "status": lambda g: g.status.value,
    "note": lambda g: g.note,
}
_ACTION_FIELDS: dict[str, Callable[[Action], Value]] = {
    "goalIds": lambda a: _strings(a.goal_ids),
    "interventionId": lambda a: str(a.intervention_id) if a.intervention_id else None,
    "customTitle": lambda a: a.custom_title,
    "responsibleOrganisationId": lambda a: str(a.responsible_organisation_id),
    "ownerName": lambda a: a.owner_name,
    "startOn": lambda a: _day(a.start_on),
    "dueOn": lambda a: _day(a.due_on),
    "status": lambda a: a.status.value,
    "statusReason": lambda a: a.status_reason,
    "externalReference": lambda a: a.external_reference,
}
_FACTOR_FIELDS: dict[str, Callable[[ProtectiveFactor], Value]] = {"note": lambda f: f.note}


def _items(
    section: Section,
    before: Mapping[str, T],
    after: Mapping[str, T],
    fields: Mapping[str, Callable[[T], Value]],
    title: Callable[[T], Value],
) -> list[Change]:
    changes: list[Change] = []
    for key, old in before.items():
        if key not in after:
            changes.append(Change(section, ChangeKind.REMOVED, key, before=title(old)))
    for key, new in after.items():
        old_item = before.get(key)
        if old_item is None:
            changes.append(Change(section, ChangeKind.ADDED, key, after=title(new)))
            continue
        for name, read in fields.items():
            if read(old_item) != read(new):
                changes.append(Change(section, ChangeKind.CHANGED, key, name, read(old_item), read(new)))
    return changes


def _scalar(section: Section, before: Value, after: Value) -> list[Change]:
    return [] if before == after else [Change(section, ChangeKind.CHANGED, before=before, after=after)]


def diff_plans(before: PlanVersion, after: PlanVersion) -> list[Change]:
    """The changes that turn `before` into `after`, in the order of the plan's sections."""
    return [
        *_scalar(Section.INTERPRETATION, before.interpretation, after.interpretation),
        *_items(
            Section.PROTECTIVE_FACTORS,
            {f.indicator_code: f for f in before.protective_factors},
            {f.indicator_code: f for f in after.protective_factors},
            _FACTOR_FIELDS,
            lambda f: f.indicator_code,
        ),
        *_items(
            Section.GOALS,
            {str(g.id): g for g in before.goals},
            {str(g.id): g for g in after.goals},
            _GOAL_FIELDS,
            lambda g: g.text,
        ),
        *_items(
            Section.ACTIONS,
            {str(a.id): a for a in before.actions},
            {str(a.id): a for a in after.actions},
            _ACTION_FIELDS,
            lambda a: a.custom_title or (str(a.intervention_id) if a.intervention_id else None),
        ),
        *_scalar(Section.CONTINGENCY, before.contingency, after.contingency),
        *_scalar(Section.EVALUATION_ON, _day(before.evaluation_on), _day(after.evaluation_on)),
    ]
