"""Violence a protest followed or is about is its cause: not the note's event, and its dead are not the
protest's toll. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "Nurses boycotted work for a third day after two of their colleagues were shot dead by police on Monday.",
    "Residents protested in Kisii on Monday after a shopkeeper was killed by police.",
    "Boda boda riders demonstrated in Embu on Friday when a colleague was stabbed by robbers.",
])
def test_violence_a_protest_followed_is_its_cause(code: Any, text: str) -> None:
    coding = code(text, REF, country="KE")
    event = first(coding)
    assert event.event_type == "Protests"
    assert len(coding.events) == 1
    assert event.fatalities is None or event.fatalities.count == 0


@pytest.mark.parametrize("text", [
    "Traders marched to the county offices in Nakuru on Monday after three hawkers were shot dead by gunmen.",
    "Students staged a protest in Eldoret on Monday over the killing of four classmates by robbers.",
])
def test_the_dead_a_protest_is_about_are_not_its_toll(code: Any, text: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert event.event_type == "Protests"
    assert event.fatalities is None or event.fatalities.count == 0


@pytest.mark.parametrize("text", [
    # violence at the protest, or told after it, stays the protest's
    "Police shot dead two protesters during a demonstration in Kisumu on Monday.",
    "Protesters marched in Kisumu on Monday. Police shot dead two of them.",
])
def test_the_dead_of_the_protest_are_its_toll(code: Any, text: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert event.fatalities is not None and event.fatalities.count == 2

