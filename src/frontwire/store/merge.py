"""Cross-source merge: which mentions from different articles are one happening, and why.

A pure function of the mentions and the rules in data/store/merge_rules.json. Mentions are taken
in a fixed order (the most precise in time first, then by date, publication and id) and each joins
the best event that it is compatible with member by member (complete linkage), or starts a new one.
So the result does not depend on the order articles were ingested in, precise reports define the
events that vaguer ones then join, and two distinct strikes are never chained together through a
vague third report.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

from frontwire.errors import ResourceError

_EARTH_KM = 6371.0088
_COARSEST = 3
_UNDATED = 1 << 30
# Grid cells for finding nearby events; with the 3x3 cells around a place this reaches at least
# one cell width (about 110 km up to 60 degrees of latitude) beyond the widest distance limit.
_CELL_DEGREES = 2.0


@dataclass(frozen=True, slots=True)
class MergeActor:
    """An actor named by a mention, in a role."""

    actor_id: str
    name: str
    role: str
    inter: int
    country: str | None


@dataclass(frozen=True, slots=True)
class MergeMention:
    """What the merge needs to know about one stored event mention."""

    id: str
    article_id: str
    outlet: str | None
    published: date | None
    kind: str
    event_type: str
    sub_event_type: str
    plover: str
    status: str
    location: str | None = None
    geonameid: int | None = None
    feature: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    time_start: date | None = None
    time_end: date | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    actors: tuple[MergeActor, ...] = ()

    def span(self) -> tuple[date, date] | None:
        """The days it happened on: its time span, else the day it was reported."""
        if self.time_start is not None:
            return self.time_start, self.time_end or self.time_start
        if self.published is not None:
            return self.published, self.published
        return None


@dataclass(frozen=True, slots=True)
class Link:
    """Why a mention belongs to its event: the member it matched best and each check's result."""

    mention_id: str
    joined_to: str | None = None
    kind_rule: str | None = None
    time_gap_days: int | None = None
    distance_km: float | None = None
    distance_limit_km: float | None = None
    actors: str | None = None


@dataclass(frozen=True, slots=True)
class Cluster:
    """One merged event: its id, its mentions in merge order, and how each joined."""

    id: str
    members: tuple[MergeMention, ...]
    links: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class MergeRules:
    """The merge's thresholds and vocabularies (see data/store/merge_rules.json)."""

    distance_km: Mapping[int, float]
    country_features: frozenset[str]
    time_slack_days: int
    max_span_days: int
    family: Mapping[str, str]
    compatible: frozenset[frozenset[str]]
    affirmed: frozenset[str]
    groups: Mapping[str, str]

    def family_of(self, kind: str) -> str:
        """A kind's family; a kind missing from kinds.tsv is a family of its own."""
        return self.family.get(kind, kind)

    def group_of(self, kind: str) -> str:
        """A label shared by all kinds that may be compatible, so candidates can be indexed by it."""
        family = self.family_of(kind)
        return self.groups.get(family, family)


def _groups(pairs: frozenset[frozenset[str]]) -> dict[str, str]:
    """Each family linked by compatible pairs -> the smallest family name of its connected group."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.setdefault(name, name) != name:
            name = parent[name]
        return name

    for pair in sorted(sorted(p) for p in pairs):
        a, b = root(pair[0]), root(pair[-1])
        parent[max(a, b)] = min(a, b)
    return {name: root(name) for name in parent}


@cache
def load_rules() -> MergeRules:
    """The packaged merge rules and the kind families of kinds.tsv."""
    data_dir = resources.files("frontwire") / "data"
    try:
        raw = json.loads((data_dir / "store" / "merge_rules.json").read_text(encoding="utf-8"))
        kinds = (data_dir / "kinds.tsv").read_text(encoding="utf-8")
        return MergeRules(
            distance_km={int(k): float(v) for k, v in raw["distance_km"].items()},
            country_features=frozenset(raw["country_level_features"]),
            time_slack_days=int(raw["time_slack_days"]),
            max_span_days=int(raw["max_span_days"]),
            family=_families(kinds),
            compatible=frozenset(frozenset(p) for p in raw["compatible_families"]),
            affirmed=frozenset(raw["affirmed_statuses"]),
            groups=_groups(frozenset(frozenset(p) for p in raw["compatible_families"])),
        )
    except (OSError, KeyError, ValueError, TypeError) as exc:
        raise ResourceError(f"merge_rules.json / kinds.tsv: cannot load the merge rules ({exc})") from exc


def _families(kinds_tsv: str) -> dict[str, str]:
    rows = (line.split("\t") for line in kinds_tsv.splitlines() if line.strip() and not line.startswith("#"))
    return {row[0]: row[4] for row in rows if len(row) > 4}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _kind_rule(a: MergeMention, b: MergeMention, rules: MergeRules) -> str | None:
    if a.kind == b.kind:
        return f"same kind ({a.kind})"
    fa, fb = rules.family_of(a.kind), rules.family_of(b.kind)
    if fa == fb:
        return f"same family {fa} ({a.kind} ~ {b.kind})"
    if frozenset((fa, fb)) in rules.compatible:
        return f"compatible kinds ({a.kind} ~ {b.kind})"
    return None


def _time_gap(a: MergeMention, b: MergeMention, rules: MergeRules) -> int | None:
    sa, sb = a.span(), b.span()
    if sa is None or sb is None:
        return None
    gap = max(0, (sb[0] - sa[1]).days, (sa[0] - sb[1]).days)
    return gap if gap <= rules.time_slack_days else None


def _place_check(a: MergeMention, b: MergeMention, rules: MergeRules) -> tuple[float | None, float | None] | None:
    """(distance, limit) when the places fit together, None when they do not or one is unknown."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    whole_a, whole_b = a.feature in rules.country_features, b.feature in rules.country_features
    if whole_a or whole_b:
        # "Somewhere in Syria" cannot say which of the day's strikes it means: it only
        # matches other reports that are as vague, about the same country.
        return (None, None) if whole_a and whole_b and a.country == b.country else None
    km = distance_km(a.lat, a.lon, b.lat, b.lon)
    limit = max(rules.distance_km.get(p or _COARSEST, rules.distance_km[_COARSEST])
                for p in (a.geo_precision, b.geo_precision))
    return (round(km, 2), limit) if km <= limit else None


def _actor_check(a: MergeMention, b: MergeMention) -> str | None:
    """How the two mentions' actors relate; None when one's attacker is the other's target."""
    doers_a = {x.actor_id: x.name for x in a.actors if x.role == "actor"}
    doers_b = {x.actor_id: x.name for x in b.actors if x.role == "actor"}
    shared = sorted(doers_a.keys() & doers_b.keys())
    if shared:
        return "shared actor: " + ", ".join(doers_a[i] for i in shared)
    targets_a = {x.actor_id for x in a.actors if x.role == "target"}
    targets_b = {x.actor_id for x in b.actors if x.role == "target"}
    if doers_a.keys() & targets_b or doers_b.keys() & targets_a:
        return None
    if not doers_a or not doers_b:
        return "actor unnamed in one report"
    return "different actors named, none opposed"


def compare(a: MergeMention, b: MergeMention, rules: MergeRules) -> Link | None:
    """The link from b to a if the two may be one happening, else None."""
    if a.article_id == b.article_id:
        return None
    kind = _kind_rule(a, b, rules)
    gap = _time_gap(a, b, rules) if kind else None
    place = _place_check(a, b, rules) if gap is not None else None
    actors = _actor_check(a, b) if place is not None else None
    if kind is None or gap is None or place is None or actors is None:
        return None
    return Link(b.id, a.id, kind, gap, place[0], place[1], actors)


def merge_order(mention: MergeMention) -> tuple[int, date, date, date, str, str]:
    """The fixed order mentions are merged in: shortest time span first, then by time, publication, id."""
    span = mention.span()
    if span is None:
        return _UNDATED, date.max, date.max, mention.published or date.max, mention.article_id, mention.id
    return (span[1] - span[0]).days, span[0], span[1], mention.published or date.max, mention.article_id, mention.id


def _mergeable(mention: MergeMention, rules: MergeRules) -> bool:
    span = mention.span()
    if span is None or mention.lat is None or mention.lon is None:
        return False
    return (span[1] - span[0]).days <= rules.max_span_days


def _days(mention: MergeMention, slack: int) -> Iterable[date]:
    span = mention.span()
    assert span is not None  # only mergeable mentions are indexed
    first = span[0] - timedelta(days=slack)
    return (first + timedelta(days=n) for n in range((span[1] - first).days + slack + 1))


def _best_link(mention: MergeMention, members: Sequence[MergeMention], rules: MergeRules) -> Link | None:
    """The closest member's link when the mention fits every member, else None."""
    links = []
    for member in members:
        link = compare(member, mention, rules)
        if link is None:
            return None
        links.append(link)
    return min(links, key=_closeness)


def _closeness(link: Link) -> tuple[int, float, str]:
    return link.time_gap_days or 0, link.distance_km if link.distance_km is not None else math.inf, link.joined_to or ""


def _cells(mention: MergeMention, rules: MergeRules, *, around: bool) -> list[tuple[object, ...]]:
    """The index cells of a mention's place: its country for a country-level place, else a grid cell."""
    if mention.feature in rules.country_features:
        return [("country", mention.country)]
    assert mention.lat is not None and mention.lon is not None  # only mergeable mentions are indexed
    row, col = math.floor(mention.lat / _CELL_DEGREES), math.floor(mention.lon / _CELL_DEGREES)
    if not around:
        return [(row, col)]
    return [(row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]


def _candidates(mention: MergeMention, index: Mapping[tuple[object, ...], set[int]], rules: MergeRules) -> list[int]:
    group = rules.group_of(mention.kind)
    cells = _cells(mention, rules, around=True)
    found = {c for day in _days(mention, rules.time_slack_days) for cell in cells
             for c in index.get((group, day, cell), ())}
    return sorted(found)


def cluster(mentions: Iterable[MergeMention], rules: MergeRules | None = None) -> list[Cluster]:
    """Group mentions into events; deterministic for a given set of mentions."""
    rules = rules or load_rules()
    members: list[list[MergeMention]] = []
    links: list[list[Link]] = []
    index: dict[tuple[object, ...], set[int]] = defaultdict(set)
    for mention in sorted(mentions, key=merge_order):
        if not _mergeable(mention, rules):
            members.append([mention])
            links.append([Link(mention.id)])
            continue
        scored = [(link, c) for c in _candidates(mention, index, rules)
                  if (link := _best_link(mention, members[c], rules)) is not None]
        if scored:
            link, chosen = min(scored, key=lambda pair: (_closeness(pair[0]), pair[1]))
            members[chosen].append(mention)
            links[chosen].append(link)
        else:
            chosen = len(members)
            members.append([mention])
            links.append([Link(mention.id)])
        group = rules.group_of(mention.kind)
        for day in _days(mention, 0):
            for cell in _cells(mention, rules, around=False):
                index[(group, day, cell)].add(chosen)
    return [Cluster(event_id(m[0].id), tuple(m), tuple(lk)) for m, lk in zip(members, links, strict=True)]


def event_id(seed_mention_id: str) -> str:
    """The id of the event whose first mention (in merge order) is seed_mention_id."""
    return "ev" + hashlib.sha256(seed_mention_id.encode()).hexdigest()[:16]
