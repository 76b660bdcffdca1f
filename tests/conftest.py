"""Shared fixtures, once per test session: the loaded resources, a PostgreSQL server, filled API stores."""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def res() -> Any:
    """The spaCy pipeline, gazetteer, actor catalogue and lexicon, loaded once."""
    from frontwire.api import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def code(res: Any) -> Any:
    """Code a text written for a test: code(text, ref=date) -> Coding."""
    from frontwire.api import extract
    from frontwire.read import read_text

    def _code(text: str, ref: date = date(2021, 6, 10), country: str | None = None) -> Any:
        return extract(read_text(text, default_date=ref), res, country_hint=country)

    return _code


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """A PostgreSQL server for this test session, in a temporary folder on a loopback port."""
    from frontwire.store.pgtemp import find_bin_dir, start_temp_postgres

    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) not found on PATH or under "
                    "/usr/lib/postgresql/*/bin: install the postgresql package to run the PostgreSQL store tests")
    server = start_temp_postgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def client_class() -> Any:
    """FastAPI's TestClient class.

    Starlette asks for httpx2 and warns when it falls back to httpx, which frontwire pins for its
    feeds; the fallback works, so that one warning is silenced here and nowhere else.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
        from fastapi.testclient import TestClient
    return TestClient


FIXTURES = Path(__file__).parent / "fixtures"
API_INPUTS = (FIXTURES / "store" / "strikes.jsonl", *sorted((FIXTURES / "articles").glob("*.txt")),
              FIXTURES / "articles" / "08_iraq_sinjar_drone.html")
# Copies of a real event with a start day or coordinates taken away, so that pages cross from
# dated to undated events and the map leaves some out.
ODD_EVENTS = (("evzz0undated0a", False, True), ("evzz0undated0b", False, False), ("evzz0undated0c", False, True),
              ("evzz0unlocated", True, False))


def _add_odd_events(store: Any) -> None:
    from sqlalchemy import insert, select

    from frontwire.store import schema as t

    with store.engine.begin() as conn:
        row = dict(conn.execute(select(t.events).order_by(t.events.c.id).limit(1)).mappings().one())
        for event_id, dated, located in ODD_EVENTS:
            copy = {**row, "id": event_id}
            copy.update({} if dated else {"time_start": None, "time_end": None})
            copy.update({} if located else {"lat": None, "lon": None})
            conn.execute(insert(t.events), [copy])


@pytest.fixture(scope="session")
def api_store(res: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str, Any], Any]]:
    """api_store(engine, postgres) -> a store with the fixture articles and ODD_EVENTS; shared, so only read it.

    postgres is the server fixture for engine "postgresql" (None for "sqlite").
    """
    from frontwire.store.engine import open_store
    from frontwire.store.ingest import ingest
    from frontwire.store.inputs import ReadOptions, read_inputs

    opened: dict[str, Any] = {}

    def filled(engine: str, server: Any = None) -> Any:
        if engine not in opened:
            if engine == "sqlite":
                db = str(tmp_path_factory.mktemp("api") / "events.db")
            else:
                db = server.create_database(f"api_{uuid.uuid4().hex[:8]}")
            store = open_store(db)
            ingest(store, read_inputs([str(p) for p in API_INPUTS], ReadOptions()), res)
            _add_odd_events(store)
            opened[engine] = store
        return opened[engine]

    yield filled
    for store in opened.values():
        store.close()


@pytest.fixture(scope="session", autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the user data directory (user gazetteer, default store) in a temporary folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
        yield
