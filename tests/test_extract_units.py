"""Each extractor on short texts written for these tests: triggers, kinds, status, actors, places,
times, quotes, attribution and merging."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)  # a Thursday


@pytest.mark.parametrize(("text", "etype", "sub"), [
    ("Government warplanes struck the town of Maarat al-Numan on Tuesday, killing four civilians.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("Army artillery shelled the village of Kafr Nabl overnight, residents said.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded next to an army truck near Afgooye on Monday, killing two soldiers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Rebels seized the town of Kiwanja after heavy fighting with the army on Sunday.",
     "Battles", "Non-state actor overtakes territory"),
    ("Gunmen kidnapped 12 students from a school in Kaduna state on Monday.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("Police fired tear gas to disperse hundreds of protesters in Nairobi on Wednesday.",
     "Protests", "Protest with intervention"),
    ("Hundreds of traders marched peacefully through Kisumu on Tuesday to protest against new taxes.",
     "Protests", "Peaceful protest"),
    ("The two sides agreed a ceasefire in Gaza on Monday under Egyptian mediation.",
     "Strategic developments", "Agreement"),
    ("Police arrested 14 opposition activists in Khartoum on Tuesday.", "Strategic developments", "Arrests"),
    # phrase triggers with modifiers inside them, and verbs of taking ground
    ("Army units opened sustained heavy machine gun fire on rebel positions near Kafr Nabl on Tuesday.",
     "Battles", "Armed clash"),
    ("Militants fired three Grad rockets at Sderot on Friday.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Rebel fighters expelled government troops from the village of Kafr Nabl on Sunday.",
     "Battles", "Non-state actor overtakes territory"),
    ("Government troops announced the recapture of Kiwanja from the rebels on Sunday.",
     "Battles", "Government regains territory"),
    ("Fighters destroyed an army tank with an anti-tank missile near Kafr Nabl on Monday.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
])
def test_trigger_and_kind(code: Any, text: str, etype: str, sub: str) -> None:
    event = first(code(text, REF))
    assert (event.event_type, event.sub_event_type) == (etype, sub)


@pytest.mark.parametrize(("text", "status"), [
    ("Russia is planning a new offensive on Idlib province, rebels said.", "planned"),
    ("There are signs of a possible military build-up near Hama, officials said.", "possible"),
    ("Shelling of villages near Saraqib has not stopped since the truce, a commander said.", "ongoing"),
    ("Troops shot dead seven villagers in Sofara on Sunday, residents said, an accusation the army denied.",
     "denied"),
    ("Jets bombed the market in Ariha on Monday, killing three people.", "occurred"),
    # 'new' says nothing of the future; a joined clause with its own subject keeps its own status
    ("Nine villagers were killed in new raids on Kapedo on Monday.", "occurred"),
    ("Three herders are feared dead and two communities clashed near Isiolo on Monday.", "occurred"),
    ("At least nine people are feared dead in a raid on a village near Baragoi on Sunday.", "occurred"),
    ("Residents fear a raid on the village near Baragoi, elders said.", "possible"),
])
def test_status(code: Any, text: str, status: str) -> None:
    assert first(code(text, REF)).status == status


def test_actors_and_targets_with_inter_codes(code: Any) -> None:
    event = first(code("Russian jets bombed rebel fighters near the town of Saraqib in Idlib on Monday.", REF))
    actors = {(a.name, a.role, a.inter) for a in event.actors}
    assert ("Military Forces of Russia (2000-)", "actor", 8) in actors
    assert any(role == "target" and inter == 2 for _, role, inter in actors)


def test_unnamed_attackers_are_an_unidentified_armed_group(code: Any) -> None:
    event = first(code("A mortar shell fell on a house in Jisr al-Shughur on Monday, wounding two children.", REF))
    assert event.actors[0].name.startswith("Unidentified Armed Group")


def test_place_with_directional_qualifier_and_precision(code: Any) -> None:
    coding = code("Regime forces shelled villages in southern Idlib on Tuesday.", REF)
    place = first(coding).place
    assert place.entry.admin1 == "Idlib" and place.qualifier == "south" and place.geo_precision == 2


def test_town_place_has_precision_one_and_coordinates(code: Any) -> None:
    place = first(code("Warplanes struck Khan Sheikhoun on Monday, killing five people.", REF)).place
    assert place.geo_precision == 1 and abs(place.lat - 35.44) < 0.1 and abs(place.lon - 36.65) < 0.1


def test_nationality_words_are_not_event_places(code: Any) -> None:
    event = first(code("Turkish drones struck a car near Qamishli on Sunday, killing three fighters.", REF))
    assert event.place.entry.country == "SY"
    assert any(p.qualifier == "demonym" for p in code("Turkish drones struck a car near Qamishli.", REF).places)


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("Jets bombed Ariha on Monday, killing three.", date(2021, 6, 7), date(2021, 6, 7), 1),
    ("Jets have bombed Ariha in recent days, residents said.", date(2021, 6, 3), date(2021, 6, 10), 2),
    ("Jets bombed Ariha on 2 June, killing three.", date(2021, 6, 2), date(2021, 6, 2), 1),
])
def test_event_time(code: Any, text: str, start: date, end: date, precision: int) -> None:
    time = first(code(text, REF)).time
    assert (time.start, time.end, time.time_precision) == (start, end, precision)


def test_since_an_event_is_anchored_on_that_event(code: Any) -> None:
    text = ("The army and the rebels agreed a truce in Daraa on 1 June.\n\n"
            "\"Shelling of the villages has not stopped since the truce,\" a local commander said.")
    shelling = next(e for e in code(text, REF).events if e.kind == "shelling")
    assert (shelling.time.start, shelling.time.end) == (date(2021, 6, 1), REF)


def test_figures_follow_acled_counting(code: Any) -> None:
    event = first(code("Air strikes on Binnish killed at least 12 people and wounded dozens on Monday.", REF))
    assert event.fatalities.count == 12 and event.fatalities.qualifier == "at least"
    assert event.injured.count == 12


def test_direct_quote_with_speaker_role_organisation_and_channel(code: Any) -> None:
    text = ("\"The bombing went on all night,\" Ahmad Khalil, a spokesman for the Sham Legion, told Reuters.")
    quote = code(text, REF).quotes[0]
    assert (quote.speaker, quote.role, quote.organization, quote.channel, quote.direct) == (
        "Ahmad Khalil", "spokesman", "Sham Legion", "Reuters", True)


def test_reported_speech_and_surname_resolution(code: Any) -> None:
    text = ("Colonel Samir Haddad, an army spokesman, told the agency that troops had retaken two hills.\n\n"
            "\"We will push on towards the river,\" Haddad said.")
    quotes = code(text, REF).quotes
    assert quotes[0].title == "Colonel" and not quotes[0].direct
    assert quotes[1].speaker == "Samir Haddad" and quotes[1].direct


def test_event_inside_a_quote_is_attributed_to_its_speaker(code: Any) -> None:
    text = "\"Government jets bombed the hospital in Kafr Takharim this morning,\" Dr Rami Saleh told AFP."
    event = first(code(text, REF))
    assert [a.speaker for a in event.attributions] == ["Rami Saleh"]
    assert event.attributions[0].channel == "AFP"


def test_headline_restates_the_body_event(code: Any) -> None:
    text = ("Air strikes kill five in Idlib town\n\n"
            "Government warplanes struck the town of Ariha in Idlib province on Monday, killing five civilians, "
            "a war monitor said.\n\nThe strikes hit a market and a school, the monitor added.")
    coding = code(text, REF)
    strikes = [e for e in coding.events if e.kind == "airstrike"]
    assert len(strikes) == 1 and len(strikes[0].evidence) >= 2


def test_different_towns_stay_different_events(code: Any) -> None:
    text = ("Warplanes struck Ariha on Monday, killing two people.\n\n"
            "Separately, warplanes struck Binnish on Monday, killing three people.")
    assert len([e for e in code(text, REF).events if e.kind == "airstrike"]) == 2


def test_evidence_offsets_point_into_the_article(code: Any) -> None:
    coding = code("Gunmen killed two farmers near Kutum on Monday, residents said.", REF)
    for event in coding.events:
        for span in event.evidence:
            assert coding.article.text[span.start:span.end] == span.text
    for quote in coding.quotes:
        assert coding.article.text[quote.span.start:quote.span.end].strip("\" ,") == quote.text


def test_shelling_told_with_a_battle_is_part_of_the_battle(code: Any) -> None:
    coding = code("Army troops clashed with rebel fighters in Kafr Nabl on Monday, also shelling the town, "
                  "killing three fighters.", REF, country="SY")
    assert [e.event_type for e in coding.events] == ["Battles"]
    assert coding.events[0].fatalities is not None and coding.events[0].fatalities.count == 3


@pytest.mark.parametrize("text", [
    "Warplanes, most likely Syrian or Russian, bombed Ariha on Monday.",
    "Syrian or Russian jets bombed Ariha on Monday.",
])
def test_hedged_state_air_forces_are_the_allied_actor(code: Any, text: str) -> None:
    event = first(code(text, REF, country="SY"))
    assert [a.name for a in event.actors if a.role == "actor"][:1] == ["Allied Syrian and/or Russian Forces"]


@pytest.mark.parametrize(("text", "etype"), [
    ("Police shot dead two cattle raiders near Kapedo on Sunday.", "Battles"),
    ("Protesters burned tyres and barricaded roads in Kisumu on Monday before police dispersed them with tear gas.",
     "Riots"),
    ("Gunmen attacked a refugee camp near Dadaab on Friday, killing two refugees.", "Violence against civilians"),
    # the first one hit decides, through verbs joined to the trigger and 'of' phrases
    ("Unknown gunmen attacked and killed a police officer at his home in Kitale on Friday.", "Battles"),
    ("Three game wardens were shot dead by poachers near Tsavo on Sunday.", "Battles"),
    ("Police chased the armed robbers and shot dead two of them in Mathare on Monday.", "Battles"),
    ("Raiders ambushed a convoy of trucks carrying charcoal near Isiolo, killing one driver.",
     "Violence against civilians"),
    ("Eight civilians were killed by suspected militia members in Mandera on Monday.", "Violence against civilians"),
    ("Armed raiders attacked a Turkana village near Lokichar on Tuesday.", "Violence against civilians"),
    # an armed force named as the victim, or on it
    ("Police shot dead two Al Shabaab suspects in Lamu on Sunday.", "Battles"),
    ("Gunmen killed three Borana herders near Moyale on Sunday.", "Violence against civilians"),
    # a killing told with a shoot-out in its paragraph is the battle's toll
    ("Police shot dead a suspect in Kisauni on Friday. He had engaged officers in a shootout for an hour.",
     "Battles"),
    # a headline's bare participle, or a participle read as the complement of 'is': its subject was hit
    ("Five soldiers injured.", "Battles"),
    ("A guard is non-fatally shot by thieves.", "Battles"),
    # youths under an ethnic group's name are its militia, not a mob
    ("Kalenjin youths attacked a village near Eldoret on Sunday.", "Violence against civilians"),
    # a generic trigger joined to the killing ('... and wound two others') is hit by what the killing hit
    ("Soldiers kill four rebel fighters and wound two others in a raid.", "Battles"),
    # 'by' with a verb says how, not who: the doer is still the subject
    ("A crowd of youths attacked the tallying centre in Kisii by hurling stones on Monday.", "Riots"),
])
def test_who_is_hit_and_what_crowds_do_decide_the_type(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # the trigger's parse names no victim ('attacked them'): the people the sentence counts dead decide
    ("Two police reservists were killed when bandits attacked them near Kapedo on Sunday.", "Battles"),
    ("Three game rangers were shot dead when poachers ambushed them near Tsavo on Monday.", "Battles"),
    ("Four shopkeepers were injured when gunmen attacked them in Garissa on Friday.", "Violence against civilians"),
])
def test_the_toll_decides_when_the_parse_names_no_victim(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("whos", "side"), [
    (["three police officers"], "armed"),
    (["two Administration Policemen"], "armed"),
    (["two staff members"], "civilian"),
    ([None, "several families"], "civilian"),
    (["two of them"], None),
])
def test_the_side_of_a_toll(res: Any, whos: list[str | None], side: str | None) -> None:
    from frontwire.extract.kinds import toll_side
    assert toll_side(whos, res.lexicon) == side


@pytest.mark.parametrize(("text", "etype"), [
    # a hyphenated trigger the tokenizer splits ('shoot', '-', 'out') is still found
    ("Two robbers died in a shoot-out with police officers in Thika on Friday.", "Battles"),
    ("A cleric was killed in a shoot-out with police in Mombasa on Monday.", "Battles"),
])
def test_split_hyphenated_triggers_are_found(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_split_hyphenated_trigger_keeps_its_target(code: Any) -> None:
    event = first(code("The rebels launched a counter-attack on army positions near Idlib on Monday.", REF,
                       country="SY"))
    assert event.event_type == "Battles"
    assert any(a.role == "target" for a in event.actors)


def test_hyphenated_trigger_parts_apart_are_no_trigger(res: Any) -> None:
    from frontwire.extract.triggers import find_triggers
    doc = res.nlp("The boys shoot out of the school gate every evening.")
    assert not [m for m in find_triggers(doc[:], res.lexicon) if m.trigger.lemmas == ("shoot-out",)]


def test_forces_answering_fire_fight_whoever_they_hit(code: Any) -> None:
    event = first(code("Officers fired back and killed two of them near Kitale on Monday.", REF, country="KE"))
    assert event.event_type == "Battles"


@pytest.mark.parametrize(("text", "sub"), [
    # the lemmatizer's 'rap' for 'raped' and a 'shot' tagged as a noun still trigger
    ("Two women were raped by armed men near Kitale on Monday.", "Sexual violence"),
    ("A boda boda rider was on Saturday shot dead near Kitale.", "Attack"),
    # 'lynches' lemmatized 'lynche'
    ("Mob lynches man suspected of stealing iron sheets in Kisii", "Mob violence"),
])
def test_triggers_survive_tagger_slips(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "etype"), [
    # an attack that became an exchange of fire is a battle; clashes named as background are not that
    ("Bandits raided a village near Kapedo on Monday and stole 200 goats. An exchange of fire followed.", "Battles"),
    ("Bandits raided a village near Kapedo on Monday and stole 200 goats. The raid is linked to the ongoing clashes "
     "in the area.", "Violence against civilians"),
])
def test_an_attack_that_turns_into_a_firefight_is_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # people said outright to be civilians, killed during clashes, are an attack; the clash is its setting
    ("Gunmen killed two civilians during ethnic clashes near Moyale on Sunday.", "Violence against civilians"),
    ("Four unarmed men were shot dead during a clash between police and a gang in Kitale on Monday.",
     "Violence against civilians"),
    # 'people' killed in clashes are the clash's toll
    ("Three people were killed in clashes between two clans near Wajir on Sunday.", "Battles"),
])
def test_civilians_killed_in_clashes_are_an_attack(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # 'feared dead' hedges the toll, not the fighting
    ("3 June. Two men are feared dead and three missing after two rival pastoralist groups clashed in Marsabit "
     "County.", "Battles"),
    # a killing beside an attack that was only planned is still an event
    ("Police shot dead two gunmen as they foiled a planned attack on a church in Mombasa on Sunday.", "Battles"),
    ("Residents fear an attack by bandits near Kapedo.", "Strategic developments"),
])
def test_hedges_and_plans_speak_only_of_their_own_words(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize("text", [
    # people named by their trade or by an age the tokenizer split are civilians, wherever they were hit
    "A police officer shot and killed a 19-year-old near Kisumu on Monday.",
    "A charcoal vendor was shot dead by police at a checkpoint in Kisumu on Monday.",
    "Police officers shot dead a hawker in the town of Kisumu on Monday.",
])
def test_trades_and_ages_name_civilians(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


def test_a_headline_verb_read_as_a_compound_still_triggers(code: Any) -> None:
    event = first(code("Unidentified armed group shoots police officer attached to a visiting minister", REF,
                       country="KE"))
    assert event.event_type == "Battles"


@pytest.mark.parametrize("text", [
    # a headline verb read as a noun, told by 'to death' after it with no finite verb between
    "Angry crowd stone suspected goat thief to death",
    "Vigilante group stone to death two men caught breaking into a shop",
])
def test_a_headline_verb_before_to_death_still_triggers(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Riots"


def test_a_stone_that_hit_someone_who_bled_to_death_is_no_stoning(code: Any) -> None:
    assert not code("A stone hit the boy and he bled to death.", REF, country="KE").events


@pytest.mark.parametrize(("text", "fights"), [
    # engaging is fighting only when an armed group is engaged
    ("The army engaged militants near Kolbio on Monday.", True),
    ("Police engaged the residents in talks in Kitale on Monday.", False),
])
def test_engaging_armed_men_is_fighting(code: Any, text: str, fights: bool) -> None:
    coding = code(text, REF, country="KE")
    assert any(e.event_type == "Battles" for e in coding.events) == fights


@pytest.mark.parametrize(("text", "etype"), [
    # communities fighting each other are communal militias in battle, even when named as civilians
    ("Herders and farmers clashed over pasture near Garissa on Monday.", "Battles"),
    ("Residents of two villages clashed over a boundary near Naivasha on Monday.", "Battles"),
    # residents fighting the police riot
    ("Residents clashed with police near Naivasha on Monday.", "Riots"),
])
def test_communities_that_fight_each_other_are_in_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # an attack that named no victim is judged by whom the killing told in the next sentence hit
    ("Militants attacked the border town of El Wak on Monday. Two people were killed.",
     "Violence against civilians"),
    ("Bandits attacked a village near Kapedo on Monday. Two police reservists were killed.", "Battles"),
])
def test_the_killing_told_next_names_the_victims(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a killing of armed men, told with the attack only as its occasion, is their fight, not the attack's toll
    ("Soldiers kill three militants after being ambushed near Lamu.", "Battles"),
    ("Three police officers were killed after gunmen attacked a bus near Garissa on Monday.", "Battles"),
    ("Police reservist killed when bandits attack", "Battles"),
    # a blast is how they died; a killing the attack itself tells is its toll
    ("Two soldiers were killed in an explosion near Mandera on Monday.", "Explosions/Remote violence"),
    ("Gunmen attacked a bus near Garissa on Monday, killing two police officers and five passengers.",
     "Violence against civilians"),
])
def test_a_killing_of_armed_men_after_an_attack_is_a_fight(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # a participle hung as the complement of 'were': the subject of 'were' was hit
    ("Three guards were Monday night shot dead by robbers in Thika.", "Battles"),
    ("Two rangers were on Sunday shot dead by poachers near Voi.", "Battles"),
    # a headline verb read as a compound hits the noun it modifies, not the doer before it
    ("Separatist sect attacks police officers, wounds two", "Battles"),
    ("Members of the separatist group attack police officers near Kwale", "Battles"),
    ("Bandits attack village near Garissa, steal goats", "Violence against civilians"),
    # a watchman guards: killing one is a fight with an armed guard
    ("Raiders killed a watchman at a farm near Nakuru on Monday.", "Battles"),
])
def test_victims_survive_parser_slips(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # violence told as between sides is their fight, and the dead it counts its toll
    ("Three were killed in violence between two clans near Wajir on Monday.", "Battles"),
    ("One dead and two injured following an attack between two villages near Kisumu on Monday.", "Battles"),
    ("Five people were killed in an armed conflict between two clans near Mandera on Sunday.", "Battles"),
    ("Four people were injured during a confrontation between herders and farmers near Lamu on Sunday.", "Battles"),
    # tensions are not violence
    ("Gunmen killed two men near Garissa on Monday amid tensions between two clans.", "Violence against civilians"),
])
def test_violence_between_sides_is_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_a_confrontation_that_hurts_no_one_is_no_event(code: Any) -> None:
    assert not code("The minister had a confrontation with journalists in Nairobi on Monday.", REF,
                    country="KE").events


@pytest.mark.parametrize(("text", "etype"), [
    # the side attacked used force too: a battle
    ("Raiders killed a herder near Maralal and stole 200 goats. The villagers retaliated.", "Battles"),
    ("Bandits attacked a village near Kapedo on Monday, killing a woman. The residents fought back.", "Battles"),
    # not said to have, or the attackers 'retaliating' for an earlier raid
    ("Gunmen attacked a village near Kapedo on Monday, killing a woman. The residents did not fight back.",
     "Violence against civilians"),
    ("Raiders killed two herders near Maralal, retaliating for an earlier raid.", "Violence against civilians"),
])
def test_an_attack_the_attacked_answer_is_a_battle(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # an officer of a body that bears no arms is a civilian; officers of a force are armed
    ("Gunmen shot dead an election officer near Eldoret on Monday.", "Violence against civilians"),
    ("A Red Cross officer was shot and injured by gunmen near Lodwar on Monday.", "Violence against civilians"),
    ("Gunmen shot dead a prison officer near Eldoret on Monday.", "Battles"),
    ("Bandits killed a wildlife officer near Tsavo on Monday.", "Battles"),
    ("Gunmen shot dead a senior officer near Eldoret on Monday.", "Battles"),
])
def test_officers_of_unarmed_bodies_are_civilians(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # weapons the people hit were handling, or the aircraft shot at, are not the weapon of the violence
    ("Police shot dead two suspects who were planting a bomb near Mandera on Monday.", "Battles"),
    ("Soldiers killed three militants who were driving a car loaded with explosives near Mandera on Monday.",
     "Battles"),
    ("Raiders shot at a police helicopter near Baragoi on Monday.", "Battles"),
    ("Gunmen hurled a grenade at a bar in Garissa on Monday, killing two people.", "Explosions/Remote violence"),
])
def test_weapons_the_victims_held_are_not_the_means(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_the_subject_of_a_misparsed_passive_was_hit_and_the_by_phrase_did_it(code: Any) -> None:
    event = first(code("A suspected Al Shabaab militant was on Monday shot dead by police in Lamu.", REF, country="KE"))
    assert event.event_type == "Battles"
    assert [a.inter for a in event.actors if a.role == "actor"][:1] == [1]
    assert [a.inter for a in event.actors if a.role == "target"] == [2]


def test_the_one_hit_in_a_headline_does_not_attack(code: Any) -> None:
    # 'killed' with no object is a participle: its subject is not the doer of the attack told after 'when',
    # whose doers go unnamed
    event = first(code("Police reservist killed when bandits attack", REF, country="KE"))
    assert any(a.inter == 3 and a.role == "actor" for a in event.actors)


@pytest.mark.parametrize(("text", "etype"), [
    # a station or camp named by a civilian use is no military position; 'post-election' is no post
    ("Gunmen attacked a radio station in Garissa on Monday, killing one person.", "Violence against civilians"),
    ("Gunmen attacked a police station in Garissa on Monday.", "Battles"),
    ("Armed men attacked a polling station in Garissa on Monday.", "Violence against civilians"),
    ("A man was dragged from his car and killed during post-election violence in Nakuru on Monday.",
     "Violence against civilians"),
    # a bare toll of communal violence is the toll of a fight between communities
    ("Three were killed in ethnic violence near Molo on Monday.", "Battles"),
    # a civilian by calling killed in fighting, and civilians attacked as clashes erupt, are an attack
    ("A schoolteacher was killed during fighting near Molo on Monday.", "Violence against civilians"),
    ("Clan clashes erupted near Wajir as militiamen attacked civilians on Monday.", "Violence against civilians"),
    # an attack that only dates a battle does not make it an attack
    ("Police battled raiders near Baragoi on Monday following an attack on civilians.", "Battles"),
])
def test_what_a_fight_or_attack_is_told_with(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # warriors are armed men; charging at officers is an attack on them, not a legal charge
    ("Forty warriors were killed in a cattle raid near Lokichogio on Monday.", "Battles"),
    ("A gang charged at police officers with machetes near Thika on Monday.", "Battles"),
])
def test_warriors_and_charging_at_armed_men(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_strikes_and_shelling_told_together_are_one_event(code: Any) -> None:
    coding = code("Jets struck Ariha and artillery shelled the town on Monday, killing four civilians.", REF,
                  country="SY")
    assert len(coding.events) == 1
    assert coding.events[0].fatalities is not None and coding.events[0].fatalities.count == 4


@pytest.mark.parametrize(("text", "plover", "governs"), [
    ("The foreign minister threatened on Monday to cut ties with the neighbouring government.", "THREATEN", False),
    ("Students demanded the release of their detained classmates on Tuesday.", "DEMAND", True),
    ("The government condemned the air strike on the market in Ariha, which killed five people.", "DISAPPROVE", True),
    ("The rebels rejected the ceasefire proposal on Sunday.", "REJECT", True),
])
def test_verbal_acts_are_interactions_not_events(code: Any, text: str, plover: str, governs: bool) -> None:
    coding = code(text, REF)
    assert coding.interactions and coding.interactions[0].plover == plover
    assert coding.interactions[0].governs == governs
    assert all(e.kind not in ("threaten", "demand", "disapprove", "reject") for e in coding.events)


def test_an_offer_to_meet_is_an_agreement_in_plover(code: Any) -> None:
    coding = code("The foreign minister said he would visit Nairobi next month to mediate.", REF)
    assert [i.plover for i in coding.interactions][:1] == ["AGREE"]


def test_demolitions_are_property_destruction(code: Any) -> None:
    event = first(code("Army bulldozers demolished 12 homes in Rafah on Sunday.", REF))
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(("text", "sub"), [
    # blocking a road is a peaceful protest; what the protest is about is not its violence
    ("Traders blocked the Eldoret highway on Monday to protest against the burning of their stalls.",
     "Peaceful protest"),
    ("Youths stormed the county offices in Embu on Monday to demand jobs.", "Peaceful protest"),
    # the violence told in the next sentence makes the demonstration violent
    ("Students protested in Nyeri on Monday over fees. They stoned cars and set tyres on fire.",
     "Violent demonstration"),
    ("Police dispersed protesters with tear gas in Kisumu on Monday. No damage was reported.",
     "Protest with intervention"),
    # ordinary people fighting each other are a riot, not a battle
    ("Rival groups of traders clashed at the market in Kitale on Monday.", "Mob violence"),
    # setting things alight, assaulting people, a rowdy crowd; not protesting about an assault
    ("Students protested over fees in Nyeri on Monday. They set a bus alight.", "Violent demonstration"),
    ("Traders protested in Embu on Monday. Some of them assaulted a council officer.", "Violent demonstration"),
    ("Rowdy youths demonstrated outside the county offices in Kisii on Monday.", "Violent demonstration"),
    ("Nurses protested in Kisumu on Monday after an assault on a colleague.", "Peaceful protest"),
    # also when the police are the other side
    ("Police clashed with hawkers in the town centre of Embu on Monday.", "Mob violence"),
    ("Police clashed with miners at the quarry in Kitui on Monday.", "Mob violence"),
    ("A county official was beaten by angry voters in Kitui on Saturday.", "Mob violence"),
    ("A suspected thief was attacked and badly injured by a mob in Bungoma on Sunday.", "Mob violence"),
    ("Police clashed with protesters outside the county offices in Kakamega on Tuesday.",
     "Violent demonstration"),
    # a headline verb the tagger takes for a noun still has its object
    ("Four shot dead by raiders who stole goats near Kapedo", "Attack"),
    ("Armed men ambushed and killed three Somalis near the market in Mandera on Friday.", "Attack"),
    ("Rival supporters threw stones at each other outside the tallying centre in Kisumu on Monday.",
     "Mob violence"),
    ("Traders marched in Nakuru on Monday. There were no reports of violence or clashes with police.",
     "Peaceful protest"),
    ("Nurses demonstrated outside the county hospital in Kisii on Monday. Police barred them from the offices.",
     "Protest with intervention"),
    # what the protest is about is not what happened to it
    ("Traders in Kitale protested on Monday against the arrest of their chairman.", "Peaceful protest"),
    ("Rioters clashed with police in Kibera on Sunday.", "Violent demonstration"),
    # fighting told in the riot's own sentence is the riot, not a battle beside it
    ("Rival groups clashed at a campaign rally in Kakamega on Saturday, rioting for an hour.",
     "Violent demonstration"),
    ("Hawkers protesting their eviction clashed with county officers in Nakuru on Tuesday.",
     "Violent demonstration"),
    ("Farmers marched in Bungoma on Monday over cane prices. Police watched from a distance.", "Peaceful protest"),
    ("Teachers protested in Nakuru on Monday. Police fired tear gas; some were injured.",
     "Protest with intervention"),
])
def test_what_crowds_do_over_the_paragraph_decides_protest_or_riot(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # how, where and when a crowd protested is not what it protested about
    ("Students protested over fees in Nyeri on Monday by blocking the highway and lighting fires.",
     "Violent demonstration"),
    ("Youths demonstrated at the stadium in Kisii on Monday, where they lit bonfires.", "Violent demonstration"),
    ("On Monday a group demonstrated throwing rotten eggs inside a hotel in Nairobi, demanding the resignation of "
     "its owner.", "Violent demonstration"),
    ("Traders demonstrated demanding the release of their chairman in Nakuru on Monday.", "Peaceful protest"),
    # a fight with the police is the crowd's, also where the parser hangs it in the protest's topic
    ("Demonstrators protesting the arrest of a councillor engaged in running battles with police in Kisumu on "
     "Monday.", "Violent demonstration"),
    # deeds the crowd tried or had done by it
    ("In Kisumu on Monday a supermarket was broken into and goods were stolen by demonstrators.",
     "Violent demonstration"),
    ("Protesters tried to break into the county offices in Kisii on Monday.", "Violent demonstration"),
    ("Protesting the lack of jobs, residents blocked the road to the quarry in Kitui for two days, holding hostage "
     "a lorry driver.", "Violent demonstration"),
    # others' arms, the police's manner, a threat, the violence protesters suffered: not the crowd's violence
    ("Residents of Meru protested insecurity on Monday after a spate of armed banditry.", "Peaceful protest"),
    ("Traders demonstrated in Embu on Monday; police violently dispersed them.", "Protest with intervention"),
    ("Students protested in Nyeri on Monday. Police were called after they threatened to burn the hostel.",
     "Peaceful protest"),
    ("Hundreds of victims of the land clashes held a demonstration in Molo on Monday.", "Peaceful protest"),
    # violence told as breaking out is the crowd's; violence protested against is not
    ("Violence broke out in Kisumu on Monday as hundreds of supporters protested the omission of their candidate.",
     "Violent demonstration"),
    ("Residents of Garissa protested on Monday against violence by bandits.", "Peaceful protest"),
    # a crowd's violent blockade riots with or without a cause; a crowd stampeding riots
    ("Party supporters barricaded the roads with burning tyres in Kisumu on Monday.", "Violent demonstration"),
    ("Two people were killed in Nakuru on Monday when voters stampeded.", "Violent demonstration"),
])
def test_the_crowds_own_violence_makes_the_riot(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Police fired tear gas at supporters who tried to storm the county offices in Kisumu on Monday.",
    "Angry traders tried to storm the county offices in Kisumu on Monday.",
])
def test_a_crowd_that_tries_to_storm_riots_not_battles(code: Any, text: str) -> None:
    # the crowd of a relative clause, or of the verb an attempt hangs on, is the doer
    assert first(code(text, REF, country="KE")).event_type == "Riots"


@pytest.mark.parametrize(("text", "etypes"), [
    ("Cane farmers boycotted deliveries to the sugar factory in Kisumu on Monday.", ["Protests"]),
    ("Students boycotted classes at the school in Nyeri on Monday over poor meals.", ["Protests"]),
    # a boycott by parties or states is no protest event
    ("Two opposition parties boycotted the elections in Kenya.", []),
])
def test_a_crowds_boycott_is_a_protest(code: Any, text: str, etypes: list[str]) -> None:
    assert [e.event_type for e in code(text, REF, country="KE").events] == etypes


@pytest.mark.parametrize("text", [
    # the demand the parser hangs on the place stormed still makes the storming a protest
    "Tenants of rented houses in Nakuru stormed the provincial offices demanding to meet with the county commissioner.",
    # taking control told as what a protest is about is no battle
    "A group of traders protested developers from taking over the market land in Nakuru on Monday.",
])
def test_storming_with_a_demand_and_takeovers_protested_are_protests(code: Any, text: str) -> None:
    assert [e.event_type for e in code(text, REF, country="KE").events] == ["Protests"]


@pytest.mark.parametrize("text", [
    # a crowd breaking into people's sitting riots, even when it protests
    "Angry farmers stormed a hotel in Eldoret on Monday where county officials were holding a meeting.",
    "Supporters of the senator stormed into the hall in Kisii on Monday where a rival party was holding a "
    "meeting. They demanded that its chairman leave the town.",
    "Protesting traders disrupted a workshop for tax officials in Nakuru on Monday.",
])
def test_storming_a_sitting_is_a_riot(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Riots"


def test_a_protest_the_press_was_covering_is_the_backdrop(code: Any) -> None:
    coding = code("Two journalists were assaulted by police in Kisumu on Monday while they were covering the riots.",
                  REF, country="KE")
    assert [e.sub_event_type for e in coding.events] == ["Attack"]


def test_a_protest_told_where_the_press_covered_one_is_the_backdrop(code: Any) -> None:
    # the protest named as the occasion is the one the reporter was covering
    coding = code("During a protest in Kisumu on Monday, police beat a reporter who was covering the march.",
                  REF, country="KE")
    assert [e.sub_event_type for e in coding.events] == ["Attack"]


def test_a_blockades_cause_may_hang_on_its_participle(code: Any) -> None:
    text = ("Residents blocked the road to the market in Nakuru on Monday, disrupting transport for three hours "
            "after the county failed to repair a bridge.")
    assert first(code(text, REF, country="KE")).sub_event_type == "Peaceful protest"


def test_a_bare_blockade_is_no_event(code: Any) -> None:
    assert not code("Residents blocked the road in Kitui on Monday.", REF, country="KE").events


@pytest.mark.parametrize(("text", "sub"), [
    # a mob or vigilantes named beside the violence did it, also when the headline parse fails
    ("A vigilante mob lynches and kills a suspected cattle thief in Kitale.", "Mob violence"),
    # a mob or a crowd that burns property is mob violence, not a strategic development; soldiers are not
    ("An angry mob set fire to the house of a suspected murderer in Embu on Monday.", "Mob violence"),
    ("Villagers torched the homes of two suspected witches near Kisii on Sunday.", "Mob violence"),
    ("Soldiers torched homes in the village near Kisii on Sunday.", "Looting/property destruction"),
    # people attacked over witchcraft accusations, by no armed men named, are attacked by a mob
    ("An old man was hacked to death over witchcraft claims near Kisii on Monday.", "Mob violence"),
    ("Two suspected witches were burnt to death in a village near Kisii on Monday.", "Mob violence"),
    ("Gunmen killed a herbalist accused of witchcraft near Kisii on Monday.", "Attack"),
    # a headline verb the tagger took for a noun: the crowd before it is its subject
    ("Supporters of a rival candidate attack two journalists in Kisumu", "Mob violence"),
    ("Residents of Kitale attack and kill a man they suspected of theft.", "Mob violence"),
    ("Two residents killed in attacks by armed raiders near Isiolo", "Attack"),
])
def test_mobs_that_kill_or_burn_are_mob_violence(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    ("A mob beat and stoned a suspected thief to death in Kisumu on Monday.", "Mob violence"),
    ("Students protesting a fee rise clashed with police and stoned cars in Nyeri on Monday.", "Violent demonstration"),
])
def test_crowd_violence_is_a_demonstration_only_when_it_protests(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a crowd that hits people and protests nothing is a mob; one that only burns and loots still riots
    ("Rioters beat up two journalists near the market in Kisumu on Monday.", "Mob violence"),
    ("Rioting youths threw stones at the convoy of the county governor in Kakamega on Sunday.", "Mob violence"),
    ("A council clerk was attacked by rioters in Kisii on Tuesday.", "Mob violence"),
    ("Rioters burned shops and looted a supermarket in Kisumu on Monday.", "Violent demonstration"),
    ("Rioters stoned passing cars in Kisumu on Monday.", "Violent demonstration"),
    ("Traders protested in Embu on Monday. Some of them assaulted a council officer.", "Violent demonstration"),
    # the gathering a mob attacks is not its protest; a month is not a march
    ("On 4 March a mob threw stones at the senator who was holding a campaign rally in Nyeri.", "Mob violence"),
    ("12 March: A mob beat two police officers in a village near Kisii.", "Mob violence"),
    # the crowd of a verb joined to another, also in a headline the parser reads as nouns
    ("Rioters attack and seriously injure farm guards", "Mob violence"),
    ("Fifty youths invaded a hotel in Kisumu on Monday and assaulted an employee, rioting over its ownership.",
     "Mob violence"),
])
def test_a_crowd_hitting_people_without_a_protest_is_a_mob(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # riot police are the police's kit, not a riot
    ("Anti-riot police dispersed angry voters outside the tallying centre in Hola on Monday.",
     "Protest with intervention"),
    ("Riot police dispersed traders who had camped outside the county offices in Meru on Monday.",
     "Protest with intervention"),
    # burning a symbol destroys nothing; violence the crowd suffers is not its own
    ("Hundreds of demonstrators burnt a coffin outside parliament in Nairobi on Monday to protest pay rises.",
     "Peaceful protest"),
    ("Teachers protested in Murang'a on Monday. Unknown men attacked the demonstrators with stones.",
     "Peaceful protest"),
    ("Police fired tear gas to disperse rioting voters in Kisumu on Monday.", "Violent demonstration"),
    ("Police clashed with protesters outside the county offices in Kakamega on Tuesday.",
     "Violent demonstration"),
    # what the protest's predicate says caused it is what it is about
    ("Residents protested in Lamu on Monday. The protests were sparked by the killing of a trader who was attacked "
     "with machetes.", "Peaceful protest"),
    ("Students protested in Lodwar on Monday. The protest is a reaction to an attack on a police post.",
     "Peaceful protest"),
    ("Residents protested in Kainuk on Monday. The protest came after armed robberies in the village.",
     "Peaceful protest"),
    # a deed after a comma, fires lit, houses broken into, property destroyed, people robbed
    ("Residents protested against the governor in Maralal on Monday, burning tyres.", "Violent demonstration"),
    ("Traders protested in Bungoma on Monday. The demonstrators blocked the road and lit fires.",
     "Violent demonstration"),
    ("Students protested in Nairobi on Monday. Police said the protesters were breaking into houses.",
     "Violent demonstration"),
    ("Students demonstrated in Eldoret on Monday. The demonstration led to the destruction of property.",
     "Violent demonstration"),
    ("Demonstrators robbed passers-by during a protest over land in Narok on Monday.", "Violent demonstration"),
    ("Protesters against insecurity throw stones at a bus in Mwingi.", "Violent demonstration"),
    ("Taxi riders block the main road in Isiolo and light fires in protest against a police crackdown.",
     "Violent demonstration"),
    ("Youths protested in Juja on Monday. There were confrontations between the protesters and police.",
     "Violent demonstration"),
    ("Residents protested in Nairobi on Monday against a government campaign to destroy illegal housing.",
     "Peaceful protest"),
    # the cause of a protest told on the verb that holds it
    ("Students staged a protest in Rongo on Monday after a residential hall was burned.", "Peaceful protest"),
    ("Parents held a demonstration in Kisii on Monday, opposing a plan to sack principals over the burning of "
     "dormitories.", "Peaceful protest"),
    # a clause on the people the protest is about is not the crowd's deed; whom it blames is its topic
    ("Youths demonstrated in Nairobi on Monday to ask police to act against sect members who had recently "
     "beaten them up.", "Peaceful protest"),
    # what the crowd itself did to people, and police hurt at the protest
    ("Students protested in Nyeri on Monday over fees. They beat up the deputy principal.", "Violent demonstration"),
    ("Angry demonstrators ambushed a council official in Kitui on Monday.", "Violent demonstration"),
    ("Residents protested in Nakuru on Monday over a death in custody. Two officers were injured during the protest.",
     "Violent demonstration"),
    ("Traders protested in Thika on Monday. There were reports of looting during the protest.",
     "Violent demonstration"),
    ("Teachers protested in Nakuru on Monday. Some injured.", "Protest with intervention"),
])
def test_violence_that_is_not_the_crowds_own_does_not_make_a_riot(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    ("Students of the polytechnic in Nyeri engaged in running battles with police on Monday. The protests began "
     "when the student council was dissolved.", "Violent demonstration"),
    ("Violent clashes broke out in Kisumu on Monday in protest at the arrest of a councillor.", "Violent demonstration"),
    ("Rebels clashed with the army near Beni on Monday. Residents later protested in the town.", "Armed clash"),
    # an air strike is no strike of workers
    ("Government forces clashed with insurgents near Harasta on Monday as warplanes carried out strikes on the town.",
     "Armed clash"),
])
def test_a_fight_told_beside_a_protest_is_the_crowds(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    ("Tea workers staged protests in Sotik on Monday. Police forces injured three protesters.",
     "Protest with intervention"),
    ("Residents stormed the county offices in Nyeri on Monday demanding an audience. Administration officers "
     "blocked them from the offices.", "Protest with intervention"),
    ("Youths stormed the county offices in Embu on Monday to demand jobs.", "Peaceful protest"),
    ("War veterans stormed a foreign embassy in Nairobi on Monday demanding compensation for torture.",
     "Peaceful protest"),
    ("Rebels stormed the town on Monday demanding the surrender of the garrison.", "Armed clash"),
])
def test_police_forces_acting_on_a_protest_intervene(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a workers' strike hits nothing: it is a protest, not an air strike met with force
    ("Striking teachers protested over pay in Nairobi on Monday. They had been striking for two weeks.",
     "Peaceful protest"),
    ("Nurses in Kisumu went on strike on Monday over unpaid allowances.", "Peaceful protest"),
    ("Warplanes struck the town of Arbin on Monday, killing four civilians.", "Air/drone strike"),
    # what was done before the protest, and officers who are not police, are no intervention
    ("Residents protested in Garissa on Monday after a man was allegedly beaten by police officers.",
     "Peaceful protest"),
    ("Clinical officers staged a demonstration outside the county headquarters in Narok on Monday.",
     "Peaceful protest"),
    ("Police in Machakos stopped a demonstration against the governor on Monday.", "Protest with intervention"),
    ("Parents protested outside the school in Naivasha on Monday, blaming the management for the death of a "
     "pupil. Police stopped the demonstrators from entering the school.", "Protest with intervention"),
])
def test_a_strike_or_an_earlier_police_act_does_not_make_an_intervention(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # shooting protesters, or firing live rounds at them, is lethal force; shots in the air or at a crowd are not
    ("Police shot a protester while breaking up a demonstration in Kisumu on Monday.",
     "Excessive force against protesters"),
    ("Teachers protested in Nakuru on Monday. Two demonstrators were shot and injured by police.",
     "Excessive force against protesters"),
    ("Police fired live bullets and tear gas to disperse protesters in Siaya on Monday.",
     "Excessive force against protesters"),
    ("Police shot in the air to disperse demonstrators in Thika on Monday.", "Protest with intervention"),
    ("Police shot at protesters who had gathered to march in Homa Bay on Monday.", "Protest with intervention"),
])
def test_shooting_protesters_is_excessive_force(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    ("Motorcycle taxi riders blocked the main road in Kericho on Monday to demand the resignation of their "
     "ward representative.", "Peaceful protest"),
    ("Residents blocked the highway near Gilgil on Monday, demanding speed bumps.", "Peaceful protest"),
])
def test_a_blockade_for_a_cause_is_a_protest(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


def test_a_fight_a_protest_answers_is_no_event_of_its_own(code: Any) -> None:
    coding = code("Demonstrations took place in Mandera on Monday in response to clashes between two clans.", REF,
                  country="KE")
    assert [e.sub_event_type for e in coding.events] == ["Peaceful protest"]


def test_soldiers_blocking_a_road_do_not_protest(code: Any) -> None:
    coding = code("Soldiers blocked the road near Kismayo on Monday to stop the militants escaping.", REF, country="KE")
    assert not any(e.event_type == "Protests" for e in coding.events)


@pytest.mark.parametrize(("text", "sub"), [
    # what a crowd breaks or whom it chases away is a riot or a mob's violence
    ("Party supporters damaged property in Murang'a on Monday during the nominations.", "Violent demonstration"),
    ("Students shattered the windows of their dormitories in Embu on Monday.", "Violent demonstration"),
    ("An assistant chief was chased away by angry locals in Kisii on Monday.", "Mob violence"),
    ("Residents chased road contractors from their site in Meru on Monday in protest.", "Peaceful protest"),
])
def test_a_crowds_deeds_are_riots(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Police chased the suspects into the forest near Kisii on Monday.",
    "The storm damaged several houses in Kisumu on Monday.",
    "Youths held a protest in Kisii on Monday. They threatened to disrupt the governor's rally.",
])
def test_deeds_not_done_by_a_crowd_are_no_riot(code: Any, text: str) -> None:
    assert not any(e.event_type == "Riots" for e in code(text, REF, country="KE").events)


def test_forces_are_no_trigger_word_of_their_own(code: Any) -> None:
    event = first(code("Regime forces targeted, by unknown means, the village of Kafr Nabl on Monday.", REF,
                       country="SY"))
    assert event.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(("text", "sub"), [
    ("Striking county workers took to the streets of Kisumu on Monday over unpaid salaries.", "Peaceful protest"),
    ("Hundreds of traders poured into the streets of Eldoret on Tuesday over the arrest of their chairman.",
     "Peaceful protest"),
    ("Opposition supporters held peaceful demos in Nakuru on Monday.", "Peaceful protest"),
    ("Nurses picketed outside the county hospital in Kisii on Monday.", "Peaceful protest"),
])
def test_words_of_taking_to_the_streets_are_protests(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


def test_a_handover_without_fighting_is_a_transfer_of_territory(code: Any) -> None:
    event = first(code("The militia handed over control of the village to army troops on Sunday without any fighting.",
                       REF, country="SY"))
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_people_who_flee_fighting_are_not_its_actors(code: Any) -> None:
    coding = code("Thousands of people have fled the fighting around Saraqib since Monday.", REF, country="SY")
    assert all(e.event_type not in ("Riots", "Protests") for e in coding.events)


def test_a_government_s_warplanes_are_its_military(res: Any) -> None:
    ids = [a.id for a in res.actors.find("Syrian government warplanes struck the town.", 0, country_focus="SY")]
    assert ids == ["sy-military"]


def test_who_finds_the_dead_did_not_kill_them(code: Any) -> None:
    event = first(code("Herders found the bodies of three men near Baragoi on Sunday.", REF, country="KE"))
    assert event.event_type == "Violence against civilians"
    assert [a.name for a in event.actors if a.role == "actor"] == ["Unidentified Armed Group (Kenya)"]


def test_a_fight_between_groups_is_an_event_but_a_fight_against_an_ill_is_not(code: Any) -> None:
    event = first(code("One man died after a fight between two rival clans near Wajir on Sunday.", REF, country="KE"))
    assert event.event_type == "Battles"
    coding = code("The minister vowed on Monday to win the fight against corruption.", REF, country="KE")
    assert not coding.events


def test_a_hostage_killed_is_an_attack_not_an_abduction(code: Any) -> None:
    event = first(code("Gunmen kidnapped a trader in Garissa on Monday and killed him the next day.", REF,
                       country="KE"))
    assert event.sub_event_type == "Attack"


@pytest.mark.parametrize(("text", "event_type"), [
    ("Raiders abducted two girls from a village near Moyale on Sunday. The abduction followed clashes between "
     "the two clans last month.", "Violence against civilians"),
    ("A grenade was hurled into a bar in Garissa town on Friday night, injuring six. Police and militants "
     "clashed near the border in July.", "Explosions/Remote violence"),
])
def test_the_event_told_first_leads_a_battle_told_as_background(code: Any, text: str, event_type: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == event_type


def test_a_plan_told_first_does_not_lead_the_fighting_that_happened(code: Any) -> None:
    text = ("Militants were planning to attack a school in Lamu on Monday. Troops fought them for an hour "
            "near Mpeketoni on Tuesday, killing four.")
    event = first(code(text, REF, country="KE"))
    assert (event.event_type, event.status) == ("Battles", "occurred")


@pytest.mark.parametrize(("text", "event_type"), [
    ("A matatu driver died after a crash with a lorry in Kitale on Monday. Angry traders threatened to lynch "
     "the lorry driver. Police officers fired in the air to disperse the crowd.", "Protests"),
    ("Soldiers were sent to the disputed ranch near Nanyuki on Monday, raising fears of a clash with the "
     "herders. The herders later barricaded the road to the ranch to stop the soldiers from reaching it.", "Riots"),
    ("Youths in Kitale threatened to burn down the police station on Monday. Later, the youths stoned passing "
     "cars and looted shops.", "Riots"),
])
def test_a_threat_or_a_fear_does_not_lead_the_deed_that_happened(code: Any, text: str, event_type: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert (event.event_type, event.status) == (event_type, "occurred")


@pytest.mark.parametrize("text", [
    "Teachers went on strike in Kisumu over unpaid salaries on Monday.",
    "Nurses in Nakuru began a strike over pay on Monday.",
])
def test_a_labour_strike_is_a_protest_not_an_air_strike(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Protests"


def test_a_suicide_without_a_bomb_is_no_suicide_bombing(code: Any) -> None:
    event = first(code("A guard shot his colleague dead in Eldoret before committing suicide.", REF, country="KE"))
    assert event.sub_event_type != "Suicide bomb"



@pytest.mark.parametrize(("text", "sub"), [
    # armed men breaking into a civilian place or upon civilians attack them; storming a camp of forces is a battle
    ("Gunmen stormed a clinic in Garissa on Monday and killed a nurse.", "Attack"),
    ("Masked gunmen stormed a refugee camp near Dadaab on Monday, killing one refugee.", "Attack"),
    ("Armed men stormed the school in Wajir on Monday and shot two pupils.", "Attack"),
    ("Militiamen stormed the police camp in Baringo on Monday and killed two officers.", "Armed clash"),
    ("Rebels stormed the town on Monday and seized it from the army.", "Armed clash"),
])
def test_armed_men_storming_civilians_attack_them(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a civilian by calling hit during clashes is an attack of its own; people of no calling, property, armed
    # men or people tied to an armed group are the clashes' toll
    ("A pastor was shot dead by raiders during ethnic clashes in Molo on Monday.", "Attack"),
    ("Two shopkeepers were killed during clashes between rival clans in Moyale on Monday.", "Attack"),
    ("Four people were killed in clashes between rival clans in Moyale on Monday.", "Armed clash"),
    ("Two herders and a raider were killed in clashes in Baringo on Monday.", "Armed clash"),
    ("Ten houses were torched during clashes between two clans in Moyale on Monday.", "Armed clash"),
    ("A preacher linked to Al Shabaab was killed in a shootout with police in Mombasa on Monday.", "Armed clash"),
])
def test_civilians_by_calling_killed_during_clashes_are_attacked(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a headline the parser misreads: the victim is the noun phrase right after the verb, or before 'shot dead'
    ("Highway militia guns down three Kenyan police officers", "Armed clash"),
    ("Armed gang kills police guarding a bank in Thika", "Armed clash"),
    ("Police reservist shot dead while guarding a gate; attackers unknown", "Armed clash"),
    ("Gang kills shopkeepers guarding a store in Thika", "Attack"),
    # what follows a passive, or the doers of a verb with an object, are no victims
    ("A trader was killed in Thika on Monday (unknown gunmen).", "Attack"),
])
def test_headline_victims_the_parse_missed(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # members of a force hit off duty, unarmed, retired or former are civilians (ACLED); on duty, a battle
    ("Gunmen shot dead an off-duty police officer outside his house in Malindi on Monday.", "Attack"),
    ("A retired army sergeant was killed by bandits in Isiolo on Monday.", "Attack"),
    ("Gunmen shot dead a police officer at a checkpoint in Malindi on Monday.", "Armed clash"),
])
def test_forces_hit_off_duty_are_civilians(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a suspect hit at an everyday doing bore no arms; a member of a force so hit is still fought
    ("Officers shot dead a gang suspect as he slept in a lodging in Malindi on Monday.", "Attack"),
    ("Detectives killed a militia suspect while he was eating at a hotel in Garissa on Monday.", "Attack"),
    ("Officers shot dead a gang suspect in a shootout in Malindi on Monday.", "Armed clash"),
    ("Bandits shot dead a soldier as he slept at a camp near Garissa on Monday.", "Armed clash"),
])
def test_suspects_hit_unawares_are_attacked(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


def test_armed_men_seizing_a_craft_take_those_aboard(code: Any) -> None:
    # a craft or vehicle seized by non-state armed men is no ground fought for: its crew are abducted
    text = ("The vessel MV Sea Star was captured by suspected pirates off the coast of Kismayo, with 20 crew on "
            "board who were then held hostage.")
    assert [e.event_type for e in code(text, REF, country="KE").events] == ["Violence against civilians"]


@pytest.mark.parametrize(("text", "etype"), [
    # a car hit near a town is no ground fought for; a police car is
    ("Al Shabaab fighters hijacked a car near Wajir on Monday.", "Violence against civilians"),
    ("Al Shabaab fighters hijacked a police car near Wajir on Monday.", "Battles"),
])
def test_a_craft_hit_near_a_place_is_no_fight_for_the_place(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # the people a fight left dead are its victims: civilians so named make it an attack, as when killed in it
    ("Clan fighting left three civilians dead near Wajir on Monday.", "Violence against civilians"),
    ("Clan fighting left two police officers dead near Wajir on Monday.", "Battles"),
    ("Clan fighting left five dead near Wajir on Monday.", "Battles"),
])
def test_a_fight_that_left_civilians_dead(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_the_subject_of_was_hit_by_a_participle_clause_with_by(code: Any) -> None:
    # 'was on Tuesday killed ... by': the participle hung as a clause of 'was' still tells who was hit
    text = ("A Kenyan trader was on Tuesday killed in Somalia by fighters of the Islamist group Al Shabaab for "
            "refusing to pay a tax on his goats.")
    assert first(code(text, REF, country="KE")).sub_event_type == "Attack"


@pytest.mark.parametrize(("text", "sub"), [
    ("Post-election violence went on in the town of Molo for a third day.", "Violent demonstration"),
    ("Fresh ethnic violence was reported near Eldoret on Monday.", "Attack"),
    ("Two people died in post-election tribal violence near Molo.", "Attack"),
    ("A third man died in a clan war over grazing land near Wajir on Monday.", "Armed clash"),
])
def test_violence_named_only_in_general_is_an_event(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    ("A gang hacked three farmers to death near Molo during post-election violence.", "Attack"),
    ("Women were raped by a gang in Naivasha during the post-election violence.", "Sexual violence"),
])
def test_violence_in_general_gives_way_to_the_deed_told(code: Any, text: str, sub: str) -> None:
    assert [e.sub_event_type for e in code(text, REF, country="KE").events] == [sub]


@pytest.mark.parametrize("text", [
    "Unknown men petrol bombed a pastor's house in Kisumu on Sunday night.",
    "Attackers hurled a petrol bomb at a bar in Mombasa on Friday.",
    "Two bodies were found dumped in a ditch near Thika on Monday morning.",
    "Two bodies were dumped in a river near Garissa on Monday night.",
])
def test_a_petrol_bomb_or_a_body_found_is_an_attack(code: Any, text: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Passengers found an unexploded bomb under a seat of a bus in Garissa on Monday.",
    "A grenade was discovered in a school toilet in Mandera on Tuesday.",
    "Police seized explosives from a house in Lamu on Friday.",
])
def test_explosives_found_or_seized_are_disrupted_weapons(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen held twelve bus passengers hostage near Mandera on Monday.", "Abduction/forced disappearance"),
    ("A village chief was held captive by a gang in Kisii for two days.", "Abduction/forced disappearance"),
    ("Raiders rustled 400 goats from herders near Baragoi on Sunday.", "Attack"),
    ("Two men poured acid on a shopkeeper in Kisumu on Friday.", "Attack"),
])
def test_hostages_rustling_and_acid_are_violence_against_civilians(code: Any, text: str, sub: str) -> None:
    assert first(code(text, REF, country="KE")).sub_event_type == sub


def test_a_hostage_taken_in_a_battle_leaves_it_a_battle(code: Any) -> None:
    text = "Militants attacked a police post near Lokichar on Monday and held the officers hostage for hours."
    assert first(code(text, REF, country="KE")).event_type == "Battles"


def test_chopping_someone_is_violence(code: Any) -> None:
    event = first(code("A mob chopped off the fingers of a suspected thief in Meru on Sunday.", REF, country="KE"))
    assert event.sub_event_type == "Mob violence"


@pytest.mark.parametrize(("text", "sub"), [
    ("Villagers say soldiers used violence against farmers near Wajir during a search for guns.", "Attack"),
    ("Post-election violence went on in Molo - no details given (four days of violence).", "Violent demonstration"),
])
def test_bare_violence_is_an_event_only_alone_and_gives_way_to_a_qualified_one(code: Any, text: str,
                                                                                sub: str) -> None:
    assert [e.sub_event_type for e in code(text, REF, country="KE").events] == [sub]


def test_overtaking_a_town_without_resistance_is_a_non_violent_transfer(code: Any) -> None:
    event = first(code("Militants overtook the village of Basuba without resistance on Monday.", REF, country="KE"))
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_violence_named_in_general_does_not_take_the_toll_of_the_killing(code: Any) -> None:
    text = "In a new wave of ethnic violence, three herders were killed by raiders near Baragoi on Sunday."
    event = first(code(text, REF, country="KE"))
    assert event.fatalities is not None and event.fatalities.count == 3
