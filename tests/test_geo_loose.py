"""Loose keys (loose.tsv): transliterations that meet on a consonant skeleton, used as a fallback."""

from __future__ import annotations

import pytest

from frontwire.errors import ResourceError
from frontwire.geo.countries import CountryNames
from frontwire.geo.gazetteer import Gazetteer
from frontwire.geo.loose import _parse_line, glide_key, load_loose_rules, loose_key, rules_for
from frontwire.geo.normalize import normalize_name
from frontwire.models import GeoEntry


# Invented village names, spelled two ways each as news and gazetteers would.
@pytest.mark.parametrize(
    ("news", "gazetteer", "country"),
    [
        ("Kafr Mouleita", "Kafr Mulayta", "SY"),  # ou/u, ei/ay
        ("Khirbet Shaykoun", "Khirbat Shaykhun", "SY"),  # kh lost in one spelling
        ("Tal Nobol", "Tall Nubl", "SY"),  # vowels moved
        ("Kafrnabouda", "Kafr Nabuda", "SY"),  # written as one word
        ("Sheikh Dorab", "Shaykh Durab", "SY"),
        ("Um Sirwal", "Umm Sarwal", "SY"),
        ("Qobtiyya", "Kubtiya", "IQ"),  # q/k, doubled y
        ("Abul Thahab", "Abu al-Dhahab", "SY"),  # abul = abu al; th/dh
        ("Abul Thahab", "Abu az Zahab", "SY"),  # z for the same letter
        ("Djebel Fardous", "Jabal Firdus", "LB"),  # French dj
        ("Cheikh Wardan", "Shaykh Wardan", "SY"),  # French ch, Arabic countries only
        ("Ghazaliyeh", "Ghazaliya", "YE"),
        ("Novozhytsk", "Novozhitsk", "UA"),
        ("Ceel Dhagax", "Eel Dagah", "SO"),  # Somali c = ayn, x = h
    ],
)
def test_spellings_share_a_loose_key(news: str, gazetteer: str, country: str) -> None:
    key = loose_key(news, country)
    assert key is not None
    assert key == loose_key(gazetteer, country)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kafr Batna", "Kafr Hamra"),
        ("Tall Sabil", "Tall Jadid"),
        ("Dayr Marun", "Dayr Salib"),
    ],
)
def test_different_names_keep_different_loose_keys(one: str, other: str) -> None:
    assert loose_key(one, "SY") != loose_key(other, "SY")


@pytest.mark.parametrize("name", ["Hama", "Ula", "", "حلب"])
def test_short_or_non_latin_names_have_no_loose_key(name: str) -> None:
    assert loose_key(name, "SY") is None


def test_scoped_rules_apply_only_in_their_countries() -> None:
    assert loose_key("Chernovka", "UA") != loose_key("Shernovka", "UA")
    assert loose_key("Chernovka", "SY") == loose_key("Shernovka", "SY")
    assert rules_for("SO").texts != rules_for("SY").texts


# Invented names: the glide key keeps the w and y a spelling writes as 'ei', 'w' or 'ay'.
@pytest.mark.parametrize(("news", "gazetteer"), [("Tweirat", "Tuwayrat"), ("Kfeirin", "Kufayrin"),
                                                 ("Deir Hweish", "Dayr Huwaysh"), ("Jbeileh", "Jubaylah")])
def test_spellings_share_a_glide_key(news: str, gazetteer: str) -> None:
    assert glide_key(normalize_name(news), "SY") == glide_key(normalize_name(gazetteer), "SY")


def test_the_glide_key_keeps_the_glides_the_loose_key_drops() -> None:
    assert loose_key("Kweirat", "SY") == loose_key("Kirat", "SY")
    assert glide_key(normalize_name("Kweirat"), "SY") != glide_key(normalize_name("Kirat"), "SY")


def test_the_glide_key_reads_a_final_y_as_a_vowel_and_keeps_true_doubles_only() -> None:
    assert glide_key(normalize_name("Tarmally"), "SY") == glide_key(normalize_name("Tarmalli"), "SY")
    assert glide_key(normalize_name("Banina"), "SY") == "bnn"
    assert glide_key("", "SY") == "" and glide_key("حلب", "SY") == ""


def test_every_rule_line_parses_and_kinds_are_checked() -> None:
    rules = load_loose_rules()
    assert {r.kind for r in rules} == {"word", "drop", "text", "final", "glide", "vowel", "diphthong", "fold"}
    with pytest.raises(ResourceError, match=r"loose\.tsv line 7"):
        _parse_line(7, "*\tshuffle\ta\tb")


VILLAGE = GeoEntry(1, "Kafr Mulayta", 35.5, 36.6, "NV", "PPL", 2_000, "Velm")
NAMESAKE = GeoEntry(2, "Kafr Mouleita", 10.0, 30.0, "ES", "PPL", 9_000, "Sudmark")
OTHER = GeoEntry(3, "Kufr Malta", 35.1, 36.2, "NV", "PPL", 10_000, "Velm")
COUNTRIES = [CountryNames("NV"), CountryNames("ES")]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_entries([VILLAGE, NAMESAKE, OTHER], countries=COUNTRIES)


def test_loose_candidates_are_marked_and_used_only_as_fallback(gazetteer: Gazetteer) -> None:
    found = gazetteer.candidates("Kafr Mulaita", country="NV")
    assert [c.entry for c in found] == [VILLAGE, OTHER]
    assert all(c.loose for c in found)
    exact = gazetteer.candidates("Kafr Mulayta", country="NV")
    assert [c.match for c in exact] == ["exact"]


def test_an_exact_match_elsewhere_does_not_stop_the_fallback(gazetteer: Gazetteer) -> None:
    found = gazetteer.candidates("Kafr Mouleita", country="NV")
    assert [c.match for c in found] == ["loose", "loose", "exact"]
    assert {c.entry for c in found[:2]} == {VILLAGE, OTHER}
    assert found[2].entry == NAMESAKE


def test_no_country_means_no_loose_guess(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("Kafr Moleita") == []
    assert gazetteer.lookup("Kafr Moleita", country="NV") == []


def test_lookup_loose_stays_in_the_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup_loose("Kafr Mulaita", country="es") == [NAMESAKE]
    assert gazetteer.loose_countries("Kafr Mulaita") == ("ES", "NV")


def test_closer_spelling_ranks_first_among_loose_candidates(gazetteer: Gazetteer) -> None:
    # Both share the query's skeleton; the one sharing more letters wins over the bigger place.
    assert loose_key("Kufr Malta", "NV") == loose_key("Kafr Mulayta", "NV")
    assert gazetteer.lookup_loose("Kafr Mulaytah", country="NV") == [VILLAGE, OTHER]
    assert gazetteer.lookup_loose("Kafr Maltah", country="NV") == [OTHER, VILLAGE]
