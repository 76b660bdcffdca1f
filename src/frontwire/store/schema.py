"""The event store's tables, as SQLAlchemy Core metadata that SQLite and PostgreSQL both accept.

Every primary key is derived from the data (article hash, mention hash, failure location), never
from a sequence, so that a run killed and started again writes exactly the rows a clean run writes.
The first Alembic revision creates these same tables; a test checks that the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _article_fk() -> ForeignKey:
    return ForeignKey("articles.id", ondelete="CASCADE")


def _mention_fk() -> ForeignKey:
    return ForeignKey("mentions.id", ondelete="CASCADE")


articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True, comment="sha256 of the normalised text"),
    Column("key", Text, unique=True, comment="url, else the file (and line) it came from"),
    Column("source", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("headline", Text),
    Column("standfirst", Text),
    Column("published", Date),
    Column("date_source", String(16), nullable=False),
    Column("language", String(8), nullable=False),
    Column("credited", Text, nullable=False, comment="JSON list of credited agencies"),
    Column("caption", Text),
    Column("text", Text, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("coded_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("plover", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("status_conflict", Boolean, nullable=False),
    Column("statuses", Text, nullable=False, comment="the distinct statuses its sources report, comma-separated"),
    Column("location", Text),
    Column("geonameid", Integer),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("time_start", Date),
    Column("time_end", Date),
    Column("time_precision", Integer),
    Column("fatalities", Integer, comment="the most conservative (lowest) figure reported"),
    Column("fatalities_min", Integer),
    Column("fatalities_max", Integer),
    Column("fatalities_conflict", Boolean, nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False, comment="distinct articles"),
    Column("n_outlets", Integer, nullable=False, comment="distinct named outlets"),
    Column("first_reported", Date),
    Column("first_article_id", String(64)),
    Index("ix_events_time_start", "time_start"),
    Index("ix_events_country", "country"),
    Index("ix_events_event_type", "event_type"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(64), _article_fk(), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("event_id", String(32), ForeignKey("events.id", ondelete="SET NULL"), index=True),
    Column("extract_id", String(64), nullable=False, comment="the event id the extractor gave"),
    Column("kind", String(32), nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("plover", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("salience", Float, nullable=False),
    Column("place_text", Text),
    Column("place_name", Text),
    Column("geonameid", Integer),
    Column("feature", String(16)),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("time_text", Text),
    Column("time_start", Date),
    Column("time_end", Date),
    Column("time_precision", Integer),
    Column("fatalities", Integer),
    Column("fatalities_text", Text),
    Column("injured", Integer),
    Column("displaced", Integer),
)

evidence = Table(
    "evidence", metadata,
    Column("mention_id", String(32), _mention_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

mention_actors = Table(
    "mention_actors", metadata,
    Column("mention_id", String(32), _mention_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("actor_id", Text, nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("inter", Integer, nullable=False),
    Column("country", String(2)),
    Column("text", Text, nullable=False),
)

attributions = Table(
    "attributions", metadata,
    Column("mention_id", String(32), _mention_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("speaker", Text, nullable=False),
    Column("role", Text),
    Column("organization", Text),
    Column("channel", Text),
    Column("quote_id", String(32)),
)

quotes = Table(
    "quotes", metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("quote_id", String(32), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("speaker", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("title", Text),
    Column("role", Text),
    Column("organization", Text),
    Column("channel", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

places = Table(
    "places", metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("geonameid", Integer),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("feature", String(16)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer, nullable=False),
    Column("qualifier", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("actor_id", Text, nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("inter", Integer, nullable=False),
    Column("country", String(2)),
    Column("mentions", Integer, nullable=False, comment="how many of the event's mentions name it so"),
)

merge_links = Table(
    "merge_links", metadata,
    Column("mention_id", String(32), _mention_fk(), primary_key=True),
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("joined_to", String(32), comment="the mention it matched best; null for the event's first"),
    Column("kind_rule", Text),
    Column("time_gap_days", Integer, comment="days between the two spans; 0 when they overlap"),
    Column("distance_km", Float),
    Column("distance_limit_km", Float),
    Column("actors", Text),
)

failures = Table(
    "failures", metadata,
    Column("location", Text, primary_key=True, comment="file, file:line or file[record]"),
    Column("source", Text, nullable=False, comment="the file or URL to read again on --retry-failed"),
    Column("line", Integer),
    Column("stage", String(16), nullable=False, comment="read, code or store"),
    Column("reason", Text, nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)

DATA_TABLES = (articles, mentions, evidence, mention_actors, attributions, quotes, places,
               events, event_actors, merge_links, failures)
