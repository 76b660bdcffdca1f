"""The `frontwire gazetteer` commands: what the gazetteer holds, and how it ranks a name."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from frontwire.geo.gazetteer import GAZETTEER_FILE, Gazetteer, load_gazetteer
from frontwire.geo.store import read_tables

_TOP_COUNTRIES = 30


def _gazetteer_path(ctx: click.Context) -> Path | None:
    from frontwire.settings import load_settings

    config = (ctx.find_root().obj or {}).get("config")
    settings = load_settings(config)
    return Path(settings.gazetteer) if settings.gazetteer else None


@click.group(name="gazetteer")
def gazetteer_group() -> None:
    """Inspect the place gazetteer."""


@gazetteer_group.command()
@click.pass_context
def info(ctx: click.Context) -> None:
    """Entries per country (the largest first), loose-key countries, sources and licence."""
    from importlib import resources

    path = _gazetteer_path(ctx)
    with resources.as_file(
        resources.files("frontwire.data.gazetteer").joinpath(GAZETTEER_FILE)
    ) as shipped:
        tables, about = read_tables(path or shipped)
    labels = [tables.label(i) for i in range(len(tables.label_starts) - 1)]
    counts = Counter(labels[c] for c in tables.country)
    click.echo(f"{len(tables)} entries, {len(tables.key_low)} name keys, {len(counts)} countries")
    for code, count in counts.most_common(_TOP_COUNTRIES):
        click.echo(f"  {code or '--'}  {count:>8}")
    click.echo(f"loose keys for: {' '.join(tables.loose_countries)}")
    for source in about.get("sources", []):
        click.echo(f"source: {source}")
    click.echo(f"licence: {about.get('licence', 'unknown')}")


@gazetteer_group.command()
@click.argument("name")
@click.option("--country", help="ISO2 code of the country to prefer (enables loose matches).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.pass_context
def lookup(ctx: click.Context, name: str, country: str | None, limit: int) -> None:
    """Ranked candidates for NAME, with how each matched and why it ranks where it does."""
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
            f"score {candidate.score:.2f}, geonameid {e.geonameid}"
        )
