"""Alembic migrations of the event store; frontwire.store.engine.upgrade runs them on open."""
