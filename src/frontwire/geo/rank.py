"""Choosing one gazetteer candidate for a place mention, or saying the text cannot settle it."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from frontwire.geo.features import feature_table
from frontwire.models import GeoEntry

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class RankWeights:
    """The priors choose() adds up; one score unit is worth a factor of ten in population."""

    country_focus: float = 6.0
    near_max: float = 8.0
    near_half_km: float = 100.0
    admin_preferred: float = 8.0
    admin_not_preferred: float = -8.0
    region_focus: float = 2.0
    ambiguity_margin: float = 1.5
    ambiguity_km: float = 50.0
    support: float = 4.0
    other_name: float = -2.0


DEFAULT_WEIGHTS = RankWeights()


@dataclass(frozen=True, slots=True)
class _Scored:
    entry: GeoEntry
    score: float
    order: int


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _nearest_km(entry: GeoEntry, near: Sequence[tuple[float, float]]) -> float | None:
    if not near:
        return None
    return min(haversine_km(entry.lat, entry.lon, lat, lon) for lat, lon in near)


def _score(
    entry: GeoEntry,
    *,
    country_focus: str | None,
    near: Sequence[tuple[float, float]],
    prefer_admin: bool,
    weights: RankWeights,
    regions: Collection[tuple[str, str]] = (),
    support: Mapping[int, float] | None = None,
    other_names: Collection[int] = (),
) -> float:
    features = feature_table()
    score = features.rank(entry.feature, entry.population)
    if features.kind(entry.feature) == "admin":
        # A bare name ("Idlib") means the town; the unit only when the text says "province".
        score += weights.admin_preferred if prefer_admin else weights.admin_not_preferred
    if country_focus is not None and entry.country == country_focus.upper():
        score += weights.country_focus
    if regions and _in_named_region(entry, regions):
        score += weights.region_focus
    distance = _nearest_km(entry, near)
    if distance is not None:
        score += weights.near_max * weights.near_half_km / (weights.near_half_km + distance)
    if support:
        score += weights.support * support.get(entry.geonameid, 0.0)
    if entry.geonameid in other_names:
        score += weights.other_name
    return score


def _in_named_region(entry: GeoEntry, regions: Collection[tuple[str, str]]) -> bool:
    """A place inside a province the text names, other than the province and its namesake town."""
    if entry.admin1 is None or entry.feature.startswith(("ADM", "PCL")) or entry.name == entry.admin1:
        return False
    return (entry.country, entry.admin1) in regions


def _unique(candidates: Sequence[GeoEntry]) -> list[GeoEntry]:
    seen: set[int] = set()
    kept: list[GeoEntry] = []
    for entry in candidates:
        if entry.geonameid not in seen:
            seen.add(entry.geonameid)
            kept.append(entry)
    return kept


def _rivals(best: _Scored, others: Sequence[_Scored], weights: RankWeights) -> tuple[GeoEntry, ...]:
    return tuple(
        other.entry
        for other in others
        if best.score - other.score <= weights.ambiguity_margin
        and haversine_km(best.entry.lat, best.entry.lon, other.entry.lat, other.entry.lon)
        > weights.ambiguity_km
    )


def choose(
    candidates: Sequence[GeoEntry],
    *,
    country_focus: str | None,
    near: Sequence[tuple[float, float]] = (),
    prefer_admin: bool = False,
    weights: RankWeights = DEFAULT_WEIGHTS,
    regions: Collection[tuple[str, str]] = (),
    support: Mapping[int, float] | None = None,
    other_names: Collection[int] = (),
) -> tuple[GeoEntry | None, tuple[GeoEntry, ...]]:
    """The best candidate, and the far-apart rivals that scored about as well (empty if settled).
    `regions` are the (country, admin1) provinces the text names: their places score higher; `support`
    (by geonameid) is how many of the article's other names vouch for a candidate (geo.coherence);
    `other_names` are the candidates the name matched only as another of their names, which score lower."""
    scored = [
        _Scored(
            entry,
            _score(
                entry,
                country_focus=country_focus,
                near=near,
                prefer_admin=prefer_admin,
                weights=weights,
                regions=regions,
                support=support,
                other_names=other_names,
            ),
            order,
        )
        for order, entry in enumerate(_unique(candidates))
    ]
    if not scored:
        return None, ()
    scored.sort(key=lambda s: (-s.score, s.order))
    return scored[0].entry, _rivals(scored[0], scored[1:], weights)
