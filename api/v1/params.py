"""Query parameters shared by every list: one pagination dependency."""

from __future__ import annotations

from fastapi import Header, Query

from domain.ports import PageRequest


async def page_request(
    limit: int = Query(25, ge=1, le=100, description="Items per page."),
    cursor: str | None = Query(None, max_length=512, description="The `nextCursor` of the previous page."),
) -> PageRequest:
    return PageRequest(limit=limit, cursor=cursor)


# The ETag a change is based on (optimistic concurrency): see api/v1/mappers.expected_version.
IF_MATCH = Header(None, alias="If-Match", description="The ETag you last read.")
