"""retry_after: how long a client must wait, from recent failures per account and per address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.identity.throttle import FailureCount, ThrottlePolicy, retry_after

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = ThrottlePolicy()  # 5 per account, 20 per address, 15 minute lockout
NONE = FailureCount(0, None)


def failures(count: int, seconds_ago: float) -> FailureCount:
    return FailureCount(count, NOW - timedelta(seconds=seconds_ago))


@pytest.mark.parametrize(
    ("account", "address", "expected"),
    [
        pytest.param(NONE, NONE, None, id="no failures"),
        pytest.param(failures(4, 0), NONE, None, id="account below the limit"),
        pytest.param(failures(5, 0), NONE, 900, id="account at the limit just now"),
        pytest.param(failures(9, 0), NONE, 900, id="account over the limit"),
        pytest.param(failures(5, 600), NONE, 300, id="account lockout partly served"),
        pytest.param(failures(5, 899.5), NONE, 1, id="a fraction of a second left rounds up"),
        pytest.param(failures(5, 899), NONE, 1, id="one second left"),
        pytest.param(failures(5, 900), NONE, None, id="account lockout just over"),
        pytest.param(failures(5, 3600), NONE, None, id="account lockout long over"),
        pytest.param(FailureCount(5, None), NONE, None, id="account count without a time"),
        pytest.param(NONE, failures(19, 0), None, id="address below the limit"),
        pytest.param(NONE, failures(20, 0), 900, id="address at the limit"),
        pytest.param(NONE, failures(20, 60), 840, id="address lockout partly served"),
        pytest.param(failures(5, 600), failures(20, 60), 840, id="both locked: the longer wait wins"),
        pytest.param(failures(5, 60), failures(20, 600), 840, id="both locked, other way round"),
        pytest.param(failures(5, 1000), failures(20, 60), 840, id="only the address still locked"),
    ],
)
def test_retry_after(account: FailureCount, address: FailureCount, expected: int | None) -> None:
    assert retry_after(POLICY, NOW, account, address) == expected


@pytest.mark.parametrize(
    ("account", "address", "expected"),
    [
        pytest.param(failures(2, 0), NONE, None, id="below a stricter account limit"),
        pytest.param(failures(3, 0), NONE, 3600, id="at a stricter account limit"),
        pytest.param(NONE, failures(3, 0), None, id="address limit is separate"),
        pytest.param(NONE, failures(4, 1800), 1800, id="longer lockout"),
    ],
)
def test_retry_after_follows_the_policy(account: FailureCount, address: FailureCount, expected: int | None) -> None:
    policy = ThrottlePolicy(account_max_failures=3, address_max_failures=4, lockout=timedelta(hours=1))
    assert retry_after(policy, NOW, account, address) == expected
