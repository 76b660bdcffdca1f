"""Keyset pages of events, newest first, each resumed from an opaque cursor (never by OFFSET):
page_events for listings (events with actor and source records), page_map for GeoJSON with actor
names and sources, page_markers for what a map marker shows (event columns only, no joins).

The order is (time_start descending, id descending) with undated events last (by id descending).
A cursor names the last event of a page by that key, so a page never repeats or skips an event
even when events are added meanwhile (a new event lands on the page its key belongs to).
Dated and undated events are read by two queries, which the index on time_start and the primary
key serve on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, ScalarSelect, Select, func, select, tuple_

from frontwire.errors import QueryError
from frontwire.store import schema as t
from frontwire.store.engine import Store
from frontwire.store.combine import EventSummary
from frontwire.store.query import EventFilter, EventRecord, event_records, filter_conditions, select_summaries

_UNIT, _PAIR = "\x1f", "\x1e"  # ASCII unit and record separators: in no name, outlet or id


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page ended: its last event's start day (None when undated) and id."""

    day: date | None
    event_id: str


@dataclass(frozen=True, slots=True)
class MapEvent:
    """A located event as the map shows it: its row, its actors' names, its sources' (article id, outlet)."""

    event: EventSummary
    actor_names: tuple[str, ...]
    sources: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True)
class MapPage:
    """One page of located events for the map, and the cursor of the next page (None on the last)."""

    events: tuple[MapEvent, ...]
    next_cursor: Cursor | None


@dataclass(frozen=True, slots=True)
class MarkerEvent:
    """What a map marker and its row in a list show of an event: type, place, start day, sources, disagreement."""

    id: str
    event_type: str
    sub_event_type: str
    status_conflict: bool
    location: str | None
    admin1: str | None
    time_start: date | None
    n_sources: int
    fatalities_conflict: bool


@dataclass(frozen=True, slots=True)
class Marker:
    """A located event as a map marker: where it is, and what the marker shows."""

    lon: float
    lat: float
    event: MarkerEvent


@dataclass(frozen=True, slots=True)
class MarkerPage:
    """One page of map markers, and the cursor of the next page (None on the last)."""

    markers: tuple[Marker, ...]
    next_cursor: Cursor | None


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of events, and the cursor of the next page (None on the last)."""

    records: tuple[EventRecord, ...]
    next_cursor: Cursor | None


def encode_cursor(cursor: Cursor) -> str:
    """The cursor as a URL-safe token."""
    raw = json.dumps([cursor.day.isoformat() if cursor.day else None, cursor.event_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(token: str) -> Cursor:
    """The cursor a token stands for; QueryError for anything encode_cursor did not make."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        day, event_id = json.loads(raw.decode("utf-8"))
        if not isinstance(event_id, str) or not (day is None or isinstance(day, str)):
            raise ValueError("wrong types")
        return Cursor(date.fromisoformat(day) if day else None, event_id)
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise QueryError(f"cursor {token[:40]!r}: not a cursor this server gave out ({exc}); "
                         "start again without one") from exc


def page_events(store: Store, f: EventFilter, *, limit: int, after: Cursor | None = None) -> EventPage:
    """Up to limit events matching f that come after the cursor, with their actors and sources."""
    with store.engine.connect() as conn:
        rows, cursor = _page(conn, select_summaries(), filter_conditions(f), f, limit=limit, after=after)
        records = event_records(conn, [EventSummary(*row) for row in rows])
    return EventPage(tuple(records), cursor)


def page_map(store: Store, f: EventFilter, *, limit: int, after: Cursor | None = None) -> MapPage:
    """Up to limit located events matching f that come after the cursor, as the map shows them."""
    query = select_summaries().add_columns(*_map_columns())
    with store.engine.connect() as conn:
        rows, cursor = _page(conn, query, _located(f), f, limit=limit, after=after)
    return MapPage(tuple(_map_event(row) for row in rows), cursor)


def page_markers(store: Store, f: EventFilter, *, limit: int, after: Cursor | None = None) -> MarkerPage:
    """Up to limit located events matching f that come after the cursor, as markers: one query, no joins."""
    e = t.events.c
    query = select(e.lon, e.lat, *(e[column.name] for column in fields(MarkerEvent)))
    with store.engine.connect() as conn:
        rows, cursor = _page(conn, query, _located(f), f, limit=limit, after=after)
    return MarkerPage(tuple(Marker(lon, lat, MarkerEvent(*event)) for lon, lat, *event in rows), cursor)


def _located(f: EventFilter) -> list[ColumnElement[bool]]:
    e = t.events.c
    return [*filter_conditions(f), e.lat.is_not(None), e.lon.is_not(None)]


def _page(conn: Connection, query: Select[Any], conditions: list[ColumnElement[bool]], f: EventFilter, *,
          limit: int, after: Cursor | None) -> tuple[list[Any], Cursor | None]:
    """The page's rows (dated first, then undated) and the cursor after its last row."""
    rows = _dated(conn, query, conditions + _start_bounds(f), after, limit + 1)
    if len(rows) <= limit:
        rows += _undated(conn, query, conditions, after, limit + 1 - len(rows))
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    return rows[:limit], Cursor(last.time_start, last.id)


def _map_columns() -> tuple[ScalarSelect[Any], ScalarSelect[Any]]:
    """Each event's actor names and its sources' (article id, outlet), aggregated in the database.

    Reading them for a page of thousands of events in one query costs a third of fetching
    actor and source rows for it. The aggregates read ordered subqueries, which both engines
    aggregate in order.
    """
    e, ea, m, a = t.events.c, t.event_actors.c, t.mentions.c, t.articles.c
    names = select(ea.name).where(ea.event_id == e.id).order_by(ea.position).correlate(t.events).subquery()
    sources = (select(m.article_id, a.outlet, a.published).distinct()
               .join_from(t.mentions, t.articles, m.article_id == a.id).where(m.event_id == e.id)
               .order_by(a.published.asc().nulls_last(), m.article_id).correlate(t.events).subquery())
    pair = sources.c.article_id + _PAIR + func.coalesce(sources.c.outlet, "")
    return (select(func.aggregate_strings(names.c.name, _UNIT)).scalar_subquery(),
            select(func.aggregate_strings(pair, _UNIT)).scalar_subquery())


def _map_event(row: Any) -> MapEvent:
    *summary, names, sources = row
    pairs = (source.partition(_PAIR) for source in sources.split(_UNIT)) if sources else ()
    return MapEvent(EventSummary(*summary), tuple(names.split(_UNIT)) if names else (),
                    tuple((article_id, outlet or None) for article_id, _, outlet in pairs))


def _start_bounds(f: EventFilter) -> list[ColumnElement[bool]]:
    """since/until on time_start itself: the same as the filter's for dated events, and an index can serve it."""
    e = t.events.c
    return [*([e.time_start >= f.since] if f.since else []), *([e.time_start <= f.until] if f.until else [])]


def _dated(conn: Connection, query: Select[Any], conditions: list[ColumnElement[bool]], after: Cursor | None,
           n: int) -> list[Any]:
    e = t.events.c
    if after is not None and after.day is None:
        return []  # the previous page already reached the undated events
    where = [*conditions, e.time_start.is_not(None)]
    if after is not None:
        where.append(tuple_(e.time_start, e.id) < tuple_(after.day, after.event_id))
    return list(conn.execute(query.where(*where).order_by(e.time_start.desc(), e.id.desc()).limit(n)))


def _undated(conn: Connection, query: Select[Any], conditions: list[ColumnElement[bool]], after: Cursor | None,
             n: int) -> list[Any]:
    e = t.events.c
    where = [*conditions, e.time_start.is_(None)]
    if after is not None and after.day is None:
        where.append(e.id < after.event_id)
    return list(conn.execute(query.where(*where).order_by(e.id.desc()).limit(n)))
