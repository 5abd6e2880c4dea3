"""The diff between two plan versions lists what was added, removed and changed, per section and per item."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.plan.diff import Change, ChangeKind, Section, diff_plans
from domain.plan.model import ActionStatus, ProtectiveFactor
from tests.unit.domain.plan_builders import AT, action, approved, draft, goal


def test_identical_versions_have_no_changes() -> None:
    plan = approved(action())
    assert diff_plans(plan, draft(2, in_force=plan)) == []


def test_changes_per_section_and_item() -> None:
    kept, dropped = goal("Heeft werk"), goal("Heeft een mentor")
    first = action((kept.id,))
    before = approved(first, action(custom_title="Gesprek imam"), goals=(kept, dropped))
    after = draft(2, in_force=before)
    added = goal("Heeft een steunend netwerk", target_on=date(2027, 9, 1))
    after.revise(
        {},
        AT,
        interpretation="Nieuwe duiding",
        protective_factors=[ProtectiveFactor("P2", "Sport")],
        goals=[replace(kept, text="Heeft betaald werk"), added],
        actions=[replace(first, status=ActionStatus.RUNNING)],
        evaluation_on=date(2027, 7, 1),
    )
    changes = diff_plans(before, after)
    assert changes == [
        Change(Section.INTERPRETATION, ChangeKind.CHANGED, before="", after="Nieuwe duiding"),
        Change(Section.PROTECTIVE_FACTORS, ChangeKind.ADDED, "P2", after="P2"),
        Change(Section.GOALS, ChangeKind.REMOVED, str(dropped.id), before="Heeft een mentor"),
        Change(Section.GOALS, ChangeKind.CHANGED, str(kept.id), "text", "Heeft werk", "Heeft betaald werk"),
        Change(Section.GOALS, ChangeKind.ADDED, str(added.id), after="Heeft een steunend netwerk"),
        Change(Section.ACTIONS, ChangeKind.REMOVED, str(before.actions[1].id), before="Gesprek imam"),
        Change(Section.ACTIONS, ChangeKind.CHANGED, str(first.id), "status", "planned", "running"),
        Change(Section.EVALUATION_ON, ChangeKind.CHANGED, before="2027-06-01", after="2027-07-01"),
    ]


def test_the_diff_runs_both_ways() -> None:
    before = approved(action())
    after = draft(2, in_force=before)
    after.revise({}, AT, actions=[])
    assert [c.kind for c in diff_plans(before, after)] == [ChangeKind.REMOVED]
    assert [c.kind for c in diff_plans(after, before)] == [ChangeKind.ADDED]
