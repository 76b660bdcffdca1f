"""choose(): picking one candidate from context, and reporting when context cannot decide."""

from __future__ import annotations

import pytest

from frontwire.geo.gazetteer import Gazetteer
from frontwire.geo.rank import RankWeights, choose, haversine_km
from frontwire.models import GeoEntry

# Two invented towns called "Kessara", ~2,000 km apart, of similar size, plus a province and a
# big neighbour of the first one to resolve other mentions against.
KESSARA_NORTH = GeoEntry(101, "Kessara", 44.0, 18.0, "NV", "PPL", 60_000, "Orlan")
KESSARA_SOUTH = GeoEntry(102, "Kessara", 28.0, 31.0, "ES", "PPL", 55_000, "Sudmark")
ORLAN_PROVINCE = GeoEntry(103, "Orlan", 44.3, 18.4, "NV", "ADM1", 1_200_000, "Orlan")
ORLAN_TOWN = GeoEntry(104, "Orlan", 44.1, 18.2, "NV", "PPLA", 150_000, "Orlan")
BRESK = GeoEntry(105, "Bresk", 44.2, 18.3, "NV", "PPLA", 300_000, "Orlan")
KESSARA_SUBURB = GeoEntry(106, "Kessara", 44.05, 18.02, "NV", "PPLX", 2_000, "Orlan")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    entries = [KESSARA_NORTH, KESSARA_SOUTH, ORLAN_PROVINCE, ORLAN_TOWN, BRESK]
    return Gazetteer.from_entries(entries, countries=())


def test_without_context_two_similar_towns_are_ambiguous(gazetteer: Gazetteer) -> None:
    chosen, ambiguous = choose(gazetteer.lookup("Kessara"), country_focus=None)
    assert chosen in (KESSARA_NORTH, KESSARA_SOUTH)
    assert ambiguous == tuple(e for e in (KESSARA_NORTH, KESSARA_SOUTH) if e != chosen)


@pytest.mark.parametrize(
    ("focus", "expected"), [("NV", KESSARA_NORTH), ("ES", KESSARA_SOUTH), ("es", KESSARA_SOUTH)]
)
def test_country_focus_settles_it(gazetteer: Gazetteer, focus: str, expected: GeoEntry) -> None:
    chosen, ambiguous = choose(gazetteer.lookup("Kessara"), country_focus=focus)
    assert chosen == expected
    assert ambiguous == ()


@pytest.mark.parametrize(
    ("near", "expected"),
    [([(BRESK.lat, BRESK.lon)], KESSARA_NORTH), ([(28.3, 31.2)], KESSARA_SOUTH)],
)
def test_proximity_to_other_places_settles_it(
    gazetteer: Gazetteer, near: list[tuple[float, float]], expected: GeoEntry
) -> None:
    chosen, ambiguous = choose(gazetteer.lookup("Kessara"), country_focus=None, near=near)
    assert chosen == expected
    assert ambiguous == ()


def test_proximity_beats_a_country_focus_elsewhere(gazetteer: Gazetteer) -> None:
    # The article is about ES, but this mention sits among places resolved in NV.
    chosen, _ = choose(
        gazetteer.lookup("Kessara"), country_focus="ES", near=[(44.2, 18.3), (44.1, 18.1)]
    )
    assert chosen == KESSARA_NORTH


def test_a_bare_name_means_the_town(gazetteer: Gazetteer) -> None:
    chosen, ambiguous = choose(gazetteer.lookup("Orlan"), country_focus="NV")
    assert chosen == ORLAN_TOWN
    assert ambiguous == ()  # the province is right there: not a real ambiguity


def test_prefer_admin_means_the_province(gazetteer: Gazetteer) -> None:
    chosen, _ = choose(gazetteer.lookup("Orlan"), country_focus="NV", prefer_admin=True)
    assert chosen == ORLAN_PROVINCE


def test_nearby_namesakes_are_not_ambiguous() -> None:
    chosen, ambiguous = choose([KESSARA_SUBURB, KESSARA_NORTH], country_focus=None)
    assert chosen == KESSARA_NORTH
    assert ambiguous == ()


def test_a_much_bigger_place_wins_without_ambiguity() -> None:
    small = GeoEntry(201, "Tavor", 10.0, 10.0, "NV", "PPL", 500)
    big = GeoEntry(202, "Tavor", 30.0, 40.0, "ES", "PPL", 2_000_000)
    assert choose([small, big], country_focus=None) == (big, ())


def test_duplicates_and_empty_input() -> None:
    assert choose([], country_focus="NV") == (None, ())
    assert choose([KESSARA_NORTH, KESSARA_NORTH], country_focus=None) == (KESSARA_NORTH, ())


def test_weights_can_be_tuned() -> None:
    never_ambiguous = RankWeights(ambiguity_margin=-1.0)
    assert (
        choose([KESSARA_NORTH, KESSARA_SOUTH], country_focus=None, weights=never_ambiguous)[1] == ()
    )


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (1.0, 0.0), 111.19),  # one degree of latitude
        ((0.0, 0.0), (0.0, 1.0), 111.19),  # one degree of longitude at the equator
        ((60.0, 0.0), (60.0, 1.0), 55.6),  # half that at 60 degrees north
        ((0.0, 179.5), (0.0, -179.5), 111.19),  # across the antimeridian
        ((90.0, 0.0), (-90.0, 0.0), 20015.1),  # pole to pole
    ],
)
def test_haversine_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, rel=2e-3)
    assert haversine_km(*b, *a) == pytest.approx(haversine_km(*a, *b))


def test_haversine_of_a_point_to_itself_is_zero() -> None:
    assert haversine_km(33.5, 36.3, 33.5, 36.3) == 0.0


def test_a_province_the_text_names_settles_it_but_not_for_the_province_itself() -> None:
    smaller_south = GeoEntry(107, "Kessara", 28.0, 31.0, "NV", "PPL", 20_000, "Sudmark")
    candidates = [KESSARA_NORTH, smaller_south]
    assert choose(candidates, country_focus="NV")[0] == KESSARA_NORTH
    assert choose(candidates, country_focus="NV", regions={("NV", "Sudmark")})[0] == smaller_south
    # The province's namesake town gets nothing from the province's own name.
    assert choose([ORLAN_TOWN, BRESK], country_focus="NV", regions={("NV", "Orlan")})[0] == BRESK


def test_a_place_matched_only_by_another_of_its_names_scores_lower(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.lookup("Kessara")
    chosen, _ = choose(candidates, country_focus=None, other_names={KESSARA_NORTH.geonameid})
    assert chosen == KESSARA_SOUTH
    chosen, _ = choose(candidates, country_focus=None, other_names={KESSARA_SOUTH.geonameid})
    assert chosen == KESSARA_NORTH
