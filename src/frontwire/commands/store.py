"""The event-store commands: ingest, failures, merge, events, event, stats, export.

A thin layer over frontwire.store. Register them with
`for command in STORE_COMMANDS: cli.add_command(command)`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from frontwire.commands.options import command_settings, parse_day

from frontwire.errors import FrontwireError

if TYPE_CHECKING:
    from frontwire.store.engine import Store
    from frontwire.store.export import Format
    from frontwire.store.ingest import Progress
    from frontwire.store.query import EventFilter

F = TypeVar("F", bound=Callable[..., Any])
_TTY_EVERY = 0.2
_LOG_EVERY = 15.0
_STATUSES = ("occurred", "ongoing", "planned", "possible", "denied", "historical", "disputed")


def _open(ctx: click.Context, db: str | None) -> Store:
    from frontwire.store.engine import open_store

    return open_store(command_settings(ctx, db=db).db)


def _bbox(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[float, float, float, float] | None:
    from frontwire.errors import QueryError
    from frontwire.store.query import parse_bbox

    if value is None:
        return None
    try:
        return parse_bbox(value)
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from exc


def db_option(func: F) -> F:
    """The --db option every store command takes."""
    return click.option("--db", help="Store: a SQLite file or a postgresql:// URL "
                        "(default: frontwire.db in your data folder; setting `db`, FRONTWIRE_DB).")(func)


def filter_options(func: F) -> F:
    """The event filters shared by events, stats and export."""
    options = [
        click.option("--place", help="Location, district or province name (exact, any case)."),
        click.option("--bbox", callback=_bbox, help="Bounding box WEST,SOUTH,EAST,NORTH in degrees."),
        click.option("--admin1", help="Province or state name."),
        click.option("--country", help="Country: ISO2, ISO3 or name (SY, SYR, Syria)."),
        click.option("--since", callback=parse_day, help="Events that began on or after this day (YYYY-MM-DD)."),
        click.option("--until", callback=parse_day, help="Events that began on or before this day (YYYY-MM-DD)."),
        click.option("--kind", help="frontwire event kind (airstrike, shelling, clash ...)."),
        click.option("--type", "event_type", help="ACLED event type or sub-event type."),
        click.option("--actor", help="Actor name (substring) or catalogue id."),
        click.option("--status", type=click.Choice(_STATUSES), help="Status; 'disputed' = sources disagree."),
        click.option("--min-sources", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Only events reported by at least this many articles."),
        click.option("--text", help="Words that must appear in the evidence of one of its mentions."),
        click.option("--limit", type=click.IntRange(min=1), help="At most this many events."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filter(**values: Any) -> EventFilter:
    from frontwire.store.query import EventFilter

    return EventFilter(**values)


class _ProgressLine:
    """A progress line on stderr: redrawn in place on a terminal, a line now and then otherwise."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, progress: Progress) -> None:
        from frontwire.store.show import progress_line

        now = time.monotonic()
        if not self.enabled or now - self.last < (_TTY_EVERY if self.tty else _LOG_EVERY):
            return
        self.last = now
        click.echo(("\r" if self.tty else "") + progress_line(progress), err=True, nl=not self.tty)

    def close(self) -> None:
        if self.enabled and self.tty and self.last:
            click.echo("", err=True)


@click.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--workers", type=click.IntRange(min=1), help="Coding processes (spaCy n_process); one writer.")
@click.option("--date", "ref_date", callback=parse_day, help="Reference date for articles without one (YYYY-MM-DD).")
@click.option("--country", help="ISO2 code of the country the articles are about (a hint).")
@click.option("--retry-failed", is_flag=True,
              help="Instead of PATHS: read the recorded failures' inputs again and retry just those items.")
@click.option("--fetch-pages", is_flag=True, help="For feeds, fetch each entry's page for the full text.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, workers: int | None, ref_date: date | None,
           country: str | None, retry_failed: bool, fetch_pages: bool, quiet: bool) -> None:
    """Code articles and store them; already stored ones are skipped, changed ones re-coded.

    PATHS are files, folders (read recursively), globs, JSONL, RSS/Atom feed files or URLs, or - for stdin.

    Example: frontwire ingest ../shared/data/fakes-syria-news/fakes_syria_war_news.jsonl
    """
    from frontwire.api import load_resources
    from frontwire.store.feeds import make_client
    from frontwire.store.ingest import IngestOptions
    from frontwire.store.ingest import ingest as run_ingest
    from frontwire.store.inputs import STDIN_NAME, ReadOptions, read_inputs
    from frontwire.store.query import list_failures
    from frontwire.store.show import ingest_summary

    settings = command_settings(ctx, db=db, workers=workers)
    if retry_failed and paths:
        raise click.UsageError("--retry-failed reads the recorded failures' own inputs: give no PATHS with it")
    store = _open(ctx, db)
    only = None
    if retry_failed:
        failures = [f for f in list_failures(store) if f.source != STDIN_NAME]
        only = frozenset({f.location for f in failures})
        paths = tuple(dict.fromkeys(f.source for f in failures))
        if not paths:
            click.echo("no failures to retry (items read from standard input cannot be read again)", err=True)
            return
    if not paths:
        raise click.UsageError("give PATHS to ingest (or --retry-failed)")
    options = IngestOptions(workers=settings.workers, batch_size=settings.batch_size,
                            country_hint=country.upper() if country else None, only_locations=only)
    line = _ProgressLine(enabled=not quiet)
    with make_client() as client:
        items = read_inputs(paths, ReadOptions(ref_date, settings.max_bytes, fetch_pages), client=client)
        summary = run_ingest(store, items, load_resources(settings), options=options, on_progress=line)
    line.close()
    click.echo(ingest_summary(summary), err=True)


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per failure.")
@click.pass_context
def failures(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """List the inputs that could not be read, coded or stored.

    Example: frontwire failures
    """
    from frontwire.store.query import list_failures
    from frontwire.store.show import failures_table

    found = list_failures(_open(ctx, db))
    if as_json:
        for f in found:
            click.echo(json.dumps({"location": f.location, "source": f.source, "stage": f.stage,
                                   "reason": f.reason, "failed_at": f.failed_at.isoformat()}, ensure_ascii=False))
        return
    click.echo(failures_table(found))


@click.command()
@db_option
@click.option("--rebuild", is_flag=True, help="Rewrite every event, not only those that changed.")
@click.pass_context
def merge(ctx: click.Context, db: str | None, rebuild: bool) -> None:
    """Merge the stored mentions into events across sources (deterministic, re-runnable).

    Example: frontwire merge --rebuild
    """
    from frontwire.store.remerge import merge_store
    from frontwire.store.show import merge_line

    click.echo(merge_line(merge_store(_open(ctx, db), rebuild=rebuild)))


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(("table", "json", "csv", "geojson")), default="table",
              show_default=True)
@click.pass_context
def events(ctx: click.Context, /, db: str | None, fmt: str, **filters: Any) -> None:
    """List merged events, newest first.

    Example: frontwire events --country SY --since 2017-04-01 --min-sources 2
    """
    from frontwire.store.export import event_dict, write_text
    from frontwire.store.query import find_events
    from frontwire.store.show import events_table

    records = find_events(_open(ctx, db), _filter(**filters))
    if fmt == "table":
        click.echo(events_table(records))
    elif fmt == "json":
        click.echo(json.dumps([event_dict(r) for r in records], ensure_ascii=False, indent=1))
    else:
        write_text(records, "csv" if fmt == "csv" else "geojson", sys.stdout)


@click.command()
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The event, its mentions and quotes as JSON.")
@click.pass_context
def event(ctx: click.Context, event_id: str, db: str | None, as_json: bool) -> None:
    """Show one event with every source, why each was merged in, and their quotes.

    EVENT_ID may be shortened to any unique prefix.

    Example: frontwire event ev566f1b89
    """
    from dataclasses import asdict

    from frontwire.store.export import event_dict
    from frontwire.store.query import get_event, resolve_event_id
    from frontwire.store.show import event_detail

    store = _open(ctx, db)
    full = resolve_event_id(store, event_id)
    detail = get_event(store, full) if full else None
    if detail is None:
        raise FrontwireError(f"event {event_id!r}: no such event (or the prefix is not unique); see `frontwire events`")
    if as_json:
        body = event_dict(detail.record)
        body["mentions"] = [asdict(m) for m in detail.mentions]
        body["quotes"] = [asdict(q) for q in detail.quotes]
        click.echo(json.dumps(body, ensure_ascii=False, default=str, indent=1))
        return
    click.echo(event_detail(detail))


@click.command()
@db_option
@filter_options
@click.pass_context
def stats(ctx: click.Context, /, db: str | None, **filters: Any) -> None:
    """Count events by ISO week and event type.

    Example: frontwire stats --country SY --since 2017-01-01
    """
    from frontwire.store.query import weekly_stats
    from frontwire.store.show import stats_table

    click.echo(stats_table(weekly_stats(_open(ctx, db), _filter(**filters))))


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(("acled-csv", "geojson", "jsonl", "parquet")), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output; required for parquet).")
@click.pass_context
def export(ctx: click.Context, /, db: str | None, fmt: str, output: Path | None, **filters: Any) -> None:
    """Export events as ACLED CSV, GeoJSON, JSON Lines or Parquet, with the same filters as `events`.

    Example: frontwire export --format acled-csv --country SY -o syria.csv
    """
    from frontwire.store.export import write_parquet, write_text
    from frontwire.store.query import find_events

    records = find_events(_open(ctx, db), _filter(**filters))
    if fmt == "parquet":
        if output is None:
            raise click.UsageError("--format parquet needs --output FILE")
        count = write_parquet(records, output)
    elif output is None:
        count = write_text(records, _text_format(fmt), sys.stdout)
    else:
        with output.open("w", encoding="utf-8", newline="") as handle:
            count = write_text(records, _text_format(fmt), handle)
    click.echo(f"exported {count} events as {fmt}" + (f" to {output}" if output else ""), err=True)


def _text_format(fmt: str) -> Format:
    from frontwire.store.export import FORMATS

    return next(f for f in FORMATS if f == fmt)


STORE_COMMANDS = (ingest, failures, merge, events, event, stats, export)
