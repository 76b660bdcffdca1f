"""The GET endpoints under /api: events (JSON and GeoJSON pages), one event, one article, and counts.

Plain `def` handlers: FastAPI runs them in its thread pool, each with its own pooled connection.
A limit over its cap is refused (422), not clamped, so that a client never silently gets less.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response

from frontwire.store.articles import ArticleView, get_article
from frontwire.store.counts import Interval, Timeline, actor_counts, place_counts, timeline
from frontwire.store.pages import Cursor, page_events, page_map, page_markers
from frontwire.store.query import EventFilter, get_event
from frontwire.web import schemas as s
from frontwire.web.context import AppContext, context
from frontwire.web.convert import detail_out, events_json, features_json, markers_json
from frontwire.web.params import event_filter, page_cursor
from frontwire.web.problems import BAD_VALUE

EVENTS_LIMIT, EVENTS_CAP = 100, 500
FEATURES_LIMIT, FEATURES_CAP = 1000, 5000
COUNTS_LIMIT, COUNTS_CAP = 100, 1000

Ctx = Annotated[AppContext, Depends(context)]
Filter = Annotated[EventFilter, Depends(event_filter)]
After = Annotated[Cursor | None, Depends(page_cursor)]
FeatureFields = Literal["full", "map"]
_FIELDS_HELP = ("full: every column of the event, its actors' names and its sources. map: only what a marker "
                "and its row in a list show (MarkerEvent), read without joins, so pages come several times "
                "faster; get the rest from /api/events/{event_id}.")
NOT_FOUND: dict[int | str, dict[str, object]] = {404: {"model": s.Problem, "description": "No such id."}}


def _json(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def list_events(ctx: Ctx, f: Filter, after: After,
                limit: Annotated[int, Query(ge=1, le=EVENTS_CAP)] = EVENTS_LIMIT) -> Response:
    """Events matching the filters, newest first, a page at a time (follow next_cursor)."""
    return _json(events_json(page_events(ctx.store, f, limit=limit, after=after)))


def events_geojson(ctx: Ctx, f: Filter, after: After,
                   limit: Annotated[int, Query(ge=1, le=FEATURES_CAP)] = FEATURES_LIMIT,
                   fields: Annotated[FeatureFields, Query(description=_FIELDS_HELP)] = "full") -> Response:
    """The located events matching the filters as GeoJSON points, newest first, a page at a time."""
    if fields == "map":
        return _json(markers_json(page_markers(ctx.store, f, limit=limit, after=after)))
    return _json(features_json(page_map(ctx.store, f, limit=limit, after=after)))


def one_event(ctx: Ctx, event_id: Annotated[str, Path(max_length=64)]) -> s.EventDetailOut:
    """One event with each source's account (evidence offsets, why it was merged) and the quotes."""
    detail = get_event(ctx.store, event_id)
    if detail is None:
        raise HTTPException(404, f"event {event_id!r}: no such event")
    return detail_out(detail)


def one_article(ctx: Ctx, article_id: Annotated[str, Path(max_length=64)]) -> ArticleView:
    """One stored article's text with the coded spans (evidence, places, quotes) as offsets into it."""
    view = get_article(ctx.store, article_id)
    if view is None:
        raise HTTPException(404, f"article {article_id!r}: no such article")
    return view


def stats_timeline(ctx: Ctx, f: Filter, interval: Interval = "week") -> Timeline:
    """Matching events per day or week (weeks start on Monday) and event type, gaps filled with zeros."""
    return timeline(ctx.store, f, interval)


def list_actors(ctx: Ctx, f: Filter,
                limit: Annotated[int, Query(ge=1, le=COUNTS_CAP)] = COUNTS_LIMIT) -> s.ActorsOut:
    """The actors of the matching events, the most often named first."""
    return s.ActorsOut(actors=actor_counts(ctx.store, f, limit=limit))


def list_places(ctx: Ctx, f: Filter,
                limit: Annotated[int, Query(ge=1, le=COUNTS_CAP)] = COUNTS_LIMIT) -> s.PlacesOut:
    """The places of the matching events, the busiest first."""
    return s.PlacesOut(places=place_counts(ctx.store, f, limit=limit))


def read_routes() -> APIRouter:
    """A router with every GET endpoint of the API."""
    router = APIRouter(prefix="/api", responses=BAD_VALUE)
    # The listings answer with bytes made by convert; response_model publishes their shape.
    router.add_api_route("/events", list_events, methods=["GET"], tags=["events"], response_model=s.EventList)
    router.add_api_route("/events.geojson", events_geojson, methods=["GET"], tags=["events"],
                         response_model=s.FeatureCollection | s.MarkerCollection,
                         response_description="A FeatureCollection (fields=full) or a MarkerCollection (fields=map).")
    router.add_api_route("/events/{event_id}", one_event, methods=["GET"], tags=["events"], responses=NOT_FOUND)
    router.add_api_route("/articles/{article_id}", one_article, methods=["GET"], tags=["articles"],
                         responses=NOT_FOUND)
    router.add_api_route("/stats/timeline", stats_timeline, methods=["GET"], tags=["counts"])
    router.add_api_route("/actors", list_actors, methods=["GET"], tags=["counts"])
    router.add_api_route("/places", list_places, methods=["GET"], tags=["counts"])
    return router
