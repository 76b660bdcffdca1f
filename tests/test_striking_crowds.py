"""People named as on strike or protesting are a crowd: what they wreck is a riot, not an armed attack.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

from frontwire.extract.lexicon import vocab

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "Striking dock workers destroyed port offices in Mombasa on Monday, resulting in arrests by the police.",
    "Protesting teachers destroyed the county education office in Nyeri on Monday.",
])
def test_people_on_strike_who_wreck_property_riot(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Riots"


def test_a_striking_number_is_no_crowd(code: Any) -> None:
    text = "A striking number of gunmen attacked the village of Kolo in Baringo on Monday."
    assert first(code(text, REF, country="KE")).event_type != "Riots"


def test_the_strike_words_are_read() -> None:
    assert {"striking", "protesting"} <= vocab().crowd_words
    assert {"striking", "protesting", "rowdy", "unruly"} <= vocab().crowd_doers


def test_a_riot_told_beside_arrests_is_the_event(code: Any) -> None:
    text = ("Police arrested twelve hawkers for obstructing traffic in Embu on Monday. "
            "Youths at the scene smashed the windows of parked cars.")
    events = code(text, REF, country="KE").events
    assert [e.event_type for e in events][:2] == ["Riots", "Strategic developments"]


def test_arrests_alone_stay_arrests(code: Any) -> None:
    text = "Police arrested twelve hawkers in Embu on Monday."
    assert first(code(text, REF, country="KE")).sub_event_type == "Arrests"
