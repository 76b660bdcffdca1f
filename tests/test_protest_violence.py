"""Protest or riot: whose violence a paragraph tells (the crowd's, the police's, someone else's, or none that
happened), on short texts written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.lexicon import vocab

REF = date(2021, 6, 10)


def first_sub(code: Any, text: str) -> str:
    coding = code(text, REF, country="KE")
    assert coding.events, "no event coded"
    return str(coding.events[0].sub_event_type)


@pytest.mark.parametrize(("text", "sub"), [
    # what the police did to the crowd, in a passive or told with 'they', is not the crowd's violence
    ("Six nurses were assaulted by anti-riot police in Nyeri on Monday when they held a demonstration over pay.",
     "Excessive force against protesters"),
    ("Police beat protesting teachers with batons in Embu on Monday to scatter them. They also attacked two "
     "photographers.", "Excessive force against protesters"),
    # violence that is feared or that someone failed to stop has not happened
    ("Residents of Kitui protested on Monday over cattle thefts; they say they fear attacks from the thieves.",
     "Peaceful protest"),
    ("Hundreds marched in Garissa on Monday. They said the county had failed to stop communal clashes.",
     "Peaceful protest"),
    # a deed told in doubt, under 'if' or 'whether'
    ("Nurses marched in Embu on Monday. It is not known if the marchers were violent.", "Peaceful protest"),
    ("Youths demonstrated at the quarry in Kitui on Monday. It is unclear whether they threw stones.",
     "Peaceful protest"),
    # a deed a relative clause tells of others is not the crowd's; what the police are asked to do is not done
    ("Traders marched in Kisii on Monday. They asked police to find the gangsters who robbed a shop last week.",
     "Peaceful protest"),
])
def test_violence_that_is_not_the_crowds_leaves_a_protest(code: Any, text: str, sub: str) -> None:
    assert first_sub(code, text) == sub


@pytest.mark.parametrize("text", [
    # breaking through the police, and the protest itself as the doer of a deed of force
    "Teachers demonstrated in Nakuru on Monday. Tear gas was fired after the march broke through a police cordon.",
    "In Embu on Monday two kiosks were broken into and maize stolen by demonstrations over the price of flour.",
    # fires lit, told as a clause the parser hangs on the protest's topic
    "Squatters protested against evictions of families in their village - involved barricades and fires were lit.",
    # a fight between crowds, or between them and the police, broke out at the protest
    "During a demonstration in Kakamega on Saturday, fights broke out between supporters of the two aspirants. "
    "Police dispersed the crowd.",
    "Students demonstrated in Nyeri on Monday over fees. Police confronted them and there was violence between them.",
    # a riotous crowd; violence named as the election's
    "Riotous traders marched through Embu on Monday over market fees.",
    "Two people hurt at a campaign rally in Kisii - poll violence",
])
def test_the_crowds_violence_told_in_other_words_makes_a_riot(code: Any, text: str) -> None:
    coding = code(text, REF, country="KE")
    assert coding.events and coding.events[0].event_type == "Riots"


def test_the_new_word_sets_hold_their_words() -> None:
    sets = vocab()
    assert "cordon" in sets.breached_barriers and "line" in sets.breached_barriers
    assert "fear" in sets.averting and "prevent" in sets.averting
    assert "unclear" in sets.doubt_words
    assert "beat" in sets.beating_blows and "club" in sets.beating_blows
    assert "riotous" in sets.crowd_violence


def test_violence_a_protest_says_was_not_stopped_is_no_event_of_its_own(code: Any) -> None:
    coding = code("Thousands protest ministers failure to end land clashes", REF, country="KE")
    assert [e.event_type for e in coding.events] == ["Protests"]


@pytest.mark.parametrize(("text", "etype"), [
    # burning a symbol is a protest's act, not violence; burning property besides it is a riot
    ("Opposition supporters burned portraits of the governor in Kisii on Monday.", "Protests"),
    ("Youths burned effigies of the MP in Embu on Monday and later torched two cars.", "Riots"),
])
def test_burning_a_symbol_is_a_protest(code: Any, text: str, etype: str) -> None:
    coding = code(text, REF, country="KE")
    assert coding.events and coding.events[0].event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # the police beating people at a protest is excessive force; a beating the protest is about is not
    ("Demonstrators marched in Nyeri on Monday. Police beat the marchers with batons.",
     "Excessive force against protesters"),
    ("Teachers protested in Embu on Monday; six of them were assaulted by anti-riot police.",
     "Excessive force against protesters"),
    ("Nurses marched in Kisii on Monday to protest the beating of a colleague by police.", "Peaceful protest"),
    ("Teachers protested in Embu on Monday. Police fired tear gas to disperse them.", "Protest with intervention"),
])
def test_police_beating_protesters_is_excessive_force(code: Any, text: str, sub: str) -> None:
    assert first_sub(code, text) == sub


def test_they_in_a_clause_of_time_stands_for_the_subject_before_it(code: Any) -> None:
    # 'they' are the youths of the main clause, a crowd: storming a quarry riots, it is no battle
    coding = code("On Monday, twelve youths were arrested in Kitui after they stormed a quarry.", REF, country="KE")
    types = [e.event_type for e in coding.events]
    assert "Riots" in types and "Battles" not in types


@pytest.mark.parametrize(("text", "sub"), [
    # people killed or shot at a protest that told no violence of the crowd's met lethal force, shooter named or not
    ("Two marchers were shot dead during a demonstration in Kisii on Monday.", "Excessive force against protesters"),
    ("Nurses protested in Embu on Monday. A bystander was killed during the protest.",
     "Excessive force against protesters"),
    ("A teacher was shot and wounded as colleagues demonstrated in Nyeri on Monday.",
     "Excessive force against protesters"),
    ("A medic tending the wounded at a demonstration in Kisumu was shot dead on Monday.",
     "Excessive force against protesters"),
    ("Hundreds marched in Nakuru on Monday. A man in a car shot two of the marchers and drove away.",
     "Excessive force against protesters"),
    # a killing the protest is about, or a death that was no killing, is not force met at it
    ("Traders marched in Thika on Monday to protest the killing of two hawkers by robbers.", "Peaceful protest"),
    ("An elderly marcher died after collapsing during a protest in Kisumu on Monday.", "Peaceful protest"),
])
def test_people_killed_at_a_protest_met_lethal_force(code: Any, text: str, sub: str) -> None:
    assert first_sub(code, text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # 'them' hit by others stands for the crowd the sentence is about: stones thrown at the marchers are not theirs
    ("Nurses marched in Embu on Monday. The marchers were confronted by a gang of men who pelted them with stones.",
     "Peaceful protest"),
    ("Teachers marched in Nyeri on Monday. The teachers later pelted them with stones at the police station.",
     "Violent demonstration"),
])
def test_them_hit_by_others_stands_for_the_crowd(code: Any, text: str, sub: str) -> None:
    assert first_sub(code, text) == sub


def test_a_riot_told_first_is_kept_beside_the_police_dispersal(code: Any) -> None:
    # the riot of the opening sentence names no actor or place, but it is what the text is about
    coding = code("Youths stormed a hotel where officials were meeting. Police later dispersed the crowd in Kisumu.",
                  REF, country="KE")
    assert coding.events and coding.events[0].event_type == "Riots"


@pytest.mark.parametrize(("text", "types"), [
    # killings told with no doer in the riot's paragraph are its toll, not attacks of their own
    ("Rioting broke out across the country. Two shopkeepers were shot dead in Garissa on Monday.", ["Riots"]),
    # where the text names the doers of an attack, the bare riot told first is not an event of its own
    ("Rioting broke out across the country. Al Shabaab militants killed two shopkeepers in Garissa on Monday.",
     ["Violence against civilians"]),
])
def test_an_opening_riot_without_actor_or_place(code: Any, text: str, types: list[str]) -> None:
    assert [e.event_type for e in code(text, REF, country="KE").events] == types


@pytest.mark.parametrize(("text", "etype"), [
    # filth dumped or poured by a protest defaces a place (a destructive act); dumping a protest is about is not
    ("Nurses protested unpaid wages in Embu on Monday by dumping manure at the county offices.", "Riots"),
    ("Traders marched in Thika on Monday and poured sewage at the entrance of the town hall in protest.", "Riots"),
    ("Residents of Kitui protested on Monday over garbage dumping near their homes.", "Protests"),
    ("Residents of Kitui protested on Monday after the county dumped sewage in their river.", "Protests"),
])
def test_filth_dumped_in_protest_is_a_violent_demonstration(code: Any, text: str, etype: str) -> None:
    coding = code(text, REF, country="KE")
    assert coding.events and coding.events[0].event_type == etype


def test_the_fouling_words_are_read() -> None:
    assert "sewage" in vocab().filth and "dump" in vocab().fouling


@pytest.mark.parametrize(("text", "etype"), [
    # violence whose doers are told as unknown is not the crowd's
    ("Supporters of the senator marched in Kericho on Monday. Unknown people attacked two traders nearby.",
     "Protests"),
    ("Supporters of the senator marched in Kericho on Monday. Angry marchers attacked two traders.", "Riots"),
])
def test_violence_by_unknown_doers_is_not_the_crowds(code: Any, text: str, etype: str) -> None:
    coding = code(text, REF, country="KE")
    assert coding.events and coding.events[0].event_type == etype


def test_a_riot_told_first_takes_the_toll_told_with_no_doer(code: Any) -> None:
    coding = code("Rioting broke out across the country. Two shopkeepers were shot dead in Garissa on Monday.",
                  REF, country="KE")
    assert coding.events and coding.events[0].fatalities is not None and coding.events[0].fatalities.count == 2


@pytest.mark.parametrize(("text", "etype"), [
    # violence named by the explosive it was made with is armed men's, not the marchers'
    ("Residents marched in Garissa on Monday to the market, the scene of a grenade attack last month.", "Protests"),
    ("Residents marched in Garissa on Monday and hurled petrol bombs at the police station.", "Riots"),
])
def test_an_attack_named_by_its_explosive_is_not_the_crowds(code: Any, text: str, etype: str) -> None:
    coding = code(text, REF, country="KE")
    assert coding.events and coding.events[0].event_type == etype
@pytest.mark.parametrize("text", [
    "Six people were injured in an accident involving two buses near Voi on Friday.",
    "Two people were killed in a crash between a lorry and a matatu near Voi on Friday.",
])
def test_people_hurt_in_an_accident_are_no_violence(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_a_protest_over_an_accident_is_the_event(code: Any) -> None:
    text = ("Villagers blocked the Voi road on Friday after two people died and four others were injured in an "
            "accident involving a bus and a lorry. The villagers lit bonfires to protest frequent crashes.")
    events = code(text, REF, country="KE").events
    assert events and all(e.event_type == "Riots" for e in events)


@pytest.mark.parametrize(("text", "sub"), [
    # storming or entering a crowd set out or tried to do, with no subject of its own, is its bid, not a battle
    ("Police fired tear gas to scatter hundreds of vendors who were marching to the town hall to storm a council "
     "sitting in Nyeri.", "Protest with intervention"),
    ("Protesting nurses were tear-gassed by police in Embu after they attempted to enter the offices of the county "
     "health board.", "Protest with intervention"),
    ("The marchers tried to storm the county hall in Kitui but were stopped by police.", "Protest with intervention"),
])
def test_a_crowds_bid_to_storm_is_its_protest(code: Any, text: str, sub: str) -> None:
    assert first_sub(code, text) == sub


@pytest.mark.parametrize(("text", "kind"), [
    ("Soldiers tried to enter the town of Garissa but were driven back by the militants.", "Battles"),
    ("Angry boda boda riders pulled down the gate of the county depot in Embu on Monday.", "Riots"),
    ("Youths armed with sticks tried to break down the fence of a disputed plot in Nyeri.", "Riots"),
])
def test_breaking_down_a_barrier_is_a_crowds_riot_not_others_entry(code: Any, text: str, kind: str) -> None:
    coding = code(text, REF, country="KE")
    assert coding.events and coding.events[0].event_type == kind


@pytest.mark.parametrize(("text", "kind"), [
    # a crowd forcing its way in riots; police doing so do not
    ("Party youths forced their way into the tallying hall in Nyeri on Monday. Police later removed them.", "Riots"),
    ("A crowd of traders forced its way into the county offices in Embu on Monday.", "Riots"),
    # a phrase trigger's first word ('force' of 'force their way') is no event word doing the hitting
    ("Suspected militiamen were targeted by a police force near Kitale, leaving six dead.", "Battles"),
])
def test_forcing_their_way_in_is_a_crowds_riot(code: Any, text: str, kind: str) -> None:
    coding = code(text, REF, country="KE")
    assert coding.events and coding.events[0].event_type == kind


@pytest.mark.parametrize(("text", "kind"), [
    # a crowd blocking people or a way in, with no protest told, riots; told with a protest, it protests
    ("Angry villagers blocked surveyors from entering the disputed farm near Nanyuki on Monday.", "Riots"),
    ("Rowdy youths blocked the gate of the tallying centre in Kitui, forcing clerks to stop counting.", "Riots"),
    ("Protesting nurses blocked the entrance to the county offices in Embu on Monday.", "Protests"),
    # others who block something are no crowd
    ("The senate blocked the county budget on Monday.", None),
])
def test_a_crowd_blocking_people_riots_unless_it_protests(code: Any, text: str, kind: str | None) -> None:
    coding = code(text, REF, country="KE")
    assert (coding.events[0].event_type if coding.events else None) == kind
