"""The BSN: nine digits passing the 11-check, shown masked, never printed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.person.bsn import Bsn, bsn_problem

VALID = ["111222333", "123456782", "999999990", "010000008", "100000009"]


def eleven_check(value: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(value, weights, strict=True)) % 11 == 0


@pytest.mark.parametrize("value", VALID)
def test_valid_numbers(value: str) -> None:
    assert eleven_check(value)
    assert bsn_problem(value) is None
    assert Bsn(value).value == value


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("000000000", "is not a valid BSN"),
        ("123456789", "fails the 11-check"),
        ("111222334", "fails the 11-check"),
        ("111222332", "fails the 11-check"),
        ("211222333", "fails the 11-check"),
        ("11122233", "must be exactly nine digits"),
        ("1112223330", "must be exactly nine digits"),
        ("", "must be exactly nine digits"),
        ("11122233a", "must be exactly nine digits"),
        ("abcdefghi", "must be exactly nine digits"),
        ("111 22233", "must be exactly nine digits"),
        ("-11222333", "must be exactly nine digits"),
        ("١١١٢٢٢٣٣٣", "must be exactly nine digits"),  # Arabic-Indic digits are digits, but not ours
        ("\uff11" * 9, "must be exactly nine digits"),  # full-width digits
    ],
)
def test_invalid_numbers(value: str, problem: str) -> None:
    assert bsn_problem(value) == problem
    with pytest.raises(ValueError, match=problem):
        Bsn(value)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_the_eleven_check_decides_for_any_nine_digits(value: str) -> None:
    assert (bsn_problem(value) is None) == (eleven_check(value) and value != "000000000")


@given(st.sampled_from(VALID), st.integers(0, 8), st.integers(1, 9))
def test_changing_one_digit_breaks_the_check(value: str, position: int, delta: int) -> None:
    digit = (int(value[position]) + delta) % 10
    changed = value[:position] + str(digit) + value[position + 1 :]
    assert bsn_problem(changed) is not None


@pytest.mark.parametrize("raw", ["111222333", " 111 222 333 ", "111.222.333", "1112\t22333"])
def test_parse_accepts_spaces_and_dots(raw: str) -> None:
    assert Bsn.parse(raw) == Bsn("111222333")


def test_parse_still_checks_the_number() -> None:
    with pytest.raises(ValueError, match="11-check"):
        Bsn.parse("123.456.789")


@pytest.mark.parametrize("value", VALID)
def test_masked_shows_only_the_last_four_digits(value: str) -> None:
    masked = Bsn(value).masked
    assert masked == "*****" + value[-4:]
    assert len(masked) == 9
    assert value[:5] not in masked


@pytest.mark.parametrize("value", VALID)
def test_repr_and_str_never_contain_the_number(value: str) -> None:
    bsn = Bsn(value)
    for shown in (repr(bsn), str(bsn), f"{bsn}", f"{bsn!r}", repr([bsn]), repr({"bsn": bsn})):
        assert value not in shown
        assert value[:5] not in shown
        assert "*****" + value[-4:] in shown


def test_equal_numbers_are_equal_and_hash_alike() -> None:
    assert Bsn("111222333") == Bsn.parse("111 222 333")
    assert len({Bsn("111222333"), Bsn("111222333"), Bsn("123456782")}) == 2
