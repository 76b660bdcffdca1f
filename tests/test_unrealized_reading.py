"""Plans and doubts read in their own scope: a hedge on a link, a plan beside a deed told in the past tense, a
fear of the toll, and unrealised events that follow the deeds a text tells as done (invented sentences)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    # a hedge on a link doubts the link, not the raids linked to
    "Detectives found possible links to the raids on two farms near Kitale.",
    "Gang with possible links to KLF attacks police station and steals weapon",
    # a verb in the simple past joined to a verb of plan tells a deed of its own
    "On 2 March, an IED intended to target army soldiers exploded after their truck had passed the device near "
    "Garissa.",
    # a garbled 'feared dead' still hedges the toll, not the clash
    "Five feared in dead in clash over stolen goats near Isiolo.",
])
def test_deed_read_as_done(code: Any, text: str) -> None:
    event = first(code(text, REF, "KE"))
    assert event.status == "occurred" and event.event_type != "Strategic developments"


def test_plan_does_not_outrank_a_deed(code: Any) -> None:
    coding = code("Militia fighters were planning to battle police in Kapedo. Gunmen abducted two teachers near Kapedo "
                  "on Monday.", REF, "KE")
    assert first(coding).sub_event_type == "Abduction/forced disappearance"
    assert [e.status for e in coding.events] == ["occurred", "planned"]


def test_counted_fear_does_not_make_a_told_killing_generic(code: Any) -> None:
    coding = code("Chief Omondi was killed by an arrow - may be linked to the land row. FATALITIES: 4 others may have "
                  "been killed (unconfirmed).", REF, "KE")
    assert (first(coding).event_type, first(coding).status) == ("Violence against civilians", "occurred")


def test_planned_and_joined_infinitive_stays_planned(code: Any) -> None:
    event = first(code("Militants are planning to storm the police post in Kapedo and seize its weapons, elders said.",
                       REF, "KE"))
    assert event.status == "planned"


def test_failed_arrest_is_no_arrest(code: Any) -> None:
    coding = code("Police failed to arrest the gunmen who shot a trader in Mandera on Monday.", REF, "KE")
    assert all(e.sub_event_type != "Arrests" for e in coding.events)


def test_deed_kept_from_happening_is_no_event(code: Any) -> None:
    assert not code("Police prevented the youths from storming the chief's office in Kisii on Monday.", REF,
                    "KE").events


def test_march_kept_from_its_way_is_still_a_protest(code: Any) -> None:
    event = first(code("Police stopped the students from marching to parliament in Nairobi on Monday.", REF, "KE"))
    assert event.event_type == "Protests"


def test_blast_that_failed_is_still_told(code: Any) -> None:
    coding = code("A man threw a grenade at a bar in Mombasa on Monday but it failed to explode.", REF, "KE")
    assert coding.events


@pytest.mark.parametrize("text", [
    "Youths rioted in Kisii after they were denied entry to a rally.",
    "Rioters set bonfires after the party denies candidate a nomination certificate.",
])
def test_refusal_is_no_denial_of_the_deed(code: Any, text: str) -> None:
    assert first(code(text, REF, "KE")).status == "occurred"


def test_denial_of_the_report_still_denies(code: Any) -> None:
    text = "Troops shot dead seven villagers in Sofara on Sunday, residents said, an accusation the army denied."
    assert first(code(text, REF, "KE")).status == "denied"
