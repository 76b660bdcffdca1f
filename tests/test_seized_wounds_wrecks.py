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


def test_shots_in_the_air_to_quell_unrest_are_a_dispersal(code: Any) -> None:
    event = first(code("Police fired shots into the air to quell the chaos that broke out in Kisii on Monday after "
                       "the count was announced.", REF, country="KE"))
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_shots_in_the_air_where_no_crowd_is_told_are_no_event(code: Any) -> None:
    assert not code("Soldiers fired into the air at a roadblock near Garissa on Monday.", REF, country="KE").events


def test_shots_in_the_air_beside_a_dispersal_add_no_event(code: Any) -> None:
    coding = code("Opposition supporters disrupted a rally for the Kisii candidate on Monday. Officers fired "
                  "into the air to disperse the crowd.", REF, country="KE")
    assert first(coding).event_type == "Riots"


def test_an_air_raid_is_no_shot_in_the_air(code: Any) -> None:
    event = first(code("Air raids hit a village near Idlib on Monday, killing two people.", REF, country="SY"))
    assert event.event_type == "Explosions/Remote violence"


def test_fighters_captured_in_the_passive_are_no_abduction(code: Any) -> None:
    coding = code("Several government fighters were captured by the rebels near Idlib on Monday.", REF, country="SY")
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in coding.events)
