"""The case list: row filter, filters, text search, sort and keyset pagination."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from domain.access.actor import Actor
from domain.case.lifecycle import CaseStatus, EscalationLevel
from domain.case.model import CaseId, Ideology
from domain.errors import InvalidInput
from domain.person.model import District
from domain.ports import CaseFilter, CaseSummary, Page, PageRequest
from persistence.pagination import decode_key_and_id, encode_cursor, like_pattern
from persistence.queries.assessment_lists import next_review_column, open_alert_count_column
from persistence.queries.case_visibility import visible_cases, works_in_case
from persistence.tables import app_user, case_file, person

_SORT_COLUMNS = {
    "openedAt": case_file.c.opened_at,
    "updatedAt": case_file.c.updated_at,
    "reference": case_file.c.reference,
}


def _start_of(day: Any) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _cursor_value(sort_key: str, raw: str) -> Any:
    if sort_key == "reference":
        return raw
    try:
        return datetime.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidInput.field("cursor", "is not a cursor this API issued") from exc


def case_list_query(actor: Actor, f: CaseFilter, page: PageRequest) -> Select[Any]:
    """The SQL of one page of the case list (also used by bench/ as the raw-database reference)."""
    descending = f.sort.startswith("-")
    sort_key = f.sort.lstrip("-")
    column = _SORT_COLUMNS[sort_key]
    query = (
        select(
            case_file.c.id,
            case_file.c.reference,
            case_file.c.status,
            case_file.c.escalation_level,
            case_file.c.ideology,
            case_file.c.opened_at,
            case_file.c.updated_at,
            person.c.first_names,
            person.c.prefix,
            person.c.surname,
            person.c.district,
            app_user.c.display_name.label("regisseur_name"),
            open_alert_count_column().label("open_alert_count"),
            next_review_column().label("next_review_on"),
            column.label("sort_value"),
        )
        .join(person, person.c.id == case_file.c.person_id)
        .outerjoin(app_user, app_user.c.id == case_file.c.regisseur_id)
        .where(visible_cases(actor))
    )
    if f.q:
        pattern = like_pattern(f.q.strip())
        # Two IN subqueries rather than one OR over the join: each can use its own (trigram) index
        # on PostgreSQL, and the page is then taken from the cases they name.
        by_name = select(person.c.id).where(person.c.name_search.like(pattern, escape="\\"))
        by_reference = select(case_file.c.id).where(func.lower(case_file.c.reference).like(pattern, escape="\\"))
        query = query.where(or_(case_file.c.person_id.in_(by_name), case_file.c.id.in_(by_reference)))
    if f.status is not None:
        query = query.where(case_file.c.status == f.status.value)
    if f.escalation_level is not None:
        query = query.where(case_file.c.escalation_level == int(f.escalation_level))
    if f.regisseur_id is not None:
        query = query.where(case_file.c.regisseur_id == f.regisseur_id)
    if f.organisation_id is not None:
        query = query.where(works_in_case(f.organisation_id))
    if f.ideology is not None:
        query = query.where(case_file.c.ideology == f.ideology.value)
    if f.district is not None:
        query = query.where(person.c.district == f.district.value)
    if f.opened_from is not None:
        query = query.where(case_file.c.opened_at >= _start_of(f.opened_from))
    if f.opened_to is not None:
        query = query.where(case_file.c.opened_at < _start_of(f.opened_to) + timedelta(days=1))
    if page.cursor:
        raw, last_id = decode_key_and_id(page.cursor)
        value = _cursor_value(sort_key, raw)
        if descending:
            query = query.where(or_(column < value, and_(column == value, case_file.c.id < last_id)))
        else:
            query = query.where(or_(column > value, and_(column == value, case_file.c.id > last_id)))
    order = (column.desc(), case_file.c.id.desc()) if descending else (column.asc(), case_file.c.id.asc())
    return query.order_by(*order).limit(page.limit + 1)


async def search_cases(conn: AsyncConnection, actor: Actor, f: CaseFilter, page: PageRequest) -> Page[CaseSummary]:
    sort_key = f.sort.lstrip("-")
    rows = (await conn.execute(case_list_query(actor, f, page))).all()
    on_page = rows[: page.limit]
    items = [
        CaseSummary(
            id=CaseId(r.id),
            reference=r.reference,
            status=CaseStatus(r.status),
            escalation_level=EscalationLevel(r.escalation_level),
            ideology=Ideology(r.ideology),
            person_name=" ".join(x for x in (r.first_names, r.prefix, r.surname) if x),
            district=District(r.district),
            regisseur_name=r.regisseur_name,
            opened_at=r.opened_at,
            updated_at=r.updated_at,
            open_alert_count=r.open_alert_count,
            next_review_on=r.next_review_on,
        )
        for r in on_page
    ]
    next_cursor = None
    if len(rows) > page.limit and on_page:
        last = on_page[-1]
        key = last.sort_value if sort_key == "reference" else _as_utc(last.sort_value).isoformat()
        next_cursor = encode_cursor(key, last.id)
    return Page(items, next_cursor)


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
