"""Verbs of spraying a target: an attack only when told with gunfire ('sprayed the car with bullets')."""

from __future__ import annotations

from datetime import date
from typing import Any

REF = date(2021, 6, 10)


def test_the_spraying_verbs_are_read() -> None:
    from frontwire.extract.lexicon import vocab

    assert {"spray", "riddle"} <= vocab().gunfire_spraying


def test_a_car_sprayed_with_bullets_is_an_attack(code: Any) -> None:
    events = code("Gunmen sprayed a minibus with bullets near Ijara on Friday night.", REF, country="KE").events
    assert events and events[0].event_type == "Violence against civilians"


def test_people_hurt_when_a_car_is_sprayed_with_bullets_are_its_civilian_victims(code: Any) -> None:
    text = "Four people were injured when gunmen sprayed their car with bullets near Ijara on Friday."
    event = code(text, REF, country="KE").events[0]
    assert any(a.role == "target" and a.inter == 7 for a in event.actors)


def test_spraying_without_gunfire_is_no_event(code: Any) -> None:
    assert not code("Farmers sprayed their maize with pesticide near Eldoret on Monday.", REF, country="KE").events
    assert not code("The governor was peppered with questions in Eldoret on Monday.", REF, country="KE").events
