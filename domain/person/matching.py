"""Is this referral about someone we already know? Name matching tolerant of Dutch spelling variants."""

from __future__ import annotations

import difflib
import re
import unicodedata

_PREFIXES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "t", "'t", "el", "al", "la", "le", "du"}
# Common variant spellings in Dutch and transliterated names, folded to one form.
# Order matters: longer spellings first (sch before ch; ij, ei and ey all become y).
_FOLDS = [
    ("sch", "s"),
    ("ch", "g"),
    ("ij", "y"),
    ("ei", "y"),
    ("ey", "y"),
    ("ph", "f"),
    ("th", "t"),
    ("dt", "t"),
    ("ck", "k"),
    ("c", "k"),
    ("z", "s"),
    ("oe", "u"),
    ("ou", "u"),
    ("au", "u"),
    ("kh", "g"),
    ("q", "k"),
    ("w", "v"),
    ("ee", "e"),
    ("aa", "a"),
    ("oo", "o"),
    ("uu", "u"),
    ("ie", "i"),
    ("j", "i"),
    ("y", "i"),
]
MATCH_THRESHOLD = 0.85


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("-", " "))
    return "".join(ch for ch in decomposed if ch.isalpha() or ch.isspace() or ch == "'")


def name_key(text: str) -> str:
    """A folded form of a name: lower case, no accents, no prefixes, variant spellings merged."""
    words = [w for w in _plain(text).split() if w not in _PREFIXES]
    key = "".join(words).replace("'", "")
    for variant, folded in _FOLDS:
        key = key.replace(variant, folded)
    return re.sub(r"(.)\1+", r"\1", key)


def name_similarity(a: str, b: str) -> float:
    """0..1: how alike two full names are after folding."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return 0.0
    return difflib.SequenceMatcher(None, key_a, key_b).ratio()


def same_person_likely(name_a: str, name_b: str) -> bool:
    return name_similarity(name_a, name_b) >= MATCH_THRESHOLD
