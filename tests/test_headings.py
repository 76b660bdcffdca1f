"""Category headings: a short label and a colon at the start of a report name the report's event kind."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.headings import find_heading
from frontwire.extract.lexicon import load_lexicon

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "kind"), [
    ("Arrests: Police detained three men in the market.", "arrest"),
    ("Movement of Troops: A column of tanks left the base.", "group_change"),
    ("Non-violent actvity: Soldiers fired into the air near the border.", "development"),
    ("Weapons seizure: Troops found a cache of rifles in a farmhouse.", "disrupted_weapons"),
    ("Formation of a new brigade: Four factions announced their union.", "group_change"),
])
def test_a_leading_label_names_a_kind(text: str, kind: str) -> None:
    heading = find_heading(text, load_lexicon().cues.heading_kinds)
    assert heading is not None and heading.kind == kind
    assert text[heading.end:][0].isupper()


@pytest.mark.parametrize("text", [
    "Soldiers arrested three men: two brothers and their cousin.",  # a colon inside the sentence
    "Kismayo: Police detained three men in the market.",  # a place, not a category
    "The long and detailed history of the arrests in the region: a review.",  # too long to be a label
])
def test_other_colons_are_not_headings(text: str) -> None:
    assert find_heading(text, load_lexicon().cues.heading_kinds) is None


def test_the_heading_decides_the_lead_event(code: Any) -> None:
    coding = code("Non-violent activity: Army units fired machine guns at the outskirts of Kafr Nabl on Monday. "
                  "No one was hurt.", REF, country="SY")
    event = coding.events[0]
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")
    assert event.place is not None and [a.role for a in event.actors][:1] == ["actor"]


def test_the_heading_makes_an_event_no_trigger_made(code: Any) -> None:
    coding = code("Movement of forces: A convoy of army troops travelled from Homs towards Kafr Nabl on Monday.",
                  REF, country="SY")
    assert [(e.event_type, e.kind) for e in coding.events] == [("Strategic developments", "group_change")]
    assert coding.events[0].place is not None
