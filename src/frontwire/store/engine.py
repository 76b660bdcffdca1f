"""Opening the store: a --db value (path, sqlite:// or postgresql:// URL) -> a migrated Engine."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from frontwire.errors import FrontwireError, SettingsError

log = logging.getLogger(__name__)

APP_NAME = "frontwire"
DB_FILE = "frontwire.db"
_POSTGRES_PREFIXES = ("postgresql://", "postgres://", "postgresql+psycopg://")
_SQLITE_BUSY_MS = 30_000


class StoreError(FrontwireError):
    """The event store cannot be opened, migrated or written."""

    exit_code = 5


@dataclass(frozen=True, slots=True)
class Store:
    """An open event store: the engine, and which kind of database it is."""

    engine: Engine
    dialect: str

    @property
    def is_sqlite(self) -> bool:
        """True for the SQLite file store."""
        return self.dialect == "sqlite"

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def default_db_path() -> Path:
    """The store file in the user's data directory (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILE


def database_url(db: str | Path | None) -> URL:
    """The SQLAlchemy URL for a --db value: None, a file path, sqlite:///… or postgresql://…."""
    if db is None:
        return _sqlite_url(default_db_path())
    text = str(db)
    if text.startswith(_POSTGRES_PREFIXES):
        rest = text.split("://", 1)[1]
        return _parse(f"postgresql+psycopg://{rest}")
    if text.startswith("sqlite:"):
        return _parse(text)
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise SettingsError(f"--db {scheme}://…: only SQLite paths and postgresql:// URLs are supported")
    return _sqlite_url(Path(text).expanduser())


def _parse(text: str) -> URL:
    try:
        return make_url(text)
    except ArgumentError as exc:
        raise SettingsError(f"--db: not a database URL ({exc})") from exc


def _sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def open_store(db: str | Path | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if need be) the store named by db and bring its schema up to date."""
    url = database_url(db)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        _make_parent(Path(url.database or ""))
    engine = _create(url)
    store = Store(engine=engine, dialect=engine.dialect.name)
    if migrate:
        upgrade(store)
    return store


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the store's folder ({exc.strerror})") from exc


def _create(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": _SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets queries read while an ingest writes; NORMAL sync keeps every committed
    # transaction across a killed process (only a power cut can lose the last ones).
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_MS}")
    finally:
        cursor.close()
    # The sqlite3 module would open transactions itself, only before the first write; taking
    # that over makes every SQLAlchemy transaction a real one, reads included.
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def alembic_config(store: Store) -> Any:
    """The Alembic configuration for this store (for upgrade, downgrade and writing new revisions)."""
    from alembic.config import Config

    config = Config()
    location = resources.files("frontwire.store") / "migrations"
    config.set_main_option("script_location", str(location))
    config.attributes["engine"] = store.engine
    return config


def upgrade(store: Store, revision: str = "head") -> None:
    """Run the Alembic migrations up to revision (the newest by default)."""
    from alembic import command

    try:
        command.upgrade(alembic_config(store), revision)
    except SQLAlchemyError as exc:
        where = store.engine.url.render_as_string(hide_password=True)
        raise StoreError(f"{where}: cannot migrate the store ({exc})") from exc


def current_revision(store: Store) -> str | None:
    """The schema revision the database is at (None before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
