"""A vehicle that 'clashes into' people collided with them: a mishap, not a fight.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

from frontwire.extract.lexicon import vocab

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "A lorry clashed into a crowd of mourners in Kisii on Monday.",
    "Eleven people were injured when a matatu clashed into a bus near Kisii on Monday.",
])
def test_a_vehicle_clash_is_no_event(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_what_a_crowd_does_after_a_collision_is_the_event(code: Any) -> None:
    text = ("Nine people were hurt when a truck clashed into traders at a market in Kisii on Monday. "
            "Angry traders then stoned police officers who came to the scene.")
    assert first(code(text, REF, country="KE")).event_type == "Riots"


def test_people_who_clash_still_fight(code: Any) -> None:
    text = "Herders clashed with farmers over water near Kisii on Monday, leaving two dead."
    assert first(code(text, REF, country="KE")).event_type == "Battles"


def test_the_vehicle_words_are_read() -> None:
    assert {"lorry", "matatu", "vehicle"} <= vocab().colliding_vehicles
