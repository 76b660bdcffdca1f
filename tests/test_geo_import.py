"""`frontwire gazetteer import`: GeoNames dumps and Who's On First records into a user gazetteer.

The sources are the small hand-written files of tests/fixtures/geo (see its README); the base is
the shipped gazetteer, whose Saraqib (164816), Binnish (171451) and Syria (163843) they touch.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from frontwire.cli import cli
from frontwire.errors import GazetteerSourceError, ResourceError
from frontwire.geo.gazetteer import Gazetteer, load_base_tables, load_gazetteer
from frontwire.geo.importer import Progress
from frontwire.geo.index import Tables
from frontwire.geo.store import write_tables
from frontwire.geo.user import ImportResult, import_files, staging_path

FIXTURES = Path(__file__).parent / "fixtures" / "geo"
NAMES_AND_CODES = ["countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt"]
WOF = ["wof_places_sy.jsonl", "1729000002.geojson"]


def country_zip(folder: Path) -> Path:
    """SY.txt zipped as GeoNames ships a country file, with its readme beside it."""
    path = folder / "SY.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(FIXTURES / "SY.txt", "SY.txt")
        archive.writestr("readme.txt", "GeoNames country file (test copy)\n")
    return path


def all_sources(folder: Path) -> list[Path]:
    """Every fixture source, alternate names first (the import reorders them)."""
    names = ["alternateNamesV2.txt", *NAMES_AND_CODES, *WOF]
    return [FIXTURES / name for name in names] + [country_zip(folder)]


@pytest.fixture(scope="module")
def base() -> Tables:
    return load_base_tables()


@pytest.fixture(scope="module")
def imported(base: Tables, tmp_path_factory: pytest.TempPathFactory) -> ImportResult:
    folder = tmp_path_factory.mktemp("import")
    return import_files(all_sources(folder), into=folder / "user.bin.gz", base=base)


@pytest.fixture(scope="module")
def gazetteer(imported: ImportResult) -> Gazetteer:
    return load_gazetteer(user=imported.path)


def report(result: ImportResult, source: str) -> Any:
    return next(r for r in result.reports if r.record.source == source)


@pytest.mark.parametrize(
    ("source", "kind", "kept", "left_out", "malformed"),
    [
        ("SY.zip:SY.txt", "geonames", 8, 1, 2),
        ("alternateNamesV2.txt", "alternates", 5, 4, 1),
        ("admin1CodesASCII.txt", "admin1", 2, 0, 0),
        ("admin2Codes.txt", "admin2", 3, 0, 0),
        ("countryInfo.txt", "countries", 1, 0, 0),
        ("wof_places_sy.jsonl", "wof-jsonl", 2, 1, 0),
        ("1729000002.geojson", "wof-geojson", 1, 0, 0),
    ],
)
def test_each_file_is_detected_and_counted(
    imported: ImportResult, source: str, kind: str, kept: int, left_out: int, malformed: int
) -> None:
    record = report(imported, source).record
    assert (record.kind, record.kept, record.skipped, record.malformed) == (
        kind,
        kept,
        left_out,
        malformed,
    )


def test_malformed_lines_are_reported_with_their_numbers(imported: ImportResult) -> None:
    problems = report(imported, "SY.zip:SY.txt").problems
    assert [p.line for p in problems] == [6, 9]
    assert "latitude '35.9x'" in problems[0].problem
    assert "found 18" in problems[1].problem
    assert [p.line for p in report(imported, "alternateNamesV2.txt").problems] == [9]


def test_names_and_codes_are_read_before_places(imported: ImportResult) -> None:
    kinds = [r.record.kind for r in imported.reports]
    assert kinds.index("admin1") < kinds.index("geonames") < kinds.index("alternates")


@pytest.mark.parametrize(
    ("name", "geonameid", "feature", "admin1", "admin2"),
    [
        ("Tall Sabikhah", 99100001, "PPL", "Idlib", "Idlib District"),
        ("Kafr Dubayl", 99100002, "PPL", "Aleppo", "Azaz District"),
        ("Mukhayyam al Karamah", 99100003, "CMPRF", "Idlib", "Harem District"),
        ("Jabal az Zawiyah al Qibli", 99100005, "MT", "Idlib", None),
        # No admin1CodesASCII line for SY.15: the ADM1 row of the same table names it.
        ("Qarqur al Jadidah", 99100008, "PPL", "Sahl al Ghab", None),
        ("Kafr Umaym", -1729000001, "PPL", "Idlib", "Idleb"),
        # The GeoNames admin1 code of the WOF record wins over WOF's own region name.
        ("Ayn Laruz", 99100020, "PPLX", "Idlib", None),
        ("Qastal Maaf", -1729000002, "PPL", "Aleppo", None),
    ],
)
def test_imported_places_are_found_with_admin_names(
    gazetteer: Gazetteer,
    name: str,
    geonameid: int,
    feature: str,
    admin1: str,
    admin2: str | None,
) -> None:
    top = gazetteer.candidates(name, country="SY")[0]
    assert top.source == "user"
    assert (top.entry.geonameid, top.entry.feature) == (geonameid, feature)
    assert (top.entry.admin1, top.entry.admin2) == (admin1, admin2)


@pytest.mark.parametrize(
    "name",
    [
        "Tell Sabikha",  # the geoname table's own alternatenames column
        "Tel Sabikha East",  # alternateNamesV2, English
        "تل سبيخه",  # alternateNamesV2, Arabic
        "Sabikhat al Qadimah",  # alternateNamesV2, historic, no language
        "Tal Sbikha",
    ],
)
def test_alternate_names_find_the_place(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name, country="SY")[0].geonameid == 99100001


@pytest.mark.parametrize(
    "name",
    ["Tell Sabikha-le-Haut", "TSB", "Nowhere Town", "Funduq an Nur", "Idlib University Campus"],
)
def test_what_the_rules_leave_out_is_not_imported(gazetteer: Gazetteer, name: str) -> None:
    assert all(c.source != "user" for c in gazetteer.candidates(name))


def test_a_user_row_replaces_the_shipped_one(gazetteer: Gazetteer) -> None:
    found = [e for e in gazetteer.lookup("Saraqib") if e.geonameid == 164816]
    assert len(found) == 1 and found[0].population == 36500
    # A name only the shipped record has still leads to the place, now the user's entry.
    via_shipped = gazetteer.candidates("Sarakeb", country="SY")[0]
    assert (via_shipped.entry.geonameid, via_shipped.source) == (164816, "user")
    assert via_shipped.entry.population == 36500


def test_alternate_names_of_shipped_places_are_added(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Binnish al Kabirah")[0].geonameid == 171451
    assert [e.geonameid for e in gazetteer.lookup("Binnish", country="SY")].count(171451) == 1


def test_the_imported_country_replaces_the_shipped_one(gazetteer: Gazetteer) -> None:
    syria = gazetteer.country("SY")
    assert syria is not None and (syria.lat, syria.population) == (35.0, 17_500_000)
    assert gazetteer.country_by_name("Syrian") == syria


def test_size_counts_replaced_entries_once(gazetteer: Gazetteer, base: Tables) -> None:
    shipped, user = gazetteer.layers
    assert gazetteer.replaced() == 3  # Saraqib, Binnish and Syria
    assert len(gazetteer) == len(shipped) + len(user) - gazetteer.replaced()


def test_without_a_user_file_only_the_shipped_gazetteer_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert [layer.source for layer in load_gazetteer().layers] == ["shipped"]


def test_the_default_user_file_is_layered_on_top(
    imported: ImportResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    (tmp_path / "frontwire").mkdir()
    (tmp_path / "frontwire" / "gazetteer.user.bin.gz").write_bytes(imported.path.read_bytes())
    assert [layer.source for layer in load_gazetteer().layers] == ["shipped", "user"]


def test_a_user_file_named_by_the_setting_is_layered_on_the_shipped_one(
    imported: ImportResult,
) -> None:
    layered = load_gazetteer(imported.path)
    assert [layer.source for layer in layered.layers] == ["shipped", "user"]
    assert layered.lookup("Kafr Umaym")[0].geonameid == -1729000001


def test_reimporting_replaces_rows_instead_of_adding_them(base: Tables, tmp_path: Path) -> None:
    into = tmp_path / "user.bin.gz"
    first = import_files(all_sources(tmp_path), into=into, base=base)
    again = import_files(all_sources(tmp_path), into=into, base=base)
    assert again.entries == first.entries == 12
    changed = tmp_path / "SY.txt"
    line = (FIXTURES / "SY.txt").read_text(encoding="utf-8").splitlines()[0]
    changed.write_text(line.replace("\t1200\t", "\t5000\t") + "\n", encoding="utf-8")
    third = import_files([changed], into=into, base=base)
    assert third.entries == 12
    found = load_gazetteer(user=into).lookup("Tall Sabikhah")
    assert [(e.geonameid, e.population) for e in found] == [(99100001, 5000)]
    assert third.by_source["SY.txt"] == 1 and third.by_source["SY.zip:SY.txt"] == 7


def test_progress_is_reported_when_each_file_is_done(base: Tables, tmp_path: Path) -> None:
    seen: list[Progress] = []
    import_files([FIXTURES / "SY.txt"], into=tmp_path / "u.bin.gz", base=base, progress=seen.append)
    assert seen[-2] == Progress("SY.txt", 11, seen[-2].seconds, done=True)
    assert (seen[-1].source, seen[-1].count, seen[-1].unit) == ("u.bin.gz", 8, "places")


def _gzip_of(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("SY.txt", b"\x00\x01\x02binary\x00", "SY.txt, line 1: is a binary file"),
        ("SY.txt", b"1\tTown\t35\t36\tP\n", "SY.txt, line 1: expected 19 tab-separated columns"),
        ("SY.txt", b"", "SY.txt: is empty"),
        ("cities500.txt", b"\n\n", "cities500.txt: is empty"),
        ("notes.txt", b"some words\n", "notes.txt: not a GeoNames dump"),
        (
            "admin1CodesASCII.txt",
            b"SY\tIdlib\tIdlib\t1\n",
            "admin1CodesASCII.txt, line 1: expected an admin1",
        ),
        ("places.jsonl", b"[1, 2]\n", "places.jsonl, line 1: expected a Who's On First JSON"),
        ("places.jsonl.gz", b"not gzip", "places.jsonl.gz: cannot be read"),
        (
            "one.geojson",
            b'{"type": "Feature", "properties": {}}',
            "one.geojson: expected a GeoJSON",
        ),
        ("one.geojson", b'{"type": "Feature",\n "properties": ', "one.geojson, line 2:"),
    ],
)
def test_bad_files_raise_one_clear_error(
    base: Tables, tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    into = tmp_path / "user.bin.gz"
    with pytest.raises(GazetteerSourceError, match="^" + problem.replace("(", r"\(")):
        import_files([FIXTURES / "admin1CodesASCII.txt", path], into=into, base=base)
    assert not into.exists() and not staging_path(into).exists()


def test_a_zip_without_data_is_an_error(base: Tables, tmp_path: Path) -> None:
    path = tmp_path / "XX.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "nothing here\n")
    with pytest.raises(GazetteerSourceError, match="XX.zip: the zip archive holds no data"):
        import_files([path], into=tmp_path / "user.bin.gz", base=base)


def test_gzipped_jsonl_is_read(base: Tables, tmp_path: Path) -> None:
    path = tmp_path / "wof_places_sy.jsonl.gz"
    path.write_bytes(_gzip_of((FIXTURES / "wof_places_sy.jsonl").read_text(encoding="utf-8")))
    result = import_files([path], into=tmp_path / "user.bin.gz", base=base)
    assert result.entries == 2


def test_a_file_is_recognised_by_its_lines_whatever_its_name(base: Tables, tmp_path: Path) -> None:
    path = tmp_path / "my-places.tsv"
    path.write_bytes((FIXTURES / "SY.txt").read_bytes())
    result = import_files([path], into=tmp_path / "user.bin.gz", base=base)
    assert result.reports[0].record.kind == "geonames" and result.entries == 8


def test_imported_places_are_resolved_in_articles(res: Any, gazetteer: Gazetteer) -> None:
    from frontwire.api import extract
    from frontwire.read import read_text

    text = "Two civilians were killed in an airstrike on Tall Sabikhah in Idlib province on Monday."
    article = read_text(text, default_date=date(2021, 6, 10))
    coding = extract(article, replace(res, gazetteer=gazetteer))
    assert any(p.entry and p.entry.geonameid == 99100001 for p in coding.places)


# --- the command ----------------------------------------------------------------------------


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("FRONTWIRE_GAZETTEER", raising=False)
    monkeypatch.delenv("FRONTWIRE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_import_into_a_file_then_look_up(runner: CliRunner, tmp_path: Path) -> None:
    into = tmp_path / "mine.bin.gz"
    files = [str(p) for p in all_sources(tmp_path)]
    result = runner.invoke(cli, ["gazetteer", "import", "-q", "--into", str(into), *files])
    assert result.exit_code == 0, result.output
    assert "SY.zip:SY.txt (geonames): 8 rows kept, 1 left out, 2 malformed" in result.output
    assert "  line 6: latitude '35.9x' is not a number" in result.output
    assert f"{into}: 12 entries" in result.output
    assert not (tmp_path / "data").exists()
    found = runner.invoke(
        cli,
        ["gazetteer", "lookup", "Sarakeb", "--country", "SY"],
        env={"FRONTWIRE_GAZETTEER": str(into)},
    )
    assert "geonameid 164816, from user" in found.output.splitlines()[0]


def test_import_to_the_user_data_dir_then_info(runner: CliRunner, tmp_path: Path) -> None:
    sources = [str(FIXTURES / name) for name in ["SY.txt", *NAMES_AND_CODES]]
    result = runner.invoke(cli, ["gazetteer", "import", "-q", *sources])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "frontwire" / "gazetteer.user.bin.gz").is_file()
    info = runner.invoke(cli, ["gazetteer", "info"])
    assert info.exit_code == 0, info.output
    assert "user gazetteer: 8 entries" in info.output
    assert "SY.txt (geonames), 8 rows kept, 1 left out, 2 malformed" in info.output
    assert "entries from SY.txt: 8" in info.output
    assert "SY" in info.output and "shipped" in info.output and "user 8" in info.output


def test_progress_lines_go_to_stderr_for_files_read_in_over_a_second() -> None:
    from frontwire.commands.gazetteer import _Progress

    runner = CliRunner()

    @click.command()
    def show() -> None:
        hook = _Progress()
        hook(Progress("all.txt", 100_000, 0.5))
        hook(Progress("all.txt", 300_000, 1.5))
        hook(Progress("all.txt", 400_000, 2.0, done=True))

    result = runner.invoke(show)
    assert result.stderr.splitlines() == [
        "all.txt: 300,000 lines (200,000 lines/s)",
        "all.txt: 400,000 lines (200,000 lines/s) done",
    ]


def test_a_bad_file_exits_non_zero_with_one_message(tmp_path: Path) -> None:
    bad = tmp_path / "XX.txt"
    bad.write_text("one\ttwo\n", encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "frontwire", "gazetteer", "import", "-q", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == GazetteerSourceError.exit_code
    assert done.stderr.strip() == (
        "frontwire: error: XX.txt, line 1: expected 19 tab-separated columns for a geonames "
        "file, found 2"
    )
    assert not (tmp_path / "data").exists()


def test_the_rule_files_parse() -> None:
    from frontwire.geo.keep import keep_rules

    rules = keep_rules()
    assert rules.keeps_feature("P", "PPLW") and rules.keeps_feature("S", "CMPRF")
    assert not rules.keeps_feature("S", "HTL") and not rules.keeps_language("link")
    assert rules.placetype_feature("locality") == "PPL"
    assert json.dumps(sorted(rules.languages)) == '["", "ar", "en"]'


@pytest.mark.parametrize("command", ["import", "info", "lookup"])
def test_every_gazetteer_command_shows_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, ["gazetteer", command, "--help"])
    assert result.exit_code == 0 and f"Example: frontwire gazetteer {command}" in result.output


def test_a_file_that_is_not_a_user_gazetteer_is_never_overwritten(
    base: Tables, tmp_path: Path
) -> None:
    into = tmp_path / "gazetteer.bin.gz"
    write_tables(into, base, about={"built_by": "python scripts/build_gazetteer.py"})
    before = into.read_bytes()
    with pytest.raises(ResourceError, match="not a user gazetteer"):
        import_files([FIXTURES / "SY.txt"], into=into, base=base)
    assert into.read_bytes() == before


def test_places_survive_a_lost_import_database(base: Tables, tmp_path: Path) -> None:
    into = tmp_path / "user.bin.gz"
    import_files([FIXTURES / "SY.txt"], into=into, base=base)
    staging_path(into).unlink()
    result = import_files([FIXTURES / "wof_places_sy.jsonl"], into=into, base=base)
    assert result.entries == 10 and result.by_source["user.bin.gz (earlier import)"] == 8
    assert load_gazetteer(user=into).lookup("Tall Sabikhah")[0].geonameid == 99100001
