"""Crowds named as a group of people, led into a deed, or a group backing a side, riot; an ethnic gang is its
group's militia. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.lexicon import vocab
from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    # a group of plain people storming a place is a crowd
    "A group of matatu drivers stormed the county offices in Kisumu on Monday and smashed windows.",
    "A group of taxi drivers stormed a tallying centre in Kakamega on Monday and burnt ballot papers.",
    # the people a leader leads into storming are the doers
    "The area MP led a group of rowdy youths in storming the tallying centre in Kakamega on Monday.",
    # a group told backing a side is its supporters
    "A group backing the governor stormed the party offices in Kisumu on Monday and smashed windows.",
])
def test_a_group_of_plain_people_riots(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Riots"


@pytest.mark.parametrize("text", [
    # a group of armed men is no crowd
    "A group of gunmen stormed the county offices in Kisumu on Monday and smashed windows.",
    "A group of armed youths stormed a police post in Kakamega on Monday.",
])
def test_a_group_of_armed_men_does_not_riot(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type != "Riots"


def test_a_gang_named_by_its_people_is_their_militia(code: Any) -> None:
    text = "A gang of about 200 Pokot attacked police officers near the border in Baringo on Monday."
    event = first(code(text, REF, country="KE"))
    assert event.actors[0].name == "Pokot Ethnic Militia (Kenya)"


def test_the_new_words_are_read() -> None:
    words = vocab()
    assert "lead" in words.crowd_leading_verbs and "support" in words.group_backing_verbs
    assert "driver" in words.crowd_nouns and "gang" in words.ethnic_doer_nouns
