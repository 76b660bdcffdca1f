"""Gazetteer build inputs: source readers, records merged from several sources, and centres."""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwire.geo.index import GazetteerRecord
from frontwire.geo.normalize import normalize_name
from frontwire.models import GeoEntry

MAX_NAME_CHARS = 80

# Latin (with IPA/modifier letters, combining marks, general punctuation) and Arabic-script blocks.
_KEEP_SCRIPTS = re.compile(
    "^[\u0000-\u036f\u1e00-\u1eff\u2000-\u206f\u2c60-\u2c7f\ua720-\ua7ff"
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+$"
)
_LATIN = re.compile("^[\u0000-\u036f\u1e00-\u1eff\u2000-\u206f\u2c60-\u2c7f\ua720-\ua7ff]+$")
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)\s*")
_CODE_LIKE = re.compile(r"^[A-Z]{2,4}$")


@dataclass
class Draft:
    """A gazetteer record being assembled from several sources."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    feature: str
    population: int = 0
    admin1: str | None = None
    admin2: str | None = None
    alternates: dict[str, None] = field(default_factory=dict)
    feature_known: bool = False

    def add_names(self, names: Iterable[str]) -> None:
        for name in clean_names(names):
            if name != self.name:
                self.alternates.setdefault(name)

    def record(self) -> GazetteerRecord:
        name = display_name(self.name, self.alternates)
        alternates = tuple(n for n in (self.name, *self.alternates) if n != name)
        entry = GeoEntry(
            geonameid=self.geonameid,
            name=name,
            lat=round(self.lat, 5),
            lon=round(self.lon, 5),
            country=self.country,
            feature=self.feature,
            population=self.population,
            admin1=self.admin1,
            admin2=self.admin2,
        )
        return GazetteerRecord(entry, alternates)


def display_name(name: str, alternates: Iterable[str]) -> str:
    """The record's name if in Latin script, else its most widely shared Latin-script other name."""
    if _LATIN.match(name):
        return name
    latin = [other for other in alternates if _LATIN.match(other)]
    if not latin:
        return name
    votes = Counter(normalize_name(other) for other in latin)
    best = max(votes, key=lambda key: votes[key])
    return next(other for other in latin if normalize_name(other) == best)


def clean_names(names: Iterable[str]) -> Iterator[str]:
    """Latin- and Arabic-script names without codes, links or digits; '(x)' parts split off."""
    for raw in names:
        name = " ".join(raw.split())
        if (
            not name
            or len(name) > MAX_NAME_CHARS
            or "http" in name
            or any(c.isdigit() for c in name)
        ):
            continue
        if _CODE_LIKE.match(name) or not _KEEP_SCRIPTS.match(name):
            continue
        yield name
        if "(" in name:
            outer = _PARENTHESIS.sub(" ", name).strip()
            yield from (part for part in [outer, *_PARENTHESIS.findall(name)] if len(part) > 1)


def read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def read_wof(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def weighted_centre(points: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    """Population-weighted centre on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon, population in points:
        weight = max(population, 1)
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    if not points or (x == y == z == 0.0):
        return None
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def spread_centre(
    points: list[tuple[float, float]], trim: float = 0.05
) -> tuple[float, float] | None:
    """Middle of the box holding all but the outermost `trim` of points on each side.

    Closer to a country's own centre than its capital or its population-weighted centre (measured
    against Who's On First country points), and blind to far-off islands.
    """
    if not points:
        return None
    lats = sorted(lat for lat, _ in points)
    lons = sorted(lon for _, lon in points)
    low = int(trim * (len(points) - 1))
    high = len(points) - 1 - low
    if lons[high] - lons[low] > 180:  # straddles the antimeridian: measure on 0..360
        lons = sorted(lon % 360 for lon in lons)
    lon = (lons[low] + lons[high]) / 2
    return (lats[low] + lats[high]) / 2, (lon + 180) % 360 - 180


def grid_centre(points: list[tuple[float, float]], cell: float = 0.5) -> tuple[float, float] | None:
    """Centre of the grid cells (`cell` degrees square) that hold at least one of the points.

    Each occupied cell counts once, so a country's centre is pulled towards where its land is
    settled at all rather than where most people live; of the centres tried this came closest to
    GeoNames' own country points (measured on the geoparsing gold: see bench/bench_geo.py).
    """
    cells = {(math.floor(lat / cell), math.floor(lon / cell)) for lat, lon in points}
    return weighted_centre([((a + 0.5) * cell, (b + 0.5) * cell, 1) for a, b in sorted(cells)])


def unique_ids(drafts: list[Draft]) -> Iterator[Draft]:
    """The drafts in order, skipping any whose id an earlier one already had."""
    seen: set[int] = set()
    for draft in drafts:
        if draft.geonameid in seen:
            continue
        seen.add(draft.geonameid)
        yield draft
