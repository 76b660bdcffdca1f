"""Tests for frontwire.extract.apportion: a toll that a note shares out over several places."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwire.extract.apportion import apportion_vocab, coded_toll, share_of
from frontwire.extract.numbers import data_rows
from frontwire.models import Figure, GeoEntry, Place, Span

REF = date(2021, 6, 10)


def _entry(gid: int, name: str) -> GeoEntry:
    return GeoEntry(geonameid=gid, name=name, lat=35.0 + gid / 100, lon=36.0, country="SY", feature="PPL",
                    admin1="Hama", admin2=None, population=1000)


def _places(sentence: Span, names: list[str]) -> list[Place]:
    out = []
    for k, name in enumerate(names):
        start = sentence.text.index(name) + sentence.start
        out.append(Place(name, Span(start, start + len(name), name), _entry(k + 1, name), 1))
    return out


def _share(text: str, names: list[str], target: str, toll: int | None = None) -> int | None:
    sentence = Span(100, 100 + len(text), text)
    places = _places(sentence, names)
    place = next(p for p in places if p.text == target)
    return share_of(sentence, None, place, places, toll)


@pytest.mark.parametrize(("target", "share"), [("Umm Tala", 4), ("Kafr Halab", 3), ("Tell Aswad", 3)])
def test_named_shares(target: str, share: int) -> None:
    text = ("The unknown number was coded as 10 and split across the 3 villages, with Umm Tala allocated 4 "
            "and Kafr Halab and Tell Aswad allocated 3 each.")
    assert _share(text, ["Umm Tala", "Kafr Halab", "Tell Aswad"], target) == share


@pytest.mark.parametrize(("target", "share"), [("Deir Sunbul", 2), ("Maarzaf", 1), ("Hizarin", 1)])
def test_shares_told_before_the_places(target: str, share: int) -> None:
    text = "Deaths split between places, with 2 fatalities allocated to Deir Sunbul and 1 each to Maarzaf and Hizarin."
    assert _share(text, ["Deir Sunbul", "Maarzaf", "Hizarin"], target) == share


def test_an_even_split_of_a_coded_toll() -> None:
    text = "Clashes in Maarzaf and Hizarin killed an unknown number, coded as 10 and split between the 2 locations."
    assert _share(text, ["Maarzaf", "Hizarin"], "Hizarin") == 5


def test_an_even_split_gives_the_remainder_to_the_first_places() -> None:
    text = "Strikes on Maarzaf, Hizarin, Tell Aswad and Umm Tala killed 10 people, spread evenly across the events."
    names = ["Maarzaf", "Hizarin", "Tell Aswad", "Umm Tala"]
    assert [_share(text, names, n, 10) for n in names] == [3, 3, 2, 2]


def test_each_place_the_same_share() -> None:
    text = "Fighting in Maarzaf and Hizarin left deaths on both sides, coded as 10 and split, 5 each."
    assert _share(text, ["Maarzaf", "Hizarin"], "Maarzaf") == 5


def test_a_share_for_the_place_of_this_event() -> None:
    text = "Maarzaf saw 30 killed across the district, with 4 fatalities coded to this location."
    assert _share(text, ["Maarzaf"], "Maarzaf") == 4


def test_a_sentence_without_a_split_gives_no_share() -> None:
    assert _share("Shelling on Maarzaf and Hizarin killed 6 people.", ["Maarzaf", "Hizarin"], "Maarzaf", 6) is None
    split = "The area is now split between two armed groups."
    assert share_of(Span(0, len(split), split), None, None, [], None) is None


def _fig(count: int, start: int, qualifier: str | None = None) -> Figure:
    return Figure("fatalities", count, Span(start, start + 5, "x"), qualifier)


@pytest.mark.parametrize(("text", "figure", "total"), [
    ("An unknown number of fatalities coded as 10.", None, 10),
    ("Total fatalities were coded as 12.", _fig(4, 0), 12),
    ("The unknown number of militia fatalities is coded as 10.", _fig(4, 0), 14),
    ("Rebel losses were coded as an additional 5.", _fig(7, 0), 12),
    ("Several fighters were killed, with the unknown number coded as 5.", _fig(10, 500, "vague"), 5),
    ("Deaths were coded as 10 and split between the 2 villages.", None, None),
    ("The location was coded to the district centre.", None, None),
])
def test_a_toll_the_note_says_it_codes(text: str, figure: Figure | None, total: int | None) -> None:
    assert coded_toll(Span(500, 500 + len(text), text), figure) == total


def test_vocabulary_rows_are_unique() -> None:
    rows = [tuple(r) for r in data_rows("apportion.tsv")]
    assert len(rows) == len(set(rows)) and all(len(r) == 2 for r in rows)
    vocab = apportion_vocab()
    assert "split" in vocab["cue"] and "allocated" in vocab["given"]


def test_each_place_event_gets_its_share(code: Any) -> None:
    text = ("Government artillery shelled the town of Kafr Nabl, causing damage. Shelling on Kafr Nabl and Binnish "
            "killed 6 civilians, with 4 fatalities allocated to Kafr Nabl and 2 to Binnish.")
    event = code(text, REF).events[0]
    assert event.place is not None and "Nabl" in event.place.text
    assert event.fatalities is not None and event.fatalities.count == 4


def test_a_figure_told_after_the_strike_in_its_sentence_goes_to_every_event_before_it(code: Any) -> None:
    event = code("Helicopters dropped barrel bombs on Kafr Nabl, killing two farmers.", REF).events[0]
    assert event.fatalities is not None and event.fatalities.count == 2


def test_only_the_first_places_listed_share_the_toll() -> None:
    text = "Fighting in Maarzaf, Hizarin and Tell Aswad was coded as 10, split 5 each between the first 2 villages listed."
    names = ["Maarzaf", "Hizarin", "Tell Aswad"]
    assert [_share(text, names, n) for n in names] == [5, 5, 0]
