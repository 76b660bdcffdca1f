"""A village placed far from every district seat its report names is a wrong namesake: the seat stands in."""

from __future__ import annotations

from typing import Any

from frontwire.extract.places import stray_village_town
from frontwire.models import GeoEntry, Place, Span


def _place(name: str, start: int, lat: float, lon: float, feature: str, population: int = 0) -> Place:
    entry = GeoEntry(len(name) + start, name, lat, lon, "SY", feature, population, "Idlib")
    return Place(name, Span(start, start + len(name), name), entry, 1, None, lat, lon)


def test_a_far_namesake_village_gives_way_to_the_seat_named_near_it() -> None:
    village = _place("Umm Tineh", 20, 33.0, 36.0, "PPL")  # a namesake some 300 km south
    seat = _place("Sarmada", 45, 36.2, 36.7, "PPLA3")
    moved = stray_village_town(village, [village, seat], "SY")
    assert moved is not None and moved.text == "Umm Tineh" and moved.geo_precision == 2
    assert moved.entry is not None and moved.entry.name == "Sarmada"


def test_a_village_near_a_named_seat_stands() -> None:
    village = _place("Umm Tineh", 20, 36.0, 36.6, "PPL")
    seat = _place("Sarmada", 45, 36.2, 36.7, "PPLA3")
    assert stray_village_town(village, [village, seat], "SY") is None


def test_only_seats_and_cities_are_trusted_over_the_village() -> None:
    village = _place("Umm Tineh", 20, 33.0, 36.0, "PPL")
    other_village = _place("Kafr Ruma", 45, 36.2, 36.7, "PPL")
    town = _place("Big Town", 20, 33.0, 36.0, "PPL", population=60_000)
    seat = _place("Sarmada", 45, 36.2, 36.7, "PPLA3")
    assert stray_village_town(village, [village, other_village], "SY") is None
    assert stray_village_town(town, [town, seat], "SY") is None
    assert stray_village_town(village, [village, seat], "LB") is None


def test_a_capital_in_the_dateline_does_not_stand_in_for_the_village(code: Any) -> None:
    coding = code("BAMAKO, May 2 (Reuters) - Gunmen killed five herders in the village of Sofara on Sunday.")
    place = coding.events[0].place
    assert place is not None and place.entry is not None and place.entry.name == "Sofara"
