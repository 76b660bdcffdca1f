"""Alembic environment: migrate the engine frontwire.store.engine hands over, never one from a config file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from frontwire.store.schema import metadata


def _run() -> None:
    engine = context.config.attributes.get("engine")
    if not isinstance(engine, Engine):
        raise RuntimeError("frontwire's migrations run through frontwire.store.engine.upgrade, which passes the engine")
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=metadata, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()


_run()
