"""Access tokens: short-lived HS256 JWTs that only point at a server-side session.

One algorithm family (HMAC) is accepted; issuer, audience, expiry and the claims we
need are required. Roles are not in the token: they are read per request.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from datetime import datetime, timedelta

import jwt

ALGORITHM = "HS256"


class TokenError(Exception):
    pass


class AccessTokenCodec:
    def __init__(self, secret: str, issuer: str, audience: str, lifetime: timedelta) -> None:
        self._key = hashlib.sha256(b"access-token:" + secret.encode()).digest()
        self._csrf_key = hashlib.sha256(b"csrf:" + secret.encode()).digest()
        self._issuer = issuer
        self._audience = audience
        self.lifetime = lifetime

    def encode(self, session_id: uuid.UUID, user_id: uuid.UUID, now: datetime) -> str:
        claims = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": str(user_id),
            "sid": str(session_id),
            "iat": int(now.timestamp()),
            "nbf": int(now.timestamp()),
            "exp": int((now + self.lifetime).timestamp()),
        }
        return jwt.encode(claims, self._key, algorithm=ALGORITHM)

    def decode(self, token: str, now: datetime) -> uuid.UUID:
        """The session id of a valid token; TokenError otherwise."""
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                issuer=[self._issuer],
                audience=[self._audience],
                # Time is checked below against the injected clock, not the wall clock.
                options={
                    "require": ["exp", "iat", "nbf", "iss", "aud", "sub", "sid"],
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                },
            )
            moment = int(now.timestamp())
            if not int(claims["nbf"]) <= moment < int(claims["exp"]):
                raise TokenError("expired or not yet valid")
            return uuid.UUID(str(claims["sid"]))
        except (jwt.PyJWTError, ValueError, KeyError) as exc:
            raise TokenError(str(exc)) from exc

    def csrf_token(self, session_id: uuid.UUID) -> str:
        """Bound to the session, so a token from another session never fits."""
        return hmac.new(self._csrf_key, str(session_id).encode(), hashlib.sha256).hexdigest()

    def csrf_valid(self, session_id: uuid.UUID, presented: str | None) -> bool:
        return presented is not None and hmac.compare_digest(self.csrf_token(session_id), presented)
