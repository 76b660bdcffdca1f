"""The shipped gazetteer: well-known conflict places, countries, demonyms and admin1 centres."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwire.geo.features import feature_table
from frontwire.geo.gazetteer import GAZETTEER_FILE, Gazetteer, load_gazetteer
from frontwire.geo.rank import choose, haversine_km
from frontwire.geo.store import read_tables
from frontwire.models import GeoEntry

DATA = Path(__file__).resolve().parents[1] / "src" / "frontwire" / "data" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _near(entries: list[GeoEntry], lat: float, lon: float, km: float) -> list[GeoEntry]:
    return [e for e in entries if haversine_km(e.lat, e.lon, lat, lon) <= km]


def test_it_is_big_and_small_enough(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) > 500_000
    assert (DATA / GAZETTEER_FILE).stat().st_size < 26_000_000


def test_header_records_sources_and_the_build_command() -> None:
    _, about = read_tables(DATA / GAZETTEER_FILE)
    assert about["built_by"] == "python scripts/build_gazetteer.py"
    assert "GeoNames" in about["licence"] and "Who's On First" in about["licence"]


def test_idlib_city_and_governorate_both_exist(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Idlib", country="SY")
    kinds = {feature_table().kind(e.feature) for e in found if e.country == "SY"}
    assert {"admin", "city"} <= kinds
    first = found[0]
    assert first.country == "SY"
    assert haversine_km(first.lat, first.lon, 35.93, 36.63) <= 60


def test_damascus_comes_first_near_the_capital(gazetteer: Gazetteer) -> None:
    first = gazetteer.lookup("Damascus")[0]
    assert first.country == "SY"
    assert haversine_km(first.lat, first.lon, 33.51, 36.29) <= 25


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Aleppo", "SY", 36.20, 37.16),
        ("Sanaa", "YE", 15.35, 44.21),
        ("Sana'a", "YE", 15.35, 44.21),
        ("Kharkiv", "UA", 49.98, 36.25),
        ("Kharkov", "UA", 49.98, 36.25),
        ("Mogadishu", "SO", 2.04, 45.34),
        ("Khartoum", "SD", 15.55, 32.53),
        ("El Fasher", "SD", 13.63, 25.35),
        ("Al Fashir", "SD", 13.63, 25.35),
        ("Nairobi", "KE", -1.28, 36.82),
        ("Mosul", "IQ", 36.34, 43.12),
        ("Raqqa", "SY", 35.95, 39.01),
        ("Deir ez-Zor", "SY", 35.34, 40.14),
        ("Tell Rifaat", "SY", 36.47, 37.10),
    ],
)
def test_well_known_places_resolve(
    gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float
) -> None:
    found = gazetteer.lookup(name)
    assert found and found[0].country == country
    towns = [e for e in found if feature_table().kind(e.feature) in ("city", "place")]
    assert _near(towns, lat, lon, 15), f"no town called {name} near {lat},{lon}"
    chosen, _ = choose(found, country_focus=country)
    assert chosen is not None and haversine_km(chosen.lat, chosen.lon, lat, lon) <= 15


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syria", "SY"),
        ("Syrian", "SY"),
        ("Syrians", "SY"),
        ("Russia", "RU"),
        ("Russian", "RU"),
        ("Iranian", "IR"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Turkish", "TR"),
        ("the United States", "US"),
        ("US", "US"),
        ("Yemeni", "YE"),
        ("Ukrainian", "UA"),
        ("Sudanese", "SD"),
        ("Kenyan", "KE"),
        ("Somali", "SO"),
        ("Iraqi", "IQ"),
        ("Afghan", "AF"),
        ("Israeli", "IL"),
        ("Palestinian", "PS"),
        ("Lebanese", "LB"),
        ("DRC", "CD"),
        ("Laos", "LA"),
    ],
)
def test_country_by_name_or_demonym(gazetteer: Gazetteer, text: str, code: str) -> None:
    country = gazetteer.country_by_name(text)
    assert country is not None and country.country == code and country.feature == "PCLI"


@pytest.mark.parametrize("text", ["us", "Aleppo", "Qwertyland", ""])
def test_not_countries(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.country_by_name(text) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Syrian", True),
        ("Iraqis", True),
        ("Turkish", True),
        ("Swiss", True),
        ("Damascus", False),
        ("Syria", False),
        ("Laos", False),
        ("rebels", False),
    ],
)
def test_is_demonym(gazetteer: Gazetteer, word: str, expected: bool) -> None:
    assert gazetteer.is_demonym(word) is expected


@pytest.mark.parametrize(
    ("code", "lat", "lon"), [("SY", 35.0, 38.3), ("KE", -1.3, 36.8), ("FR", 48.9, 2.4)]
)
def test_countries_have_a_point(gazetteer: Gazetteer, code: str, lat: float, lon: float) -> None:
    country = gazetteer.country(code)
    assert country is not None and country.feature == "PCLI"
    assert haversine_km(country.lat, country.lon, lat, lon) < 400


@pytest.mark.parametrize(
    ("country", "name", "lat", "lon"),
    [
        ("SY", "Idlib", 35.8, 36.6),
        ("SY", "Idlib Governorate", 35.8, 36.6),
        ("SY", "Deir ez-Zor", 35.1, 40.3),
        ("SY", "Homs", 34.5, 37.9),
        ("YE", "Marib", 15.5, 45.5),
        ("UA", "Kharkiv", 49.5, 36.5),
        ("SO", "Banaadir", 2.1, 45.4),
        ("KE", "Turkana", 3.1, 35.6),
    ],
)
def test_admin1_entry_has_a_centre(
    gazetteer: Gazetteer, country: str, name: str, lat: float, lon: float
) -> None:
    entry = gazetteer.admin1_entry(country, name)
    assert entry is not None and entry.feature == "ADM1" and entry.country == country
    assert haversine_km(entry.lat, entry.lon, lat, lon) < 120


def test_admin1_entry_unknown(gazetteer: Gazetteer) -> None:
    assert gazetteer.admin1_entry("SY", "Nowhere Province") is None


def test_every_city_names_an_admin1_the_gazetteer_has(gazetteer: Gazetteer) -> None:
    for name in ("Aleppo", "Mosul", "Kharkiv", "Nairobi"):
        city = next(e for e in gazetteer.lookup(name) if e.feature.startswith("PPL"))
        assert city.admin1 is not None
        assert gazetteer.admin1_entry(city.country, city.admin1) is not None


def test_countries_stand_at_their_conventional_centre() -> None:
    from frontwire.geo.gazetteer import load_gazetteer
    from frontwire.geo.layer import country_points

    points = country_points()
    assert len(points) > 240 and points["RU"] == (60.0, 100.0)
    russia = load_gazetteer().country("RU")
    assert russia is not None and (russia.lat, russia.lon) == (60.0, 100.0)
