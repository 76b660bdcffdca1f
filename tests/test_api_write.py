"""Writing through the API and keeping it safe: POST /api/articles (token, size, type, body), hostile
text returned as data, security headers everywhere, CORS only when configured, and `frontwire serve`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi import FastAPI
from sqlalchemy import func, select

from frontwire.settings import Settings, load_settings
from frontwire.store import schema as t
from frontwire.store.engine import Store, open_store
from frontwire.web.app import create_app
from frontwire.web.security import CONTENT_SECURITY_POLICY

STRIKES = Path(__file__).parent / "fixtures" / "store" / "strikes.jsonl"
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
SECURITY = {"content-security-policy": CONTENT_SECURITY_POLICY, "x-content-type-options": "nosniff",
            "referrer-policy": "no-referrer", "x-frame-options": "DENY"}


def strike(n: int = 0) -> dict[str, Any]:
    """The n-th fixture report as a POST body."""
    record = json.loads(STRIKES.read_text(encoding="utf-8").splitlines()[n])
    return {"text": record["text"], "headline": record["title"], "date": record["date"], "url": record["url"],
            "outlet": record["outlet"]}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "write.db")
    yield opened
    opened.close()


def make_client(client_class: Any, store: Store, res: Any, **settings: Any) -> Any:
    return client_class(create_app(Settings(**settings), store, resources=res))


@pytest.fixture
def client(client_class: Any, store: Store, res: Any) -> Any:
    return make_client(client_class, store, res, api_token=TOKEN)


def n_articles(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(t.articles)) or 0)


# --- who may write -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("token", "headers", "status"), [
    (None, {}, 403),
    (None, AUTH, 403),
    (TOKEN, {}, 401),
    (TOKEN, {"Authorization": "Bearer wrong"}, 401),
    (TOKEN, {"Authorization": f"Basic {TOKEN}"}, 401),
    (TOKEN, {"Authorization": f"Bearer {TOKEN}x"}, 401),
    (TOKEN, AUTH, 201),
])
def test_only_the_token_may_write(client_class: Any, store: Store, res: Any, token: str | None,
                                  headers: dict[str, str], status: int) -> None:
    client = make_client(client_class, store, res, api_token=token)
    response = client.post("/api/articles", json=strike(), headers=headers)
    assert response.status_code == status, response.text
    assert n_articles(store) == (1 if status == 201 else 0)
    if status == 403:
        assert response.json() == {"detail": "writing is off: set api_token"}
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"


def test_a_posted_article_is_coded_stored_and_merged(client: Any) -> None:
    first = client.post("/api/articles", json=strike(0), headers=AUTH)
    assert first.status_code == 201
    body = first.json()
    assert set(body) == {"article_id", "outcome", "events"} and body["outcome"] == "new" and body["events"]
    event = client.get(f"/api/events/{body['events'][0]}").json()
    assert event["kind"] == "airstrike" and event["sources"][0]["outlet"] == "Levant Wire"
    again = client.post("/api/articles", json=strike(0), headers=AUTH).json()
    assert again == {**body, "outcome": "unchanged"}
    second = client.post("/api/articles", json=strike(1), headers=AUTH).json()
    merged = client.get(f"/api/events/{second['events'][0]}").json()
    assert second["outcome"] == "new" and merged["n_sources"] == 2
    assert {x["article_id"] for x in merged["sources"]} == {body["article_id"], second["article_id"]}


def test_a_changed_text_at_the_same_url_updates_the_article(client: Any, store: Store) -> None:
    before = client.post("/api/articles", json=strike(0), headers=AUTH).json()
    changed = {**strike(0), "text": strike(0)["text"].replace("killing nine", "killing seven")}
    after = client.post("/api/articles", json=changed, headers=AUTH).json()
    assert after["outcome"] == "updated" and after["article_id"] != before["article_id"]
    assert n_articles(store) == 1
    assert client.get(f"/api/articles/{before['article_id']}").status_code == 404
    assert client.get(f"/api/events/{after['events'][0]}").json()["fatalities"] == 7


def test_a_plain_text_article_takes_its_date_from_the_query(client: Any) -> None:
    text = strike(3)["text"].encode("utf-8")
    response = client.post("/api/articles?date=2019-08-14&country=Syria", content=text,
                           headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"})
    assert response.status_code == 201, response.text
    article = client.get(f"/api/articles/{response.json()['article_id']}").json()
    assert article["published"] == "2019-08-14" and article["text"] == strike(3)["text"]


def _chunks(data: bytes) -> Iterator[bytes]:
    yield from (data[i:i + 64] for i in range(0, len(data), 64))


@pytest.mark.parametrize(("content", "content_type", "status", "says"), [
    (b"x" * 2001, "text/plain", 413, "limit"),
    (_chunks(b"y" * 2001), "text/plain", 413, "limit"),
    (b"<a>article</a>", "application/xml", 415, "application/json or text/plain"),
    (b"text=hello", "application/x-www-form-urlencoded", 415, "text/plain"),
    (b"hello", None, 415, "nothing"),
    (b"", "text/plain", 400, "empty"),
    (b"   \n", "application/json", 400, "empty"),
    (b"{not json", "application/json", 400, "not JSON"),
    (b'{"headline": "No text"}', "application/json", 422, "text: Field required"),
    (b'{"text": ""}', "application/json", 422, "text:"),
    (b'["a list"]', "application/json", 422, "Input should be"),
    (b'{"text": "Words.", "date": "yesterday"}', "application/json", 422, "date:"),
    (b'{"text": "Words.", "body": "extra"}', "application/json", 422, "body:"),
    (b'{"text": "Rebels attacked a town.", "country": "Narnia"}', "application/json", 422, "country="),
    (b"\x00\x01\x02 binary", "text/plain", 422, "<api>"),
])
def test_bodies_that_cannot_be_stored_are_refused(client_class: Any, store: Store, res: Any, content: Any,
                                                  content_type: str | None, status: int, says: str) -> None:
    client = make_client(client_class, store, res, api_token=TOKEN, max_body_bytes=2000)
    headers = {**AUTH, **({"Content-Type": content_type} if content_type else {})}
    response = client.post("/api/articles", content=content, headers=headers)
    assert response.status_code == status, response.text
    assert says in response.json()["detail"]
    assert n_articles(store) == 0


def test_resources_load_on_the_first_post_and_only_then(client_class: Any, res: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[Settings] = []

    def load(settings: Settings) -> Any:
        loads.append(settings)
        return res

    monkeypatch.setattr("frontwire.web.writing.load_resources", load)
    settings = Settings(api_token=TOKEN, db=str(tmp_path / "lazy.db"))
    with client_class(create_app(settings)) as client:
        assert client.get("/api/events").status_code == 200 and loads == []
        for n in (0, 3):
            assert client.post("/api/articles", json=strike(n), headers=AUTH).status_code == 201
    assert loads == [settings]


# --- hostile text is data ----------------------------------------------------------------------------------


def test_markup_in_an_article_comes_back_verbatim_as_json_data(client: Any) -> None:
    text = (f"Gunmen attacked a police checkpoint near Kunduz on Tuesday, killing three policemen, officials "
            f"said. {SCRIPT}\n\nResidents said the attack lasted an hour {IMAGE} before the gunmen fled.")
    posted = client.post("/api/articles", json={"text": text, "headline": f"Checkpoint attack {IMAGE}",
                                                "date": "2021-06-08", "outlet": f"Wire {SCRIPT}"}, headers=AUTH)
    assert posted.status_code == 201, posted.text
    response = client.get(f"/api/articles/{posted.json()['article_id']}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    article = response.json()
    assert SCRIPT in article["text"] and IMAGE in article["text"]
    assert article["headline"] == f"Checkpoint attack {IMAGE}" and article["outlet"] == f"Wire {SCRIPT}"
    listed = client.get("/api/events", params={"text": "checkpoint"})
    assert listed.headers["content-type"] == "application/json"
    assert any(s["outlet"] == f"Wire {SCRIPT}" for e in listed.json()["events"] for s in e["sources"])


# --- headers and CORS ----------------------------------------------------------------------------------------


@pytest.fixture
def page_client(client_class: Any, store: Store, tmp_path: Path) -> Any:
    static = tmp_path / "static"
    static.mkdir()
    (static / "index.html").write_text("<!doctype html><title>map</title>", encoding="utf-8")
    (static / "app.css").write_text("body { margin: 0 }", encoding="utf-8")
    return client_class(create_app(Settings(), store, static=static))


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/", 200), ("GET", "/static/app.css", 200), ("GET", "/static/missing.js", 404),
    ("GET", "/api/events", 200), ("GET", "/api/openapi.json", 200), ("GET", "/api/events/nothing", 404),
    ("GET", "/api/events?limit=0", 422), ("POST", "/api/articles", 403), ("GET", "/elsewhere", 404),
])
def test_every_response_carries_the_security_headers(page_client: Any, method: str, path: str, status: int) -> None:
    response = page_client.request(method, path)
    assert response.status_code == status
    assert {k: response.headers.get(k) for k in SECURITY} == SECURITY


def test_the_page_is_served_at_the_root(page_client: Any) -> None:
    response = page_client.get("/")
    assert response.headers["content-type"].startswith("text/html") and "<title>map</title>" in response.text


def test_a_missing_page_is_a_json_404(client_class: Any, store: Store, tmp_path: Path) -> None:
    response = client_class(create_app(Settings(), store, static=tmp_path / "none")).get("/")
    assert response.status_code == 404 and "index.html" in response.json()["detail"]


ORIGIN = "https://map.example"


def test_cors_is_off_by_default(page_client: Any) -> None:
    response = page_client.get("/api/events", headers={"Origin": ORIGIN})
    assert "access-control-allow-origin" not in response.headers
    preflight = page_client.options("/api/articles", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_only_the_configured_origins(client_class: Any, store: Store) -> None:
    client = client_class(create_app(Settings(cors_origins=f" {ORIGIN}, https://other.example "), store))
    allowed = client.get("/api/events", headers={"Origin": ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    assert allowed.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "access-control-allow-origin" not in client.get("/api/events", headers={"Origin": "https://evil.example"}).headers
    preflight = client.options("/api/articles", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
                                                         "Access-Control-Request-Headers": "authorization"})
    assert preflight.status_code == 200 and "authorization" in preflight.headers["access-control-allow-headers"].lower()


# --- settings and the serve command ------------------------------------------------------------------------


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FRONTWIRE_API_TOKEN", TOKEN)
    monkeypatch.setenv("FRONTWIRE_CORS_ORIGINS", f"{ORIGIN},,https://other.example")
    monkeypatch.setenv("FRONTWIRE_MAX_BODY_BYTES", "5000")
    settings = load_settings()
    assert (settings.api_token, settings.max_body_bytes) == (TOKEN, 5000)
    assert settings.cors_origin_list() == (ORIGIN, "https://other.example")
    assert Settings().cors_origin_list() == () and Settings().max_body_bytes == 1_000_000


def test_serve_runs_uvicorn_over_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontwire.cli import cli

    calls: list[tuple[FastAPI, dict[str, Any]]] = []
    frozen: list[bool] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **options: calls.append((app, options)))
    monkeypatch.setattr("gc.freeze", lambda: frozen.append(True))
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "served.db"), "--port", "8123"])
    assert result.exit_code == 0, result.output
    ((app, options),) = calls
    app.state.frontwire.store.close()
    assert isinstance(app, FastAPI) and (options["host"], options["port"]) == ("127.0.0.1", 8123)
    assert frozen == [True]
    assert (tmp_path / "served.db").is_file()
    assert "Example: frontwire serve" in CliRunner().invoke(cli, ["serve", "--help"]).output
