"""The HTTP API's request and response bodies, as pydantic models (the OpenAPI schema comes from these).

Where a store type already has the answer's exact shape (an article with its spans, the timeline,
actor and place counts, quotes, evidence spans) the API answers with it directly instead of a copy of it.
"""

from __future__ import annotations

from datetime import date
from datetime import date as Day  # ArticleIn has a field named date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from frontwire.models import Span
from frontwire.store.counts import ActorCount, PlaceCount
from frontwire.store.pages import MarkerEvent
from frontwire.store.query import QuoteView

Outcome = Literal["new", "unchanged", "updated"]


class Body(BaseModel):
    """A JSON body: fields are exactly those declared."""

    model_config = ConfigDict(extra="forbid")


class Problem(Body):
    """What went wrong, in one sentence."""

    detail: str


class ActorOut(Body):
    """An actor of an event, in a role."""

    actor_id: str
    name: str
    role: str
    inter: int
    country: str | None


class SourceOut(Body):
    """An article that reports an event."""

    article_id: str
    outlet: str | None
    url: str | None
    published: date | None
    headline: str | None


class EventFields(Body):
    """The columns of a merged event that the list, the map and the detail share."""

    id: str
    kind: str
    event_type: str
    sub_event_type: str
    plover: str
    status: str
    status_conflict: bool
    statuses: list[str]
    location: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    geo_precision: int | None
    time_start: date | None
    time_end: date | None
    time_precision: int | None
    fatalities: int | None
    fatalities_min: int | None
    fatalities_max: int | None
    fatalities_conflict: bool
    n_mentions: int
    n_sources: int
    n_outlets: int
    first_reported: date | None


class EventOut(EventFields):
    """A merged event with its coordinates, actors and source articles."""

    lat: float | None
    lon: float | None
    actors: list[ActorOut]
    sources: list[SourceOut]


class EventList(Body):
    """One page of events, newest first; next_cursor fetches the next page (null on the last)."""

    events: list[EventOut]
    next_cursor: str | None


class FeatureSource(Body):
    """A source article of a map feature."""

    article_id: str
    outlet: str | None


class FeatureProperties(EventFields):
    """A map feature's properties: the event without coordinates, actors by name."""

    actors: list[str]
    sources: list[FeatureSource]


class Point(Body):
    """A GeoJSON point: [longitude, latitude]."""

    type: Literal["Point"]
    coordinates: list[float] = Field(min_length=2, max_length=2)


class Feature(Body):
    """One located event as a GeoJSON feature."""

    type: Literal["Feature"]
    id: str
    geometry: Point
    properties: FeatureProperties


class FeatureCollection(Body):
    """A page of located events as GeoJSON; next_cursor is a foreign member for the next page."""

    type: Literal["FeatureCollection"]
    features: list[Feature]
    next_cursor: str | None


class MarkerFeature(Body):
    """One located event as a map marker: a GeoJSON feature with only what the marker shows (fields=map)."""

    type: Literal["Feature"]
    id: str
    geometry: Point
    properties: MarkerEvent


class MarkerCollection(Body):
    """A page of map markers as GeoJSON; next_cursor is a foreign member for the next page."""

    type: Literal["FeatureCollection"]
    features: list[MarkerFeature]
    next_cursor: str | None


class JoinOut(Body):
    """Why a mention was merged into its event (joined_to is null for the event's first mention)."""

    joined_to: str | None
    kind_rule: str | None
    time_gap_days: int | None
    distance_km: float | None
    distance_limit_km: float | None
    actors: str | None


class MentionOut(Body):
    """One source article's account of an event."""

    id: str
    article_id: str
    headline: str | None
    outlet: str | None
    url: str | None
    source: str | None
    published: date | None
    kind: str
    status: str
    place_text: str | None
    place_name: str | None
    time_text: str | None
    fatalities: int | None
    fatalities_text: str | None
    evidence: list[Span]
    actors: list[str]
    joined: JoinOut | None


class EventDetailOut(EventOut):
    """A merged event with every source's account and the quotes in its sources."""

    mentions: list[MentionOut]
    quotes: list[QuoteView]


class ActorsOut(Body):
    """Actors of the matching events, the most often named first."""

    actors: list[ActorCount]


class PlacesOut(Body):
    """Places of the matching events, the busiest first."""

    places: list[PlaceCount]


class ArticleIn(Body):
    """An article to code and store: the text, and what is known about it."""

    text: str = Field(min_length=1)
    headline: str | None = None
    date: Day | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    url: str | None = None
    outlet: str | None = None
    country: str | None = Field(default=None, description="The country the article is about: ISO2, ISO3 or name.")


class StoredOut(Body):
    """What storing a posted article did, and the merged events it is part of."""

    article_id: str
    outcome: Outcome
    events: list[str]
