"""Store records -> API response bodies: the one place that maps the store's types onto the JSON shapes."""

from __future__ import annotations

from typing import Any

from frontwire.store.combine import EventSummary
from frontwire.store.ingest import StoredArticle
from frontwire.store.query import EventDetail, EventRecord, MentionView
from frontwire.web import schemas as s

_OUTCOMES: dict[str, s.Outcome] = {"new": "new", "skipped": "unchanged", "replaced": "updated"}
_SHARED = tuple(name for name in s.EventFields.model_fields if name != "statuses")


def _fields(event: EventSummary) -> dict[str, Any]:
    values = {name: getattr(event, name) for name in _SHARED}
    values["statuses"] = [x for x in event.statuses.split(",") if x]
    return values


def event_out(record: EventRecord) -> s.EventOut:
    """An event with its coordinates, actors and sources."""
    event = record.event
    return s.EventOut(
        **_fields(event), lat=event.lat, lon=event.lon,
        actors=[s.ActorOut(actor_id=a.actor_id, name=a.name, role=a.role, inter=a.inter, country=a.country)
                for a in record.actors],
        sources=[s.SourceOut(article_id=r.article_id, outlet=r.outlet, url=r.url, published=r.published,
                             headline=r.headline) for r in record.sources],
    )


def feature(record: EventRecord) -> s.Feature:
    """A located event as a GeoJSON feature (the caller leaves out events without coordinates)."""
    event = record.event
    if event.lat is None or event.lon is None:
        raise ValueError(f"event {event.id} has no coordinates")
    properties = s.FeatureProperties(
        **_fields(event), actors=[a.name for a in record.actors],
        sources=[s.FeatureSource(article_id=r.article_id, outlet=r.outlet) for r in record.sources],
    )
    point = s.Point(type="Point", coordinates=[event.lon, event.lat])
    return s.Feature(type="Feature", id=event.id, geometry=point, properties=properties)


def _mention(m: MentionView) -> s.MentionOut:
    link = m.link
    joined = None if link is None else s.JoinOut(
        joined_to=link.joined_to, kind_rule=link.kind_rule, time_gap_days=link.time_gap_days,
        distance_km=link.distance_km, distance_limit_km=link.distance_limit_km, actors=link.actors)
    return s.MentionOut(
        id=m.id, article_id=m.article_id, headline=m.headline, outlet=m.outlet, url=m.url, source=m.source,
        published=m.published, kind=m.kind, status=m.status, place_text=m.place_text, place_name=m.place_name,
        time_text=m.time_text, fatalities=m.fatalities, fatalities_text=m.fatalities_text,
        evidence=list(m.evidence),
        actors=list(m.actors), joined=joined,
    )


def detail_out(detail: EventDetail) -> s.EventDetailOut:
    """An event with every source's account and the quotes of its sources."""
    base = event_out(detail.record)
    return s.EventDetailOut(**dict(base), mentions=[_mention(m) for m in detail.mentions],
                            quotes=list(detail.quotes))


def stored_out(stored: StoredArticle) -> s.StoredOut:
    """The outcome of a POST, in the API's words (unchanged, updated)."""
    return s.StoredOut(article_id=stored.article_id, outcome=_OUTCOMES[stored.outcome],
                       events=list(stored.event_ids))
