"""Keyset pages of events: newest first, each page resumed from an opaque cursor, never by OFFSET.

The order is (time_start descending, id descending) with undated events last (by id descending).
A cursor names the last event of a page by that key, so a page never repeats or skips an event
even when events are added meanwhile (a new event lands on the page its key belongs to).
Dated and undated events are read by two queries, each of which an index on (time_start, id)
or the primary key can serve the same way on SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, select, tuple_

from frontwire.errors import QueryError
from frontwire.store import schema as t
from frontwire.store.engine import Store
from frontwire.store.query import EventFilter, EventRecord, event_records, event_summary, filter_conditions


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page ended: its last event's start day (None when undated) and id."""

    day: date | None
    event_id: str


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


def page_events(store: Store, f: EventFilter, *, limit: int, after: Cursor | None = None,
                located: bool = False) -> EventPage:
    """Up to limit events matching f that come after the cursor; located keeps only those with coordinates."""
    conditions = filter_conditions(f)
    if located:
        conditions += [t.events.c.lat.is_not(None), t.events.c.lon.is_not(None)]
    with store.engine.connect() as conn:
        rows = _dated(conn, conditions, after, limit + 1)
        if len(rows) <= limit:
            rows += _undated(conn, conditions, after, limit + 1 - len(rows))
        records = event_records(conn, [event_summary(row) for row in rows[:limit]])
    last = records[-1].event if len(rows) > limit else None
    return EventPage(tuple(records), Cursor(last.time_start, last.id) if last else None)


def _dated(conn: Connection, conditions: list[ColumnElement[bool]], after: Cursor | None, n: int) -> list[Any]:
    e = t.events.c
    if after is not None and after.day is None:
        return []  # the previous page already reached the undated events
    where = [*conditions, e.time_start.is_not(None)]
    if after is not None:
        where.append(tuple_(e.time_start, e.id) < tuple_(after.day, after.event_id))
    query = select(t.events).where(*where).order_by(e.time_start.desc(), e.id.desc()).limit(n)
    return list(conn.execute(query).mappings())


def _undated(conn: Connection, conditions: list[ColumnElement[bool]], after: Cursor | None, n: int) -> list[Any]:
    e = t.events.c
    where = [*conditions, e.time_start.is_(None)]
    if after is not None and after.day is None:
        where.append(e.id < after.event_id)
    query = select(t.events).where(*where).order_by(e.id.desc()).limit(n)
    return list(conn.execute(query).mappings())
