"""Verbs of hitting that name no weapon ('destroyed', 'targeted'): what they hit decides the event."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype", "sub"), [
    # a war machine hit by fighters is fighting; the tank hit is not the weapon
    ("Rebel fighters destroyed an army tank near Kafr Nabl on Monday.", "Battles", "Armed clash"),
    ("Militants hit an armored military vehicle outside Kafr Nabl on Tuesday.", "Battles", "Armed clash"),
    ("Insurgents destroyed a pickup truck carrying government soldiers near Kafr Nabl.", "Battles", "Armed clash"),
    # armed men aiming at positions or places, by means the text does not say, hit them from afar
    ("Army units targeted rebel positions near Kafr Nabl on Monday.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Government forces targeted the village of Kafr Nabl on Monday, causing damage.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    # a weapon named still decides
    ("Fighters destroyed an army tank with an anti-tank missile near Kafr Nabl on Monday.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
])
def test_what_a_weaponless_hit_struck_decides(code: Any, text: str, etype: str, sub: str) -> None:
    event = code(text, REF, country="SY").events[0]
    assert (event.event_type, event.sub_event_type) == (etype, sub)


@pytest.mark.parametrize("text", [
    "Thieves targeted shops and homes in Kitale on Monday.",
    "The new tax targeted traders in the town of Kitale.",
    "Workers destroyed an old bus at the depot in Kitale.",
])
def test_other_targets_make_no_violent_event(code: Any, text: str) -> None:
    coding = code(text, REF, country="KE")
    assert not any(e.event_type in ("Battles", "Explosions/Remote violence") for e in coding.events)


def test_guns_fired_at_a_town_are_not_shelling(code: Any) -> None:
    coding = code("Soldiers targeted the town of Kafr Nabl with heavy machine guns on Monday, killing a farmer.",
                  REF, country="SY")
    assert coding.events[0].event_type != "Explosions/Remote violence"
