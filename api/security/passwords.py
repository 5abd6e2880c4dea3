"""Argon2id password hashing through pwdlib (not passlib: it breaks with current bcrypt)."""

from __future__ import annotations

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher


class Argon2PasswordHasher:
    def __init__(self) -> None:
        self._hash = PasswordHash((Argon2Hasher(),))
        # Spent on unknown accounts so that they answer as slowly as known ones.
        self._dummy = self._hash.hash("dummy-password-for-timing-equalisation")

    def hash(self, password: str) -> str:
        return self._hash.hash(password)

    def verify(self, password: str, hashed: str | None) -> tuple[bool, str | None]:
        if hashed is None:
            self._hash.verify(password, self._dummy)
            return False, None
        return self._hash.verify_and_update(password, hashed)
