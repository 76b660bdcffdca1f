"""Reading the store: event filters, event listings, one event with its sources, weekly stats, failures."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select

from frontwire.errors import QueryError, ResourceError, SettingsError
from frontwire.models import Span
from frontwire.store import schema as t
from frontwire.store.combine import EventActor, EventSummary
from frontwire.store.engine import Store
from frontwire.store.merge import Link

DISPUTED = "disputed"
_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list or export; every field left None matches everything."""

    place: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    admin1: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    event_type: str | None = None
    actor: str | None = None
    status: str | None = None
    min_sources: int = 1
    text: str | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """An article that reports an event."""

    article_id: str
    outlet: str | None
    url: str | None
    published: date | None
    headline: str | None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One merged event as listed: its row, its actors, and the articles that reported it."""

    event: EventSummary
    actors: tuple[EventActor, ...]
    sources: tuple[SourceRef, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """The distinct named outlets, in order of first report."""
        return tuple(dict.fromkeys(s.outlet for s in self.sources if s.outlet))


@dataclass(frozen=True, slots=True)
class MentionView:
    """One source's account of an event."""

    id: str
    article_id: str
    headline: str | None
    outlet: str | None
    url: str | None
    source: str | None
    published: date | None
    kind: str
    status: str
    place_text: str | None
    place_name: str | None
    time_text: str | None
    fatalities: int | None
    fatalities_text: str | None
    evidence: tuple[Span, ...]
    actors: tuple[str, ...]
    link: Link | None


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote from one of an event's source articles."""

    article_id: str
    outlet: str | None
    speaker: str
    organization: str | None
    role: str | None
    channel: str | None
    text: str
    direct: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventDetail:
    """One event with every mention, the reason each joined, and the quotes of its sources."""

    record: EventRecord
    mentions: tuple[MentionView, ...]
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class WeeklyStats:
    """Event counts by ISO week (rows) and event type (columns)."""

    weeks: tuple[str, ...]
    types: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class FailureRecord:
    """One input that could not be read, coded or stored."""

    location: str
    source: str
    stage: str
    reason: str
    failed_at: datetime


@cache
def _country_codes() -> dict[str, str]:
    """ISO2, ISO3 and English name (case-folded) -> ISO2, from data/store/countries.tsv."""
    path = resources.files("frontwire") / "data" / "store" / "countries.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"frontwire/data/store/countries.tsv: cannot read it ({exc})") from exc
    codes: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            iso2, iso3, _numeric, name, _region = line.split("\t")
            codes.update({iso2.casefold(): iso2, iso3.casefold(): iso2, name.casefold(): iso2})
    return codes


def country_code(value: str) -> str:
    """The ISO2 code of a country given by ISO2, ISO3 or English name."""
    code = _country_codes().get(value.strip().casefold())
    if code is None:
        raise SettingsError(f"--country {value!r}: not a country code or name (try SY, SYR or Syria)")
    return code


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """'WEST,SOUTH,EAST,NORTH' in degrees -> four floats; QueryError naming what is wrong."""
    try:
        west, south, east, north = (float(x) for x in value.split(","))
    except ValueError as exc:
        raise QueryError(f"{value!r}: give four numbers WEST,SOUTH,EAST,NORTH (e.g. 36.2,35.6,37.0,36.3)") from exc
    if not all(math.isfinite(x) for x in (west, south, east, north)):
        raise QueryError(f"{value!r}: the numbers must be finite")
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise QueryError(f"{value!r}: need -180 <= WEST <= EAST <= 180 and -90 <= SOUTH <= NORTH <= 90")
    return west, south, east, north


def _like(value: str) -> str:
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """The WHERE conditions on the events table that a filter stands for."""
    e = t.events.c
    conds: list[ColumnElement[bool]] = [e.n_sources >= f.min_sources]
    if f.place:
        name = f.place.strip().casefold()
        conds.append(or_(*(func.lower(col) == name for col in (e.location, e.admin1, e.admin2))))
    if f.bbox:
        west, south, east, north = f.bbox
        conds.append(and_(e.lon >= west, e.lon <= east, e.lat >= south, e.lat <= north))
    if f.admin1:
        conds.append(func.lower(e.admin1) == f.admin1.strip().casefold())
    if f.country:
        conds.append(e.country == country_code(f.country))
    # An event's date is the day it began (ACLED's event_date), else the day it was first reported.
    if f.since:
        conds.append(func.coalesce(e.time_start, e.first_reported) >= f.since)
    if f.until:
        conds.append(func.coalesce(e.time_start, e.first_reported) <= f.until)
    if f.kind:
        conds.append(e.kind == f.kind)
    # ILIKE on the bare column (lower() LIKE on SQLite) lets PostgreSQL estimate the match from the
    # column's statistics; on lower(column) it guessed a handful of rows and chose slow plans.
    if f.event_type:
        wanted = _like(f.event_type.strip())[1:-1]  # the whole value, any case, wildcards escaped
        conds.append(or_(e.event_type.ilike(wanted, escape="\\"), e.sub_event_type.ilike(wanted, escape="\\")))
    conds.extend(_status_condition(f.status) if f.status else ())
    if f.actor:
        ea = t.event_actors.c
        conds.append(exists().where(ea.event_id == e.id, or_(ea.actor_id == f.actor,
                                                             ea.name.ilike(_like(f.actor), escape="\\"))))
    if f.text:
        m, ev = t.mentions.c, t.evidence.c
        conds.append(exists().where(m.event_id == e.id, ev.mention_id == m.id,
                                    ev.text.ilike(_like(f.text), escape="\\")))
    return conds


def _status_condition(status: str) -> list[ColumnElement[bool]]:
    e = t.events.c
    if status == DISPUTED:
        return [or_(e.status_conflict.is_(True), e.fatalities_conflict.is_(True))]
    return [e.status == status]


def event_query(f: EventFilter) -> Select[Any]:
    """The SELECT of the events matching a filter, newest first."""
    e = t.events.c
    query = select_summaries().where(*filter_conditions(f)).order_by(e.time_start.desc().nulls_last(), e.id)
    return query.limit(f.limit) if f.limit else query


def select_summaries() -> Select[Any]:
    """SELECT the events columns in EventSummary's order, so that EventSummary(*row) builds one."""
    return select(*(t.events.c[field.name] for field in fields(EventSummary)))


def find_events(store: Store, f: EventFilter = EventFilter()) -> list[EventRecord]:
    """The events matching a filter, with their actors and outlets."""
    with store.engine.connect() as conn:
        return event_records(conn, [EventSummary(*row) for row in conn.execute(event_query(f))])


def event_records(conn: Any, summaries: Sequence[EventSummary]) -> list[EventRecord]:
    """The events with their actors and source articles, read in chunks of _CHUNK ids."""
    actors: dict[str, list[EventActor]] = defaultdict(list)
    sources: dict[str, list[SourceRef]] = defaultdict(list)
    ids = [s.id for s in summaries]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        ea = t.event_actors.c
        query = (select(ea.event_id, ea.actor_id, ea.name, ea.role, ea.inter, ea.country, ea.mentions)
                 .where(ea.event_id.in_(chunk)).order_by(ea.event_id, ea.position))
        for event_id, *actor in conn.execute(query):
            actors[event_id].append(EventActor(*actor))
        m, a = t.mentions.c, t.articles.c
        query = (select(m.event_id, a.id, a.outlet, a.url, a.published, a.headline).distinct()
                 .join_from(t.mentions, t.articles, m.article_id == a.id).where(m.event_id.in_(chunk)))
        for event_id, *ref in conn.execute(query):
            sources[event_id].append(SourceRef(*ref))
    return [EventRecord(s, tuple(actors[s.id]), _by_date(sources[s.id])) for s in summaries]


def _by_date(sources: list[SourceRef]) -> tuple[SourceRef, ...]:
    return tuple(sorted(sources, key=lambda r: (r.published or date.max, r.article_id)))


def resolve_event_id(store: Store, prefix: str) -> str | None:
    """The one event id starting with prefix (the whole id works too), or None."""
    with store.engine.connect() as conn:
        found = list(conn.scalars(select(t.events.c.id).where(t.events.c.id.like(_like(prefix)[1:], escape="\\"))
                                  .order_by(t.events.c.id).limit(2)))
    return found[0] if len(found) == 1 else None


def get_event(store: Store, event_id: str) -> EventDetail | None:
    """One event with each source's account and the quotes of its source articles."""
    with store.engine.connect() as conn:
        row = conn.execute(select_summaries().where(t.events.c.id == event_id)).first()
        if row is None:
            return None
        record = event_records(conn, [EventSummary(*row)])[0]
        mentions = _mention_views(conn, event_id)
        quotes = _quote_views(conn, sorted({m.article_id for m in mentions}))
    return EventDetail(record, tuple(mentions), tuple(quotes))


def _mention_views(conn: Any, event_id: str) -> list[MentionView]:
    """The event's mentions: the one that started it first, then the others as they were published."""
    m, a, lk = t.mentions.c, t.articles.c, t.merge_links.c
    links = (c.label(f"link_{c.name}") for c in t.merge_links.c)
    query = (select(t.mentions, a.headline, a.outlet, a.url, a.source, a.published, *links)
             .join_from(t.mentions, t.articles, m.article_id == a.id)
             .outerjoin(t.merge_links, lk.mention_id == m.id).where(m.event_id == event_id)
             .order_by(a.published, m.article_id, m.id))
    rows = list(conn.execute(query).mappings())
    ids = [r["id"] for r in rows]
    ev, ma = t.evidence.c, t.mention_actors.c
    evidence: dict[str, list[Span]] = defaultdict(list)
    query = select(ev.mention_id, ev.start, ev.end, ev.text).where(ev.mention_id.in_(ids))
    for mention_id, *span in conn.execute(query.order_by(ev.mention_id, ev.position)):
        evidence[mention_id].append(Span(*span))
    actors = _grouped(conn, select(ma.mention_id, ma.name + " (" + ma.role + ")").where(ma.mention_id.in_(ids))
                      .order_by(ma.mention_id, ma.position))
    views = [_mention_view(r, tuple(evidence.get(r["id"], ())), actors.get(r["id"], ())) for r in rows]
    return sorted(views, key=lambda v: v.link is not None and v.link.joined_to is not None)


def _grouped(conn: Any, query: Select[Any]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for key, value in conn.execute(query):
        found[key].append(value)
    return {k: tuple(v) for k, v in found.items()}


def _mention_view(row: Any, evidence: tuple[Span, ...], actors: tuple[str, ...]) -> MentionView:
    link = None
    if row["link_mention_id"] is not None:
        link = Link(row["link_mention_id"], row["link_joined_to"], row["link_kind_rule"], row["link_time_gap_days"],
                    row["link_distance_km"], row["link_distance_limit_km"], row["link_actors"])
    return MentionView(
        id=row["id"], article_id=row["article_id"], headline=row["headline"], outlet=row["outlet"], url=row["url"],
        source=row["source"], published=row["published"], kind=row["kind"], status=row["status"],
        place_text=row["place_text"], place_name=row["place_name"], time_text=row["time_text"],
        fatalities=row["fatalities"], fatalities_text=row["fatalities_text"], evidence=evidence, actors=actors,
        link=link,
    )


def _quote_views(conn: Any, article_ids: list[str]) -> list[QuoteView]:
    q, a = t.quotes.c, t.articles.c
    query = (select(q.article_id, a.outlet, q.speaker, q.organization, q.role, q.channel, q.text, q.direct,
                    q.start, q.end)
             .join_from(t.quotes, t.articles, q.article_id == a.id)
             .where(q.article_id.in_(article_ids)).order_by(q.article_id, q.position))
    return [QuoteView(*row) for row in conn.execute(query)]


def iso_week(day: date) -> str:
    """The ISO week of a day, as 2017-W14."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekly_stats(store: Store, f: EventFilter = EventFilter()) -> WeeklyStats:
    """Counts of matching events by ISO week of their start and by event type."""
    e = t.events.c
    query = select(func.coalesce(e.time_start, e.first_reported), e.event_type).where(*filter_conditions(f))
    with store.engine.connect() as conn:
        counts = Counter((iso_week(day) if day else "undated", kind) for day, kind in conn.execute(query))
    weeks = tuple(sorted({w for w, _ in counts}))
    types = tuple(sorted({k for _, k in counts}))
    return WeeklyStats(weeks, types, tuple(tuple(counts[(w, k)] for k in types) for w in weeks))


def list_failures(store: Store) -> list[FailureRecord]:
    """Every recorded failure, oldest first."""
    fl = t.failures.c
    query = select(fl.location, fl.source, fl.stage, fl.reason, fl.failed_at).order_by(fl.failed_at, fl.location)
    with store.engine.connect() as conn:
        return [FailureRecord(*row) for row in conn.execute(query)]
