"""Free text as the domain accepts it: trimmed, within its limit, present when required."""

from __future__ import annotations

from domain.errors import InvalidInput

MAX_TEXT = 10_000


def clean_text(value: str, name: str, limit: int = MAX_TEXT, required: bool = False) -> str:
    """`name` is the field as the caller sent it, for the problem document."""
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidInput.field(name, "is required")
    if len(cleaned) > limit:
        raise InvalidInput.field(name, f"must be at most {limit} characters")
    return cleaned
