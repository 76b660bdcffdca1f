"""People seized in the passive are abducted; a gunshot wound told alone is an attack; property destroyed by no
one named is an unidentified armed group's. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


def test_wound_nouns_load() -> None:
    from frontwire.extract.lexicon import vocab

    assert "wound" in vocab().wound_nouns


@pytest.mark.parametrize("text", [
    "Two women were seized by gunmen near Garissa on Monday night.",
    "Three farm workers were seized by armed men outside Mandera on Sunday.",
])
def test_people_seized_in_the_passive_are_abducted(code: Any, text: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_man_seized_by_a_mob_is_no_abduction(code: Any) -> None:
    coding = code("A man accused of theft was seized by a mob and beaten to death in Kisii on Monday.", REF,
                  country="KE")
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in coding.events)


def test_weapons_seized_in_the_passive_are_no_abduction(code: Any) -> None:
    coding = code("Two rifles were seized by officers in Kisii on Monday.", REF, country="KE")
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in coding.events)


def test_a_gunshot_wound_told_alone_is_an_attack(code: Any) -> None:
    event = first(code("A night guard got a gunshot wound to the arm in Kisii on Monday.", REF, country="KE"))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_gunshot_wound_of_told_violence_is_its_harm(code: Any) -> None:
    event = first(code("Four travellers are nursing gunshot wounds after their bus was shot at by bandits near "
                       "Garissa on Monday.", REF, country="KE"))
    assert event.event_type == "Violence against civilians"
    assert all(a.name != "Civilians (Kenya)" for a in event.actors if a.role == "actor")


def test_property_destroyed_by_no_one_named_is_an_unidentified_groups(code: Any) -> None:
    event = first(code("Several kiosks at the market in Kisii were set alight by arsonists on Monday night.", REF,
                       country="KE"))
    assert event.sub_event_type == "Looting/property destruction"
    assert [a.name for a in event.actors if a.role == "actor"] == ["Unidentified Armed Group (Kenya)"]
