"""The API's promises checked against its own OpenAPI document: every GET endpoint's actual answers
(and its error answers) must fit the schemas /api/openapi.json publishes.

The validator covers the JSON-schema subset FastAPI emits: $ref, type, properties, required,
additionalProperties, items, anyOf (null for optional fields), enum/const, min/max items, formats.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.settings import Settings
from frontwire.store.engine import Store
from frontwire.web.app import create_app

JsonSchema = dict[str, Any]
_TYPES: dict[str, tuple[type, ...]] = {"object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,),
                                       "integer": (int,), "number": (int, float), "null": (type(None),)}


def problems(value: Any, schema: JsonSchema, spec: JsonSchema, where: str = "$") -> list[str]:
    """Where value breaks schema (an empty list when it fits)."""
    if "$ref" in schema:
        return problems(value, _resolve(spec, schema["$ref"]), spec, where)
    if "anyOf" in schema:
        options = [problems(value, option, spec, where) for option in schema["anyOf"]]
        return [] if any(not found for found in options) else [f"{where}: fits no anyOf option: {options}"]
    found = _type_problems(value, schema, where)
    if found:
        return found
    if "const" in schema and value != schema["const"]:
        return [f"{where}: {value!r} is not {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not one of {schema['enum']}"]
    if schema.get("format") == "date" and isinstance(value, str):
        try:
            date.fromisoformat(value)
        except ValueError:
            return [f"{where}: {value!r} is not a date"]
    if isinstance(value, dict):
        return _object_problems(value, schema, spec, where)
    if isinstance(value, list):
        return _array_problems(value, schema, spec, where)
    return []


def _resolve(spec: JsonSchema, ref: str) -> JsonSchema:
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return dict(node)


def _type_problems(value: Any, schema: JsonSchema, where: str) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    fits = isinstance(value, _TYPES[kind]) and not (kind in ("integer", "number") and isinstance(value, bool))
    return [] if fits else [f"{where}: {value!r} is not of type {kind}"]


def _object_problems(value: dict[str, Any], schema: JsonSchema, spec: JsonSchema, where: str) -> list[str]:
    found = [f"{where}: missing {key}" for key in schema.get("required", ()) if key not in value]
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            found += problems(item, properties[key], spec, f"{where}.{key}")
        elif extra is False:
            found.append(f"{where}: unexpected {key}")
        elif isinstance(extra, dict):
            found += problems(item, extra, spec, f"{where}.{key}")
    return found


def _array_problems(value: list[Any], schema: JsonSchema, spec: JsonSchema, where: str) -> list[str]:
    found = []
    if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
        found.append(f"{where}: {len(value)} items is outside the allowed count")
    for n, item in enumerate(value):
        found += problems(item, schema.get("items", {}), spec, f"{where}[{n}]")
    return found


def test_the_validator_catches_what_it_should() -> None:
    spec = {"components": {"schemas": {"P": {"type": "object", "required": ["a"], "additionalProperties": False,
                                             "properties": {"a": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                                                            "d": {"type": "string", "format": "date"}}}}}}
    ref = {"$ref": "#/components/schemas/P"}
    assert problems({"a": 1, "d": "2019-08-14"}, ref, spec) == [] and problems({"a": None}, ref, spec) == []
    for bad in ({}, {"a": "1"}, {"a": True}, {"a": 1, "b": 2}, {"a": 1, "d": "2019-02-30"}, [1]):
        assert problems(bad, ref, spec), bad
    assert problems([1, "x"], {"type": "array", "items": {"type": "integer"}}, spec) == ["$[1]: 'x' is not of type integer"]


@pytest.fixture(scope="module")
def served(api_store: Any, client_class: Any) -> tuple[Any, JsonSchema, Store]:
    store: Store = api_store("sqlite")
    client = client_class(create_app(Settings(), store))
    return client, client.get("/api/openapi.json").json(), store


def _some_ids(client: Any) -> tuple[str, str]:
    event = client.get("/api/events", params={"min_sources": 3}).json()["events"][0]
    return event["id"], event["sources"][0]["article_id"]


def _urls(client: Any) -> dict[str, list[str]]:
    """Requests that exercise every GET endpoint: plain, filtered, later pages, empty answers."""
    event_id, article_id = _some_ids(client)
    cursor = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    feature_cursor = client.get("/api/events.geojson", params={"limit": 2}).json()["next_cursor"]
    return {
        "/api/events": ["/api/events", "/api/events?limit=3&country=SY", f"/api/events?limit=2&cursor={cursor}",
                        "/api/events?kind=nothing-like-this"],
        "/api/events.geojson": ["/api/events.geojson", f"/api/events.geojson?limit=2&cursor={feature_cursor}",
                                "/api/events.geojson?bbox=36.2,35.5,37.0,36.3", "/api/events.geojson?fields=map",
                                f"/api/events.geojson?fields=map&limit=2&cursor={feature_cursor}"],
        "/api/events/{event_id}": [f"/api/events/{event_id}", "/api/events/evzz0undated0b"],
        "/api/articles/{article_id}": [f"/api/articles/{article_id}"],
        "/api/stats/timeline": ["/api/stats/timeline", "/api/stats/timeline?interval=day&country=SY",
                                "/api/stats/timeline?since=2030-01-01"],
        "/api/actors": ["/api/actors", "/api/actors?limit=2&min_sources=2"],
        "/api/places": ["/api/places", "/api/places?country=Syria"],
    }


def _schema_of(spec: JsonSchema, path: str, status: str) -> JsonSchema:
    schema: JsonSchema = spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]
    return schema


def test_every_get_endpoint_answers_as_its_schema_says(served: tuple[Any, JsonSchema, Store]) -> None:
    client, spec, _store = served
    urls = _urls(client)
    assert set(urls) == {p for p, ops in spec["paths"].items() if "get" in ops}
    for path, requests in urls.items():
        for url in requests:
            response = client.get(url)
            assert response.status_code == 200, (url, response.text)
            assert problems(response.json(), _schema_of(spec, path, "200"), spec) == [], url


@pytest.mark.parametrize(("path", "url", "status"), [
    ("/api/events", "/api/events?limit=9999", "422"),
    ("/api/events.geojson", "/api/events.geojson?bbox=x", "422"),
    ("/api/stats/timeline", "/api/stats/timeline?interval=year", "422"),
    ("/api/events/{event_id}", "/api/events/evnothing", "404"),
    ("/api/articles/{article_id}", "/api/articles/0000", "404"),
])
def test_error_answers_fit_the_published_error_schema(served: tuple[Any, JsonSchema, Store], path: str, url: str,
                                                      status: str) -> None:
    client, spec, _store = served
    response = client.get(url)
    assert str(response.status_code) == status
    assert problems(response.json(), _schema_of(spec, path, status), spec) == []


def test_the_write_endpoint_publishes_both_body_types_and_its_errors(served: tuple[Any, JsonSchema, Store]) -> None:
    _client, spec, _store = served
    post = spec["paths"]["/api/articles"]["post"]
    assert set(post["requestBody"]["content"]) == {"application/json", "text/plain"}
    assert {"201", "400", "401", "403", "413", "415", "422"} <= set(post["responses"])
    body = post["requestBody"]["content"]["application/json"]["schema"]
    assert problems({"text": "Words.", "date": "2019-08-14"}, body, spec) == []
    assert problems({"headline": "no text"}, body, spec) != []
