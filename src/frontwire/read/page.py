"""A stdlib scan of an HTML page: head metadata, figure captions and paragraph text."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

# Page furniture whose text is never the article.
_SKIPPED = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
     "svg", "template", "select", "iframe"}
)  # fmt: skip
_CAPTURED = frozenset({"title", "h1", "p", "figcaption", "li"})
_PARAGRAPH_TAGS = frozenset({"p", "li"})
_META_KEYS = ("property", "name", "itemprop")


@dataclass(frozen=True, slots=True)
class PageScan:
    """What the markup of a page says, read without any extraction heuristics."""

    title: str | None
    h1: str | None
    metas: tuple[tuple[str, str], ...]
    canonical: str | None
    time: str | None
    figcaptions: tuple[str, ...]
    paragraphs: tuple[str, ...]

    def meta(self, *keys: str) -> str | None:
        """The content of the first of these meta keys (lower case) that the page has."""
        found = dict(reversed(self.metas))
        return next((found[k] for k in keys if found.get(k)), None)


def scan_page(html: str) -> PageScan:
    """Scan a page with the stdlib parser; never fails on malformed markup."""
    parser = _Scanner()
    parser.feed(html)
    parser.close()
    return parser.result()


def squash(text: str) -> str:
    """Collapse runs of whitespace, as a browser shows them."""
    return " ".join(text.split())


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._skip_depth = 0
        self._open: list[tuple[str, list[str]]] = []
        self._texts: dict[str, list[str]] = {tag: [] for tag in _CAPTURED}
        self._metas: list[tuple[str, str]] = []
        self._canonical: str | None = None
        self._time: str | None = None
        self._figure_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "meta":
            self._note_meta(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self._canonical = self._canonical or values.get("href") or None
        elif tag == "time" and self._time is None and values.get("datetime"):
            self._time = values["datetime"]
        elif tag == "figure":
            self._figure_depth += 1
        if tag in _CAPTURED and not self._skip_depth:
            if tag == "p" and self._open and self._open[-1][0] == "p":
                self._finish()
            self._open.append((tag, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _CAPTURED and tag not in _SKIPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "figure" and self._figure_depth:
            self._figure_depth -= 1
        if any(t == tag for t, _ in self._open):
            while self._open and self._open[-1][0] != tag:
                self._finish()
            self._finish()

    def handle_data(self, data: str) -> None:
        if self._open and not self._skip_depth:
            self._open[-1][1].append(data)

    def _note_meta(self, values: dict[str, str]) -> None:
        content = values.get("content")
        for key in _META_KEYS:
            if values.get(key) and content:
                self._metas.append((values[key].lower(), squash(content)))

    def _finish(self) -> None:
        tag, parts = self._open.pop()
        text = squash("".join(parts))
        if not text:
            return
        if tag in _PARAGRAPH_TAGS and self._figure_depth:
            return
        self._texts[tag].append(text)

    def result(self) -> PageScan:
        while self._open:
            self._finish()
        texts = self._texts
        return PageScan(
            title=next(iter(texts["title"]), None),
            h1=next(iter(texts["h1"]), None),
            metas=tuple(self._metas),
            canonical=self._canonical,
            time=self._time,
            figcaptions=tuple(texts["figcaption"]),
            paragraphs=tuple(texts["p"]) or tuple(texts["li"]),
        )
