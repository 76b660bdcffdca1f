"""The shared shape of an evaluation: per-row checks, their tally, and the table and JSON output.

Every evaluation (ACLED, PLOVER, geoparsing) scores each gold row into a RowResult holding
named pass/fail Checks; `build_report` tallies them into Metrics with Wilson intervals, a
confusion matrix of gold versus predicted labels, per-label recall and precision, and the
rows that failed most checks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from frontwire.evaluate.stats import Interval, mean_or_none, median_or_none, wilson

NONE_LABEL = "(none)"
WORST_ROWS = 20
_TEXT_WIDTH = 300


@dataclass(frozen=True, slots=True)
class Check:
    """One pass/fail judgement on a row; `primary` checks count towards the row's failure score."""

    name: str
    ok: bool
    primary: bool = True


@dataclass(frozen=True, slots=True)
class RowResult:
    """One gold row scored: its checks and what was expected and what came out, for people."""

    key: str
    text: str
    expected: str
    got: str
    checks: tuple[Check, ...]
    gold_label: str | None = None
    predicted_label: str | None = None
    errors_km: tuple[float, ...] = ()

    @property
    def failures(self) -> int:
        """The number of failed primary checks: how badly the row was coded."""
        return sum(1 for c in self.checks if c.primary and not c.ok)


@dataclass(frozen=True, slots=True)
class Metric:
    """A proportion: hits out of n, with its 95 % Wilson interval."""

    name: str
    hits: int
    n: int
    interval: Interval

    @property
    def rate(self) -> float | None:
        """hits / n, or None when nothing was scored."""
        return self.hits / self.n if self.n else None


@dataclass(frozen=True, slots=True)
class Value:
    """A figure that is not a proportion (mean error in km, F1), with the n it rests on."""

    name: str
    value: float | None
    n: int


@dataclass(frozen=True, slots=True)
class Confusion:
    """Counts of gold labels (rows) against predicted labels (columns)."""

    gold: tuple[str, ...]
    predicted: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, gold: str, predicted: str) -> int:
        """How many rows with this gold label got this prediction."""
        if gold not in self.gold or predicted not in self.predicted:
            return 0
        return self.counts[self.gold.index(gold)][self.predicted.index(predicted)]


@dataclass(frozen=True, slots=True)
class LabelScore:
    """Recall and precision of one label, read off the confusion matrix."""

    label: str
    gold: int
    predicted: int
    correct: int

    @property
    def recall(self) -> float | None:
        """Share of gold rows with this label that were predicted so."""
        return self.correct / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """Share of rows predicted with this label whose gold label it is."""
        return self.correct / self.predicted if self.predicted else None


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Everything one evaluation run reports."""

    title: str
    rows: int
    metrics: tuple[Metric, ...]
    values: tuple[Value, ...]
    confusion: Confusion | None
    labels: tuple[LabelScore, ...]
    worst: tuple[RowResult, ...]
    notes: tuple[str, ...] = ()

    def metric(self, name: str) -> Metric:
        """The metric called `name`."""
        for metric in self.metrics:
            if metric.name == name:
                return metric
        raise KeyError(f"no metric {name!r}; the metrics are {', '.join(m.name for m in self.metrics)}")


def tally(results: Iterable[RowResult], names: Sequence[str]) -> tuple[Metric, ...]:
    """One Metric per check name, in the order given, over every check of every row."""
    hits: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for result in results:
        for check in result.checks:
            seen[check.name] += 1
            hits[check.name] += check.ok
    return tuple(Metric(name, hits[name], seen[name], wilson(hits[name], seen[name])) for name in names)


def confusion(results: Iterable[RowResult]) -> Confusion | None:
    """Gold x predicted label counts over the rows that have a gold label; None when none has."""
    pairs = Counter(
        (r.gold_label, r.predicted_label or NONE_LABEL) for r in results if r.gold_label is not None
    )
    if not pairs:
        return None
    gold = tuple(sorted({g for g, _ in pairs}))
    found = {p for _, p in pairs} | {NONE_LABEL}
    predicted = tuple(sorted(found - {NONE_LABEL})) + (NONE_LABEL,)
    counts = tuple(tuple(pairs[(g, p)] for p in predicted) for g in gold)
    return Confusion(gold, predicted, counts)


def label_scores(matrix: Confusion | None) -> tuple[LabelScore, ...]:
    """Per-label recall and precision for every label seen as gold or predicted."""
    if matrix is None:
        return ()
    labels = sorted((set(matrix.gold) | set(matrix.predicted)) - {NONE_LABEL})
    return tuple(
        LabelScore(
            label,
            gold=sum(matrix.counts[matrix.gold.index(label)]) if label in matrix.gold else 0,
            predicted=sum(matrix.count(g, label) for g in matrix.gold),
            correct=matrix.count(label, label),
        )
        for label in labels
    )


def worst_rows(results: Sequence[RowResult], limit: int = WORST_ROWS) -> tuple[RowResult, ...]:
    """The rows with the most failed primary checks, first come first on ties."""
    ranked = sorted(range(len(results)), key=lambda i: (-results[i].failures, i))
    return tuple(results[i] for i in ranked[:limit] if results[i].failures)


def distance_values(results: Sequence[RowResult]) -> tuple[Value, Value]:
    """Mean and median of every distance (km) the rows measured."""
    errors = [km for r in results for km in r.errors_km]
    return Value("mean_km", mean_or_none(errors), len(errors)), Value("median_km", median_or_none(errors), len(errors))


def build_report(
    title: str, results: Sequence[RowResult], names: Sequence[str], *,
    values: Sequence[Value] = (), notes: Sequence[str] = (),
) -> EvalReport:
    """Tally, cross-tabulate and rank one evaluation's row results."""
    matrix = confusion(results)
    return EvalReport(
        title=title, rows=len(results), metrics=tally(results, names), values=tuple(values),
        confusion=matrix, labels=label_scores(matrix), worst=worst_rows(results), notes=tuple(notes),
    )


# --- text output ---------------------------------------------------------------------


def _pct(rate: float | None) -> str:
    return "   -  " if rate is None else f"{100 * rate:5.1f}%"


def format_metrics(metrics: Sequence[Metric], values: Sequence[Value] = ()) -> list[str]:
    """The figures as an aligned table: name, rate, hits/n, 95 % interval."""
    width = max([len(m.name) for m in metrics] + [len(v.name) for v in values] + [6])
    lines = [f"{'figure':<{width}}   rate    hits/n        95% CI"]
    for m in metrics:
        ci = f"[{100 * m.interval.low:5.1f}, {100 * m.interval.high:5.1f}]"
        lines.append(f"{m.name:<{width}}  {_pct(m.rate)}  {f'{m.hits}/{m.n}':>11}  {ci}")
    for v in values:
        shown = "-" if v.value is None else f"{v.value:.3f}"
        lines.append(f"{v.name:<{width}}  {shown:>6}  {f'n={v.n}':>11}")
    return lines


def format_confusion(matrix: Confusion) -> list[str]:
    """The confusion matrix with numbered columns (the legend names them)."""
    width = max([len(g) for g in matrix.gold] + [16])
    cols = [f"{i + 1:>5}" for i in range(len(matrix.predicted))]
    corner = "gold \\ predicted"
    lines = [f"{corner:<{width}} " + "".join(cols)]
    for g, row in zip(matrix.gold, matrix.counts, strict=True):
        lines.append(f"{g:<{width}} " + "".join(f"{c:>5}" for c in row))
    lines.append("columns: " + ", ".join(f"{i + 1}={p}" for i, p in enumerate(matrix.predicted)))
    return lines


def format_labels(labels: Sequence[LabelScore]) -> list[str]:
    """Per-label recall and precision."""
    width = max([len(s.label) for s in labels] + [5])
    lines = [f"{'label':<{width}}   gold  pred  correct  recall  precision"]
    for s in labels:
        lines.append(
            f"{s.label:<{width}}  {s.gold:>5} {s.predicted:>5}  {s.correct:>7}  {_pct(s.recall)}  {_pct(s.precision)}"
        )
    return lines


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _TEXT_WIDTH else flat[: _TEXT_WIDTH - 3] + "..."


def format_worst(rows: Sequence[RowResult]) -> list[str]:
    """Each of the worst rows: its key, failed checks, text, expectation and output."""
    lines: list[str] = []
    for row in rows:
        counts = Counter(c.name for c in row.checks if c.primary and not c.ok)
        failed = ", ".join(name if n == 1 else f"{name} x{n}" for name, n in counts.items())
        lines.append(f"- {row.key}: {row.failures} failed ({failed})")
        lines.append(f"    text:     {_clip(row.text)}")
        lines.append(f"    expected: {_clip(row.expected)}")
        lines.append(f"    got:      {_clip(row.got)}")
    return lines


def format_report(report: EvalReport) -> str:
    """The whole report as text for a terminal."""
    lines = [f"{report.title}: {report.rows} rows", "", *format_metrics(report.metrics, report.values)]
    if report.confusion is not None:
        lines += ["", "confusion matrix:", *format_confusion(report.confusion)]
    if report.labels:
        lines += ["", "per label:", *format_labels(report.labels)]
    if report.worst:
        lines += ["", f"worst {len(report.worst)} rows:", *format_worst(report.worst)]
    if report.notes:
        lines += ["", *(f"note: {n}" for n in report.notes)]
    return "\n".join(lines)


# --- JSON output ---------------------------------------------------------------------


def _metric_dict(m: Metric) -> dict[str, Any]:
    return {"hits": m.hits, "n": m.n, "rate": m.rate, "ci95": [m.interval.low, m.interval.high]}


def _row_dict(row: RowResult) -> dict[str, Any]:
    return {
        "key": row.key, "failures": row.failures, "text": row.text, "expected": row.expected, "got": row.got,
        "failed": [c.name for c in row.checks if not c.ok],
        "gold_label": row.gold_label, "predicted_label": row.predicted_label, "errors_km": list(row.errors_km),
    }


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """The report as JSON-ready data: every figure, the matrix, the per-label table, the worst rows."""
    matrix = report.confusion
    return {
        "title": report.title,
        "rows": report.rows,
        "metrics": {m.name: _metric_dict(m) for m in report.metrics},
        "values": {v.name: {"value": v.value, "n": v.n} for v in report.values},
        "confusion": None if matrix is None else {
            "gold": list(matrix.gold), "predicted": list(matrix.predicted),
            "counts": [list(row) for row in matrix.counts],
        },
        "labels": [
            {"label": s.label, "gold": s.gold, "predicted": s.predicted, "correct": s.correct,
             "recall": s.recall, "precision": s.precision}
            for s in report.labels
        ],
        "worst": [_row_dict(r) for r in report.worst],
        "notes": list(report.notes),
    }
