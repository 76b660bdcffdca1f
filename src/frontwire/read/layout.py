"""Finding the parts of a copied web page (title, standfirst, meta, caption, body, credits)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from frontwire.models import ParagraphRole
from frontwire.read.credits import (
    Credit,
    body_credits,
    credit_line,
    first_appearances,
    known_credits,
)
from frontwire.read.dates import parse_date_line
from frontwire.read.lines import (
    Caption,
    Line,
    is_byline,
    is_meta,
    is_sentence,
    is_set_apart_title,
    is_standfirst_shaped,
    is_title_shaped,
    split_caption,
)

# Header parts sit in the first lines; past these a date or caption belongs to the body.
_HEADER_REACH = 10
_MAX_CREDIT_LINES = 3


@dataclass(frozen=True, slots=True)
class Layout:
    """What the lines of an article are, and the metadata read from them."""

    roles: tuple[ParagraphRole, ...]
    headline: str | None = None
    standfirst: str | None = None
    published: date | None = None
    caption: str | None = None
    media_credits: tuple[str, ...] = ()
    credited: tuple[str, ...] = ()


@dataclass(slots=True)
class _Reading:
    """The layout as it is being read, line by line."""

    lines: tuple[Line, ...]
    roles: list[ParagraphRole]
    published: date | None = None
    captions: list[Caption] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)

    def first(self, role: ParagraphRole) -> str | None:
        pairs = zip(self.lines, self.roles, strict=True)
        return next((line.text for line, r in pairs if r == role), None)


def read_layout(
    text: str, lines: tuple[Line, ...], *, headline_first: bool, standfirst_second: bool
) -> Layout:
    """Give every line a role; headline_first/standfirst_second say what the caller knows."""
    reading = _Reading(lines=lines, roles=["body"] * len(lines))
    start = _read_title(reading, text, headline_first=headline_first)
    has_standfirst = standfirst_second or _standfirst_at(lines, start)
    if 0 < start < len(lines) and has_standfirst:
        reading.roles[start] = "standfirst"
        start += 1
    start = _read_meta(reading, start)
    end = _read_closing_credits(reading, start)
    _read_body(reading, text, start, end)
    captions = reading.captions
    return Layout(
        roles=tuple(reading.roles),
        headline=reading.first("headline"),
        standfirst=reading.first("standfirst"),
        published=reading.published,
        caption=next((c.text for c in captions if c.text), None),
        media_credits=tuple(dict.fromkeys(n for c in captions for n in c.credits)),
        credited=first_appearances(reading.credits),
    )


def _read_title(reading: _Reading, text: str, *, headline_first: bool) -> int:
    """Mark the title lines; return the index of the first line after them."""
    lines = reading.lines
    if not lines:
        return 0
    if len(lines) > 1 and lines[0].text == lines[1].text and is_title_shaped(lines[0].text):
        reading.roles[0:2] = ["title", "headline"]
        return 2
    if headline_first or (is_title_shaped(lines[0].text) and _header_follows(lines, text)):
        reading.roles[0] = "headline"
        return 1
    return 0


def _header_follows(lines: tuple[Line, ...], text: str) -> bool:
    """Whether the first line is followed by the shape of a page header, or set apart as one."""
    if _is_meta_or_caption(lines, 1) or (_standfirst_at(lines, 1)):
        return True
    first = lines[0]
    return (
        len(lines) > 2
        and is_set_apart_title(first.text)
        and text.startswith("\n\n", first.end)
        and is_sentence(lines[1].text)
    )


def _standfirst_at(lines: tuple[Line, ...], index: int) -> bool:
    return (
        index < len(lines)
        and is_standfirst_shaped(lines[index].text)
        and _is_meta_or_caption(lines, index + 1)
    )


def _is_meta_or_caption(lines: tuple[Line, ...], index: int) -> bool:
    if index >= len(lines):
        return False
    line = lines[index].text
    return is_meta(line) or split_caption(line, strict=False) is not None


def _read_meta(reading: _Reading, start: int) -> int:
    """Mark the reading-time, date, byline and caption lines of the header."""
    # With no headline, the first lines may as well be body: judge captions as in the body.
    strict = start == 0
    index = start
    while index < min(len(reading.lines), _HEADER_REACH):
        line = reading.lines[index]
        day = parse_date_line(line.text)
        if day is not None or is_meta(line.text):
            reading.roles[index] = "meta"
            reading.published = reading.published or day
            if is_byline(line.text):
                reading.credits.extend(known_credits(line.text, line.start))
        elif (caption := split_caption(line.text, strict=strict)) is not None:
            reading.roles[index] = "caption"
            reading.captions.append(caption)
        else:
            break
        index += 1
    return index


def _read_closing_credits(reading: _Reading, start: int) -> int:
    """Mark the credit lines at the end; return the index where they begin."""
    end = len(reading.lines)
    while end > start and len(reading.lines) - end < _MAX_CREDIT_LINES:
        line = reading.lines[end - 1]
        found = credit_line(line.text, line.start)
        if found is None:
            break
        reading.roles[end - 1] = "credit"
        reading.credits.extend(found)
        end -= 1
    return end


def _read_body(reading: _Reading, text: str, start: int, end: int) -> None:
    """Body paragraphs, with photo captions among them and the sources they cite."""
    for index in range(start, end):
        line = reading.lines[index]
        caption = split_caption(line.text, strict=True) if _may_be_caption(line.text) else None
        if caption is not None:
            reading.roles[index] = "caption"
            reading.captions.append(caption)
            continue
        reading.credits.extend(body_credits(text, line.start, line.end))


def _may_be_caption(line: str) -> bool:
    # Cheap gate before the caption regexes: most body lines end with a full stop.
    return line.endswith((")", "]")) or ":" in line[:20]
