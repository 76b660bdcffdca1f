"""The event store: SQLite or PostgreSQL tables of articles, mentions, merged events and failures.

Modules: engine (open and migrate; migrations/ holds the Alembic revisions), schema (tables), rows
(a Coding as table rows), inputs and feeds (what ingest reads), ingest (code and store), merge and
combine (the cross-source merge, pure), remerge (the merge over the store), query (filters and
reads), pages (keyset pages of events), counts (timeline, actor and place counts), articles (one
article with its coded spans), export (ACLED CSV, GeoJSON, JSON Lines, Parquet), show (text views), pgtemp (a throwaway
PostgreSQL server for tests and benchmarks).
"""
