"""Store records -> API response bodies: the one place that maps the store's types onto the JSON shapes.

The listings (/api/events and /api/events.geojson, up to 5000 events a page) are built as plain
data and encoded by pydantic-core straight to JSON bytes: building a model per event costs more
than the database does. Their shapes are schemas.EventList, schemas.FeatureCollection and
schemas.MarkerCollection, which the OpenAPI document publishes and the contract test checks the
bytes against.
"""

from __future__ import annotations

from functools import cache
from operator import attrgetter
from typing import Any

from pydantic_core import to_json

from frontwire.store.combine import EventSummary
from frontwire.store.ingest import StoredArticle
from frontwire.store.pages import Cursor, EventPage, MapEvent, MapPage, Marker, MarkerPage, encode_cursor
from frontwire.store.query import EventDetail, EventRecord, MentionView
from frontwire.web import schemas as s

_OUTCOMES: dict[str, s.Outcome] = {"new": "new", "skipped": "unchanged", "replaced": "updated"}


@cache
def _shared() -> tuple[tuple[str, ...], attrgetter[Any]]:
    names = tuple(name for name in s.EventFields.model_fields if name != "statuses")
    return names, attrgetter(*names)


def _fields(event: EventSummary) -> dict[str, Any]:
    names, values_of = _shared()
    values = dict(zip(names, values_of(event), strict=True))
    values["statuses"] = [x for x in event.statuses.split(",") if x]
    return values


def _event(record: EventRecord) -> dict[str, Any]:
    """An event with its coordinates, actors and sources (schemas.EventOut)."""
    event = record.event
    values = _fields(event)
    values.update(
        lat=event.lat, lon=event.lon,
        actors=[{"actor_id": a.actor_id, "name": a.name, "role": a.role, "inter": a.inter, "country": a.country}
                for a in record.actors],
        sources=[{"article_id": r.article_id, "outlet": r.outlet, "url": r.url, "published": r.published,
                  "headline": r.headline} for r in record.sources],
    )
    return values


def _feature(located: MapEvent) -> dict[str, Any]:
    """A located event as a GeoJSON feature (schemas.Feature)."""
    event = located.event
    if event.lat is None or event.lon is None:
        raise ValueError(f"event {event.id} has no coordinates")
    properties = _fields(event)
    properties.update(actors=list(located.actor_names),
                      sources=[{"article_id": article_id, "outlet": outlet} for article_id, outlet in located.sources])
    return {"type": "Feature", "id": event.id, "geometry": {"type": "Point", "coordinates": [event.lon, event.lat]},
            "properties": properties}


def _marker(marker: Marker) -> dict[str, Any]:
    """A marker as a GeoJSON feature (schemas.MarkerFeature); pydantic-core encodes the dataclass itself."""
    return {"type": "Feature", "id": marker.event.id,
            "geometry": {"type": "Point", "coordinates": [marker.lon, marker.lat]}, "properties": marker.event}


def _token(cursor: Cursor | None) -> str | None:
    return encode_cursor(cursor) if cursor else None


def events_json(page: EventPage) -> bytes:
    """A page of events as the JSON body of /api/events."""
    return to_json({"events": [_event(r) for r in page.records], "next_cursor": _token(page.next_cursor)})


def features_json(page: MapPage) -> bytes:
    """A page of located events as the GeoJSON body of /api/events.geojson."""
    return to_json({"type": "FeatureCollection", "features": [_feature(e) for e in page.events],
                    "next_cursor": _token(page.next_cursor)})


def markers_json(page: MarkerPage) -> bytes:
    """A page of map markers as the GeoJSON body of /api/events.geojson?fields=map."""
    return to_json({"type": "FeatureCollection", "features": [_marker(m) for m in page.markers],
                    "next_cursor": _token(page.next_cursor)})


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
    return s.EventDetailOut(**_event(detail.record), mentions=[_mention(m) for m in detail.mentions],
                            quotes=list(detail.quotes))


def stored_out(stored: StoredArticle) -> s.StoredOut:
    """The outcome of a POST, in the API's words (unchanged, updated)."""
    return s.StoredOut(article_id=stored.article_id, outcome=_OUTCOMES[stored.outcome],
                       events=list(stored.event_ids))
