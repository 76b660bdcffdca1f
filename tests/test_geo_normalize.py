"""Place-name normalisation keys and the transliteration data they are built from."""

from __future__ import annotations

import pytest

from frontwire.geo.normalize import article_variant, load_translit, name_keys, normalize_name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Qaryat Ṣāliḥ", "Qaryat Salih"),  # diacritics
        ("ŞANLIURFA", "sanliurfa"),  # Turkish dotless i, case
        ("Ras al-Ma‘dan", "Ras al Madan"),  # ayn mark
        ("Bir al-Dhi'b", "Bir al Dhib"),  # straight apostrophe
        ("Ras ʿAyn Tawil", "Ras Ayn Tawil"),  # modifier-letter ayn
        ("Wadi`l Qurun", "Wadil Qurun"),  # backtick
        ("St. Barnaby-on-Sea", "St Barnaby on  Sea"),  # dots, hyphens, spaces
        ("Kfar Zaytoun", "Kafr Zaytun"),  # kfar -> kafr, ou -> u
        ("Kafar Hamra", "Kafr Hamra"),
        ("Tell Bazzam", "Tall Bazam"),  # tell/tall, doubled letters
        ("Tal Sunbul", "Tell Sunbul"),
        ("Deir Qalaat", "Dayr Qalat"),
        ("Dair Mishmish", "Deir Mishmish"),
        ("Jebel Zawrak", "Jabal Zawrak"),
        ("Salamiyah", "Salamiyeh"),  # -iyah / -iyeh
        ("Nashabiyyeh", "Nashabiya"),
        ("Ghouzanieh", "Ghuzaniya"),  # -ieh
        ("Raqqah", "Raqqa"),  # final -ah
        ("Sana'a", "Sanaa"),
        ("Mossoul", "Mosul"),
        ("Jisr ash-Shughur", "Jisr al Shughur"),  # sun-letter article inside a name
        ("Ma‘arrat an-Nu‘man", "Maarat al-Numan"),
    ],
)
def test_spelling_variants_share_a_key(one: str, other: str) -> None:
    assert normalize_name(one) == normalize_name(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kafr Batna", "Kafr Batnan"),
        ("Tall Abyad", "Tall Aswad"),
        ("Halab", "Hama"),
        ("Deir Hafer", "Deir Hafez"),
    ],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert normalize_name(one) != normalize_name(other)


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Al-Qarya al-Khadra", ("al qarya al khadra", "qarya al khadra")),
        ("Ad-Dabbusiya", ("al dabusiya", "dabusiya")),
        ("An Nahr", ("al nahr", "nahr")),
        ("Ash-Shaykh Umar", ("al shaykh umar", "shaykh umar")),
        ("As Sukhna", ("al sukhna", "sukhna")),
        ("At-Tuwaymat", ("al tuwaymat", "tuwaymat")),
        ("Az Zahiriya", ("al zahiriya", "zahiriya")),
        ("Ar-Rumaylan", ("al rumaylan", "rumaylan")),
        ("Ath Thaniya", ("al thaniya", "thaniya")),
        ("Adh-Dhahab", ("al dhahab", "dhahab")),
        ("El Marj", ("al marj", "marj")),
        ("Qaryatayn", ("qaryatayn",)),
        ("Al", ("al",)),  # an article alone is a name, not an article
        ("Alrayan", ("alrayan",)),  # not followed by a hyphen or space
        ("", ()),
        ("-- ' --", ()),
    ],
)
def test_name_keys_add_an_article_less_variant(name: str, keys: tuple[str, ...]) -> None:
    assert name_keys(name) == keys


def test_article_variant_only_strips_a_leading_article() -> None:
    assert article_variant("al raqa") == "raqa"
    assert article_variant("dayr al zor") is None
    assert article_variant("al") is None


@pytest.mark.parametrize(
    "name",
    [
        "Tell Rif‘at",
        "Kfar Shams",
        "As-Salamiyeh",
        "Ḥārat al-Ḥammām",
        "Shaykh Maqsud",
        "Deir Baalbeh",
        "Umm Batinah",
        "Ain al-Arab",
        "اللاذقية",
        "Bni Yzid",
    ],
)
def test_normalising_a_key_again_changes_nothing(name: str) -> None:
    key = normalize_name(name)
    assert normalize_name(key) == key


def test_keys_are_lowercase_single_spaced_ascii_for_latin_names() -> None:
    key = normalize_name("  Ḥārat   AL-Ḥammām (Old Quarter) ")
    assert key == key.strip().lower()
    assert "  " not in key and key.isascii()


def test_arabic_script_names_are_folded_too() -> None:
    # Alef with hamza and ta marbuta are written several ways in the wild.
    assert normalize_name("أريحا") == normalize_name("اريحا")
    assert normalize_name("حماة") == normalize_name("حماه")


def test_translit_rules_load_and_cover_each_kind() -> None:
    rules = load_translit()
    assert rules.words["kfar"] == "kafr" and rules.words["jebel"] == "jabal"
    assert {"al", "el", "ad", "an", "ash", "as", "at", "az", "ar", "ath", "adh"} <= rules.articles
    assert ("iyeh", "iya") in rules.suffixes
    assert rules.double is not None
    # Longest suffix first, so -iyah wins over -ah.
    lengths = [len(src) for src, _ in rules.suffixes]
    assert lengths == sorted(lengths, reverse=True)
