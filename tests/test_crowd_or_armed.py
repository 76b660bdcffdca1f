"""Who did the violence decides mob violence, an attack or a battle: crowds riot, armed men attack or fight.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


def first(coding: Any) -> Any:
    assert coding.events, "no event coded"
    return coding.events[0]


@pytest.mark.parametrize(("text", "etype"), [
    # a fight the police break up as they break up crowds is a crowd's fight
    ("Two rival groups clashed outside the stadium in Nyeri on Sunday. Police fired tear gas to disperse them.",
     "Riots"),
    ("Two groups fought at the market in Kitui on Monday until police broke up the fighting.", "Riots"),
    # not when the sides are fighters
    ("Two militias clashed near the river in Marsabit on Sunday. Police fired tear gas to disperse them.",
     "Battles"),
    # a fight with the police as its only named side, told without guns or armed men
    ("One person died following clashes with police in an estate of Kisumu on Monday.", "Riots"),
    ("Bandits clashed with police near Kapedo on Monday.", "Battles"),
    ("Raiders retaliated and clashed with police near Kapedo on Monday.", "Battles"),
    # the people joined to a crowd are not part of its phrase
    ("Evicted hawkers and county officers engaged in running battles in the town centre of Nakuru.", "Riots"),
])
def test_fights_the_police_break_up_are_crowds_fights(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # people said to bear arms are an armed group, not a crowd
    ("A group of armed youths attacked a village near Kericho on Monday.", "Violence against civilians"),
    ("Youths armed with guns and machetes attacked traders at the market in Narok on Monday.",
     "Violence against civilians"),
    # sticks, stones and crude weapons do not arm a crowd; a mob stays a mob
    ("Residents armed with crude weapons stormed the chief's office in Bomet on Monday and beat a clerk.",
     "Riots"),
    ("A mob armed with machetes attacked a suspected thief in Kakamega on Monday.", "Riots"),
])
def test_armed_people_are_not_a_crowd(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # throwing stones is what crowds do, when no armed men or force are said to do it
    ("Squatters threw stones at the former senator in Taveta on Monday and damaged his car.", "Riots"),
    ("A crowd hurled rocks at police officers during a raid in Mombasa on Friday.", "Riots"),
    ("Passing cars were stoned on the highway near Kisumu on Monday.", "Riots"),
    ("Bandits pelted a lorry with stones near Isiolo on Monday before robbing the passengers.",
     "Violence against civilians"),
])
def test_stone_throwing_is_a_crowds_violence(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # the doer of violence told without one, told in a later sentence of the paragraph
    ("Two brothers were burnt to death in a village near Kisii on Monday. They were first beaten and set on "
     "fire by an angry mob.", "Mob violence"),
    ("A man was killed in a village near Kisii on Monday. Police said the killers escaped.", "Attack"),
])
def test_a_mob_told_after_the_violence_did_it(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    # a confrontation, a scuffle or a fistfight between ordinary people is a crowd's fight
    ("Four people were injured in a confrontation between rival supporters in Bungoma on Tuesday.", "Riots"),
    ("Supporters of two aspirants broke into fistfights at the tallying centre in Kakamega on Monday.", "Riots"),
    ("A scuffle broke out at the party office in Nakuru on Monday.", "Riots"),
    # politicians, squatters and churchgoers fighting are crowds too
    ("Lawmakers clashed in the county assembly of Kitui on Tuesday over the budget.", "Riots"),
    ("Two groups of churchgoers clashed over the leadership of a church in Vihiga on Sunday.", "Riots"),
    # not when armed men are a side
    ("Police had a confrontation with bandits near Kapedo on Monday.", "Battles"),
])
def test_fights_of_ordinary_people_are_riots(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a crowd wrecking property riots; destroying is no event by others without a weapon
    ("Residents of the village destroyed the homes of two suspected thieves near Kisii on Monday.", "Riots"),
    ("The house of a suspected kidnapper was destroyed by a vigilante mob near Kisii on Monday.", "Riots"),
    ("Youths destroyed ballot boxes at a polling centre in Embu on Friday.", "Riots"),
])
def test_a_crowd_destroying_property_riots(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_floods_destroying_homes_are_no_event(code: Any) -> None:
    assert not code("Floods destroyed homes in a village near Kisii on Monday.", REF, country="KE").events


@pytest.mark.parametrize(("text", "etype"), [
    # a gang, youths hired or allied to a politician, unidentified youths: an organised group, not a crowd
    ("A gang of youths beat and injured an activist in Nairobi on Monday.", "Violence against civilians"),
    ("The candidate was killed by youths allegedly allied to his opponent in Kisumu on Sunday.",
     "Violence against civilians"),
    ("A trader was critically injured by an unidentified group of youths in Mombasa on Monday.",
     "Violence against civilians"),
    ("Youths suspected to be members of the outlawed militia killed a butcher in Nairobi on Monday.",
     "Violence against civilians"),
    # angry youths and a mob of party members are still crowds; a party's factions are not fighters
    ("Angry youths beat a suspected thief at the market in Kisii on Monday.", "Riots"),
    ("A mob of party members attacked and killed a man in Kisumu on Monday.", "Riots"),
    ("Supporters of two party factions broke into fistfights in Bungoma on Saturday.", "Riots"),
])
def test_organised_youths_are_no_crowd(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a deed the parser hung on the group as a participle is still the group's
    ("A group of fishermen attacked and injured four police officers at the lake near Naivasha on Sunday.",
     "Riots"),
    ("A group of gunmen attacked and killed four police officers near Garissa on Sunday.", "Battles"),
    # the people of a verb that governs 'running battles'
    ("The students engaged police officers in running battles in Nyeri on Monday.", "Riots"),
])
def test_the_doers_the_parse_hides(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a crowd that stampedes riots; a herd does not
    ("Two people were killed in Nairobi on Tuesday when voters stampeded at a polling station.", "Riots"),
])
def test_a_crowd_stampeding_riots(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_herd_stampeding_is_no_event(code: Any) -> None:
    assert not code("Cattle stampeded through a village near Narok on Monday.", REF, country="KE").events


@pytest.mark.parametrize(("text", "etype"), [
    # the crowd of a verb that tries, of 'they' standing for it, of an attack with stones
    ("Youths tried to attack the MP at a funeral in Ahero on Saturday.", "Riots"),
    ("Residents of the village caught a suspected thief on Monday. They beat him and set him on fire.", "Riots"),
    ("Gunmen raided a village near Isiolo on Monday. They killed two herders.", "Violence against civilians"),
    ("Youths from a rival party attacked the aspirants with stones in Nyeri on Monday.", "Riots"),
])
def test_the_crowd_behind_a_pronoun_or_a_try(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # violence named in general at an election is election violence; a qualified naming keeps its own kind
    ("Violence was reported in Kisumu during the party primaries on Friday.", "Riots"),
    ("Electoral violence broke out in Kakamega on Friday.", "Riots"),
    ("Ethnic violence flared near Molo after the elections on Friday, killing ten.", "Violence against civilians"),
])
def test_violence_at_an_election_is_a_riot(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # civilians burning property riot; property wrecked over witchcraft claims was wrecked by a mob
    ("Fishermen set fire to a patrol boat at the beach in Naivasha on Monday.", "Riots"),
    ("Twelve houses were destroyed after claims of witchcraft in a village near Kisii on Monday.", "Riots"),
    ("Soldiers set fire to houses in a village near Mandera on Monday.", "Strategic developments"),
])
def test_civilians_burning_property_riot(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # 'unidentified' of the people, not of what they support; a crowd word in a clause on the doers is not theirs
    ("Supporters of an unknown candidate beat a journalist in Kisumu on Monday.", "Riots"),
    ("Residents of a village near Machakos were attacked by unidentified men who injured two villagers.",
     "Violence against civilians"),
])
def test_what_the_doers_phrase_says_of_them(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype
