"""Files, stdin and byte strings -> Articles: size and format checks, and telling formats apart."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal

from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read.decode import (
    DEFAULT_MAX_BYTES,
    check_file,
    decode_bytes,
    format_size,
    read_capped,
    read_file_bytes,
)
from frontwire.read.failures import ReadFailure
from frontwire.read.webpage import read_html
from frontwire.read.records import (
    capped_lines,
    iter_json_lines,
    iter_json_value,
    load_json,
)
from frontwire.read.text import read_text

Kind = Literal["html", "json", "jsonl", "text"]
STDIN = "-"
_STDIN_NAME = "<stdin>"
_JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--"
    r"|<meta[\s>]|<title[\s>]|<article[\s>]|<div[\s>]|<p[\s>])",
    re.IGNORECASE,
)
_HTML_ANYWHERE = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_SNIFF_CHARS = 4096


def sniff(text: str) -> Kind:
    """Whether a decoded input is an HTML page, one JSON document, JSON Lines or plain text."""
    if _HTML_START.match(text) or _HTML_ANYWHERE.search(text, 0, _SNIFF_CHARS):
        return "html"
    head = text.lstrip()[:1]
    if head == "{":
        first = text.lstrip().split("\n", 1)
        return "jsonl" if len(first) > 1 and _is_json_object(first[0]) else "json"
    if head == "[" and _is_json(text):
        return "json"
    return "text"


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def read_bytes(
    data: bytes,
    *,
    source: str,
    default_date: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read one article from the bytes of a text, HTML or single-JSON-record file."""
    items = _iter_bytes(data, source=source, default_date=default_date, max_bytes=max_bytes)
    return _single(items, source=source)


def iter_path(
    path: Path | str, *, default_date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | ReadFailure]:
    """Every article in a file ("-" for stdin): one per JSON Lines line or JSON array element.

    Problems with the file itself raise InputError when iter_path is called (for stdin, when
    reading starts); a bad record of a many-record file comes as a ReadFailure and reading
    goes on.
    """
    if str(path) == STDIN:
        return iter_stream(sys.stdin.buffer, default_date=default_date, max_bytes=max_bytes)
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in _JSON_LINES_SUFFIXES:
        # No size cap on the whole file: a corpus may be larger than one article may.
        check_file(path, source=source)
        return _iter_json_lines_file(
            path, source=source, default_date=default_date, max_bytes=max_bytes
        )
    data = read_file_bytes(path, source=source, max_bytes=max_bytes)
    kind: Kind | None = "html" if suffix in _HTML_SUFFIXES else None
    kind = kind or ("json" if suffix == ".json" else None)
    return _iter_bytes(
        data, source=source, default_date=default_date, max_bytes=max_bytes, kind=kind
    )


def read_path(
    path: Path | str, *, default_date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """The one article in a file; InputError for any problem, or for a file of several."""
    source = _STDIN_NAME if str(path) == STDIN else str(path)
    items = iter_path(path, default_date=default_date, max_bytes=max_bytes)
    return _single(items, source=source)


def _single(items: Iterator[Article | ReadFailure], *, source: str) -> Article:
    first = next(items, None)
    if first is None:
        raise InputError(source, "holds no articles")
    if isinstance(first, ReadFailure):
        raise first.error()
    if next(items, None) is not None:
        raise InputError(source, "holds more than one article; read it with iter_path")
    return first


def _iter_bytes(
    data: bytes,
    *,
    source: str,
    default_date: date | None,
    max_bytes: int,
    kind: Kind | None = None,
) -> Iterator[Article | ReadFailure]:
    """The articles in the bytes of one input; the input's own problems raise at once."""
    if len(data) > max_bytes:
        raise InputError(
            source, f"file is {format_size(len(data))}, over the {format_size(max_bytes)} limit"
        )
    text = decode_bytes(data, source=source)
    kind = kind or sniff(text)
    if kind == "html":
        return iter([read_html(text, source=source, default_date=default_date)])
    if kind == "json":
        value = load_json(text, source=source)
        return iter_json_value(value, source=source, default_date=default_date)
    if kind == "jsonl":
        lines = enumerate(text.encode("utf-8").splitlines(), start=1)
        return iter_json_lines(lines, source=source, default_date=default_date, max_bytes=max_bytes)
    return iter([read_text(text, source=source, default_date=default_date)])


def _iter_json_lines_file(
    path: Path, *, source: str, default_date: date | None, max_bytes: int
) -> Iterator[Article | ReadFailure]:
    with _open(path, source=source) as stream:
        lines = capped_lines(stream, max_bytes=max_bytes)
        yield from iter_json_lines(
            lines, source=source, default_date=default_date, max_bytes=max_bytes
        )


def _open(path: Path, *, source: str) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror})") from exc


def iter_stream(
    stream: BinaryIO, *, default_date: date | None, max_bytes: int
) -> Iterator[Article | ReadFailure]:
    """Read a stream such as stdin: JSON Lines line by line, anything else whole (capped)."""
    first = stream.readline(max_bytes + 1)
    if len(first) > max_bytes:
        raise InputError(_STDIN_NAME, f"input is over the {format_size(max_bytes)} limit")
    if first.lstrip().startswith(b"{") and _is_json_object(first.decode("utf-8", "replace")):
        rest = capped_lines(stream, max_bytes=max_bytes)
        lines = ((n + 1, line) for n, line in rest)
        yield from iter_json_lines(
            _chain_first(first, lines),
            source=_STDIN_NAME,
            default_date=default_date,
            max_bytes=max_bytes,
        )
        return
    data = first + read_capped(stream, source=_STDIN_NAME, max_bytes=max_bytes)
    yield from _iter_bytes(data, source=_STDIN_NAME, default_date=default_date, max_bytes=max_bytes)


def _chain_first(
    first: bytes, rest: Iterator[tuple[int, bytes | None]]
) -> Iterator[tuple[int, bytes | None]]:
    yield 1, first
    yield from rest
