"""People arrested and then found killed: ACLED codes the violence against them, with the arrest's doers and
victims. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

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
