"""The query parameters the event endpoints share: filters -> EventFilter, and the page cursor."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import Query

from frontwire.errors import QueryError, SettingsError
from frontwire.store.pages import Cursor, decode_cursor
from frontwire.store.query import EventFilter, country_code, parse_bbox

Status = Literal["occurred", "ongoing", "planned", "possible", "denied", "historical", "disputed"]
_BBOX_HELP = "WEST,SOUTH,EAST,NORTH in degrees, e.g. 36.2,35.6,37.0,36.3 (Idlib)."


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    given = _text(value)
    if given is None:
        return None
    try:
        return parse_bbox(given)
    except QueryError as exc:
        raise QueryError(f"bbox={exc}") from exc


def _country(value: str) -> str:
    try:
        return country_code(value)
    except SettingsError as exc:
        raise QueryError(f"country={value!r}: not a country code or name (try SY, SYR or Syria)") from exc


def country_hint(value: str | None) -> str | None:
    """The ISO2 code of a country given by code or name, None when not given."""
    value = _text(value)
    return _country(value) if value else None


def _text(value: str | None) -> str | None:
    """A text parameter, None when empty or blank (an empty box on a form filters nothing)."""
    return value.strip() if value and value.strip() else None


def event_filter(
    bbox: Annotated[str | None, Query(description=f"Bounding box {_BBOX_HELP}")] = None,
    since: Annotated[date | None, Query(description="Events that began on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Events that began on or before this day (YYYY-MM-DD).")] = None,
    kind: Annotated[str | None, Query(description="frontwire event kind: airstrike, shelling, clash ...")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type or sub-event type.")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name, or its catalogue id.")] = None,
    status: Annotated[Status | None, Query(description="Status; disputed = sources disagree.")] = None,
    min_sources: Annotated[int, Query(ge=1, description="Reported by at least this many articles.")] = 1,
    text: Annotated[str | None, Query(description="Words in the evidence of one of its mentions.")] = None,
    place: Annotated[str | None, Query(description="Location, district or province name (any case).")] = None,
    country: Annotated[str | None, Query(description="ISO2, ISO3 or English name.")] = None,
    admin1: Annotated[str | None, Query(description="Province or state name (any case).")] = None,
) -> EventFilter:
    """The filter the query parameters describe."""
    if since and until and since > until:
        raise QueryError(f"since={since} is after until={until}")
    return EventFilter(
        bbox=_bbox(bbox), since=since, until=until, kind=_text(kind),
        event_type=_text(event_type), actor=_text(actor), status=status, min_sources=min_sources,
        text=_text(text), place=_text(place), country=country_hint(country), admin1=_text(admin1),
    )


def page_cursor(
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page.", max_length=512)] = None,
) -> Cursor | None:
    """The decoded cursor, None for the first page."""
    return decode_cursor(cursor) if cursor else None
