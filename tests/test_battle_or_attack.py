"""Battle or attack on civilians: who was armed and whether both sides used force decides (ACLED).
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


def first(coding: Any) -> Any:
    assert coding.events, "no event coded"
    return coding.events[0]


@pytest.mark.parametrize(("text", "etype"), [
    # another armed force answers the attack by killing the attackers: a battle
    ("Gunmen raided a village near Garsen on Monday, killing a farmer. Police intervened, shooting dead two of "
     "the gunmen.", "Battles"),
    ("Bandits attacked a shop in Isiolo on Friday. Police responded, killing one of them.", "Battles"),
    # the attackers killing more, or a killing named only to date it, is no answer
    ("Gunmen raided a village near Garsen on Monday, killing a farmer. They later shot dead two herders.",
     "Violence against civilians"),
])
def test_an_attack_another_force_answers_by_killing_is_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype
