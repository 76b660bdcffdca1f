"""Headline-style notes the tagger misreads: a verb read as a noun compound, a plural noun read as a verb.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.kinds import headline_passive
from frontwire.extract.triggers import _agent_plural_read_as_verb, _verb_between_plural_compounds, compound_verb_doers

REF = date(2021, 6, 10)


def _token(res: Any, text: str, word: str) -> Any:
    return next(t for t in res.nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word"), [
    ("Angry traders torch lorry after accident.", "torch"),
    ("Youths stone bus on highway.", "stone"),
])
def test_a_plain_verb_after_a_plural_noun_is_a_headline_verb(res: Any, text: str, word: str) -> None:
    tok = _token(res, text, word)
    assert tok.dep_ == "compound" and _verb_between_plural_compounds(tok)


@pytest.mark.parametrize(("text", "word"), [
    # a compound after an article or a singular noun is a noun ('a stone wall', 'a village stone quarry')
    ("Workers repaired a stone wall near the market.", "stone"),
    ("He worked at the village stone quarry for years.", "stone"),
])
def test_a_noun_compound_is_not_a_headline_verb(res: Any, text: str, word: str) -> None:
    assert not _verb_between_plural_compounds(_token(res, text, word))


def test_the_words_before_a_compound_headline_verb_name_its_doer(res: Any) -> None:
    tok = _token(res, "Angry traders torch lorry after accident.", "torch")
    assert [t.text for t in compound_verb_doers(tok)] == ["Angry", "traders"]


@pytest.mark.parametrize("text", [
    "Angry traders torch lorry after accident in Chuka on Tuesday.",
    "Youths stone bus on highway near Chuka on Tuesday.",
])
def test_a_crowd_headline_verb_read_as_a_compound_riots(code: Any, text: str) -> None:
    events = code(text, REF, country="KE").events
    assert events and events[0].event_type == "Riots"


def test_armed_men_storming_a_village_and_killing_civilians_attack_them(code: Any) -> None:
    # 'storm' read as a compound of 'village': its doer stands before it, the killing hangs on the village
    events = code("Gunmen storm village, killing civilians at a wedding in Chuka.", REF, country="KE").events
    assert events and events[0].event_type == "Violence against civilians"
    assert any(a.role == "target" and a.inter == 7 for a in events[0].actors)


def test_a_plural_in_ers_with_no_subject_is_a_noun(res: Any, code: Any) -> None:
    text = "Union protesters against the delay of salaries."
    tok = _token(res, text, "protesters")
    assert tok.tag_ == "VBZ" and _agent_plural_read_as_verb(tok)
    events = code(text, REF, country="KE").events
    assert events and events[0].event_type == "Protests"


def test_a_verb_in_ers_with_a_subject_stays_a_verb(res: Any) -> None:
    tok = _token(res, "The river enters the lake near the town.", "enters")
    assert not _agent_plural_read_as_verb(tok)


def test_a_headline_passive_before_the_toll_is_a_passive(res: Any, code: Any) -> None:
    # the parser hangs the headline clause on 'died': its subject was still hit, and they are police
    text = "Three police officers shot at and injured during routine patrol, one died later."
    assert headline_passive(_token(res, text, "shot"))
    events = code(text, REF, country="KE").events
    assert events and events[0].event_type == "Battles"


def test_a_clause_before_reported_speech_is_not_a_passive(res: Any) -> None:
    assert not headline_passive(_token(res, "Gunmen shot at the convoy, police said.", "shot"))
