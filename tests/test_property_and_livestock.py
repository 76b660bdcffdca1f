"""Armed men wrecking property destroy property; raiders stealing livestock attack its owners.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


def test_wielding_livestock_and_theft_words_load() -> None:
    from frontwire.extract.lexicon import vocab

    words = vocab()
    assert "wield" in words.wielding and "steal" in words.theft_verbs
    assert {"goat", "cattle", "camel"} <= words.livestock and "accuse" in words.suspecting


@pytest.mark.parametrize("text", [
    "Suspected insurgents destroyed a telecommunication mast outside Mandera on Monday night.",
    "A power line serving the town was destroyed by bandits near Kapedo on Monday.",
    "Men brandishing rifles destroyed the water pump of a village near Garissa on Sunday.",
])
def test_armed_men_destroying_property_destroy_property(code: Any, text: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    # no doer, or no armed one: no event (a crowd's wrecking is a riot, see test_crowd_or_armed)
    "Heavy rains destroyed a bridge near Garissa on Monday.",
    "Officers destroyed a field of cannabis near Kisii on Monday.",
    # not said to have happened
    "Insurgents did not destroy the mast outside Mandera, the county commissioner said on Monday.",
])
def test_other_destroying_is_no_event(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_destroying_a_base_of_fighters_is_a_fight(code: Any) -> None:
    event = first(code("Rebel fighters destroyed an outpost of the army near a village in Idlib on Monday, killing "
                       "four soldiers.", REF, country="SY"))
    assert event.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Armed raiders stole 400 goats from herders near Kapedo on Sunday night.",
    "About 200 camels were stolen by bandits near Moyale on Tuesday.",
    "A gang of armed men raided a village in Baringo on Monday and stole 900 of the villagers' cattle.",
])
def test_raiders_stealing_livestock_attack(code: Any, text: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Thieves stole a laptop from a clinic in Nakuru on Monday.",
    # a theft a crowd is believed to have done is a grievance, not a raid
    "The elders said on Monday that they believed the villagers had stolen their goats.",
    "Police in Narok on Monday charged a herder suspected of stealing two cows.",
])
def test_other_stealing_is_no_event(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_killing_told_with_a_livestock_theft_keeps_its_victims(code: Any) -> None:
    event = first(code("Raiders shot dead three villagers near Tot on Monday and stole their cows.", REF,
                       country="KE"))
    assert event.event_type == "Violence against civilians"
    assert event.fatalities is not None and event.fatalities.count == 3
    assert any(a.role == "target" and a.inter == 7 for a in event.actors)
