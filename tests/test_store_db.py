"""The event store on SQLite and on a throwaway PostgreSQL: migrations, ingest, merge, queries, exports."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from frontwire.api import Resources, load_resources
from frontwire.store import schema as t
from frontwire.store.engine import Store, current_revision, database_url, open_store
from frontwire.store.export import ACLED_COLUMNS, write_parquet, write_text
from frontwire.store.ingest import IngestOptions, IngestSummary, ingest
from frontwire.store.inputs import ReadOptions, read_inputs
from frontwire.store.pgtemp import TempPostgres
from frontwire.store.query import EventFilter, EventRecord, find_events, get_event, iso_week, list_failures, weekly_stats
from frontwire.store.remerge import merge_store

FIXTURES = Path(__file__).parent / "fixtures" / "store"
STRIKES = FIXTURES / "strikes.jsonl"
TIMESTAMPS = frozenset({"coded_at", "failed_at"})
ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@pytest.fixture(params=ENGINES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A new, empty, migrated store on each engine."""
    if request.param == "sqlite":
        opened = open_store(tmp_path / "events.db")
    else:
        server: TempPostgres = request.getfixturevalue("postgres")
        opened = open_store(server.create_database(f"t{uuid.uuid4().hex[:12]}"))
    yield opened
    opened.close()


def run_ingest(store: Store, resources: Resources, *paths: Path | str,
               only: frozenset[str] | None = None) -> IngestSummary:
    items = read_inputs([str(p) for p in paths], ReadOptions())
    return ingest(store, items, resources, options=IngestOptions(only_locations=only))


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order, without the wall-clock columns."""
    tables = {}
    with store.engine.connect() as conn:
        for table in t.DATA_TABLES:
            columns = [c for c in table.c if c.name not in TIMESTAMPS]
            query = select(*columns).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in conn.execute(query)]
    return tables


@pytest.fixture
def strikes(store: Store, resources: Resources) -> Store:
    """The store with the four fixture articles ingested."""
    run_ingest(store, resources, STRIKES)
    return store


# --- opening and migrating -------------------------------------------------------------------


@pytest.mark.parametrize(("db", "driver", "database"), [
    ("postgresql://u@db.internal:5433/ev", "postgresql+psycopg", "ev"),
    ("postgres://u@db.internal/ev", "postgresql+psycopg", "ev"),
    ("sqlite:///some/where.db", "sqlite", "some/where.db"),
    ("events.db", "sqlite+pysqlite", "events.db"),
])
def test_database_url(db: str, driver: str, database: str) -> None:
    url = database_url(db)
    assert (url.drivername, url.database) == (driver, database)


def test_default_store_lives_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert database_url(None).database == str(tmp_path / "frontwire" / "frontwire.db")


def test_other_databases_are_refused() -> None:
    from frontwire.errors import SettingsError

    with pytest.raises(SettingsError, match="postgresql://"):
        database_url("mysql://u@h/db")


def test_migrations_build_exactly_the_schema(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert current_revision(store) == "0001"
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), t.metadata)
    assert differences == []


def test_migrations_go_down_and_up_again(store: Store) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from frontwire.store.engine import upgrade
    from frontwire.store.engine import alembic_config as config

    command.downgrade(config(store), "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    upgrade(store)
    assert {table.name for table in t.DATA_TABLES} <= set(inspect(store.engine).get_table_names())


def test_sqlite_store_is_in_wal_mode(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "wal.db")
    with opened.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    opened.close()


# --- ingest and merge ---------------------------------------------------------------------------


def test_three_retellings_become_one_event_and_the_fourth_stays_apart(store: Store, resources: Resources) -> None:
    summary = run_ingest(store, resources, STRIKES)
    assert (summary.progress.new, summary.progress.failed) == (4, 0)
    assert summary.merge is not None and summary.merge.mentions == summary.progress.mentions
    records = find_events(store)
    (strike,) = [r for r in records if r.event.n_sources > 1]
    assert (strike.event.kind, strike.event.location, strike.event.time_start) == (
        "airstrike", "Ma‘arrat an Nu‘mān", date(2019, 8, 14))
    assert (strike.event.n_sources, strike.event.n_outlets) == (3, 3)
    assert set(strike.outlets) == {"Levant Wire", "Northern Dispatch", "Orontes Post"}
    assert (strike.event.fatalities, strike.event.fatalities_min, strike.event.fatalities_max) == (9, 9, 11)
    assert strike.event.fatalities_conflict and strike.event.status_conflict
    assert strike.event.first_reported == date(2019, 8, 14)
    saraqib = [r for r in records if "Idlib Evening News" in r.outlets]
    assert [(r.outlets, r.event.location, r.event.kind) for r in saraqib] == [
        (("Idlib Evening News",), "Saraqib", "airstrike")]


def test_ingest_twice_stores_nothing_twice(strikes: Store, resources: Resources) -> None:
    before = dump(strikes)
    summary = run_ingest(strikes, resources, STRIKES)
    assert (summary.progress.new, summary.progress.skipped, summary.merge) == (0, 4, None)
    assert dump(strikes) == before


def test_both_engines_store_the_same_rows(tmp_path: Path, resources: Resources, postgres: TempPostgres) -> None:
    lite = open_store(tmp_path / "a.db")
    pg = open_store(postgres.create_database(f"t{uuid.uuid4().hex[:12]}"))
    for opened in (lite, pg):
        run_ingest(opened, resources, STRIKES)
    assert dump(lite) == dump(pg)
    lite.close()
    pg.close()


def test_a_changed_article_is_recoded_and_its_old_mentions_replaced(strikes: Store, resources: Resources,
                                                                   tmp_path: Path) -> None:
    lines = STRIKES.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["text"] = record["text"].replace("killing nine civilians", "killing seven civilians")
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    summary = run_ingest(strikes, resources, changed)
    assert (summary.progress.new, summary.progress.replaced) == (0, 1)
    with strikes.engine.connect() as conn:
        assert conn.scalar(select(t.articles.c.id).where(t.articles.c.url == record["url"])) != lines[0]
        assert len(list(conn.execute(select(t.articles.c.id)))) == 4
    strike = next(r for r in find_events(strikes) if r.event.n_sources == 3)
    assert (strike.event.fatalities, strike.event.fatalities_max) == (7, 11)
    assert merge_store(strikes).rewritten == 0


def test_bad_items_are_recorded_and_retried(store: Store, resources: Resources, tmp_path: Path) -> None:
    good = STRIKES.read_text(encoding="utf-8").splitlines()
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([good[0], "{not json", json.dumps({"title": "No body"}), good[3]]) + "\n")
    summary = run_ingest(store, resources, batch, tmp_path / "missing.jsonl")
    assert (summary.progress.new, summary.progress.failed) == (2, 3)
    failures = {f.location: f for f in list_failures(store)}
    assert set(failures) == {f"{batch}:2", f"{batch}:3", str(tmp_path / "missing.jsonl")}
    assert "invalid JSON" in failures[f"{batch}:2"].reason and failures[f"{batch}:2"].stage == "read"
    batch.write_text("\n".join([good[0], good[1], good[2], good[3]]) + "\n")
    only = frozenset(failures)
    summary = run_ingest(store, resources, *dict.fromkeys(f.source for f in failures.values()), only=only)
    assert (summary.progress.new, summary.progress.skipped, summary.progress.failed) == (2, 0, 1)
    assert [f.location for f in list_failures(store)] == [str(tmp_path / "missing.jsonl")]


def test_an_article_that_cannot_be_stored_fails_alone(store: Store, resources: Resources,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from frontwire.store import ingest as ingest_module

    real = ingest_module.coding_rows  # type: ignore[attr-defined]

    def clashing(coding: Any, **kwargs: Any) -> Any:
        rows = real(coding, **kwargs)
        if coding.article.outlet != "Idlib Evening News":
            return rows
        return replace(rows, mentions=rows.mentions + rows.mentions[:1])  # a primary key twice

    monkeypatch.setattr(ingest_module, "coding_rows", clashing)
    summary = run_ingest(store, resources, STRIKES)
    assert (summary.progress.new, summary.progress.failed) == (3, 1)
    (failure,) = list_failures(store)
    assert (failure.location, failure.stage) == (f"{STRIKES}:4", "store")
    with store.engine.connect() as conn:
        outlets = set(conn.scalars(select(t.articles.c.outlet)))
    assert outlets == {"Levant Wire", "Northern Dispatch", "Orontes Post"}


def test_parallel_coding_stores_the_same_rows(tmp_path: Path, resources: Resources) -> None:
    stores = [open_store(tmp_path / f"w{n}.db") for n in (1, 2)]
    for workers, opened in zip((1, 2), stores, strict=True):
        items = read_inputs([str(STRIKES)], ReadOptions())
        ingest(opened, items, resources, options=IngestOptions(workers=workers))
    assert dump(stores[0]) == dump(stores[1])
    for opened in stores:
        opened.close()


def test_merge_rebuild_gives_the_same_events(strikes: Store) -> None:
    before = dump(strikes)
    assert merge_store(strikes).rewritten == 0
    rebuilt = merge_store(strikes, rebuild=True)
    assert rebuilt.rewritten == rebuilt.events == len(before["events"])
    assert dump(strikes) == before


# --- queries --------------------------------------------------------------------------------------


def _start(r: EventRecord) -> date:
    return r.event.time_start or r.event.first_reported or date.min


def _evidence(store: Store, r: EventRecord) -> str:
    detail = get_event(store, r.event.id)
    assert detail is not None
    return " ".join(span.text for m in detail.mentions for span in m.evidence).casefold()


FILTER_CASES: list[tuple[str, dict[str, Any], Callable[[Store, EventRecord], bool], bool]] = [
    ("place", {"place": "saraqib"}, lambda s, r: "saraqib" in {
        (x or "").casefold() for x in (r.event.location, r.event.admin1, r.event.admin2)}, True),
    ("bbox", {"bbox": (36.7, 35.8, 36.9, 35.9)}, lambda s, r: r.event.lon is not None and r.event.lat is not None
     and 36.7 <= r.event.lon <= 36.9 and 35.8 <= r.event.lat <= 35.9, True),
    ("admin1", {"admin1": "IDLIB"}, lambda s, r: (r.event.admin1 or "").casefold() == "idlib", True),
    ("country-name", {"country": "Syria"}, lambda s, r: r.event.country == "SY", True),
    ("country-iso3", {"country": "SYR"}, lambda s, r: r.event.country == "SY", True),
    ("country-other", {"country": "IQ"}, lambda s, r: r.event.country == "IQ", False),
    ("since", {"since": date(2019, 8, 14)}, lambda s, r: _start(r) >= date(2019, 8, 14), True),
    ("since-later", {"since": date(2019, 8, 16)}, lambda s, r: _start(r) >= date(2019, 8, 16), False),
    ("until", {"until": date(2019, 8, 14)}, lambda s, r: _start(r) <= date(2019, 8, 14), True),
    ("until-earlier", {"until": date(2019, 1, 1)}, lambda s, r: _start(r) <= date(2019, 1, 1), False),
    ("kind", {"kind": "airstrike"}, lambda s, r: r.event.kind == "airstrike", True),
    ("type", {"event_type": "air/drone strike"}, lambda s, r: r.event.sub_event_type == "Air/drone strike", True),
    ("min-sources", {"min_sources": 2}, lambda s, r: r.event.n_sources >= 2, True),
    ("disputed", {"status": "disputed"}, lambda s, r: r.event.status_conflict or r.event.fatalities_conflict, True),
    ("occurred", {"status": "occurred"}, lambda s, r: r.event.status == "occurred", True),
    ("actor", {"actor": "MILITARY"}, lambda s, r: any("military" in a.name.casefold() for a in r.actors), True),
    ("text", {"text": "BAKERY"}, lambda s, r: "bakery" in _evidence(s, r), True),
    ("text-wildcards", {"text": "100%_"}, lambda s, r: "100%_" in _evidence(s, r), False),
    ("combined", {"kind": "airstrike", "min_sources": 2, "country": "SY"},
     lambda s, r: r.event.kind == "airstrike" and r.event.n_sources >= 2 and r.event.country == "SY", True),
]


@pytest.mark.parametrize(("filters", "matches", "some"), [c[1:] for c in FILTER_CASES], ids=[c[0] for c in FILTER_CASES])
def test_event_filters(strikes: Store, filters: dict[str, Any], matches: Callable[[Store, EventRecord], bool],
                       some: bool) -> None:
    everything = find_events(strikes)
    expected = sorted(r.event.id for r in everything if matches(strikes, r))
    assert bool(expected) is some, "the fixtures should have events on both sides of this filter"
    assert sorted(r.event.id for r in find_events(strikes, EventFilter(**filters))) == expected


def test_actor_filter_finds_the_events_naming_the_actor(strikes: Store) -> None:
    everything = find_events(strikes)
    named = {a.name for r in everything for a in r.actors}
    assert named, "the fixture articles name actors"
    for name in named:
        found = find_events(strikes, EventFilter(actor=name.lower()[:12]))
        assert found and all(any(name.lower()[:12] in a.name.lower() for a in r.actors) for r in found)


def test_event_detail_shows_sources_reasons_and_quotes(strikes: Store) -> None:
    strike = find_events(strikes, EventFilter(min_sources=2))[0]
    detail = get_event(strikes, strike.event.id)
    assert detail is not None and len(detail.mentions) == 3
    first, *joined = detail.mentions
    assert first.link is not None and first.link.joined_to is None
    members = {m.id for m in detail.mentions}
    for mention in joined:
        assert mention.link is not None and mention.link.joined_to in members - {mention.id}
        assert mention.link.kind_rule == "same kind (airstrike)" and mention.link.distance_km == 0
        assert mention.link.distance_limit_km == 10 and mention.link.time_gap_days == 0
    assert any("We counted nine bodies" in q.text for q in detail.quotes)
    assert get_event(strikes, "ev-no-such-event") is None


def test_weekly_stats_count_by_week_and_type(strikes: Store) -> None:
    stats = weekly_stats(strikes)
    cells = {(w, k): n for w, row in zip(stats.weeks, stats.counts, strict=True)
             for k, n in zip(stats.types, row, strict=True) if n}
    expected = Counter((iso_week(_start(r)), r.event.event_type) for r in find_events(strikes))
    assert cells == dict(expected)
    assert cells[("2019-W33", "Explosions/Remote violence")] >= 2


# --- exports --------------------------------------------------------------------------------------


def test_acled_csv_has_acleds_columns_and_a_sourced_note(strikes: Store) -> None:
    out = io.StringIO()
    write_text(find_events(strikes, EventFilter(min_sources=2)), "acled-csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["country"], row["iso"], row["region"], row["event_date"]) == ("Syria", "760", "Middle East", "2019-08-14")
    assert row["event_id_cnty"].startswith("SYR") and row["fatalities"] == "9"
    assert row["disorder_type"] == "Political violence" and row["sub_event_type"] == "Air/drone strike"
    assert "Levant Wire" in row["notes"] and row["notes"].endswith(".") and row["notes"].count(". ") == 0
    assert "fatalities disputed: 9-11" in row["tags"]


def test_geojson_and_jsonl_exports(strikes: Store) -> None:
    records = find_events(strikes)
    out = io.StringIO()
    write_text(records, "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == len(records)
    saraqib = next(f for f in collection["features"] if f["properties"]["location"] == "Saraqib")
    assert saraqib["geometry"]["type"] == "Point"
    assert saraqib["geometry"]["coordinates"] == pytest.approx([36.806, 35.864], abs=0.01)
    out = io.StringIO()
    write_text(records, "jsonl", out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["id"] for line in lines] == [r.event.id for r in records]
    assert all(line["sources"] for line in lines)


def test_parquet_export_reads_back(strikes: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    path = tmp_path / "events.parquet"
    assert write_parquet(find_events(strikes), path) == len(find_events(strikes))
    table = pq.read_table(path)
    assert {"id", "location", "fatalities", "time_start", "outlets"} <= set(table.column_names)
    records = find_events(strikes)
    assert table.num_rows == len(records) and 3 in table.column("n_sources").to_pylist()


def test_feed_file_articles_are_stored_with_their_links(store: Store, resources: Resources) -> None:
    summary = run_ingest(store, resources, FIXTURES / "feed.rss")
    assert (summary.progress.new, summary.progress.failed) == (2, 0)
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.articles.c.key, t.articles.c.outlet).order_by(t.articles.c.key)).all()
    assert [tuple(r) for r in rows] == [("https://valleyherald.example/news/1", "Valley Herald"),
                                        ("https://valleyherald.example/news/2", "Valley Herald")]

