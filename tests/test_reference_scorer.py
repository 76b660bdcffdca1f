"""Unit tests for the reference-article scorer, over small hand-written codings."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from frontwire.errors import InputError
from frontwire.evaluate.reference import (
    FIELDS,
    ReferenceScore,
    format_score,
    haversine_km,
    score_reference,
    score_to_dict,
)

Json = dict[str, Any]
SEED_EXPECTED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_6f97f35e48310271.expected.json"

ALIASES = {
    "russia (military)": "ru-mil",
    "russian jets": "ru-mil",
    "military forces of russia": "ru-mil",
    "syrian government forces": "sy-mil",
    "syrian army": "sy-mil",
    "military forces of syria": "sy-mil",
    "hamza division": "sna-hamza",
    "free idlib army": "fia",
    "valley brigade": "valley",
    "the valley brigade": "valley",
}


def canonical(name: str) -> str | None:
    """A tiny stand-in for the actor catalogue's canonical()."""
    return ALIASES.get(name.casefold().strip())


def expected_coding() -> Json:
    """An invented answer key: two required events, one optional, quotes and places."""
    return {
        "places": [
            {"mention": "Saraqib", "lat": 35.86, "lon": 36.80, "max_km": 10},
            {"mention": "Ariha", "lat": 35.81, "lon": 36.61, "max_km": 10},
        ],
        "quotes": [
            {"speaker": "Omar Khattab", "role": "commander", "organization": "Free Idlib Army",
             "channel": "AFP", "direct": True, "text": "We held the crossroads for six hours before the jets came"},
            {"speaker": "Leila Darwish", "direct": False,
             "text": "the bakery in Ariha was hit twice during the morning queue"},
            {"speaker": "local residents", "group": True, "direct": False, "text": "the jets flew very low"},
        ],
        "events": [
            {"id": "saraqib-strike", "kind": "airstrike", "event_type": "Explosions/Remote violence",
             "sub_event_type": "Air/drone strike", "status": "occurred", "acceptable_status": ["ongoing"],
             "actors": ["Russia (military)"], "acceptable_actors": ["Syrian government forces"],
             "place": {"lat": 35.86, "lon": 36.80, "max_km": 10},
             "time": {"start": "2020-02-03", "end": "2020-02-03"},
             "fatalities": {"count": 6, "qualifier": "at least"},
             "attributed_to": ["Omar Khattab"], "acceptable_attributed_to": ["local residents"]},
            {"id": "ariha-clash", "kind": "clash", "event_type": "Battles", "sub_event_type": "Armed clash",
             "acceptable_types": [["Explosions/Remote violence", "Shelling/artillery/missile attack"]],
             "status": "ongoing", "actors": ["Syrian government forces", "Free Idlib Army"],
             "place": {"lat": 35.81, "lon": 36.61, "max_km": 10},
             "time": {"start": "2020-02-01", "end": "2020-02-04"},
             "injured": {"count": 14}, "attributed_to": ["Leila Darwish"]},
            {"id": "old-siege", "optional": True, "kind": "siege", "event_type": "Battles",
             "sub_event_type": "Armed clash", "status": "historical", "actors": [],
             "place": {"lat": 36.20, "lon": 37.16, "max_km": 25}, "time": {"text": "years ago"}},
        ],
    }


def output_event(**changes: Any) -> Json:
    """An output event in the contract's shape that matches saraqib-strike."""
    event: Json = {
        "id": "e1", "kind": "airstrike", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "plover": "FIGHT", "status": "occurred",
        "actors": [{"text": "Russian jets", "name": "Military Forces of Russia", "role": "actor", "inter": 8,
                    "country": "RU"}],
        "place": {"text": "the town of Saraqib", "name": "Saraqib", "lat": 35.8621, "lon": 36.8006,
                  "geonameid": 1, "geo_precision": 1},
        "time": {"text": "on Monday", "start": "2020-02-03", "end": "2020-02-03", "time_precision": 1},
        "fatalities": {"text": "at least six", "count": 6, "qualifier": "at least", "who": None},
        "injured": None, "displaced": None,
        "attributions": [{"speaker": "Khattab", "role": None, "organization": None, "channel": "AFP",
                          "quote_id": "q1"}],
        "evidence": [],
    }
    event.update(changes)
    return event


def clash_event(**changes: Any) -> Json:
    """An output event that matches ariha-clash."""
    return output_event(
        **{"id": "e2", "kind": "clash", "event_type": "Battles", "sub_event_type": "Armed clash",
           "status": "ongoing", "fatalities": None, "injured": {"text": "14 wounded", "count": 14},
           "actors": [{"text": "the Syrian army", "name": "Military Forces of Syria", "role": "actor"},
                      {"text": "the Valley Brigade", "name": None, "role": "actor"},
                      {"text": "fighters of the Free Idlib Army", "name": "Free Idlib Army", "role": "target"}],
           "place": {"text": "near Ariha", "name": "Ariha", "lat": 35.8127, "lon": 36.6089},
           "time": {"start": "2020-01-30", "end": "2020-02-02"},
           "attributions": [{"speaker": "Leila Darwish"}], **changes}
    )


def perfect_output() -> Json:
    return {
        "article": {"id": "x"},
        "events": [output_event(), clash_event()],
        "quotes": [
            {"id": "q1", "speaker": "Commander Omar Khattab", "organization": "Free Idlib Army", "channel": "afp",
             "direct": True, "text": "We held the crossroads for six hours before the jets came."},
            {"id": "q2", "speaker": "Darwish", "direct": False,
             "text": "the bakery in Ariha had been hit twice during the morning queue"},
        ],
        "places": [
            {"text": "Saraqib", "name": "Saraqib", "lat": 35.8621, "lon": 36.8006},
            {"text": "Ariha", "name": "Ariha", "lat": 35.8127, "lon": 36.6089},
        ],
    }


def score(output: Json, expected: Json | None = None, *, key: Callable[[str], str | None] = canonical
          ) -> ReferenceScore:
    return score_reference(output, expected or expected_coding(), canonical=key)


def with_events(*events: Json) -> Json:
    output = perfect_output()
    output["events"] = list(events)
    return output


def check(result: ReferenceScore, expected_id: str, field: str) -> bool | None:
    pair = next(p for p in result.pairs if p.expected_id == expected_id)
    return pair.agrees(field)


def test_perfect_output_scores_one() -> None:
    result = score(perfect_output())
    assert (result.required, result.required_matched, result.recall) == (2, 2, 1.0)
    assert (result.outputs, result.outputs_matched, result.precision) == (2, 2, 1.0)
    assert all(result.field_rate(field) == 1.0 for field in FIELDS)
    assert [a.checked for a in result.agreement] == [2, 2, 2, 2]
    assert result.missed == () and result.false_positives == ()
    assert result.missed_optional == ("old-siege",)
    assert (result.quotes_correct, result.quotes_total) == (2, 2)
    assert (result.places_found, result.places_total) == (2, 2)


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"sub_event_type": "Shelling/artillery/missile attack"}, id="wrong-sub-type"),
        pytest.param({"event_type": "Battles", "sub_event_type": "Air/drone strike"}, id="wrong-type"),
        pytest.param({"place": {"text": "Aleppo", "lat": 36.20, "lon": 37.16}}, id="far-place"),
        pytest.param({"place": None}, id="no-place"),
        pytest.param({"place": {"text": "somewhere", "lat": None, "lon": None}}, id="unresolved-place"),
        pytest.param({"time": {"start": "2020-02-05", "end": "2020-02-06"}}, id="later-time"),
        pytest.param({"time": {"start": "2020-01-20", "end": "2020-02-02"}}, id="earlier-time"),
        pytest.param({"time": None}, id="no-time"),
    ],
)
def test_mismatch_is_missed_and_false_positive(changes: Json) -> None:
    result = score(with_events(output_event(**changes), clash_event()))
    assert result.missed == ("saraqib-strike",)
    assert result.recall == 0.5
    assert result.precision == 0.5
    assert [(fp.index, fp.kind) for fp in result.false_positives] == [(0, "airstrike")]


def test_open_ended_output_time_overlaps() -> None:
    result = score(with_events(output_event(time={"start": "2020-01-01", "end": None}), clash_event()))
    assert result.recall == 1.0


@pytest.mark.parametrize(("when", "matches"), [("2020-02-04", True), ("2020-02-05", False)])
def test_reported_time_is_that_day(when: str, matches: bool) -> None:
    expected = expected_coding()
    expected["events"][1]["time"] = {"reported": "2020-02-04"}
    result = score(with_events(output_event(), clash_event(time={"start": when, "end": when})), expected)
    assert ("ariha-clash" in result.missed) is not matches


@pytest.mark.parametrize("time", [None, {"text": "long ago", "start": None, "end": None},
                                  {"start": "2015-05-01", "end": "2015-05-31"}])
def test_undated_expected_event_matches_any_time(time: Json | None) -> None:
    siege = output_event(kind="siege", event_type="Battles", sub_event_type="Armed clash", status="historical",
                         place={"text": "Aleppo", "lat": 36.21, "lon": 37.15}, time=time)
    result = score(with_events(output_event(), clash_event(), siege))
    assert result.precision == 1.0
    assert result.missed_optional == ()


def test_false_positive_lowers_precision() -> None:
    extra = output_event(kind="shelling", sub_event_type="Shelling/artillery/missile attack")
    result = score(with_events(output_event(), clash_event(), extra))
    assert result.recall == 1.0
    assert result.precision == pytest.approx(2 / 3)
    fp = result.false_positives[0]
    assert (fp.index, fp.kind, fp.event_type, fp.sub_event_type) == (
        2, "shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_optional_event_neither_helps_recall_nor_hurts_precision() -> None:
    siege = output_event(kind="siege", event_type="Battles", sub_event_type="Armed clash", status="historical",
                         place={"text": "Aleppo", "lat": 36.2, "lon": 37.16}, time=None)
    with_optional = score(with_events(output_event(), clash_event(), siege))
    only_optional = score(with_events(siege))
    assert (with_optional.recall, with_optional.precision) == (1.0, 1.0)
    assert (only_optional.recall, only_optional.precision) == (0.0, 1.0)
    assert only_optional.required_matched == 0


@pytest.mark.parametrize(("status", "ok"), [("occurred", True), ("ongoing", True), ("planned", False)])
def test_acceptable_status(status: str, ok: bool) -> None:
    result = score(with_events(output_event(status=status), clash_event()))
    assert result.recall == 1.0
    assert check(result, "saraqib-strike", "status") is ok
    assert result.field_rate("status") == (1.0 if ok else 0.5)


@pytest.mark.parametrize(
    ("event_type", "sub_type", "accepting", "matched"),
    [
        ("Battles", "Armed clash", False, True),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", True, True),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", False, False),
        ("Explosions/Remote violence", "Air/drone strike", True, False),
    ],
)
def test_acceptable_types(event_type: str, sub_type: str, accepting: bool, matched: bool) -> None:
    expected = expected_coding()
    if not accepting:
        expected["events"][1].pop("acceptable_types")
    clash = clash_event(event_type=event_type, sub_event_type=sub_type)
    result = score(with_events(output_event(), clash), expected)
    assert ("ariha-clash" not in result.missed) is matched


def test_acceptable_and_extra_actors_are_allowed() -> None:
    actors = [{"text": "Russian jets", "name": "Military Forces of Russia"},
              {"text": "Syrian army", "name": "Military Forces of Syria", "role": "associate"},
              {"text": "the Valley Brigade", "name": "Valley Brigade"}]
    result = score(with_events(output_event(actors=actors), clash_event()))
    assert check(result, "saraqib-strike", "actors") is True


@pytest.mark.parametrize(
    ("actors", "ok"),
    [
        ([{"text": "Russian jets", "name": None}], True),
        ([{"text": "Russia (military)"}], True),
        ([{"text": "Syrian army", "name": "Military Forces of Syria"}], False),
        ([], False),
    ],
)
def test_actors_compare_by_canonical_key(actors: list[Json], ok: bool) -> None:
    result = score(with_events(output_event(actors=actors), clash_event()))
    assert check(result, "saraqib-strike", "actors") is ok
    detail = next(c.detail for p in result.pairs for c in p.checks if c.field == "actors" and p.output_index == 0)
    assert ("Russia (military)" in detail) is not ok


def test_actor_names_unknown_to_the_catalogue_compare_by_spelling() -> None:
    clash = clash_event(actors=[{"text": "the Syrian army", "name": "Military Forces of Syria"},
                                {"text": "FREE IDLIB ARMY", "name": None}])
    result = score(with_events(output_event(), clash),
                   key=lambda name: None if "idlib" in name.casefold() else canonical(name))
    assert check(result, "ariha-clash", "actors") is True


def test_one_output_cannot_match_two_expected_events() -> None:
    expected = expected_coding()
    twin = copy.deepcopy(expected["events"][0])
    twin["id"] = "saraqib-second-strike"
    expected["events"].append(twin)
    single = score(with_events(output_event(), clash_event()), expected)
    assert single.required_matched == 2 and single.outputs_matched == 2
    assert len(single.missed) == 1
    double = score(with_events(output_event(), clash_event(), output_event(id="e3")), expected)
    assert double.recall == 1.0 and double.precision == 1.0


def test_assignment_reroutes_to_reach_maximum_matching() -> None:
    # The first output fits both expected events, the second only the first one:
    # a greedy pass would strand one of them.
    expected = expected_coding()
    expected["events"][0]["time"] = {"start": "2020-02-01", "end": "2020-02-10"}
    late = copy.deepcopy(expected["events"][0])
    late.update(id="late-strike", time={"start": "2020-02-03", "end": "2020-02-10"})
    expected["events"].insert(1, late)
    outputs = [output_event(time={"start": "2020-02-03", "end": "2020-02-03"}),
               output_event(time={"start": "2020-02-01", "end": "2020-02-02"}), clash_event()]
    result = score(with_events(*outputs), expected)
    assert result.recall == 1.0


def test_required_events_are_served_before_optional_ones() -> None:
    expected = expected_coding()
    expected["events"][2].update(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                 place={"lat": 35.86, "lon": 36.80, "max_km": 10})
    expected["events"].insert(0, expected["events"].pop(2))
    result = score(with_events(output_event(), clash_event()), expected)
    assert result.recall == 1.0
    assert result.missed_optional == ("old-siege",)


def test_ties_go_to_the_better_agreeing_pair() -> None:
    wrong = output_event(fatalities={"count": 2})
    right = output_event(id="e9")
    result = score(with_events(wrong, right, clash_event()))
    assert next(p.output_index for p in result.pairs if p.expected_id == "saraqib-strike") == 1
    assert result.field_rate("figures") == 1.0


@pytest.mark.parametrize(
    ("attributions", "ok"),
    [
        ([{"speaker": "Omar Khattab"}], True),
        ([{"speaker": "khattab"}], True),
        ([{"speaker": "Commander Omar Khattab"}], True),
        ([{"speaker": "Local residents"}], True),
        ([{"speaker": "Omar"}], False),
        ([{"speaker": "Leila Darwish"}], False),
        ([], False),
    ],
)
def test_attributed_to(attributions: list[Json], ok: bool) -> None:
    result = score(with_events(output_event(attributions=attributions), clash_event()))
    assert check(result, "saraqib-strike", "attributed_to") is ok


@pytest.mark.parametrize(
    ("changes", "ok"),
    [
        ({}, True),
        ({"fatalities": {"count": 7}}, False),
        ({"fatalities": None}, False),
        ({"injured": {"count": 3}}, True),
    ],
)
def test_figures(changes: Json, ok: bool) -> None:
    result = score(with_events(output_event(**changes), clash_event()))
    assert check(result, "saraqib-strike", "figures") is ok


def test_unspecified_fields_are_not_checked() -> None:
    expected = expected_coding()
    for event in expected["events"]:
        for key in ("actors", "attributed_to", "fatalities", "injured", "status", "acceptable_status"):
            event.pop(key, None)
    result = score(with_events(output_event(actors=[], fatalities=None, attributions=[], status="planned"),
                               clash_event()), expected)
    assert [a.checked for a in result.agreement] == [0, 0, 0, 0]
    assert all(result.field_rate(field) == 1.0 for field in FIELDS)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"speaker": "Khattab"}, None),
        ({"speaker": "Omar Hassan"}, "speaker"),
        ({"organization": "the Valley Brigade"}, "organization"),
        ({"organization": None}, "organization"),
        ({"channel": "Reuters"}, "channel"),
        ({"direct": False}, "direct"),
        ({"text": "the crossroads were held for six hours before jets came"}, None),
        ({"text": "Nothing like it at all, just a different remark entirely"}, "not found"),
    ],
)
def test_named_quote_checks(changes: Json, problem: str | None) -> None:
    output = perfect_output()
    output["quotes"][0].update(changes)
    result = score(output)
    first = result.quotes[0]
    assert first.correct is (problem is None)
    assert problem is None or any(p.startswith(problem) for p in first.problems)
    assert result.quotes_correct == (2 if problem is None else 1)


def test_group_quotes_are_not_scored() -> None:
    result = score(perfect_output())
    assert [q.speaker for q in result.quotes] == ["Omar Khattab", "Leila Darwish"]


def test_quote_found_by_containment() -> None:
    output = perfect_output()
    output["quotes"][1]["text"] = (
        "Witnesses in the town told reporters on Tuesday evening that the bakery in Ariha was hit twice during "
        "the morning queue, while several nearby shops and a school building were also badly damaged"
    )
    assert score(output).quotes[1].correct


def test_each_output_quote_serves_one_expected_quote() -> None:
    output = perfect_output()
    output["quotes"] = [output["quotes"][0]]
    result = score(output)
    assert [q.correct for q in result.quotes] == [True, False]


@pytest.mark.parametrize(
    ("label", "got", "ok"),
    [
        ("National Front (Jabhat al-Wataniya)", "National Front", True),
        ("National Front (Jabhat al-Wataniya)", "jabhat al-wataniya", True),
        ("National Front (Jabhat al-Wataniya)", "Jabhat", False),
        ("Valley Brigade", "the Valley Brigade", True),
        ("Kunduz provincial council", "the Kunduz provincial council", True),
        ("Kunduz provincial council", "Kunduz police", False),
        ("White Helmets", "the White Helmets rescue service", True),
        ("White Helmets rescue service", "White Helmets", False),
    ],
)
def test_organization_spellings(label: str, got: str, ok: bool) -> None:
    expected = expected_coding()
    expected["quotes"][0]["organization"] = label
    output = perfect_output()
    output["quotes"][0]["organization"] = got
    assert score(output, expected).quotes[0].correct is ok


@pytest.mark.parametrize(
    ("places", "found", "named"),
    [
        ([{"text": "the town of Saraqib", "lat": 35.87, "lon": 36.79}], True, True),
        ([{"text": "Sraqeb", "name": "Saraqib", "lat": 35.87, "lon": 36.79}], True, True),
        ([{"text": "eastern Saraqib", "lat": 36.5, "lon": 36.79}], False, True),
        ([{"text": "Saraqibiya", "lat": 35.86, "lon": 36.80}], False, False),
        ([{"text": "Saraqib", "lat": None, "lon": None}], False, False),
    ],
)
def test_place_checks(places: list[Json], found: bool, named: bool) -> None:
    output = with_events()
    output["places"] = places
    result = score(output).places[0]
    assert result.mention == "Saraqib"
    assert result.found is found
    assert (result.distance_km is not None) is named


def test_event_places_count_for_places() -> None:
    output = with_events(output_event(), clash_event())
    output["places"] = []
    assert score(output).places_found == 2


def test_format_and_dict() -> None:
    output = perfect_output()
    output["events"].append(output_event(kind="shelling", sub_event_type="Shelling/artillery/missile attack"))
    output["quotes"][0]["channel"] = "Reuters"
    result = score(output)
    text = format_score(result)
    assert "recall 2/2" in text and "precision 2/3" in text
    assert "false positive #2: shelling" in text
    assert "named quotes: 1/2" in text and "channel 'Reuters'" in text
    assert "places: 2/2" in text
    data = json.loads(json.dumps(score_to_dict(result)))
    assert data["precision"] == pytest.approx(2 / 3)
    assert data["agreement"]["status"] == {"agreed": 2, "checked": 2, "rate": 1.0}
    assert (data["quotes_correct"], data["quotes_total"]) == (1, 2)
    assert data["false_positives"][0]["index"] == 2


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda e: e["events"][0].pop("event_type"), "events[0].event_type"),
        (lambda e: e["events"][1].update(time={"start": "3 Feb"}), "events[1].time.start"),
        (lambda e: e["events"][0].update(place={"lat": "north", "lon": 1}), "events[0].place"),
        (lambda e: e.update(events={"a": 1}), "'events' must be a list"),
        (lambda e: e["places"][0].pop("lat"), "places[0]"),
    ],
)
def test_broken_expected_coding_is_an_input_error(damage: Callable[[Json], object], message: str) -> None:
    expected = expected_coding()
    damage(expected)
    with pytest.raises(InputError, match=re.escape(message)):
        score(perfect_output(), expected)


def test_haversine() -> None:
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(35.86, 36.80, 35.86, 36.80) == 0.0


def seed_as_output(expected: Json) -> Json:
    """The seed's answer key rewritten in the output contract, as a perfect coder would emit it."""
    events = []
    for event in expected["events"]:
        time = event.get("time") or {}
        start, end = time.get("start") or time.get("reported"), time.get("end") or time.get("reported")
        place = event.get("place")
        events.append({
            "kind": event["kind"], "event_type": event["event_type"], "sub_event_type": event["sub_event_type"],
            "status": event["status"],
            "actors": [{"text": a, "name": a, "role": "actor"} for a in event["actors"]],
            "place": {"text": place.get("text", ""), "lat": place["lat"], "lon": place["lon"]} if place else None,
            "time": {"start": start, "end": end} if start else None,
            **{k: event.get(k) for k in ("fatalities", "injured", "displaced")},
            "attributions": [{"speaker": s} for s in event.get("attributed_to", [])],
        })
    quotes = [dict(q, id=f"q{i}") for i, q in enumerate(expected["quotes"])]
    places = [{"text": p["mention"], "name": p["mention"], "lat": p["lat"], "lon": p["lon"]}
              for p in expected["places"]]
    return {"events": events, "quotes": quotes, "places": places}


def test_seed_answer_key_scores_itself_perfectly() -> None:
    if not SEED_EXPECTED.is_file():
        pytest.skip("../shared/seed is not available")
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    result = score_reference(seed_as_output(expected), expected, canonical=lambda name: name.casefold())
    assert (result.recall, result.precision) == (1.0, 1.0)
    assert result.required == 6
    assert all(result.field_rate(field) == 1.0 for field in FIELDS)
    assert (result.quotes_correct, result.quotes_total) == (4, 4)
    assert result.places_found == result.places_total == 5
