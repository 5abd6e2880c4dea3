"""Field encryption for the BSN: AES-256-GCM for the value, HMAC-SHA256 as a blind index
so that a BSN can be found without storing it in clear."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from domain.person.bsn import Bsn

_VERSION = b"v1"


class BsnCipher:
    def __init__(self, encryption_key: bytes, index_key: bytes) -> None:
        if len(encryption_key) != 32 or len(index_key) < 32:
            raise ValueError("BSN keys must be 32 bytes (encryption) and at least 32 bytes (index)")
        self._aead = AESGCM(encryption_key)
        self._index_key = index_key

    @classmethod
    def from_secret(cls, secret: str) -> BsnCipher:
        """Keys derived from the application secret, each for one purpose only."""
        return cls(
            hashlib.sha256(b"bsn-encryption:" + secret.encode()).digest(),
            hashlib.sha256(b"bsn-index:" + secret.encode()).digest(),
        )

    def encrypt(self, bsn: Bsn) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, bsn.value.encode(), _VERSION)
        return (_VERSION + b":" + base64.b64encode(nonce + sealed)).decode()

    def decrypt(self, stored: str) -> Bsn:
        version, _, payload = stored.encode().partition(b":")
        raw = base64.b64decode(payload)
        return Bsn(self._aead.decrypt(raw[:12], raw[12:], version).decode())

    def index(self, bsn: Bsn) -> str:
        return hmac.new(self._index_key, bsn.value.encode(), hashlib.sha256).hexdigest()
