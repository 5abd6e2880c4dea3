"""The kinds of assessment, in the order a case meets them."""

from __future__ import annotations

import enum


class AssessmentType(enum.StrEnum):
    INTAKE = "intake"
    PERIODIC = "periodic"
    TRIGGER = "trigger"  # after a trigger event
    CLOSURE = "closure"
    FOLLOW_UP = "follow_up"  # 6 and 12 months after closure
