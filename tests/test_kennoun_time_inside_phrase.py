"""A date or time told between the words of a phrase trigger ('a body was on Sunday found') keeps the phrase."""

from __future__ import annotations

from datetime import date
from typing import Any

REF = date(2021, 6, 10)


def test_a_body_on_a_day_found_is_an_attack(code: Any) -> None:
    events = code("Her body was on Sunday morning found floating in a dam near Nyeri.", REF, country="KE").events
    assert events and events[0].event_type == "Violence against civilians"


def test_a_time_phrase_is_no_trigger_of_its_own(code: Any) -> None:
    assert not code("The minister was on Sunday morning found at his desk in Nyeri.", REF, country="KE").events
