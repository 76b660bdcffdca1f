"""RSS/Atom feeds and web addresses -> Articles: polite fetching (httpx) and feed parsing (feedparser)."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator, Mapping
from datetime import date
from html.parser import HTMLParser
from typing import Any

import httpx

from frontwire import __version__
from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read import ReadFailure, read_html, read_record
from frontwire.read.decode import decode_bytes

USER_AGENT = f"frontwire/{__version__} (conflict event research; fetches each page once)"
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
_FEED_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]",
                         re.DOTALL)
_SNIFF_BYTES = 2048
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def make_client(*, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An HTTP client with frontwire's user agent, timeouts and redirect following."""
    return httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True,
                        transport=transport)


def is_url(text: str) -> bool:
    """True for an http(s) address."""
    return text.startswith(("http://", "https://"))


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes start like an RSS, Atom or RDF feed document."""
    return _FEED_START.match(data[:_SNIFF_BYTES]) is not None


def fetch(url: str, *, client: httpx.Client, max_bytes: int) -> bytes:
    """The body of url, read up to max_bytes; any network or HTTP problem is an InputError."""
    try:
        with client.stream("GET", url) as response:
            response.raise_for_status()
            return _capped_body(response, url=url, max_bytes=max_bytes)
    except httpx.HTTPStatusError as exc:
        raise InputError(url, f"the server answered {exc.response.status_code}") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"cannot be fetched ({type(exc).__name__}: {exc})") from exc


def _capped_body(response: httpx.Response, *, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"is over the {max_bytes:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def iter_url(url: str, *, client: httpx.Client, default_date: date | None, max_bytes: int,
             fetch_pages: bool = False) -> Iterator[Article | ReadFailure]:
    """The articles at a web address: every entry of a feed, or the one article of a page."""
    data = fetch(url, client=client, max_bytes=max_bytes)
    if looks_like_feed(data):
        pages = client if fetch_pages else None
        yield from read_feed(data, source=url, default_date=default_date, page_client=pages, max_bytes=max_bytes)
        return
    yield read_html(decode_bytes(data, source=url), source=url, default_date=default_date)


def read_feed(data: bytes, *, source: str, default_date: date | None = None,
              page_client: httpx.Client | None = None,
              max_bytes: int = 20_000_000) -> Iterator[Article | ReadFailure]:
    """One item per feed entry; with page_client, each entry's page is fetched for the full text."""
    import feedparser  # type: ignore[import-untyped]

    # A stream, so that feedparser never takes the bytes for an address or a file name to open.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "feed has no entries"
        raise InputError(source, problem)
    outlet = _text(parsed.feed, "title")
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{number}"
        try:
            yield _entry_article(entry, where=where, outlet=outlet, default_date=default_date,
                                 page_client=page_client, max_bytes=max_bytes)
        except InputError as exc:
            yield ReadFailure(source=where, line=None, message=exc.problem)


def _entry_article(entry: Mapping[str, Any], *, where: str, outlet: str | None, default_date: date | None,
                   page_client: httpx.Client | None, max_bytes: int) -> Article:
    link = _text(entry, "link")
    published = _entry_date(entry)
    if page_client is not None and link:
        page = fetch(link, client=page_client, max_bytes=max_bytes)
        return read_html(decode_bytes(page, source=link), source=where, default_date=published or default_date)
    record = {"title": _text(entry, "title"), "text": html_to_text(_entry_html(entry)),
              "date": published.isoformat() if published else None, "url": link, "outlet": outlet}
    return read_record(record, source=where, default_date=default_date)


def _entry_html(entry: Mapping[str, Any]) -> str:
    contents = entry.get("content") or []
    bodies = [c.get("value", "") for c in contents if isinstance(c, Mapping)]
    longest = max(bodies, key=len, default="")
    summary = _text(entry, "summary") or ""
    return longest if len(longest) >= len(summary) else summary


def _entry_date(entry: Mapping[str, Any]) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    if not isinstance(value, str):
        return None
    return value.strip() or None


class _TextCollector(HTMLParser):
    """Text of an HTML fragment, with a paragraph break at every block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed summary), paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(collector.parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
