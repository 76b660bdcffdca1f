"""Who did the violence decides mob violence, an attack or a battle: crowds riot, armed men attack or fight.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype"), [
    # a fight the police break up as they break up crowds is a crowd's fight
    ("Two groups fought outside a bar in Nyeri on Sunday night until police used tear gas to disperse them.",
     "Riots"),
    ("Two groups fought at the market in Kitui on Monday until police broke up the fighting.", "Riots"),
    # not when the sides are fighters
    ("Two militias clashed near the river in Marsabit on Sunday. Police fired tear gas to disperse them.",
     "Battles"),
    # a fight with the police as its only named side, told without guns or armed men
    ("Clashes with police in an estate of Kisumu on Monday left a man dead.", "Riots"),
    ("Bandits clashed with police near Kapedo on Monday.", "Battles"),
    ("Cattle raiders clashed with police near Kapedo on Monday.", "Battles"),
    # the people joined to a crowd are not part of its phrase
    ("Evicted traders and county officers engaged in running battles at the bus park in Nakuru on Monday.", "Riots"),
])
def test_fights_the_police_break_up_are_crowds_fights(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # people said to bear arms are an armed group, not a crowd
    ("A group of armed youths raided a cattle market near Narok on Monday.", "Violence against civilians"),
    ("Youths armed with guns ambushed traders on a road near Narok on Monday.", "Violence against civilians"),
    # sticks, stones and crude weapons do not arm a crowd; a mob stays a mob
    ("Villagers armed with sticks beat a clerk at the chief's office in Bomet on Monday.", "Riots"),
    ("A mob armed with machetes attacked a suspected thief in Kakamega on Monday.", "Riots"),
])
def test_armed_people_are_not_a_crowd(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # throwing stones is what crowds do, when no armed men or force are said to do it
    ("Tenants threw stones at the landlord's agents in Nakuru on Monday.", "Riots"),
    ("A crowd hurled rocks at traffic officers at a roadblock near Thika on Friday.", "Riots"),
    ("Unknown people stoned passing buses near Molo on Friday.", "Riots"),
    ("Bandits pelted a lorry with stones near Isiolo on Monday before robbing the passengers.",
     "Violence against civilians"),
])
def test_stone_throwing_is_a_crowds_violence(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # the doer of violence told without one, told in a later sentence of the paragraph
    ("Two men were found burnt to death at a market near Kisii on Monday. Witnesses said an angry mob had "
     "beaten them and set them alight.", "Mob violence"),
    ("A man was killed in a village near Kisii on Monday. Police said the killers escaped.", "Attack"),
])
def test_a_mob_told_after_the_violence_did_it(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    # a confrontation, a scuffle or a fistfight between ordinary people is a crowd's fight
    ("A confrontation between rival supporters outside a tallying centre in Embu on Tuesday left four hurt.", "Riots"),
    ("Fistfights broke out between supporters of two aspirants at a rally in Kakamega on Monday.", "Riots"),
    ("A scuffle broke out at the party office in Nakuru on Monday.", "Riots"),
    # politicians and worshippers fighting are crowds too
    ("Councillors clashed over the budget during a sitting in Kitui on Tuesday.", "Riots"),
    ("Two groups of worshippers fought over the control of a mosque in Garissa on Friday.", "Riots"),
    # not when armed men are a side
    ("Police had a confrontation with bandits near Kapedo on Monday.", "Battles"),
])
def test_fights_of_ordinary_people_are_riots(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a crowd wrecking property riots; destroying is no event by others without a weapon
    ("Villagers destroyed the fence of a disputed plot near Migori on Sunday.", "Riots"),
    ("The shop of a man accused of theft was destroyed by a mob in Kitui on Friday.", "Riots"),
    ("Angry traders destroyed the stalls of a county market in Kitale on Friday.", "Riots"),
])
def test_a_crowd_destroying_property_riots(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_floods_destroying_homes_are_no_event(code: Any) -> None:
    assert not code("Floods destroyed homes in a village near Kisii on Monday.", REF, country="KE").events


@pytest.mark.parametrize(("text", "etype"), [
    # a gang, youths hired or allied to a politician, unidentified youths: an organised group, not a crowd
    ("A gang of youths robbed and stabbed a shopkeeper in Eldoret on Monday.", "Violence against civilians"),
    ("Youths hired by a rival politician beat up a campaign agent in Migori on Sunday.", "Violence against civilians"),
    ("An unidentified group of youths stabbed a pastor outside his church in Thika on Friday.",
     "Violence against civilians"),
    ("Youths said to belong to a banned militia shot a shopkeeper in Nakuru on Monday.", "Violence against civilians"),
    # angry youths and a mob of party members are still crowds; a party's factions are not fighters
    ("Angry youths beat a suspected thief at the market in Kisii on Monday.", "Riots"),
    ("A mob of church members beat a preacher in Kisumu on Monday.", "Riots"),
    ("A scuffle between two party factions broke out at a meeting in Nyeri on Saturday.", "Riots"),
])
def test_organised_youths_are_no_crowd(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a deed the parser hung on the group as a participle is still the group's
    ("A group of hawkers attacked and injured two police officers at the market in Kitale on Friday.",
     "Riots"),
    ("A group of gunmen attacked and killed four police officers near Garissa on Sunday.", "Battles"),
    # the people of a verb that governs 'running battles'
    ("Hawkers engaged county officers in running battles at the bus park in Nyeri on Monday.", "Riots"),
])
def test_the_doers_the_parse_hides(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a crowd that stampedes riots; a herd does not
    ("Fans stampeded at a stadium gate in Nairobi on Sunday and three were hurt.", "Riots"),
])
def test_a_crowd_stampeding_riots(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_herd_stampeding_is_no_event(code: Any) -> None:
    assert not code("Cattle stampeded through a village near Narok on Monday.", REF, country="KE").events


@pytest.mark.parametrize(("text", "etype"), [
    # the crowd of a verb that tries, of 'they' standing for it, of an attack with stones
    ("Youths tried to attack the county commissioner outside a church in Kakamega on Sunday.", "Riots"),
    ("Villagers cornered a man accused of stealing a goat near Kitui on Monday. They beat him and set him on "
     "fire.", "Riots"),
    ("Gunmen raided a village near Isiolo on Monday. They killed two herders.", "Violence against civilians"),
    ("Boda boda riders attacked the council clerks with stones in Nyeri on Monday.", "Riots"),
])
def test_the_crowd_behind_a_pronoun_or_a_try(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # violence named in general at an election is election violence; a qualified naming keeps its own kind
    ("The party primaries in Kisumu on Friday were marred by violence.", "Riots"),
    ("Electoral violence broke out in Kakamega on Friday.", "Riots"),
    ("Ethnic violence flared near Molo after the elections on Friday, killing ten.", "Violence against civilians"),
])
def test_violence_at_an_election_is_a_riot(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # civilians burning property riot; property wrecked over witchcraft claims was wrecked by a mob
    ("Traders set fire to a council lorry at the market in Bungoma on Monday.", "Riots"),
    ("Villagers said eight homes were destroyed over witchcraft accusations near Homa Bay on Friday.", "Riots"),
    ("Soldiers set fire to houses in a village near Mandera on Monday.", "Strategic developments"),
])
def test_civilians_burning_property_riot(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # 'unidentified' of the people, not of what they support; a crowd word in a clause on the doers is not theirs
    ("Supporters of an unknown candidate beat a journalist in Kisumu on Monday.", "Riots"),
    ("Traders were attacked by unidentified men who robbed two villagers near Machakos on Monday.",
     "Violence against civilians"),
])
def test_what_the_doers_phrase_says_of_them(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # people burnt with no one named are a mob's victims; not where armed men act or people burn in their homes
    ("Two suspected cattle thieves were burnt to death at a market near Kitale on Monday.", "Mob violence"),
    ("A traffic officer was beaten and set ablaze near Embu on Monday after he was mistaken for a thief.",
     "Mob violence"),
    ("A farmer was burnt to death on Monday after bandits raided his village near Baringo.", "Attack"),
    ("Four people were burnt to death in their houses near Molo on Monday.", "Attack"),
    ("Civilians were attacked and huts burnt near Molo on Monday.", "Attack"),
])
def test_people_burnt_by_no_one_named(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    # 'they' stands for the subject of the clause its own clause hangs on
    ("Four students were expelled from a school in Meru after they assaulted a teacher on Monday.", "Riots"),
    # a crowd word under the name of an ethnic or armed group is that group's militia or members, also behind
    # 'a group of'
    ("Two traders were attacked by a group of Turkana youths near Lodwar on Monday.",
     "Violence against civilians"),
    ("Mungiki youths attacked a matatu conductor in Nyeri on Monday.", "Violence against civilians"),
])
def test_who_the_crowd_is(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # a lynching joined to the violence tells a mob did it
    ("A suspected thief was assaulted and almost lynched in Kitui on Monday.", "Mob violence"),
    # dying at the hands of people is violence they did: a mob's, or armed men's
    ("Three men died at the hands of vigilantes in a village near Kakamega on Monday.", "Mob violence"),
    ("Two herders died at the hands of bandits near Baringo on Monday.", "Attack"),
])
def test_a_mob_told_by_its_deed_or_its_hands(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


def test_the_hands_that_killed_are_the_actor(code: Any) -> None:
    event = first(code("Two teachers died at the hands of bandits near Baringo on Monday.", REF, country="KE"))
    roles = {a.role: a.inter for a in event.actors}
    assert roles.get("actor") == 3 and roles.get("target") == 7


@pytest.mark.parametrize(("text", "etype"), [
    # the fight a fighting verb fought is its subjects' ('fought running battles'); a relative pronoun stands
    # for the noun its clause is on
    ("Farmers and herders fought running battles near Narok on Monday.", "Battles"),
    ("Four bandits were killed by villagers who fought back near Baringo on Monday.", "Battles"),
])
def test_who_fought(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # a rampage or vandalism by a force or armed men is their violence, not a crowd's riot
    ("Three farmers were killed by gunmen who vandalised a water pump near Garissa on Monday.", "Attack"),
    ("Two soldiers went on a rampage in a market near Isiolo on Monday, shooting dead four traders.", "Attack"),
    ("Suspected militants vandalised a telecommunication mast near Mandera on Monday.",
     "Looting/property destruction"),
    ("Rowdy youths went on a rampage in Kisumu on Monday, smashing shop windows.", "Violent demonstration"),
])
def test_armed_men_on_a_rampage_do_not_riot(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # people hurt at a political gathering or an election by no one named were hurt by its crowd
    ("Three supporters of the senator were injured during the launch of a candidate's manifesto in Embu on "
     "Saturday.", "Mob violence"),
    ("A clerk was injured during the party primaries in Nyeri on Friday.", "Mob violence"),
    ("Three people were injured during election violence in Kisii on Monday.", "Mob violence"),
    # not the violence after an election, which is no gathering's
    ("Four bodies were found in Kisumu on Monday; the men were killed during the post-election violence.",
     "Attack"),
    # not when the doers are named
    ("Two clerks were injured by gunmen during the campaign in Mandera on Friday.", "Attack"),
])
def test_people_hurt_at_a_gathering(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    # a fight its sentence tells was fought with stones is a crowd's, unless armed men fought it
    ("Four people were hurt on Sunday when they were pelted with stones as two rival groups clashed in Thika.",
     "Riots"),
    ("Bandits and herders clashed near Kapedo on Sunday, throwing stones.", "Battles"),
])
def test_fights_with_stones(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # a passive with no doer whose time clause tells who did it to them
    ("Two nurses were attacked and injured when villagers from a nearby market cornered them over a missing "
     "child.", "Mob violence"),
    ("A trader was attacked when gunmen ambushed him near Isiolo on Monday.", "Attack"),
])
def test_the_doers_a_time_clause_tells(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


def test_hurt_by_a_stone_in_the_clause_that_tells_how(code: Any) -> None:
    text = "A county clerk was injured in Nyeri on Monday after he was hit by a stone as he drove past the market."
    assert first(code(text, REF, country="KE")).event_type == "Riots"


@pytest.mark.parametrize(("text", "sub"), [
    # a crowd assaulting a party's rally, meeting or convoy from outside attacks its people
    ("Youths loyal to the senator attacked a rally of his rival in Kitui on Sunday, injuring two.", "Attack"),
    ("Green Party supporters attack Blue Party caravan near Voi; one man badly hurt", "Attack"),
    ("The governor's convoy was attacked by rival supporters in Kitui on Sunday.", "Attack"),
    # and the rally armed men struck is whom they hit, not a riot
    ("Gunmen attacked a rally in Garissa on Sunday, wounding three.", "Attack"),
    # not a convoy of the police, nor stones thrown at a convoy
    ("Rioting youths threw stones at the senator's convoy in Kitui on Sunday.", "Mob violence"),
])
def test_an_assault_on_a_gathering_from_outside(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a riot told in a clause on the doers of violence says who they were: the violence is the event
    ("Two power line engineers were shot dead near Voi on Monday by a group that was vandalising the cables.",
     "Attack"),
    # rioters who kill stay rioters
    ("A policeman was killed in Kisumu on Monday by rioters who were looting shops.", "Mob violence"),
])
def test_a_riot_told_of_the_doers(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    # plural ordinary people doing the violence are a crowd
    ("Parents tried to raid the head teacher's office in Kitui on Monday when they heard that exam papers had "
     "gone missing.", "Riots"),
    # not the people a headline's passive hurt
    ("A woman was killed and two pupils badly hurt when armed raiders invaded a village near Kapedo on Monday.",
     "Violence against civilians"),
])
def test_ordinary_people_who_do_violence_are_a_crowd(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_who_fought_in_a_sentence_the_parser_left_without_a_verb(code: Any) -> None:
    # the parser hangs 'clash' in the noun phrase of the school; the groups of pupils fought
    text = 'Two groups of pupils of a Kitui boys school clash for three days over "a choice of music."'
    assert first(code(text, REF, country="KE")).event_type == "Riots"


@pytest.mark.parametrize(("text", "etype"), [
    # a crowd driving people from their homes riots
    ("Residents of a trading centre in Busia forcefully evicted 12 suspected thieves from their homes on Monday.",
     "Riots"),
])
def test_a_crowd_that_evicts_people_riots(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_officials_who_evict_people_do_no_crowds_deed(code: Any) -> None:
    assert not code("County officers evicted 30 traders from the market in Nakuru on Monday.", REF,
                    country="KE").events


def test_a_crowd_that_breaks_furniture_riots(code: Any) -> None:
    text = ("Councillors in Nyeri broke chairs and doors in the county hall on Monday, claiming that a colleague "
            "had been kidnapped.")
    assert first(code(text, REF, country="KE")).event_type == "Riots"
