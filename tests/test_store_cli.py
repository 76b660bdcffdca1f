"""The store commands end to end on a SQLite file: ingest, failures, merge, events, event, stats, export."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from frontwire.commands.store import STORE_COMMANDS
from frontwire.store.export import ACLED_COLUMNS

STRIKES = Path(__file__).parent / "fixtures" / "store" / "strikes.jsonl"


@click.group()
@click.pass_context
def cli(ctx: click.Context) -> None:
    ctx.obj = {"config": None, "model": None}


for _command in STORE_COMMANDS:
    cli.add_command(_command)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the store after ingesting the fixtures and a file with one broken line."""
    folder = tmp_path_factory.mktemp("cli")
    lines = STRIKES.read_text(encoding="utf-8").splitlines()
    (folder / "more.jsonl").write_text(lines[0] + "\n{broken\n", encoding="utf-8")
    return folder


def invoke(workdir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--db", str(workdir / "events.db")], catch_exceptions=False)


def all_events(workdir: Path) -> list[dict[str, object]]:
    listed = json.loads(invoke(workdir, "events", "--format", "json").stdout)
    assert isinstance(listed, list)
    return listed


@pytest.fixture(scope="module")
def ingested(workdir: Path) -> Result:
    return invoke(workdir, "ingest", str(STRIKES), str(workdir / "more.jsonl"), "-q")


def test_ingest_reports_its_summary(ingested: Result) -> None:
    assert ingested.exit_code == 0, ingested.output
    assert "4 new, 0 changed (re-coded), 1 skipped, 1 failed;" in ingested.stderr
    found = re.search(r"; (\d+) mentions .*\nevents: (\d+) from (\d+) mentions \((\d+) merged", ingested.stderr)
    assert found is not None, ingested.stderr
    mentions, events, stored, merged = (int(g) for g in found.groups())
    assert mentions == stored and merged == mentions - events >= 2
    assert "frontwire failures" in ingested.stderr


def test_failures_lists_the_broken_line(ingested: Result, workdir: Path) -> None:
    table = invoke(workdir, "failures")
    assert f"{workdir / 'more.jsonl'}:2" in table.stdout and "invalid JSON" in table.stdout
    (row,) = [json.loads(line) for line in invoke(workdir, "failures", "--json").stdout.splitlines()]
    assert (row["stage"], row["source"]) == ("read", str(workdir / "more.jsonl"))


def test_events_in_every_output_format(ingested: Result, workdir: Path) -> None:
    table = invoke(workdir, "events", "--kind", "airstrike").stdout
    assert "Saraqib" in table and "DISPUTED" in table and "9 (9-11)" in table
    listed = json.loads(invoke(workdir, "events", "--format", "json", "--min-sources", "2").stdout)
    assert [e["n_sources"] for e in listed] == [3]
    rows = list(csv.DictReader(io.StringIO(invoke(workdir, "events", "--format", "csv").stdout)))
    assert len(rows) == len(all_events(workdir)) and {"id", "location", "outlets"} <= set(rows[0])
    collection = json.loads(invoke(workdir, "events", "--format", "geojson", "--place", "Saraqib").stdout)
    assert [f["properties"]["location"] for f in collection["features"]] == ["Saraqib"]


def test_event_shows_why_mentions_were_joined(ingested: Result, workdir: Path) -> None:
    event_id = json.loads(invoke(workdir, "events", "--format", "json", "--min-sources", "2").stdout)[0]["id"]
    shown = invoke(workdir, "event", event_id[:8]).stdout
    assert shown.startswith(f"Event {event_id}")
    assert len(re.findall(r"joined to #[12]: same kind \(airstrike\)", shown)) == 2
    assert "0 km apart (limit 10 km)" in shown
    assert "Levant Wire" in shown and "We counted nine bodies" in shown
    body = json.loads(invoke(workdir, "event", event_id, "--json").stdout)
    assert len(body["mentions"]) == 3 and body["quotes"]


def test_unknown_event_is_an_error(ingested: Result, workdir: Path) -> None:
    from frontwire.errors import FrontwireError

    with pytest.raises(FrontwireError, match="no such event"):
        invoke(workdir, "event", "ev-none")


def test_stats_and_merge_rebuild(ingested: Result, workdir: Path) -> None:
    stats = invoke(workdir, "stats", "--country", "SY").stdout
    assert "2019-W33" in stats and "Explosions/Remote violence" in stats
    assert f"{len(all_events(workdir))} events rewritten" in invoke(workdir, "merge", "--rebuild").stdout
    assert "0 events rewritten" in invoke(workdir, "merge").stdout


def test_export_formats(ingested: Result, workdir: Path) -> None:
    out = workdir / "events.csv"
    result = invoke(workdir, "export", "--format", "acled-csv", "-o", str(out), "--min-sources", "2")
    assert result.exit_code == 0 and "exported 1 events" in result.stderr
    assert tuple(next(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))) == ACLED_COLUMNS
    lines = invoke(workdir, "export", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == len(all_events(workdir)) and all(json.loads(line)["sources"] for line in lines)
    assert invoke(workdir, "export", "--format", "parquet").exit_code == 2
    assert invoke(workdir, "export", "--format", "parquet", "-o", str(workdir / "e.parquet")).exit_code == 0


@pytest.mark.parametrize(("args", "message"), [
    (["events", "--bbox", "1,2"], "WEST,SOUTH,EAST,NORTH"),
    (["events", "--since", "yesterday"], "YYYY-MM-DD"),
    (["events", "--status", "rumoured"], "rumoured"),
    (["ingest"], "PATHS"),
    (["ingest", "more.jsonl", "--retry-failed"], "no PATHS"),
])
def test_bad_options_are_usage_errors(workdir: Path, args: list[str], message: str) -> None:
    result = invoke(workdir, *args)
    assert result.exit_code == 2 and message in result.output


def test_rerun_skips_and_retry_failed_recovers(ingested: Result, workdir: Path) -> None:
    again = invoke(workdir, "ingest", str(STRIKES), "-q")
    assert "0 new, 0 changed (re-coded), 4 skipped, 0 failed" in again.stderr
    fixed = STRIKES.read_text(encoding="utf-8").splitlines()
    (workdir / "more.jsonl").write_text(fixed[0] + "\n" + fixed[3] + "\n", encoding="utf-8")
    retried = invoke(workdir, "ingest", "--retry-failed", "-q")
    assert "0 new" in retried.stderr and "1 skipped" in retried.stderr and "0 failed" in retried.stderr
    assert invoke(workdir, "failures").stdout.strip() == "no failures"


def test_the_store_can_come_from_the_environment(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWIRE_DB", str(workdir / "from-env.db"))
    result = CliRunner().invoke(cli, ["events"], catch_exceptions=False)
    assert result.stdout.strip() == "no events match" and (workdir / "from-env.db").exists()


@pytest.mark.parametrize("command", [c.name for c in STORE_COMMANDS])
def test_every_command_has_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example: frontwire " + command in result.stdout


def test_ingest_reads_standard_input(tmp_path: Path) -> None:
    line = STRIKES.read_text(encoding="utf-8").splitlines()[3]
    result = CliRunner().invoke(cli, ["ingest", "-", "-q", "--db", str(tmp_path / "stdin.db")], input=line + "\n",
                                catch_exceptions=False)
    assert "1 new" in result.stderr, result.output
    listed = CliRunner().invoke(cli, ["events", "--format", "json", "--db", str(tmp_path / "stdin.db")])
    assert "Saraqib" in {e["location"] for e in json.loads(listed.stdout)}
