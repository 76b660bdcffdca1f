"""'The town of X' is a place even when the tagger took X for a date or a number; a real time word is not."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span as SpacySpan

from frontwire.extract.places import find_place_mentions
from frontwire.geo.gazetteer import Gazetteer
from frontwire.models import GeoEntry

# An invented village.
SABTEEN = GeoEntry(1, "Sabteen", 35.2, 36.5, "SY", "PPL", 0, "Alpha")


def _mentions(res: Any, text: str, word: str, label: str) -> list[str]:
    doc = res.nlp(text)
    k = next(t.i for t in doc if t.text == word)
    doc.ents = [SpacySpan(doc, k, k + 1, label=label)]  # the tagger's misreading, forced
    gazetteer = Gazetteer.from_entries([SABTEEN, GeoEntry(2, "Sunday", 35.3, 36.4, "SY", "PPL", 0, "Alpha")])
    return [m.name for s in doc.sents for m in find_place_mentions(s, 0, gazetteer)]


def test_the_town_of_a_name_tagged_a_date_is_a_place(res: Any) -> None:
    text = "Government forces shelled the town of Sabteen, damaging several houses."
    assert _mentions(res, text, "Sabteen", "DATE") == ["Sabteen"]


def test_a_village_named_after_it_tagged_a_number_is_a_place(res: Any) -> None:
    text = "Warplanes struck Sabteen village at dawn."
    assert _mentions(res, text, "Sabteen", "CARDINAL") == ["Sabteen"]


def test_a_name_tagged_a_date_without_a_settlement_word_stays_out(res: Any) -> None:
    text = "Government forces shelled Sabteen, damaging several houses."
    assert _mentions(res, text, "Sabteen", "DATE") == []


def test_a_weekday_after_the_village_of_stays_a_time(res: Any) -> None:
    text = "Government forces shelled the village of Sunday, damaging several houses."
    assert _mentions(res, text, "Sunday", "DATE") == []
