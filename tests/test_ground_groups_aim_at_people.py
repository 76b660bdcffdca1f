"""Armed groups on the ground that 'target' people attack or fight them; a people's name the tagger took for a
common noun still names its militia. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype"), [
    ("Raiders targeted police officers near Kapedo on Monday.", "Battles"),
    ("Bandits targeted two police reservists near Moyale on Monday.", "Battles"),
    ("Raiders targeted civilians near Kapedo on Monday.", "Violence against civilians"),
])
def test_armed_men_aiming_at_people_attack_or_fight(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_place_targeted_with_no_weapon_is_still_hit_from_afar(code: Any) -> None:
    text = "Militants targeted the village of Kapedo on Monday."
    assert first(code(text, REF, country="KE")).event_type == "Explosions/Remote violence"


def test_a_state_force_aiming_at_people_is_no_ground_group(code: Any) -> None:
    assert not code("Soldiers targeted the gunmen near Moyale on Monday.", REF, country="KE").events


def test_a_peoples_name_tagged_as_a_common_noun_names_its_militia(code: Any) -> None:
    event = first(code("Pokot targeted police officers near Kapedo on Monday.", REF, country="KE"))
    assert event.actors[0].name == "Pokot Ethnic Militia (Kenya)"
    assert event.event_type == "Battles"


def test_positions_targeted_are_hit_from_afar(code: Any) -> None:
    text = "Militants targeted army positions near Kapedo on Monday."
    assert first(code(text, REF, country="KE")).event_type == "Explosions/Remote violence"


def test_a_peoples_name_in_the_plural_names_its_militia(code: Any) -> None:
    event = first(code("The Turkanas attacked police officers near Lokori on Monday.", REF, country="KE"))
    assert event.actors[0].name == "Turkana Ethnic Militia (Kenya)"


def test_a_peoples_name_with_a_crowds_mood_is_no_militia(code: Any) -> None:
    event = first(code("A trader was beaten by irate Luos at a market in Kisumu on Monday.", REF, country="KE"))
    assert all(a.name != "Luo Ethnic Militia (Kenya)" for a in event.actors)


def test_a_communal_side_between_which_they_fought_is_a_doer(code: Any) -> None:
    text = ("Three herders were killed near Kapedo on Monday in fighting suspected to be between the Pokot and "
            "Turkana clans.")
    event = first(code(text, REF, country="KE"))
    assert event.actors[0].name == "Pokot Ethnic Militia (Kenya)"
