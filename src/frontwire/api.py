"""The library's front door: load resources once, then code one article or a stream of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
import multiprocessing
from itertools import islice
from typing import TYPE_CHECKING

from frontwire.errors import FrontwireError
from frontwire.extract.actors import load_catalogue
from frontwire.extract.core import Resources, code_parsed, coded_paragraphs
from frontwire.extract.core import extract as _extract
from frontwire.extract.lexicon import load_lexicon
from frontwire.geo.gazetteer import load_gazetteer
from frontwire.nlp.pipeline import load_pipeline
from frontwire.read import ReadFailure
from frontwire.settings import Settings

if TYPE_CHECKING:
    from frontwire.models import Article, Coding

__all__ = ["CodingFailure", "Resources", "code_articles", "extract", "load_resources"]


@dataclass(frozen=True, slots=True)
class CodingFailure:
    """An item of a batch that could not be read or coded, and why."""

    source: str
    line: int | None
    message: str


def load_resources(settings: Settings | None = None) -> Resources:
    """Load the spaCy pipeline, gazetteer, actor catalogue and lexicon named by the settings."""
    settings = settings or Settings()
    from pathlib import Path

    return Resources(
        nlp=load_pipeline(settings.model),
        gazetteer=load_gazetteer(Path(settings.gazetteer) if settings.gazetteer else None),
        actors=load_catalogue(Path(settings.actors) if settings.actors else None),
        lexicon=load_lexicon(),
    )


def extract(article: Article, resources: Resources, *, country_hint: str | None = None) -> Coding:
    """Code one article (the pure core; see frontwire.extract.core)."""
    return _extract(article, resources, country_hint=country_hint)


def _failure(item: ReadFailure) -> CodingFailure:
    return CodingFailure(item.source, item.line, item.message)


def _code_chunk(chunk: list[Article | ReadFailure], res: Resources, *, n_process: int,
                batch_size: int, country_hint: str | None) -> Iterator[Coding | CodingFailure]:
    articles = [a for a in chunk if not isinstance(a, ReadFailure)]
    texts = [p.text for a in articles for p in coded_paragraphs(a)]
    docs = iter(res.nlp.pipe(texts, n_process=n_process, batch_size=batch_size))
    for item in chunk:
        if isinstance(item, ReadFailure):
            yield _failure(item)
            continue
        mine = [next(docs) for _ in coded_paragraphs(item)]
        try:
            yield code_parsed(item, mine, res, country_hint=country_hint)
        except FrontwireError as exc:
            yield CodingFailure(item.source or "<article>", None, str(exc))


# Set in the parent just before forking workers, so each worker shares the loaded resources.
_FORKED: tuple[Resources, str | None] | None = None


def _code_in_worker(item: Article | ReadFailure) -> Coding | CodingFailure:
    if _FORKED is None:
        raise RuntimeError("worker started without resources")
    res, hint = _FORKED
    return next(_code_chunk([item], res, n_process=1, batch_size=64, country_hint=hint))


def _code_forked(items: Iterable[Article | ReadFailure], res: Resources, *, n_process: int,
                 country_hint: str | None) -> Iterator[Coding | CodingFailure]:
    """Whole articles coded in forked workers: no parse trees cross process boundaries, only codings."""
    global _FORKED
    _FORKED = (res, country_hint)
    try:
        with multiprocessing.get_context("fork").Pool(n_process) as pool:
            yield from pool.imap(_code_in_worker, items, chunksize=4)
    finally:
        _FORKED = None


def code_articles(items: Iterable[Article | ReadFailure], res: Resources, *, n_process: int = 1,
                  batch_size: int = 32, chunk: int = 256,
                  country_hint: str | None = None) -> Iterator[Coding | CodingFailure]:
    """Code a stream of articles in input order; unreadable items come back as CodingFailure.

    With n_process > 1 (on platforms that can fork) whole articles are coded in worker processes.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _code_forked(items, res, n_process=n_process, country_hint=country_hint)
        return
    it = iter(items)
    while block := list(islice(it, chunk)):
        yield from _code_chunk(block, res, n_process=n_process, batch_size=batch_size,
                               country_hint=country_hint)
