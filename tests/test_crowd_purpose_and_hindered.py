"""A crowd that gathers to do violence did it; a deed someone was kept from doing was not done.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

from frontwire.extract.lexicon import vocab

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "Angry villagers who accused the trader of theft gathered to set fire to his shop in Kitui on Monday.",
    "Residents of an estate in Nakuru came together on Monday to burn the house of a suspected thief.",
])
def test_a_crowd_that_gathers_to_burn_a_home_riots(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == "Mob violence"


def test_armed_men_who_gather_to_burn_a_home_do_not_riot(code: Any) -> None:
    text = "Gunmen gathered at night to set fire to the home of a chief in Kitui on Monday."
    assert first(code(text, REF, country="KE")).event_type != "Riots"


@pytest.mark.parametrize("text", [
    "A court order stopped county officials from demolishing the market stalls in Kitui on Monday.",
    "The clerk was barred by guards from storming the office of the governor in Nyeri on Monday.",
])
def test_a_deed_kept_from_being_done_is_no_event(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_a_deed_done_after_a_barrier_is_still_an_event(code: Any) -> None:
    text = "Youths stormed the office of the governor in Nyeri on Monday after guards blocked the gate."
    assert code(text, REF, country="KE").events


def test_the_hindering_verbs_are_read() -> None:
    assert {"block", "bar", "prevent"} <= vocab().hindering_verbs


@pytest.mark.parametrize("text", [
    "Police in Garissa said they would step up patrols to fight the illegal charcoal trade.",
    "Residents fought the fire at the market in Nairobi on Monday.",
])
def test_fighting_an_ill_is_no_fight(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_fighting_armed_men_is_still_a_fight(code: Any) -> None:
    assert first(code("Police fought the bandits near Garissa on Monday.", REF, country="KE")).event_type == "Battles"


def test_a_crowd_that_barricades_a_highway_and_fights_an_ill_riots(code: Any) -> None:
    text = ("Residents of a market town barricaded the highway on Tuesday and unloaded the charcoal from a lorry "
            "in a bid to fight the illegal trade.")
    assert first(code(text, REF, country="KE")).event_type == "Riots"


def test_the_fought_ills_are_read() -> None:
    assert {"corruption", "trade", "fire"} <= vocab().fought_ills


def test_a_crowd_that_breaks_down_a_gate_riots(code: Any) -> None:
    text = "Youths broke down the gate of the chief's office in Kisumu on Monday."
    assert first(code(text, REF, country="KE")).event_type == "Riots"


@pytest.mark.parametrize("text", [
    "Talks between the two parties broke down in Nairobi on Monday.",
    "Police broke down the door of the suspect's house in Kisumu on Monday.",
])
def test_breaking_down_by_no_crowd_is_no_riot(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


@pytest.mark.parametrize(("text", "etype"), [
    # who found the dead did not kill them
    ("The body of a trader was found by villagers near Kitui on Monday.", "Violence against civilians"),
    ("The body of a soldier was found by residents of an estate in Mombasa on Monday.", "Battles"),
    # a mob the sentence names as the killers still did it
    ("The body of a thief was found near Kitui on Monday after he was lynched by a mob.", "Riots"),
])
def test_the_finders_of_a_body_are_not_its_killers(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype
