"""Crash safety: an ingest killed with SIGKILL and run again ends exactly like an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from frontwire.api import Resources, load_resources
from frontwire.store import remerge
from frontwire.store import schema as t
from frontwire.store.engine import Store, open_store
from frontwire.store.ingest import ingest
from frontwire.store.inputs import ReadOptions, read_inputs
from frontwire.store.pgtemp import TempPostgres

TIMESTAMPS = frozenset({"coded_at", "failed_at"})
TOWNS = ("Ariha", "Saraqib", "Jisr al-Shughur", "Maarat al-Numan", "Kafr Nabl", "Sarmin")
OUTLETS = ("Levant Wire", "Northern Dispatch", "Orontes Post")
TARGETS = ("a bakery", "a school", "a clinic", "a market", "a mosque", "a water station")
N_ARTICLES = 60
BAD_LINE = 7
RUNNER = """
import click
from frontwire.commands.store import STORE_COMMANDS

@click.group()
@click.pass_context
def cli(ctx):
    ctx.obj = {"config": None, "model": None}

for command in STORE_COMMANDS:
    cli.add_command(command)
cli()
"""


def record(n: int) -> dict[str, str]:
    """The n-th invented report: every two reports retell one shelling, from different outlets."""
    happening = n // 2
    town, target = TOWNS[happening % len(TOWNS)], TARGETS[happening % len(TARGETS)]
    day = date(2020, 1, 6) + timedelta(days=happening)
    outlet = OUTLETS[n % len(OUTLETS)]
    killed = 3 + happening % 5 + n % 2
    body = (f"{town.upper()}, Syria, {day:%b} {day.day} ({outlet}) - Shelling hit {target} in {town} in Idlib "
            f"province on {day:%A}, killing {killed} people, residents said.\n\n"
            f"Rescue workers searched the rubble until the evening, and the wounded were taken to hospitals "
            f"outside the town, a local council member told {outlet}.")
    return {"title": f"Shelling kills {killed} in {town}", "text": body, "date": day.isoformat(),
            "url": f"https://{outlet.split()[0].lower()}.example/{day.isoformat()}/{n}", "outlet": outlet}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "reports.jsonl"
    lines = [json.dumps(record(n)) for n in range(N_ARTICLES)]
    lines.insert(BAD_LINE - 1, "{this line is broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def new_db(engine: str, tmp_path: Path, request: pytest.FixtureRequest, name: str) -> str:
    if engine == "sqlite":
        return str(tmp_path / f"{name}.db")
    server: TempPostgres = request.getfixturevalue("postgres")
    return server.create_database(f"{name}_{uuid.uuid4().hex[:8]}")


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order, without the wall-clock columns."""
    with store.engine.connect() as conn:
        return {table.name: [tuple(r) for r in conn.execute(
            select(*(c for c in table.c if c.name not in TIMESTAMPS)).order_by(*table.primary_key.columns))]
            for table in t.DATA_TABLES}


def stored_articles(watcher: Store) -> int:
    try:
        with watcher.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0)
    except SQLAlchemyError:
        return 0  # the run has not created its tables yet


def run_and_kill(corpus: Path, db: str, *, after: int) -> int:
    """Start `frontwire ingest` in a subprocess and SIGKILL it once `after` articles are stored."""
    watcher = open_store(db, migrate=False)
    proc = subprocess.Popen([sys.executable, "-c", RUNNER, "ingest", str(corpus), "--db", db, "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while stored_articles(watcher) < after:
            assert proc.poll() is None, f"ingest ended before the kill: {proc.stderr.read().decode() if proc.stderr else ''}"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        return stored_articles(watcher)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
        watcher.close()


def ingest_all(db: str, corpus: Path, resources: Resources) -> Store:
    store = open_store(db)
    ingest(store, read_inputs([str(corpus)], ReadOptions()), resources)
    return store


@pytest.fixture(scope="module")
def clean_runs() -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """The tables after one uninterrupted run, per engine (filled on first use)."""
    return {}


def clean_dump(engine: str, clean_runs: dict[str, Any], corpus: Path, resources: Resources, tmp_path: Path,
               request: pytest.FixtureRequest) -> dict[str, list[tuple[Any, ...]]]:
    if engine not in clean_runs:
        store = ingest_all(new_db(engine, tmp_path, request, "clean"), corpus, resources)
        clean_runs[engine] = dump(store)
        store.close()
    found: dict[str, list[tuple[Any, ...]]] = clean_runs[engine]
    return found


@pytest.mark.parametrize(("engine", "after"), [("sqlite", 1), ("sqlite", N_ARTICLES // 2), ("postgresql", 12)])
def test_killed_ingest_then_rerun_equals_a_clean_run(engine: str, after: int, corpus: Path, resources: Resources,
                                                      clean_runs: dict[str, Any], tmp_path: Path,
                                                      request: pytest.FixtureRequest) -> None:
    expected = clean_dump(engine, clean_runs, corpus, resources, tmp_path, request)
    assert len(expected["articles"]) == N_ARTICLES and len(expected["failures"]) == 1
    assert len(expected["events"]) < len(expected["mentions"]), "the corpus has retellings to merge"
    db = new_db(engine, tmp_path, request, "killed")
    stored = run_and_kill(corpus, db, after=after)
    assert after <= stored < N_ARTICLES, "the kill came mid-run"
    store = ingest_all(db, corpus, resources)
    assert dump(store) == expected
    store.close()


def test_a_merge_that_dies_half_way_leaves_the_store_as_it_was(corpus: Path, resources: Resources, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               clean_runs: dict[str, Any],
                                                               request: pytest.FixtureRequest) -> None:
    expected = clean_dump("sqlite", clean_runs, corpus, resources, tmp_path, request)
    store = open_store(tmp_path / "merge.db")

    def die(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(remerge, "_assign", die)
    with pytest.raises(KeyboardInterrupt):
        ingest(store, read_inputs([str(corpus)], ReadOptions()), resources)
    before = dump(store)
    assert before["events"] == [] and len(before["articles"]) == N_ARTICLES
    monkeypatch.undo()
    assert remerge.merge_needed(store)
    ingest(store, read_inputs([str(corpus)], ReadOptions()), resources)
    assert dump(store) == expected
    store.close()
