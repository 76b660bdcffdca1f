"""Revision 0001: the event store's first schema (articles, mentions and their evidence, actors,
attributions, quotes, places, merged events, merge links, failures).

Written out table by table, not read from frontwire.store.schema, so that this revision stays what
it was when later revisions change the schema.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _articles()
    _events()
    _failures()
    _event_actors()
    _mentions()
    _places()
    _quotes()
    _attributions()
    _evidence()
    _mention_actors()
    _merge_links()


def _articles() -> None:
    op.create_table('articles',
    sa.Column('id', sa.String(length=64), nullable=False, comment='sha256 of the normalised text'),
    sa.Column('key', sa.Text(), nullable=True, comment='url, else the file (and line) it came from'),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('headline', sa.Text(), nullable=True),
    sa.Column('standfirst', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('date_source', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('credited', sa.Text(), nullable=False, comment='JSON list of credited agencies'),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('n_events', sa.Integer(), nullable=False),
    sa.Column('coded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('key', name=op.f('uq_articles_key'))
    )


def _events() -> None:
    op.create_table('events',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('event_type', sa.Text(), nullable=False),
    sa.Column('sub_event_type', sa.Text(), nullable=False),
    sa.Column('plover', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_conflict', sa.Boolean(), nullable=False),
    sa.Column('statuses', sa.Text(), nullable=False, comment='the distinct statuses its sources report, comma-separated'),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin2', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('time_start', sa.Date(), nullable=True),
    sa.Column('time_end', sa.Date(), nullable=True),
    sa.Column('time_precision', sa.Integer(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True, comment='the most conservative (lowest) figure reported'),
    sa.Column('fatalities_min', sa.Integer(), nullable=True),
    sa.Column('fatalities_max', sa.Integer(), nullable=True),
    sa.Column('fatalities_conflict', sa.Boolean(), nullable=False),
    sa.Column('n_mentions', sa.Integer(), nullable=False),
    sa.Column('n_sources', sa.Integer(), nullable=False, comment='distinct articles'),
    sa.Column('n_outlets', sa.Integer(), nullable=False, comment='distinct named outlets'),
    sa.Column('first_reported', sa.Date(), nullable=True),
    sa.Column('first_article_id', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    op.create_index('ix_events_country', 'events', ['country'], unique=False)
    op.create_index('ix_events_event_type', 'events', ['event_type'], unique=False)
    op.create_index('ix_events_time_start', 'events', ['time_start'], unique=False)


def _failures() -> None:
    op.create_table('failures',
    sa.Column('location', sa.Text(), nullable=False, comment='file, file:line or file[record]'),
    sa.Column('source', sa.Text(), nullable=False, comment='the file or URL to read again on --retry-failed'),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('stage', sa.String(length=16), nullable=False, comment='read, code or store'),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('failed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('location', name=op.f('pk_failures'))
    )


def _event_actors() -> None:
    op.create_table('event_actors',
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('inter', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('mentions', sa.Integer(), nullable=False, comment="how many of the event's mentions name it so"),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_actors_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'position', name=op.f('pk_event_actors'))
    )
    op.create_index(op.f('ix_event_actors_actor_id'), 'event_actors', ['actor_id'], unique=False)


def _mentions() -> None:
    op.create_table('mentions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=32), nullable=True),
    sa.Column('extract_id', sa.String(length=64), nullable=False, comment='the event id the extractor gave'),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('event_type', sa.Text(), nullable=False),
    sa.Column('sub_event_type', sa.Text(), nullable=False),
    sa.Column('plover', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('salience', sa.Float(), nullable=False),
    sa.Column('place_text', sa.Text(), nullable=True),
    sa.Column('place_name', sa.Text(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('feature', sa.String(length=16), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin2', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('time_text', sa.Text(), nullable=True),
    sa.Column('time_start', sa.Date(), nullable=True),
    sa.Column('time_end', sa.Date(), nullable=True),
    sa.Column('time_precision', sa.Integer(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('fatalities_text', sa.Text(), nullable=True),
    sa.Column('injured', sa.Integer(), nullable=True),
    sa.Column('displaced', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_mentions_event_id_events'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    op.create_index(op.f('ix_mentions_article_id'), 'mentions', ['article_id'], unique=False)
    op.create_index(op.f('ix_mentions_event_id'), 'mentions', ['event_id'], unique=False)


def _places() -> None:
    op.create_table('places',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin2', sa.Text(), nullable=True),
    sa.Column('feature', sa.String(length=16), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=False),
    sa.Column('qualifier', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_places_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'position', name=op.f('pk_places'))
    )


def _quotes() -> None:
    op.create_table('quotes',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('quote_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('direct', sa.Boolean(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('organization', sa.Text(), nullable=True),
    sa.Column('channel', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'quote_id', name=op.f('pk_quotes'))
    )


def _attributions() -> None:
    op.create_table('attributions',
    sa.Column('mention_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('organization', sa.Text(), nullable=True),
    sa.Column('channel', sa.Text(), nullable=True),
    sa.Column('quote_id', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_attributions_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', 'position', name=op.f('pk_attributions'))
    )


def _evidence() -> None:
    op.create_table('evidence',
    sa.Column('mention_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_evidence_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', 'position', name=op.f('pk_evidence'))
    )


def _mention_actors() -> None:
    op.create_table('mention_actors',
    sa.Column('mention_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('inter', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_mention_actors_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', 'position', name=op.f('pk_mention_actors'))
    )
    op.create_index(op.f('ix_mention_actors_actor_id'), 'mention_actors', ['actor_id'], unique=False)


def _merge_links() -> None:
    op.create_table('merge_links',
    sa.Column('mention_id', sa.String(length=32), nullable=False),
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('joined_to', sa.String(length=32), nullable=True, comment="the mention it matched best; null for the event's first"),
    sa.Column('kind_rule', sa.Text(), nullable=True),
    sa.Column('time_gap_days', sa.Integer(), nullable=True, comment='days between the two spans; 0 when they overlap'),
    sa.Column('distance_km', sa.Float(), nullable=True),
    sa.Column('distance_limit_km', sa.Float(), nullable=True),
    sa.Column('actors', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_merge_links_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_merge_links_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', name=op.f('pk_merge_links'))
    )
    op.create_index(op.f('ix_merge_links_event_id'), 'merge_links', ['event_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_merge_links_event_id'), table_name='merge_links')
    op.drop_table('merge_links')
    op.drop_index(op.f('ix_mention_actors_actor_id'), table_name='mention_actors')
    op.drop_table('mention_actors')
    op.drop_table('evidence')
    op.drop_table('attributions')
    op.drop_table('quotes')
    op.drop_table('places')
    op.drop_index(op.f('ix_mentions_event_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_article_id'), table_name='mentions')
    op.drop_table('mentions')
    op.drop_index(op.f('ix_event_actors_actor_id'), table_name='event_actors')
    op.drop_table('event_actors')
    op.drop_table('failures')
    op.drop_index('ix_events_time_start', table_name='events')
    op.drop_index('ix_events_event_type', table_name='events')
    op.drop_index('ix_events_country', table_name='events')
    op.drop_table('events')
    op.drop_table('articles')
