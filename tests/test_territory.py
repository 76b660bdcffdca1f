"""Taking control of ground: a battle unless the text tells of a peaceful handover."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "sub"), [
    ("Militia units took control of Kafr Nabl on Sunday after rebel fighters withdrew from the town.",
     "Non-violent transfer of territory"),
    ("Rebel fighters took control of Kafr Nabl on Sunday after heavy clashes with army troops.",
     "Non-state actor overtakes territory"),
])
def test_taking_control_after_a_withdrawal_is_a_transfer(code: Any, text: str, sub: str) -> None:
    assert code(text, REF, country="SY").events[0].sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    ("Rebel fighters repelled an army attempt to advance on Kafr Nabl on Monday.", "Battles"),
    ("Rebel fighters exchanged targeting with army troops near Kafr Nabl on Monday.", "Battles"),
    ("Army units launched an operation against rebel fighters near Kafr Nabl on Monday.", "Battles"),
    ("Army troops asserted control over the village of Kafr Nabl on Monday.", "Battles"),
])
def test_words_of_fighting_and_taking_ground(code: Any, text: str, etype: str) -> None:
    assert code(text, REF, country="SY").events[0].event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    ("Traders were arrested in Kitale on Monday in an operation against illegal structures.",
     "Strategic developments"),
    ("Displaced families in a camp near Kafr Nabl protested the military operations against the rebels.",
     "Protests"),
    ("Soldiers killed nine villagers in Kafr Nabl on Monday during an operation against rebel fighters.",
     "Violence against civilians"),
])
def test_an_operation_is_fighting_only_against_armed_men(code: Any, text: str, etype: str) -> None:
    assert code(text, REF, country="SY").events[0].event_type == etype
