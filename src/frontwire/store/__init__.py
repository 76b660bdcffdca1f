"""The event store: SQLite or PostgreSQL tables of articles, mentions, merged events and failures.

Modules: engine (open and migrate), schema (tables), inputs and feeds (what ingest reads), ingest
(code and store), merge and combine (cross-source merge, pure), remerge (merge over the store),
query (filters and reads), export (ACLED CSV, GeoJSON, JSON Lines, Parquet), show (text views).
"""
