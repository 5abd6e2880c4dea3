"""Assessments of one case in time: the latest submitted one of each perspective, and the one before."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from domain.assessment.model import Assessment, Perspective


def latest_submitted(assessments: Sequence[Assessment]) -> Mapping[Perspective, Assessment]:
    """The most recently submitted assessment of each perspective."""
    latest: dict[Perspective, Assessment] = {}
    for a in sorted((a for a in assessments if a.submitted_at is not None), key=lambda a: (a.submitted_at, a.id)):
        latest[a.perspective] = a
    return latest


def previous_submitted(assessments: Sequence[Assessment], current: Assessment) -> Assessment | None:
    """The submitted assessment of the same perspective just before `current` (for a draft: the latest)."""
    before = [
        a
        for a in assessments
        if a.id != current.id
        and a.perspective is current.perspective
        and a.submitted_at is not None
        and (current.submitted_at is None or (a.submitted_at, a.id) < (current.submitted_at, current.id))
    ]
    return max(before, key=lambda a: (a.submitted_at, a.id), default=None)
