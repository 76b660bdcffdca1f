"""Verbs of cutting are violence when they cut people, not things. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


def test_cutting_and_body_words_load() -> None:
    from frontwire.extract.lexicon import vocab

    words = vocab()
    assert {"slash", "hack", "chop"} <= words.cutting_verbs and "hand" in words.body_parts


@pytest.mark.parametrize(("text", "etype"), [
    ("Raiders slashed three villagers with machetes near Garsen on Monday.", "Violence against civilians"),
    ("A gang slashed a woman to death in Kisii on Tuesday.", "Violence against civilians"),
    ("Robbers chopped off the fingers of a shopkeeper in Thika on Monday.", "Violence against civilians"),
    ("A mob chopped the hand off a thief in Meru on Monday.", "Riots"),
])
def test_cutting_people_is_violence(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize("text", [
    "The treasury slashed fuel prices in Nairobi on Monday.",
    "Unknown people hacked the county website in Nakuru on Monday.",
    "Youths chopped down trees in a forest near Kakamega on Monday.",
])
def test_cutting_things_is_no_event(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events
