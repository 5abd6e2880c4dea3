"""The Dutch citizen service number (BSN): nine digits passing the 11-check."""

from __future__ import annotations

from dataclasses import dataclass

_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def bsn_problem(value: str) -> str | None:
    """Why `value` is not a valid BSN, or None when it is."""
    if len(value) != 9 or not value.isascii() or not value.isdigit():
        return "must be exactly nine digits"
    if value == "000000000":
        return "is not a valid BSN"
    if sum(int(d) * w for d, w in zip(value, _WEIGHTS, strict=True)) % 11 != 0:
        return "fails the 11-check"
    return None


@dataclass(frozen=True)
class Bsn:
    value: str

    def __post_init__(self) -> None:
        problem = bsn_problem(self.value)
        if problem:
            raise ValueError(f"BSN {problem}")

    @classmethod
    def parse(cls, raw: str) -> Bsn:
        return cls("".join(raw.split()).replace(".", ""))

    @property
    def masked(self) -> str:
        return "*****" + self.value[-4:]

    def __repr__(self) -> str:  # never print the number itself
        return f"Bsn({self.masked})"

    __str__ = __repr__
