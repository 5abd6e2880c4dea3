"""Password policy: length only, a short list of common passwords, and not the username."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from domain.identity.passwords import _COMMON, MAX_LENGTH, MIN_LENGTH, password_problem

usernames = st.from_regex(r"[a-z0-9][a-z0-9._-]{2,20}", fullmatch=True)


@given(password=st.text(min_size=MIN_LENGTH, max_size=MAX_LENGTH), username=usernames)
def test_any_long_enough_password_is_accepted(password: str, username: str) -> None:
    assume(username not in password.lower())
    assume(password.lower() not in _COMMON)
    assert password_problem(password, username=username) is None


@given(st.text(max_size=MIN_LENGTH - 1))
def test_shorter_passwords_are_refused(password: str) -> None:
    assert password_problem(password) == f"must be at least {MIN_LENGTH} characters long"


@given(st.text(min_size=MAX_LENGTH + 1, max_size=MAX_LENGTH + 8))
def test_longer_passwords_are_refused(password: str) -> None:
    assert password_problem(password) == f"must be at most {MAX_LENGTH} characters long"


@pytest.mark.parametrize(
    "password",
    [
        pytest.param("é" * 100, id="accented"),
        pytest.param("веселыйпароль" * 7 + "ь" * 9, id="cyrillic"),
        pytest.param("🔐" * 100, id="emoji, four bytes each"),
        pytest.param(("wachtwoord met spaties en één 🐘 erin; " * 3)[:100], id="mixed"),
    ],
)
def test_a_hundred_character_multibyte_password_is_accepted(password: str) -> None:
    assert len(password) == 100
    assert len(password.encode()) > 100
    assert password_problem(password, username="jan.smit") is None


def test_length_is_counted_in_characters_not_bytes() -> None:
    assert password_problem("🔐" * (MIN_LENGTH - 1)) is not None
    assert password_problem("🔐" * MIN_LENGTH) is None
    assert password_problem("🔐" * MAX_LENGTH) is None


@pytest.mark.parametrize("password", ["welkom123456", "Welkom123456", "PASSWORD1234", "Amsterdam2026"])
def test_common_passwords_are_refused_whatever_their_case(password: str) -> None:
    assert password_problem(password) == "is too common; choose a less predictable password"


@pytest.mark.parametrize(
    ("password", "username"),
    [("jan.smit-2026-!!", "jan.smit"), ("xxJAN.SMITxxxxxx", "jan.smit"), ("my-passphrase-jan.smit", "Jan.Smit")],
)
def test_a_password_containing_the_username_is_refused(password: str, username: str) -> None:
    assert password_problem(password, username=username) == "must not contain the username"


def test_without_a_username_only_length_and_commonness_count() -> None:
    assert password_problem("jan.smit-2026-!!", username=None) is None
    assert password_problem("jan.smit-2026-!!", username="") is None
