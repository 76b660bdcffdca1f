"""A province named by one of its parts ('the southern countryside of X') is put at that part, not at its seat."""

from __future__ import annotations

from typing import Any

import pytest

from frontwire.geo.rank import haversine_km
from support import event_place


@pytest.mark.parametrize(("words", "direction"), [
    ("in southern Idlib", "s"), ("in the south eastern countryside of Idlib", "se"),
    ("in the north - eastern countryside of Idlib", "ne"), ("west of Idlib", None), ("in Idlib", None),
    ("in the countryside of Idlib", None),
    ("in the west of Idlib", "w"), ("in the northern suburbs of Idlib", None),
])
def test_a_compass_word_before_a_province_names_its_part(res: Any, words: str, direction: str | None) -> None:
    from frontwire.extract.hierarchy import direction_before

    doc = res.nlp(f"Jets struck a village {words} on Monday.")
    first = next(t.i for t in doc if t.text == "Idlib")
    assert direction_before(doc, first) == direction


@pytest.mark.parametrize("text", [
    "Government troops shelled the southern countryside of Idlib on Monday, wounding two farmers.",
    "Government troops shelled rebel positions in Idlib southern countryside on Monday.",
    "The army seized Umm Xuqzal and nearby Umm Zaqwel villages in the southern countryside of Idlib on Monday.",
])
def test_a_province_named_by_its_part_is_put_in_that_part(code: Any, text: str) -> None:
    place = event_place(code(text, country="SY"))
    seat = place.entry
    assert seat is not None and seat.admin1 == "Idlib" and place.geo_precision == 2
    assert place.lat is not None and place.lon is not None and place.lat < seat.lat - 0.1


def test_a_province_named_without_a_part_stays_at_its_seat(code: Any) -> None:
    place = event_place(code("Government troops shelled the countryside of Idlib on Monday.", country="SY"))
    assert place.entry is not None and place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, place.entry.lat, place.entry.lon) < 1.0


def test_a_capitalised_compass_word_names_a_part_of_the_city_itself(code: Any) -> None:
    place = event_place(code("Government jets bombed East Aleppo on Monday, killing four people.", country="SY"))
    assert place.entry is not None and place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, place.entry.lat, place.entry.lon) < 1.0


def test_a_province_known_only_by_its_own_name_keeps_its_point(code: Any) -> None:
    coding = code("A puppy was found in a community in northern Saskatchewan on Sunday, officials said.", country="CA")
    places = [p for p in coding.places if p.entry is not None and p.entry.feature == "ADM1"]
    assert places, "the province was not found"
    place = places[0]
    assert place.lat is not None and place.lon is not None and place.entry is not None
    assert haversine_km(place.lat, place.lon, place.entry.lat, place.entry.lon) < 1.0
