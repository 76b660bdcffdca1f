"""The read API over a filled store, on SQLite and PostgreSQL: shapes, keyset pages, filters, one event,
one article, counts and the errors for bad values. The store library is the oracle: the API is a thin layer."""

from __future__ import annotations

import base64
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from frontwire.settings import Settings
from frontwire.store.engine import Store
from frontwire.store.pages import Cursor, decode_cursor, encode_cursor
from frontwire.store.query import EventFilter, EventRecord, find_events
from frontwire.web.app import create_app

ENGINES = ["sqlite", "postgresql"]
ACTOR_KEYS = {"actor_id", "name", "role", "inter", "country"}
SOURCE_KEYS = {"article_id", "outlet", "url", "published", "headline"}
EVENT_KEYS = {
    "id", "kind", "event_type", "sub_event_type", "plover", "status", "status_conflict", "statuses", "location",
    "country", "admin1", "admin2", "lat", "lon", "geo_precision", "time_start", "time_end", "time_precision",
    "fatalities", "fatalities_min", "fatalities_max", "fatalities_conflict", "n_mentions", "n_sources", "n_outlets",
    "first_reported", "actors", "sources",
}
MARKER_KEYS = {"id", "event_type", "sub_event_type", "status_conflict", "location", "admin1", "time_start",
               "n_sources", "fatalities_conflict"}


@pytest.fixture(params=ENGINES)
def store(request: pytest.FixtureRequest, api_store: Any) -> Store:
    server = request.getfixturevalue("postgres") if request.param == "postgresql" else None
    filled: Store = api_store(request.param, server)
    return filled


@pytest.fixture
def lite(api_store: Any) -> Store:
    filled: Store = api_store("sqlite")
    return filled


@pytest.fixture
def client(client_class: Any, store: Store) -> Any:
    return client_class(create_app(Settings(), store))


@pytest.fixture
def lite_client(client_class: Any, lite: Store) -> Any:
    return client_class(create_app(Settings(), lite))


def get_json(client: Any, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


def walk(client: Any, path: str, key: str, **params: Any) -> list[list[dict[str, Any]]]:
    """Every page of a listing, following next_cursor to the end."""
    pages: list[list[dict[str, Any]]] = []
    cursor = None
    while len(pages) < 1000:
        body = get_json(client, path, **params, **({"cursor": cursor} if cursor else {}))
        pages.append(body[key])
        cursor = body["next_cursor"]
        if cursor is None:
            return pages
    raise AssertionError("the pages never end")


def ids_of(records: list[EventRecord]) -> set[str]:
    return {r.event.id for r in records}


def sort_key(event: dict[str, Any]) -> tuple[bool, str, str]:
    """The documented order, as a key that decreases along the pages: dated first, newest, then id."""
    return event["time_start"] is not None, event["time_start"] or "", event["id"]


# --- shapes and pages -------------------------------------------------------------------------------


def test_an_event_has_exactly_the_contract_fields(lite_client: Any) -> None:
    body = get_json(lite_client, "/api/events", limit=50)
    assert set(body) == {"events", "next_cursor"}
    for event in body["events"]:
        assert set(event) == EVENT_KEYS
        assert all(set(a) == ACTOR_KEYS for a in event["actors"])
        assert all(set(s) == SOURCE_KEYS for s in event["sources"])
        assert event["statuses"] and all(isinstance(s, str) and "," not in s for s in event["statuses"])
        for name in ("time_start", "time_end", "first_reported"):
            assert event[name] is None or date.fromisoformat(event[name])
    disputed = [e for e in body["events"] if e["status_conflict"]]
    assert disputed and all(len(e["statuses"]) > 1 for e in disputed)


@pytest.mark.parametrize("limit", [1, 4, 500])
def test_pages_hold_every_event_once_in_order(client: Any, store: Store, limit: int) -> None:
    pages = walk(client, "/api/events", "events", limit=limit)
    events = [e for page in pages for e in page]
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids))
    assert set(ids) == ids_of(find_events(store))
    assert all(len(page) == limit for page in pages[:-1]) and 0 < len(pages[-1]) <= limit
    keys = [sort_key(e) for e in events]
    assert keys == sorted(keys, reverse=True)
    assert keys[-1][0] is False, "the fixture store ends with undated events"


def test_a_page_of_filtered_events_carries_on_where_it_stopped(client: Any, store: Store) -> None:
    pages = walk(client, "/api/events", "events", limit=2, country="SY")
    events = [e for page in pages for e in page]
    assert len(pages) > 2 and len(events) == len({e["id"] for e in events})
    assert [sort_key(e) for e in events] == sorted((sort_key(e) for e in events), reverse=True)
    assert {e["id"] for e in events} == ids_of(find_events(store, EventFilter(country="SY")))


def test_map_pages_hold_every_located_event_once(client: Any, store: Store) -> None:
    pages = walk(client, "/api/events.geojson", "features", limit=4)
    features = [f for page in pages for f in page]
    located = {r.event.id: r for r in find_events(store) if r.event.lat is not None and r.event.lon is not None}
    assert [f["id"] for f in features].count(features[0]["id"]) == 1
    assert {f["id"] for f in features} == set(located)
    assert "evzz0unlocated" not in located and len(located) < len(find_events(store))
    for f in features:
        event = located[f["id"]].event
        assert f["type"] == "Feature" and f["geometry"] == {"type": "Point", "coordinates": [event.lon, event.lat]}
        assert set(f["properties"]) == EVENT_KEYS - {"lat", "lon"}
        assert f["properties"]["actors"] == [a.name for a in located[f["id"]].actors]
        assert f["properties"]["sources"] == [{"article_id": s.article_id, "outlet": s.outlet}
                                              for s in located[f["id"]].sources]
        assert all(set(s) == {"article_id", "outlet"} for s in f["properties"]["sources"])


def test_markers_are_the_map_features_with_only_the_marker_fields(client: Any) -> None:
    full = [f for page in walk(client, "/api/events.geojson", "features", limit=4) for f in page]
    markers = [f for page in walk(client, "/api/events.geojson", "features", limit=4, fields="map") for f in page]
    assert [f["id"] for f in markers] == [f["id"] for f in full]
    for marker, feature in zip(markers, full, strict=True):
        assert set(marker) == {"type", "id", "geometry", "properties"} and marker["geometry"] == feature["geometry"]
        assert marker["properties"] == {k: feature["properties"][k] for k in MARKER_KEYS}


def test_a_map_page_is_a_feature_collection(lite_client: Any) -> None:
    body = get_json(lite_client, "/api/events.geojson", limit=3)
    assert set(body) == {"type", "features", "next_cursor"}
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 3 and body["next_cursor"]


@pytest.mark.parametrize(("path", "cap"), [("/api/events", 500), ("/api/events.geojson", 5000),
                                           ("/api/actors", 1000), ("/api/places", 1000)])
def test_limits_over_the_cap_are_refused(lite_client: Any, path: str, cap: int) -> None:
    assert lite_client.get(path, params={"limit": cap}).status_code == 200
    for bad in (cap + 1, 0):
        response = lite_client.get(path, params={"limit": bad})
        assert response.status_code == 422
        assert response.json()["detail"].startswith("limit: ")


def test_cursors_round_trip_and_refuse_tampering() -> None:
    for cursor in (Cursor(date(2019, 8, 14), "ev1"), Cursor(None, "evzz")):
        token = encode_cursor(cursor)
        assert decode_cursor(token) == cursor and token.isascii() and "=" not in token
    from frontwire.errors import QueryError

    for token in ("", "%%%", base64.urlsafe_b64encode(b'["2019-08-14", 5]').decode(), "WyJ4Il0"):
        with pytest.raises(QueryError, match="cursor"):
            decode_cursor(token)


# --- filters ------------------------------------------------------------------------------------------

FILTERS: list[tuple[str, dict[str, str], EventFilter]] = [
    ("place", {"place": "saraqib"}, EventFilter(place="Saraqib")),
    ("bbox", {"bbox": "36.2,35.5,37.0,36.3"}, EventFilter(bbox=(36.2, 35.5, 37.0, 36.3))),
    ("since", {"since": "2023-01-01"}, EventFilter(since=date(2023, 1, 1))),
    ("until", {"until": "2019-08-14"}, EventFilter(until=date(2019, 8, 14))),
    ("a-week", {"since": "2019-08-12", "until": "2019-08-18"},
     EventFilter(since=date(2019, 8, 12), until=date(2019, 8, 18))),
    ("kind", {"kind": "airstrike"}, EventFilter(kind="airstrike")),
    ("event-type", {"event_type": "Battles"}, EventFilter(event_type="Battles")),
    ("sub-event-type", {"event_type": "air/drone strike"}, EventFilter(event_type="Air/drone strike")),
    ("actor-name", {"actor": "military"}, EventFilter(actor="military")),
    ("actor-id", {"actor": "sy-military"}, EventFilter(actor="sy-military")),
    ("status", {"status": "disputed"}, EventFilter(status="disputed")),
    ("min-sources", {"min_sources": "2"}, EventFilter(min_sources=2)),
    ("text", {"text": "bakery"}, EventFilter(text="bakery")),
    ("country-name", {"country": "Syria"}, EventFilter(country="SY")),
    ("country-iso3", {"country": "SYR"}, EventFilter(country="SY")),
    ("admin1", {"admin1": "idlib"}, EventFilter(admin1="Idlib")),
    ("blank-is-no-filter", {"kind": " ", "country": ""}, EventFilter()),
    ("combined", {"country": "SY", "kind": "airstrike", "min_sources": "2"},
     EventFilter(country="SY", kind="airstrike", min_sources=2)),
]


@pytest.mark.parametrize(("params", "same_as"), [c[1:] for c in FILTERS], ids=[c[0] for c in FILTERS])
def test_filters_match_the_library(client: Any, store: Store, params: dict[str, str], same_as: EventFilter) -> None:
    records = find_events(store, same_as)
    expected = ids_of(records)
    everything = ids_of(find_events(store))
    assert expected and (expected < everything or same_as == EventFilter()), "a filter case should filter"
    listed = {e["id"] for page in walk(client, "/api/events", "events", limit=500, **params) for e in page}
    mapped = {f["id"] for page in walk(client, "/api/events.geojson", "features", **params) for f in page}
    marked = {f["id"] for page in walk(client, "/api/events.geojson", "features", fields="map", **params)
              for f in page}
    assert listed == expected
    assert mapped == marked == {r.event.id for r in records if r.event.lat is not None and r.event.lon is not None}


BAD_VALUES = [
    ("/api/events", {"bbox": "1,2,3"}, "bbox"),
    ("/api/events", {"bbox": "10,0,5,1"}, "bbox"),
    ("/api/events", {"bbox": "a,b,c,d"}, "bbox"),
    ("/api/events", {"bbox": "0,0,1,nan"}, "bbox"),
    ("/api/events", {"since": "2019-02-30"}, "since"),
    ("/api/events", {"since": "2019-09-01", "until": "2019-08-01"}, "since"),
    ("/api/events", {"country": "Narnia"}, "country"),
    ("/api/events", {"status": "rumoured"}, "status"),
    ("/api/events", {"min_sources": "0"}, "min_sources"),
    ("/api/events", {"limit": "many"}, "limit"),
    ("/api/events", {"cursor": "%%%"}, "cursor"),
    ("/api/events.geojson", {"cursor": "WyJ4Il0"}, "cursor"),
    ("/api/events.geojson", {"fields": "all"}, "fields"),
    ("/api/stats/timeline", {"interval": "month"}, "interval"),
    ("/api/actors", {"country": "XX"}, "country"),
    ("/api/places", {"bbox": "0,0"}, "bbox"),
]


@pytest.mark.parametrize(("path", "params", "names"), BAD_VALUES)
def test_bad_values_are_refused_with_a_sentence(lite_client: Any, path: str, params: dict[str, str],
                                                names: str) -> None:
    response = lite_client.get(path, params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.startswith(names), detail


# --- one event, one article ----------------------------------------------------------------------------


def test_one_event_with_every_source_and_why_it_joined(lite_client: Any) -> None:
    (listed,) = get_json(lite_client, "/api/events", min_sources=3)["events"]
    detail = get_json(lite_client, f"/api/events/{listed['id']}")
    assert set(detail) == EVENT_KEYS | {"mentions", "quotes"}
    assert {k: detail[k] for k in EVENT_KEYS} == listed
    mentions = detail["mentions"]
    assert len(mentions) == 3 == detail["n_sources"]
    assert mentions[0]["joined"] is None or mentions[0]["joined"]["joined_to"] is None
    assert all(m["joined"]["joined_to"] in {x["id"] for x in mentions} for m in mentions[1:])
    texts = {m["article_id"]: get_json(lite_client, f"/api/articles/{m['article_id']}")["text"] for m in mentions}
    for mention in mentions:
        assert mention["evidence"]
        assert all(texts[mention["article_id"]][s["start"]:s["end"]] == s["text"] for s in mention["evidence"])
    assert detail["quotes"] and all(texts[q["article_id"]][q["start"]:q["end"]] == q["text"]
                                    for q in detail["quotes"])


@pytest.mark.parametrize(("path", "status"), [("/api/events/evnothere", 404), ("/api/articles/0123abc", 404),
                                            ("/api/events/" + "e" * 65, 422)])
def test_unknown_ids_are_404(lite_client: Any, path: str, status: int) -> None:
    response = lite_client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert isinstance(response.json()["detail"], str)


def test_an_article_with_its_coded_spans(lite_client: Any) -> None:
    (listed,) = get_json(lite_client, "/api/events", min_sources=3)["events"]
    source = next(s for s in listed["sources"] if s["outlet"] == "Levant Wire")
    article = get_json(lite_client, f"/api/articles/{source['article_id']}")
    assert set(article) == {"id", "headline", "standfirst", "outlet", "url", "source", "published", "text", "spans"}
    assert article["headline"] == source["headline"] and article["published"] == "2019-08-14"
    text, spans = article["text"], article["spans"]
    assert [(s["start"], s["end"]) for s in spans] == sorted((s["start"], s["end"]) for s in spans)
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in spans)
    assert {s["kind"] for s in spans} == {"evidence", "place", "quote"}
    evidence = [s for s in spans if s["kind"] == "evidence"]
    assert listed["id"] in {s["event_id"] for s in evidence} and all(s["mention_id"] for s in evidence)
    assert all(s["mention_id"] is None and s["event_id"] is None for s in spans if s["kind"] != "evidence")
    quotes = {text[s["start"]:s["end"]]: s["label"] for s in spans if s["kind"] == "quote"}
    assert "Khaled Haj Omar" in {label for words, label in quotes.items() if "nine bodies" in words}


# --- counts --------------------------------------------------------------------------------------------


def _day(r: EventRecord) -> date | None:
    day: date | None = r.event.time_start or r.event.first_reported
    return day


@pytest.mark.parametrize("interval", ["day", "week"])
@pytest.mark.parametrize("params", [{}, {"country": "SY"}])
def test_timeline_counts_every_dated_event_once(client: Any, store: Store, interval: str,
                                                params: dict[str, str]) -> None:
    body = get_json(client, "/api/stats/timeline", interval=interval, **params)
    buckets = body["buckets"]
    starts = [date.fromisoformat(b["start"]) for b in buckets]
    step = timedelta(days=1 if interval == "day" else 7)
    assert body["interval"] == interval and all(b - a == step for a, b in zip(starts, starts[1:]))
    assert interval == "day" or all(s.weekday() == 0 for s in starts)
    assert all(sum(b["counts"].values()) == b["total"] for b in buckets)
    assert body["types"] == sorted({k for b in buckets for k in b["counts"]})
    records = find_events(store, EventFilter(country=params.get("country")))
    expected: Counter[tuple[date, str]] = Counter()
    for r in records:
        if (day := _day(r)) is not None:
            expected[(day if interval == "day" else day - timedelta(days=day.weekday()), r.event.event_type)] += 1
    found = Counter({(date.fromisoformat(b["start"]), k): n for b in buckets for k, n in b["counts"].items()})
    assert found == expected and sum(expected.values()) > 0


def test_actor_counts_are_events_per_actor(client: Any, store: Store) -> None:
    expected = Counter(a for r in find_events(store, EventFilter(country="SY")) for a in {x.actor_id for x in r.actors})
    listed = get_json(client, "/api/actors", country="SY", limit=1000)["actors"]
    assert {a["actor_id"]: a["events"] for a in listed} == dict(expected)
    assert [a["events"] for a in listed] == sorted((a["events"] for a in listed), reverse=True)
    top = get_json(client, "/api/actors", country="SY", limit=2)["actors"]
    assert top == listed[:2] and top[0]["events"] > 1


def test_place_counts_are_events_per_place(client: Any, store: Store) -> None:
    records = [r.event for r in find_events(store) if r.event.location is not None]
    expected = Counter((e.location, e.country, e.admin1) for e in records)
    listed = get_json(client, "/api/places", limit=1000)["places"]
    assert Counter({(p["location"], p["country"], p["admin1"]): p["events"] for p in listed}) == expected
    assert [p["events"] for p in listed] == sorted((p["events"] for p in listed), reverse=True)
    saraqib = get_json(client, "/api/places", place="Saraqib")["places"]
    assert [(p["location"], p["events"]) for p in saraqib] == [("Saraqib", expected[("Saraqib", "SY", "Idlib")])]


def test_the_schema_is_served_and_the_docs_page_is_not(lite_client: Any) -> None:
    schema = get_json(lite_client, "/api/openapi.json")
    assert set(schema["paths"]) == {"/api/events", "/api/events.geojson", "/api/events/{event_id}",
                                    "/api/articles/{article_id}", "/api/articles", "/api/stats/timeline",
                                    "/api/actors", "/api/places"}
    for path in ("/api/docs", "/docs", "/redoc"):
        assert lite_client.get(path).status_code == 404
