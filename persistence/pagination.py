"""Keyset pagination: opaque cursors that encode the last row's sort key and id."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from typing import Any

from domain.errors import InvalidInput


def encode_cursor(*values: Any) -> str:
    raw = json.dumps([str(v) if not isinstance(v, int | str) else v for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInput.field("cursor", "is not a cursor this API issued") from exc
    if not isinstance(values, list) or len(values) != arity:
        raise InvalidInput.field("cursor", "is not a cursor this API issued")
    return values


def like_pattern(text: str) -> str:
    """A case-insensitive 'contains' pattern with LIKE wildcards escaped (escape char '\\')."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def decode_key_and_id(cursor: str) -> tuple[str, uuid.UUID]:
    key, raw_id = decode_cursor(cursor, 2)
    try:
        return str(key), uuid.UUID(str(raw_id))
    except ValueError as exc:
        raise InvalidInput.field("cursor", "is not a cursor this API issued") from exc
