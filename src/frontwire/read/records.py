"""JSON records (one object, an array, or JSON Lines) -> Articles."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import BinaryIO

from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read.dates import parse_date_value
from frontwire.read.decode import decode_bytes, format_size, normalise_text
from frontwire.read.failures import ReadFailure
from frontwire.read.page import squash
from frontwire.read.text import Hints, Metadata, build_article

_TEXT_KEYS = ("text", "body", "content")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "published_at", "publish_date", "datetime")
_OUTLET_KEYS = ("outlet", "source", "publisher")
_URL_KEYS = ("url", "link")
_DISCARD_CHUNK = 1 << 20


def read_record(
    record: Mapping[str, object], *, source: str, default_date: date | None = None
) -> Article:
    """Read one article record: title, text, date, url, outlet (and their usual synonyms)."""
    text = _first_string(record, _TEXT_KEYS, source=source)
    if not text or not text.strip():
        raise InputError(source, "record has no text (give it a 'text', 'body' or 'content' field)")
    title = _first_string(record, _TITLE_KEYS, source=source)
    headline = squash(title) if title else None
    body = normalise_text(text)
    if headline and body.split("\n", 1)[0].strip() != headline:
        body = f"{headline}\n\n{body}"
    metadata = Metadata(
        published=_record_date(record, source=source),
        outlet=_outlet(record, source=source),
        url=_first_string(record, _URL_KEYS, source=source),
    )
    return build_article(
        body,
        source=source,
        default_date=default_date,
        hints=Hints(headline_first=headline is not None),
        metadata=metadata,
    )


def _first_string(
    record: Mapping[str, object], keys: tuple[str, ...], *, source: str
) -> str | None:
    """The value of the first of keys present in the record; it must be a string."""
    for key in keys:
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            kind = type(value).__name__
            raise InputError(source, f"field {key!r} should be a string, not {kind}")
        return value
    return None


def _outlet(record: Mapping[str, object], *, source: str) -> str | None:
    for key in _OUTLET_KEYS:
        value = record.get(key)
        if isinstance(value, Mapping):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return squash(value)
        if value is not None and value != "":
            raise InputError(source, f"field {key!r} should be the outlet's name")
    return None


def _record_date(record: Mapping[str, object], *, source: str) -> date | None:
    for key in _DATE_KEYS:
        value = _first_string(record, (key,), source=source)
        if value is None:
            continue
        found = parse_date_value(value)
        if found is None:
            raise InputError(
                source, f"field {key!r} is not a date ({value[:40]!r}); write it like 2019-09-12"
            )
        return found
    return None


def load_json(text: str, *, source: str) -> object:
    """Parse a whole JSON document, naming the line and column of a syntax error."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {_json_problem(exc)}"
        ) from None


def iter_json_value(
    value: object, *, source: str, default_date: date | None
) -> Iterator[Article | ReadFailure]:
    """One Article for an object; one item per element for an array, failures reported."""
    if isinstance(value, Mapping):
        yield read_record(value, source=source, default_date=default_date)
        return
    if not isinstance(value, list):
        raise InputError(source, f"expected a JSON object or array, got {type(value).__name__}")
    for index, item in enumerate(value):
        where = f"{source}[{index}]"
        try:
            if not isinstance(item, Mapping):
                raise InputError(where, f"expected a JSON object, got {type(item).__name__}")
            yield read_record(item, source=where, default_date=default_date)
        except InputError as exc:
            yield ReadFailure.from_error(exc, source=source, record=index)


def iter_json_lines(
    lines: Iterable[tuple[int, bytes | None]],
    *,
    source: str,
    default_date: date | None,
    max_bytes: int,
) -> Iterator[Article | ReadFailure]:
    """One item per non-blank line; a line of None stands for one over max_bytes."""
    for number, raw in lines:
        where = f"{source}:{number}"
        try:
            if raw is None:
                raise InputError(where, f"line is over the {format_size(max_bytes)} limit")
            if not raw.strip():
                continue
            record = _record_of_line(raw, where=where)
            yield read_record(record, source=where, default_date=default_date)
        except InputError as exc:
            yield ReadFailure.from_error(exc, source=source, line=number)


def _record_of_line(raw: bytes, *, where: str) -> Mapping[str, object]:
    try:
        value = json.loads(decode_bytes(raw, source=where))
    except json.JSONDecodeError as exc:
        problem = f"invalid JSON at column {exc.colno}: {_json_problem(exc)}"
        raise InputError(where, problem) from None
    if not isinstance(value, Mapping):
        raise InputError(where, f"expected a JSON object, got {type(value).__name__}")
    return value


def capped_lines(stream: BinaryIO, *, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a stream, read one at a time; a line past max_bytes comes as None.

    The cap applies per line, so that a JSON Lines corpus may be larger than one article may.
    """
    for number in itertools.count(1):
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
        else:
            yield number, line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_DISCARD_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _json_problem(error: json.JSONDecodeError) -> str:
    # json's messages end in a dangling "at" that its own formatting completes.
    return error.msg.removesuffix(" at").lower()
