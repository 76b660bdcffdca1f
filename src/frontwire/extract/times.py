"""Time expressions in one sentence: finding them and resolving them to day ranges against the article date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from frontwire.errors import ResourceError
from frontwire.extract.numbers import alternation, data_rows, parse_number, word_number_pattern
from frontwire.models import Span, TimeSpan

# A date written without a year is taken as this year unless that puts it this many days after the article date.
FUTURE_TOLERANCE_DAYS = 7
_UNRESOLVED_PRECISION = 3
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d|[.,]\d)"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_DAY_LINK = r"\s*(?:-|–|to|and|until|till)\s*(?:(?i:the)\s+)?"
_SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
_WORD = re.compile(r"[ \t]*([\w'’-]+)")


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression in a sentence, resolved against the article date where it can be."""

    span: Span
    start: date | None
    end: date | None
    precision: int
    relation: str | None = None
    anchor_text: str | None = None
    duration_days: int | None = None
    is_duration: bool = False


@dataclass(frozen=True, slots=True)
class TimeVocab:
    """The time vocabulary of times.tsv, grouped by kind."""

    months: dict[str, int]
    full_months: tuple[str, ...]
    weekdays: dict[str, int]
    units: dict[str, int]
    daywords: dict[str, int]
    recent: dict[str, int]
    calendar: dict[str, str]
    qty: dict[str, int]
    parts: dict[str, tuple[int, int]]
    relations: dict[str, str]
    words: dict[str, frozenset[str]]  # word lists: determiner, np_stop, time_noun, not_noun, tod


_Handler = Callable[[re.Match[str], date], "TimeExpr | None"]


def _part_range(value: str) -> tuple[int, int]:
    first, _, last = value.partition("-")
    return int(first), int(last)


@cache
def time_vocab() -> TimeVocab:
    """The time vocabulary, loaded once from times.tsv."""
    groups: dict[str, dict[str, str]] = {}
    for row in data_rows("times.tsv"):
        if len(row) != 3:
            raise ResourceError(f"times.tsv: bad row {row!r}")
        groups.setdefault(row[0], {})[row[1]] = row[2]

    def ints(kind: str) -> dict[str, int]:
        return {k: int(v) for k, v in groups.get(kind, {}).items()}

    months = ints("month")
    return TimeVocab(
        months=months,
        full_months=tuple(m for m in months if len(m) > 4 or m in {"May", "June", "July"}),
        weekdays=ints("weekday"),
        units=ints("unit"),
        daywords=ints("dayword"),
        recent=ints("recent"),
        calendar=dict(groups.get("calendar", {})),
        qty=ints("qty"),
        parts={k: _part_range(v) for k, v in groups.get("part", {}).items()},
        relations=dict(groups.get("relation", {})),
        words={k: frozenset(groups.get(k, {})) for k in ("determiner", "np_stop", "time_noun", "not_noun", "tod")},
    )


def month_pattern() -> str:
    """Regex source matching a capitalised month name or abbreviation (no groups)."""
    return rf"(?:{alternation(time_vocab().months)})\b"


def range_precision(start: date, end: date) -> int:
    """ACLED time_precision of a day range: 1 for one day, 2 up to eight days, else 3."""
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= 8 else 3


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: date, months: int) -> date:
    """The first of the month that lies `months` calendar months after day's month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, ref: date) -> date | None:
    guess = _safe_date(ref.year, month, day)
    if guess is not None and guess > ref + timedelta(days=FUTURE_TOLERANCE_DAYS):
        return _safe_date(ref.year - 1, month, day)
    return guess


def _count(text: str | None) -> int | None:
    if text is None:
        return None
    low = " ".join(text.lower().split())
    return time_vocab().qty.get(low, parse_number(low))


def _span(text: str, lo: int, hi: int) -> Span:
    """A span of the sentence; find_times shifts it to article offsets at the end."""
    return Span(start=lo, end=hi, text=text[lo:hi])


def _point(m: re.Match[str], day: date | None, precision: int = 1) -> TimeExpr | None:
    return None if day is None else TimeExpr(_span(m.string, m.start(), m.end()), day, day, precision)


def _span_hit(m: re.Match[str], start: date, end: date, precision: int | None = None) -> TimeExpr:
    return TimeExpr(_span(m.string, m.start(), m.end()), start, end, precision or range_precision(start, end))


def _since(sentence: str, hit: TimeExpr, lo: int, ref: date) -> TimeExpr:
    if hit.start is None or hit.start > ref:
        return hit
    precision = max(hit.precision, range_precision(hit.start, ref))
    return replace(hit, span=_span(sentence, lo, hit.span.end), end=ref, precision=precision)


def _iso(m: re.Match[str], ref: date) -> TimeExpr | None:
    return _point(m, _safe_date(int(m["y"]), int(m["m"]), int(m["d"])))


def _day_month(m: re.Match[str], ref: date) -> TimeExpr | None:
    month, day = time_vocab().months[m["mon"]], int(m["day"])
    if m["year"]:
        return _point(m, _safe_date(int(m["year"]), month, day))
    return _point(m, _infer_year(month, day, ref))


def _day_range(m: re.Match[str], ref: date) -> TimeExpr | None:
    month, first, last = time_vocab().months[m["mon"]], int(m["day"]), int(m["day2"])
    if last <= first:
        return None
    end = _safe_date(int(m["year"]), month, last) if m["year"] else _infer_year(month, last, ref)
    start = _safe_date(end.year, month, first) if end else None
    return _span_hit(m, start, end) if start and end else None


def _month_range(m: re.Match[str], year: int, month: int) -> TimeExpr:
    first, last = time_vocab().parts.get(_norm(m["part"]), (1, 31)) if m["part"] else (1, 31)
    end = _month_end(year, month)
    return _span_hit(m, date(year, month, min(first, end.day)), date(year, month, min(last, end.day)), 3)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _month(m: re.Match[str], ref: date) -> TimeExpr | None:
    """A month with a year ("August 2018"), or a full month name after a preposition or part ("in August")."""
    prep, month = _norm(m["prep"] or ""), time_vocab().months[m["mon"]]
    if m["year"]:
        return _month_range(m, int(m["year"]), month)
    if m["mon"] not in time_vocab().full_months or not (prep or m["part"]):
        return None
    if m["mon"] == "May" and prep not in {"in", "since", "until"} and not m["part"]:
        return None
    year = ref.year - 1 if date(ref.year, month, 1) > ref else ref.year
    hit = _month_range(m, year, month)
    return _since(m.string, hit, m.start(), ref) if prep == "since" else hit


def _year_alone(m: re.Match[str], ref: date) -> TimeExpr | None:
    prep = _norm(m["prep"] or "")
    if not prep and not m["part"]:
        return None
    year = int(m["year"])
    first, last = time_vocab().parts.get(_norm(m["part"]), (1, 31)) if m["part"] else (1, 31)
    start, end = date(year, (first - 1) // 10 * 4 + 1, 1), _month_end(year, min(12, (last + 9) // 10 * 4))
    hit = _span_hit(m, start, end, 3)
    return _since(m.string, hit, m.start(), ref) if prep == "since" else hit


def _weekday(m: re.Match[str], ref: date) -> TimeExpr | None:
    wanted = time_vocab().weekdays[m["wd"]]
    pre = _norm(m["pre"] or "")
    if pre == "next":
        day = ref + timedelta(days=(wanted - ref.weekday()) % 7 or 7)
    else:
        back = (ref.weekday() - wanted) % 7
        day = ref - timedelta(days=back or (7 if pre == "last" else 0))
    return TimeExpr(_span(m.string, m.start(), m.end("tod") if m["tod"] else m.end("wd")), day, day, 1)


def _dayword(m: re.Match[str], ref: date) -> TimeExpr | None:
    return _point(m, ref - timedelta(days=time_vocab().daywords[_norm(m["word"])]))


def _recent(m: re.Match[str], ref: date) -> TimeExpr | None:
    return _span_hit(m, ref - timedelta(days=time_vocab().recent[_norm(m.group())]), ref)


def _calendar(m: re.Match[str], ref: date) -> TimeExpr | None:
    rule = time_vocab().calendar[_norm(m.group())]
    if rule == "prev_week":
        monday = ref - timedelta(days=ref.weekday() + 7)
        return _span_hit(m, monday, monday + timedelta(days=6), 2)
    if rule == "prev_month":
        first = _shift_months(ref, -1)
        return _span_hit(m, first, _month_end(first.year, first.month), 3)
    if rule == "prev_year":
        return _span_hit(m, date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), 3)
    if rule == "month_to_date":
        return _span_hit(m, ref.replace(day=1), ref, 3)
    if rule == "year_to_date":
        return _span_hit(m, date(ref.year, 1, 1), ref, 3)
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
    return _span_hit(m, saturday, min(saturday + timedelta(days=1), ref), 2)


def _past_n(m: re.Match[str], ref: date) -> TimeExpr | None:
    n = _count(m["n"]) if m["n"] else 1
    unit = time_vocab().units[m["unit"].lower()]
    if n is None:
        return None
    if m["n"] and _norm(m["n"]) in time_vocab().qty and n > 1:
        n = 7 if unit == 1 else 4 if unit == 7 else n
    return _span_hit(m, ref - timedelta(days=n * unit), ref)


def _ago(m: re.Match[str], ref: date) -> TimeExpr | None:
    n, unit = _count(m["n"]), m["unit"].lower()
    if n is None:
        return None
    vague = _norm(m["n"]) in time_vocab().qty and n > 1
    if unit in {"month", "year"}:
        day = _shift_months(ref, -n * (12 if unit == "year" else 1)).replace(day=min(ref.day, 28))
        return _point(m, day, 3)
    precision = (1 if unit == "day" else 2) + (1 if vague else 0)
    return _point(m, ref - timedelta(days=n * time_vocab().units[unit]), min(precision, 3))


def _duration(m: re.Match[str], ref: date) -> TimeExpr | None:
    noun = m.groupdict().get("noun")
    words = time_vocab().words
    if noun is not None and (noun.lower() in words["not_noun"] or noun.lower() in words["np_stop"]):
        return None
    n, unit = _count(m["n"]), m["unit"].lower()
    if n is None or n == 0:
        return None
    precision = {"day": 1, "week": 2}.get(unit, 3)
    days = n * time_vocab().units[unit]
    return TimeExpr(_span(m.string, m.start(), m.end()), None, None, precision, duration_days=days, is_duration=True)


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One expression pattern; gate lists lowercase substrings of which the sentence must contain one."""

    regex: re.Pattern[str]
    handler: _Handler
    gate: tuple[str, ...]


def _last_words(phrases: dict[str, int] | dict[str, str]) -> tuple[str, ...]:
    return tuple({p.split()[-1] for p in phrases})


@cache
def _patterns() -> tuple[_Pattern, ...]:
    v = time_vocab()
    mon, wd = month_pattern(), alternation(v.weekdays)
    part = rf"(?:(?P<part>(?i:{alternation(v.parts)}))[\s-]+)?"
    tod = rf"(?i:{alternation(v.words['tod'])})"
    num = rf"(?P<n>{word_number_pattern()}|{alternation(v.qty)})"
    unit = rf"(?P<unit>{alternation(v.units)})"
    on, year = r"\b(?:(?i:on|from|between)\s+)?", rf"(?:,?\s+{_YEAR})?"
    on_wd = rf"\b(?:(?i:on)\s+)?(?:(?:{wd}),?\s+)?"
    month_prep = r"\b(?:(?P<prep>(?i:in|since|until|till|by|during|from|through|throughout|last|this))\s+)?"
    year_prep = r"\b(?:(?P<prep>(?i:in|since|during|until|till|by|from|through|throughout|of))\s+)?"
    wd_pre = r"\b(?:(?P<pre>(?i:late on|early on|earlier on|later on|late|early|on|last|this past|this|next|overnight|on the night of))\s+)?"
    past = r"\b(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last|previous)\s+"
    hedge = r"(?:(?:more than|over|nearly|almost|about|around|at least|some|roughly)\s+)?"
    # the noun a duration describes, plus a second word for compounds ("a five-year civil war")
    prep = r"(?:of|on|in|at|against|by|with|for|to|from|near|into|over|across)\b"
    noun = rf"(?P<noun>[a-z][\w'-]*)(?:\s+(?!{prep})(?-i:[a-z]+)(?<!ed)(?<!ing)\b)?"
    iso = r"(?:\b(?i:on)\s+)?(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"
    digits, months, units = ("19", "20"), tuple(m[:3].lower() for m in v.months), tuple(v.units)
    table: list[tuple[str, _Handler, tuple[str, ...]]] = [
        (iso, _iso, digits),
        (rf"{on_wd}(?:(?i:the)\s+)?{_DAY}(?:\s+(?i:of))?\s+(?P<mon>{mon}){year}", _day_month, months),
        (rf"{on_wd}(?P<mon>{mon})\.?\s+{_DAY}{year}", _day_month, months),
        (rf"{on}(?:(?i:the)\s+)?{_DAY}{_DAY_LINK}{_DAY2}(?:\s+(?i:of))?\s+(?P<mon>{mon}){year}", _day_range, months),
        (rf"{on}(?P<mon>{mon})\.?\s+{_DAY}{_DAY_LINK}{_DAY2}{year}", _day_range, months),
        (rf"{month_prep}{part}(?P<mon>{mon})(?:\.?,?\s+{_YEAR}|(?!\.?\s*\d))", _month, months),
        (rf"{year_prep}{part}{_YEAR}", _year_alone, digits),
        (rf"{wd_pre}(?P<wd>{wd})\b(?:['’]s\b|\s+(?P<tod>{tod})\b)?", _weekday, ("day",)),
        (rf"(?i)\b(?P<word>{alternation(v.daywords)})(?:\s+(?P<tod>{tod}))?\b", _dayword, _last_words(v.daywords)),
        (rf"(?i)\b(?:{alternation(v.recent)})\b", _recent, _last_words(v.recent)),
        (rf"(?i)\b(?:{alternation(v.calendar)})\b", _calendar, _last_words(v.calendar)),
        (rf"(?i){past}(?:{num}\s+)?{unit}s?\b", _past_n, ("past", "last", "previous")),
        (rf"(?i)\b{num}\s+{unit}s?\s+ago\b", _ago, (" ago",)),
        (rf"(?i)\b(?:(?:a|an|the)\s+)?{num}[\s-]{unit}(?:[\s-]long)?[\s-]{noun}", _duration, units),
        (rf"(?i)\bfor\s+{hedge}{num}\s+{unit}s?\b", _duration, ("for ",)),
        (rf"(?i)\b{num}\s+{unit}s?\s+of\s+(?:the\s+)?(?!age\b)(?P<noun>[a-z][\w'-]*)", _duration, (" of ",)),
    ]
    return tuple(_Pattern(re.compile(src), handler, gate) for src, handler, gate in table)


@cache
def _relation_regex() -> re.Pattern[str]:
    v = time_vocab()
    determiners = alternation(v.words["determiner"])
    return re.compile(rf"(?i)\b(?P<rel>{alternation(v.relations)})\s+(?=(?:{determiners})\b)")


def _candidates(sentence: str, ref: date) -> list[tuple[TimeExpr, int]]:
    hits: list[tuple[TimeExpr, int]] = []
    lower = sentence.lower()
    for rank, pattern in enumerate(_patterns()):
        if not any(word in lower for word in pattern.gate):
            continue
        for m in pattern.regex.finditer(sentence):
            hit = pattern.handler(m, ref)
            if hit is not None:
                hits.append((hit, rank))
    return hits


def _select(hits: list[tuple[TimeExpr, int]]) -> list[TimeExpr]:
    """Leftmost-longest choice among overlapping candidates; ties go to the earlier pattern."""
    chosen: list[TimeExpr] = []
    for hit, _ in sorted(hits, key=lambda h: (h[0].span.start, -h[0].span.end, h[1])):
        if not chosen or hit.span.start >= chosen[-1].span.end:
            chosen.append(hit)
    return chosen


def _apply_since(sentence: str, hit: TimeExpr, ref: date) -> TimeExpr:
    if hit.is_duration or hit.start is None or hit.end == ref:
        return hit
    m = _SINCE_BEFORE.search(sentence, max(0, hit.span.start - 12), hit.span.start)
    return hit if m is None else _since(sentence, hit, m.start(), ref)


def _event_np(sentence: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Bounds of the event noun phrase starting at pos: up to a clause boundary, limit or six words."""
    v = time_vocab()
    words: list[re.Match[str]] = []
    while len(words) < 6:
        m = _WORD.match(sentence, pos)
        if m is None or m.end(1) > limit or (words and m[1].lower() in v.words["np_stop"]):
            break
        words.append(m)
        pos = m.end()
    lows = [w[1].lower() for w in words]
    # "prior to this a truce..." is a pronoun, not an event phrase
    dets = v.words["determiner"]
    if len(lows) < 2 or lows[-1] in v.words["time_noun"] or lows[-1] in dets or lows[1] in dets:
        return None
    return words[0].start(1), words[-1].end(1)


def _events(sentence: str, chosen: list[TimeExpr]) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    for m in _relation_regex().finditer(sentence):
        if any(h.span.start < m.end() and m.start() < h.span.end for h in chosen):
            continue
        limit = min((h.span.start for h in chosen if h.span.start >= m.end()), default=len(sentence))
        bounds = _event_np(sentence, m.end(), limit)
        if bounds is None:
            continue
        relation = time_vocab().relations[_norm(m["rel"])]
        anchor = sentence[bounds[0] : bounds[1]]
        span = _span(sentence, m.start(), bounds[1])
        found.append(TimeExpr(span, None, None, _UNRESOLVED_PRECISION, relation=relation, anchor_text=anchor))
    return found


def find_times(sentence: str, offset: int, ref: date) -> list[TimeExpr]:
    """Every time expression in sentence, in text order, resolved against ref (the article date).

    Spans are article offsets: offset is where sentence starts in the article text.
    """
    chosen = [_apply_since(sentence, h, ref) for h in _select(_candidates(sentence, ref))]
    hits = sorted([*chosen, *_events(sentence, chosen)], key=lambda h: h.span.start)
    return [replace(h, span=Span(h.span.start + offset, h.span.end + offset, h.span.text)) for h in hits]


def to_timespan(expr: TimeExpr) -> TimeSpan:
    """The expression as a TimeSpan; start and end stay None when it needs an anchor event."""
    return TimeSpan(start=expr.start, end=expr.end, time_precision=expr.precision, text=expr.span.text, span=expr.span)


def _duration_months(expr: TimeExpr) -> int | None:
    days = expr.duration_days or 0
    if expr.precision < 3 or days <= 0:
        return None
    return days // 365 * 12 if days % 365 == 0 else max(1, round(days / 30))


def anchor_duration(expr: TimeExpr, *, end: date) -> TimeSpan:
    """A duration ("a five-month assault") as the span ending at a known date, counting both ends.

    Month and year durations run from the 1st of the first month: five months ending 2019-08-31 is
    2019-04-01..2019-08-31. Raises ValueError for an expression that is not a duration.
    """
    if not expr.is_duration or not expr.duration_days:
        raise ValueError(f"not a duration: {expr.span.text!r}")
    months = _duration_months(expr)
    start = _shift_months(end, 1 - months) if months else end - timedelta(days=expr.duration_days - 1)
    precision = max(expr.precision, range_precision(start, end))
    return TimeSpan(start=start, end=end, time_precision=precision, text=expr.span.text, span=expr.span)


def since_anchor(expr: TimeExpr, *, anchor: date, ref: date) -> TimeSpan:
    """An event-relative expression ("since the ceasefire") once its event is dated: [anchor, ref]."""
    start, end = min(anchor, ref), max(anchor, ref)
    return TimeSpan(start=start, end=end, time_precision=range_precision(start, end), text=expr.span.text, span=expr.span)
