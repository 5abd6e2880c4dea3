"""Login throttling: per account and per client address, decided from recent failures.

Failures are counted the same way for unknown and known usernames, so a lockout
reveals nothing about which accounts exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class ThrottlePolicy:
    account_max_failures: int = 5
    address_max_failures: int = 20
    window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=15)


@dataclass(frozen=True)
class FailureCount:
    count: int
    last_at: datetime | None


def retry_after(policy: ThrottlePolicy, now: datetime, account: FailureCount, address: FailureCount) -> int | None:
    """Seconds until another attempt is allowed, or None when the attempt may go ahead."""
    waits: list[timedelta] = []
    if account.count >= policy.account_max_failures and account.last_at is not None:
        waits.append(account.last_at + policy.lockout - now)
    if address.count >= policy.address_max_failures and address.last_at is not None:
        waits.append(address.last_at + policy.lockout - now)
    longest = max(waits, default=timedelta(0))
    if longest <= timedelta(0):
        return None
    return max(1, int(longest.total_seconds() + 0.999))
