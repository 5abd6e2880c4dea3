"""Domain errors; api/errors.py maps each one to a problem+json response in one place."""

from __future__ import annotations

from dataclasses import dataclass, field


class DomainError(Exception):
    """Base of all errors a use case may raise on purpose."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class InvalidParam:
    name: str
    reason: str


class InvalidInput(DomainError):
    """Input that is well-formed but breaks a domain rule; names the offending fields."""

    def __init__(self, params: list[InvalidParam], detail: str = "The request contains invalid input.") -> None:
        super().__init__(detail)
        self.params = params

    @classmethod
    def field(cls, name: str, reason: str) -> InvalidInput:
        return cls([InvalidParam(name, reason)])


class NotFound(DomainError):
    """The resource does not exist or the actor may not know it exists."""


class Conflict(DomainError):
    """The request conflicts with the current state (duplicate, forbidden transition).
    `extensions` are extra members of the problem document (e.g. the allowed transitions)."""

    def __init__(self, detail: str, extensions: dict[str, object] | None = None) -> None:
        super().__init__(detail)
        self.extensions = extensions or {}


@dataclass
class StaleVersion(DomainError):
    """Optimistic concurrency: the resource changed since the caller read it."""

    detail: str = "The resource was changed by someone else; reload it and try again."

    def __post_init__(self) -> None:
        super().__init__(self.detail)


class AuthenticationFailed(DomainError):
    """Credentials, session or token are missing, wrong, expired or revoked."""


class Forbidden(DomainError):
    """The actor is known but lacks the permission for a function it can see."""


@dataclass
class Throttled(DomainError):
    """Too many attempts; retry after the given number of seconds."""

    retry_after_seconds: int
    detail: str = field(default="Too many failed attempts; try again later.")

    def __post_init__(self) -> None:
        super().__init__(self.detail)
