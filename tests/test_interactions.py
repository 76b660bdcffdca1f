"""PLOVER interactions (frontwire.extract.interactions): which act leads a sentence and who does it to whom,
on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.interactions import load_cues, parse_cues
from frontwire.extract.lexicon import load_lexicon
from support import first as first_event

REF = date(2021, 6, 10)


def lead(coding: Any) -> Any:
    assert coding.interactions, "no interaction coded"
    return coding.interactions[0]


def parties(item: Any) -> tuple[str | None, str | None]:
    source = next((a.country for a in item.actors if a.role == "actor"), None)
    target = next((a.country for a in item.actors if a.role == "target"), None)
    return source, target


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # the doer is the subject, the one acted upon the object or the complement of 'to', 'on', 'with'
    ("Peru imposed new sanctions on Bolivia on Monday.", "SANCTION", "PE", "BO"),
    ("Ghana held talks with Togo about the border on Friday.", "CONSULT", "GH", "TG"),
    # a country named in its own sentence about itself is still an actor; a nationality word names its country
    ("Kenya will give Uganda a loan to build roads, Kenyan officials said.", "AGREE", "KE", "UG"),
    ("A Norwegian minister praised Ethiopia for its reforms.", "SUPPORT", "NO", "ET"),
    # 'it' stands for the subject of the clause above
    ("Chad said it would send food aid to Niger next month.", "AGREE", "TD", "NE"),
    # through 'is ready to'; the subject of the clause a demand governs is its target
    ("Tunisia is ready to provide grain to Libya, its minister said.", "AGREE", "TN", "LY"),
    ("Angola demanded that Zambia close the camps.", "DEMAND", "AO", "ZM"),
    # the place an act is done in is its target of last resort
    ("Mauritania imposed a curfew in Nouakchott on Monday.", "COERCE", "MR", "MR"),
    # an announced withdrawal is a promise
    ("Eritrea says it is willing to withdraw its troops from Djibouti.", "AGREE", "ER", "DJ"),
])
def test_an_interaction_has_its_source_and_target(code: Any, text: str, plover: str, source: str,
                                                   target: str) -> None:
    item = lead(code(text, REF))
    assert (item.plover, *parties(item)) == (plover, source, target)


@pytest.mark.parametrize(("text", "plover"), [
    ("Mali and Niger signed a treaty of friendship on Tuesday.", "SUPPORT"),
    ("The prime minister hosted the Kenyan president in the capital on Monday.", "CONSULT"),
    ("The two navies began joint exercises in the gulf on Sunday.", "COOPERATE"),
    ("The court opened a hearing into the deaths of three prisoners.", "INVESTIGATE"),
    ("The opposition party declined to join the new cabinet.", "REJECT"),
    ("The ministry lodged an official protest with the embassy on Friday.", "DISAPPROVE"),
    ("The army put its units on high alert along the border.", "MOBILIZE"),
])
def test_verbs_and_nouns_of_plover_categories(code: Any, text: str, plover: str) -> None:
    assert lead(code(text, REF)).plover == plover


def test_a_diplomatic_protest_is_no_demonstration(code: Any) -> None:
    coding = code("The ministry lodged an official protest with the embassy on Friday.", REF)
    assert not coding.events


@pytest.mark.parametrize(("text", "plover"), [
    # announced coercion threatens; a cooperative act refused rejects
    ("The governor said he would impose a curfew on the city from Monday.", "THREATEN"),
    ("The party said it would boycott the elections.", "THREATEN"),
    ("Gabon said it would not accept any more refugees from the north.", "REJECT"),
    # ending cooperation sanctions, lifting coercion concedes, an act on a condition threatens
    ("The donors halted their aid to the northern province on Monday.", "SANCTION"),
    ("The governor lifted the night curfew in the port city on Friday.", "CONCEDE"),
    ("The mediators may suspend the talks if the shelling goes on.", "THREATEN"),
])
def test_the_status_of_an_act_changes_its_plover_type(code: Any, text: str, plover: str) -> None:
    assert lead(code(text, REF)).plover == plover


def test_what_another_must_do_is_a_demand_of_the_speaker(code: Any) -> None:
    item = lead(code("Senegal said on Tuesday that Gambia must return the seized fishing boats.", REF))
    assert (item.plover, *parties(item)) == ("DEMAND", "SN", "GM")


def test_the_act_highest_in_the_sentence_leads_it(code: Any) -> None:
    coding = code("Nigeria announced that it will support the peace plan despite fighting between militias.", REF)
    assert lead(coding).plover == "AGREE"
    assert lead(coding).governs


def test_an_event_that_only_sets_the_scene_does_not_lead(code: Any) -> None:
    coding = code("The envoy ended his mediation between the two factions as shells fell on the port.", REF)
    assert lead(coding).plover == "SANCTION" and lead(coding).governs


def test_a_demand_told_beside_a_protest_does_not_govern_it(code: Any) -> None:
    coding = code("Students staged a rally in the capital, saying the minister must resign.", REF)
    assert not any(i.governs for i in coding.interactions if i.plover == "DEMAND")


def test_blocking_roads_is_a_protest_in_plover_not_an_acled_event(code: Any) -> None:
    coding = code("Angry farmers blocked roads into the city on Monday.", REF)
    assert lead(coding).plover == "PROTEST" and not coding.events


def test_a_hunger_strike_is_a_protest(code: Any) -> None:
    assert first_event(code("Twenty detainees began a hunger strike in the prison on Monday.", REF)).kind == "protest"


def test_cues_load_and_parse() -> None:
    cues = load_cues()
    assert "president" in cues.titles and "must" in cues.demand_modals
    raw = ('{"titles": ["king"], "demand_modals": ["must"], "future_modals": [], "intent_words": [], '
           '"ending_verbs": [], "conditions": [], "background": []}')
    assert parse_cues(raw).titles == frozenset({"king"})


def test_new_verbal_kinds_are_verbal() -> None:
    lexicon = load_lexicon()
    assert lexicon.kind("alert").family == "verbal" and lexicon.kind("alert").plover == "MOBILIZE"


def test_a_country_itself_is_its_government() -> None:
    from frontwire.extract.actors import load_catalogue

    ref = load_catalogue().country_actor("KE")
    assert ref is not None and ref.country == "KE" and "Government" in ref.name
    assert load_catalogue().country_actor("KE", role="no such role") is None
