"""Tests over the readers' data files: data/read/news_sources.tsv and function_words.tsv."""

from __future__ import annotations

from importlib import resources

import pytest

from frontwire.read.vocab import REPORTING_KINDS, function_words, news_sources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("frontwire").joinpath("data", "read", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def test_every_spelling_names_one_source() -> None:
    seen: dict[str, str] = {}
    for row in _rows("news_sources.tsv"):
        spellings = [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else [])]
        for spelling in spellings:
            assert spelling == spelling.strip() and spelling, row
            assert seen.setdefault(spelling, row[0]) == row[0], f"{spelling} is listed twice"


@pytest.mark.parametrize(
    ("spelling", "canonical", "kind"),
    [
        ("Reuters", "Reuters", "agency"),
        ("Agence France-Presse", "AFP", "agency"),
        ("Associated Press", "AP", "agency"),
        ("SOHR", "Syrian Observatory for Human Rights", "monitor"),
        ("Al-Jazeera", "Al Jazeera", "outlet"),
        ("Getty", "Getty Images", "photo"),
        ("agencies", "Agencies", "generic"),
    ],
)
def test_spellings_resolve(spelling: str, canonical: str, kind: str) -> None:
    sources = news_sources()
    assert sources.lookup(spelling) == canonical
    assert sources.kind(canonical) == kind


def test_names_pattern_prefers_the_longest_spelling() -> None:
    sources = news_sources()
    match = sources.names.search("reported by Agence France-Presse today")
    assert match is not None and match.group() == "Agence France-Presse"
    assert sources.names.search("the APC drove past") is None


def test_required_agencies_are_listed() -> None:
    sources = news_sources()
    for name in ("Reuters", "AFP", "AP", "DPA", "ANA", "SANA", "Anadolu", "Xinhua", "TASS",
                 "RIA Novosti", "Interfax", "IRNA", "Tasnim", "Fars", "Al Jazeera", "BBC", "CNN",
                 "Al Arabiya", "Ukrinform", "Sudan Tribune", "Kenya News Agency", "Daily Nation",
                 "Saba"):  # fmt: skip
        assert sources.lookup(name) is not None, name
        assert sources.kind(sources.lookup(name) or "") in REPORTING_KINDS


def test_function_words_start_with_english_and_do_not_overlap_much() -> None:
    table = function_words()
    assert next(iter(table)) == "English"
    english = table["English"]
    assert {"the", "of", "and", "said"} <= english
    for language, words in table.items():
        assert len(words) >= 20, language
        assert all(w == w.lower() for w in words), language
        if language != "English":
            # Shared words ("a", "in") are allowed, but a list must mostly be its own.
            assert len(words & english) < len(words) / 4, language
