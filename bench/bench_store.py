"""Benchmark: ingest the FA-KES articles, repeated with varied dates and outlets, into SQLite and PostgreSQL.

Usage: python bench/bench_store.py [--n 10000] [--workers 2] [--engines sqlite,postgresql]
                                   [--pg-url postgresql://...] [--repeat 30] [--json OUT]

Reports per engine: articles/s, seconds spent reading and coding vs storing vs merging, the database
size, the merge's result (mentions -> events), and p50/p95 latency of five typical queries. Without
--pg-url a throwaway PostgreSQL cluster (fsync on) is started in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from frontwire.api import load_resources
from frontwire.settings import Settings
from frontwire.store.engine import Store, open_store
from frontwire.store.ingest import IngestOptions, ingest
from frontwire.store.inputs import ReadOptions, read_inputs
from frontwire.store.pgtemp import start_temp_postgres
from frontwire.store.query import EventFilter, find_events, get_event, weekly_stats

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "fakes-syria-news" / "fakes_syria_war_news.jsonl"
OUTLETS = ("Levant Wire", "Northern Dispatch", "Orontes Post", "Valley Herald", "Idlib Evening News",
           "Ridge Times", "Coastal Courier", "Plains Bulletin", "Desert Gazette", "River Post")


@dataclass(frozen=True)
class QueryTiming:
    """Latency of one query over repeated runs, in milliseconds."""

    name: str
    rows: int
    p50_ms: float
    p95_ms: float


@dataclass(frozen=True)
class EngineResult:
    """One engine's figures."""

    engine: str
    articles: int
    failed: int
    seconds: float
    articles_per_s: float
    coding_s: float
    storing_s: float
    merge_s: float
    mentions: int
    events: int
    multi_source_events: int
    db_bytes: int
    queries: list[QueryTiming]


def build_corpus(data: Path, n: int, out: Path) -> int:
    """Write n records: the FA-KES articles in turn, each copy with a later date and another outlet."""
    records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            copy, rec = divmod(i, len(records))
            base = records[rec]
            outlet = OUTLETS[(rec + copy) % len(OUTLETS)] if copy else base.get("outlet")
            published = date.fromisoformat(base["date"]) + timedelta(days=copy % 3) if base.get("date") else None
            body = base["text"] + (f"\n\n({outlet}, edition {copy})" if copy else "")
            handle.write(json.dumps({"title": base.get("title"), "text": body, "outlet": outlet,
                                     "date": published.isoformat() if published else None}) + "\n")
    return n


def db_size(store: Store, sqlite_path: Path | None) -> int:
    if sqlite_path is not None:
        return sum(p.stat().st_size for p in sqlite_path.parent.glob(sqlite_path.name + "*"))
    with store.engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0)


def time_query(name: str, run: Callable[[], int], repeat: int) -> QueryTiming:
    laps, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = run()
        laps.append((time.perf_counter() - started) * 1000)
    laps.sort()
    return QueryTiming(name, rows, round(statistics.median(laps), 2), round(laps[int(0.95 * (len(laps) - 1))], 2))


def typical_queries(store: Store, repeat: int) -> list[QueryTiming]:
    """Five queries an analyst runs: a country's month, corroborated events, evidence text, an actor, one event."""
    busiest = find_events(store, EventFilter(min_sources=2, limit=1))
    since = busiest[0].event.time_start if busiest and busiest[0].event.time_start else date(2017, 1, 1)
    month = EventFilter(country="SY", since=since - timedelta(days=30), until=since)
    event_id = busiest[0].event.id if busiest else ""
    return [
        time_query("country + 30 days", lambda: len(find_events(store, month)), repeat),
        time_query("min 2 sources, top 100", lambda: len(find_events(store, EventFilter(min_sources=2, limit=100))), repeat),
        time_query("evidence text 'chemical', top 100", lambda: len(find_events(store, EventFilter(text="chemical", limit=100))), repeat),
        time_query("actor 'Military Forces of Syria', top 100", lambda: len(find_events(store, EventFilter(actor="military forces of syria", limit=100))), repeat),
        time_query("one event with sources and quotes", lambda: len(d.mentions) if (d := get_event(store, event_id)) else 0, repeat),
        time_query("weekly stats (all)", lambda: len(weekly_stats(store).weeks), max(3, repeat // 5)),
    ]


def bench_engine(engine: str, db: str, corpus: Path, args: argparse.Namespace, *, resources: Any) -> EngineResult:
    store = open_store(db)
    started = time.perf_counter()
    summary = ingest(store, read_inputs([str(corpus)], ReadOptions()), resources,
                     options=IngestOptions(workers=args.workers))
    seconds = time.perf_counter() - started
    merge = summary.merge
    sqlite_path = Path(db) if engine == "sqlite" else None
    queries = typical_queries(store, args.repeat)
    size = db_size(store, sqlite_path)
    store.close()
    p = summary.progress
    return EngineResult(engine, p.new, p.failed, round(seconds, 1), round(p.new / seconds, 2),
                        round(summary.coding_seconds, 1), round(summary.storing_seconds, 1),
                        round(merge.seconds if merge else 0.0, 1), merge.mentions if merge else 0,
                        merge.events if merge else 0, merge.multi_source if merge else 0, size, queries)


def report(results: list[EngineResult]) -> str:
    lines = []
    for r in results:
        lines.append(f"{r.engine}: {r.articles} articles ({r.failed} failed) in {r.seconds}s = {r.articles_per_s} articles/s; "
                     f"reading+coding {r.coding_s}s, storing {r.storing_s}s, merge {r.merge_s}s; "
                     f"{r.mentions} mentions -> {r.events} events ({r.multi_source_events} from 2+ sources); "
                     f"database {r.db_bytes / 1e6:.1f} MB")
        lines.extend(f"    {q.name:<45} rows {q.rows:>5}  p50 {q.p50_ms:>8.2f} ms  p95 {q.p95_ms:>8.2f} ms"
                     for q in r.queries)
    return "\n".join(lines)


def run_engines(args: argparse.Namespace, work: Path) -> list[EngineResult]:
    """Build the corpus in work, then ingest and query it on each engine in turn."""
    corpus = work / "corpus.jsonl"
    build_corpus(args.data, args.n, corpus)
    resources = load_resources(Settings())
    results = []
    for engine in args.engines.split(","):
        if engine == "sqlite":
            results.append(bench_engine(engine, str(work / "bench.db"), corpus, args, resources=resources))
        elif args.pg_url:
            results.append(bench_engine(engine, args.pg_url, corpus, args, resources=resources))
        else:
            server = start_temp_postgres(durable=True)
            try:
                results.append(bench_engine(engine, server.create_database("bench"), corpus, args, resources=resources))
            finally:
                server.stop()
        print(report(results[-1:]), flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", "--limit", dest="n", type=int, default=10_000, help="Articles to ingest.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--pg-url", help="An existing empty PostgreSQL database (default: a throwaway cluster).")
    parser.add_argument("--repeat", type=int, default=30, help="Runs of each query for the latency figures.")
    parser.add_argument("--json", type=Path, help="Also write the figures as JSON here.")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"bench_store: {args.data} not found (pass --data)")
    work = Path(tempfile.mkdtemp(prefix="frontwire-bench-"))
    try:
        results = run_engines(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, "workers": args.workers,
                                         "results": [asdict(r) for r in results]}, indent=1) + "\n")


if __name__ == "__main__":
    main()
