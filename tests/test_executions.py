"""Killing people held in one's power (executions, prisoners, captives) is violence against civilians."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "Militants executed three captured soldiers near Kafr Nabl on Monday.",
    "Rebel fighters carried out the execution of two men in Kafr Nabl on Monday.",
    "Four prisoners held by the militia were shot dead in Kafr Nabl on Monday.",
])
def test_killing_captives_is_violence_against_civilians(code: Any, text: str) -> None:
    assert code(text, REF, country="SY").events[0].event_type == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "Two suspected gang members were killed in an extra-judicial killing by unknown men in Nakuru on Monday.",
    "Officers shot two suspected militants in cold blood in Nakuru on Monday.",
    "A suspected militant was killed extrajudicially by unknown men in Nakuru on Monday.",
])
def test_killing_called_lawless_is_violence_against_civilians(code: Any, text: str) -> None:
    assert code(text, REF, country="KE").events[0].event_type == "Violence against civilians"


def test_suspects_killed_without_lawless_mark_stay_a_battle(code: Any) -> None:
    text = "Police shot dead two suspected militants in Nakuru on Monday."
    assert code(text, REF, country="KE").events[0].event_type == "Battles"
