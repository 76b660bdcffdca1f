"""The Gazetteer on a tiny hand-made fixture: ranking, countries, admin units, file format."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from frontwire.errors import ResourceError
from frontwire.geo.countries import CountryNames
from frontwire.geo.gazetteer import Gazetteer, load_gazetteer
from frontwire.geo.store import read_tables, write_tables
from frontwire.models import GeoEntry

# Invented places: names and numbers are made up for the tests.
NORVALIA = GeoEntry(900, "Norvalia", 40.0, 20.0, "NV", "PCLI", 5_000_000)
ESTRAND = GeoEntry(901, "Estrand", 10.0, 30.0, "ES", "PCLI", 3_000_000)
VELM_PROVINCE = GeoEntry(10, "Velm", 40.2, 20.3, "NV", "ADM1", 900_000, "Velm")
VELM_TOWN = GeoEntry(11, "Velm", 40.5, 20.1, "NV", "PPLA", 120_000, "Velm")
PORT_CAPITAL = GeoEntry(12, "Port Ardis", 40.9, 19.5, "NV", "PPLC", 2_000_000, "Ardis Coast")
ARDIS_REGION = GeoEntry(13, "Ardis Coast", 41.0, 19.4, "NV", "ADM1", 2_500_000, "Ardis Coast")
RAQQEL = GeoEntry(14, "Ar-Raqqel", 40.1, 21.0, "NV", "PPLA", 80_000, "Velm")
HARBIN_NV = GeoEntry(20, "Dunmore", 39.0, 21.0, "NV", "PPL", 40_000, "Velm")
HARBIN_ES = GeoEntry(21, "Dunmore", 10.5, 30.5, "ES", "PPL", 50_000, "Sudmark")
SMALL_DUNMORE = GeoEntry(22, "Dunmore", 39.02, 21.01, "NV", "PPL", 30_000, "Velm")
ENTRIES = [
    NORVALIA,
    ESTRAND,
    VELM_PROVINCE,
    VELM_TOWN,
    PORT_CAPITAL,
    ARDIS_REGION,
    RAQQEL,
    HARBIN_NV,
    HARBIN_ES,
]
ALTERNATES = {13: ["Port Ardis", "Ardis Province"], 11: ["Velmo"], 14: ["Raqqel Town"]}
COUNTRIES = [
    CountryNames("NV", aliases=("Republic of Norvalia", "RNV"), demonyms=("Norvalian",)),
    CountryNames("ES", aliases=("Estrandia",), demonyms=("Estrandese", "Estrander")),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_entries(ENTRIES, alternates=ALTERNATES, countries=COUNTRIES)


def test_len_counts_entries(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) == len(ENTRIES)


def test_entries_come_back_unchanged(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Port Ardis")[0] == PORT_CAPITAL
    assert gazetteer.lookup("Ar-Raqqel") == [RAQQEL]


def test_province_named_like_its_town_comes_first(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Velm") == [VELM_PROVINCE, VELM_TOWN]


def test_region_matched_only_by_another_name_ranks_below_the_city(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Port Ardis") == [PORT_CAPITAL, ARDIS_REGION]


def test_country_focus_puts_that_country_first(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Dunmore") == [HARBIN_ES, HARBIN_NV]
    assert gazetteer.lookup("Dunmore", country="NV") == [HARBIN_NV, HARBIN_ES]
    assert gazetteer.lookup("Dunmore", country="nv")[0] == HARBIN_NV


@pytest.mark.parametrize("query", ["Raqqel", "al-Raqqel", "Er Raqqel", "AR RAQQEL", "Ar-Raqqel"])
def test_article_variants_find_the_place(gazetteer: Gazetteer, query: str) -> None:
    assert gazetteer.lookup(query) == [RAQQEL]


def test_alternate_names_are_searchable(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Velmo") == [VELM_TOWN]
    assert gazetteer.lookup("Raqqel Town") == [RAQQEL]


@pytest.mark.parametrize("query", ["Nowhere", "", "   ", "Velmar"])
def test_unknown_names_give_no_candidates(gazetteer: Gazetteer, query: str) -> None:
    assert gazetteer.lookup(query) == []


def test_limit_caps_the_candidates(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Dunmore", limit=1) == [HARBIN_ES]


def test_lookup_results_are_fresh_lists(gazetteer: Gazetteer) -> None:
    first = gazetteer.lookup("Velm")
    first.clear()
    assert gazetteer.lookup("Velm") == [VELM_PROVINCE, VELM_TOWN]


def test_country_by_code(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("NV") == NORVALIA
    assert gazetteer.country(" es ") == ESTRAND
    assert gazetteer.country("ZZ") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvalia", NORVALIA),
        ("the Republic of Norvalia", NORVALIA),
        ("RNV", NORVALIA),
        ("Norvalian", NORVALIA),
        ("Norvalians", NORVALIA),
        ("Estrandia", ESTRAND),
        ("Estrandese", ESTRAND),
        ("Estranders", ESTRAND),
        ("Velm", None),
        ("rnv", None),  # acronyms only in capitals
    ],
)
def test_country_by_name_or_demonym(
    gazetteer: Gazetteer, text: str, expected: GeoEntry | None
) -> None:
    assert gazetteer.country_by_name(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Norvalian", True),
        ("norvalians", True),
        ("Estrandese", True),
        ("Norvalia", False),
        ("Velm", False),
        ("", False),
    ],
)
def test_is_demonym(gazetteer: Gazetteer, word: str, expected: bool) -> None:
    assert gazetteer.is_demonym(word) is expected


@pytest.mark.parametrize("name", ["Velm", "Velm Province", "Province of Velm", "velm governorate"])
def test_admin1_entry_finds_the_province(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.admin1_entry("NV", name) == VELM_PROVINCE


def test_admin1_entry_by_another_name_and_wrong_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.admin1_entry("NV", "Ardis Province") == ARDIS_REGION
    assert gazetteer.admin1_entry("ES", "Velm") is None
    assert gazetteer.admin1_entry("NV", "Dunmore") is None


def test_the_file_format_round_trips(gazetteer: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "tiny.bin.gz"
    records = Gazetteer.from_entries(ENTRIES, alternates=ALTERNATES, countries=COUNTRIES)
    write_tables(path, records.layers[0].tables, about={"built_by": "test"})
    tables, about = read_tables(path)
    assert about == {"built_by": "test"}
    assert tables == records.layers[0].tables
    reloaded = load_gazetteer(path)
    assert reloaded.lookup("Dunmore", country="NV") == [HARBIN_NV, HARBIN_ES]
    assert reloaded.country_by_name("Norvalia") == NORVALIA


def test_writing_is_deterministic(tmp_path: Path) -> None:
    paths = [tmp_path / "a.bin.gz", tmp_path / "b.bin.gz"]
    for path in paths:
        built = Gazetteer.from_entries(ENTRIES, alternates=ALTERNATES, countries=COUNTRIES)
        write_tables(path, built.layers[0].tables, about={})
    assert paths[0].read_bytes() == paths[1].read_bytes()


@pytest.mark.parametrize(
    "content",
    [
        b"not gzip at all",
        gzip.compress(b"WRONG MAGIC\n{}\n"),
        gzip.compress(b"FRONTWIRE-GAZETTEER 3\n{oops\n"),
    ],
)
def test_broken_files_raise_resource_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.bin.gz"
    path.write_bytes(content)
    with pytest.raises(ResourceError):
        load_gazetteer(path)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_truncated_file_raises_resource_error(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "cut.bin.gz"
    built = Gazetteer.from_entries(ENTRIES, countries=COUNTRIES)
    write_tables(path, built.layers[0].tables, about={})
    raw = gzip.decompress(path.read_bytes())
    path.write_bytes(gzip.compress(raw[: int(len(raw) * keep)]))
    with pytest.raises(ResourceError, match="rebuild"):
        load_gazetteer(path)


def test_missing_file_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="build_gazetteer"):
        load_gazetteer(tmp_path / "absent.bin.gz")
