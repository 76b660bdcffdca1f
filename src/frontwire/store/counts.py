"""Counting the events that match a filter: a timeline by day or week, the actors and the places.

Every count is done by the database (GROUP BY); only the grouped rows reach Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sqlalchemy import desc, distinct, func, select

from frontwire.store import schema as t
from frontwire.store.engine import Store
from frontwire.store.query import EventFilter, filter_conditions

Interval = Literal["day", "week"]
INTERVALS: tuple[Interval, ...] = ("day", "week")


@dataclass(frozen=True, slots=True)
class TimelineBucket:
    """The events of one day or week (starting on Monday), by event type."""

    start: date
    counts: Mapping[str, int]
    total: int


@dataclass(frozen=True, slots=True)
class Timeline:
    """Event counts per bucket, every bucket from the first to the last (empty ones included)."""

    interval: Interval
    types: tuple[str, ...]
    buckets: tuple[TimelineBucket, ...]


@dataclass(frozen=True, slots=True)
class ActorCount:
    """An actor and how many of the matching events name it."""

    actor_id: str
    name: str
    inter: int
    country: str | None
    events: int


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """A place and how many of the matching events happened there."""

    location: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    events: int


def bucket_start(day: date, interval: Interval) -> date:
    """The first day of the bucket a day falls in: itself, or the Monday of its week."""
    return day if interval == "day" else day - timedelta(days=day.weekday())


def timeline(store: Store, f: EventFilter = EventFilter(), interval: Interval = "week") -> Timeline:
    """Matching events by day or week of their start (the first report's day when the start is unknown)."""
    e = t.events.c
    day = func.coalesce(e.time_start, e.first_reported)
    query = (select(day, e.event_type, func.count()).where(*filter_conditions(f), day.is_not(None))
             .group_by(day, e.event_type))
    counts: dict[date, dict[str, int]] = defaultdict(dict)
    with store.engine.connect() as conn:
        for when, event_type, n in conn.execute(query):
            bucket = counts[bucket_start(when, interval)]
            bucket[event_type] = bucket.get(event_type, 0) + n
    types = tuple(sorted({k for bucket in counts.values() for k in bucket}))
    return Timeline(interval, types, tuple(_buckets(counts, interval)))


def _buckets(counts: dict[date, dict[str, int]], interval: Interval) -> list[TimelineBucket]:
    if not counts:
        return []
    step = timedelta(days=1 if interval == "day" else 7)
    start, last = min(counts), max(counts)
    buckets = []
    while start <= last:
        found = counts.get(start, {})
        buckets.append(TimelineBucket(start, dict(sorted(found.items())), sum(found.values())))
        start += step
    return buckets


def actor_counts(store: Store, f: EventFilter = EventFilter(), *, limit: int = 100) -> list[ActorCount]:
    """The actors of the matching events, the most often named first."""
    ea = t.event_actors.c
    matching = select(t.events.c.id).where(*filter_conditions(f))
    n = func.count(distinct(ea.event_id)).label("n")
    query = (select(ea.actor_id, func.min(ea.name), func.min(ea.inter), func.min(ea.country), n)
             .where(ea.event_id.in_(matching)).group_by(ea.actor_id).order_by(desc(n), ea.actor_id).limit(limit))
    with store.engine.connect() as conn:
        return [ActorCount(*row) for row in conn.execute(query)]


def place_counts(store: Store, f: EventFilter = EventFilter(), *, limit: int = 100) -> list[PlaceCount]:
    """The places of the matching events, the busiest first; events with no place are left out."""
    e = t.events.c
    n = func.count().label("n")
    # One row per named place; min() gives one point should its events lack one or disagree.
    query = (select(e.location, e.country, e.admin1, func.min(e.lat), func.min(e.lon), func.min(e.geo_precision), n)
             .where(*filter_conditions(f), e.location.is_not(None))
             .group_by(e.location, e.country, e.admin1)
             .order_by(desc(n), e.location, e.country, e.admin1).limit(limit))
    with store.engine.connect() as conn:
        return [PlaceCount(*row) for row in conn.execute(query)]
