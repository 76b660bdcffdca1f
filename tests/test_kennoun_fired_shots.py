"""Shots, gunshots or bullets fired at someone are shooting (a fight or an attack by its target), not shelling."""

from __future__ import annotations

from datetime import date
from typing import Any

REF = date(2021, 6, 10)


def test_shots_fired_at_a_gang_are_a_fight(code: Any) -> None:
    events = code("Officers fired shots at a gang of robbers in Eldoret on Monday.", REF, country="KE").events
    assert events and events[0].event_type == "Battles"


def test_shots_fired_at_a_patrol_are_no_shelling(code: Any) -> None:
    event = code("Gunmen fired shots at an army patrol near Mandera on Monday.", REF, country="KE").events[0]
    assert event.sub_event_type == "Armed clash"


def test_rubber_bullets_at_protesters_are_an_intervention(code: Any) -> None:
    event = code("Police fire rubber bullets at marching traders in Eldoret", REF, country="KE").events[0]
    assert event.event_type == "Protests"
    assert any(a.role == "actor" and a.inter == 1 for a in event.actors)


def test_shots_in_the_air_stay_an_intervention(code: Any) -> None:
    text = "Police fired shots in the air to disperse traders protesting in Eldoret on Monday."
    assert code(text, REF, country="KE").events[0].event_type == "Protests"
