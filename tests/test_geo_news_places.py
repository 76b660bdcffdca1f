"""Place recognition in general news: datelines, state abbreviations, names before titles, person names,
continent words, and one reading of a name per article."""

from __future__ import annotations

from typing import Any

import pytest

from frontwire.extract.places import PlaceMention, resolve
from frontwire.geo.gazetteer import Gazetteer
from frontwire.geo.shorthand import admin_abbreviations, region_words
from frontwire.models import GeoEntry, Span


def places(coding: Any, text: str) -> list[Any]:
    return [p for p in coding.places if p.text == text]


def test_abbreviation_files_are_well_formed() -> None:
    abbreviations = admin_abbreviations()
    assert abbreviations["Ky."].admin1 == "Kentucky" and abbreviations["Ky."].country == "US"
    assert abbreviations["B.C."].anywhere and not abbreviations["Mo."].anywhere
    assert region_words()["European"] == "Europe"


def test_a_state_abbreviation_after_a_town_names_the_state_and_places_the_town(code: Any) -> None:
    coding = code("HARLOWE, Mo. - Farmers near the river lost their crops, and Harlowe wants help. "
                  "The mayor of Paris, Ky. also asked for aid for Paris.")
    (state,) = places(coding, "Mo.")
    assert state.entry is not None and state.entry.feature == "ADM1" and state.entry.admin1 == "Missouri"
    paris = places(coding, "Paris")
    assert len(paris) == 2 and all(p.entry is not None and p.entry.admin1 == "Kentucky" for p in paris)


@pytest.mark.parametrize(("text", "found"), [
    ("Heavy snow fell in B.C. on Sunday.", True),
    ("The temple was built in 300 B.C. by the king.", False),
    ("The band Mo. played a show on Friday.", False),
])
def test_where_an_abbreviation_is_read_as_a_province(code: Any, text: str, found: bool) -> None:
    assert bool(places(code(text), "B.C.") or places(code(text), "Mo.")) is found


def test_a_capitalised_dateline_is_a_place(code: Any) -> None:
    coding = code("MEDICINE HAT - A local skater returned home from Calgary on Monday after a long season.")
    (dateline,) = places(coding, "MEDICINE HAT")
    assert dateline.entry is not None and dateline.entry.admin1 == "Alberta"


def test_a_big_city_may_open_a_sentence(code: Any) -> None:
    coding = code("The report ranked ten cities. Edmonton needs to eat more vegetables, it said.")
    (city,) = places(coding, "Edmonton")
    assert city.entry is not None and city.entry.country == "CA"


def test_a_place_before_a_title_and_a_person_s_name(code: Any) -> None:
    coding = code("U.S. District Judge Ann Carter sentenced him, and former New York Gov. Paul Lane agreed.")
    assert places(coding, "U.S.") and places(coding, "New York")
    assert not places(coding, "Ann") and not places(coding, "Carter")


def test_a_first_name_that_is_also_a_place_names_the_person(code: Any) -> None:
    coding = code("Young skater Georgia Hughes is lacing her skates. Georgia began skating at three, "
                  "and she trained in Georgia before moving.")
    georgia = places(coding, "Georgia")
    assert len(georgia) == 1 and georgia[0].span.start > coding.article.text.index("trained")


def test_continent_words_point_at_the_continent(code: Any) -> None:
    coding = code("EU ministers met European airline chiefs and African officials in Brussels on Monday.")
    for word, continent in (("EU", "Europe"), ("European", "Europe"), ("African", "Africa")):
        (place,) = places(coding, word)
        assert place.entry is not None and place.entry.name == continent and place.qualifier == "demonym"


def test_a_town_in_a_state_the_article_names_beats_a_foreign_capital(code: Any) -> None:
    coding = code("A farmer of Paris told reporters in Dallas on Monday that the drought was the worst in Texas.")
    (paris,) = places(coding, "Paris")
    assert paris.entry is not None and paris.entry.country == "US" and paris.entry.admin1 == "Texas"
    (texas,) = places(coding, "Texas")[:1]
    assert texas.entry is not None and texas.entry.feature == "ADM1"


def test_an_english_as_between_two_names_does_not_join_them(code: Any) -> None:
    coding = code("Artillery shelled a town in northern Iraq as Turkish troops moved in on Monday.")
    assert any(p.entry is not None and p.entry.country == "IQ" and p.entry.feature == "PCLI"
               for p in coding.places if "Iraq" in p.text)


def test_a_province_s_full_name_read_as_a_person_is_the_province(code: Any) -> None:
    coding = code("Tamil Nadu on Friday asked the court to act, and Kerala agreed.")
    (state,) = places(coding, "Tamil Nadu")
    assert state.entry is not None and state.entry.feature == "ADM1" and state.entry.country == "IN"


def test_a_place_before_based_is_listed_but_is_no_event_place(code: Any) -> None:
    coding = code("The Calgary-based company said on Monday that gunmen attacked its office.")
    (city,) = places(coding, "Calgary")
    assert city.qualifier == "embedded" and city.entry is not None and city.entry.country == "CA"
    assert all(e.place is None or e.place.text != "Calgary" for e in coding.events)


def test_a_name_the_article_places_elsewhere_is_that_place_inside_other_names(code: Any) -> None:
    coding = code("Floods hit homes in Innisfail, Alberta, on Monday. The Innisfail Garden Club raised money, "
                  "and Innisfail said it would rebuild.")
    found = places(coding, "Innisfail")
    assert len(found) == 3 and len({p.entry.geonameid for p in found if p.entry is not None}) <= 1
    assert found[1].qualifier == "embedded"


def test_of_before_a_first_name_does_not_make_it_a_place(code: Any) -> None:
    coding = code("Mourners recalled the deaths of Georgia and Ann. Young skater Georgia Hughes was her cousin.")
    assert not places(coding, "Georgia")


def test_an_abbreviation_whose_full_stop_ends_the_sentence(code: Any) -> None:
    coding = code("She was born in Thompson, Man. Her parents were told she might not live. The man said no.")
    (province,) = places(coding, "Man")
    assert province.entry is not None and province.entry.feature == "ADM1" and province.entry.admin1 == "Manitoba"


def test_a_province_s_bare_name_is_the_province_when_no_big_town_shares_it() -> None:
    province = GeoEntry(201, "Orlan", 44.3, 18.4, "NV", "ADM1", 1_200_000, "Orlan")
    namesake = GeoEntry(202, "Orlan", 46.0, 20.0, "NV", "PPL", 20_000, "Kestel")
    gazetteer = Gazetteer.from_entries([province, namesake], countries=())
    mention = PlaceMention("Orlan", Span(0, 5, "Orlan"), 0, 0)
    place = resolve(mention, gazetteer, focus="NV", near=[(46.0, 20.0)])
    assert place is not None and place.entry == province
    seat = GeoEntry(203, "Orlan", 44.2, 18.3, "NV", "PPLA", 150_000, "Orlan")
    place = resolve(mention, Gazetteer.from_entries([province, seat], countries=()), focus="NV")
    assert place is not None and place.entry == seat


def test_a_province_s_bare_name_is_its_seat_when_the_seat_shares_it(code: Any) -> None:
    coding = code("Jets struck Idlib on Monday, killing four civilians.", country="SY")
    (city,) = places(coding, "Idlib")
    assert city.entry is not None and city.entry.feature.startswith("PPL")


def test_the_before_a_name_rules_out_small_towns(code: Any) -> None:
    coding = code("Farmers in Ohio and Texas waited for the Minister on Monday.")
    assert not places(coding, "Minister")
    coding = code("Regime forces shelled the Harasta on Monday and clashed with rebels in Douma.", country="SY")
    assert places(coding, "Harasta")


def test_two_word_nationality_words_and_joined_attachments(code: Any) -> None:
    coding = code("South African miners met North Korean envoys, and the U.S.-led coalition said nothing.")
    (south,) = places(coding, "South African")
    assert south.entry is not None and south.entry.country == "ZA"
    assert not places(coding, "African")
    (us,) = places(coding, "U.S.")
    assert us.entry is not None and us.entry.country == "US" and us.qualifier == "embedded"


def test_places_around_a_person_s_name_and_a_country_s_short_name(code: Any) -> None:
    coding = code("The UAE hosted the talks. Sen. Jane Holloway of Florida spoke, "
                  "and the envoy met officials in New York Saturday.")
    (uae,) = places(coding, "UAE")
    assert uae.entry is not None and uae.entry.country == "AE"
    (florida,) = places(coding, "Florida")
    assert florida.entry is not None and florida.entry.feature == "ADM1"
    (new_york,) = places(coding, "New York")
    assert new_york.entry is not None and new_york.entry.country == "US"


def test_a_government_word_after_the_name_means_the_state(code: Any) -> None:
    coding = code("Former New York Gov. Paul Lane died on Monday in Albany.")
    (state,) = places(coding, "New York")
    assert state.entry is not None and state.entry.feature == "ADM1"


def test_a_common_word_inside_an_organisation_s_name_is_no_place(code: Any) -> None:
    coding = code("The Harbour Law Center said the Federal Public Prosecutor's Office would act, "
                  "and US Special Forces left.")
    assert not places(coding, "Center") and not places(coding, "Federal")
    assert places(coding, "US")


def test_a_name_after_a_person_s_title_is_that_person_elsewhere_too(code: Any) -> None:
    coding = code("Chief Ilorin spoke in Abuja. Ilorin is the leader of the party.")
    assert not places(coding, "Ilorin")
    assert places(coding, "Abuja")


def test_a_country_named_with_and_and_two_word_continent_words(code: Any) -> None:
    coding = code("Trinidad and Tobago sent envoys, and Latin American and North American traders met in Lima.")
    (country,) = places(coding, "Trinidad and Tobago")
    assert country.entry is not None and country.entry.country == "TT"
    for words, continent in (("Latin American", "South America"), ("North American", "North America")):
        (place,) = places(coding, words)
        assert place.entry is not None and place.entry.name == continent


def test_a_sea_tagged_as_a_location_is_no_small_town(code: Any) -> None:
    coding = code("Storms formed over the tropical Atlantic, officials in Des Moines, Iowa, said.")
    assert all(p.entry is None or p.entry.admin1 != "Iowa" or p.text != "Atlantic" for p in coding.places)


def test_a_news_agency_is_no_place_unless_the_text_puts_something_there(code: Any) -> None:
    coding = code("Floods hit Hunan province on Monday, the Xinhua news agency reported, according to Xinhua.")
    assert not places(coding, "Xinhua")
    assert places(coding, "Hunan")


@pytest.mark.parametrize("text", [
    "The fair opened at the Convention Centre on Friday.",
    "Police took him to Brampton Magistrate's Court on Monday.",
])
def test_the_head_noun_of_a_building_s_name_is_no_place(code: Any, text: str) -> None:
    coding = code(text)
    assert [p.text for p in coding.places if p.text in ("Centre", "Court")] == []


def test_facility_words_file_is_lower_case() -> None:
    from frontwire.geo.shorthand import facility_words
    assert facility_words() and all(w == w.lower() and " " not in w for w in facility_words())


def test_a_lone_facility_word_is_no_place(code: Any) -> None:
    coding = code("The Centre said on Monday that its report on the floods would be published soon.")
    assert [p.text for p in coding.places] == []


def test_a_place_name_before_street_names_the_street(code: Any) -> None:
    coding = code("Two fighters were killed in clashes in the Haifa street area of the camp on Monday.", country="SY")
    assert [p.qualifier for p in coding.places if p.text == "Haifa"] in ([], ["embedded"])
    assert all(e.place is None or e.place.text != "Haifa" for e in coding.events)


def test_a_nationality_word_inside_a_place_name_is_no_place_of_its_own(code: Any) -> None:
    coding = code("Wildfires forced hundreds from their homes in British Columbia, and British firefighters flew in.")
    (province,) = places(coding, "British Columbia")
    assert province.entry is not None and province.entry.feature == "ADM1"
    british = places(coding, "British")
    assert len(british) == 1 and british[0].span.start > province.span.end


@pytest.mark.parametrize(("text", "country", "feature"), [
    ("Storms hit Virginia and Florida on Monday, and Georgia braced for more flooding.", "US", "ADM1"),
    ("Storms hit Florida on Monday, and officials in Georgia and Armenia braced for more.", "GE", "PCLI"),
])
def test_a_country_s_name_among_the_states_of_another_is_the_state(code: Any, text: str, country: str,
                                                                    feature: str) -> None:
    (georgia,) = places(code(text), "Georgia")
    assert georgia.entry is not None and (georgia.entry.country, georgia.entry.feature) == (country, feature)


def test_small_towns_abroad_that_vouch_for_each_other_are_places(code: Any) -> None:
    coding = code("Russia denied any part in the attack. Russian diplomats in Moscow said Russia was blamed "
                  "unfairly. The victims were found in Salisbury, near Amesbury, and taken to Winchester.")
    towns = [p for p in coding.places if p.text in ("Salisbury", "Amesbury", "Winchester")]
    assert len(towns) == 3
    assert all(t.entry is not None and t.entry.feature == "PPL" for t in towns)
    assert len({(t.entry.country, t.entry.admin1) for t in towns if t.entry is not None}) == 1


@pytest.mark.parametrize("text", [
    "The White House said on Monday that the talks would resume in Geneva.",
    "White House aides said on Monday that the talks would resume in Geneva.",
])
def test_a_building_s_name_is_no_town_that_took_its_name(code: Any, text: str) -> None:
    coding = code(text)
    assert not any(p.entry is not None and p.entry.feature.startswith("PPL") for p in places(coding, "White House"))
    assert places(coding, "Geneva")


def test_a_town_named_after_a_building_is_still_a_town_where_the_text_puts_things(code: Any) -> None:
    (town,) = places(code("Flooding closed two roads in Falls Church on Monday, officials said."), "Falls Church")
    assert town.entry is not None and town.entry.feature.startswith("PPL")


@pytest.mark.parametrize(("text", "found"), [
    ("Bicester Council said on Tuesday that the bridge would reopen next month.", True),
    ("Bicester United said on Tuesday that the new stand would open next month.", False),
])
def test_a_small_town_before_its_council_is_a_place(code: Any, text: str, found: bool) -> None:
    town = places(code(text), "Bicester")
    assert bool(town) is found
    assert all(t.entry is not None and t.entry.country == "GB" for t in town)


def test_local_body_words_file_is_lower_case() -> None:
    from frontwire.geo.shorthand import local_body_words
    assert local_body_words() and all(w == w.lower() and " " not in w for w in local_body_words())


@pytest.mark.parametrize(("text", "country"), [
    ("Pupils from a school in Edmonton planted a garden on Friday, and Enfield Council paid for the trees.", "GB"),
    ("Pupils from a school in Edmonton planted a garden on Friday, and the council paid for the trees.", "CA"),
])
def test_a_name_inside_another_name_vouches_for_its_neighbours(code: Any, text: str, country: str) -> None:
    (town,) = places(code(text), "Edmonton")
    assert town.entry is not None and town.entry.country == country


def test_a_province_named_inside_another_name_favours_its_towns(code: Any) -> None:
    coding = code("Massachusetts Gov. Jane Doe said the United States would pay the volunteers who cleaned the "
                  "harbour in Plymouth on Sunday.")
    (town,) = places(coding, "Plymouth")
    assert town.entry is not None and (town.entry.country, town.entry.admin1) == ("US", "Massachusetts")


@pytest.mark.parametrize(("text", "country"), [
    ("Officials in Little Rock said on Monday that a painter who trained in London would design the new mural.",
     "GB"),
    ("Officials in Little Rock said on Monday that a painter who trained in London, Arkansas would design the mural.",
     "US"),
])
def test_a_hamlet_does_not_hide_the_great_city_of_its_name(code: Any, text: str, country: str) -> None:
    (london,) = places(code(text), "London")
    assert london.entry is not None and london.entry.country == country


def test_a_name_cut_short_is_no_other_name(code: Any) -> None:
    (city,) = places(code("Commuters in New York faced delays on Monday after a signal failure."), "New York")
    assert city.entry is not None and city.entry.name == "New York City"


def test_a_county_seat_answering_to_the_county_s_name_is_not_named_otherwise(code: Any) -> None:
    (county,) = places(code("Youths blocked the main road in Nandi on Monday, police said."), "Nandi")
    assert county.entry is not None and county.entry.country == "KE" and county.entry.feature.startswith("PPL")


def test_a_village_of_unknown_population_is_not_dwarfed_by_a_great_city_abroad(code: Any) -> None:
    (village,) = places(code("Government troops shelled the outskirts of As-Saan on Tuesday morning.",
                             country="SY"), "As-Saan")
    assert village.entry is not None and village.entry.country == "SY"
