"""One Coding as the rows it adds to each table: the only place that maps models onto columns."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from frontwire.models import ActorRef, Article, Attribution, Coding, Event, Place, Quote, Span

Row = Mapping[str, Any]
_STDIN_PREFIX = "<"


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """Everything one coded article writes, table by table, ready for executemany."""

    article: Row
    mentions: tuple[Row, ...]
    evidence: tuple[Row, ...]
    mention_actors: tuple[Row, ...]
    attributions: tuple[Row, ...]
    quotes: tuple[Row, ...]
    places: tuple[Row, ...]


def article_key(article: Article) -> str | None:
    """What identifies 'the same article' across versions: its URL, else the file it came from.

    Standard input has no lasting name, so an article read from it is known by its text alone.
    """
    if article.url:
        return article.url
    if article.source and not article.source.startswith(_STDIN_PREFIX):
        return article.source
    return None


def mention_id(article_id: str, event: Event, ordinal: int) -> str:
    """A stable id for one event mention of one article version."""
    return hashlib.sha256(f"{article_id}:{ordinal}:{event.id}".encode()).hexdigest()[:24]


def coding_rows(coding: Coding, *, coded_at: datetime) -> ArticleRows:
    """The rows of every table for one coded article."""
    art = coding.article
    ids = [mention_id(art.id, e, i) for i, e in enumerate(coding.events)]
    pairs = list(zip(ids, coding.events, strict=True))
    return ArticleRows(
        article=_article_row(art, n_events=len(coding.events), coded_at=coded_at),
        mentions=tuple(_mention_row(mid, art.id, i, e) for i, (mid, e) in enumerate(pairs)),
        evidence=tuple(_span_row(mid, n, s) for mid, e in pairs for n, s in enumerate(e.evidence)),
        mention_actors=tuple(_actor_row(mid, n, a) for mid, e in pairs for n, a in enumerate(e.actors)),
        attributions=tuple(_attribution_row(mid, n, a) for mid, e in pairs for n, a in enumerate(e.attributions)),
        quotes=_quote_rows(art.id, coding.quotes),
        places=tuple(_place_row(art.id, n, p) for n, p in enumerate(coding.places)),
    )


def _article_row(art: Article, *, n_events: int, coded_at: datetime) -> Row:
    return {
        "id": art.id, "key": article_key(art), "source": art.source, "url": art.url, "outlet": art.outlet,
        "headline": art.headline, "standfirst": art.standfirst, "published": art.published,
        "date_source": art.date_source, "language": art.language, "credited": json.dumps(list(art.credited)),
        "caption": art.caption, "text": art.text, "n_events": n_events, "coded_at": coded_at,
    }


def _mention_row(mid: str, article_id: str, ordinal: int, event: Event) -> Row:
    row: dict[str, Any] = {
        "id": mid, "article_id": article_id, "ordinal": ordinal, "event_id": None, "extract_id": event.id,
        "kind": event.kind, "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "plover": event.plover, "status": event.status, "salience": float(event.salience),
    }
    row.update(_place_columns(event.place))
    time = event.time
    row.update(time_text=time.text if time else None, time_start=time.start if time else None,
               time_end=time.end if time else None, time_precision=time.time_precision if time else None)
    row.update(fatalities=event.fatalities.count if event.fatalities else None,
               fatalities_text=event.fatalities.span.text if event.fatalities else None,
               injured=event.injured.count if event.injured else None,
               displaced=event.displaced.count if event.displaced else None)
    return row


def _place_columns(place: Place | None) -> dict[str, Any]:
    entry = place.entry if place else None
    lat = place.lat if place and place.lat is not None else (entry.lat if entry else None)
    lon = place.lon if place and place.lon is not None else (entry.lon if entry else None)
    return {
        "place_text": place.text if place else None, "place_name": entry.name if entry else None,
        "geonameid": entry.geonameid if entry else None, "feature": entry.feature if entry else None,
        "country": entry.country if entry else None, "admin1": entry.admin1 if entry else None,
        "admin2": entry.admin2 if entry else None, "lat": lat, "lon": lon,
        "geo_precision": place.geo_precision if place else None,
    }


def _span_row(mid: str, position: int, span: Span) -> Row:
    return {"mention_id": mid, "position": position, "start": span.start, "end": span.end, "text": span.text}


def _actor_row(mid: str, position: int, actor: ActorRef) -> Row:
    return {"mention_id": mid, "position": position, "actor_id": actor.id, "name": actor.name,
            "role": actor.role, "inter": actor.inter, "country": actor.country, "text": actor.text}


def _attribution_row(mid: str, position: int, att: Attribution) -> Row:
    return {"mention_id": mid, "position": position, "speaker": att.speaker, "role": att.role,
            "organization": att.organization, "channel": att.channel, "quote_id": att.quote_id}


def _quote_rows(article_id: str, quotes: tuple[Quote, ...]) -> tuple[Row, ...]:
    seen: set[str] = set()
    rows = []
    for position, quote in enumerate(quotes):
        # The quote id is the key within an article; a repeated id would be the same quote again.
        if quote.id in seen:
            continue
        seen.add(quote.id)
        rows.append({
            "article_id": article_id, "quote_id": quote.id, "position": position, "speaker": quote.speaker,
            "text": quote.text, "direct": quote.direct, "title": quote.title, "role": quote.role,
            "organization": quote.organization, "channel": quote.channel,
            "start": quote.span.start, "end": quote.span.end,
        })
    return tuple(rows)


def _place_row(article_id: str, position: int, place: Place) -> Row:
    cols = _place_columns(place)
    return {
        "article_id": article_id, "position": position, "text": place.text, "name": cols["place_name"],
        "geonameid": cols["geonameid"], "country": cols["country"], "admin1": cols["admin1"],
        "admin2": cols["admin2"], "feature": cols["feature"], "lat": cols["lat"], "lon": cols["lon"],
        "geo_precision": place.geo_precision, "qualifier": place.qualifier,
        "start": place.span.start, "end": place.span.end,
    }
