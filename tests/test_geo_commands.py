"""`frontwire gazetteer info` and `lookup` on a tiny invented gazetteer file."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from frontwire.commands.gazetteer import gazetteer_group
from frontwire.geo.gazetteer import Gazetteer
from frontwire.geo.store import write_tables
from frontwire.models import GeoEntry

ENTRIES = [
    GeoEntry(900, "Norvalia", 40.0, 20.0, "NV", "PCLI", 5_000_000),
    GeoEntry(11, "Kafr Mulayta", 40.5, 20.1, "NV", "PPL", 3_000, "Velm"),
    GeoEntry(12, "Kafr Mulayta", 10.5, 30.1, "ES", "PPL", 9_000, "Sud"),
]


@click.group()
@click.pass_context
def root(ctx: click.Context) -> None:
    ctx.obj = {"config": None}


root.add_command(gazetteer_group)


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    path = tmp_path / "tiny.bin.gz"
    built = Gazetteer.from_entries(ENTRIES, countries=[])
    write_tables(path, built.layers[0].tables, about={"sources": ["invented"], "licence": "none"})
    monkeypatch.setenv("FRONTWIRE_GAZETTEER", str(path))
    monkeypatch.delenv("FRONTWIRE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_info_counts_countries_and_sources(runner: CliRunner) -> None:
    result = runner.invoke(root, ["gazetteer", "info"])
    assert result.exit_code == 0, result.output
    assert "3 entries" in result.output
    assert "NV" in result.output and "source: invented" in result.output


@pytest.mark.parametrize(
    ("args", "first", "match"),
    [
        (["Kafr Mulayta", "--country", "ES"], "[ES PPL]", "match exact"),
        (["Kafr Moulaita", "--country", "nv"], "[NV PPL]", "match loose"),
    ],
)
def test_lookup_prints_ranked_reasons(
    runner: CliRunner, args: list[str], first: str, match: str
) -> None:
    result = runner.invoke(root, ["gazetteer", "lookup", *args])
    assert result.exit_code == 0, result.output
    top = result.output.splitlines()[0]
    assert first in top and match in top


def test_lookup_says_when_nothing_matches(runner: CliRunner) -> None:
    result = runner.invoke(root, ["gazetteer", "lookup", "Zzyzx"])
    assert "no place called" in result.output
