"""Conflicts named in general that kill, and targeting that kills with no weapon named, are events.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "Five villagers have died following inter-clan conflict near Marsabit on Sunday.",
    "Two herders were hurt in a tribal conflict at a watering point near Isiolo on Monday.",
    "Warring between two communities near Moyale destroyed dozens of homes on Friday.",
])
def test_a_general_conflict_that_harms_is_a_battle(code: Any, text: str) -> None:
    events = code(text, REF, country="KE").events
    assert events and events[0].event_type == "Battles"


def test_a_conflict_told_as_background_is_no_event(code: Any) -> None:
    assert not code("The county has a long history of ethnic conflict over grazing land.", REF,
                    country="KE").events


@pytest.mark.parametrize(("text", "etype"), [
    ("Suspected militiamen targeted by police near Kapenguria on Monday, some fatalities.", "Battles"),
    ("Two traders were targeted by gang members at a market in Kakamega on Monday; one later died.",
     "Violence against civilians"),
])
def test_targeting_that_kills_is_violence(code: Any, text: str, etype: str) -> None:
    events = code(text, REF, country="KE").events
    assert events and events[0].event_type == etype


def test_targeting_without_deaths_or_weapon_is_no_event(code: Any) -> None:
    assert not code("Suspected militiamen targeted by police near Kapenguria on Monday, no fatalities.", REF,
                    country="KE").events


@pytest.mark.parametrize("text", [
    "Two officers were killed in Mandera on Monday when their patrol was targeted by an explosion.",
    "Two people were killed in an explosion targeting police officers in Mandera on Monday.",
])
def test_a_blast_that_targets_stays_a_blast(code: Any, text: str) -> None:
    events = code(text, REF, country="KE").events
    assert events and events[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(("text", "etype"), [
    # someone not of the crowd hurt at a political rally, by no crowd: the violence is the event
    ("Unknown men beat up the county chairman at a public rally in Kitui on Sunday.", "Violence against civilians"),
    # also after the rally, or on the way home from it (with the party's name the parser may break)
    ("A ward hopeful was beaten by four men after a party rally in Kitale on Sunday.", "Violence against civilians"),
    ("A ward hopeful was attacked on her way home from a Party of Green Hills rally in Kitale on Sunday.",
     "Violence against civilians"),
    # the crowd hurt, or a crowd hurting: the rally's
    ("Police beat protesters during the rally in Kisumu on Monday.", "Protests"),
    # violence at a protest stays the protest's
    ("Two people were shot during protests in Kisumu on Monday.", "Protests"),
])
def test_a_rally_where_someone_was_hurt_is_its_setting(code: Any, text: str, etype: str) -> None:
    events = code(text, REF, country="KE").events
    assert events and events[0].event_type == etype


def test_taking_up_arms_against_others_is_a_battle(code: Any) -> None:
    events = code("Herders took up arms to drive off cattle raiders near Marigat on Monday.", REF, country="KE").events
    assert events and events[0].event_type == "Battles"
