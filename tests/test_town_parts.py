"""Parts of a town named with the town ('the X area of the Old City of Y', 'X neighbourhood in Y'), and names
that are no event's place: bare words of a group's name, 'pro-X', a province named by its desert."""

from __future__ import annotations

from typing import Any

import pytest

from frontwire.extract.hierarchy import Container, _link
from support import event_place


@pytest.mark.parametrize("text", [
    "Mortar shells fell on the Tall Tamr area of the Old City of Homs on Monday, wounding two people.",
    "Mortar shells fell on the Tall Tamr area on the outskirts of the Old City of Homs on Monday.",
    "Mortar shells fell on the Tall Tamr, Zorbiyet, and Qwertyeh areas of Homs Old City on Monday.",
])
def test_an_area_of_the_old_city_of_a_town_stays_in_that_town(code: Any, text: str) -> None:
    # Tall Tamr is a town in Hasakah, far from Homs: here it only names a part of Homs's old city.
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.name == "Homs"


def test_the_old_city_of_a_town_is_the_town_itself(code: Any) -> None:
    coding = code("Mortar shells fell on the Old City of Homs on Monday.", country="SY")
    place = event_place(coding)
    assert place.entry is not None and place.entry.name == "Homs" and place.geo_precision == 1


def test_an_area_in_a_quarter_of_a_city_is_in_the_city_itself(code: Any) -> None:
    text = "Mortar shells fell on the Tall Tamr area in the Zorbiyet neighbourhood of Homs city on Monday."
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.name == "Homs" and place.geo_precision == 1


def test_a_neighbourhood_of_a_village_stays_at_that_village(code: Any) -> None:
    coding = code("Mortar shells fell on the Tall Tamr neighbourhood in Zurzur on Monday.", country="SY")
    village = next(p for p in coding.places if p.text == "Zurzur")
    place = event_place(coding)
    assert place.entry is not None and village.entry is not None
    assert place.entry.geonameid == village.entry.geonameid


def test_a_bare_word_of_a_group_name_is_no_village_spelled_like_it(code: Any) -> None:
    coding = code("Islamic State force handed over control of the village of Zorbiyet to the army on Monday.",
                  country="SY")
    assert all(p.text != "State" for p in coding.places)


def test_a_name_listed_after_a_marked_place_is_marked_too(code: Any) -> None:
    # 'Kafr Nubol' is known only by a looser spelling, which is taken for names the text marks as places.
    coding = code("Jets bombed the towns of Sarmin and Kafr Nubol on Monday.", country="SY")
    listed = next(p for p in coding.places if p.text == "Kafr Nubol")
    assert listed.entry is not None and listed.entry.admin1 == "Idlib"


@pytest.mark.parametrize(("words", "link"), [
    (["area", "on", "the", "outskirts", "of"], Container(-1, True, near=True)),
    ([",", "which", "lies", "on", "the", "outskirts", "of"], Container(-1, True, near=True)),
    (["areas", "of", "the"], Container(-1, True)),
    (["area", "on", "northern"], None),
])
def test_words_that_nest_a_part_in_its_town(words: list[str], link: Container | None) -> None:
    assert _link(words) == link


@pytest.mark.parametrize("text", ["Rebels shelled Homs's Tall Tamr neighbourhood on Monday.",
                                  "Rebels shelled the Tall Tamr area in Homs city's Zorbiyet neighbourhood on Monday."])
def test_a_place_a_town_owns_lies_in_that_town(code: Any, text: str) -> None:
    # 'Y's X' puts X in Y (Tall Tamr is also a town in Hasakah, far from Homs).
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.name == "Homs" and place.geo_precision == 1


def test_the_owner_of_a_place_is_not_the_events_place(code: Any) -> None:
    coding = code("Turkish troops shelled villages in Aleppo's Bulbul sub-district on Monday.", country="SY")
    place = event_place(coding)
    assert place.text == "Bulbul" and place.entry is not None and place.entry.admin1 == "Aleppo"


def test_a_name_after_pro_or_anti_is_no_events_place(code: Any) -> None:
    coding = code("A pro-Homs demonstration took place in Binnish to protest the shelling.", country="SY")
    assert coding.events
    assert all(e.place is not None and e.place.entry is not None and e.place.entry.admin1 == "Idlib"
               for e in coding.events)


def test_the_desert_of_a_province_is_its_open_country_not_its_seat(code: Any) -> None:
    place = event_place(code("Warplanes carried out strikes in the desert of Homs on Monday.", country="SY"))
    assert place.entry is not None and place.entry.name == "Homs" and place.geo_precision == 2


def test_a_name_followed_by_city_is_the_town_not_its_district(code: Any) -> None:
    # 'As-Salamiyeh' is the exact name of the district; the town is spelled 'As Salamiyah'.
    place = event_place(code("Army units shelled the western countryside of As-Salamiyeh city in northeast Hama.",
                             country="SY"))
    assert place.entry is not None and place.entry.feature.startswith("PPL") and place.geo_precision == 2


def test_a_place_the_fighting_is_narrowed_to_is_the_events_place(code: Any) -> None:
    text = ("Clashes took place between the army and rebels in southern Idlib, concentrated in the vicinity of "
            "Umm Haratayn town, on Monday.")
    place = event_place(code(text, country="SY"))
    assert place.text == "Umm Haratayn"


def test_a_place_narrowed_down_from_a_province_lies_in_it(code: Any) -> None:
    # Tall Tamr is a town in Hasakah: 'in Homs province, mainly around Tall Tamr' means another one, in Homs.
    coding = code("On Monday fighting broke out between the army and rebels in Homs province, mainly around Tall Tamr.",
                  country="SY")
    place = event_place(coding)
    assert place.entry is not None and place.entry.admin1 == "Homs"


@pytest.mark.parametrize("text", ["A shell fell on the Tall Tamr area, which lies on the outskirts of Homs, on Monday.",
                                  "Mortars hit Tall Tamr village on the outskirts of Homs on Monday."])
def test_a_place_on_the_outskirts_of_a_town_lies_by_that_town(code: Any, text: str) -> None:
    # The only Tall Tamr the gazetteer knows is in Hasakah, far from Homs: the one meant is by Homs.
    coding = code(text, country="SY")
    assert coding.events
    for event in coding.events:
        assert event.place is not None and event.place.entry is not None and event.place.entry.name == "Homs"
