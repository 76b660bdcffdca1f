"""A word that names a weapon only as a modifier ('a roadside bomb') is a place on its own ('by the roadside').
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from support import first

REF = date(2021, 6, 10)


def test_weapon_modifier_words_load() -> None:
    from frontwire.extract.lexicon import vocab

    assert "roadside" in vocab().weapon_modifiers


def test_bodies_by_the_roadside_are_no_bombing(code: Any) -> None:
    event = first(code("Two tourists were found dead near Malindi on Monday, their bodies dumped by the roadside.",
                       REF, country="KE"))
    assert event.event_type == "Violence against civilians"


def test_a_roadside_bomb_is_a_bomb(code: Any) -> None:
    event = first(code("A roadside bomb killed two soldiers near Mandera on Monday.", REF, country="KE"))
    assert event.sub_event_type == "Remote explosive/landmine/IED"
