"""Tests for frontwire.evaluate.plover and its code tables (iso3.tsv, scripts/build_iso3.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from frontwire.errors import InputError, ResourceError
from frontwire.evaluate.plover import (
    CountryCodes,
    gold_party,
    load_country_codes,
    parse_country_codes,
    parse_plover_row,
    plover_report,
    score_plover_row,
)

Json = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "eval"
COUNTRY_INFO = ROOT.parent / "shared" / "data" / "geonames" / "raw" / "countryInfo.txt"
CODES = CountryCodes({"TUR": "TR", "UGA": "UG", "HTI": "HT"}, frozenset({"IGO", "NGO"}))


def _raw(index: int) -> Json:
    lines = (FIXTURES / "plover.jsonl").read_text("utf-8").splitlines()
    row: Json = json.loads(lines[index])
    return row


def _output(plover: str, actors: list[Json]) -> Json:
    return {"events": [{"plover": plover, "event_type": "Protests", "actors": actors}], "places": []}


def _checks(index: int, output: Json | None) -> dict[str, bool]:
    row = parse_plover_row(_raw(index), line=index + 1, codes=CODES)
    return {c.name: c.ok for c in score_plover_row(row, output).checks}


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_iso3", ROOT / "scripts" / "build_iso3.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- code tables -------------------------------------------------------------------------


def test_shipped_iso3_table() -> None:
    codes = load_country_codes()
    assert codes.iso3["USA"] == "US" and codes.iso3["SYR"] == "SY" and codes.iso3["KEN"] == "KE"
    assert len(codes.iso3) > 240
    assert all(len(k) == 3 and len(v) == 2 and v.isupper() for k, v in codes.iso3.items())
    assert {"IGO", "NGO"} <= codes.international


def test_code_tables_reject_short_lines() -> None:
    with pytest.raises(ResourceError, match="iso3.tsv:2"):
        parse_country_codes("# c\nUSA\n", "")


def test_build_script_parses_country_info() -> None:
    script = _build_script()
    text = "#ISO\tISO3\n\nSY\tSYR\t760\tSY\tSyria\tDamascus\nXX\tbad\nKE\tKEN\t404\tKE\tKenya\tNairobi\n"
    rows = script.parse_country_info(text)
    assert rows == [("KEN", "KE", "Kenya"), ("SYR", "SY", "Syria")]
    rendered = script.render(rows)
    assert rendered.startswith("#") and "SYR\tSY\tSyria\n" in rendered


def test_shipped_table_is_what_the_script_builds() -> None:
    if not COUNTRY_INFO.is_file():
        pytest.skip("../shared/data/geonames is not available")
    script = _build_script()
    shipped = (ROOT / "src" / "frontwire" / "data" / "iso3.tsv").read_text("utf-8")
    assert shipped == script.render(script.parse_country_info(COUNTRY_INFO.read_text("utf-8")))


# --- gold ------------------------------------------------------------------------------


def test_gold_party_maps_iso3_international_and_sets_aside_unknown() -> None:
    party = gold_party([{"actor_text": "a", "code": "TUR"}, {"actor_text": "b", "code": "IGO"},
                        {"actor_text": "c", "code": "XYZ"}], CODES)
    assert party.countries == frozenset({"TR", None})
    assert party.unmapped == ("XYZ",)


def test_parse_row() -> None:
    row = parse_plover_row(_raw(0), line=1, codes=CODES)
    assert row.event == "PROTEST" and row.id == "T-PROTEST-1" and row.day is not None
    assert row.source.countries == frozenset({"TR"}) and row.target.countries == frozenset({"TR"})


@pytest.mark.parametrize(("field", "value"), [("text", ""), ("event", None), ("date", "soon"), ("source_actors", "x")])
def test_bad_rows_are_input_errors(field: str, value: Any) -> None:
    with pytest.raises(InputError, match="line 4"):
        parse_plover_row(_raw(0) | {field: value}, line=4, codes=CODES)


# --- scoring -----------------------------------------------------------------------------


def test_correct_type_and_actors() -> None:
    output = _output("PROTEST", [{"name": "Protesters (Turkey)", "role": "actor", "country": "TR"},
                                 {"name": "Government of Turkey", "role": "target", "country": "TR"}])
    assert _checks(0, output) == {"coverage": True, "event": True, "source_actor": True, "target_actor": True}


def test_wrong_type_and_country() -> None:
    output = _output("ASSAULT", [{"name": "Police", "role": "actor", "country": "GR"}])
    checks = _checks(0, output)
    assert checks["event"] is False and checks["source_actor"] is False and checks["target_actor"] is False


def test_international_actor_matches_an_actor_without_country() -> None:
    output = _output("AGREE", [{"name": "United Nations", "role": "actor", "country": None}])
    checks = _checks(2, output)
    assert checks["source_actor"] is True and "target_actor" not in checks


def test_no_event() -> None:
    assert _checks(1, None) == {"coverage": False, "event": False, "source_actor": False, "target_actor": False}


def test_report_confusion_and_notes() -> None:
    raws = [_raw(i) for i in range(3)]
    raws[1]["source_actors"] = [{"actor_text": "x", "code": "QQQ"}]
    rows = [parse_plover_row(r, line=i + 1, codes=CODES) for i, r in enumerate(raws)]
    results = [score_plover_row(rows[0], _output("PROTEST", [])), score_plover_row(rows[1], None),
               score_plover_row(rows[2], _output("PROTEST", []))]
    report = plover_report(rows, results)
    assert report.metric("event").hits == 1 and report.metric("source_actor").n == 2
    assert report.confusion is not None and report.confusion.count("AGREE", "PROTEST") == 1
    labels = {s.label: s for s in report.labels}
    assert labels["PROTEST"].precision == 0.5 and labels["ASSAULT"].recall == 0.0
    assert any("QQQ" in note for note in report.notes)


def test_a_verbal_act_governing_an_event_is_what_the_sentence_codes() -> None:
    from frontwire.evaluate.plover import plover_event

    event = {"plover": "FIGHT"}
    condemned = {"plover": "DISAPPROVE", "governs_event": True}
    aside = {"plover": "DEMAND", "governs_event": False}
    assert plover_event({"events": [event], "interactions": [condemned]}) is condemned
    assert plover_event({"events": [event], "interactions": [aside]}) is event
    assert plover_event({"events": [], "interactions": [aside]}) is aside
    assert plover_event(None) is None
