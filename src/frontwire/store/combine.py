"""One merged event's fields from its mentions: type, place, time, figures, actors and disagreements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from frontwire.store.merge import Cluster, MergeActor, MergeMention, MergeRules

_ROLE_ORDER = {"actor": 0, "target": 1, "associate": 2}


@dataclass(frozen=True, slots=True)
class EventActor:
    """An actor of a merged event, with how many of its mentions name it in that role."""

    actor_id: str
    name: str
    role: str
    inter: int
    country: str | None
    mentions: int


@dataclass(frozen=True, slots=True)
class EventSummary:
    """The columns of one row of the events table."""

    id: str
    kind: str
    event_type: str
    sub_event_type: str
    plover: str
    status: str
    status_conflict: bool
    statuses: str
    location: str | None
    geonameid: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    time_start: date | None
    time_end: date | None
    time_precision: int | None
    fatalities: int | None
    fatalities_min: int | None
    fatalities_max: int | None
    fatalities_conflict: bool
    n_mentions: int
    n_sources: int
    n_outlets: int
    first_reported: date | None
    first_article_id: str | None


def _most_common(values: Sequence[str]) -> str:
    """The most frequent value; ties go to the one met first (the earliest report)."""
    return Counter(values).most_common(1)[0][0]


def _place_source(members: Sequence[MergeMention]) -> MergeMention:
    """The member whose place is the most precise, the most often given among those."""
    located = [m for m in members if m.lat is not None and m.lon is not None] or list(members)
    best = min((m.geo_precision or 99) for m in located)
    finest = [m for m in located if (m.geo_precision or 99) == best]
    top = Counter(m.geonameid for m in finest).most_common(1)[0][0]
    return next(m for m in finest if m.geonameid == top)


def _time(members: Sequence[MergeMention]) -> tuple[date | None, date | None, int | None]:
    """The days every report agrees on; the first report's days when they do not overlap."""
    spans = [m.span() for m in members]
    known = [s for s in spans if s is not None]
    precisions = [m.time_precision for m in members if m.time_precision is not None]
    precision = min(precisions) if precisions else None
    if not known:
        return None, None, precision
    start, end = max(s[0] for s in known), min(s[1] for s in known)
    if start > end:
        start, end = known[0]
    return start, end, precision


def _statuses(members: Sequence[MergeMention], rules: MergeRules) -> tuple[str, bool, str]:
    reported = [m.status for m in members]
    distinct = sorted(set(reported))
    conflict = "denied" in distinct and any(s in rules.affirmed for s in distinct)
    return _most_common(reported), conflict, ",".join(distinct)


def _first_report(members: Sequence[MergeMention]) -> tuple[date | None, str | None]:
    dated = sorted((m.published, m.article_id) for m in members if m.published is not None)
    if dated:
        return dated[0]
    return None, min(m.article_id for m in members)


def summarise(merged: Cluster, rules: MergeRules) -> EventSummary:
    """The event row for a cluster of mentions."""
    members = merged.members
    kind = _most_common([m.kind for m in members])
    typed = next(m for m in members if m.kind == kind)
    status, status_conflict, statuses = _statuses(members, rules)
    place = _place_source(members)
    start, end, precision = _time(members)
    figures = [m.fatalities for m in members if m.fatalities is not None]
    first_date, first_article = _first_report(members)
    outlets = {m.outlet.casefold() for m in members if m.outlet}
    return EventSummary(
        id=merged.id, kind=kind, event_type=typed.event_type, sub_event_type=typed.sub_event_type,
        plover=typed.plover, status=status, status_conflict=status_conflict, statuses=statuses,
        location=place.location, geonameid=place.geonameid, country=place.country, admin1=place.admin1,
        admin2=place.admin2, lat=place.lat, lon=place.lon, geo_precision=place.geo_precision,
        time_start=start, time_end=end, time_precision=precision,
        # ACLED keeps the most conservative figure reported; the range shows the disagreement.
        fatalities=min(figures) if figures else None, fatalities_min=min(figures) if figures else None,
        fatalities_max=max(figures) if figures else None, fatalities_conflict=len(set(figures)) > 1,
        n_mentions=len(members), n_sources=len({m.article_id for m in members}), n_outlets=len(outlets),
        first_reported=first_date, first_article_id=first_article,
    )


def event_actors(members: Sequence[MergeMention]) -> tuple[EventActor, ...]:
    """Every actor its mentions name, per role: doers first, the most often named first."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], MergeActor] = {}
    for member in members:
        for actor in {(a.actor_id, a.role): a for a in member.actors}.values():
            key = (actor.actor_id, actor.role)
            counts[key] += 1
            first.setdefault(key, actor)
    ordered = sorted(counts, key=lambda k: (_ROLE_ORDER.get(k[1], 9), -counts[k], first[k].name, k[0]))
    return tuple(EventActor(k[0], first[k].name, k[1], first[k].inter, first[k].country, counts[k]) for k in ordered)
