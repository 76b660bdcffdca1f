"""Which event leads a note: an event told only as the backdrop of another (its cause, or marked as earlier),
or the destruction told with a killing, or an event named only to date another, follows the event the sentence
tells (ACLED codes the note by its main event). Sentences invented for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype"), [
    # a protest told with the killing that caused it: the protest is the note's event
    ("Bus drivers boycotted work in Kisumu on Tuesday after two of their colleagues were shot dead by police.",
     "Protests"),
    ("Students marched in Eldoret on Monday to protest the killing of a classmate by soldiers.", "Protests"),
    # a deed told after an event the text marks as earlier: the deed leads
    ("On Friday, police arrested 40 youths in the village after an earlier clash with a gang.",
     "Strategic developments"),
])
def test_the_backdrop_of_an_event_does_not_lead(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


@pytest.mark.parametrize(("text", "etype"), [
    # arrests after violence told unmarked, or made during a protest, follow the violence or the protest
    ("Nine traders were arrested after they looted shops in the market in Kisumu on Monday.", "Riots"),
    ("Police arrested ten journalists during a protest in Nairobi on Monday.", "Protests"),
])
def test_arrests_follow_the_violence_or_protest_they_end(code: Any, text: str, etype: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == etype


def test_an_event_marked_earlier_is_a_cause(res: Any) -> None:
    from frontwire.extract.mentions import told_as_cause
    doc = res.nlp("Police held ten men after an earlier clash, after gunmen had attacked a bus, to protest the raid.")
    by_word = {t.lower_: told_as_cause(t) for t in doc}
    assert by_word["clash"] == "earlier"
    assert by_word["attacked"] == "cause"
    assert by_word["held"] is None


@pytest.mark.parametrize("text", [
    "A house was set on fire in the village near Kitui on Monday night, killing three people inside.",
    "Attackers torched a shop in Garissa on Sunday, killing the owner.",
])
def test_a_killing_leads_the_destruction_told_with_it(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "Gunmen set fire to a church in the town overnight following the killing of a farmer.",
    "Soldiers demolished three houses in the village on Sunday following the killing of an officer.",
])
def test_a_killing_named_to_date_the_destruction_follows_it(code: Any, text: str) -> None:
    assert first(code(text, REF, country="KE")).event_type == "Strategic developments"
