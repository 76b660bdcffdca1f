"""Which news sources an article credits: closing credit lines, body attributions, photo credits."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from frontwire.read.vocab import REPORTING_KINDS, NewsSources, news_sources

# A credit found in the text: where it starts in the article, and the name to report.
Credit = tuple[int, str]

_CONTRIBUTED = re.compile(
    r"(?P<who>[^.]{2,150}?)\s+(?:also\s+)?contributed(?:\s+(?:additional\s+)?reporting)?"
    r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:story|report|article|piece|coverage|dispatch))?"
    r"(?:\s+from\s+[^.]{1,60})?\s*\.?",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(
    r"(?:sources?|via|credits?|courtesy(?:\s+of)?)\s*:\s*(?P<who>[^:]{1,150}?)\s*\.?",
    re.IGNORECASE,
)
_STAFF_LINE = re.compile(
    r"[(\[]?\s*(?:(?:additional|further|extra)\s+)?"
    r"(?:reporting|writing|editing|compiled|written|produced|research|translation|translated)"
    r"(?:\s+by|\s*:)\s+.{1,250}",
    re.IGNORECASE,
)
_COPYRIGHT_LINE = re.compile(r"(?:©|\(c\)|copyright\b).{1,150}", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*", re.IGNORECASE)
# "Jane Doe of the Frontier Times": the outlet is what follows.
_MEMBER_OF = re.compile(r".+?\s+(?:of|from|at)\s+(?P<outlet>.+)")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_NAMES_ONLY_LEFTOVER = re.compile(r"[\s()\[\]/,&.–—-]*(?:\band\b[\s()\[\]/,&.–—-]*)*")
_MAX_CREDIT_WORDS = 40

_CUE_BEFORE = re.compile(
    r"\b(?:according\s+to|told|speaking\s+to|talking\s+to|interviewed\s+by|interview\s+with"
    r"|(?:quoted|cited|reported|said|confirmed|seen|obtained|carried)\s+by"
    r"|news\s+agency|agency|broadcaster|newspaper|channel|outlet|daily|television|tv|website"
    r"|war\s+monitor|monitor)"
    r"(?:[\s,]+[\w'’-]+){0,4}?[\s,]*[\"“(]?$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:news\s+agency|agency|television|tv|channel|newspaper|reported|reports"
    r"|said|says|quoted|quotes|cited|cites|correspondent|reporter|journalist|photographer"
    r"|learned|has\s+learned|obtained|saw|witnessed|tally|count|figures|footage)\b",
    re.IGNORECASE,
)
_DATELINE_REACH = 80
# "BEIRUT, Sept 12 (" or "Damascus - " before the name: a place and date, then the agency.
_DATELINE_PLACE = r"(?:[A-Z][\w.'’-]*(?:[\s,/]+[\w.'’-]+){0,5}\s*)?"
_DATELINE_BRACKET = re.compile(rf"{_DATELINE_PLACE}[(\[]")
_DATELINE_DASH = re.compile(rf"{_DATELINE_PLACE}[-–—]\s*")
_CLOSING_BRACKET = re.compile(r"[)\]]")
_DASH_AFTER = re.compile(r"\s*[-–—:]")
_CUE_WINDOW = 70

_CREDIT_PREFIX = re.compile(
    r"^(?:file\s+photo|photo|image|picture|photograph|credit|file|video|source)\s*:\s*",
    re.IGNORECASE,
)
_CREDIT_PART = re.compile(
    r"[A-Z0-9][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|for|the|de|du|al|el|al-\w+|and))"
    r"{0,5}"
)
_CREDIT_SPLIT = re.compile(r"\s*(?:/|,|;|\||&|\bvia\b|\band\b)\s*")
_MEDIA_WORDS = frozenset({"file", "handout", "photo", "supplied", "courtesy", "social media"})


def credit_line(line: str, start: int) -> tuple[Credit, ...] | None:
    """The sources a closing credit line names, or None when the line is not a credit line.

    start is the line's offset in the article, so that credits can be ordered.
    """
    text = line.strip()
    if len(text.split()) > _MAX_CREDIT_WORDS:
        return None
    sources = news_sources()
    for pattern in (_CONTRIBUTED, _SOURCE_LINE):
        match = pattern.fullmatch(text)
        if match:
            return tuple(_named_credits(match.group("who"), start, sources))
    if _STAFF_LINE.fullmatch(text) or _COPYRIGHT_LINE.fullmatch(text):
        return tuple(known_credits(text, start, sources))
    if sources.names.search(text) and _NAMES_ONLY_LEFTOVER.fullmatch(sources.names.sub("", text)):
        return tuple(known_credits(text, start, sources))
    return None


def _named_credits(who: str, start: int, sources: NewsSources) -> Iterator[Credit]:
    """The outlets in a list like "Reuters, AFP and news agencies"; people are left out."""
    offset = 0
    for part in _NAME_SPLIT.split(who):
        offset = who.find(part, offset)
        name = _outlet_name(part.strip().rstrip("."), sources)
        if name is not None:
            yield start + offset, name
        offset += len(part)


def _outlet_name(part: str, sources: NewsSources) -> str | None:
    if not part:
        return None
    known = _known_name(part, sources)
    if known is not None:
        return known
    member = _MEMBER_OF.fullmatch(part)
    if member is not None:
        part = member.group("outlet")
        known = _known_name(part, sources)
        if known is not None:
            return known
    bare = _LEADING_THE.sub("", part)
    words = bare.split()
    if words and words[0][:1].isupper() and any(w in sources.outlet_words for w in words):
        return bare.title() if bare.isupper() else bare
    return None


def _known_name(part: str, sources: NewsSources) -> str | None:
    return sources.lookup(part) or sources.lookup(_LEADING_THE.sub("", part))


def known_credits(text: str, start: int, sources: NewsSources | None = None) -> Iterator[Credit]:
    """Every known reporting source or generic credit ("Agencies") named in a line."""
    sources = sources or news_sources()
    for match in sources.names.finditer(text):
        name = sources.canonical[match.group()]
        if sources.kind(name) in REPORTING_KINDS or sources.kind(name) == "generic":
            yield start + match.start(), name


def body_credits(text: str, start: int, end: int) -> Iterator[Credit]:
    """Sources a body paragraph cites: "according to Reuters", "told AFP", "BEIRUT (Reuters) -"."""
    sources = news_sources()
    for match in sources.names.finditer(text, start, end):
        name = sources.canonical[match.group()]
        if sources.kind(name) not in REPORTING_KINDS:
            continue
        if _is_dateline(text, start, match) or _has_cue(text, start, end, match):
            yield match.start(), name


def _is_dateline(text: str, start: int, match: re.Match[str]) -> bool:
    if match.start() - start > _DATELINE_REACH:
        return False
    before = text[start : match.start()]
    after = text[match.end() : match.end() + 3]
    if _DATELINE_BRACKET.fullmatch(before):
        return _CLOSING_BRACKET.match(after) is not None
    if _DATELINE_DASH.fullmatch(before):
        return True
    return not before.strip() and _DASH_AFTER.match(after) is not None


def _has_cue(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    before = text[max(start, match.start() - _CUE_WINDOW) : match.start()]
    if _CUE_BEFORE.search(before):
        return True
    return _CUE_AFTER.match(text, match.end(), min(end, match.end() + _CUE_WINDOW)) is not None


def photo_credits(content: str, *, strict: bool) -> tuple[str, ...] | None:
    """The names in a photo credit like "AFP/Getty Images", or None when it is not a credit.

    strict asks for a known source or a photo word ("file", "handout"), for credits found
    at the end of what might be a body sentence.
    """
    content = _CREDIT_PREFIX.sub("", content.strip())
    parts = tuple(p for p in _CREDIT_SPLIT.split(content) if p)
    if not parts or not all(_CREDIT_PART.fullmatch(p) for p in parts):
        return None
    if strict and not _mentions_media(content):
        return None
    return parts


def _mentions_media(content: str) -> bool:
    sources = news_sources()
    if sources.names.search(content):
        return True
    lowered = content.casefold()
    return any(word in lowered for word in _MEDIA_WORDS)


def first_appearances(credits: Iterable[Credit]) -> tuple[str, ...]:
    """Names in order of first appearance in the text, each once."""
    ordered: dict[str, None] = {}
    for _, name in sorted(credits):
        ordered.setdefault(name, None)
    return tuple(ordered)
