"""Tests for frontwire.evaluate.geo over invented documents and hand-made place lists (no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontwire.errors import InputError
from frontwire.evaluate.geo import (
    GeoDoc,
    align_offsets,
    geo_report,
    parse_geo_doc,
    predicted_places,
    score_geo_doc,
)

Json = dict[str, Any]
FIXTURES = Path(__file__).parent / "fixtures" / "eval"
ALEPPO = (36.20124, 37.16117, 170063)
IDLIB = (35.93062, 36.63393, 169389)


def _doc(index: int) -> GeoDoc:
    lines = (FIXTURES / "geo.jsonl").read_text("utf-8").splitlines()
    return parse_geo_doc(json.loads(lines[index]), line=index + 1)


def _place(text: str, start: int, where: tuple[float, float, int] | None) -> Json:
    lat, lon, gid = where if where else (None, None, None)
    return {"text": text, "start": start, "end": start + len(text), "lat": lat, "lon": lon, "geonameid": gid}


def _checks(doc: GeoDoc, places: list[Json], **kw: Any) -> list[tuple[str, bool]]:
    return [(c.name, c.ok) for c in score_geo_doc(doc, {"places": places}, **kw).checks]


def test_parse_doc() -> None:
    doc = _doc(1)
    assert doc.doc_id == "g2" and doc.day is None and len(doc.toponyms) == 3
    first = doc.toponyms[0]
    assert doc.text[first.start:first.end] == "Aleppo" and first.geonameid == 170063
    assert not doc.toponyms[2].located


@pytest.mark.parametrize("raw", [{"text": ""}, {"text": "x", "toponyms": "no"}, {"text": "x", "toponyms": [{"start": 3}]}])
def test_bad_docs_are_input_errors(raw: Json) -> None:
    with pytest.raises(InputError, match="line 9"):
        parse_geo_doc(raw, line=9)


def test_all_found_and_resolved() -> None:
    doc = _doc(1)
    checks = _checks(doc, [_place("Aleppo", 13, ALEPPO), _place("Idlib", 24, IDLIB)])
    assert all(ok for _, ok in checks)
    names = [name for name, _ in checks]
    assert names.count("recognition_recall") == 2 and names.count("recognition_precision") == 2


def test_overlap_is_enough_and_unlocated_annotations_are_neutral() -> None:
    doc = _doc(1)
    # "Syrian" is annotated without coordinates: neither a hit nor a false positive.
    checks = _checks(doc, [_place("Alepp", 13, ALEPPO), _place("Syrian", 58, None)])
    assert checks.count(("recognition_recall", True)) == 1
    assert checks.count(("recognition_recall", False)) == 1
    assert [ok for name, ok in checks if name == "recognition_precision"] == [True]


def test_spurious_place_hurts_precision() -> None:
    result = score_geo_doc(_doc(1), {"places": [_place("Shelling", 0, None)]})
    assert ("recognition_precision", False) in [(c.name, c.ok) for c in result.checks]
    assert "Shelling" in result.got


@pytest.mark.parametrize(
    ("where", "near", "same_id", "either"),
    [
        (ALEPPO, True, True, True),
        ((36.20124, 39.5, 170063), False, True, True),
        ((36.3, 37.2, 999), True, False, True),
        (IDLIB[:2] + (1,), True, False, True),
        ((40.0, 45.0, 1), False, False, False),
        (None, False, False, False),
    ],
)
def test_resolution_checks(where: tuple[float, float, int] | None, near: bool, same_id: bool, either: bool) -> None:
    checks = dict(_checks(_doc(1), [_place("Aleppo", 13, where)]))
    assert checks["resolution_161km"] is near
    assert checks["geonameid_match"] is same_id
    assert checks["resolution_161km_or_id"] is either


def test_align_offsets_walks_over_dropped_whitespace() -> None:
    theirs = "Floods hit  Mombasa.\n\n Malindi too."
    ours = "Floods hit Mombasa.\nMalindi too."
    offsets = align_offsets(ours, theirs)
    assert len(offsets) == len(ours) + 1
    for word in ("Mombasa", "Malindi", "too"):
        start = ours.index(word)
        assert theirs[offsets[start]:offsets[start + len(word)]].strip(" .") == word


def test_align_offsets_survives_a_replaced_character() -> None:
    theirs = "He said \u201cAleppo\u201d fell."
    ours = 'He said "Aleppo" fell.'
    offsets = align_offsets(ours, theirs)
    start = ours.index("Aleppo")
    assert theirs[offsets[start]:offsets[start + 6]] == "Aleppo"


def test_output_offsets_are_mapped_back_to_the_gold_text() -> None:
    doc = _doc(0)
    coded = " ".join(doc.text.split())
    start = coded.index("Kenya")
    assert start != doc.toponyms[2].start
    places = predicted_places({"places": [_place("Kenya", start, None)]}, article_text=coded, doc_text=doc.text)
    assert doc.text[places[0].start:places[0].end] == "Kenya"
    checks = _checks(doc, [_place("Kenya", start, (1.0, 38.0, 192950))], article_text=coded)
    assert ("recognition_recall", True) in checks


def test_report_values() -> None:
    doc = _doc(1)
    results = [score_geo_doc(doc, {"places": [_place("Aleppo", 13, ALEPPO), _place("Shelling", 0, None)]}),
               score_geo_doc(_doc(0), None)]
    report = geo_report(results)
    assert report.metric("recognition_recall").hits == 1 and report.metric("recognition_recall").n == 5
    assert report.metric("recognition_precision").rate == 0.5
    values = {v.name: v.value for v in report.values}
    assert values["recognition_f1"] == pytest.approx(2 * 0.5 * 0.2 / 0.7)
    assert values["median_km"] == pytest.approx(0.0)
    assert report.confusion is None and report.worst[0].key == "doc g1"
