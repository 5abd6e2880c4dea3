"""Wire-format building blocks: camelCase through one base class, pages, problems."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class ApiModel(BaseModel):
    """Base of every response body: camelCase on the wire."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, from_attributes=True)


class InputModel(ApiModel):
    """Base of every request body: unknown fields are refused (no mass assignment)."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=False, extra="forbid", str_max_length=10_000)


class Page(ApiModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(description="Pass as `cursor` to get the next page; null on the last page.")


class InvalidParamOut(ApiModel):
    name: str
    reason: str


class Problem(ApiModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str | None = None
    invalid_params: list[InvalidParamOut] | None = None


def problem_responses(*statuses: int) -> dict[int | str, dict[str, object]]:
    descriptions = {
        400: "Invalid input; `invalidParams` names the fields and why.",
        401: "Not logged in, or the session or token has ended.",
        403: "Logged in, but without the permission for this function.",
        404: "Not found, or not visible to you.",
        409: "Conflicts with the current state.",
        412: "The resource changed since you read it (If-Match does not match).",
        413: "The request body is too large.",
        415: "The request body is not JSON.",
        428: "If-Match is required.",
        429: "Too many attempts; see Retry-After.",
        500: "Unexpected error.",
        503: "A dependency (the database) is unavailable.",
    }
    return {
        s: {"model": Problem, "description": descriptions[s], "content": {"application/problem+json": {}}}
        for s in statuses
    }


STANDARD_ERRORS = (400, 401, 403, 413, 415, 429, 500)
