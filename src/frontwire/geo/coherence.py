"""Namesakes settled by their neighbours: the article's other names vouch for the candidates near them.

An article that names Edmonton, Tottenham and Enfield is about north London, not Alberta, although each name
alone would go to its biggest namesake. For every name the article uses, each candidate gets one unit of
support for every *other* name that has a namesake close to it (half a unit when only fairly close), and half
a unit when the article names the candidate's country (one and a half for the country's capital: 'Washington' beside
'the U.S.' is the capital, not a smaller town of a country the article names too). The ranker adds the
support to its priors.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwire.models import GeoEntry

if TYPE_CHECKING:
    from frontwire.geo.gazetteer import Candidate

# Namesakes this close count as the same area; up to the second distance, as the same region.
CLOSE_KM = 50.0
REGION_KM = 150.0
CLOSE_SUPPORT = 1.0
REGION_SUPPORT = 0.25
COUNTRY_SUPPORT = 0.5
# A country's capital is vouched for by the country's name as by a close neighbour, and more.
CAPITAL_SUPPORT = 1.5
# The country alone does not lift a namesake a hundred times smaller than the name's biggest one (Los Angeles
# in an article that also names Spain is still the Californian city).
COUNTRY_SHARE = 1 / 100
# At most this many candidates of each name take part (the gazetteer's best first).
CANDIDATES_PER_NAME = 8
# A namesake vouches for its neighbours only if it is at least this fraction as big as the name's biggest
# namesake: Paris, Arkansas does not make London, Arkansas of the London named beside Paris.
VOTER_SHARE = 1 / 20
# A name with more namesakes than this is too common to vouch for any of them ('Victoria', 'Springfield').
MAX_NAMESAKES = 30
_WIDE_FEATURES = ("PCL", "ADM1", "CONT", "RGN", "OCN", "SEA")
_KM_PER_DEGREE = 111.2


@dataclass(frozen=True, slots=True)
class _Point:
    lat: float
    lon: float
    cos_lat: float


def _point(entry: GeoEntry) -> _Point:
    return _Point(entry.lat, entry.lon, math.cos(math.radians(entry.lat)))


def _km(a: _Point, b: _Point) -> float:
    """Equirectangular distance: exact enough within a few hundred kilometres, which is all that counts here."""
    dlon = abs(a.lon - b.lon)
    dlon = min(dlon, 360.0 - dlon)
    x = dlon * (a.cos_lat + b.cos_lat) / 2
    return _KM_PER_DEGREE * math.hypot(a.lat - b.lat, x)


def _local(entry: GeoEntry) -> bool:
    """A place small enough for nearness to mean something (a town or district, not a country or province)."""
    return not entry.feature.startswith(_WIDE_FEATURES)


def _closeness(km: float) -> float:
    if km <= CLOSE_KM:
        return CLOSE_SUPPORT
    if km <= REGION_KM:
        return REGION_SUPPORT
    return 0.0


def _cell(point: _Point) -> tuple[int, int]:
    return int(math.floor(point.lat)), int(math.floor(point.lon))


def _grid(points: Mapping[str, Sequence[tuple[GeoEntry, _Point]]]) -> dict[tuple[int, int], list[tuple[str, _Point]]]:
    grid: dict[tuple[int, int], list[tuple[str, _Point]]] = {}
    for name, pts in points.items():
        for _, point in pts:
            grid.setdefault(_cell(point), []).append((name, point))
    return grid


def _neighbours(grid: Mapping[tuple[int, int], list[tuple[str, _Point]]], point: _Point
                ) -> Iterable[tuple[str, _Point]]:
    """The voters' points in the cells around `point` (one-degree cells; wider in longitude near the poles)."""
    lat, lon = _cell(point)
    reach = 1 + int(REGION_KM / (_KM_PER_DEGREE * max(point.cos_lat, 0.05)))
    for dlat in (-2, -1, 0, 1, 2):
        for dlon in range(-reach, reach + 1):
            yield from grid.get((lat + dlat, (lon + dlon + 180) % 360 - 180), ())


def _votes(name: str, point: _Point, grid: Mapping[tuple[int, int], list[tuple[str, _Point]]]) -> float:
    best: dict[str, float] = {}
    for other, near in _neighbours(grid, point):
        if other != name:
            best[other] = max(best.get(other, 0.0), _closeness(_km(point, near)))
    return sum(best.values())


def _voters(found: Sequence[Candidate], pts: Sequence[tuple[GeoEntry, _Point]]) -> list[tuple[GeoEntry, _Point]]:
    """The candidates of a name that may vouch for others: none when the name is that of a province or
    country (the towns that merely list it among their other names say nothing), else those not dwarfed by
    the name's biggest namesake."""
    if any(c.match == "exact" and not _local(c.entry) for c in found[:CANDIDATES_PER_NAME]):
        return []
    biggest = max((e.population for e, _ in pts), default=0)
    return [(e, p) for e, p in pts if e.population >= biggest * VOTER_SHARE]


def _spread(pts: Sequence[tuple[GeoEntry, _Point]]) -> bool:
    """Whether a name's candidates lie far enough apart for its neighbours to tell them apart."""
    return any(_km(pts[0][1], p) > CLOSE_KM for _, p in pts[1:])


def support(found: Mapping[str, Sequence[Candidate]], countries: Iterable[str] = ()
            ) -> dict[str, dict[int, float]]:
    """For each name, the support of each of its candidates (by geonameid): how many of the other names have a
    namesake near it, plus a half for a country the article names. `candidates` maps each distinct name the
    article uses to its gazetteer candidates (best first, with how each matched); `countries` are the codes of the countries it names."""
    named = frozenset(countries)
    candidates = {name: [c.entry for c in cands] for name, cands in found.items()}
    points = {
        name: [(e, _point(e)) for e in entries[:CANDIDATES_PER_NAME] if _local(e)]
        for name, entries in candidates.items()
    }
    grid = _grid({name: _voters(found[name], pts) for name, pts in points.items()
                  if 0 < len(candidates[name]) <= MAX_NAMESAKES})
    out: dict[str, dict[int, float]] = {}
    for name, entries in candidates.items():
        pts = points[name]
        scores: dict[int, float] = {}
        biggest = max((e.population for e in entries[:CANDIDATES_PER_NAME]), default=0)

        def country(entry: GeoEntry) -> float:
            if entry.country not in named or entry.population < biggest * COUNTRY_SHARE:
                return 0.0
            return CAPITAL_SUPPORT if entry.feature == "PPLC" else COUNTRY_SUPPORT

        if len(pts) > 1 and _spread(pts):
            for entry, point in pts:
                score = _votes(name, point, grid) + country(entry)
                if score:
                    scores[entry.geonameid] = score
        if len({e.country for e in entries}) > 1:
            for entry in entries[:CANDIDATES_PER_NAME]:
                if country(entry):
                    scores.setdefault(entry.geonameid, country(entry))
        if scores:
            out[name] = scores
    return out
