"""The brief as a person reads it in a terminal: headline, credits, events table, quotes, places."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontwire.models import Article, Coding, Event, Place, TimeSpan

WIDTH = 100
DATE_SOURCES = {"dateline": "from the dateline", "metadata": "from the page metadata",
                "option": "given with --date", "today": "no date in the article: today's date used"}


def _place(place: Place | None) -> str:
    if place is None:
        return "-"
    name = place.entry.name if place.entry else place.text
    qual = f"{place.qualifier} " if place.qualifier else ""
    admin = f", {place.entry.admin1}" if place.entry and place.entry.admin1 and place.entry.admin1 != name else ""
    return f"{qual}{name}{admin} (p{place.geo_precision})"


def _time(time: TimeSpan | None) -> str:
    if time is None or time.start is None:
        return "-"
    span = time.start.isoformat() if time.start == time.end else f"{time.start}..{time.end}"
    return f"{span} (p{time.time_precision})"


def _figures(event: Event) -> str:
    parts = []
    for label, fig in (("killed", event.fatalities), ("injured", event.injured), ("displaced", event.displaced)):
        if fig is not None:
            parts.append(f"{label} {fig.qualifier + ' ' if fig.qualifier else ''}{fig.count:,}")
    return "; ".join(parts) or "-"


def _event_block(n: int, event: Event) -> list[str]:
    actors = ", ".join(f"{a.name}{' (target)' if a.role == 'target' else ''}" for a in event.actors) or "-"
    says = ", ".join(a.speaker + (f" via {a.channel}" if a.channel and a.channel != a.speaker else "")
                     for a in event.attributions) or "-"
    lines = [
        f"{n}. {event.event_type} / {event.sub_event_type}  [{event.kind}, {event.status}, PLOVER {event.plover}]",
        f"   where: {_place(event.place)}   when: {_time(event.time)}",
        f"   who: {actors}",
        f"   figures: {_figures(event)}   says: {says}",
    ]
    if event.evidence:
        lines += textwrap.wrap(f"“{event.evidence[0].text}”", WIDTH, initial_indent="   ", subsequent_indent="    ")
    return lines


def _header(article: Article) -> list[str]:
    date = article.published.isoformat() if article.published else "unknown"
    lines = [article.headline or "(no headline)", "=" * min(WIDTH, len(article.headline or "(no headline)"))]
    if article.standfirst:
        lines += textwrap.wrap(article.standfirst, WIDTH)
    lines.append(f"Date: {date} ({DATE_SOURCES[article.date_source]})")
    if article.outlet:
        lines.append(f"Outlet: {article.outlet}")
    if article.credited or article.media_credits:
        lines.append(f"Credits: {', '.join(article.credited) or '-'}; images: {', '.join(article.media_credits) or '-'}")
    return lines


def render_brief(coding: Coding) -> str:
    """The coded article as plain text."""
    lines = _header(coding.article) + ["", f"EVENTS ({len(coding.events)})"]
    for n, event in enumerate(coding.events, start=1):
        lines += _event_block(n, event)
    lines += ["", f"QUOTES ({len(coding.quotes)})"]
    for q in coding.quotes:
        who = ", ".join(x for x in (q.title and f"{q.title} {q.speaker}" or q.speaker, q.role, q.organization) if x)
        via = f" (to {q.channel})" if q.channel else ""
        mark = "“{}”" if q.direct else "that {}"
        lines += textwrap.wrap(f"- {who}{via}: " + mark.format(q.text), WIDTH, subsequent_indent="  ")
    if coding.interactions:
        lines += ["", f"STATEMENTS AND OTHER INTERACTIONS, PLOVER ({len(coding.interactions)})"]
        for item in coding.interactions:
            who = ", ".join(a.name for a in item.actors if a.role == "actor") or "-"
            whom = ", ".join(a.name for a in item.actors if a.role == "target")
            lines.append(f"- {item.plover} ({item.status}): {item.trigger.text!r} by {who}" + (f" to {whom}" if whom else ""))
    lines += ["", f"PLACES ({len(coding.places)})"]
    seen = set()
    for p in coding.places:
        key = (p.text, p.entry.geonameid if p.entry else None)
        if key not in seen:
            seen.add(key)
            coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else "-"
            lines.append(f"- {p.text} → {_place(p)} [{coords}]")
    return "\n".join(lines) + "\n"
