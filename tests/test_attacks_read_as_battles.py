"""Attacks on people who did not fight, which a misread victim made battles (ACLED: violence against civilians).
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype"), [
    # a headline's 'X dragged ... and killed': the subject of both participles was hit
    ("A pastor dragged from his car and killed during ongoing ethnic violence in Molo.", "Violence against civilians"),
    ("Two farmers lured from their homes and killed during tribal clashes.", "Violence against civilians"),
    # an active verb with an object is no passive
    ("Gunmen stormed a farm near Isiolo and killed two herders.", "Violence against civilians"),
    # people killed in violence between sides with nothing said of them are its toll
    ("Three killed in ethnic violence between two clans in Moyale.", "Battles"),
])
def test_a_headline_participle_joined_to_a_verb_reads_as_a_passive(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a hotel or an apartment is where people lodge or live: armed men storming one attack the people inside
    ("Gunmen stormed a hotel in Malindi on Monday and fired at its windows.", "Violence against civilians"),
    ("Armed men stormed an apartment in Eastleigh on Friday night.", "Violence against civilians"),
    # not a camp of the forces
    ("Militiamen stormed a police camp in Baringo on Monday.", "Battles"),
])
def test_storming_a_place_where_people_lodge_attacks_them(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # 'member' says nothing of arms: its 'of' phrase says whose members they were
    ("On Monday, a member of the county assembly was assaulted by other members of the assembly in Kabarnet.",
     "Violence against civilians"),
    ("Gunmen killed two members of a criminal gang in Kisumu.", "Battles"),
])
def test_a_member_is_no_combatant_by_the_word(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a raid the killing avenged is an earlier event, not whom the killing hit
    ("Three were killed in a shooting in Likoni on Monday. The shooting was retribution for an earlier raid on a "
     "militant hideout.", "Violence against civilians"),
    ("Three were killed in a shooting in Likoni on Monday. It was revenge for a raid on a militant hideout.",
     "Violence against civilians"),
    # a later killing that is no backdrop still tells whom the attack hit
    ("Militants attacked the town of Mandera on Monday. Two soldiers were killed.", "Battles"),
])
def test_an_avenged_raid_does_not_tell_whom_the_killing_hit(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype



def test_a_homeland_the_parser_hung_on_the_verb_is_no_state_force(code: Any) -> None:
    # 'from' left with no object: the country after it is where the militia came from, not its army
    event = first(code("Armed militia from Uganda attack a village, killing four.", REF, country="KE"))
    assert event.event_type == "Violence against civilians"
    assert not any(a.inter in (1, 8) for a in event.actors)
