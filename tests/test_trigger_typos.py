"""Event words misspelt by one letter are read as the word they are one slip from.
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.typos import _one_slip, _trigger_forms, known_english, mended_trigger

REF = date(2021, 6, 10)


def test_one_slip_covers_swaps_drops_and_additions() -> None:
    slips = set(_one_slip("atack"))
    assert {"taack", "atck", "attack"} <= slips


def test_trigger_forms_inflect_regularly() -> None:
    forms = _trigger_forms(frozenset({"attack", "kill", "raid"}))
    assert forms["attacked"] == "attack" and forms["killing"] == "kill" and forms["raids"] == "raid"


@pytest.mark.parametrize("text", [
    "Raiders attakced three homesteads near Marigat on Tuesday.",
    "A trader was attakced by a gang of men in Chuka on Tuesday.",
    "Gunmen ambusehd a police patrol near Mandera on Tuesday.",
    "Bandits were kiling herders near Marigat on Tuesday.",
])
def test_a_misspelt_event_word_is_read(code: Any, text: str) -> None:
    assert code(text, REF, country="KE").events


@pytest.mark.parametrize("text", [
    # a real English word one letter from an event word is not mended ('arched' is not 'marched')
    "The old bridge arched over the river in Chuka on Tuesday.",
    # nor a name
    "Attacker Mwangi scored twice for the county team in Chuka on Tuesday.",
])
def test_known_words_and_names_are_not_mended(code: Any, text: str) -> None:
    assert not code(text, REF, country="KE").events


def test_only_words_the_tables_do_not_know_are_mended(res: Any) -> None:
    doc = res.nlp("The old bridge arched over the river.")
    arched = doc[3]
    assert mended_trigger(arched, frozenset({"bridge"}), res.lexicon) == "march"
    assert mended_trigger(arched, known_english(res.nlp), res.lexicon) is None


def test_inflected_known_words_are_not_mended(res: Any) -> None:
    doc = res.nlp("Doctors were treating the wounded.")
    assert mended_trigger(doc[2], known_english(res.nlp), res.lexicon) is None
