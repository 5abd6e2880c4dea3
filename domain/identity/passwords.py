"""Password policy (ASVS 6.2): length only, no composition rules, no truncation."""

from __future__ import annotations

MIN_LENGTH = 12
MAX_LENGTH = 256

# A short offline list of passwords that are long enough but guessed first.
_COMMON = frozenset(
    {
        "welkom123456",
        "wachtwoord123",
        "wachtwoord1234",
        "password1234",
        "password12345",
        "123456789012",
        "qwertyuiop12",
        "amsterdam2026",
        "amsterdam1234",
        "letmein12345",
        "changeme1234",
        "administrator",
        "passwordpassword",
        "welkomwelkom",
    }
)


def password_problem(password: str, *, username: str | None = None) -> str | None:
    """Why the password is not acceptable, or None when it is."""
    if len(password) < MIN_LENGTH:
        return f"must be at least {MIN_LENGTH} characters long"
    if len(password) > MAX_LENGTH:
        return f"must be at most {MAX_LENGTH} characters long"
    lowered = password.lower()
    if lowered in _COMMON:
        return "is too common; choose a less predictable password"
    if username and username.lower() in lowered:
        return "must not contain the username"
    return None
