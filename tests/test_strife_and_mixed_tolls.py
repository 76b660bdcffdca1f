"""Battle or attack: a strife between sides named as the deed's occasion, and a toll that counts armed men
among the hurt (ACLED). Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.lexicon import vocab
from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype"), [
    # a strife between two sides named as the occasion of the killing: their fight
    ("Four people were killed in a feud between two clans near Wajir on Monday.", "Battles"),
    ("Eight men were found dead near Kilgoris after a dispute over land between two communities.", "Battles"),
    # a quarrel within a family is no fight of armed sides
    ("A man was hacked to death near Nyahururu in a dispute between two branches of a family over land.",
     "Violence against civilians"),
    # a doer who hit people named by their calling attacked them
    ("Gunmen killed two teachers near Mandera in a feud between two clans.", "Violence against civilians"),
])
def test_a_strife_between_sides_as_the_occasion_is_their_fight(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # armed men among the hurt, even counted after a civilian: the attackers met a side that bore arms
    ("Officials said a trader was killed and several soldiers wounded when gunmen attacked a convoy of vehicles "
     "near Garissa.", "Battles"),
    # only civilians counted: an attack
    ("Officials said a trader was killed and several farmers wounded when gunmen attacked a convoy of vehicles "
     "near Garissa.", "Violence against civilians"),
])
def test_armed_men_in_any_count_of_the_toll_make_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_the_strife_and_household_words_are_read() -> None:
    assert {"feud", "dispute", "conflict"} <= vocab().strife_nouns
    assert "tension" not in vocab().strife_nouns
    assert {"family", "brother"} <= vocab().household_words


@pytest.mark.parametrize(("text", "etype"), [
    # armed men said to be among those an armed doer killed: the doer fought them
    ("Gunmen attacked a bus near Garsen on Monday, killing seven people, including two police officers.",
     "Battles"),
    ("Raiders killed four herders, including a police reservist, near Kainuk on Monday.", "Battles"),
    # only civilians among them, or no armed doer told: an attack
    ("Gunmen killed five people, including two teachers, in Mandera on Monday.", "Violence against civilians"),
    ("Three people died and several others, including police officers, were injured on Saturday as a developer "
     "sought to evict squatters from a plot in Nairobi.", "Violence against civilians"),
])
def test_armed_men_among_those_armed_doers_killed_make_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype
