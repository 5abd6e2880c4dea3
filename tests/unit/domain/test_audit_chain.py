"""The audit hash chain: every kind of tampering is found at the first row it breaks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.audit.model import (
    GENESIS_HASH,
    AuditEntry,
    AuditRow,
    ChainVerifier,
    Outcome,
    RequestContext,
    chain_hash,
    seal,
    verify_chain,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CONTEXT = RequestContext(client_address="203.0.113.10", request_id="req-1", purpose="test")


def build_chain(entries: list[AuditEntry], start: datetime = T0, prev_hash: str = GENESIS_HASH) -> list[AuditRow]:
    rows: list[AuditRow] = []
    for seq, entry in enumerate(entries, start=1):
        row = seal(entry, CONTEXT, seq=seq, prev_hash=prev_hash, occurred_at=start + timedelta(seconds=seq))
        rows.append(row)
        prev_hash = row.hash
    return rows


def five_rows() -> list[AuditRow]:
    return build_chain(
        [
            AuditEntry(action=f"test.action{i}", record_type="user", record_id=str(i), details={"n": i})
            for i in range(1, 6)
        ]
    )


def alter_details(rows: list[AuditRow]) -> list[AuditRow]:
    rows[2] = replace(rows[2], details={"n": 999})
    return rows


def alter_and_reseal(rows: list[AuditRow]) -> list[AuditRow]:
    altered = replace(rows[2], outcome="failure")
    rows[2] = replace(altered, hash=chain_hash(altered))
    return rows


def delete_row(rows: list[AuditRow]) -> list[AuditRow]:
    del rows[2]
    return rows


def swap_rows(rows: list[AuditRow]) -> list[AuditRow]:
    rows[1], rows[2] = rows[2], rows[1]
    return rows


def insert_row(rows: list[AuditRow]) -> list[AuditRow]:
    forged = seal(AuditEntry(action="forged"), CONTEXT, seq=3, prev_hash=rows[1].hash, occurred_at=T0)
    rows.insert(2, forged)
    return rows


def wrong_genesis(rows: list[AuditRow]) -> list[AuditRow]:
    return build_chain([AuditEntry(action=r.action) for r in rows], prev_hash="f" * 64)


def retime(rows: list[AuditRow]) -> list[AuditRow]:
    rows[3] = replace(rows[3], occurred_at=rows[3].occurred_at - timedelta(days=1))
    return rows


@pytest.mark.parametrize(
    ("tamper", "first_broken_seq", "checked_count"),
    [
        pytest.param(alter_details, 3, 2, id="altered field"),
        pytest.param(alter_and_reseal, 4, 3, id="altered row with recomputed hash"),
        pytest.param(retime, 4, 3, id="altered timestamp"),
        pytest.param(delete_row, 3, 2, id="deleted row"),
        pytest.param(swap_rows, 2, 1, id="swapped rows"),
        # A forged row linked to its predecessor passes; the displaced original row 3 does not.
        pytest.param(insert_row, 3, 3, id="inserted row"),
        pytest.param(wrong_genesis, 1, 0, id="wrong genesis"),
    ],
)
def test_tampering_is_found_at_the_first_broken_row(
    tamper: Callable[[list[AuditRow]], list[AuditRow]], first_broken_seq: int, checked_count: int
) -> None:
    report = verify_chain(tamper(five_rows()))
    assert not report.valid
    assert report.first_broken_seq == first_broken_seq
    assert report.checked_count == checked_count
    assert report.reason


def test_an_untouched_chain_verifies() -> None:
    report = verify_chain(five_rows())
    assert (report.valid, report.checked_count, report.first_broken_seq, report.reason) == (True, 5, None, None)


def test_an_empty_chain_verifies() -> None:
    assert verify_chain([]).valid


def test_the_verifier_stops_at_the_first_break() -> None:
    rows = alter_details(five_rows())
    verifier = ChainVerifier()
    assert [verifier.feed(r) for r in rows] == [True, True, False, False, False]
    assert verifier.report().first_broken_seq == 3


def test_a_naive_timestamp_hashes_as_utc() -> None:
    entry = AuditEntry(action="test")
    aware = seal(entry, CONTEXT, seq=1, prev_hash=GENESIS_HASH, occurred_at=T0)
    naive = seal(entry, CONTEXT, seq=1, prev_hash=GENESIS_HASH, occurred_at=T0.replace(tzinfo=None))
    assert aware.hash == naive.hash


def test_the_hash_does_not_depend_on_the_order_of_details() -> None:
    one = seal(AuditEntry(action="t", details={"a": 1, "b": 2}), CONTEXT, seq=1, prev_hash=GENESIS_HASH, occurred_at=T0)
    two = seal(AuditEntry(action="t", details={"b": 2, "a": 1}), CONTEXT, seq=1, prev_hash=GENESIS_HASH, occurred_at=T0)
    assert one.hash == two.hash


# --- properties ---------------------------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20)
json_values = (
    json_scalars | st.lists(json_scalars, max_size=3) | st.dictionaries(st.text(max_size=8), json_scalars, max_size=3)
)
entries = st.builds(
    AuditEntry,
    action=st.text(min_size=1, max_size=60),
    outcome=st.sampled_from(Outcome),
    record_type=st.none() | st.text(max_size=40),
    record_id=st.none() | st.text(max_size=64),
    subject_person_id=st.none() | st.uuids().map(str),
    details=st.dictionaries(st.text(max_size=10), json_values, max_size=3),
    actor_type=st.none() | st.sampled_from(["user", "apiToken", "system"]),
    actor_id=st.none() | st.uuids(),
    organisation_id=st.none() | st.uuids(),
)


@settings(max_examples=50)
@given(st.lists(entries, max_size=6), st.datetimes(timezones=st.just(UTC)))
def test_any_sealed_chain_verifies(chain_entries: list[AuditEntry], start: datetime) -> None:
    report = verify_chain(build_chain(chain_entries, start=start))
    assert report.valid
    assert report.checked_count == len(chain_entries)


@settings(max_examples=50)
@given(st.lists(entries, min_size=1, max_size=6), st.data())
def test_changing_any_rows_action_breaks_the_chain_at_that_row(
    chain_entries: list[AuditEntry], data: st.DataObject
) -> None:
    rows = build_chain(chain_entries)
    index = data.draw(st.integers(0, len(rows) - 1), label="index")
    new_action = data.draw(st.text(min_size=1, max_size=60).filter(lambda a: a != rows[index].action), label="action")
    rows[index] = replace(rows[index], action=new_action)

    report = verify_chain(rows)

    assert not report.valid
    assert report.first_broken_seq == index + 1


def test_row_identity_fields_are_serialised_as_strings() -> None:
    actor = uuid.uuid4()
    row = seal(AuditEntry(action="t", actor_id=actor), CONTEXT, seq=1, prev_hash=GENESIS_HASH, occurred_at=T0)
    assert row.actor_id == str(actor)
    assert verify_chain([replace(row, actor_id=str(uuid.uuid4()))]).first_broken_seq == 1
