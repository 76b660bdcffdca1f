"""The readers' packaged vocabularies: news sources and per-language function words."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from frontwire.errors import ResourceError

_SOURCE_KINDS = frozenset({"agency", "outlet", "monitor", "photo", "generic", "outlet_word"})
# Kinds that a body sentence can name as where its information came from.
REPORTING_KINDS = frozenset({"agency", "outlet", "monitor"})


@dataclass(frozen=True, slots=True)
class NewsSources:
    """Known agencies, outlets and photo services, with their spellings."""

    canonical: Mapping[str, str]
    kinds: Mapping[str, str]
    folded: Mapping[str, str]
    outlet_words: frozenset[str]
    names: re.Pattern[str]

    def lookup(self, name: str) -> str | None:
        """The canonical name for a spelling, matched exactly and then ignoring case."""
        return self.canonical.get(name) or self.folded.get(name.casefold())

    def kind(self, canonical: str) -> str:
        """The kind of a canonical source name (agency, outlet, monitor, photo, generic)."""
        return self.kinds[canonical]


def _data_lines(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a packaged data file, without comments and blank lines."""
    try:
        text = resources.files("frontwire").joinpath("data", "read", name).read_text("utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise ResourceError(f"packaged data file data/read/{name} cannot be read: {exc}") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            row = line.split("\t")
            if len(row) < 2 or not row[0]:
                raise ResourceError(f"data/read/{name} line {number}: expected name<TAB>values")
            yield row


@cache
def news_sources() -> NewsSources:
    """The news-source vocabulary from data/read/news_sources.tsv."""
    canonical: dict[str, str] = {}
    kinds: dict[str, str] = {}
    outlet_words: set[str] = set()
    for name, kind, *rest in _data_lines("news_sources.tsv"):
        if kind not in _SOURCE_KINDS:
            raise ResourceError(f"data/read/news_sources.tsv: {name!r} has unknown kind {kind!r}")
        if kind == "outlet_word":
            outlet_words.add(name)
            continue
        kinds[name] = kind
        aliases = [a for a in (rest[0].split("|") if rest else []) if a]
        for spelling in (name, *aliases):
            canonical[spelling] = name
    return NewsSources(
        canonical=canonical,
        kinds=kinds,
        folded={spelling.casefold(): name for spelling, name in canonical.items()},
        outlet_words=frozenset(outlet_words),
        names=_alternation(canonical),
    )


def _alternation(spellings: Mapping[str, str]) -> re.Pattern[str]:
    # Longest first, so "Agence France-Presse" wins over a shorter spelling inside it.
    ordered = sorted(spellings, key=len, reverse=True)
    body = "|".join(re.escape(s) for s in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Per-language function words from data/read/function_words.tsv, English first."""
    table = {row[0]: frozenset(row[1].split()) for row in _data_lines("function_words.tsv")}
    if next(iter(table), None) != "English":
        raise ResourceError("data/read/function_words.tsv must list English first")
    return table
