"""Small statistics for evaluation figures: proportions with Wilson intervals, summaries of errors."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

Z_95 = 1.959963984540054
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of rates, both ends in [0, 1]."""

    low: float
    high: float


def wilson(hits: int, n: int, *, z: float = Z_95) -> Interval:
    """The Wilson score interval for hits out of n (95 % by default); [0, 1] when n is 0."""
    if n < 0 or hits < 0 or hits > n:
        raise ValueError(f"need 0 <= hits <= n, got hits={hits}, n={n}")
    if n == 0:
        return Interval(0.0, 1.0)
    p = hits / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    # Rounding can push an end a hair past the bounds at p = 0 or 1.
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall; 0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def mean_or_none(values: Sequence[float]) -> float | None:
    """The arithmetic mean, or None for no values."""
    return statistics.fmean(values) if values else None


def median_or_none(values: Sequence[float]) -> float | None:
    """The median, or None for no values."""
    return statistics.median(values) if values else None


def seeded_sample(items: Sequence[T], size: int, *, seed: int) -> list[T]:
    """A reproducible random sample of `size` items, kept in their original order."""
    if size >= len(items):
        return list(items)
    chosen = sorted(random.Random(seed).sample(range(len(items)), size))
    return [items[i] for i in chosen]
