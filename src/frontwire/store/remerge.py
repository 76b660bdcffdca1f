"""Running the cross-source merge over the store: read every mention, cluster, write what changed.

The merge is recomputed from all stored mentions each time (so it is the same whatever the order
of ingestion), but only events whose row or membership changed are rewritten, in one transaction.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, exists, func, insert, select, update

from frontwire.store import schema as t
from frontwire.store.combine import EventSummary, event_actors, summarise
from frontwire.store.engine import Store
from frontwire.store.merge import Cluster, MergeActor, MergeMention, MergeRules, cluster, load_rules

_CHUNK = 500
_MENTION_COLUMNS = ("id", "article_id", "kind", "event_type", "sub_event_type", "plover", "status", "geonameid",
                    "feature", "country", "admin1", "admin2", "lat", "lon", "geo_precision", "time_start",
                    "time_end", "time_precision", "fatalities")


@dataclass(frozen=True, slots=True)
class MergeSummary:
    """The store after a merge: events and mentions in all, and what this merge rewrote."""

    events: int
    mentions: int
    multi_source: int
    rewritten: int
    seconds: float

    @property
    def merged_mentions(self) -> int:
        """Mentions folded into an event another mention started."""
        return self.mentions - self.events


def merge_needed(store: Store) -> bool:
    """True when some mention belongs to no event yet (new, or its event was unmerged)."""
    with store.engine.connect() as conn:
        return bool(conn.scalar(select(exists().where(t.mentions.c.event_id.is_(None)))))


def merge_store(store: Store, *, rebuild: bool = False, rules: MergeRules | None = None) -> MergeSummary:
    """Merge every stored mention into events; rebuild rewrites every event, not just changed ones."""
    started = time.perf_counter()
    rules = rules or load_rules()
    with store.engine.begin() as conn:
        mentions, assigned = _load_mentions(conn)
        clusters = cluster(mentions, rules)
        rewritten = _write(conn, clusters, assigned, rules, rebuild=rebuild)
    multi = sum(1 for c in clusters if len({m.article_id for m in c.members}) > 1)
    return MergeSummary(len(clusters), len(mentions), multi, rewritten, time.perf_counter() - started)


def _load_mentions(conn: Connection) -> tuple[list[MergeMention], dict[str, str | None]]:
    """Every mention as the merge sees it, and the event each belongs to now."""
    actors = _load_actors(conn)
    m, a = t.mentions, t.articles
    query = (select(*(m.c[name] for name in _MENTION_COLUMNS), m.c.place_name, m.c.event_id,
                    a.c.outlet, a.c.published)
             .join_from(m, a, m.c.article_id == a.c.id).order_by(m.c.id))
    mentions, assigned = [], {}
    for row in conn.execute(query).mappings():
        values = {name: row[name] for name in _MENTION_COLUMNS}
        mentions.append(MergeMention(**values, location=row["place_name"], outlet=row["outlet"],
                                     published=row["published"], actors=actors.get(row["id"], ())))
        assigned[row["id"]] = row["event_id"]
    return mentions, assigned


def _load_actors(conn: Connection) -> dict[str, tuple[MergeActor, ...]]:
    ma = t.mention_actors
    query = select(ma.c.mention_id, ma.c.actor_id, ma.c.name, ma.c.role, ma.c.inter, ma.c.country).order_by(
        ma.c.mention_id, ma.c.position)
    found: dict[str, list[MergeActor]] = defaultdict(list)
    for row in conn.execute(query):
        found[row.mention_id].append(MergeActor(row.actor_id, row.name, row.role, row.inter, row.country))
    return {k: tuple(v) for k, v in found.items()}


def _write(conn: Connection, clusters: Sequence[Cluster], assigned: dict[str, str | None], rules: MergeRules, *,
           rebuild: bool) -> int:
    """Rewrite the events that changed (all of them for a rebuild); returns how many were written."""
    wanted = {c.id: (c, asdict(summarise(c, rules))) for c in clusters}
    current = {} if rebuild else _current_events(conn)
    members_now: dict[str, set[str]] = defaultdict(set)
    for mention_id, event in assigned.items():
        if event is not None:
            members_now[event].add(mention_id)
    changed = [eid for eid, (c, row) in wanted.items()
               if current.get(eid) != row or members_now.get(eid, set()) != {m.id for m in c.members}]
    stale = [eid for eid in current if eid not in wanted]
    if rebuild:
        conn.execute(delete(t.events))
    for chunk in _chunks([*stale, *changed]):
        conn.execute(delete(t.events).where(t.events.c.id.in_(chunk)))
    _insert_events(conn, [wanted[eid] for eid in changed])
    _assign(conn, [wanted[eid][0] for eid in changed])
    return len(changed)


def _current_events(conn: Connection) -> dict[str, dict[str, Any]]:
    columns = [c for c in t.events.c if c.name in EventSummary.__dataclass_fields__]
    return {row["id"]: dict(row) for row in conn.execute(select(*columns)).mappings()}


def _insert_events(conn: Connection, events: Sequence[tuple[Cluster, dict[str, Any]]]) -> None:
    for chunk in _chunks(events):
        conn.execute(insert(t.events), [row for _, row in chunk])
        actor_rows = [{"event_id": c.id, "position": n, **asdict(actor)}
                      for c, _ in chunk for n, actor in enumerate(event_actors(c.members))]
        if actor_rows:
            conn.execute(insert(t.event_actors), actor_rows)


def _assign(conn: Connection, clusters: Sequence[Cluster]) -> None:
    """Point each member mention at its event, and store how it joined."""
    stmt = update(t.mentions).where(t.mentions.c.id == bindparam("mid")).values(event_id=bindparam("eid"))
    pairs = [{"mid": m.id, "eid": c.id} for c in clusters for m in c.members]
    for chunk in _chunks(pairs):
        conn.execute(stmt, list(chunk))
    links = [{"event_id": c.id, **asdict(link)} for c in clusters for link in c.links]
    for chunk in _chunks(links):
        conn.execute(delete(t.merge_links).where(t.merge_links.c.mention_id.in_([r["mention_id"] for r in chunk])))
        conn.execute(insert(t.merge_links), list(chunk))


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def count_rows(conn: Connection, tables: Iterable[Any] = t.DATA_TABLES) -> dict[str, int]:
    """Rows per table, for summaries and tests."""
    return {table.name: conn.scalar(select(func.count()).select_from(table)) or 0 for table in tables}
