"""Tests for frontwire.evaluate.stats: Wilson intervals, F1, summaries and seeded samples."""

from __future__ import annotations

import pytest

from frontwire.evaluate.stats import f1, mean_or_none, median_or_none, seeded_sample, wilson


@pytest.mark.parametrize(
    ("hits", "n", "low", "high"),
    [
        (5, 10, 0.2366, 0.7634),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (81, 100, 0.7222, 0.8749),
        (0, 0, 0.0, 1.0),
    ],
)
def test_wilson_matches_published_values(hits: int, n: int, low: float, high: float) -> None:
    interval = wilson(hits, n)
    assert interval.low == pytest.approx(low, abs=1e-4)
    assert interval.high == pytest.approx(high, abs=1e-4)


def test_wilson_narrows_with_more_data() -> None:
    small, large = wilson(5, 10), wilson(500, 1000)
    assert large.high - large.low < small.high - small.low


@pytest.mark.parametrize(("hits", "n"), [(-1, 5), (6, 5), (0, -1)])
def test_wilson_rejects_impossible_counts(hits: int, n: int) -> None:
    with pytest.raises(ValueError, match="hits"):
        wilson(hits, n)


@pytest.mark.parametrize(("p", "r", "expected"), [(1.0, 1.0, 1.0), (0.5, 1.0, 2 / 3), (0.0, 0.0, 0.0)])
def test_f1(p: float, r: float, expected: float) -> None:
    assert f1(p, r) == pytest.approx(expected)


def test_mean_and_median() -> None:
    assert mean_or_none([1.0, 2.0, 9.0]) == pytest.approx(4.0)
    assert median_or_none([1.0, 2.0, 9.0]) == 2.0
    assert mean_or_none([]) is None and median_or_none([]) is None


def test_seeded_sample_is_reproducible_and_ordered() -> None:
    items = list(range(100))
    first = seeded_sample(items, 10, seed=7)
    assert first == seeded_sample(items, 10, seed=7)
    assert first != seeded_sample(items, 10, seed=8)
    assert first == sorted(first) and len(set(first)) == 10


def test_seeded_sample_larger_than_items_keeps_all() -> None:
    assert seeded_sample([3, 1, 2], 10, seed=1) == [3, 1, 2]
