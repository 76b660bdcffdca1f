"""A weapon's acronym names the weapon only when written as one ('TOW', 'Grad'), not as a plain word.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

REF = date(2021, 6, 10)


def test_a_plain_word_spelled_like_an_acronym_names_no_weapon(code: Any) -> None:
    coding = code("Bandits attacked a tow truck driver near Isiolo on Monday, injuring him.", REF, country="KE")
    assert coding.events
    assert all(e.sub_event_type != "Shelling/artillery/missile attack" for e in coding.events)


def test_the_acronym_written_as_one_names_the_weapon(code: Any) -> None:
    coding = code("Rebels hit an army tank with a TOW missile near Kafr Nabudah on Monday.", REF, country="SY")
    assert coding.events[0].sub_event_type == "Shelling/artillery/missile attack"
