"""The shapes of single lines of a copied web page: title, standfirst, meta, caption, byline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwire.read.credits import photo_credits
from frontwire.read.dates import is_time_stamp, parse_date_line


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the normalised text, without its leading blanks."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption split into its words and the credited photographers or agencies."""

    text: str | None
    credits: tuple[str, ...]


_LINE = re.compile(r"[^\S\n]*([^\n]*\S)")
_WORD = re.compile(r"\S+")
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200
_MAX_SET_APART_TITLE_WORDS = 14
_TITLE_START = re.compile(r"[\"“‘'A-Z0-9\u00c0-\u00de]")
_TITLE_END = re.compile(r"[.,;:]$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_MIN_STANDFIRST_WORDS = 4
_MAX_STANDFIRST_WORDS = 50

_READING_TIME = re.compile(
    r"(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?(?:about\s+|approx\.?\s+)?\d{1,3}\s*-?\s*"
    r"(?:min(?:ute)?s?\.?)(?:\s+read)?",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"(?:[Bb]y|BY|[Aa]uthor|[Ww]ritten\s+by)\s*:?\s+[A-Z][\w.'’-]*"
    r"(?:\s*(?:[A-Z][\w.'’-]*|and|&|,|de|al|el|van|von|bin|ibn|\||[-–—]))*",
)
_MAX_BYLINE_WORDS = 12

_PHOTO_LINE = re.compile(
    r"(?:file\s+photo|photo|image|picture|photograph|pictured|above|top\s+image)\s*:\s*(?P<rest>.+)",
    re.IGNORECASE,
)
_BRACKET_CREDIT = re.compile(r"(?P<caption>.*?)\s*[\[(](?P<credit>[^\[\]()]{1,80})[\])]")
_TAIL_CREDIT = re.compile(r"(?P<caption>.+?)\s+(?:/|\||[-–—])\s+(?P<credit>[^/|]{1,60})")
_MAX_CAPTION_WORDS = 60
_MAX_BODY_CAPTION_WORDS = 35
_MAX_CREDIT_ONLY_WORDS = 5
_CAPITALISED = re.compile(r"[A-Z]")
_MAX_DATELINE_WORDS = 4


def split_lines(text: str) -> tuple[Line, ...]:
    """Every non-blank line, with its offsets; text[line.start:line.end] == line.text."""
    return tuple(Line(m.start(1), m.end(1), m.group(1)) for m in _LINE.finditer(text))


def word_count(line: str) -> int:
    return len(_WORD.findall(line))


def is_title_shaped(line: str) -> bool:
    """A short line that starts like a title and does not end like a sentence fragment."""
    words = word_count(line)
    return (
        2 <= words <= _MAX_TITLE_WORDS
        and len(line) <= _MAX_TITLE_CHARS
        and _TITLE_START.match(line) is not None
        and _TITLE_END.search(line) is None
        and not is_meta(line)
    )


def is_set_apart_title(line: str) -> bool:
    """A title short and bare enough to be one even with no date or caption after it."""
    return word_count(line) <= _MAX_SET_APART_TITLE_WORDS and not _SENTENCE_END.search(line)


def is_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is not None


def is_standfirst_shaped(line: str) -> bool:
    """One whole sentence of summary length."""
    words = word_count(line)
    return (
        _MIN_STANDFIRST_WORDS <= words <= _MAX_STANDFIRST_WORDS
        and is_sentence(line)
        and _SENTENCE_BREAK.search(line) is None
    )


def is_reading_time(line: str) -> bool:
    """ "2 min read", "5 minute read", "Reading time: 3 min"."""
    return _READING_TIME.fullmatch(line) is not None and "read" in line.lower()


def is_byline(line: str) -> bool:
    return word_count(line) <= _MAX_BYLINE_WORDS and _BYLINE.fullmatch(line) is not None


def is_meta(line: str) -> bool:
    """A reading-time, date, time-stamp or byline line."""
    return (
        is_reading_time(line)
        or parse_date_line(line) is not None
        or is_time_stamp(line)
        or is_byline(line)
    )


def split_caption(line: str, *, strict: bool) -> Caption | None:
    """The caption and credits of a photo-caption line, or None when the line is no caption.

    strict is for lines among the body paragraphs, where a bracket at the end of a sentence
    is more often an abbreviation than a photo credit.
    """
    if word_count(line) > (_MAX_BODY_CAPTION_WORDS if strict else _MAX_CAPTION_WORDS):
        return None
    photo = _PHOTO_LINE.fullmatch(line)
    rest = photo.group("rest") if photo else line
    bracketed = _bracket_caption(rest, strict=strict and photo is None)
    if bracketed is not None or photo is None:
        return bracketed
    tail = _TAIL_CREDIT.fullmatch(rest)
    if tail is not None:
        credits = photo_credits(tail.group("credit"), strict=True)
        if credits:
            return Caption(tail.group("caption"), credits)
    if word_count(rest) <= _MAX_CREDIT_ONLY_WORDS:
        credits = photo_credits(rest, strict=True)
        if credits:
            return Caption(None, credits)
    return Caption(rest, ())


def _bracket_caption(line: str, *, strict: bool) -> Caption | None:
    match = _BRACKET_CREDIT.fullmatch(line)
    if match is None:
        return None
    caption, credit = match.group("caption"), match.group("credit")
    if _is_dateline(caption) or (strict and _abbreviates(credit, caption)):
        return None
    credits = photo_credits(credit, strict=strict)
    if not credits:
        return None
    return Caption(caption or None, credits)


def _is_dateline(caption: str) -> bool:
    """ "Washington (CNN)": a place name alone before the bracket opens a story, not a photo."""
    words = caption.replace(",", " ").split()
    return 0 < len(words) <= _MAX_DATELINE_WORDS and all(_CAPITALISED.match(w) for w in words)


def _abbreviates(credit: str, before: str) -> bool:
    """Whether a bracket like "(SOHR)" spells the initials of the words just before it."""
    letters = credit.strip()
    if not (letters.isalpha() and letters.isupper()):
        return False
    words = before.split()[-3 * len(letters) :]
    initials = "".join(w[0] for w in words if _CAPITALISED.match(w))
    return initials.endswith(letters)
