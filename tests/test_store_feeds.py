"""What ingest reads: feeds (files and URLs through a mock transport), folders, globs, failures."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read import ReadFailure
from frontwire.store.feeds import USER_AGENT, html_to_text, iter_url, looks_like_feed, make_client, read_feed
from frontwire.store.inputs import ReadOptions, expand, read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "store"
FEED = (FIXTURES / "feed.rss").read_bytes()
PAGE = b"""<!doctype html><html><head><title>Clinic hit in Ariha</title>
<meta property="og:site_name" content="Valley Herald"></head><body><article><h1>Clinic hit in Ariha</h1>
<p>A rocket struck a clinic in the town of Ariha on Tuesday morning, wounding two nurses and a patient, the
clinic's director said.</p><p>The director said the building had been marked clearly as a medical facility and
that staff had moved the remaining patients to a school across the street.</p></article></body></html>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ridge Times</title>
<entry><title>Roadside bomb hits bus</title><link href="https://ridge.example/a"/><updated>2020-02-02T08:00:00Z</updated>
<summary>A roadside bomb hit a minibus on the road out of the town on Sunday, killing three passengers and wounding
five others, police said. Officers closed the road for several hours.</summary></entry></feed>"""


def articles(items: list[Article | ReadFailure]) -> list[Article]:
    assert all(isinstance(i, Article) for i in items), items
    return [i for i in items if isinstance(i, Article)]


@pytest.mark.parametrize(("data", "is_feed"), [
    (FEED, True), (ATOM, True), (b"\xef\xbb\xbf  <rss version='2.0'>", True),
    (b"<?xml version='1.0'?><!-- note --><rdf:RDF>", True),
    (PAGE, False), (b'{"title": "x"}', False), (b"Plain text about <rss> feeds", False),
])
def test_feed_sniffing(data: bytes, is_feed: bool) -> None:
    assert looks_like_feed(data) is is_feed


def test_rss_entries_become_articles_with_link_date_and_outlet() -> None:
    found = articles(list(read_feed(FEED, source="feed.rss")))
    assert [a.url for a in found] == ["https://valleyherald.example/news/1", "https://valleyherald.example/news/2"]
    assert {a.outlet for a in found} == {"Valley Herald"}
    assert [a.published.isoformat() if a.published else None for a in found] == ["2019-09-03", "2019-09-04"]
    assert found[0].headline == "Shelling hits grain store near Jisr al-Shughur"
    assert "destroying several tonnes of wheat" in found[0].text  # the fuller content:encoded wins
    assert "\n\n" in found[0].text  # paragraphs stay paragraphs
    assert [a.source for a in found] == ["feed.rss#1", "feed.rss#2"]


def test_atom_entries_are_read() -> None:
    (article,) = articles(list(read_feed(ATOM, source="atom")))
    assert (article.outlet, article.url, str(article.published)) == ("Ridge Times", "https://ridge.example/a", "2020-02-02")


def test_an_entry_without_text_is_a_failure_not_an_error() -> None:
    feed = FEED.replace(b"<description>Shelling damaged a grain store.</description>", b"").replace(
        b"<content:encoded>", b"<!--").replace(b"</content:encoded>", b"-->")
    items = list(read_feed(feed, source="f"))
    assert isinstance(items[0], ReadFailure) and items[0].location == "f#1"
    assert isinstance(items[1], Article)


def test_a_document_that_is_no_feed_is_an_input_error() -> None:
    with pytest.raises(InputError, match="bad.xml"):
        list(read_feed(b"<rss><channel></channel></rss>", source="bad.xml"))


def test_html_to_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>One &amp; two.</p><p>Three<br>four</p>") == "One & two.\n\nThree\n\nfour"


def _transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    pages = {"/feed": (FEED, "application/rss+xml"), "/page": (PAGE, "text/html"),
             "/news/1": (PAGE, "text/html"), "/news/2": (PAGE.replace(b"Ariha", b"Saraqib"), "text/html")}

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = pages.get(request.url.path)
        if body is None:
            return httpx.Response(404)
        return httpx.Response(200, content=body[0], headers={"content-type": body[1]})

    return httpx.MockTransport(handle)


def test_feed_url_is_fetched_politely() -> None:
    seen: list[httpx.Request] = []
    with make_client(transport=_transport(seen)) as client:
        found = articles(list(iter_url("https://valleyherald.example/feed", client=client, default_date=None,
                                       max_bytes=1_000_000)))
    assert len(found) == 2 and len(seen) == 1
    assert seen[0].headers["user-agent"] == USER_AGENT and "frontwire/" in USER_AGENT
    assert client.timeout.read is not None and client.timeout.connect is not None


def test_feed_pages_are_fetched_on_request() -> None:
    seen: list[httpx.Request] = []
    with make_client(transport=_transport(seen)) as client:
        found = articles(list(iter_url("https://valleyherald.example/feed", client=client, default_date=None,
                                       max_bytes=1_000_000, fetch_pages=True)))
    assert [r.url.path for r in seen] == ["/feed", "/news/1", "/news/2"]
    assert "Ariha" in found[0].text and "Saraqib" in found[1].text


def test_a_web_page_url_is_one_article() -> None:
    with make_client(transport=_transport([])) as client:
        (article,) = articles(list(iter_url("https://valleyherald.example/page", client=client, default_date=None,
                                            max_bytes=1_000_000)))
    assert article.headline == "Clinic hit in Ariha"


@pytest.mark.parametrize(("path", "problem"), [("/missing", "404"), ("/page", "limit")])
def test_fetch_problems_are_input_errors(path: str, problem: str) -> None:
    with make_client(transport=_transport([])) as client, pytest.raises(InputError, match=problem):
        list(iter_url(f"https://valleyherald.example{path}", client=client, default_date=None, max_bytes=100))


def test_expand_walks_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.txt", "a/b/two.jsonl", "a/b/skip.png", "a/feed.rss", "three.html"):
        (tmp_path / name).write_text("x")
    assert list(expand([str(tmp_path / "a")])) == [str(tmp_path / p) for p in ("a/b/two.jsonl", "a/feed.rss", "a/one.txt")]
    assert list(expand([str(tmp_path / "*.html"), "-"])) == [str(tmp_path / "three.html"), "-"]
    assert list(expand([str(tmp_path / "nothing-*.txt")])) == [str(tmp_path / "nothing-*.txt")]


def test_unreadable_inputs_become_failures_and_reading_goes_on(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(FEED)
    items = list(read_inputs([str(tmp_path / "missing.txt"), str(feed), "https://x.example/feed"], ReadOptions()))
    assert [type(i.item).__name__ for i in items] == ["ReadFailure", "Article", "Article", "ReadFailure"]
    assert items[0].location == str(tmp_path / "missing.txt") and items[1].origin == str(feed)
    assert items[1].location == f"{feed}#1"
    assert "HTTP client" in str(items[3].item)
