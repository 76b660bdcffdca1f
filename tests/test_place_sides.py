"""A look-alike spelling on the wrong side of a named province part is not taken; 'X and its surroundings in Y'
still nests X in Y."""

from __future__ import annotations

import pytest

from frontwire.extract.hierarchy import Container, _link, without_own_surroundings
from frontwire.extract.places import PlaceMention, Within, loose_the_other_way, resolve
from frontwire.geo.gazetteer import Gazetteer
from frontwire.models import GeoEntry, Span

# An invented province seat with one village spelled like 'Kadrun' 20 km south of it and one exactly so.
SEAT = GeoEntry(1, "Qasrun", 35.0, 36.0, "SY", "PPLA", 100_000, "Alpha")
SOUTH_ALIKE = GeoEntry(2, "Khadrun", 34.82, 36.0, "SY", "PPL", 500, "Alpha")
SOUTH_EXACT = GeoEntry(3, "Kadrun", 34.82, 36.0, "SY", "PPL", 500, "Alpha")


def _mention() -> PlaceMention:
    return PlaceMention("Kadrun", Span(0, 6, "Kadrun"), 0, 0, settlement=True)


def test_a_look_alike_south_of_the_seat_is_not_in_the_northern_part() -> None:
    gazetteer = Gazetteer.from_entries([SEAT, SOUTH_ALIKE])
    place = resolve(_mention(), gazetteer, focus="SY", within=Within(SEAT, regional=True, direction="n"))
    assert place is not None and place.entry is not None and place.entry.geonameid == 1 and place.geo_precision == 2


def test_a_look_alike_in_the_named_part_is_taken() -> None:
    gazetteer = Gazetteer.from_entries([SEAT, SOUTH_ALIKE])
    place = resolve(_mention(), gazetteer, focus="SY", within=Within(SEAT, regional=True, direction="s"))
    assert place is not None and place.entry is not None and place.entry.geonameid == 2 and place.geo_precision == 1


def test_the_exact_name_is_kept_whatever_side_it_lies_on() -> None:
    gazetteer = Gazetteer.from_entries([SEAT, SOUTH_EXACT])
    place = resolve(_mention(), gazetteer, focus="SY", within=Within(SEAT, regional=True, direction="n"))
    assert place is not None and place.entry is not None and place.entry.geonameid == 3


def test_the_side_is_not_judged_from_a_district_centre() -> None:
    within = Within(SEAT, regional=True, direction="n", district_km=40.0)
    assert not loose_the_other_way(SOUTH_ALIKE, within)
    assert loose_the_other_way(SOUTH_ALIKE, Within(SEAT, regional=True, direction="n"))


@pytest.mark.parametrize(("words", "kept"), [
    (["village", "and", "its", "surroundings", "in", "northern"], ["village", "in", "northern"]),
    (["and", "its", "vicinity", "in"], ["in"]),
    (["and", "its", "people", "in"], ["and", "its", "people", "in"]),
    (["and", "its", "outskirts"], ["and", "its", "outskirts"]),
])
def test_a_place_s_own_surroundings_are_left_out_of_the_link(words: list[str], kept: list[str]) -> None:
    assert without_own_surroundings(words) == kept


def test_a_village_and_its_surroundings_lie_in_the_province() -> None:
    assert _link(["village", "and", "its", "outskirts", "in", "southern"]) == Container(-1, True, direction="s")
    assert _link(["village", "and", "its", "people", "in"]) is None


def test_a_village_and_its_vicinity_in_a_province_part_is_placed_in_that_province(code) -> None:  # type: ignore[no-untyped-def]
    coding = code("Government forces shelled Zorbiyet village and its vicinity in northern Latakia on Monday.",
                  country="SY")
    assert coding.events and coding.events[0].place is not None
    entry = coding.events[0].place.entry
    assert entry is not None and entry.admin1 == "Latakia"
