"""Battle or attack on civilians: who was armed and whether both sides used force decides (ACLED).
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype"), [
    # another armed force answers the attack by killing the attackers: a battle
    ("Gunmen raided a village near Garsen on Monday, killing a farmer. Police intervened, shooting dead two of "
     "the gunmen.", "Battles"),
    ("Bandits attacked a shop in Isiolo on Friday. Police responded, killing one of them.", "Battles"),
    # the attackers killing more, or a killing named only to date it, is no answer
    ("Gunmen raided a village near Garsen on Monday, killing a farmer. They later shot dead two herders.",
     "Violence against civilians"),
])
def test_an_attack_another_force_answers_by_killing_is_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a fight the press was covering is the scene of what happened to it
    ("Police beat two reporters covering a clash between rival gangs in Kisumu on Monday.",
     "Violence against civilians"),
    ("Police beat a cameraman who was filming a fight between two gangs at the market in Kisumu on Monday.",
     "Violence against civilians"),
])
def test_a_fight_the_press_covered_is_the_scene(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # people in someone's hands bore no arms when killed, suspects or not
    ("Police officers in Eldoret on Monday shot dead a suspected robber who had been arrested the night before.",
     "Violence against civilians"),
    ("Two suspected gang members held in police custody were shot dead in Eldoret on Monday.",
     "Violence against civilians"),
    # not suspects the police met armed
    ("Police officers in Eldoret on Monday shot dead a suspected armed robber.", "Battles"),
])
def test_people_held_captive_are_civilians(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_joined_clause_with_its_own_doer_hit_no_one_of_the_killing(code: Any) -> None:
    # the officers the relatives accused were not hit by the killing
    text = ("Two of those taken were later found dead in Garissa, and their relatives accused police officers of "
            "the killings.")
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


@pytest.mark.parametrize(("text", "etype"), [
    # violence told in the paragraph of an arrest is the event, even when the arrest is told first
    ("Soldiers arrested four herders near Garissa on Monday. Two of those arrested were later shot dead.",
     "Violence against civilians"),
    # an arrest alone stays an arrest
    ("Police arrested four men in Garissa on Monday.", "Strategic developments"),
])
def test_violence_told_with_an_arrest_is_the_event(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_headline_clause_before_a_semicolon_tells_the_forces_answered(code: Any) -> None:
    text = "Police pursue cattle raiders; kill five"
    assert first(code(text, REF, country="KE")).event_type == "Battles"


@pytest.mark.parametrize(("text", "etype"), [
    # a member of a force who shoots his colleagues hits armed men of the force
    ("A police constable in Kitale shot dead two of his colleagues on Monday.", "Battles"),
    # not when the colleague is only named in the reason for hitting others
    ("Soldiers beat up traders in Kitale on Monday to avenge the killing of a colleague.",
     "Violence against civilians"),
])
def test_colleagues_of_a_force_member_are_armed(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_hedge_after_a_semicolon_does_not_reach_the_fighting(code: Any) -> None:
    text = "Clashes between rival clans over grazing rights; five killed, no details; may include herders"
    assert first(code(text, REF, country="KE")).event_type == "Battles"


@pytest.mark.parametrize(("text", "etype"), [
    # grenades thrown at armed men in a paragraph that tells guns were fired too: an armed clash
    ("Gunmen hurled a grenade at a police patrol in Garissa on Monday. The officers opened fire on them.",
     "Battles"),
    ("Militants attacked an army checkpoint near Lamu on Monday, throwing grenades and firing their rifles.",
     "Battles"),
    # grenades alone, or thrown at civilians, stay a grenade attack
    ("Gunmen hurled a grenade at a police patrol in Garissa on Monday, wounding two officers.",
     "Explosions/Remote violence"),
    ("Gunmen opened fire and hurled a grenade into a bar in Garissa on Monday.", "Explosions/Remote violence"),
])
def test_grenades_in_a_gunfight_with_armed_men_are_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "sub"), [
    # a killing told with an abduction is the event ACLED codes: an attack
    ("Gunmen abducted two aid workers in Dadaab on Monday after shooting dead their driver.", "Attack"),
    ("A trader was kidnapped and beheaded by gunmen near Mandera on Monday.", "Attack"),
    # other violence told with it leaves an abduction
    ("Gunmen attacked a village near Mandera on Monday and abducted two traders.",
     "Abduction/forced disappearance"),
])
def test_a_killing_told_with_an_abduction_is_an_attack(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    # a verb that hits only people, with a person-word object: the person was hit, not the town named
    ("Police killed a boda boda operator in Kisumu on Monday.", "Violence against civilians"),
    ("Soldiers shot dead a tout in Garissa on Monday.", "Violence against civilians"),
    # a force hitting a place still fights for it
    ("Soldiers attacked the town of Garissa on Monday.", "Battles"),
])
def test_a_person_killed_in_a_town_was_hit_not_the_town(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize("text", [
    # 'at' left with no object, or a 'by' phrase of a joined verb, tells a headline's passive
    "Two police officers shot at and wounded by bandits near Kapedo on Monday.",
    "Three rangers shot at near Kapedo on Monday.",
])
def test_officers_shot_at_in_a_headline_were_hit(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Battles"


def test_fighting_for_his_life_is_no_fight(code: Any) -> None:
    text = ("A man was shot dead and another is fighting for his life in hospital after gunmen shot them at "
            "close range in Mandera on Monday.")
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


@pytest.mark.parametrize(("text", "etype"), [
    # people the text ties to violence ('suspected of', 'linked to') are its alleged armed doers
    ("Police shot dead three men suspected of murdering a chief in Kisumu on Monday.", "Battles"),
    ("Police shot dead two suspects linked to the killing of a trader in Kisumu on Monday.", "Battles"),
    # not when they are said to be unarmed
    ("Police shot dead an unarmed man suspected of killing a trader in Kisumu on Monday.",
     "Violence against civilians"),
])
def test_people_tied_to_violence_are_its_armed_doers(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a participle that names no one killed some of those the verb it hangs on hit
    ("Soldiers fired at the militants near Kapedo on Monday, killing two.", "Battles"),
    ("Police fired at the gang near Kapedo on Monday, killing one.", "Battles"),
    ("Gunmen opened fire on a bus near Kapedo on Monday, killing two.", "Violence against civilians"),
])
def test_a_killing_participle_hit_those_its_verb_hit(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a deed told only as what people are tied to, or what the people hit had done, is an earlier event
    ("Police arrested two men suspected of killing a trader in Kisumu on Monday.", "Strategic developments"),
    ("Gunmen kidnapped the head of a commission investigating the clashes in Hola on Monday.",
     "Violence against civilians"),
    ("Soldiers attacked militants who had tried to kidnap a nun near Mandera on Monday.", "Battles"),
])
def test_a_deed_imputed_to_people_is_no_event_of_the_sentence(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # people named by a group's initials and suspected of belonging to it are armed men
    ("Six suspected XQLF killed by police near Bungoma on Monday.", "Battles"),
    ("Suspected XQLF targeted by police near Bungoma on Monday, several fatalities.", "Battles"),
    # initials that name no suspected group do not arm anyone
    ("Police shot dead a KCSE candidate in Bungoma on Monday.", "Violence against civilians"),
])
def test_suspected_members_of_a_group_named_by_initials_are_armed(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_legislator_is_a_civilian(code: Any) -> None:
    text = "A police officer shot dead opposition legislator John Doe in Kisumu on Monday."
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


@pytest.mark.parametrize(("text", "etype"), [
    # what a clause on the victims says they were decides their side
    ("Police shot dead two men believed to be militants in Kisumu on Monday.", "Battles"),
    ("Gunmen shot dead two men believed to be traders in Kisumu on Monday.", "Violence against civilians"),
])
def test_what_the_victims_are_said_to_be_decides_their_side(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_what_attackers_claim_to_be_does_not_make_their_victims_armed(code: Any) -> None:
    text = "A newspaper office in Kisumu was raided on Monday by men in uniform claiming to be police."
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


def test_an_attack_the_forces_responded_to_is_the_occasion_of_their_fight(code: Any) -> None:
    text = "Police respond to bandit attack; kill six of them"
    assert first(code(text, REF, country="KE")).event_type == "Battles"


def test_officers_shot_at_in_a_headline_clause_before_another_were_hit(code: Any) -> None:
    text = "Three police officers shot at and wounded near Kapedo on Monday, one died on the way to hospital."
    assert code(text, REF, country="KE").events[0].event_type == "Battles"


@pytest.mark.parametrize("text,etype", [
    ("Soldiers on patrol escaped unhurt after gunmen attacked their vehicle near Kapedo on Monday.", "Battles"),
    ("Villagers fled after gunmen attacked their homes near Kapedo on Monday.", "Violence against civilians"),
    # a joined clause sharing the doers' subject: 'their' is not the doers' own
    ("Gunmen shot dead two herders near Kapedo on Monday and stole their camels.", "Violence against civilians"),
])
def test_the_owner_of_what_was_hit_decides_its_side(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_place_phrase_misread_as_the_object_is_where_not_whom(code: Any) -> None:
    text = "Teacher killed outside army camp in Kapedo, two others injured."
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


@pytest.mark.parametrize("text,etype", [
    ("Two police officers are recovering in hospital after suffering injuries during a gang attack on Monday.",
     "Battles"),
    ("Two traders are recovering in hospital after suffering injuries during a gang attack in Kapedo.",
     "Violence against civilians"),
])
def test_who_suffered_the_harm_of_an_attack_was_hit(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a later fight 'between' the killers and no other named force retells the killing
    ("Police officers led two youths behind a garage in Kisumu on Monday and shot them. The police commander "
     "insists it was a shootout between police officers and thugs.", "Violence against civilians"),
    # another force named in the fight, or a fight told without 'between', still makes it a battle
    ("Bandits raided a farm near Kapedo on Monday, killing a herder. The bandits later clashed with police "
     "reservists.", "Battles"),
    ("Gunmen raided a farm near Kapedo on Monday, killing a herder. Residents told of a shootout between the "
     "gunmen and police officers.", "Battles"),
])
def test_a_fight_between_the_killers_alone_retells_the_killing(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # members of a body whose words make it an armed force are armed, however the sentence is parsed
    ("A man believed to be a member of a liberation front was shot dead by gunmen in Garissa on Monday.",
     "Battles"),
    ("Gunmen shot dead two members of a liberation front in Garissa on Monday.", "Battles"),
    ("On Friday evening, a trader believed to be a member of a liberation front was shot dead by gunmen near "
     "Wajir.", "Battles"),
    ("On Sunday night, a man believed to be a member of a liberation front was shot dead by gunmen in Garissa.",
     "Battles"),
    ("On Sunday night [3 March], a man believed to be a member of a liberation front was shot dead by gunmen in "
     "Wajir.", "Battles"),
    ("On Sunday night, a man believed to be a farmer was shot dead by gunmen in Garissa.",
     "Violence against civilians"),
    # members of a community are not
    ("Gunmen shot dead two members of a herding community in Garissa on Monday.", "Violence against civilians"),
])
def test_members_of_an_armed_body_are_armed(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a camp named only by a people's or a place's name is where people live
    ("Armed raiders attacked a Somali camp near Wajir on Monday, killing three.", "Violence against civilians"),
    ("Armed herders attacked a Rendille camp near Marsabit on Monday, killing two.",
     "Violence against civilians"),
    # a camp a force's word names is the force's post
    ("Armed raiders attacked the Kamuthi Army Camp near Wajir on Monday.", "Battles"),
    ("Armed raiders attacked a GSU camp near Wajir on Monday.", "Battles"),
])
def test_a_camp_named_by_a_name_alone_is_a_dwelling(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype
