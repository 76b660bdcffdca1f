"""Publication dates as news pages write them: date lines ("12 September, 2019") and date values."""

from __future__ import annotations

import re
from datetime import date, datetime

# The months are the grammar of English dates rather than a tunable vocabulary.
_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"[0-3]?\d"
_YEAR = r"(?:19|20)\d{2}"
_ORDINAL = r"(?:st|nd|rd|th)?"

_DATE = re.compile(
    rf"(?<![\d/.-])(?P<iso_y>{_YEAR})[-/](?P<iso_m>[01]?\d)[-/](?P<iso_d>{_DAY})(?![\d/])"
    rf"|\b(?P<dmy_d>{_DAY}){_ORDINAL}(?:\s+of)?[\s-]+(?P<dmy_m>{_MONTH})\.?,?[\s-]+(?P<dmy_y>{_YEAR})\b"
    rf"|\b(?P<mdy_m>{_MONTH})\.?\s+(?P<mdy_d>{_DAY}){_ORDINAL},?\s+(?P<mdy_y>{_YEAR})\b"
    rf"|\b(?P<ymd_y>{_YEAR}),?\s+(?P<ymd_m>{_MONTH})\.?\s+(?P<ymd_d>{_DAY}){_ORDINAL}\b"
    rf"|(?<![\d/.])(?P<num_a>{_DAY})[/.](?P<num_b>{_DAY})[/.](?P<num_y>{_YEAR})(?![\d/])",
    re.IGNORECASE,
)

# What may stand around the date on a line that is only a date line.
_DECORATION = re.compile(
    r"(?:published|updated|last|first|posted|modified|created|on|at|date|time|local|hrs|h"
    r"|gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|ast|msk|et|ist|pkt|eat|cat|wat"
    r"|am|pm|a\.m\.?|p\.m\.?"
    r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
    r"|\d{1,2}[:.h]\d{2}(?::\d{2})?|\d{1,4}|[+-]\d{1,2}(?::?\d{2})?"
    r"|[\s,:;|/()\[\].·•–—-])*",
    re.IGNORECASE,
)
_MAX_DATE_LINE = 90
_STAMP_WORD = re.compile(r"(?:last\s+)?(?:published|updated|posted|modified)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}")
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date_line(line: str) -> date | None:
    """The date a line shows when the line is only a date with its decoration, else None.

    "12 September, 2019", "Thursday 12 September 2019", "Updated 14:05 GMT, Sep 12 2019"
    and "Published: 2019-09-12" are date lines; a sentence that mentions a date is not.
    """
    if len(line) > _MAX_DATE_LINE:
        return None
    found: date | None = None
    for match in _DATE.finditer(line):
        found = found or _date_of(match)
    if found is None:
        return None
    return found if _DECORATION.fullmatch(_DATE.sub(" ", line)) else None


def is_time_stamp(line: str) -> bool:
    """A line such as "Updated 14:05 GMT": a publishing word and a time, but no date."""
    return (
        len(line) <= _MAX_DATE_LINE
        and _STAMP_WORD.match(line) is not None
        and _CLOCK.search(line) is not None
        and _DECORATION.fullmatch(line) is not None
    )


def parse_date_value(value: str) -> date | None:
    """The date in a metadata value: ISO date or datetime, or a common written format."""
    text = value.strip()
    if _ISO_PREFIX.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass  # a date-shaped prefix with odd trailing text: the generic search below decides
    for match in _DATE.finditer(text):
        found = _date_of(match)
        if found is not None:
            return found
    return None


def _date_of(match: re.Match[str]) -> date | None:
    """The calendar date a _DATE match names, or None when no such day exists."""
    groups = match.groupdict()
    if groups["iso_y"]:
        parts = (groups["iso_y"], groups["iso_m"], groups["iso_d"])
        return _make_date(int(parts[0]), int(parts[1]), int(parts[2]))
    if groups["dmy_y"]:
        month = _MONTH_NUMBERS[groups["dmy_m"][:3].lower()]
        return _make_date(int(groups["dmy_y"]), month, int(groups["dmy_d"]))
    if groups["mdy_y"]:
        month = _MONTH_NUMBERS[groups["mdy_m"][:3].lower()]
        return _make_date(int(groups["mdy_y"]), month, int(groups["mdy_d"]))
    if groups["ymd_y"]:
        month = _MONTH_NUMBERS[groups["ymd_m"][:3].lower()]
        return _make_date(int(groups["ymd_y"]), month, int(groups["ymd_d"]))
    first, second = int(groups["num_a"]), int(groups["num_b"])
    # Day first, as most of the world writes it, unless the second number cannot be a month.
    day, month = (second, first) if second > 12 else (first, second)
    return _make_date(int(groups["num_y"]), month, day)


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
