"""A Coding as the JSON output contract and as a brief a person reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontwire.models import ActorRef, Article, Attribution, Coding, Event, Figure, Interaction, Place, Quote, Span, TimeSpan

JSON = dict[str, Any]


def _span(span: Span) -> JSON:
    return {"start": span.start, "end": span.end, "text": span.text}


def article_dict(article: Article) -> JSON:
    """The article block of the contract."""
    return {
        "id": article.id, "headline": article.headline, "standfirst": article.standfirst,
        "published": article.published.isoformat() if article.published else None,
        "date_source": article.date_source, "outlet": article.outlet, "url": article.url,
        "credited": list(article.credited), "media_credits": list(article.media_credits),
        "caption": article.caption, "language": article.language, "source": article.source,
        "paragraphs": [{"start": p.start, "end": p.end, "text": p.text, "role": p.role} for p in article.paragraphs],
        "body_paragraphs": len(article.body()),
    }


def actor_dict(actor: ActorRef) -> JSON:
    """One actor of an event."""
    return {"text": actor.text, "name": actor.name, "id": actor.id, "role": actor.role,
            "inter": actor.inter, "country": actor.country,
            "start": actor.span.start if actor.span else None, "end": actor.span.end if actor.span else None}


def place_dict(place: Place) -> JSON:
    """A resolved place, with its gazetteer entry and precision."""
    entry = place.entry
    return {
        "text": place.text, "start": place.span.start, "end": place.span.end,
        "name": entry.name if entry else None, "geonameid": entry.geonameid if entry else None,
        "lat": place.lat, "lon": place.lon, "country": entry.country if entry else None,
        "admin1": entry.admin1 if entry else None, "admin2": entry.admin2 if entry else None,
        "feature": entry.feature if entry else None,
        "geo_precision": place.geo_precision, "qualifier": place.qualifier,
        "ambiguous": [{"name": e.name, "geonameid": e.geonameid, "country": e.country, "lat": e.lat, "lon": e.lon}
                      for e in place.ambiguous],
    }


def time_dict(time: TimeSpan) -> JSON:
    """An event's time span with ACLED time_precision."""
    return {"text": time.text, "start": time.start.isoformat() if time.start else None,
            "end": time.end.isoformat() if time.end else None, "time_precision": time.time_precision,
            "evidence": _span(time.span) if time.span else None}


def figure_dict(figure: Figure | None) -> JSON | None:
    """A casualty or displacement figure."""
    if figure is None:
        return None
    return {"text": figure.span.text, "count": figure.count, "qualifier": figure.qualifier, "who": figure.who,
            "start": figure.span.start, "end": figure.span.end}


def attribution_dict(att: Attribution) -> JSON:
    """Who says an event happened."""
    return {"speaker": att.speaker, "role": att.role, "organization": att.organization,
            "channel": att.channel, "quote_id": att.quote_id}


def event_dict(event: Event) -> JSON:
    """One event of the contract."""
    return {
        "id": event.id, "kind": event.kind, "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "plover": event.plover, "status": event.status, "actors": [actor_dict(a) for a in event.actors],
        "place": place_dict(event.place) if event.place else None,
        "time": time_dict(event.time) if event.time else None,
        "fatalities": figure_dict(event.fatalities), "injured": figure_dict(event.injured),
        "displaced": figure_dict(event.displaced),
        "attributions": [attribution_dict(a) for a in event.attributions],
        "evidence": [_span(s) for s in event.evidence], "salience": round(event.salience, 3),
    }


def quote_dict(quote: Quote) -> JSON:
    """One quote of the contract."""
    return {"id": quote.id, "speaker": quote.speaker, "title": quote.title, "role": quote.role,
            "organization": quote.organization, "channel": quote.channel, "direct": quote.direct,
            "group": quote.group, "text": quote.text, "start": quote.span.start, "end": quote.span.end}


def interaction_dict(item: Interaction) -> JSON:
    """One verbal or diplomatic interaction (PLOVER), outside ACLED's events."""
    return {"kind": item.kind, "plover": item.plover, "status": item.status,
            "actors": [actor_dict(a) for a in item.actors], "trigger": _span(item.trigger),
            "governs_event": item.governs, "evidence": [_span(item.sentence)]}


def coding_to_dict(coding: Coding) -> JSON:
    """The whole output contract of `frontwire brief --json` for one article."""
    return {
        "article": article_dict(coding.article),
        "events": [event_dict(e) for e in coding.events],
        "quotes": [quote_dict(q) for q in coding.quotes],
        "places": [place_dict(p) for p in coding.places],
        "interactions": [interaction_dict(i) for i in coding.interactions],
    }
