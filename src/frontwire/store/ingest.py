"""Ingest: code a stream of input items and store each article with all its rows atomically.

Crash safety rests on three things: every row's key comes from the data, an article and all its
rows commit together (or not at all), and the merge is a deterministic function of the stored
mentions that runs after the last article. A run killed at any moment and started again therefore
skips what was committed, codes the rest, and merges to the same events as an uninterrupted run.

Articles are committed in groups (each inside its own savepoint, so one bad article does not
spoil the group): a durable commit per article would cost PostgreSQL an fsync each time.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from frontwire.models import Article, Coding
from frontwire.read import ReadFailure
from frontwire.store import schema as t
from frontwire.store.articles import article_event_ids
from frontwire.store.engine import Store, StoreError
from frontwire.store.inputs import InputItem
from frontwire.store.remerge import MergeSummary, merge_needed, merge_store
from frontwire.store.rows import ArticleRows, coding_rows

if TYPE_CHECKING:
    from frontwire.api import CodingFailure, Resources

Outcome = Literal["new", "replaced", "skipped"]
_LOOKUP_BATCH = 256


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to code and store: parallel coding processes, batch sizes, and which items to retry."""

    workers: int = 1
    batch_size: int = 32
    chunk: int = 256
    country_hint: str | None = None
    only_locations: frozenset[str] | None = None
    merge: bool = True
    commit_every: int = 50
    commit_seconds: float = 2.0


@dataclass(frozen=True, slots=True)
class Progress:
    """Counts so far, for a progress line."""

    read: int
    new: int
    replaced: int
    skipped: int
    failed: int
    mentions: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Items handled per second so far."""
        return self.read / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What a run did: articles new, replaced (changed text), skipped (already stored), failed."""

    progress: Progress
    coding_seconds: float
    storing_seconds: float
    merge: MergeSummary | None


@dataclass(slots=True)
class _Tally:
    read: int = 0
    new: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    mentions: int = 0
    coding: float = 0.0
    storing: float = 0.0
    resolved: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    def progress(self) -> Progress:
        return Progress(self.read, self.new, self.replaced, self.skipped, self.failed, self.mentions,
                        time.perf_counter() - self.started)


def ingest(store: Store, items: Iterable[InputItem], resources: Resources, *,
           options: IngestOptions = IngestOptions(),
           on_progress: Callable[[Progress], None] | None = None) -> IngestSummary:
    """Code and store every item not stored yet; failures go to the failures table; then merge."""
    from frontwire.api import code_articles

    tally = _Tally()
    pending: deque[InputItem] = deque()
    to_code = _unstored(store, items, tally, pending, only=options.only_locations)
    results = code_articles(to_code, resources, n_process=options.workers, batch_size=options.batch_size,
                            chunk=options.chunk, country_hint=options.country_hint)
    with store.engine.connect() as conn:
        group = _Group(conn, options)
        try:
            for result in _timed(results, tally):
                started = time.perf_counter()
                group.open()
                _handle(conn, pending.popleft(), result, tally)
                group.close_if_due()
                tally.storing += time.perf_counter() - started
                if on_progress is not None:
                    on_progress(tally.progress())
        except KeyboardInterrupt:
            group.close()  # keep what was stored before the interrupt
            raise
        group.open()
        _forget_failures(conn, tally.resolved)
        group.close()
    summary = merge_store(store) if options.merge and merge_needed(store) else None
    return IngestSummary(tally.progress(), tally.coding, tally.storing, summary)


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What storing one article did, and the merged events it is now part of."""

    article_id: str
    outcome: Outcome
    event_ids: tuple[str, ...]


def ingest_article(store: Store, article: Article, resources: Resources, *,
                   country_hint: str | None = None) -> StoredArticle:
    """Code one article unless it is stored already, store it with all its rows at once, and merge.

    A coding error raises (FrontwireError) instead of going to the failures table: the caller
    holds the article and can say what went wrong.
    """
    from frontwire.api import extract

    outcome: Outcome = "skipped"
    if not _stored_ids(store, [article.id]):
        rows = coding_rows(extract(article, resources, country_hint=country_hint), coded_at=datetime.now(UTC))
        try:
            with store.engine.begin() as conn:
                outcome = write_article(conn, rows, locations=())
        except SQLAlchemyError as exc:
            raise StoreError(f"storing article {article.id[:12]} failed: {exc}") from exc
        if merge_needed(store):
            merge_store(store)
    return StoredArticle(article.id, outcome, tuple(article_event_ids(store, article.id)))


class _Group:
    """The open group transaction: committed every commit_every articles or commit_seconds."""

    def __init__(self, conn: Connection, options: IngestOptions) -> None:
        self.conn = conn
        self.every = max(1, options.commit_every)
        self.seconds = options.commit_seconds
        self.count = 0
        self.since = 0.0

    def open(self) -> None:
        if not self.conn.in_transaction():
            self.conn.begin()
            self.count, self.since = 0, time.monotonic()

    def close_if_due(self) -> None:
        self.count += 1
        if self.count >= self.every or time.monotonic() - self.since >= self.seconds:
            self.close()

    def close(self) -> None:
        if self.conn.in_transaction():
            try:
                self.conn.commit()
            except SQLAlchemyError as exc:
                raise StoreError(f"cannot commit the stored articles: {exc}") from exc


def _handle(conn: Connection, item: InputItem, result: Coding | CodingFailure, tally: _Tally) -> None:
    """Store one coded article, or record why its item failed."""
    if isinstance(result, Coding):
        _store_result(conn, item, result, tally)
        return
    stage = "read" if isinstance(item.item, ReadFailure) else "code"
    _record_failure(conn, item, stage, result.message)
    tally.failed += 1


def _timed(results: Iterator[Coding | CodingFailure], tally: _Tally) -> Iterator[Coding | CodingFailure]:
    """The results, adding the time spent waiting for each (reading and coding) to the tally."""
    while True:
        started = time.perf_counter()
        result = next(results, None)
        tally.coding += time.perf_counter() - started
        if result is None:
            return
        yield result


def _unstored(store: Store, items: Iterable[InputItem], tally: _Tally, pending: deque[InputItem], *,
              only: frozenset[str] | None) -> Iterator[Article | ReadFailure]:
    """The items still to code, in order; stored articles are counted as skipped and left out."""
    seen: set[str] = set()
    it = iter(items)
    while block := list(islice(it, _LOOKUP_BATCH)):
        if only is not None:
            # A whole input that failed is listed under its own name: retry all of it.
            block = [i for i in block if i.location in only or i.origin in only]
        stored = _stored_ids(store, [i.item.id for i in block if isinstance(i.item, Article)])
        for item in block:
            tally.read += 1
            if isinstance(item.item, Article):
                if item.item.id in stored or item.item.id in seen:
                    tally.skipped += 1
                    tally.resolved.append(item.location)
                    continue
                seen.add(item.item.id)
            pending.append(item)
            yield item.item


def _stored_ids(store: Store, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    with store.engine.connect() as conn:
        return set(conn.scalars(select(t.articles.c.id).where(t.articles.c.id.in_(ids))))


def _store_result(conn: Connection, item: InputItem, coding: Coding, tally: _Tally) -> None:
    rows = coding_rows(coding, coded_at=datetime.now(UTC))
    try:
        with conn.begin_nested():
            outcome = write_article(conn, rows, locations=(item.location, item.origin))
    except (IntegrityError, DataError) as exc:
        _record_failure(conn, item, "store", f"cannot be stored ({exc.orig})")
        tally.failed += 1
        return
    except SQLAlchemyError as exc:
        raise StoreError(f"storing {item.location} failed: {exc}") from exc
    if outcome == "skipped":
        tally.skipped += 1
        return
    tally.new += outcome == "new"
    tally.replaced += outcome == "replaced"
    tally.mentions += len(rows.mentions)


def write_article(conn: Connection, rows: ArticleRows, *, locations: tuple[str, ...]) -> Outcome:
    """Store one article's rows inside the caller's transaction, replacing an older version of it.

    Its failures under any of locations are dropped: the item has now been stored.
    """
    article_id = rows.article["id"]
    if conn.scalar(select(t.articles.c.id).where(t.articles.c.id == article_id)) is not None:
        return "skipped"
    key = rows.article["key"]
    old = conn.scalar(select(t.articles.c.id).where(t.articles.c.key == key)) if key else None
    if old is not None:
        drop_article(conn, old)
    conn.execute(insert(t.articles), [rows.article])
    for table, table_rows in ((t.mentions, rows.mentions), (t.evidence, rows.evidence),
                              (t.mention_actors, rows.mention_actors), (t.attributions, rows.attributions),
                              (t.quotes, rows.quotes), (t.places, rows.places)):
        if table_rows:
            conn.execute(insert(table), list(table_rows))
    conn.execute(delete(t.failures).where(t.failures.c.location.in_(locations)))
    return "replaced" if old is not None else "new"


def drop_article(conn: Connection, article_id: str) -> None:
    """Delete an article with everything coded from it, and unmerge the events it was part of."""
    touched = select(t.mentions.c.event_id).where(t.mentions.c.article_id == article_id,
                                                  t.mentions.c.event_id.is_not(None))
    # The events lose their members' event_id (SET NULL), which marks the store for merging.
    conn.execute(delete(t.events).where(t.events.c.id.in_(touched)))
    conn.execute(delete(t.articles).where(t.articles.c.id == article_id))


def _forget_failures(conn: Connection, locations: list[str]) -> None:
    """Drop the failures of items that turned out to be stored already (read fine on a retry)."""
    for start in range(0, len(locations), _LOOKUP_BATCH):
        chunk = locations[start:start + _LOOKUP_BATCH]
        conn.execute(delete(t.failures).where(t.failures.c.location.in_(chunk)))


def _record_failure(conn: Connection, item: InputItem, stage: str, reason: str) -> None:
    line = item.item.line if isinstance(item.item, ReadFailure) else None
    row = {"location": item.location, "source": item.origin, "line": line, "stage": stage,
           "reason": reason, "failed_at": datetime.now(UTC)}
    try:
        with conn.begin_nested():
            conn.execute(delete(t.failures).where(t.failures.c.location == item.location))
            conn.execute(insert(t.failures), [row])
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot record the failure of {item.location}: {exc}") from exc
