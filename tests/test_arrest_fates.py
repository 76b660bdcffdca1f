"""People arrested and then found killed: ACLED codes the violence against them, with the arrest's doers and
victims. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


def test_the_arrested_found_dead_are_attacked(code: Any) -> None:
    event = first(code("Two traders were detained by police in Nakuru on Monday. Their bodies were found in a "
                       "river days later.", REF, country="KE"))
    assert event.event_type == "Violence against civilians"
    assert any(a.role == "actor" and a.inter == 1 for a in event.actors)
    assert any(a.role == "target" and a.inter == 7 for a in event.actors)


def test_an_arrest_alone_stays_an_arrest(code: Any) -> None:
    event = first(code("Police arrested two men suspected of theft in Thika on Monday.", REF, country="KE"))
    assert event.sub_event_type == "Arrests"


def test_a_killing_with_its_own_doer_is_not_the_arrests_fate(code: Any) -> None:
    coding = code("Police arrested two men in Thika on Monday. Bandits killed a herder near Kapedo on Tuesday.",
                  REF, country="KE")
    assert {e.sub_event_type for e in coding.events} >= {"Arrests", "Attack"}


@pytest.mark.parametrize("text", [
    "The bodies of two traders were found in a river near Nakuru on Monday.",
    "The body of a missing activist was discovered in a forest near Thika on Sunday.",
])
def test_bodies_found_with_whose_they_were_are_killings(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


def test_a_body_of_evidence_is_no_killing(code: Any) -> None:
    assert not code("The body of evidence was found to be weak by the court in Nairobi on Monday.", REF,
                    country="KE").events


def test_the_arrested_whose_bodies_are_found_are_attacked(code: Any) -> None:
    event = first(code("Police arrested two men in Thika on Monday. The bodies of the two were found in a river "
                       "the next day.", REF, country="KE"))
    assert event.event_type == "Violence against civilians"
    assert any(a.role == "actor" and a.inter == 1 for a in event.actors)


def test_bodies_found_where_a_strike_hit_are_the_strikes(code: Any) -> None:
    event = first(code("The bodies of four people were recovered from a house in Idlib that was struck by "
                       "warplanes on Monday.", REF, country="SY"))
    assert event.event_type == "Explosions/Remote violence"
