"""Tolls shared out over several places: the part of a note's toll that belongs to one event's place.

ACLED codes one event per place. A note that tells one toll for several places says how it is shared
('an unknown toll coded as 10, shared by the three villages', 'with X allocated 4 and Y 3', '2 each'):
each place's event gets its own share, not the whole toll.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from frontwire.errors import ResourceError
from frontwire.extract.numbers import NumberMatch, alternation, data_rows, find_numbers
from frontwire.models import Event, Figure, Place, Span

_ROLES = ("cue", "assign", "self", "whole", "extra", "each", "unit", "glue", "given", "other")
_WORD = re.compile(r"[\w'’-]+|,")
_LIST_WORDS = frozenset({"and", ",", "or"})
_COPULA = frozenset({"is", "are", "were", "was", "with", "each", "both"})


@cache
def apportion_vocab() -> dict[str, frozenset[str]]:
    """The words of apportion.tsv by role, loaded once."""
    words: dict[str, set[str]] = {role: set() for role in _ROLES}
    for row in data_rows("apportion.tsv"):
        if len(row) != 2 or row[0] not in words:
            raise ResourceError(f"apportion.tsv: bad row {row!r}")
        words[row[0]].add(row[1])
    return {role: frozenset(found) for role, found in words.items()}


@dataclass(frozen=True, slots=True)
class _Regexes:
    cue: re.Pattern[str]
    assign: re.Pattern[str]
    self_after: re.Pattern[str]
    coded_before: re.Pattern[str]
    coded_not_after: re.Pattern[str]
    extra_before: re.Pattern[str]
    whole: re.Pattern[str]
    others: re.Pattern[str]
    toll_word: re.Pattern[str]
    each_after: re.Pattern[str]
    given_before: re.Pattern[str]
    unit_after: re.Pattern[str]
    over_before: re.Pattern[str]
    first_before: re.Pattern[str]
    both: re.Pattern[str]
    total_after: re.Pattern[str]
    other: re.Pattern[str]


@cache
def _regexes() -> _Regexes:
    v = apportion_vocab()
    i = re.IGNORECASE
    units = alternation(v["unit"])
    given = alternation(v["given"])
    assign = alternation(v["cue"] | v["assign"])
    coded = r"coded\s+(?:(?:fatalit(?:y|ies)\s+)?(?:as|to|at)\s+)?(?:as\s+)?(?:an?\s+)?"
    return _Regexes(
        cue=re.compile(rf"(?<![\w-])(?:{alternation(v['cue'])})(?![\w-])", i),
        assign=re.compile(rf"(?<![\w-])(?:{assign})(?![\w-])", i),
        self_after=re.compile(
            rf"\s+(?:fatalit(?:y|ies)\s+)?(?:each\s+)?(?:(?:were|are|was|is)\s+)?(?:(?:{assign}|{given})\s+)?"
            rf"(?:to|at|for|in)\s+(?:{alternation(v['self'])})(?![\w-])", i),
        coded_before=re.compile(rf"(?<![\w-]){coded}(?:(?:{alternation(v['extra'])})\s+)?$", i),
        coded_not_after=re.compile(r"\s+(?:fatalit(?:y|ies)\s+)?(?:each\s+)?(?:to|at|for)\b", i),
        extra_before=re.compile(rf"(?<![\w-])(?:{alternation(v['extra'])})\s+$", i),
        others=re.compile(r"(?<![\w-])unknown\s+(?:number\s+of\s+)?(?:[\w-]+\s+){1,3}?(?:fatalities|deaths|dead)\b", i),
        whole=re.compile(rf"(?<![\w-])(?:{alternation(v['whole'])})(?![\w-])", i),
        toll_word=re.compile(r"(?<![\w-])(?:fatalit|death|dead\b|killed|casualt|bodies)", i),
        each_after=re.compile(rf"\s+(?:{alternation(v['each'])})(?![\w-])(?!\s+(?:{given}|to|for)\b)", i),
        given_before=re.compile(rf"(?<![\w-])(?:{given})\s+$", i),
        unit_after=re.compile(rf"\s+(?:[\w'-]+\s+)?(?:{units})(?![\w-])", i),
        first_before=re.compile(r"(?<![\w-])first\s+$", i),
        over_before=re.compile(r"(?<![\w-])(?:between|over|across|among|amongst)\s+(?:the\s+)?$", i),
        both=re.compile(rf"(?<![\w-])(?:between|over|across|among)\s+(?:the\s+)?both\s+(?:[\w'-]+\s+)?(?:{units})\b", i),
        total_after=re.compile(r"\s+(?:total\s+|additional\s+|more\s+)?fatalit(?:y|ies)(?![\w-])", i),
        other=re.compile(rf"(?<![\w-])(?:{alternation(v['other'])})\s+(?:were\s+|are\s+)?(?:{given})\s+$", i),
    )


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _blank(text: str, lo: int, spans: Sequence[tuple[int, int]]) -> str:
    """The text with the named places in it (spans relative to lo) blanked out."""
    chars = list(text)
    for a, b in spans:
        for k in range(max(a - lo, 0), min(b - lo, len(chars))):
            chars[k] = " "
    return "".join(chars)


def _counts(text: str, places: Sequence[tuple[int, int]]) -> list[NumberMatch]:
    """The numbers of a sentence that are not part of a place name."""
    return [n for n in find_numbers(text) if not any(a <= n.start < b for a, b in places)]


def _explicit(text: str, target: tuple[int, int], places: Sequence[tuple[int, int]],
              numbers: Sequence[NumberMatch]) -> int | None:
    """The share a sentence gives the target place by name: 'X and Y allocated 3 each', '2 allocated to X'."""
    glue = apportion_vocab()["glue"]
    given = apportion_vocab()["given"]
    lo, hi = target
    others = [p for p in places if p != target]
    after = next((n for n in numbers if n.start >= hi), None)
    if after is not None:
        words = _words(_blank(text[hi:after.start], hi, others))
        if (words and any(w in given for w in words)
                and all(w in given or w in _LIST_WORDS or w in _COPULA for w in words)):
            return after.value
    before = next((n for n in reversed(numbers) if n.end <= lo), None)
    if before is not None:
        words = _words(_blank(text[before.end:lo], before.end, others))
        if words and all(w in glue or w in _LIST_WORDS or w == "known" for w in words):
            return before.value
    return None


def _uniform(text: str, numbers: Sequence[NumberMatch], rx: _Regexes) -> int | None:
    """'split, 5 each, between ...', 'at 15 apiece': every place's share, whoever it is."""
    for n in numbers:
        if rx.each_after.match(text, n.end) and not rx.given_before.search(text, max(0, n.start - 20), n.start):
            return n.value
    return None


def _coded(text: str, n: NumberMatch, rx: _Regexes) -> bool:
    """Whether a number is the toll a coder's note gives: 'coded as 10', 'coded to an additional 5'."""
    return (rx.coded_before.search(text, max(0, n.start - 50), n.start) is not None
            and not rx.coded_not_after.match(text, n.end))


def _toll(text: str, numbers: Sequence[NumberMatch], rx: _Regexes) -> int | None:
    """The toll a sentence shares out: 'coded as 10 and split', '19 fatalities split'."""
    for n in numbers:
        if _coded(text, n, rx) or rx.total_after.match(text, n.end):
            return n.value
    return None


def coded_toll(sentence: Span, figure: Figure | None) -> int | None:
    """The toll a sentence says the event is coded with ('unknown number of fatalities coded as 10'), added to
    the known toll told elsewhere when it counts others ('coded as an additional 10', 'the unknown number
    of rebel fatalities coded as 10'), or None. A sentence that splits the toll over places is no event's toll."""
    rx = _regexes()
    text = sentence.text
    n = next((n for n in find_numbers(text) if _coded(text, n, rx)), None)
    if n is None or rx.cue.search(text):
        return None
    known = figure is not None and figure.count > 0 and figure.qualifier not in ("vague", "unknown")
    if rx.extra_before.search(text, max(0, n.start - 20), n.start):
        return n.value + (figure.count if figure is not None else 0)
    if rx.whole.search(text, 0, n.start) or not known or figure is None:
        return n.value
    elsewhere = not sentence.start <= figure.span.start < sentence.end
    return n.value + figure.count if elsewhere and rx.others.search(text, 0, n.start) else n.value


def _parts(text: str, numbers: Sequence[NumberMatch], rx: _Regexes) -> int | None:
    """How many places or events the sentence says the toll is split over: 'between the 3 locations'."""
    if rx.both.search(text):
        return 2
    for n in numbers:
        if rx.unit_after.match(text, n.end) and rx.over_before.search(text, max(0, n.start - 20), n.start):
            return n.value
    return None


def _first_listed(text: str, numbers: Sequence[NumberMatch], rx: _Regexes) -> int | None:
    """'1 each between the first 10 villages listed': only so many of the places listed share the toll."""
    for n in numbers:
        if rx.first_before.search(text, max(0, n.start - 12), n.start) and rx.unit_after.match(text, n.end):
            return n.value
    return None


_SEPARATOR = re.compile(r",(?:\s*and\b)?|\s+and\s+", re.IGNORECASE)


def _list_position(text: str, first: int, at: int) -> int:
    """A place's position in a list, by the separators from the list's first name to it (so that names the
    gazetteer does not know count too)."""
    return len(_SEPARATOR.findall(text, first, at))


def _even(toll: int, parts: int, index: int) -> int:
    """An even share of a toll; the first places listed take what does not divide (10 over 4: 3, 3, 2, 2)."""
    return toll // parts + (1 if 0 <= index < toll % parts else 0)


def _same(place: Place, target: Place) -> bool:
    if place.entry is not None and target.entry is not None:
        return place.entry.geonameid == target.entry.geonameid
    return place.span.text.casefold() == target.span.text.casefold()


def _distinct(places: Sequence[Place]) -> list[Place]:
    """Places of a list, each once (by gazetteer entry), in text order."""
    seen: set[object] = set()
    out = []
    for place in sorted(places, key=lambda p: p.span.start):
        key = place.entry.geonameid if place.entry is not None else place.span.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(place)
    return out


def _in(places: Sequence[Place], sentence: Span) -> list[Place]:
    return [p for p in places if sentence.start <= p.span.start and p.span.end <= sentence.end]


def _named_share(sentence: Span, place: Place | None, places: Sequence[Place]) -> int | None:
    """The share a sentence gives the event's place by name."""
    if place is None:
        return None
    here = _in(places, sentence)
    spans = [(p.span.start - sentence.start, p.span.end - sentence.start) for p in here]
    numbers = _counts(sentence.text, spans)
    for p, span in zip(here, spans, strict=True):
        if _same(p, place):
            share = _explicit(sentence.text, span, spans, numbers)
            if share is not None:
                return share
    return None


def share_of(sentence: Span, following: Span | None, place: Place | None, places: Sequence[Place],
             toll: int | None) -> int | None:
    """The share of a toll that a sentence sharing it out gives one place, or None when it says nothing of it.

    `places` are the note's town-level places; `toll` the event's own count, used when the sentence names none.
    """
    rx = _regexes()
    text = sentence.text
    if not rx.assign.search(text):
        return None
    own = next((n.value for n in find_numbers(text) if rx.self_after.match(text, n.end)), None)
    if own is not None:
        return own
    for told in (sentence, following):
        share = _named_share(told, place, places) if told is not None else None
        if share is not None:
            return share
    if not rx.cue.search(text):
        return None
    here = _distinct(_in(places, sentence))
    spans = [(p.span.start - sentence.start, p.span.end - sentence.start) for p in _in(places, sentence)]
    numbers = _counts(text, spans)
    uniform = _uniform(text, numbers, rx)
    if not rx.toll_word.search(text) and uniform is None:
        return None
    listed = len(here) >= 2 or (len(here) == 1 and _parts(text, numbers, rx) is None)
    mine = place is not None and any(_same(p, place) for p in here)
    if listed and not mine:
        other = next((n.value for n in numbers if rx.other.search(text, max(0, n.start - 40), n.start)), None)
        return other
    if uniform is not None:
        first = _first_listed(text, numbers, rx)
        mine_at = next((p for p in here if place is not None and _same(p, place)), None)
        index = _list_position(text, here[0].span.start - sentence.start, mine_at.span.start - sentence.start) \
            if mine_at is not None else -1
        return 0 if first is not None and index >= first else uniform
    total = _toll(text, numbers, rx)
    total = toll if total is None else total
    pool = here if len(here) >= 2 else _distinct(places)
    parts = _parts(text, numbers, rx) or (len(pool) if len(pool) >= 2 else None)
    if total is None or parts is None or parts <= 0:
        return None
    index = next((k for k, p in enumerate(pool) if place is not None and _same(p, place)), -1)
    return _even(total, parts, index)


def apportion(event: Event, sentences: Sequence[Span], places: Sequence[Place]) -> Event:
    """The event with the share of the note's toll that the note gives its place, where it shares one out."""
    toll = event.fatalities.count if event.fatalities is not None else None
    for k, sentence in enumerate(sentences):
        following = sentences[k + 1] if k + 1 < len(sentences) else None
        share = share_of(sentence, following, event.place, places, toll)
        if share is not None:
            return replace(event, fatalities=Figure("fatalities", share, sentence, qualifier="apportioned"))
    for sentence in sentences:
        total = coded_toll(sentence, event.fatalities)
        if total is not None:
            return replace(event, fatalities=Figure("fatalities", total, sentence, qualifier="coded"))
    return event
