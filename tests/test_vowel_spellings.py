"""Spellings of an Arabic name that differ only in their vowels ('o' for 'u', 'i' for 'ay', '-eh' for '-a') find
the village as a last resort, when no closer spelling or shared skeleton does; 'the village of X' is no city of a
far country."""

from __future__ import annotations

import pytest

from frontwire.extract.places import PlaceMention, Within, resolve
from frontwire.geo.gazetteer import Gazetteer
from frontwire.geo.loose import rules_for, vowel_folded
from frontwire.geo.normalize import normalize_name
from frontwire.geo.variants import dropped_heads
from frontwire.models import GeoEntry, Span


# Invented names, each spelled as a news report and as a gazetteer might.
@pytest.mark.parametrize(
    ("news", "gazetteer"),
    [
        ("Moziba", "Muzayba"),  # o for u, i for ay
        ("Doar", "Du`ar"),  # o for u, a short name
        ("Kafr Sobeir", "Kafr Subayr"),  # ei for ay
        ("Tal Houmra", "Tall Humra"),  # ou for u, doubled l
        ("Jdeimeh", "Jdaymah"),  # final -eh for -ah
        ("Dair Qanouf", "Dayr Qanuf"),
    ],
)
def test_vowel_spellings_fold_alike(news: str, gazetteer: str) -> None:
    assert vowel_folded(normalize_name(news)) == vowel_folded(normalize_name(gazetteer))


@pytest.mark.parametrize(("one", "other"), [("Moziba", "Mazraba"), ("Kafr Sobeir", "Kafr Sabir"), ("Doar", "Dir")])
def test_other_consonants_or_vowel_classes_do_not_fold_alike(one: str, other: str) -> None:
    assert vowel_folded(normalize_name(one)) != vowel_folded(normalize_name(other))


# An invented province seat and villages around it.
SEAT = GeoEntry(1, "Qasrun", 35.0, 36.0, "SY", "PPLA", 100_000, "Alpha")
MUZAYBA = GeoEntry(2, "Muzayba", 33.5, 36.4, "SY", "PPL", 0, "Beta")
MAZRABA = GeoEntry(3, "Mazrabah", 35.9, 37.1, "SY", "PPL", 0, "Gamma")
DUAR = GeoEntry(4, "Ad Du`ar", 35.1, 36.1, "SY", "PPL", 0, "Alpha")
HAZZAN = GeoEntry(5, "Hazzan", 33.6, 36.3, "SY", "PPL", 0, "Beta")
HAYZAN = GeoEntry(6, "Al Hayzan", 36.9, 41.1, "SY", "PPL", 0, "Delta")


def _village(name: str) -> PlaceMention:
    return PlaceMention(name, Span(0, len(name), name), 0, 0, settlement=True)


def _resolved(name: str, entries: list[GeoEntry], within: Within | None = None) -> int | None:
    place = resolve(_village(name), Gazetteer.from_entries(entries), focus="SY", within=within)
    return None if place is None or place.entry is None else place.entry.geonameid


def test_the_village_of_a_name_spelled_with_other_vowels_is_found_in_the_country() -> None:
    assert _resolved("Moziba", [SEAT, MUZAYBA, MAZRABA]) == 2


def test_a_short_name_spelled_with_other_vowels_is_found_in_its_province() -> None:
    assert _resolved("Doar", [SEAT, DUAR], Within(SEAT, regional=True)) == 4


def test_a_closer_spelling_wins_over_one_alike_only_in_its_vowels() -> None:
    # 'Hezzan' folds like 'Hayzan', but 'Hazzan' is spelled closer: the vowel fold is only a last resort
    assert _resolved("Hezzan", [SEAT, HAZZAN, HAYZAN]) == 5


def test_no_village_alike_in_its_vowels_leaves_the_name_unplaced() -> None:
    assert _resolved("Moziba", [SEAT, MAZRABA]) is None


# An invented foreign city far from the focus country, and one just over its border.
FAR_CITY = GeoEntry(7, "Torvana", 35.6, 139.4, "JP", "PPL", 150_000, "Kanto")
BORDER_CITY = GeoEntry(8, "Kelvano", 35.1, 36.1, "TR", "PPL", 150_000, "Hatay")


def test_the_village_of_a_name_is_no_city_of_a_far_country() -> None:
    assert _resolved("Torvana", [SEAT, FAR_CITY]) is None


def test_the_village_of_a_name_may_be_a_town_over_the_border() -> None:
    assert _resolved("Kelvano", [SEAT, BORDER_CITY]) == 8


@pytest.mark.parametrize(("news", "gazetteer"), [("Tweirat", "Tuwayrat"), ("Qreiba", "Qurayba"),
                                                 ("Hmeidi", "Humaydi")])
def test_the_short_u_of_a_diminutive_left_out_folds_alike(news: str, gazetteer: str) -> None:
    assert vowel_folded(normalize_name(news)) == vowel_folded(normalize_name(gazetteer))


def test_a_u_not_before_a_diminutive_is_kept() -> None:
    assert vowel_folded(normalize_name("Kuma")) != vowel_folded(normalize_name("Kma"))
    assert vowel_folded(normalize_name("Kuma")) != vowel_folded(normalize_name("Kama"))



# Invented villages whose two-letter skeleton is too short for the loose index.
TUBAH = GeoEntry(9, "Tubah", 34.0, 37.0, "SY", "PPL", 0, "Gamma")
TIBAH = GeoEntry(10, "Tibah", 34.5, 38.0, "SY", "PPL", 0, "Gamma")


def _marked(name: str) -> PlaceMention:
    return PlaceMention(name, Span(0, len(name), name), 0, 0, settlement=False, marked=True)


def test_a_name_marked_as_a_place_but_not_a_town_finds_a_village_alike_but_in_its_vowels() -> None:
    # 'shelled positions on Toba': no 'town' or 'village' said, yet only the vowels differ from Tubah
    place = resolve(_marked("Toba"), Gazetteer.from_entries([SEAT, TUBAH, TIBAH]), focus="SY")
    assert place is not None and place.entry is not None and place.entry.geonameid == 9


def test_a_name_not_said_to_be_a_town_is_no_village_merely_sharing_its_consonants() -> None:
    assert resolve(_marked("Toba"), Gazetteer.from_entries([SEAT, TIBAH]), focus="SY") is None
    # said to be a village, the same look-alike is taken
    assert _resolved("Toba", [SEAT, TIBAH]) == 10


def test_vowels_fold_only_where_names_are_romanised_from_arabic() -> None:
    assert rules_for("SY").folds_vowels and rules_for("IQ").folds_vowels
    assert not rules_for("US").folds_vowels and not rules_for("KE").folds_vowels
    # 'Sweir' is 'Suwayr' only by its vowels: so in Syria, not in the United States
    here = GeoEntry(11, "Suwayr", 35.0, 36.0, "SY", "PPL", 0, "Alpha")
    elsewhere = GeoEntry(12, "Suwayr", 40.0, -90.0, "US", "PPL", 0, "Illinois")
    assert _resolved("Sweir", [here]) == 11
    assert resolve(_village("Sweir"), Gazetteer.from_entries([elsewhere]), focus="US") is None


# Invented villages: a hill village whose name begins with 'Tall', and a look-alike of the bare name.
TALL_SAYYAB = GeoEntry(13, "Tall as Sayyab", 35.3, 36.5, "SY", "PPL", 0, "Alpha")
SAYABAH = GeoEntry(14, "As Sayabah", 35.0, 37.0, "SY", "PPL", 0, "Alpha")


def test_generic_heads_news_leaves_out_are_listed() -> None:
    assert {"tal", "khirbat"} <= dropped_heads()


def test_a_village_named_without_its_tall_head_is_found_before_a_look_alike() -> None:
    # 'Sayab village in Alpha': the gazetteer's 'Tall as Sayyab', not the look-alike 'As Sayabah'
    assert _resolved("Sayab", [SEAT, TALL_SAYYAB, SAYABAH], Within(SEAT, regional=True)) == 13


def test_a_head_is_dropped_only_for_the_very_spelling() -> None:
    # 'Soyab' differs from 'Sayab' in a vowel: the head is not also dropped for it
    assert _resolved("Soyab", [SEAT, TALL_SAYYAB], Within(SEAT, regional=True)) != 13


def test_the_town_index_finds_what_a_scan_of_every_town_finds() -> None:
    from frontwire.extract.places import VOWELS_ONLY, _spelled_like, index_towns, town_spelling

    # Invented towns: one spelled otherwise only in its vowels, one sharing only its first word, one unrelated,
    # and one with a generic head word the news may leave out.
    towns = tuple(town_spelling(GeoEntry(i, name, 35.0, 36.0, "SY", "PPL", 0, "Idlib"), "SY") for i, name in
                  enumerate(["Dayr Qufal", "Dayr Nabbuz", "Kafr Malak", "Tall Sumayra"], start=1))
    index = index_towns(towns)
    for name in ("Deir Qofal", "Kfar Malik", "Sumayra", "Hazzano"):
        scanned = _spelled_like(name, towns, "SY", skeleton_likeness=VOWELS_ONLY, likeness=VOWELS_ONLY)
        indexed = _spelled_like(name, index, "SY", skeleton_likeness=VOWELS_ONLY, likeness=VOWELS_ONLY)
        assert [e.name for e in indexed] == [e.name for e in scanned]
    assert [e.name for e in _spelled_like("Deir Qofal", index, "SY", skeleton_likeness=VOWELS_ONLY,
                                          likeness=VOWELS_ONLY)] == ["Dayr Qufal"]
    assert [e.name for e in _spelled_like("Sumayra", index, "SY", skeleton_likeness=VOWELS_ONLY,
                                          likeness=VOWELS_ONLY)] == ["Tall Sumayra"]
