"""One stored article with the spans frontwire coded in its text: event evidence, places and quotes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import Connection, select

from frontwire.store import schema as t
from frontwire.store.engine import Store

SpanKind = Literal["evidence", "place", "quote"]


@dataclass(frozen=True, slots=True)
class ArticleSpan:
    """A coded stretch of an article's text: [start, end) offsets into ArticleView.text."""

    start: int
    end: int
    kind: SpanKind
    mention_id: str | None
    event_id: str | None
    label: str | None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A stored article: its metadata, its normalised text, and the coded spans in text order."""

    id: str
    headline: str | None
    standfirst: str | None
    outlet: str | None
    url: str | None
    source: str | None
    published: date | None
    text: str
    spans: tuple[ArticleSpan, ...]


def get_article(store: Store, article_id: str) -> ArticleView | None:
    """The article with this id (the sha256 of its text), or None."""
    a = t.articles.c
    query = select(a.id, a.headline, a.standfirst, a.outlet, a.url, a.source, a.published, a.text)
    with store.engine.connect() as conn:
        row = conn.execute(query.where(a.id == article_id)).first()
        if row is None:
            return None
        spans = [*_evidence_spans(conn, article_id), *_place_spans(conn, article_id), *_quote_spans(conn, article_id)]
    spans.sort(key=lambda s: (s.start, s.end, s.kind, s.mention_id or ""))
    return ArticleView(*row, spans=tuple(spans))


def _evidence_spans(conn: Connection, article_id: str) -> list[ArticleSpan]:
    m, ev = t.mentions.c, t.evidence.c
    query = (select(ev.start, ev.end, m.id, m.event_id, m.sub_event_type)
             .join_from(t.evidence, t.mentions, ev.mention_id == m.id).where(m.article_id == article_id))
    return [ArticleSpan(start, end, "evidence", mid, eid, label) for start, end, mid, eid, label in conn.execute(query)]


def _place_spans(conn: Connection, article_id: str) -> list[ArticleSpan]:
    p = t.places.c
    query = select(p.start, p.end, p.name, p.text).where(p.article_id == article_id)
    return [ArticleSpan(start, end, "place", None, None, name or text) for start, end, name, text in conn.execute(query)]


def _quote_spans(conn: Connection, article_id: str) -> list[ArticleSpan]:
    q = t.quotes.c
    query = select(q.start, q.end, q.speaker).where(q.article_id == article_id)
    return [ArticleSpan(start, end, "quote", None, None, speaker) for start, end, speaker in conn.execute(query)]


def article_event_ids(store: Store, article_id: str) -> list[str]:
    """The merged events an article's mentions belong to, in the order the article mentions them."""
    m = t.mentions.c
    query = (select(m.event_id).where(m.article_id == article_id, m.event_id.is_not(None))
             .order_by(m.ordinal))
    with store.engine.connect() as conn:
        return list(dict.fromkeys(conn.scalars(query)))
