"""geo.coherence: the article's other names vouch for the namesakes near them."""

from __future__ import annotations

from typing import Any

from frontwire.geo.coherence import support
from frontwire.geo.gazetteer import Candidate
from frontwire.geo.rank import choose
from frontwire.models import GeoEntry

# Invented towns: "Varnholm" is a big city in NV and a small town in ES; "Ostrel" and "Pelk" are ES towns
# a few kilometres from the small Varnholm; "Quessa" is a big NV city with a hamlet namesake near Pelk.
VARNHOLM_BIG = GeoEntry(1, "Varnholm", 44.0, 18.0, "NV", "PPLA", 900_000, "Orlan")
VARNHOLM_SMALL = GeoEntry(2, "Varnholm", 40.00, 3.00, "ES", "PPL", 60_000, "Sudmark")
OSTREL = GeoEntry(3, "Ostrel", 40.03, 3.02, "ES", "PPL", 90_000, "Sudmark")
OSTREL_FAR = GeoEntry(4, "Ostrel", 10.0, -60.0, "XA", "PPL", 20_000, "Nord")
PELK = GeoEntry(5, "Pelk", 39.5, 3.5, "ES", "PPL", 40_000, "Sudmark")
QUESSA_BIG = GeoEntry(6, "Quessa", 45.0, 19.0, "NV", "PPLC", 2_000_000, "Capital")
QUESSA_HAMLET = GeoEntry(7, "Quessa", 40.01, 3.01, "ES", "PPL", 900, "Sudmark")
ORLAN = GeoEntry(8, "Orlan", 44.3, 18.4, "NV", "ADM1", 1_200_000, "Orlan")
ORLAN_HAMLET = GeoEntry(9, "Orlan Mill", 40.02, 3.01, "ES", "PPL", 500, "Sudmark")


def found(*entries: GeoEntry, alternate: tuple[GeoEntry, ...] = ()) -> list[Candidate]:
    return [Candidate(e, "alternate" if e in alternate else "exact", 0.0) for e in entries]


def test_a_neighbour_vouches_for_the_namesake_near_it() -> None:
    backing = support({"Varnholm": found(VARNHOLM_BIG, VARNHOLM_SMALL), "Ostrel": found(OSTREL, OSTREL_FAR)})
    assert backing["Varnholm"] == {VARNHOLM_SMALL.geonameid: 1.0}
    assert backing["Ostrel"] == {OSTREL.geonameid: 1.0}


def test_a_name_further_off_in_the_region_counts_for_less() -> None:
    backing = support({"Varnholm": found(VARNHOLM_BIG, VARNHOLM_SMALL), "Pelk": found(PELK)})
    assert 0 < backing["Varnholm"][VARNHOLM_SMALL.geonameid] < 1.0
    assert "Pelk" not in backing  # one candidate: nothing to settle


def test_a_dwarfed_namesake_vouches_for_nothing() -> None:
    # Quessa is the capital: its hamlet beside the small Varnholm says nothing about which Varnholm is meant.
    backing = support({"Varnholm": found(VARNHOLM_BIG, VARNHOLM_SMALL), "Quessa": found(QUESSA_BIG, QUESSA_HAMLET)})
    assert VARNHOLM_SMALL.geonameid not in backing.get("Varnholm", {})


def test_a_province_s_name_does_not_vote_through_towns_that_list_it() -> None:
    backing = support({"Varnholm": found(VARNHOLM_BIG, VARNHOLM_SMALL),
                       "Orlan": found(ORLAN, ORLAN_HAMLET, alternate=(ORLAN_HAMLET,))})
    assert VARNHOLM_SMALL.geonameid not in backing.get("Varnholm", {})


def test_a_country_the_article_names_vouches_for_its_namesake() -> None:
    backing = support({"Varnholm": found(VARNHOLM_BIG, VARNHOLM_SMALL)}, countries=["ES"])
    assert backing["Varnholm"] == {VARNHOLM_SMALL.geonameid: 0.5}


def test_support_outweighs_a_bigger_namesake_in_choose() -> None:
    candidates = [VARNHOLM_BIG, VARNHOLM_SMALL]
    assert choose(candidates, country_focus=None)[0] == VARNHOLM_BIG
    backing = support({"Varnholm": found(*candidates), "Ostrel": found(OSTREL, OSTREL_FAR)})["Varnholm"]
    assert choose(candidates, country_focus=None, support=backing)[0] == VARNHOLM_SMALL


def test_in_an_article_the_neighbourhoods_settle_a_big_city_s_namesake(code: Any) -> None:
    coding = code("Firefighters were called to a house in Edmonton on Friday night. Neighbours in Tottenham "
                  "said the blaze spread quickly.")
    edmonton = [p for p in coding.places if p.text == "Edmonton"][0]
    assert edmonton.entry is not None and edmonton.entry.country == "GB"


def test_capitals_named_together_stay_the_capitals(code: Any) -> None:
    coding = code("Talks in Paris and London failed, officials in Moscow said on Tuesday.")
    countries = {p.text: p.entry.country for p in coding.places if p.entry is not None}
    assert countries == {"Paris": "FR", "London": "GB", "Moscow": "RU"}


def test_a_famous_foreign_city_is_not_traded_for_a_local_look_alike(code: Any) -> None:
    coding = code("Delegations from Ankara and Izmir left for Moscow on Monday.", country="TR")
    (moscow,) = [p for p in coding.places if p.text == "Moscow"]
    assert moscow.entry is not None and moscow.entry.country == "RU"


def test_the_country_s_name_vouches_for_its_capital_more_than_for_its_towns() -> None:
    capital = GeoEntry(801, "Varno", 10.0, 10.0, "NV", "PPLC", 600_000, "Orlan")
    town = GeoEntry(802, "Varno", 50.0, 0.0, "ES", "PPL", 60_000, "Sudmark")
    found = {"Varno": [Candidate(capital, "exact", 0.0), Candidate(town, "exact", 0.0)]}
    scores = support(found, ["NV", "ES"])["Varno"]
    assert scores[801] > scores[802] > 0
