"""The place of a move told with where it sets out from and where it heads ('from X towards Y')."""

from __future__ import annotations

from typing import Any

import pytest

from support import event_place


@pytest.mark.parametrize(("text", "town"), [
    ("Militants tried to advance against rebels from Jasim towards Nawa in western Daraa on Sunday.", "Nawa"),
    ("Rebel fighters advanced from Saraqib towards Maarat al-Numan on Monday.", "Maarat al-Numan"),
    ("Government troops pushed from the Khan Shaykhun area toward Kafr Nabl, capturing two hills.", "Kafr Nabl"),
])
def test_a_move_from_one_town_towards_another_is_placed_where_it_heads(code: Any, text: str, town: str) -> None:
    assert event_place(code(text, country="SY")).text == town


def test_a_place_set_out_from_stays_the_place_when_no_heading_is_named(code: Any) -> None:
    text = "Rebel fighters fired rockets from Saraqib on Monday, wounding two soldiers."
    assert event_place(code(text, country="SY")).text == "Saraqib"


def test_a_withdrawal_from_a_town_then_a_move_towards_another_stays_at_the_first(code: Any) -> None:
    text = "Rebel fighters withdrew from Saraqib on Monday, moving towards the Maarat al-Numan area."
    assert event_place(code(text, country="SY")).text == "Saraqib"
