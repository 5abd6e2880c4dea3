"""The benchmark harness still works end to end, on tiny data (timings are not checked here:
they belong in bench/results). PostgreSQL only: the benchmark targets it."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from api.deps import SystemClock
from api.starter import ensure_starter_content
from bench.cli import PASSWORD, SECRET, _prepare
from bench.generate import generate
from bench.load import Options
from bench.run import report, run
from domain.assessment.alerts import acute_indicator_codes
from domain.assessment.concern import propose_level
from domain.assessment.model import Perspective
from domain.assessment.rating import IndicatorRating
from domain.plan.model import REASON_REQUIRED, PlanStatus
from domain.plan.monitoring import overdue_goals, stalled_actions
from persistence.audit import verify
from persistence.database import create_engine
from persistence.migrate import upgrade
from persistence.repositories.assessments import SqlAssessmentRepository, _rating_row, _values
from persistence.repositories.frameworks import SqlFrameworkRepository
from persistence.repositories.plans import SqlPlanRepository
from persistence.tables import acute_alert, assessment_rating
from persistence.tables import assessment as assessment_table
from persistence.uow import SqlUnitOfWork
from tests.support.databases import TEST_DATABASE_URL, drop_pg_database, new_pg_database, pg_url

pytestmark = pytest.mark.skipif(not TEST_DATABASE_URL, reason="needs PostgreSQL (CI always sets TEST_DATABASE_URL)")


def test_generate_run_and_report_on_tiny_data(tmp_path: Path) -> None:
    name = new_pg_database()
    dsn = pg_url(name).replace("+asyncpg", "")
    try:
        asyncio.run(_prepare(dsn, 60, seed=7))
        opts = Options(dsn=dsn, cases=60, secret=SECRET, password=PASSWORD, duration=1, warmup=0, concurrency=4)
        results, server_peak, _ = run(opts)
        written = report(opts, results, server_peak, 0.0, directory=tmp_path).read_text()
    finally:
        drop_pg_database(name)
    assert len(results) == 12 and all(r.requests > 0 for r in results)
    reads = [r for r in results if "POST" not in r.name and "transition" not in r.name]
    assert [r.name for r in reads if r.errors] == []
    assert results[0].reference_rps and results[3].reference_rps
    assert "| case detail (coordinator) |" in written and "Server peak memory" in written


@pytest.mark.parametrize("starter_by_migrate", [True, False], ids=["after-casusregie-migrate", "schema-only"])
def test_generated_assessments_read_back_as_the_application_writes_them(starter_by_migrate: bool) -> None:
    """With or without the starter content that `casusregie migrate` adds, the generated assessments, ratings
    and alerts read back through the repositories with the very column values those would write, the rules
    agree with the stored proposals, and the audit chain (continued after the starter's rows) verifies."""
    name = new_pg_database()
    try:
        asyncio.run(_generate_and_check(pg_url(name), starter_by_migrate))
    finally:
        drop_pg_database(name)


async def _generate_and_check(url: str, starter_by_migrate: bool) -> None:
    await asyncio.to_thread(upgrade, url)
    engine = create_engine(url)
    try:
        if starter_by_migrate:
            await ensure_starter_content(lambda: SqlUnitOfWork(engine, SystemClock()), SystemClock())
        report = await generate(
            url.replace("+asyncpg", ""), cases=200, seed=11, secret=SECRET, password=PASSWORD, analyze=False
        )
        async with engine.connect() as conn:
            await _check_assessments(conn)
            await _check_plans(conn)
            chain = await verify(conn)
            assert chain.valid and chain.checked_count == report.audit_head_seq, chain
            frameworks = (await conn.execute(text("SELECT count(*) FROM assessment_framework"))).scalar_one()
            assert frameworks == 1 and report.rows["assessment_framework"] == (0 if starter_by_migrate else 1)
    finally:
        await engine.dispose()


async def _check_assessments(conn: AsyncConnection) -> None:
    framework = (await SqlFrameworkRepository(conn).published()) or pytest.fail("no published framework")
    cadence = framework.framework.cadence.days_by_level
    json_columns = ("assessors", "formulation", "scenarios", "agreements", "proposal")
    stored_json = {
        row.id: row
        for row in await conn.execute(
            text(f"SELECT id, {', '.join(c + '::text AS ' + c for c in json_columns)} FROM assessment")
        )
    }
    alerts = {row.assessment_id: row for row in await conn.execute(select(acute_alert))}
    case_ids = (await conn.execute(text("SELECT DISTINCT case_id FROM assessment"))).scalars().all()
    assert len(case_ids) > 20
    submitted = 0
    for case_id in case_ids:
        for a in await SqlAssessmentRepository(conn).of_case(case_id):
            values = _values(a)
            raw = (await conn.execute(select(assessment_table).where(assessment_table.c.id == a.id))).one()._mapping
            assert {k: raw[k] for k in values if k not in json_columns} == {
                k: v for k, v in values.items() if k not in json_columns
            }
            assert {c: getattr(stored_json[a.id], c) for c in json_columns} == {
                c: json.dumps(values[c]) for c in json_columns
            }
            rating_rows = (
                await conn.execute(select(assessment_rating).where(assessment_rating.c.assessment_id == a.id))
            ).all()
            assert sorted(tuple(r._mapping.values()) for r in rating_rows) == sorted(
                tuple(_rating_row(a.id, "indicator", x).values()) for x in a.ratings.values()
            )
            if a.is_draft:
                assert a.proposal is None and a.id not in alerts
                continue
            submitted += 1
            assert a.proposal is not None and a.final_level is not None and len(a.ratings) == 37
            assert a.proposal == propose_level(framework.framework, a.ratings)
            assert a.proposal_inputs == {
                c: IndicatorRating(c, r.presence, r.relevance, r.trend) for c, r in a.ratings.items()
            }
            assert a.next_review_on == a.assessed_on + timedelta(days=cadence[a.final_level])
            assert a.final_level is a.proposal.level or a.rationale
            assert a.assessors and (a.perspective is not Perspective.JOINT or a.agreements)
            acute = acute_indicator_codes(a.proposal)
            assert (tuple(alerts[a.id].indicator_codes) if a.id in alerts else ()) == acute
    assert submitted > 20
    audited = (await conn.execute(text("SELECT count(*) FROM audit_event WHERE action = 'assessment.submit'"))).scalar()
    assert audited == submitted


async def _check_plans(conn: AsyncConnection) -> None:
    """Generated plans read back through the repository as the domain would have made them: the plan in force of
    cases that reached it, goals and actions whose statuses carry the reasons the domain requires, the report
    history in order, and the delivery state the SQL computes equals the pure monitoring rules."""
    today = datetime.now(UTC).date()
    repository = SqlPlanRepository(conn)
    case_ids = (await conn.execute(text("SELECT case_id FROM plan_version"))).scalars().all()
    assert len(case_ids) > 5
    running_cases = set(
        (await conn.execute(text("SELECT id FROM case_file WHERE status NOT IN ('closed', 'transferred')"))).scalars()
    )
    stalled_somewhere = 0
    for case_id in case_ids:
        (plan,) = await repository.of_case(case_id)
        assert plan.status is PlanStatus.APPROVED and plan.approved_by is not None
        assert plan.approved_by.id != plan.author.id and plan.goals and plan.actions
        for action in plan.actions:
            assert (action.status_reason is not None) == (action.status in REASON_REQUIRED)
            assert [u.at for u in action.updates] == sorted(u.at for u in action.updates)
            assert not action.updates or action.updates[-1].status is action.status
            assert set(action.goal_ids) <= {g.id for g in plan.goals}
        state = await repository.delivery_state(case_id, today, 30)
        running = case_id in running_cases  # closed and transferred cases are not monitored
        assert state.plan_in_force_id == plan.id
        assert state.stalled_action_count == (len(stalled_actions(plan, today, 30)) if running else 0)
        assert state.overdue_goal_count == (len(overdue_goals(plan, today)) if running else 0)
        stalled_somewhere += state.stalled_action_count
    assert stalled_somewhere > 0  # delivery monitoring has work in the benchmark data
    audited = (await conn.execute(text("SELECT count(*) FROM audit_event WHERE action = 'plan.approve'"))).scalar()
    assert audited == len(case_ids)
