"""What every use case may need from outside: the clock, password hashing, pages of a list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Clock(Protocol):
    def now(self) -> datetime: ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password: str, hashed: str | None) -> tuple[bool, str | None]:
        """(valid, new hash when the stored one should be upgraded). With no stored hash it
        still spends the same work on a dummy hash, so unknown accounts answer as slowly."""
        ...


@dataclass(frozen=True)
class PageRequest:
    limit: int = 25
    cursor: str | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None = None
