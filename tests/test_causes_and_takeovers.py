"""Raiders who strike, takeovers no one fought, and events told as the cause or the result of another."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


def test_the_new_word_sets_are_read() -> None:
    from frontwire.extract.lexicon import vocab

    words = vocab()
    assert "rustler" in words.ground_raiders and "resistance" in words.unfought_words
    assert "spark" in words.causing_verbs


@pytest.mark.parametrize(("text", "sub"), [
    ("Cattle rustlers struck a homestead near Marigat on Monday and drove away forty goats.", "Attack"),
    ("Armed bandits strike a village in the hills above Maralal, steal camels", "Attack"),
    ("Gunmen struck a police post outside Wajir on Monday night.", "Armed clash"),
    ("A military drone struck a training camp near Jilib on Monday.", "Air/drone strike"),
])
def test_men_on_the_ground_who_strike_fly_no_aircraft(code: Any, text: str, sub: str) -> None:
    assert code(text, REF, country="KE").events[0].sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    ("Insurgents briefly took over a border village near Mandera on Sunday. No violence was reported.",
     "Non-violent transfer of territory"),
    ("Insurgents overtook Bodhei Kombe in Lamu County without resistance and preached in its mosque.",
     "Non-violent transfer of territory"),
    ("Insurgents took over a border village near Mandera on Sunday after heavy fighting with soldiers.",
     "Non-state actor overtakes territory"),
    ("Insurgents took over a border village near Mandera on Sunday. No civilians were hurt.",
     "Non-state actor overtakes territory"),
])
def test_a_takeover_no_one_fought_is_a_transfer(code: Any, text: str, sub: str) -> None:
    assert code(text, REF, country="KE").events[0].sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    ("Attacks provoked by the detention of a gang boss spread through Molo. A shopkeeper was hacked to death.",
     "Violence against civilians"),
    ("Police shot dead a taxi driver in Kisii on Monday, sparking protests by traders.",
     "Violence against civilians"),
    ("A hawker was shot dead by police in Kisii on Monday, which led to protests in the market.",
     "Violence against civilians"),
    ("Two demonstrators were shot dead by police during protests in Kisii on Monday.", "Protests"),
    ("The arrest of the sect leader sparked riots in Molo on Monday.", "Riots"),
])
def test_what_caused_an_event_or_came_of_it_does_not_lead(code: Any, text: str, etype: str) -> None:
    assert code(text, REF, country="KE").events[0].event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    ("Parents gathered outside a primary school in Kisii on Monday to demand the return of its headteacher.",
     "Peaceful protest"),
    ("Tea growers assembled at the factory gate in Meru on Monday demanding better prices for their leaves.",
     "Peaceful protest"),
    ("Casual workers camped outside the county offices in Nyeri on Monday over unpaid wages.", "Peaceful protest"),
    ("Mourners held a procession through Kakamega on Monday demanding justice for a slain teacher.",
     "Peaceful protest"),
    ("Prison warders in Naivasha boycotted work on Monday over delayed allowances.", "Peaceful protest"),
])
def test_a_gathering_that_presses_a_demand_is_a_protest(code: Any, text: str, sub: str) -> None:
    assert code(text, REF, country="KE").events[0].sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Relatives gathered at the mortuary in Kisii on Monday to identify the bodies.",
    "Hundreds of fans assembled at the stadium in Nakuru on Sunday to watch the final.",
])
def test_a_gathering_without_a_demand_is_no_event(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_people_who_gather_to_demand_justice_for_victims_protest(code: Any) -> None:
    text = "Parents gathered outside the school in Kisii on Monday to demand justice for pupils beaten by police."
    assert code(text, REF, country="KE").events[0].event_type == "Protests"


@pytest.mark.parametrize(("text", "etype"), [
    ("Police fired tear gas into a nursery school in Kisumu on Monday, injuring four children.",
     "Violence against civilians"),
    ("Police fired tear gas at traders in Kisumu on Monday, injuring four.", "Protests"),
    ("Police fired tear gas to disperse opposition supporters in Kisumu on Monday.", "Protests"),
])
def test_tear_gas_that_hurt_people_where_no_crowd_is_told_is_an_attack(code: Any, text: str, etype: str) -> None:
    assert code(text, REF, country="KE").events[0].event_type == etype


@pytest.mark.parametrize(("text", "status"), [
    ("Six people were injured in overnight attacks on Kotile possibly linked to bandits from the border.",
     "occurred"),
    ("Raiders attacked the village of Kotile on Monday. The attack could be related to a feud over pasture.",
     "occurred"),
    ("Gunmen may have attacked the village of Kotile on Monday.", "possible"),
])
def test_a_hedge_on_what_an_event_is_linked_to_does_not_doubt_the_event(code: Any, text: str, status: str) -> None:
    assert code(text, REF, country="KE").events[0].status == status


@pytest.mark.parametrize(("text", "etype"), [
    ("Militants raided a police camp near Wajir on Friday, lobbing grenades and spraying the huts with rifle fire.",
     "Battles"),
    ("Gunmen lobbed a grenade at a police patrol in Wajir on Friday. The officers opened fire at once.",
     "Battles"),
    ("A grenade was thrown at a police post in Garissa on Monday.", "Explosions/Remote violence"),
    ("Attackers hurled a grenade into a bar in Garissa on Monday, injuring ten people.",
     "Explosions/Remote violence"),
])
def test_grenades_thrown_in_a_gunfight_are_part_of_the_fight(code: Any, text: str, etype: str) -> None:
    assert code(text, REF, country="KE").events[0].event_type == etype


def test_grenades_and_guns_used_on_civilians_stay_a_grenade_attack(code: Any) -> None:
    text = "Gunmen opened fire and threw two grenades into a night club in Garissa on Monday, killing a woman."
    assert code(text, REF, country="KE").events[0].sub_event_type == "Grenade"


@pytest.mark.parametrize(("text", "sub"), [
    ("Detectives arrested a courier with explosive devices in Bungoma on Friday.", "Disrupted weapons use"),
    ("Separatists threw petrol bombs at a tallying centre in Kilifi on Monday; the bombs failed to explode.",
     "Disrupted weapons use"),
    ("Two men were killed in Garissa on Friday when the bomb they were assembling in a rented room exploded.",
     "Disrupted weapons use"),
    ("A bomb exploded at a bus stop in Mandera on Monday, killing three.", "Remote explosive/landmine/IED"),
])
def test_a_seized_bomb_a_dud_or_one_that_killed_its_makers_is_disrupted(code: Any, text: str, sub: str) -> None:
    assert code(text, REF, country="KE").events[0].sub_event_type == sub


def test_a_bomb_planted_earlier_that_went_off_is_an_explosion(code: Any) -> None:
    text = "An IED that was planted in a car of a commander exploded in Mandera on Monday, causing damage."
    assert code(text, REF, country="KE").events[0].sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "etype"), [
    ("On Monday, taxi drivers blocked the Narok-Bomet road at a junction, stopping traffic for hours over alleged "
     "police harassment.", "Protests"),
    ("On Friday, boda boda riders blocked the Kisii-Kisumu highway parking their motorbikes across it, to urge the "
     "county to repair a bridge.", "Protests"),
    ("Two photographers were beaten by police while covering the anti-tax demos Friday.",
     "Violence against civilians"),
])
def test_a_cause_or_a_covered_protest_the_parser_hung_deeper_is_still_found(code: Any, text: str, etype: str) -> None:
    assert code(text, REF, country="KE").events[0].event_type == etype


def test_a_blockade_for_no_cause_is_no_event(code: Any) -> None:
    assert not code("Lorries blocked the highway near Naivasha on Monday after an accident.", REF, country="KE").events


@pytest.mark.parametrize(("text", "sub"), [
    ("Four police officers were hurt near Garissa on Monday when their lorry drove over a buried explosive.",
     "Remote explosive/landmine/IED"),
    ("Police recovered explosives and two grenades from a house in Mombasa on Monday.", "Disrupted weapons use"),
    ("Two men were detained in Mombasa on Friday for possession of explosives.",
     "Disrupted weapons use"),
])
def test_an_explosive_named_alone_is_a_blast_unless_it_was_seized(code: Any, text: str, sub: str) -> None:
    assert code(text, REF, country="KE").events[0].sub_event_type == sub


def test_a_weapon_word_that_describes_another_noun_is_no_event(code: Any) -> None:
    events = code("Explosives experts defused a device at a bus stop in Mombasa on Monday.", REF, country="KE").events
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "At a party meeting in Embu on Monday an argument broke out and rival supporters engaged in blows.",
    "Supporters of the two candidates engaged in shoving and pushing at the tallying centre in Embu on Monday.",
    "Rival youths came to blows outside a polling station in Kakamega on Monday.",
])
def test_crowds_who_come_to_blows_riot(code: Any, text: str) -> None:
    assert code(text, REF, country="KE").events[0].event_type == "Riots"
