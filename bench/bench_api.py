"""Benchmark: the HTTP API over 100,000 events, on SQLite and on a throwaway PostgreSQL.

Usage: python bench/bench_api.py [--events 100000] [--articles 300] [--requests 50]
                                 [--engines sqlite,postgresql] [--browser] [--json OUT]

Codes a few hundred FA-KES articles once (a template store), then fills each engine with --events
synthetic events by SQLAlchemy Core bulk inserts: copies of the coded events on other days (2011 to
2019) and at the places the coded events name, each with 1-4 source mentions of coded articles.
Serves each store with `frontwire serve` in a subprocess and times --requests requests for five
typical filters, printing p50/p95 latency in milliseconds: /api/events and /api/events.geojson
with their default limits, and the map page's own request, /api/events.geojson?fields=map with
the page's size of page (MARKER_PAGE). With --browser (needs Playwright and /usr/bin/chromium) it
also times opening the map page until its first marker or cluster is in the DOM, and until every
page of events has arrived: see time_the_page.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from sqlalchemy import insert, select, text

from frontwire.store import schema as t
from frontwire.store.engine import Store, open_store

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "fakes-syria-news" / "fakes_syria_war_news.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
# The page's marker and cluster classes (ev-*), and the names the brief gave them (fw-marker, marker-cluster).
MARKERS = ".ev-marker, .ev-cluster, .fw-marker, .marker-cluster"
# Set in the page before its own scripts run: when (ms since navigation start) the first element
# matching MARKERS was added to the DOM. A MutationObserver callback runs right after the script
# that added it, so the figure does not depend on how often Playwright polls.
FIRST_MARKER_SCRIPT = """
new MutationObserver((records, observer) => {
  if (document.querySelector(%s)) {
    window.__firstMarkerMs = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
""" % json.dumps(MARKERS)
LOADED = "#summary[data-shown]:not([aria-busy])"  # the page's sign that every page of events has arrived
MARKER_PAGE = "2000"  # the size of page static/js/api.js asks for after its first (PAGE_SIZE there)
REQUESTS: tuple[tuple[str, dict[str, str]], ...] = (
    ("/api/events", {}),
    ("/api/events.geojson", {}),
    ("/api/events.geojson", {"fields": "map", "limit": MARKER_PAGE}),
)
FIRST_DAY, DAYS = date(2011, 3, 1), 3200
SOURCES = (1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4)
CHUNK = 5000
WEEK = {"since": "2016-06-06", "until": "2016-06-12"}
FILTERS: dict[str, dict[str, str]] = {
    "no filter": {},
    "one week": WEEK,
    "event_type": {"event_type": "Explosions/Remote violence"},
    "bbox Idlib": {"bbox": "36.0,35.4,37.1,36.4"},
    "actor + min_sources=2": {"actor": "Military Forces of Syria", "min_sources": "2"},
}


@dataclass(frozen=True)
class Timing:
    """Latency of one request over repeated runs."""

    engine: str
    request: str
    filter: str
    items: int
    kbytes: float
    p50_ms: float
    p95_ms: float


@dataclass(frozen=True)
class Templates:
    """What the synthetic events are copied from: coded events, their actors and one mention each."""

    events: list[dict[str, Any]]
    actors: dict[str, list[dict[str, Any]]]
    mentions: dict[str, dict[str, Any]]
    places: list[dict[str, Any]]
    articles: list[dict[str, Any]]


def code_templates(data: Path, n_articles: int, folder: Path) -> Templates:
    """Code the first n FA-KES articles into a template store and read back its rows."""
    from frontwire.api import load_resources
    from frontwire.store.ingest import ingest
    from frontwire.store.inputs import ReadOptions, read_inputs

    store = open_store(folder / "template.db")
    items = itertools.islice(read_inputs([str(data)], ReadOptions()), n_articles)
    ingest(store, items, load_resources())
    with store.engine.connect() as conn:
        events = [dict(r) for r in conn.execute(select(t.events)).mappings()]
        actors: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in conn.execute(select(t.event_actors)).mappings():
            actors[row["event_id"]].append(dict(row))
        mentions = {r["event_id"]: dict(r) for r in conn.execute(select(t.mentions)).mappings() if r["event_id"]}
        articles = [dict(r) for r in conn.execute(select(t.articles)).mappings()]
    store.close()
    place_keys = ("location", "geonameid", "country", "admin1", "admin2", "lat", "lon", "geo_precision")
    places = {tuple(e[k] for k in place_keys): {k: e[k] for k in place_keys} for e in events if e["lat"] is not None}
    return Templates(events, dict(actors), mentions, list(places.values()), articles)


def synthetic_rows(tpl: Templates, n: int, rng: random.Random) -> Iterator[tuple[list[Any], list[Any], list[Any]]]:
    """Chunks of (events, event_actors, mentions) rows for n synthetic events."""
    for start in range(0, n, CHUNK):
        events, actors, mentions = [], [], []
        for i in range(start, min(n, start + CHUNK)):
            event, rows = _one_event(tpl, i, rng)
            events.append(event)
            actors.extend(rows[0])
            mentions.extend(rows[1])
        yield events, actors, mentions


def _one_event(tpl: Templates, i: int, rng: random.Random) -> tuple[dict[str, Any], tuple[list[Any], list[Any]]]:
    model = rng.choice(tpl.events)
    event_id = f"ev{i:016x}"
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    articles = rng.sample(tpl.articles, rng.choice(SOURCES))
    event = {**model, **rng.choice(tpl.places), "id": event_id, "time_start": day, "time_end": day,
             "first_reported": day + timedelta(days=rng.randrange(3)), "first_article_id": articles[0]["id"],
             "n_mentions": len(articles), "n_sources": len(articles),
             "n_outlets": len({a["outlet"] for a in articles if a["outlet"]})}
    actors = [{**a, "event_id": event_id} for a in tpl.actors.get(model["id"], ())]
    mention = tpl.mentions[model["id"]]
    mentions = [{**mention, "id": f"m{i:016x}{n:02d}", "event_id": event_id, "article_id": a["id"], "ordinal": n}
                for n, a in enumerate(articles)]
    return event, (actors, mentions)


def fill(store: Store, tpl: Templates, n_events: int, seed: int) -> float:
    """Bulk-insert the template articles and n synthetic events; seconds taken."""
    started = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(insert(t.articles), tpl.articles)
    for events, actors, mentions in synthetic_rows(tpl, n_events, random.Random(seed)):
        with store.engine.begin() as conn:
            conn.execute(insert(t.events), events)
            conn.execute(insert(t.event_actors), actors)
            conn.execute(insert(t.mentions), mentions)
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - started


def serve(db: str, port: int) -> subprocess.Popen[bytes]:
    """`frontwire serve` on a loopback port, waited for until it answers."""
    command = [sys.executable, "-m", "frontwire", "serve", "--db", db, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"frontwire serve --db {db} did not answer on port {port}")


def time_requests(client: httpx.Client, engine: str, request: tuple[str, dict[str, str]], name: str,
                  repeat: int) -> Timing:
    """p50/p95 of repeat requests (after two warm-ups)."""
    endpoint, fixed = request
    laps, body = [], b""
    for n in range(repeat + 2):
        started = time.perf_counter()
        response = client.get(endpoint, params={**fixed, **FILTERS[name]})
        body = response.content
        if n >= 2:
            laps.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    laps.sort()
    parsed = json.loads(body)
    items = len(parsed.get("events", parsed.get("features", [])))
    label = endpoint + (f"?{urlencode(fixed)}" if fixed else "")
    return Timing(engine, label, name, items, round(len(body) / 1024, 1), round(statistics.median(laps), 1),
                  round(laps[max(0, int(0.95 * len(laps)) - 1)], 1))


def time_the_page(base_url: str, runs: int = 3) -> tuple[list[float], list[float]]:
    """Seconds from navigation start until the first marker or cluster is in the DOM, and until the
    page has every event, for runs fresh visits (each with an empty cache) in Debian's Chromium.
    """
    from playwright.sync_api import sync_playwright

    first, complete = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1366, "height": 800})
            context.add_init_script(FIRST_MARKER_SCRIPT)
            page = context.new_page()
            page.goto(base_url, wait_until="commit")
            page.wait_for_selector(MARKERS, state="attached", timeout=120_000)
            first.append(round(page.evaluate("window.__firstMarkerMs") / 1000, 2))
            page.wait_for_selector(LOADED, state="attached", timeout=600_000)
            complete.append(round(page.evaluate("performance.now()") / 1000, 1))
            context.close()
        browser.close()
    return first, complete


def bench_engine(engine: str, db: str, tpl: Templates, args: argparse.Namespace) -> dict[str, Any]:
    """Fill one store, serve it, time every endpoint and filter."""
    store = open_store(db)
    fill_s = fill(store, tpl, args.events, args.seed)
    store.close()
    port = 18000 + random.Random().randrange(2000)
    process = serve(db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            timings = [time_requests(client, engine, request, name, args.requests)
                       for request in REQUESTS for name in FILTERS]
        first, complete = time_the_page(f"http://127.0.0.1:{port}/") if args.browser else (None, None)
    finally:
        process.terminate()
        process.wait(timeout=20)
    return {"engine": engine, "fill_seconds": round(fill_s, 1), "timings": [asdict(x) for x in timings],
            "first_markers_s": first, "all_events_s": complete}


def table(results: list[dict[str, Any]]) -> str:
    """The timings as a text table."""
    header = ("engine", "request", "filter", "items", "KiB", "p50 ms", "p95 ms")
    rows = [(r["engine"], x["request"], x["filter"], str(x["items"]), f"{x['kbytes']:.0f}", f"{x['p50_ms']:.1f}",
             f"{x['p95_ms']:.1f}") for r in results for x in r["timings"]]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        lines.append(f"{r['engine']}: filled in {r['fill_seconds']} s"
                     + (f"; first markers after {r['first_markers_s']} s, every event after {r['all_events_s']} s"
                        if r["first_markers_s"] else ""))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--browser", action="store_true", help="Also time the page's first markers.")
    parser.add_argument("--json", type=Path, help="Write the results here too.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="frontwire-bench-api-") as tmp:
        folder = Path(tmp)
        tpl = code_templates(args.data, args.articles, folder)
        print(f"templates: {len(tpl.events)} events from {len(tpl.articles)} articles, {len(tpl.places)} places",
              file=sys.stderr)
        results = [run_engine(engine, folder, tpl, args) for engine in args.engines.split(",")]
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


def run_engine(engine: str, folder: Path, tpl: Templates, args: argparse.Namespace) -> dict[str, Any]:
    """bench_engine on a new SQLite file or a database on a throwaway PostgreSQL server."""
    if engine == "sqlite":
        return bench_engine(engine, str(folder / "events.db"), tpl, args)
    from frontwire.store.pgtemp import start_temp_postgres

    server = start_temp_postgres()
    try:
        return bench_engine(engine, server.create_database("bench_api"), tpl, args)
    finally:
        server.stop()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
