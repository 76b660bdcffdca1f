"""Acronyms that spell English words are parsed as the names they stand for."""

from __future__ import annotations

from datetime import date
from typing import Any

from frontwire.nlp.pipeline import acronyms


def test_acronyms_file_is_well_formed() -> None:
    found = acronyms()
    assert found and all(a.isupper() and n == n.lower() for a, n in found.items())


def test_an_acronym_that_spells_a_verb_is_read_as_a_name(code: Any) -> None:
    coding = code("IS controlled Kafr Nabl village in the southern countryside of Idlib on Monday.",
                  date(2018, 5, 10), country="SY")
    assert coding.events, "no event coded"
    assert any("Islamic State" in a.name for e in coding.events for a in e.actors)
