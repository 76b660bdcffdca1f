"""The `frontwire eval` commands: read gold files, code their texts, print the scores.

Scoring lives in frontwire.evaluate; this layer only reads files, selects rows, calls
code_articles and prints. Register it with `cli.add_command(eval_group, name="eval")`.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from frontwire.errors import InputError
from frontwire.evaluate.report import EvalReport, format_report, report_to_dict
from frontwire.evaluate.stats import seeded_sample

if TYPE_CHECKING:
    from frontwire.api import Resources
    from frontwire.models import Article
    from frontwire.settings import Settings

Json = Mapping[str, Any]
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

PROGRESS_EVERY = 500
SEED_ARTICLE = Path("../shared/seed/000_6f97f35e48310271.txt")
EXPECTED_SUFFIX = ".expected.json"


@dataclass(frozen=True, slots=True)
class Job:
    """One text to code: its article (None when it could not be read) and its country hint."""

    article: Article | None
    hint: str | None


@dataclass(frozen=True, slots=True)
class Selection:
    """Which rows of a gold file to use."""

    limit: int | None = None
    sample: int | None = None
    seed: int = 0


# --- reading and selecting -----------------------------------------------------------


def read_jsonl(path: Path) -> list[tuple[int, Json]]:
    """(line number, object) for every non-blank line of a JSON Lines file."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot open ({exc.strerror})") from None
    rows: list[tuple[int, Json]] = []
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"invalid JSON at column {exc.colno}") from None
            if not isinstance(value, dict):
                raise InputError(f"{path}:{number}", "expected a JSON object")
            rows.append((number, value))
    return rows


def select(rows: Sequence[T], selection: Selection) -> list[T]:
    """A seeded sample of the rows (when asked), then the first `limit` of them."""
    chosen = list(rows) if selection.sample is None else seeded_sample(rows, selection.sample, seed=selection.seed)
    return chosen if selection.limit is None else chosen[: selection.limit]


def safe_article(build: Callable[[], Article]) -> Article | None:
    """The article, or None when its row cannot be read as one (it then scores as uncoded)."""
    try:
        return build()
    except InputError:
        return None


# --- coding --------------------------------------------------------------------------


def stderr_progress(total: int, every: int = PROGRESS_EVERY) -> Callable[[int], None]:
    """A progress callback that writes a line to stderr every `every` rows and at the end."""
    started = time.perf_counter()

    def report(done: int) -> None:
        if done % every == 0 or done == total:
            click.echo(f"coded {done}/{total} rows in {time.perf_counter() - started:.1f} s", err=True)

    return report


def code_outputs(
    jobs: Sequence[Job], res: Resources, *, workers: int = 1, progress: Callable[[int], None] | None = None
) -> list[Json | None]:
    """The JSON output contract for each job, in job order; None where reading or coding failed.

    code_articles takes one country hint per call, so jobs are coded in groups of equal hint.
    """
    from frontwire.api import CodingFailure, code_articles
    from frontwire.output import coding_to_dict

    outputs: list[Json | None] = [None] * len(jobs)
    groups: dict[str | None, list[int]] = {}
    for i, job in enumerate(jobs):
        if job.article is not None:
            groups.setdefault(job.hint, []).append(i)
    done = len(jobs) - sum(len(g) for g in groups.values())
    for hint, indices in groups.items():
        articles = [article for i in indices if (article := jobs[i].article) is not None]
        coded = code_articles(articles, res, n_process=workers, country_hint=hint)
        for i, result in zip(indices, coded, strict=True):
            outputs[i] = None if isinstance(result, CodingFailure) else coding_to_dict(result)
            done += 1
            if progress is not None:
                progress(done)
    return outputs


# --- the commands --------------------------------------------------------------------


def _settings(ctx: click.Context, workers: int | None) -> Settings:
    from frontwire.settings import load_settings

    obj = ctx.find_root().obj or {}
    return load_settings(obj.get("config"), model=obj.get("model"), workers=workers)


def _resources(settings: Settings) -> Resources:
    from frontwire.api import load_resources

    return load_resources(settings)


def _emit(report: EvalReport, as_json: bool) -> None:
    click.echo(json.dumps(report_to_dict(report), ensure_ascii=False) if as_json else format_report(report))


def _timed(note: str, started: float) -> str:
    return f"{note}; took {time.perf_counter() - started:.1f} s"


def selection_options(func: F) -> F:
    """The options every file evaluation takes."""
    options = [
        click.option("--json", "as_json", is_flag=True, help="Print the report as JSON."),
        click.option("--limit", type=click.IntRange(min=1), help="Use at most N rows (after sampling)."),
        click.option("--sample", type=click.IntRange(min=1), help="Use a random sample of N rows."),
        click.option("--seed", type=int, default=0, show_default=True, help="Random seed of --sample."),
        click.option("--workers", type=click.IntRange(min=1), help="spaCy processes (default: settings)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group(name="eval")
def eval_group() -> None:
    """Measure frontwire against human-coded gold data (ACLED, PLOVER, geoparsing, the seed article)."""


@eval_group.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--country", metavar="NAME", help="Only rows whose `country` is NAME (e.g. Syria).")
@selection_options
@click.pass_context
def acled(ctx: click.Context, path: Path, country: str | None, as_json: bool, limit: int | None,
          sample: int | None, seed: int, workers: int | None) -> None:
    """Score ACLED rows: each row's notes are coded and its first event compared with the coding.

    Example: frontwire eval acled ../shared/data/acled-me-2018/dev.jsonl --country Syria
    """
    from frontwire.evaluate.acled import acled_report, catalogue_lookup, parse_acled_row, row_article, score_acled_row

    started = time.perf_counter()
    raw = read_jsonl(path)
    if country:
        raw = [(n, r) for n, r in raw if str(r.get("country") or "").casefold() == country.casefold()]
    raw = select(raw, Selection(limit, sample, seed))
    settings = _settings(ctx, workers)
    res = _resources(settings)
    lookup = catalogue_lookup(res.gazetteer, res.actors)
    rows = [parse_acled_row(r, line=n, lookup=lookup) for n, r in raw]
    jobs = [Job(safe_article(partial(row_article, row, source=f"{path}:{row.line}")), row.country_code) for row in rows]
    outputs = code_outputs(jobs, res, workers=settings.workers, progress=stderr_progress(len(jobs)))
    results = [score_acled_row(row, out) for row, out in zip(rows, outputs, strict=True)]
    failed = sum(out is None for out in outputs)
    note = _timed(f"{failed} rows could not be coded", started)
    _emit(acled_report(results, title=f"ACLED {path.name}" + (f" ({country})" if country else ""), notes=[note]),
          as_json)


@eval_group.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@selection_options
@click.pass_context
def plover(ctx: click.Context, path: Path, as_json: bool, limit: int | None, sample: int | None, seed: int,
           workers: int | None) -> None:
    """Score PLOVER gold sentences: event type and source/target actor countries.

    Example: frontwire eval plover ../shared/data/plover-gsr/plover_gsr_cameo.jsonl
    """
    from frontwire.evaluate.plover import parse_plover_row, plover_report, row_article, score_plover_row

    started = time.perf_counter()
    raw = select(read_jsonl(path), Selection(limit, sample, seed))
    rows = [parse_plover_row(r, line=n) for n, r in raw]
    settings = _settings(ctx, workers)
    res = _resources(settings)
    jobs = [Job(safe_article(partial(row_article, row, source=f"{path}:{row.line}")), None) for row in rows]
    outputs = code_outputs(jobs, res, workers=settings.workers, progress=stderr_progress(len(jobs)))
    results = [score_plover_row(row, out) for row, out in zip(rows, outputs, strict=True)]
    report = plover_report(rows, results, title=f"PLOVER {path.name}")
    _emit(_with_note(report, _timed(f"{sum(o is None for o in outputs)} rows could not be coded", started)), as_json)


@eval_group.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@selection_options
@click.pass_context
def geo(ctx: click.Context, path: Path, as_json: bool, limit: int | None, sample: int | None, seed: int,
        workers: int | None) -> None:
    """Score place recognition and resolution on a geoparsing gold file.

    Example: frontwire eval geo ../shared/data/geoparsing/tr_news.jsonl
    """
    from frontwire.evaluate.geo import doc_article, geo_report, parse_geo_doc, score_geo_doc

    started = time.perf_counter()
    docs = [parse_geo_doc(r, line=n) for n, r in select(read_jsonl(path), Selection(limit, sample, seed))]
    settings = _settings(ctx, workers)
    res = _resources(settings)
    jobs = [Job(safe_article(partial(doc_article, doc, source=f"{path}:{doc.line}")), None) for doc in docs]
    outputs = code_outputs(jobs, res, workers=settings.workers, progress=stderr_progress(len(jobs)))
    results = [
        score_geo_doc(doc, out, article_text=job.article.text if job.article else None)
        for doc, job, out in zip(docs, jobs, outputs, strict=True)
    ]
    report = geo_report(results, title=f"geoparsing {path.name}")
    _emit(_with_note(report, _timed(f"{sum(o is None for o in outputs)} documents could not be coded", started)),
          as_json)


def _with_note(report: EvalReport, note: str) -> EvalReport:
    return replace(report, notes=(*report.notes, note))


# --- the seed article ----------------------------------------------------------------


def _candidates(path: Path) -> Iterator[Path]:
    yield path
    if not path.is_absolute():
        import frontwire

        yield Path(frontwire.__file__).resolve().parents[2] / path


def find_seed(path: Path | None) -> Path:
    """The article to score: PATH, else the reference article from here or from the repository root."""
    wanted = path or SEED_ARTICLE
    for candidate in _candidates(wanted) if path is None else [wanted]:
        if candidate.is_file():
            return candidate
    raise InputError(str(wanted), "no such file (give the article's path)")


def expected_path(article: Path) -> Path:
    """The answer key beside an article: X.txt -> X.expected.json."""
    return article.with_name(article.stem + EXPECTED_SUFFIX)


def focus_country(output: Json) -> str | None:
    """The most common country among the output's places (first seen wins ties)."""
    counts = Counter(str(p["country"]) for p in output.get("places") or [] if p.get("country"))
    return counts.most_common(1)[0][0] if counts else None


@eval_group.command()
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--expected", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Answer key (default: PATH with .expected.json for its suffix).")
@click.option("--json", "as_json", is_flag=True, help="Print the score as JSON.")
@click.pass_context
def seed(ctx: click.Context, path: Path | None, expected: Path | None, as_json: bool) -> None:
    """Score one article against its analyst's coding (default: the reference article).

    Example: frontwire eval seed ../shared/seed/000_6f97f35e48310271.txt
    """
    from frontwire.api import CodingFailure, code_articles
    from frontwire.evaluate.reference import format_score, score_reference, score_to_dict
    from frontwire.output import coding_to_dict
    from frontwire.read import read_path

    article_path = find_seed(path)
    key_path = expected or expected_path(article_path)
    answer = _read_json(key_path)
    settings = _settings(ctx, None)
    res = _resources(settings)
    coded = next(code_articles([read_path(article_path, max_bytes=settings.max_bytes)], res))
    if isinstance(coded, CodingFailure):
        raise InputError(str(article_path), coded.message)
    output = coding_to_dict(coded)
    canonical = partial(res.actors.canonical, country_focus=focus_country(output))
    score = score_reference(output, answer, canonical=canonical)
    click.echo(json.dumps(score_to_dict(score), ensure_ascii=False) if as_json else format_score(score))


def _read_json(path: Path) -> Json:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(value, dict):
        raise InputError(str(path), "expected a JSON object")
    return value
