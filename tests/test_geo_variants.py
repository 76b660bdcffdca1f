"""Tests for frontwire.geo.variants: spellings of place names that English news uses and gazetteers do not."""

from __future__ import annotations

from typing import Any

import pytest

from frontwire.geo.variants import load_variants, name_variants


@pytest.mark.parametrize(("name", "variants"), [
    ("Tall Elwardi", ("Tall El wardi",)),
    ("Khan ElQasr", ("Khan El Qasr",)),
    ("Big Sandaliyah", ("Sandaliyah kabir",)),
    ("Little Zuq", ("Zuq saghir",)),
    ("Western Rasm", ("Rasm gharbi",)),
    ("Aleppo", ()),
    ("Tall Ali", ()),
    ("Tall Aleppo", ()),
])
def test_name_variants(name: str, variants: tuple[str, ...]) -> None:
    assert name_variants(name) == variants


def test_compass_words_can_be_left_out() -> None:
    assert name_variants("Western Rasm", directions=False) == ()


def test_the_rules_load() -> None:
    rules = load_variants()
    assert "el" in rules.glued and rules.modifiers["big"] == "kabir" and rules.directions["western"] == "gharbi"


def test_an_english_adjective_before_a_name_finds_the_arabic_name(code: Any) -> None:
    coding = code("Turkish forces shelled Big Sandaliyah village in northern Aleppo on Monday.", country="SY")
    place = next(p for p in coding.places if p.text == "Big Sandaliyah")
    assert place.entry is not None and place.entry.name == "Sandaliyah al Kabirah"
