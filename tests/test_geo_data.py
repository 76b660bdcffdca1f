"""The gazetteer's hand-written data files and the build script's helpers."""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from frontwire.geo.countries import build_country_index, load_country_names
from frontwire.geo.drafts import clean_names, display_name, spread_centre, weighted_centre
from frontwire.geo.features import admin_terms, feature_table
from frontwire.geo.normalize import normalize_name

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "frontwire" / "data" / "gazetteer"


@pytest.fixture(scope="module")
def build_script() -> Iterator[ModuleType]:
    name = "frontwire_build_gazetteer_script"
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the script loads
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


def test_feature_weights_follow_the_priority_order() -> None:
    table = feature_table()
    order = ["PCLI", "ADM1", "PPLC", "PPLA", "PPLA2", "PPLA3", "PPL", "PPLX", "PPLQ"]
    weights = [table.weight(code) for code in order]
    assert weights == sorted(weights, reverse=True) and len(set(weights)) == len(weights)
    assert table.weight("ZZZZ") < table.weight("PPL")
    assert (
        table.kind("ADM1") == "admin"
        and table.kind("PPLC") == "city"
        and table.kind("ZZZZ") == "place"
    )


def test_admin_units_weigh_less_when_matched_by_another_name() -> None:
    table = feature_table()
    assert table.weight("ADM1", alternate=True) < table.weight("PPLC", alternate=True)
    assert table.weight("PPLC", alternate=True) == table.weight("PPLC")


def test_demonym_file_covers_the_countries_frontwire_cares_about() -> None:
    rows = load_country_names()
    codes = [row.iso2 for row in rows]
    assert len(codes) >= 120 and len(set(codes)) == len(codes)
    by_code = {row.iso2: row for row in rows}
    for code, demonym in [
        ("SY", "Syrian"),
        ("RU", "Russian"),
        ("IR", "Iranian"),
        ("TR", "Turkish"),
        ("YE", "Yemeni"),
        ("UA", "Ukrainian"),
        ("SD", "Sudanese"),
        ("KE", "Kenyan"),
        ("SO", "Somali"),
        ("IQ", "Iraqi"),
        ("AF", "Afghan"),
        ("IL", "Israeli"),
        ("PS", "Palestinian"),
        ("LB", "Lebanese"),
    ]:
        assert demonym in by_code[code].demonyms


def test_no_demonym_points_at_two_countries() -> None:
    countries: dict[str, set[str]] = defaultdict(set)
    for row in load_country_names():
        for demonym in row.demonyms:
            countries[normalize_name(demonym)].add(row.iso2)
    assert [key for key, codes in countries.items() if len(codes) > 1] == []


def test_plural_demonyms_never_shadow_a_country_name() -> None:
    index = build_country_index(load_country_names(), [("Laos", "LA")])
    assert not index.is_demonym("Laos")
    assert index.is_demonym("Laotians") and index.is_demonym("Syrians")


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Idlib Governorate", "idlib"),
        ("Muhafazat Hama", "hama"),
        ("Kharkiv Oblast", "kharkiv"),
        ("Province of Velm", "velm"),
        ("Blue Nile State", "blue nile"),
        ("Governorate", None),
        ("Hama", None),
    ],
)
def test_admin_terms_strip_generic_words(name: str, bare: str | None) -> None:
    assert admin_terms().strip(normalize_name(name)) == bare


def test_attribution_names_both_sources_and_the_command() -> None:
    text = (DATA / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Data from GeoNames (CC BY 4.0)" in text
    assert "Data from Who's On First (CC0 / CC BY where GeoNames-derived)" in text
    assert "python scripts/build_gazetteer.py" in text


@pytest.mark.parametrize(
    "filename", ["translit.tsv", "demonyms.tsv", "features.tsv", "admin_terms.tsv"]
)
def test_data_files_explain_their_columns(filename: str) -> None:
    first = (DATA / filename).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")
    assert "Columns:" in (DATA / filename).read_text(encoding="utf-8")


def test_clean_names_keeps_latin_and_arabic_only() -> None:
    raw = [
        "Qarya (Old Qarya)",
        "QRY",
        "Карья",
        "قرية",
        "http://x.example",
        "Qarya 2",
        "  Tall   Qarya  ",
        "カリヤ",
    ]
    assert list(clean_names(raw)) == [
        "Qarya (Old Qarya)",
        "Qarya",
        "Old Qarya",
        "قرية",
        "Tall Qarya",
    ]


def test_display_name_prefers_a_latin_spelling() -> None:
    assert display_name("Карья", ["Karja", "Karya", "Karya", "قرية"]) == "Karya"
    assert display_name("Qarya", ["Karya"]) == "Qarya"
    assert display_name("Карья", []) == "Карья"


def test_weighted_centre_leans_to_the_bigger_place() -> None:
    assert weighted_centre([(10.0, 10.0, 900), (10.0, 20.0, 100)]) == pytest.approx(
        (10.1, 11.0), abs=0.15
    )
    across = weighted_centre([(0.0, 179.0, 1), (0.0, -179.0, 1)])
    assert across is not None and abs(across[1]) == pytest.approx(180.0, abs=1e-6)
    assert weighted_centre([]) is None


def test_spread_centre_ignores_outliers_and_the_antimeridian() -> None:
    grid = [(float(lat), float(lon)) for lat in range(10, 21) for lon in range(30, 41)]
    assert spread_centre([*grid, (60.0, -150.0)]) == pytest.approx((15.0, 35.0))
    islands = spread_centre([(-17.0, 178.0), (-17.0, -179.0), (-16.0, 179.0)])
    assert islands is not None and abs(islands[1]) > 178.0 and islands[0] == pytest.approx(-16.5)
    assert spread_centre([]) is None


def test_build_script_loads_and_documents_its_command(build_script: ModuleType) -> None:
    assert build_script.COMMAND == "python scripts/build_gazetteer.py"
    assert build_script.COMMAND in (build_script.__doc__ or "")
    with pytest.raises(SystemExit) as exited:
        build_script.main(["--help"])
    assert exited.value.code == 0
