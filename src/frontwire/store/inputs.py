"""What `frontwire ingest PATH…` reads: files, folders, globs, feeds, web addresses and stdin -> items."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx

from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read import ReadFailure, iter_path
from frontwire.read.decode import DEFAULT_MAX_BYTES, read_file_bytes
from frontwire.store.feeds import is_url, iter_url, looks_like_feed, read_feed

STDIN = "-"
STDIN_NAME = "<stdin>"
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class InputItem:
    """One article (or one failure to read one), with the file or address to read again for a retry."""

    origin: str
    item: Article | ReadFailure

    @property
    def location(self) -> str:
        """Where exactly the item came from: file, file:line, file[record], feed#entry."""
        if isinstance(self.item, ReadFailure):
            return self.item.location
        return self.item.source or self.origin


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read the inputs."""

    default_date: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    fetch_pages: bool = False


def expand(args: Iterable[str]) -> Iterator[str]:
    """Each argument as the inputs it names: folders walked for known suffixes, globs expanded, in order."""
    for arg in args:
        if arg == STDIN or is_url(arg):
            yield arg
            continue
        path = Path(arg).expanduser()
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists() and _GLOB_CHARS & set(arg):
            yield from _glob(arg)
        else:
            yield str(path)


def _walk(folder: Path) -> Iterator[str]:
    suffixes = ARTICLE_SUFFIXES | FEED_SUFFIXES
    found = (p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
    yield from sorted(str(p) for p in found)


def _glob(pattern: str) -> Iterator[str]:
    matches = sorted(glob.glob(str(Path(pattern).expanduser()), recursive=True))
    if not matches:
        yield pattern  # reading it reports "no such file", which names the pattern
    for match in matches:
        yield from _walk(Path(match)) if Path(match).is_dir() else iter((match,))


def read_inputs(args: Iterable[str], options: ReadOptions, *,
                client: httpx.Client | None = None) -> Iterator[InputItem]:
    """Every item of every input; an input that cannot be read at all becomes one failure."""
    for origin in expand(args):
        try:
            for item in _read_one(origin, options, client=client):
                yield InputItem(STDIN_NAME if origin == STDIN else origin, item)
        except InputError as exc:
            where = STDIN_NAME if origin == STDIN else origin
            yield InputItem(where, ReadFailure(source=where, line=None, message=exc.problem))


def _read_one(origin: str, options: ReadOptions, *, client: httpx.Client | None) -> Iterator[Article | ReadFailure]:
    if is_url(origin):
        if client is None:
            raise InputError(origin, "web addresses need an HTTP client")
        yield from iter_url(origin, client=client, default_date=options.default_date,
                            max_bytes=options.max_bytes, fetch_pages=options.fetch_pages)
        return
    path = Path(origin)
    if origin != STDIN and _is_feed_file(path):
        data = read_file_bytes(path, source=origin, max_bytes=options.max_bytes)
        pages = client if options.fetch_pages else None
        yield from read_feed(data, source=origin, default_date=options.default_date,
                             page_client=pages, max_bytes=options.max_bytes)
        return
    yield from iter_path(origin, default_date=options.default_date, max_bytes=options.max_bytes)


def _is_feed_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES - {".html", ".htm", ".xhtml"} or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return looks_like_feed(handle.read(2048))
    except OSError:
        return False
