"""Explicit place hierarchy ('X village in southern Idlib') and loose spellings in place resolution."""

from __future__ import annotations

from typing import Any

import pytest

from frontwire.extract.hierarchy import (Container, _link, mended_direction_word, without_control_clause,
                                         without_edge_of_previous)
from frontwire.extract.places import _closest, glide_similarity, loose_candidates, spelling_similarity
from frontwire.geo.normalize import normalize_name
from frontwire.models import GeoEntry
from frontwire.geo.rank import haversine_km
from support import event_place


@pytest.mark.parametrize(("province", "admin1"), [("southeast Idlib", "Idlib"), ("eastern Hama", "Hama"),
                                                   ("the eastern countryside of Aleppo", "Aleppo")])
def test_the_named_province_picks_among_namesakes(code: Any, province: str, admin1: str) -> None:
    # Rasm al-Ahmar is the name of villages in Aleppo, Idlib and Hama provinces.
    place = event_place(code(f"Government forces shelled Rasm al-Ahmar village in {province} on Monday.",
                             country="SY"))
    assert place.entry is not None and place.entry.admin1 == admin1
    assert place.geo_precision == 1


def test_a_town_unknown_in_the_named_province_is_coded_to_the_province_area(code: Any) -> None:
    place = event_place(code("Government forces shelled Zorbiyet village in northern Latakia on Monday.",
                             country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Latakia"
    assert place.geo_precision == 2


def test_a_bare_list_does_not_nest(code: Any) -> None:
    coding = code("Jets struck Hama, Idlib and Aleppo on Monday.", country="SY")
    hama = next(p for p in coding.places if p.text == "Hama")
    assert hama.entry is not None and hama.entry.admin1 == "Hama"


@pytest.mark.parametrize(("words", "link"), [
    (["village", "in", "southern"], Container(-1, True, direction="s")),
    (["in", "the", "countryside", "of"], Container(-1, True)),
    (["near"], Container(-1, False, near=True)),
    (["in", "the", "vicinity", "of"], Container(-1, False, near=True)),
    ([",", "likely", "in", "the", "surroundings", "of"], Container(-1, False, near=True)),
    (["dam", ",", "near"], Container(-1, False, near=True)),
    (["roundabout", "in"], Container(-1, True)),
    ([","], Container(-1, True, comma=True)),
    (["and"], None), ([",", "and"], None), (["after", "clashes", "in"], None), ([], None),
])
def test_words_that_nest_one_place_in_another(words: list[str], link: Container | None) -> None:
    assert _link(words) == link


def test_spelling_similarity_compares_the_leading_words() -> None:
    assert spelling_similarity("tal silmo", "tulul salmu ash shamali") > 0.5
    assert spelling_similarity("farwen", "afrin") < spelling_similarity("farwen", "farwan")


def test_loose_matches_keep_only_the_closest_spellings(res: Any) -> None:
    names = [e.name for e in loose_candidates("Farwen", res.gazetteer, "SY")]
    assert "Farwan" in names and not any("frin" in n.lower() for n in names)


@pytest.mark.parametrize(("words", "direction"), [
    (["in", "the", "south", "eastern", "countryside", "of"], "se"), (["northern"], "n"), (["in"], ""),
    (["north-western"], "nw"),
])
def test_direction_words(words: list[str], direction: str) -> None:
    from frontwire.extract.hierarchy import direction_of

    assert direction_of(words) == direction


def test_in_direction_compares_with_the_centre() -> None:
    from frontwire.extract.hierarchy import in_direction
    from frontwire.models import GeoEntry

    centre = GeoEntry(1, "Centre", 35.0, 37.0, "SY", "PPLA")
    north_east = GeoEntry(2, "Up", 35.3, 37.4, "SY", "PPL")
    assert in_direction(north_east, centre, "ne") and in_direction(north_east, centre, "n")
    assert not in_direction(north_east, centre, "s") and not in_direction(north_east, centre, "nw")


def test_places_inside_other_names_are_listed_but_never_event_places(code: Any) -> None:
    coding = code("Soldiers embedded with US Special Forces were attacked near Manbij on Monday.", country="SY")
    embedded = [p for p in coding.places if p.text == "US"]
    assert embedded and embedded[0].qualifier == "embedded"
    assert all(e.place is None or e.place.text != "US" for e in coding.events)


def test_plural_demonyms_and_short_acronyms_are_not_places(code: Any) -> None:
    coding = code("Many Mexicans crossed the border on Monday, the SAS said.")
    assert not [p for p in coding.places if p.text in ("Mexicans", "SAS")]


def test_a_spelling_no_index_knows_is_found_among_the_named_province_s_places(code: Any) -> None:
    place = event_place(code("Jets struck Mowzarah village in southern Idlib on Monday.", country="SY"))
    assert place.entry is not None and place.entry.name == "Mawzarah" and place.entry.admin1 == "Idlib"


def test_names_with_an_apostrophe_after_the_capital_are_names(code: Any) -> None:
    coding = code("Artillery shelled the old quarter of Dar'a on Monday.", country="SY")
    assert any(p.text == "Dar'a" and p.entry is not None and p.entry.admin1 == "Daraa" for p in coding.places)


def test_an_unmarked_name_is_not_a_town_abroad(code: Any) -> None:
    coding = code("A Kipsigis militia killed two Maasai on Monday.", country="KE")
    assert all(p.entry is None or p.entry.country == "KE" or p.entry.feature.startswith("PCL")
               for p in coding.places if p.qualifier != "demonym")


def test_every_place_of_a_list_lies_where_its_last_one_does(code: Any) -> None:
    coding = code("Government forces shelled the villages of Hardanah and Hidadah in eastern Hama on Monday.",
                  country="SY")
    first = next(p for p in coding.places if p.text == "Hardanah")
    assert first.entry is not None and first.entry.admin1 == "Hama"


def test_a_plural_settlement_word_marks_the_first_name_of_a_list(code: Any) -> None:
    coding = code("Government forces shelled Hardanah and Hidadah villages in eastern Hama on Monday.", country="SY")
    assert any(p.text == "Hardanah" for p in coding.places)


def test_a_compass_adjective_tagged_as_part_of_a_name_is_a_direction() -> None:
    from frontwire.extract.places import PlaceMention, _split_direction
    from frontwire.models import Span

    mention = PlaceMention("southern Hama", Span(0, 13, "southern Hama"), 0, 1)
    split = _split_direction(mention)
    assert (split.name, split.qualifier) == ("Hama", "south")


def test_a_town_in_the_region_an_event_is_told_in_is_its_place(code: Any) -> None:
    text = "Clashes took place between the army and rebels in southern Idlib, concentrated around Kafr Nabl town."
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Idlib" and place.entry.feature.startswith("PPL")
    assert place.text == "Kafr Nabl"


def test_a_capitalised_word_for_places_is_no_place(code: Any) -> None:
    coding = code("Rebels advanced to control a number of Towns and villages in Idlib on Monday.", country="SY")
    assert all(p.text != "Towns" for p in coding.places)


def test_the_province_s_own_spelling_beats_a_namesake_over_its_border() -> None:
    from frontwire.extract.places import PlaceMention, Within, resolve
    from frontwire.geo.gazetteer import Gazetteer
    from frontwire.models import GeoEntry, Span

    capital = GeoEntry(1, "Qasrun", 35.0, 36.0, "SY", "PPLA", 100_000, "Alpha")
    across = GeoEntry(2, "Tall Marid", 35.3, 36.2, "SY", "PPL", 500, "Beta")  # 38 km off, another province
    own = GeoEntry(3, "Tall Maridah", 35.2, 36.1, "SY", "PPL", 200, "Alpha")
    gazetteer = Gazetteer.from_entries([capital, across, own])
    mention = PlaceMention("Tall Marid", Span(0, 10, "Tall Marid"), 0, 1, settlement=True)
    place = resolve(mention, gazetteer, focus="SY", within=Within(capital, regional=True))
    assert place is not None and place.entry is not None and place.entry.geonameid == 3


def test_a_neighbourhood_of_a_city_is_in_that_city(code: Any) -> None:
    # Hardanah is also the name of villages in other provinces, far from Homs.
    place = event_place(code("Rebel shells fell on the Hardanah neighbourhood of Homs city on Monday.", country="SY"))
    assert place.entry is not None and place.entry.name == "Homs" and place.geo_precision == 1


def test_a_hedged_sub_district_still_contains_the_village(code: Any) -> None:
    text = "Government forces shelled Zorbiyet village, likely in the Darkush sub-district of western Idlib, on Monday."
    place = event_place(code(text, country="SY"))
    assert place.text == "Zorbiyet" and place.entry is not None and place.entry.admin1 == "Idlib"
    assert place.geo_precision == 2


@pytest.mark.parametrize(("words", "km"), [(["sub", "-", "district"], 20.0), (["district"], 40.0), (["village"], None)])
def test_a_district_reaches_so_far_from_its_town(res: Any, words: list[str], km: float | None) -> None:
    from frontwire.extract.hierarchy import district_after

    doc = res.nlp(f"Shells hit the Darkush {' '.join(words).replace(' - ', '-')} on Monday.")
    last = next(t.i for t in doc if t.text == "Darkush")
    assert district_after(doc, last) == km


def test_a_name_said_to_lie_in_a_region_is_a_place(code: Any) -> None:
    place = event_place(code("Jihadists took control of several villages, including Tair Jamla in eastern Hama, on Monday.",
                             country="SY"))
    assert place.text == "Tair Jamla" and place.entry is not None and place.entry.admin1 == "Hama"


def test_the_place_named_after_including_is_the_event_s_place(code: Any) -> None:
    text = "Government forces took control of several villages east of Kafr Nabl in southern Idlib, including Hardanah."
    place = event_place(code(text, country="SY"))
    assert place.text == "Hardanah"


def test_spelling_similarity_looks_past_arabic_articles() -> None:
    # 'Mizan' is closer to 'Al Mayzan' than to 'Mayzaniya': the article is not part of the spelling.
    assert spelling_similarity("mizan", "al mayzan") > spelling_similarity("mizan", "mayzaniya")
    assert spelling_similarity("al mizan", "mayzan") > 0.7


def test_unknown_village_in_a_part_of_a_province_lies_in_that_part(code: Any) -> None:
    # The village is invented: it is put in the south of the province, not at the provincial seat.
    text = "Government forces shelled Qorbzuliyat village in southern Idlib, causing damage."
    place = event_place(code(text, country="SY"))
    assert place.geo_precision == 2 and place.entry is not None and place.entry.admin1 == "Idlib"
    assert place.lat is not None and place.lat < place.entry.lat - 0.1


def test_a_district_seat_contains_only_its_district() -> None:
    from frontwire.extract.hierarchy import inside
    from frontwire.models import GeoEntry

    seat = GeoEntry(1, "Qurbat", 36.5, 36.9, "SY", "PPLA2", 50_000, "Alpha")
    close = GeoEntry(2, "Kafr Lubin", 36.6, 36.8, "SY", "PPL", 0, "Alpha")  # about 14 km off
    far = GeoEntry(3, "Kafr Lubin", 36.4, 37.9, "SY", "PPL", 0, "Alpha")  # same province, about 90 km off
    assert inside(close, seat, regional=True) and not inside(far, seat, regional=True)


def test_a_place_merely_spelled_alike_far_over_the_province_border_is_not_taken() -> None:
    from frontwire.extract.places import PlaceMention, Within, resolve
    from frontwire.geo.gazetteer import Gazetteer
    from frontwire.models import GeoEntry, Span

    capital = GeoEntry(1, "Qasrun", 35.0, 36.0, "SY", "PPLA", 100_000, "Alpha")
    across = GeoEntry(2, "Khadrun", 35.0, 36.6, "SY", "PPL", 500, "Beta")  # about 55 km off, another province
    gazetteer = Gazetteer.from_entries([capital, across])
    mention = PlaceMention("Kadrun", Span(0, 6, "Kadrun"), 0, 0, settlement=True)
    assert [e.geonameid for e in gazetteer.lookup_loose("Kadrun", country="SY")] == [2]
    place = resolve(mention, gazetteer, focus="SY", within=Within(capital, regional=True))
    assert place is not None and place.entry is capital and place.geo_precision == 2


def test_a_village_named_with_or_without_bin_is_one_village() -> None:
    from frontwire.extract.places import PlaceMention, resolve
    from frontwire.geo.gazetteer import Gazetteer
    from frontwire.models import GeoEntry, Span

    village = GeoEntry(1, "Tall Qurdan", 35.0, 36.0, "SY", "PPL", 0, "Alpha")
    gazetteer = Gazetteer.from_entries([village, GeoEntry(2, "Qasrun", 35.5, 36.5, "SY", "PPLA", 10_000, "Alpha")])
    mention = PlaceMention("Tall Bin Qurdan", Span(0, 15, "Tall Bin Qurdan"), 0, 2, settlement=True)
    place = resolve(mention, gazetteer, focus="SY")
    assert place is not None and place.entry is not None and place.entry.geonameid == 1


@pytest.mark.parametrize(("words", "near"), [
    (["village", "west", "of"], True), (["village", ",", "south", "-", "east", "of"], True),
    (["village", ",", "between"], True), (["in", "the", "west", "of"], False), (["village", "in"], False),
])
def test_a_compass_point_from_a_town_or_between_towns_is_near_them(words: list[str], near: bool) -> None:
    link = _link(words)
    assert link is not None and link.near is near


def test_a_village_between_two_towns_is_placed_near_them(code: Any) -> None:
    coding = code("Rebels shelled Tal Hadeed village, between Saraqib and Sarmin, on Monday.", country="SY")
    place = event_place(coding)
    assert place.entry is not None and place.entry.admin1 in ("Idlib", "Aleppo")
    assert haversine_km(place.lat, place.lon, 35.86, 36.81) < 40


def test_a_namesake_is_chosen_near_a_place_named_after_it(code: Any) -> None:
    # Rasm al-Ahmar is the name of villages in Aleppo, Idlib and Hama provinces; Saraqib is in Idlib.
    coding = code("Jets struck Rasm al-Ahmar on Monday, and later hit the town of Saraqib.", country="SY")
    first = next(p for p in coding.places if p.text == "Rasm al-Ahmar")
    assert first.entry is not None and first.entry.admin1 == "Idlib"


def test_an_arabic_article_glued_to_a_name_starts_the_name(res: Any) -> None:
    from frontwire.extract.places import _runs

    doc = res.nlp("Jets struck the village of al-'Umariyah on Monday.")
    runs = _runs(next(iter(doc.sents)))
    assert any("al-'Umariyah" in doc[a : b + 1].text for a, b in runs)


def test_a_list_name_may_start_with_an_article(res: Any) -> None:
    from frontwire.extract.hierarchy import Container, _shared_by_lists
    from frontwire.extract.places import find_place_mentions

    doc = res.nlp("Jets struck Kafr Nabl and the Bara village in southern Idlib on Monday.")
    mentions = find_place_mentions(next(iter(doc.sents)), 0, res.gazetteer)
    assert [m.name for m in mentions] == ["Kafr Nabl", "Bara", "Idlib"]
    found = _shared_by_lists(doc, mentions, {len(mentions) - 2: Container(len(mentions) - 1, True)})
    assert 0 in found


def test_an_unknown_village_in_a_town_area_is_coded_to_the_town(code: Any) -> None:
    place = event_place(code("Rebels shelled Zqwrtyeh village in the Saraqib area on Monday.", country="SY"))
    assert place.entry is not None and place.entry.name == "Saraqib"
    assert place.geo_precision == 2


def test_a_district_spelling_of_a_province_names_the_province(res: Any) -> None:
    from frontwire.extract.places import PlaceMention, named_regions
    from frontwire.models import Span

    mention = PlaceMention("Idleb", Span(0, 5, "Idleb"), 0, 0)
    assert ("SY", "Idlib") in named_regions([mention], res.gazetteer, "SY")


def test_a_name_known_exactly_only_as_a_district_is_its_town(code: Any) -> None:
    # The gazetteer spells the district 'Quamishli' and the town 'Al Qamishli'.
    place = event_place(code("A car bomb exploded in Quamishli on Monday, wounding three people.", country="SY"))
    assert place.entry is not None and place.entry.feature.startswith("PPL")
    assert place.geo_precision == 1


@pytest.mark.parametrize("name", ["Deir ez-Zor", "Maarrat an-Numan"])
def test_an_article_before_a_hyphen_joins_the_name(res: Any, name: str) -> None:
    from frontwire.extract.places import _runs

    doc = res.nlp(f"Jets struck the outskirts of {name} on Monday.")
    runs = [doc[a : b + 1].text for a, b in _runs(next(iter(doc.sents)))]
    assert name in runs


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen shelled Atmah Camp in northern Idlib on Monday.", "Atmah"),
    ("Rebels shelled the Saraqib Checkpoint on Monday.", "Saraqib"),
])
def test_a_site_named_after_a_town_is_placed_at_the_town(res: Any, text: str, name: str) -> None:
    from frontwire.extract.places import find_place_mentions

    doc = res.nlp(text)
    assert name in [m.name for m in find_place_mentions(next(iter(doc.sents)), 0, res.gazetteer)]


@pytest.mark.parametrize(("words", "direction"), [
    ("Idlib southern countryside", "s"), ("Hama north - eastern countryside", "ne"), ("Hama city", None),
    ("Aleppo after clashes in the countryside", None),
])
def test_a_compass_word_after_a_province_names_its_part(res: Any, words: str, direction: str | None) -> None:
    from frontwire.extract.hierarchy import direction_after

    doc = res.nlp(f"Jets struck a village in {words} on Monday.")
    last = next(t.i for t in doc if t.text in ("Idlib", "Hama", "Aleppo"))
    assert direction_after(doc, last) == direction


def test_the_part_named_after_the_province_picks_among_namesakes(code: Any) -> None:
    # Rasm al-Ahmar is the name of villages in Aleppo, Idlib and Hama provinces; Idlib's lies southeast of Idlib city.
    place = event_place(code("Government forces shelled Rasm al-Ahmar village in Idlib southeastern countryside.",
                             country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Idlib"


def test_the_village_points_back_to_the_village_not_to_its_province(code: Any) -> None:
    text = ("Troops captured Kafr Nabl village in Idlib southern countryside on Monday. On Wednesday, a car bomb "
            "exploded in the village.")
    events = code(text, country="SY").events
    later = [e for e in events if e.place is not None and e.place.text == "the village"]
    assert later and later[0].place.entry is not None and later[0].place.entry.name != "Idlib"


@pytest.mark.parametrize("text", ["Government forces shelled Zorbiyet village in northern Afrin, Aleppo on Monday.",
                                  "Jets struck Kafr Zorbiyet in western Jisr al-Shughur, Idlib on Monday."])
def test_the_province_named_after_a_district_is_no_event_place(code: Any, text: str) -> None:
    # 'in northern Afrin, Aleppo': Aleppo only says where Afrin lies; the unknown village is coded to the district.
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.feature == "PPLA2" and place.geo_precision == 2


def test_a_glide_the_news_spells_picks_among_spellings_with_its_consonants() -> None:
    # Invented places: 'Kweirat' writes the glides of Kuwayrat, which Kirat lacks.
    kirat = GeoEntry(1, "Kirat", 35.0, 36.0, "SY", "PPL", 5_000, "Idlib")
    kuwayrat = GeoEntry(2, "Kuwayrat", 35.5, 36.5, "SY", "PPL", 0, "Hama")
    assert _closest("Kweirat", [kirat, kuwayrat]) == [kuwayrat]
    assert glide_similarity(normalize_name("Kweirat"), normalize_name("Kirat"), "SY") == 0.0


def test_a_glide_the_news_leaves_out_costs_nothing() -> None:
    # 'Sobira' may be written for a gazetteer's 'Subayra': only the query's own glides are looked for.
    assert glide_similarity(normalize_name("Sobira"), normalize_name("Subayra"), "SY") == 1.0


def test_the_provinces_towns_spelled_alike_are_ranked_by_the_glides_too() -> None:
    from frontwire.extract.places import REGION_SIMILARITY, REGION_SKELETON_SIMILARITY, _spelled_like, town_spelling

    # Invented towns of one province: 'Kadyara' is spelled closer to Kadar, but writes the y of Kudayra.
    towns = [GeoEntry(1, "Kadar", 35.0, 36.0, "SY", "PPL", 5_000, "Idlib"),
             GeoEntry(2, "Kudayra", 35.5, 36.5, "SY", "PPL", 0, "Idlib")]
    places = [town_spelling(e, "SY") for e in towns]
    found = _spelled_like("Kadyara", places, "SY", skeleton_likeness=REGION_SKELETON_SIMILARITY,
                          likeness=REGION_SIMILARITY)
    assert [e.name for e in found] == ["Kudayra"]


def test_a_namesake_lying_well_the_other_way_is_not_in_the_named_part() -> None:
    from frontwire.extract.places import against_direction

    # An invented province seat, a namesake 55 km east of it and a village 10 km east of it.
    seat = GeoEntry(1, "Velm", 33.0, 36.0, "SY", "PPLA", 100_000, "Velm")
    far_east = GeoEntry(2, "Tall Nur", 33.0, 36.6, "SY", "PPL", 0, "Ostra")
    near_east = GeoEntry(3, "Tall Nur", 33.0, 36.1, "SY", "PPL", 0, "Velm")
    assert against_direction(far_east, seat, "w") and against_direction(far_east, seat, "sw")
    assert not against_direction(near_east, seat, "w")  # a few km the other way: the text may be loose
    assert not against_direction(far_east, seat, "e") and not against_direction(far_east, seat, "n")


@pytest.mark.parametrize("text", ["Mortar shells fell on the Zorbiyet neighbourhood on Monday, wounding two people.",
                                  "Mortar shells fell on the neighbourhood of Zorbiyet on Monday."])
def test_an_unknown_quarter_named_without_its_town_is_a_quarter_of_the_capital(code: Any, text: str) -> None:
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.feature == "PPLC" and place.geo_precision == 2


@pytest.mark.parametrize("text", ["Mortar shells fell on the Homs neighbourhood of Zorbiyet on Monday.",
                                  "Mortar shells fell on the Zorbiyet neighbourhood of Homs on Monday."])
def test_a_quarter_of_a_named_town_stays_in_that_town(code: Any, text: str) -> None:
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.name == "Homs"


def test_a_site_word_after_an_adjective_still_marks_the_name_as_a_place(code: Any) -> None:
    # The tagger may read 'the Taftanaz military airport' as an organisation; the site word says it is named
    # after the place it lies at.
    place = event_place(code("Jets bombed the Taftanaz military airport on Monday.", country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Idlib"


def test_a_village_named_with_a_district_seat_is_its_namesake_near_that_seat(code: Any) -> None:
    # Rasm al-Ahmar names villages in Aleppo, Idlib and Hama provinces; Idlib's lies 12 km from Abu al-Duhur.
    place = event_place(code("Government forces shelled Rasm al-Ahmar Abu al-Duhur village on Monday.", country="SY"))
    assert place.text == "Rasm al-Ahmar" and place.entry is not None and place.entry.admin1 == "Idlib"
    assert place.geo_precision == 1


def test_a_seat_with_no_namesake_near_it_does_not_split_the_name(code: Any) -> None:
    coding = code("Government forces shelled Rasm al-Ahmar Salamiyah on Monday.", country="SY")
    assert all(e.place is None or e.place.text != "Rasm al-Ahmar" for e in coding.events)


def test_a_quarter_whose_name_holds_its_town_is_in_that_town(code: Any) -> None:
    place = event_place(code("Rebels shelled the Hama al-Jadida quarter on Monday.", country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Hama" and place.geo_precision == 2


def test_an_event_whose_only_place_is_inside_a_longer_name_is_in_that_area(code: Any) -> None:
    # 'the Homs-Tadmur highway' names no place of the event's own; the town it starts from is the area.
    place = event_place(code("Gunmen ambushed a bus on the Homs-Tadmur highway on Monday.", country="SY"))
    assert place.entry is not None and place.entry.name == "Homs" and place.geo_precision == 2


def test_a_namesake_farther_than_the_vicinity_of_the_named_town_is_not_near_it() -> None:
    from frontwire.extract.hierarchy import NEAR_KM, inside

    town = GeoEntry(1, "Qurbat", 36.0, 37.0, "SY", "PPLA3", 20_000, "Alpha")
    close = GeoEntry(2, "Kafr Lubin", 36.1, 37.1, "SY", "PPL", 0, "Alpha")  # about 14 km off
    farther = GeoEntry(3, "Kafr Lubin", 36.25, 37.2, "SY", "PPL", 0, "Alpha")  # about 33 km off
    assert haversine_km(36.0, 37.0, 36.25, 37.2) > NEAR_KM
    assert inside(close, town, regional=False) and not inside(farther, town, regional=False)
    # 'X in the Qurbat district': the district the text names reaches farther than the town's vicinity
    assert inside(farther, town, regional=False, reach=40.0)


def test_a_village_spelled_alike_beyond_the_vicinity_of_the_named_area_gives_way_to_the_town() -> None:
    from frontwire.extract.places import PlaceMention, Within, resolve
    from frontwire.geo.gazetteer import Gazetteer
    from frontwire.models import Span

    town = GeoEntry(1, "Qurbat", 36.0, 37.0, "SY", "PPLA3", 20_000, "Alpha")
    alike = GeoEntry(2, "Kafr Lubin", 36.25, 37.2, "SY", "PPL", 0, "Alpha")  # about 33 km off
    gazetteer = Gazetteer.from_entries([town, alike])
    mention = PlaceMention("Kafr Lubiny", Span(0, 11, "Kafr Lubiny"), 0, 1, settlement=True)
    place = resolve(mention, gazetteer, focus="SY", within=Within(town, regional=False))
    assert place is not None and place.entry is town and place.geo_precision == 2


@pytest.mark.parametrize(("text", "regional"), [
    ("Shells fell on the Zqwrtyeh area in Aleppo city on Monday.", False),
    ("Shells fell on the Zqwrtyeh village in Aleppo on Monday.", True),
])
def test_a_container_followed_by_city_is_the_town_not_its_province(res: Any, text: str, regional: bool) -> None:
    from frontwire.extract.hierarchy import find_containers
    from frontwire.extract.places import find_place_mentions

    doc = res.nlp(text)
    mentions = find_place_mentions(next(iter(doc.sents)), 0, res.gazetteer)
    assert [m.name for m in mentions][-1] == "Aleppo"
    link = find_containers(doc, mentions)[len(mentions) - 2]
    assert link.regional is regional


@pytest.mark.parametrize(("text", "nested"), [
    ("Jets struck the villages of Kafr Nabl and Qorbzuliyat, near Saraqib, on Monday.", True),
    ("Jets struck the villages of Kafr Nabl and Qorbzuliyat located in southern Idlib on Monday.", True),
    ("Jets struck the area between Kafr Nabl and the western suburbs of Idlib city on Monday.", False),
    ("Gunmen attacked herders in Kinango, Zqwrtyeh Sub-County, in Kwale on Monday.", False),
])
def test_a_list_ended_by_an_unknown_name_still_lies_in_the_next_place(res: Any, text: str, nested: bool) -> None:
    from frontwire.extract.hierarchy import find_containers
    from frontwire.extract.places import find_place_mentions

    doc = res.nlp(text)
    mentions = find_place_mentions(next(iter(doc.sents)), 0, res.gazetteer)
    assert len(mentions) == 2
    assert (0 in find_containers(doc, mentions)) is nested


def test_the_part_of_a_province_is_its_third_that_way_or_a_quarter_for_two_ways() -> None:
    from frontwire.extract.places import _part_towns

    # An invented province of nine towns on a 3 x 3 grid; its seat lies in the far north, so 'southern'
    # is the province's southern row, not merely what lies south of the seat.
    towns = [GeoEntry(10 * row + col, f"T{row}{col}", 35.0 + 0.3 * row, 36.0 + 0.3 * col, "SY", "PPL", 0, "Velm")
             for row in range(3) for col in range(3)]
    assert {e.name for e in _part_towns(towns, "s")} == {"T00", "T01", "T02"}
    assert {e.name for e in _part_towns(towns, "w")} == {"T00", "T10", "T20"}
    # two ways: the towns in both halves (the middle row and column count as halves too)
    assert {e.name for e in _part_towns(towns, "ne")} == {"T11", "T12", "T21", "T22"}


def test_an_unknown_village_in_the_south_of_a_province_lies_in_its_southern_third(code: Any) -> None:
    # The village is invented; the seat lies in the north of its province, the province's south well below it.
    text = "Government forces shelled Qorbzuliyat village in southern Idlib, causing damage."
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.lat is not None and place.lat < place.entry.lat - 0.2


def test_a_district_seat_lying_the_other_way_is_still_the_town_meant() -> None:
    from frontwire.extract.places import Within, _the_other_way

    # An invented province seat, and a village and a sub-district seat both 55 km north of it.
    seat = GeoEntry(1, "Velm", 33.0, 36.0, "SY", "PPLA", 100_000, "Velm")
    village = GeoEntry(2, "Tall Nur", 33.5, 36.0, "SY", "PPL", 0, "Velm")
    town = GeoEntry(3, "Khan Nur", 33.5, 36.0, "SY", "PPLA3", 30_000, "Velm")
    south = Within(seat, True, direction="s")
    assert _the_other_way(village, south) and not _the_other_way(town, south)
    assert not _the_other_way(village, Within(seat, True))


def test_a_town_spelled_alike_the_other_way_in_the_province_is_not_the_one_meant(res: Any) -> None:
    from frontwire.extract.places import Within, _regional_match

    # The province's own towns, looked up under a spelling of one of them: in the named part only.
    gazetteer = res.gazetteer
    seat = next(e for e in gazetteer.lookup("Idlib", country="SY") if e.feature == "PPLA")
    towns = [e for e in gazetteer.region("SY", seat.admin1) if e.feature == "PPL" and e.lat > seat.lat + 0.35]
    north = towns[0]
    assert north in _regional_match(north.name, gazetteer, Within(seat, True, direction="n"))
    assert north not in _regional_match(north.name, gazetteer, Within(seat, True, direction="s"))


def test_distance_along_a_compass_bearing() -> None:
    from frontwire.extract.places import distance_along

    centre = GeoEntry(1, "Velm", 33.0, 36.0, "SY", "PPLA", 100_000, "Velm")
    north = GeoEntry(2, "Tall Nur", 33.2, 36.0, "SY", "PPL", 0, "Velm")
    assert 21 < distance_along(north, centre, "n") < 23 and distance_along(north, centre, "s") < -21
    assert 15 < distance_along(north, centre, "ne") < 16 and abs(distance_along(north, centre, "e")) < 0.1


def test_a_village_in_the_northern_countryside_lies_out_in_it_not_at_the_towns_edge(res: Any) -> None:
    from frontwire.extract.places import PlaceMention, Within, _inside
    from frontwire.models import Span

    # Two invented namesakes of an invented province: one at its seat's northern edge, one well out north.
    seat = GeoEntry(1, "Velm", 33.0, 36.0, "SY", "PPLA", 100_000, "Velm")
    edge = GeoEntry(2, "Tall Nur", 33.03, 36.0, "SY", "PPL", 0, "Velm")
    out = GeoEntry(3, "Tall Nur", 33.25, 36.05, "SY", "PPL", 0, "Velm")
    mention = PlaceMention("Tall Nur", Span(0, 8, "Tall Nur"), 0, 1)
    assert _inside(mention, res.gazetteer, [edge, out], Within(seat, True, direction="n")) == [out]
    assert _inside(mention, res.gazetteer, [edge, out], Within(seat, True)) == [edge, out]


def test_namesake_villages_by_a_named_neighbours_border_come_first(res: Any) -> None:
    from frontwire.extract.places import by_named_neighbour

    # Two invented Syrian villages of one name: one a few km from the Turkish border, one by Damascus.
    by_border = GeoEntry(1, "Tall Nur", 36.70, 37.10, "SY", "PPL", 0, "Aleppo")
    inland = GeoEntry(2, "Tall Nur", 33.40, 36.30, "SY", "PPL", 0, "Rif-dimashq")
    assert by_named_neighbour(res.gazetteer, [inland, by_border], "SY", {"TR"}) == [by_border]
    # no neighbour named, or none near either: both stay
    assert by_named_neighbour(res.gazetteer, [inland, by_border], "SY", ()) == [inland, by_border]
    assert by_named_neighbour(res.gazetteer, [inland, by_border], "SY", {"ES"}) == [inland, by_border]
    # a town is named for itself, not for where foreign forces are
    town = GeoEntry(3, "Tall Nur", 33.40, 36.30, "SY", "PPLA2", 50_000, "Rif-dimashq")
    assert by_named_neighbour(res.gazetteer, [town, by_border], "SY", {"TR"}) == [town, by_border]


def test_the_northern_part_of_a_wide_province_is_the_countryside_north_of_its_seat() -> None:
    from frontwire.extract.places import part_point

    class _Province:
        """An invented wide province: a seat, towns around it and a cluster of towns far to its north-east."""

        def __init__(self) -> None:
            self.towns = [GeoEntry(100 + k, f"T{k}", 35.0 + 0.1 * (k % 5), 36.0 + 0.1 * (k // 5 - 2), "SY", "PPL",
                                   0, "Velm") for k in range(25)]
            self.towns += [GeoEntry(200 + k, f"F{k}", 35.5 + 0.02 * k, 38.0, "SY", "PPL", 0, "Velm")
                           for k in range(10)]

        def region(self, country: str, admin1: str | None = None) -> list[GeoEntry]:
            return self.towns

    seat = GeoEntry(1, "Velm", 35.2, 36.0, "SY", "PPLA", 100_000, "Velm")
    lat, lon = part_point(_Province(), seat, "n")  # type: ignore[arg-type]
    assert lat > seat.lat and abs(lon - seat.lon) < 0.3


@pytest.mark.parametrize("clause", ["which is under Kurdish control", ", which is under the control of the rebels,",
                                    "which are under the Syrian Democratic Forces control"])
def test_a_clause_saying_who_holds_a_village_does_not_undo_its_province(code: Any, clause: str) -> None:
    # Al-Qusayr is a town in Homs: the village meant, said to be in Idlib, is another one.
    text = f"Warplanes struck Al-Qusayr village {clause} in the western countryside of Idlib on Monday."
    place = event_place(code(text.replace(" ,", ","), country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Idlib"


@pytest.mark.parametrize(("words", "kept"), [
    (["village", "which", "is", "under", "rebel", "control", "in", "the", "north", "of"],
     ["village", "in", "the", "north", "of"]),
    ([",", "which", "is", "under", "the", "control", "of", "the", "army", ",", "in"], ["in"]),
    (["which", "is", "near"], ["which", "is", "near"]),
    (["which", "was", "under", "fire", "in"], ["which", "was", "under", "fire", "in"]),
])
def test_a_control_clause_is_dropped_from_the_words_between_names(words: list[str], kept: list[str]) -> None:
    assert without_control_clause(words) == kept


@pytest.mark.parametrize("edge", ["on its outskirts", "on its eastern outskirts"])
def test_a_town_listed_with_a_hill_on_its_outskirts_lies_in_the_province_named_after(code: Any, edge: str) -> None:
    # Al-Qusayr is a town in Homs: the town meant, said to be in Idlib, is another one.
    text = f"Government forces captured Al-Qusayr town and Tal Haddad {edge} in southern Idlib on Monday."
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Idlib"


@pytest.mark.parametrize(("words", "kept"), [
    (["on", "its", "northern", "outskirts", "in", "southern"], ["in", "southern"]),
    (["on", "its", "outskirts", "in"], ["in"]),
    (["on", "the", "outskirts", "of"], ["on", "the", "outskirts", "of"]),
    (["on", "its", "outskirts"], ["on", "its", "outskirts"]),
])
def test_the_edge_of_the_place_before_is_dropped_from_the_words_between_names(words: list[str],
                                                                              kept: list[str]) -> None:
    assert without_edge_of_previous(words) == kept


def test_a_misspelt_direction_word_still_links_a_village_to_its_province(code: Any) -> None:
    # Al-Qusayr is a town in Homs: the village meant, said to be in Idlib, is another one.
    text = "Warplanes struck Al-Qusayr village in the southe eastern countryside of Idlib on Monday."
    place = event_place(code(text, country="SY"))
    assert place.entry is not None and place.entry.admin1 == "Idlib"


@pytest.mark.parametrize(("word", "mended"), [("southe", "south"), ("northren", "north"), ("westen", "west"),
                                              ("southeastrn", "southeast"), ("southern", "southern"),
                                              ("eastwood", "eastwood"), ("westward", "westward"),
                                              ("northerly", "northerly")])
def test_a_misspelt_compass_word_is_mended(word: str, mended: str) -> None:
    assert mended_direction_word(word) == mended
