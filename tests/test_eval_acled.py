"""Tests for frontwire.evaluate.acled over invented gold rows and hand-made output dicts (no spaCy)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from frontwire.errors import InputError, ResourceError
from frontwire.evaluate.acled import (
    METRICS,
    AcledRow,
    GoldLookup,
    acled_report,
    admin1_agrees,
    fold_name,
    gold_actor,
    load_legacy_types,
    parse_acled_row,
    parse_legacy_types,
    predicted_actors,
    score_acled_row,
)

Json = dict[str, Any]
FIXTURES = Path(__file__).parent / "fixtures" / "eval"
TYPES_2019 = {
    "Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians", "Strategic developments",
}
KNOWN = {"Military Forces of Syria (2000-)": "SY", "Civilians (Syria)": "SY", "Islamic State (Syria)": "SY",
         "Protesters (Kenya)": "KE", "Civilians (Kenya)": "KE", "Unidentified Armed Group (Kenya)": "KE",
         "Protesters (Syria)": "SY", "United Nations": None}
COUNTRIES = {"Syria": "SY", "Kenya": "KE"}


def _actor_country(name: str, _focus: str | None) -> tuple[bool, str | None]:
    return (name in KNOWN, KNOWN.get(name))


LOOKUP = GoldLookup(COUNTRIES.get, _actor_country, lambda name, _c: ("Idlib",) if name == "Idleb" else ())


def _rows(name: str) -> list[Json]:
    return [json.loads(line) for line in (FIXTURES / name).read_text("utf-8").splitlines() if line.strip()]


def _gold(name: str, index: int, **changes: Any) -> AcledRow:
    raw = _rows(name)[index] | changes
    return parse_acled_row(raw, line=index + 1, lookup=LOOKUP)


def _output(event_type: str = "Explosions/Remote violence", **fields: Any) -> Json:
    event: Json = {
        "event_type": event_type, "sub_event_type": "Shelling/artillery/missile attack", "plover": "ASSAULT",
        "actors": [
            {"name": "Military Forces of Syria (2000-)", "role": "actor", "inter": 1, "country": "SY"},
            {"name": "Civilians (Syria)", "role": "target", "inter": 7, "country": "SY"},
        ],
        "place": {"name": "Aleppo", "lat": 36.20124, "lon": 37.16117, "admin1": "Aleppo", "geo_precision": 1},
        "fatalities": {"count": 3},
    }
    event.update(fields)
    return {"events": [event], "places": []}


def _checks(row: AcledRow, output: Json | None) -> dict[str, bool]:
    return {c.name: c.ok for c in score_acled_row(row, output).checks}


# --- the legacy type table -------------------------------------------------------------


def test_shipped_legacy_table_maps_only_to_2019_types() -> None:
    table = load_legacy_types()
    targets = {t for types in table.exact.values() for t in types} | {t for _, ts in table.prefixes for t in ts}
    assert targets <= TYPES_2019


@pytest.mark.parametrize(
    ("legacy", "accepted"),
    [
        ("Riots/Protests", ("Protests", "Riots")),
        ("Remote violence", ("Explosions/Remote violence",)),
        ("Strategic development", ("Strategic developments",)),
        ("Violence against civilians", ("Violence against civilians",)),
        ("Battle-Government regains territory", ("Battles",)),
        ("Battle-No change of territory", ("Battles",)),
        ("Non-violent transfer of territory", ("Strategic developments",)),
        ("Something else", None),
    ],
)
def test_legacy_mapping(legacy: str, accepted: tuple[str, ...] | None) -> None:
    assert load_legacy_types().accepted(legacy) == accepted


def test_legacy_table_rejects_bad_lines() -> None:
    with pytest.raises(ResourceError, match=":2:"):
        parse_legacy_types("# header\nonly one column\n")


# --- parsing gold rows -------------------------------------------------------------------


def test_legacy_row_prefers_event_type_2019() -> None:
    row = _gold("acled_me.jsonl", 2)
    assert row.types == frozenset({"Battles"}) and row.type_label == "Battles"
    assert row.sub_event_type == "Armed clash"
    assert row.country_code == "SY" and row.fatalities == 4 and row.geo_precision == 2


def test_legacy_riots_protests_accepts_either() -> None:
    row = _gold("acled_me.jsonl", 1)
    assert row.types == frozenset({"Protests", "Riots"}) and row.type_label == "Riots/Protests"
    assert row.sub_event_type is None and row.actor2 is None
    assert row.admin1_aliases == ("Idlib",)


def test_legacy_row_with_null_2019_type_uses_the_table() -> None:
    row = _gold("acled_me.jsonl", 0, event_type_2019=None, event_type="Battle-Non-state actor overtakes territory")
    assert row.types == frozenset({"Battles"})


def test_unmapped_legacy_type_is_an_input_error() -> None:
    with pytest.raises(InputError, match="line 1"):
        _gold("acled_me.jsonl", 0, event_type_2019=None, event_type="Parade")


def test_current_row_scores_sub_event_type() -> None:
    row = _gold("acled_kenya.jsonl", 0)
    assert row.types == frozenset({"Protests"}) and row.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(("field", "value"), [("inter1", "x"), ("event_date", "yesterday"), ("fatalities", "many")])
def test_bad_fields_are_input_errors(field: str, value: str) -> None:
    with pytest.raises(InputError):
        _gold("acled_kenya.jsonl", 0, **{field: value})


@pytest.mark.parametrize(
    ("name", "inter", "country", "checked"),
    [
        ("Civilians (Kenya)", 7, "KE", True),
        ("United Nations", 8, None, True),
        ("Some New Militia", 3, "SY", True),
        ("Some Foreign Force", 8, None, False),
    ],
)
def test_gold_actor_country_rules(name: str, inter: int, country: str | None, checked: bool) -> None:
    actor = gold_actor(name, inter, row_country="SY", lookup=LOOKUP)
    assert (actor.country, actor.check_country) == (country, checked)


# --- scoring -----------------------------------------------------------------------------


def test_a_perfect_prediction_passes_every_check() -> None:
    row = _gold("acled_me.jsonl", 0)
    result = score_acled_row(row, _output())
    assert all(c.ok for c in result.checks), [c.name for c in result.checks if not c.ok]
    assert result.failures == 0 and result.predicted_label == "Explosions/Remote violence"
    assert result.errors_km and result.errors_km[0] < 3


def test_no_output_fails_all_but_zero_fatalities() -> None:
    row = _gold("acled_me.jsonl", 1)
    checks = _checks(row, None)
    assert checks["fatalities_exact"] is True
    assert not any(ok for name, ok in checks.items() if not name.startswith("fatalities"))
    assert score_acled_row(row, {"events": []}).got == "(no event)"


@pytest.mark.parametrize(("predicted", "ok"), [("Protests", True), ("Riots", True), ("Battles", False)])
def test_riots_protests_rows_accept_either_type(predicted: str, ok: bool) -> None:
    assert _checks(_gold("acled_me.jsonl", 1), _output(predicted))["event_type"] is ok


def test_actor_needs_inter_and_country() -> None:
    row = _gold("acled_me.jsonl", 0)
    foreign = _output(actors=[{"name": "Military Forces of Russia", "role": "actor", "inter": 1, "country": "RU"}])
    checks = _checks(row, foreign)
    assert checks["actor1"] is False and checks["actor1_inter"] is True


def test_actor2_falls_back_to_the_second_actor() -> None:
    event = {"actors": [{"name": "a", "role": "actor"}, {"name": "b", "role": "associate"}]}
    assert predicted_actors(event)[1] == {"name": "b", "role": "associate"}
    event = {"actors": [{"name": "t", "role": "target"}, {"name": "a", "role": "actor"}]}
    first, second = predicted_actors(event)
    assert first is not None and first["name"] == "a" and second is not None and second["name"] == "t"
    assert predicted_actors(None) == (None, None)


def test_actor2_is_only_scored_where_the_gold_has_one() -> None:
    assert "actor2" not in _checks(_gold("acled_kenya.jsonl", 0), _output())
    assert "actor2" in _checks(_gold("acled_kenya.jsonl", 1), _output())


@pytest.mark.parametrize(
    ("lat", "lon", "near", "far"),
    [(36.2021, 37.1343, True, True), (36.35, 37.1343, False, True), (36.6, 37.1343, False, False)],
)
def test_place_distance_thresholds(lat: float, lon: float, near: bool, far: bool) -> None:
    output = _output(place={"lat": lat, "lon": lon, "admin1": "Aleppo", "geo_precision": 1})
    checks = _checks(_gold("acled_me.jsonl", 0), output)
    assert (checks["place_10km"], checks["place_25km"]) == (near, far)
    assert (checks["place_10km_precise"], checks["place_25km_precise"]) == (near, far)


def test_precise_place_checks_skip_vague_gold() -> None:
    checks = _checks(_gold("acled_me.jsonl", 0, geo_precision=3), _output())
    assert "place_10km" in checks and "place_10km_precise" not in checks


@pytest.mark.parametrize(
    ("gold", "ours", "ok"),
    [
        ("Aleppo", "ALEPPO", True),
        ("Hama", "Ḩamāh", True),
        ("Rural Damascus", "Damascus", True),
        ("Deir-ez-Zor", "Deir ez Zor Governorate", True),
        ("Idleb", "Idlib", False),
        ("Homs", None, False),
    ],
)
def test_admin1_agreement(gold: str, ours: str | None, ok: bool) -> None:
    assert admin1_agrees(gold, ours) is ok


def test_admin1_gazetteer_accepts_the_gazetteer_spelling() -> None:
    output = _output(place={"lat": 35.93, "lon": 36.63, "admin1": "Idlib", "geo_precision": 1})
    checks = _checks(_gold("acled_me.jsonl", 1), output)
    assert checks["admin1"] is False and checks["admin1_gazetteer"] is True


def test_fold_name_drops_case_marks_and_punctuation() -> None:
    assert fold_name("  Ḑayr az-Zawr ") == "dayr az zawr"


@pytest.mark.parametrize(("count", "exact", "close"), [(4, True, True), (5, False, False), (None, False, False)])
def test_fatalities_exact_and_within_ten_percent(count: int | None, exact: bool, close: bool) -> None:
    row = _gold("acled_me.jsonl", 2)
    output = _output(fatalities=None if count is None else {"count": count})
    checks = _checks(row, output)
    assert (checks["fatalities_exact"], checks["fatalities_10pct"]) == (exact, close)


def test_ten_percent_band_on_large_counts() -> None:
    row = _gold("acled_me.jsonl", 2, fatalities=40)
    assert _checks(row, _output(fatalities={"count": 44}))["fatalities_10pct"] is True
    assert _checks(row, _output(fatalities={"count": 45}))["fatalities_10pct"] is False


def test_only_the_first_event_counts() -> None:
    output = _output("Battles")
    output["events"].append(copy.deepcopy(_output()["events"][0]))
    assert _checks(_gold("acled_me.jsonl", 0), output)["event_type"] is False


def test_report_over_rows() -> None:
    rows = [_gold("acled_me.jsonl", i) for i in range(3)]
    results = [score_acled_row(rows[0], _output()), score_acled_row(rows[1], None), score_acled_row(rows[2], None)]
    report = acled_report(results, notes=["n"])
    assert [m.name for m in report.metrics] == list(METRICS)
    assert report.metric("coverage").hits == 1 and report.metric("coverage").n == 3
    assert report.confusion is not None and report.confusion.count("Battles", "(none)") == 1
    assert report.worst[0].key == "line 3"
