"""Feature-code weights and kinds (features.tsv) and generic admin-unit words (admin_terms.tsv)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

from frontwire.errors import ResourceError
from frontwire.geo.normalize import normalize_name

FeatureKind = Literal["continent", "country", "admin", "city", "place"]
_KINDS: frozenset[str] = frozenset({"continent", "country", "admin", "city", "place"})
_UNLISTED_PENALTY = 1.0


@dataclass(frozen=True, slots=True)
class FeatureTable:
    """How much each GeoNames feature code counts when ranking, and what kind of place it is."""

    weights: dict[str, float]
    alternate_weights: dict[str, float]
    kinds: dict[str, FeatureKind]
    default_weight: float

    def weight(self, feature: str, *, alternate: bool = False) -> float:
        """The ranking weight of a feature code, matched on its own name or (alternate) another."""
        table = self.alternate_weights if alternate else self.weights
        return table.get(feature, self.default_weight)

    def kind(self, feature: str) -> FeatureKind:
        """continent, country, admin, city or place."""
        return self.kinds.get(feature, "place")

    def rank(self, feature: str, population: int, *, alternate: bool = False) -> float:
        """Feature weight plus log10(population + 1): ten times the people is one point."""
        return self.weight(feature, alternate=alternate) + math.log10(max(population, 0) + 1)


@dataclass(frozen=True, slots=True)
class AdminTerms:
    """Generic words written before or after admin-unit names, as normalised tokens."""

    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]

    def strip(self, key: str) -> str | None:
        """The normalised key without its generic admin word, or None if it has none."""
        for prefix in self.prefixes:
            if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
                return key[len(prefix) + 1 :]
        for suffix in self.suffixes:
            if key.endswith(" " + suffix) and len(key) > len(suffix) + 1:
                return key[: -len(suffix) - 1]
        return None


def data_rows(filename: str, columns: int) -> list[list[str]]:
    """The tab-separated rows of a packaged gazetteer data file, without comments and blanks."""
    text = resources.files("frontwire.data.gazetteer").joinpath(filename).read_text("utf-8")
    rows: list[list[str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != columns:
            raise ResourceError(
                f"{filename} line {number}: expected {columns} tab-separated columns"
            )
        rows.append(parts)
    return rows


def _feature_row(row: list[str]) -> tuple[str, float, float, FeatureKind]:
    code, weight, alternate_weight, kind = row
    if kind not in _KINDS:
        raise ResourceError(
            f"features.tsv: {code} has unknown kind {kind!r} (use {sorted(_KINDS)})"
        )
    try:
        return code, float(weight), float(alternate_weight), cast(FeatureKind, kind)
    except ValueError as exc:
        raise ResourceError(f"features.tsv: {code} has a non-numeric weight") from exc


@cache
def feature_table() -> FeatureTable:
    """The packaged feature weights (read once)."""
    rows = [_feature_row(row) for row in data_rows("features.tsv", 4)]
    weights = {code: weight for code, weight, _, _ in rows}
    if "PPL" not in weights:
        raise ResourceError("features.tsv must list PPL: unlisted codes are ranked relative to it")
    return FeatureTable(
        weights=weights,
        alternate_weights={code: weight for code, _, weight, _ in rows},
        kinds={code: kind for code, _, _, kind in rows},
        default_weight=weights["PPL"] - _UNLISTED_PENALTY,
    )


@cache
def admin_terms() -> AdminTerms:
    """The packaged generic admin-unit words (read once), longest first."""
    rows = data_rows("admin_terms.tsv", 2)
    for term, position in rows:
        if position not in ("prefix", "suffix"):
            raise ResourceError(f"admin_terms.tsv: {term!r} has position {position!r}")
    by_length = sorted(rows, key=lambda row: -len(row[0]))
    return AdminTerms(
        prefixes=tuple(normalize_name(t) for t, p in by_length if p == "prefix"),
        suffixes=tuple(normalize_name(t) for t, p in by_length if p == "suffix"),
    )
