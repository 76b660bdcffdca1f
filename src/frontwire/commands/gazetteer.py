"""The `frontwire gazetteer` commands: what the gazetteer holds, how it ranks a name, imports."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from frontwire.geo.gazetteer import Gazetteer, load_gazetteer

if TYPE_CHECKING:
    from frontwire.geo.importer import PartReport, Progress
    from frontwire.geo.layer import Layer

_TOP_COUNTRIES = 30
# Progress lines on stderr at most this often (seconds).
_PROGRESS_SECONDS = 1.0


def _gazetteer_path(ctx: click.Context) -> Path | None:
    from frontwire.settings import load_settings

    config = (ctx.find_root().obj or {}).get("config")
    settings = load_settings(config)
    return Path(settings.gazetteer) if settings.gazetteer else None


@click.group(name="gazetteer")
def gazetteer_group() -> None:
    """Inspect the place gazetteer, and add places to it."""


@gazetteer_group.command()
@click.pass_context
def info(ctx: click.Context) -> None:
    """Entries per country and per source, of the shipped and the user gazetteer.

    Example: frontwire gazetteer info
    """
    gazetteer = load_gazetteer(_gazetteer_path(ctx))
    for layer in gazetteer.layers:
        _echo_layer(layer)
    if len(gazetteer.layers) > 1:
        click.echo(
            f"{len(gazetteer)} entries in all ({gazetteer.replaced()} replaced by the user's)"
        )
    _echo_countries(gazetteer.layers)


def _echo_layer(layer: Layer) -> None:
    from frontwire.geo.gazetteer import is_user_file

    tables = layer.tables
    about = layer.about
    countries = len(set(tables.country))
    click.echo(
        f"{layer.source} gazetteer: {len(tables)} entries in {countries} countries, "
        f"{len(tables.key_low)} name keys"
    )
    if is_user_file(about):
        for record in about.get("imports", []):
            click.echo(
                f"  imported {record['imported']}: {record['source']} ({record['kind']}), "
                f"{record['kept']} rows kept, {record['skipped']} left out, "
                f"{record['malformed']} malformed"
            )
        for source, count in about.get("counts", {}).get("by_source", {}).items():
            click.echo(f"  entries from {source}: {count}")
    else:
        for source in about.get("sources", []):
            click.echo(f"  source: {source}")
        wof_only = sum(1 for gid in tables.geonameid if gid < 0)
        click.echo(f"  entries with a GeoNames id: {len(tables) - wof_only}")
        click.echo(f"  entries from Who's On First only (negative ids): {wof_only}")
    click.echo(f"  loose keys for: {' '.join(tables.loose_countries) or '-'}")
    click.echo(f"  licence: {about.get('licence', 'unknown')}")


def _echo_countries(layers: tuple[Layer, ...]) -> None:
    counts = [_country_counts(layer, layers[number + 1 :]) for number, layer in enumerate(layers)]
    total = sum(counts, Counter())
    click.echo(f"entries per country (the {_TOP_COUNTRIES} largest; by gazetteer):")
    for code, count in total.most_common(_TOP_COUNTRIES):
        parts = ", ".join(
            f"{layer.source} {part[code]}"
            for layer, part in zip(layers, counts, strict=True)
            if part[code]
        )
        click.echo(f"  {code or '--'}  {count:>8}  ({parts})")


def _country_counts(layer: Layer, above: tuple[Layer, ...]) -> Counter[str]:
    """Entries per country of a layer, less those a later layer replaces."""
    hidden = {gid for upper in above for gid in upper.tables.geonameid}
    labels = layer.labels()
    t = layer.tables
    return Counter(
        labels[country]
        for gid, country in zip(t.geonameid, t.country, strict=True)
        if gid not in hidden
    )


@gazetteer_group.command()
@click.argument("name")
@click.option("--country", help="ISO2 code of the country to prefer (enables loose matches).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.pass_context
def lookup(ctx: click.Context, name: str, country: str | None, limit: int) -> None:
    """Ranked candidates for NAME: how each matched, why it ranks there, which gazetteer has it.

    Example: frontwire gazetteer lookup "Kafr Nabl" --country SY
    """
    gazetteer: Gazetteer = load_gazetteer(_gazetteer_path(ctx))
    found = gazetteer.candidates(name, country=country, limit=limit)
    if not found:
        click.echo(f"no place called {name!r}")
        return
    for rank, candidate in enumerate(found, start=1):
        e = candidate.entry
        click.echo(
            f"{rank:>2}. {e.name} [{e.country} {e.feature}] {e.lat:.5f},{e.lon:.5f} "
            f"pop {e.population} admin1 {e.admin1 or '-'} | match {candidate.match}, "
            f"score {candidate.score:.2f}, geonameid {e.geonameid}, from {candidate.source}"
        )


@gazetteer_group.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--into",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The user gazetteer file to write [default: gazetteer.user.bin.gz in the user data "
    "directory, which lookups use on top of the shipped gazetteer].",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on stderr.")
@click.pass_context
def import_(ctx: click.Context, files: tuple[Path, ...], into: Path | None, quiet: bool) -> None:
    """Add places from GeoNames dumps or Who's On First records to the user gazetteer.

    FILES: GeoNames allCountries, XX (one country) or citiesN tables (.txt or .zip),
    alternateNamesV2, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt; Who's On First
    JSONL (.jsonl, .jsonl.gz) or GeoJSON (.geojson) records. Importing again merges: a place
    with the same geonameid replaces the one imported before, and one of the shipped gazetteer.

    Example: frontwire gazetteer import SY.zip alternateNamesV2.zip admin1CodesASCII.txt
    """
    from frontwire.geo.gazetteer import load_base_tables, user_gazetteer_path
    from frontwire.geo.user import import_files

    target = into or user_gazetteer_path()
    base = load_base_tables(_gazetteer_path(ctx))
    result = import_files(files, into=target, base=base, progress=None if quiet else _Progress())
    for report in result.reports:
        _echo_report(report)
    click.echo(f"{result.path}: {result.entries} entries")


def _echo_report(report: PartReport) -> None:
    r = report.record
    click.echo(
        f"{r.source} ({r.kind}): {r.kept} rows kept, {r.skipped} left out, {r.malformed} malformed"
    )
    for problem in report.problems:
        click.echo(f"  line {problem.line}: {problem.problem}")


class _Progress:
    """Writes 'file: N lines (R lines/s)' to stderr at most once a second, and when done."""

    def __init__(self) -> None:
        self._shown = 0.0

    def __call__(self, progress: Progress) -> None:
        # Small files are read within a second: they need no progress line.
        if progress.seconds < _PROGRESS_SECONDS or (
            not progress.done and progress.seconds - self._shown < _PROGRESS_SECONDS
        ):
            return
        self._shown = 0.0 if progress.done else progress.seconds
        rate = progress.count / progress.seconds if progress.seconds > 0 else 0.0
        unit = progress.unit
        click.echo(
            f"{progress.source}: {progress.count:,} {unit} ({rate:,.0f} {unit}/s)"
            + (" done" if progress.done else ""),
            err=True,
        )
