"""HTML article pages -> Article: trafilatura for the article, the page's own tags as fallback."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import ModuleType

from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read.dates import parse_date_value
from frontwire.read.decode import normalise_text
from frontwire.read.lines import split_caption
from frontwire.read.page import PageScan, scan_page, squash
from frontwire.read.text import Hints, Metadata, build_article

logger = logging.getLogger(__name__)

_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
    "article:modified_time", "datemodified",
)  # fmt: skip
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_ELLIPSIS = "…."


@dataclass(frozen=True, slots=True)
class PageParts:
    """The pieces of an article page that the Article is built from."""

    headline: str | None
    standfirst: str | None
    paragraphs: tuple[str, ...]
    published: date | None
    outlet: str | None
    url: str | None
    author: str | None
    caption: str | None


def read_html(html: str, *, source: str = "<html>", default_date: date | None = None) -> Article:
    """Read an article from the HTML of its page; nothing is fetched."""
    parts = extract_page(html, source=source)
    blocks = [b for b in (parts.headline, parts.standfirst, *parts.paragraphs) if b]
    caption = split_caption(parts.caption, strict=False) if parts.caption else None
    metadata = Metadata(
        published=parts.published,
        outlet=parts.outlet,
        url=parts.url,
        caption=caption.text if caption else parts.caption,
        media_credits=caption.credits if caption else (),
    )
    hints = Hints(
        headline_first=parts.headline is not None,
        standfirst_second=parts.headline is not None and parts.standfirst is not None,
    )
    return build_article(
        normalise_text("\n\n".join(blocks)),
        source=source,
        default_date=default_date,
        hints=hints,
        metadata=metadata,
    )


def extract_page(html: str, *, source: str) -> PageParts:
    """Headline, standfirst, body paragraphs and metadata of an article page."""
    scan = scan_page(html)
    found = _trafilatura_parts(html)
    headline = found.headline if found else None
    headline = headline or _title_of(scan)
    paragraphs = _body_paragraphs(found.paragraphs if found else scan.paragraphs, headline)
    if not paragraphs and found:
        paragraphs = _body_paragraphs(scan.paragraphs, headline)
    if not paragraphs:
        raise InputError(source, "no article text found in the HTML page")
    description = (found.standfirst if found else None) or scan.meta(
        "og:description", "description", "twitter:description"
    )
    return PageParts(
        headline=headline,
        standfirst=_standfirst(description, headline, paragraphs),
        paragraphs=paragraphs,
        published=(found.published if found else None) or _date_of(scan),
        outlet=(found.outlet if found else None) or scan.meta("og:site_name", "application-name"),
        url=(found.url if found else None) or scan.canonical or scan.meta("og:url"),
        author=(found.author if found else None) or scan.meta("author", "article:author"),
        caption=next(iter(scan.figcaptions), None),
    )


@cache
def _trafilatura() -> ModuleType | None:
    """trafilatura, or None when it cannot be imported (then the stdlib scan is used)."""
    try:
        import trafilatura  # noqa: PLC0415 - heavy, and only HTML input needs it
    except ImportError as exc:
        logger.warning("trafilatura cannot be imported (%s); using the built-in HTML scan", exc)
        return None
    return trafilatura


def _trafilatura_parts(html: str) -> PageParts | None:
    module = _trafilatura()
    if module is None:
        return None
    document = module.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None:
        return None
    text = getattr(document, "text", None)
    text = text if isinstance(text, str) else ""
    published = _text_attribute(document, "date")
    return PageParts(
        headline=_text_attribute(document, "title"),
        standfirst=_text_attribute(document, "description"),
        paragraphs=tuple(squash(line) for line in text.split("\n") if line.strip()),
        published=parse_date_value(published) if published else None,
        outlet=_text_attribute(document, "sitename"),
        url=_text_attribute(document, "url"),
        author=_text_attribute(document, "author"),
        caption=None,
    )


def _text_attribute(document: object, name: str) -> str | None:
    value = getattr(document, name, None)
    return (squash(value) or None) if isinstance(value, str) else None


def _title_of(scan: PageScan) -> str | None:
    """The page's headline from og:title, else <h1>, else <title> less the site's name."""
    title = scan.meta("og:title", "twitter:title") or scan.h1
    if title:
        return title
    if not scan.title:
        return None
    site = scan.meta("og:site_name")
    pieces = _TITLE_SEPARATOR.split(scan.title)
    if len(pieces) > 1 and (site is None or pieces[-1] == site):
        return " - ".join(pieces[:-1])
    return scan.title


def _body_paragraphs(paragraphs: tuple[str, ...], headline: str | None) -> tuple[str, ...]:
    return tuple(p for p in paragraphs if p and p != headline)


def _standfirst(
    description: str | None, headline: str | None, paragraphs: tuple[str, ...]
) -> str | None:
    """The page description, unless it only repeats the headline or the first paragraph."""
    if not description or description == headline:
        return None
    stem = description.rstrip(_ELLIPSIS).rstrip()
    if any(p.startswith(stem) for p in paragraphs[:2]):
        return None
    return description


def _date_of(scan: PageScan) -> date | None:
    for value in (scan.meta(*_DATE_KEYS), scan.time):
        if value:
            found = parse_date_value(value)
            if found is not None:
                return found
    return None
