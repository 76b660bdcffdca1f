"""Tests for frontwire.evaluate.report: tallies, confusion matrix, label scores, worst rows, output."""

from __future__ import annotations

import json

import pytest

from frontwire.evaluate.report import (
    NONE_LABEL,
    Check,
    RowResult,
    build_report,
    confusion,
    distance_values,
    format_report,
    label_scores,
    report_to_dict,
    tally,
    worst_rows,
)


def _row(key: str, gold: str | None, got: str | None, *oks: bool, km: tuple[float, ...] = ()) -> RowResult:
    checks = tuple(Check(f"c{i}", ok) for i, ok in enumerate(oks))
    return RowResult(key, f"text {key}", f"want {gold}", f"got {got}", checks, gold, got, km)


ROWS = [
    _row("a", "Battles", "Battles", True, True),
    _row("b", "Battles", None, False, False, km=(12.0,)),
    _row("c", "Protests", "Battles", False, True, km=(2.0, 4.0)),
    _row("d", "Protests", "Protests", True),
]


def test_tally_counts_hits_and_n_per_name() -> None:
    c0, c1, missing = tally(ROWS, ["c0", "c1", "absent"])
    assert (c0.hits, c0.n) == (2, 4)
    assert (c1.hits, c1.n) == (2, 3)
    assert c0.rate == 0.5 and c0.interval.low < 0.5 < c0.interval.high
    assert missing.n == 0 and missing.rate is None


def test_confusion_rows_gold_columns_predicted_with_none_last() -> None:
    matrix = confusion(ROWS)
    assert matrix is not None
    assert matrix.gold == ("Battles", "Protests")
    assert matrix.predicted == ("Battles", "Protests", NONE_LABEL)
    assert matrix.count("Battles", NONE_LABEL) == 1
    assert matrix.count("Protests", "Battles") == 1
    assert matrix.count("Riots", "Battles") == 0


def test_confusion_is_none_without_gold_labels() -> None:
    assert confusion([_row("x", None, None, True)]) is None


def test_label_scores_read_recall_and_precision_off_the_matrix() -> None:
    scores = {s.label: s for s in label_scores(confusion(ROWS))}
    assert scores["Battles"].recall == 0.5
    assert scores["Battles"].precision == 0.5
    assert scores["Protests"].recall == 0.5 and scores["Protests"].precision == 1.0


def test_worst_rows_rank_by_failures_and_drop_perfect_rows() -> None:
    worst = worst_rows(ROWS, limit=2)
    assert [r.key for r in worst] == ["b", "c"]
    assert all(r.failures for r in worst_rows(ROWS))


def test_secondary_checks_do_not_count_as_failures() -> None:
    row = RowResult("k", "", "", "", (Check("main", True), Check("side", False, primary=False)))
    assert row.failures == 0


def test_distance_values() -> None:
    mean, median = distance_values(ROWS)
    assert mean.value == pytest.approx(6.0) and median.value == 4.0 and mean.n == 3


def test_format_and_json_carry_every_part() -> None:
    report = build_report("demo", ROWS, ["c0", "c1"], values=distance_values(ROWS), notes=["a note"])
    text = format_report(report)
    for part in ("demo: 4 rows", "c0", "95% CI", "confusion matrix", "per label", "worst", "note: a note"):
        assert part in text
    data = json.loads(json.dumps(report_to_dict(report)))
    c0 = data["metrics"]["c0"]
    assert (c0["hits"], c0["n"], c0["rate"]) == (2, 4, 0.5)
    assert c0["ci95"][0] < 0.5 < c0["ci95"][1]
    assert data["confusion"]["counts"][0] == [1, 0, 1]
    assert data["worst"][0]["key"] == "b" and data["values"]["median_km"]["value"] == 4.0


def test_metric_lookup_names_the_known_metrics() -> None:
    report = build_report("demo", ROWS, ["c0"])
    assert report.metric("c0").hits == 2
    with pytest.raises(KeyError, match="c0"):
        report.metric("nope")
