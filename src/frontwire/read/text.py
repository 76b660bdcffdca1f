"""Plain text in the copied-web-page layout -> Article; the Article assembly all readers share."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from frontwire.errors import InputError
from frontwire.models import Article, DateSource, Paragraph
from frontwire.read.decode import check_english, normalise_text
from frontwire.read.layout import Layout, read_layout
from frontwire.read.lines import split_lines


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a container (HTML page, JSON record) says about an article beside its text."""

    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    caption: str | None = None
    media_credits: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hints:
    """What the caller knows about the first lines of the text."""

    headline_first: bool = False
    standfirst_second: bool = False


def read_text(text: str, *, source: str = "<text>", default_date: date | None = None) -> Article:
    """Read an article from plain text, finding its headline, dates and credits by layout."""
    return build_article(normalise_text(text), source=source, default_date=default_date)


def build_article(
    text: str,
    *,
    source: str,
    default_date: date | None,
    hints: Hints = Hints(),
    metadata: Metadata = Metadata(),
) -> Article:
    """The Article for an already normalised text, with what its container said about it."""
    if not text.strip():
        raise InputError(source, "has no text")
    check_english(text, source)
    lines = split_lines(text)
    layout = read_layout(
        text, lines, headline_first=hints.headline_first, standfirst_second=hints.standfirst_second
    )
    published, date_source = _publication_date(layout, metadata, default_date)
    return Article(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        paragraphs=tuple(
            Paragraph(ln.start, ln.end, ln.text, role)
            for ln, role in zip(lines, layout.roles, strict=True)
        ),
        headline=layout.headline,
        standfirst=layout.standfirst,
        published=published,
        date_source=date_source,
        outlet=metadata.outlet,
        url=metadata.url,
        credited=layout.credited,
        media_credits=tuple(dict.fromkeys((*layout.media_credits, *metadata.media_credits))),
        caption=layout.caption or metadata.caption,
        source=source,
    )


def _publication_date(
    layout: Layout, metadata: Metadata, default_date: date | None
) -> tuple[date, DateSource]:
    """The container's date first, then the page's date line, then the caller's, then today."""
    if metadata.published is not None:
        return metadata.published, "metadata"
    if layout.published is not None:
        return layout.published, "dateline"
    if default_date is not None:
        return default_date, "option"
    return date.today(), "today"
