"""A word that names a weapon only as a modifier ('a roadside bomb') is a place on its own ('by the roadside');
an event named only to tie people to it describes them. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

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


@pytest.mark.parametrize("text", [
    "A suspect linked to the bus station blast was found dead in a mortuary in Nairobi on Monday.",
    "A man connected to the church bombing was found dead in Mombasa on Monday.",
])
def test_an_event_tied_to_people_describes_them(code: Any, text: str) -> None:
    # one event, the death; the blast only describes the dead man (whether his side is armed is another rule's)
    coding = code(text, REF, country="KE")
    assert len(coding.events) == 1 and coding.events[0].event_type != "Explosions/Remote violence"


def test_an_arrest_of_people_tied_to_an_attack_is_the_arrest(code: Any) -> None:
    event = first(code("Police arrested two men linked to the attack on a bus in Mandera on Monday.", REF,
                       country="KE"))
    assert event.sub_event_type == "Arrests"
