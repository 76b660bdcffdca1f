"""The store as text a person reads: event tables, one event with its sources, stats, failures, progress."""

from __future__ import annotations

from collections.abc import Sequence

from frontwire.store.combine import EventSummary
from frontwire.store.ingest import IngestSummary, Progress
from frontwire.store.merge import Link
from frontwire.store.query import EventDetail, EventRecord, FailureRecord, MentionView, WeeklyStats
from frontwire.store.remerge import MergeSummary

_EVIDENCE_CHARS = 160


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fatalities(event: EventSummary) -> str:
    if event.fatalities is None:
        return ""
    if event.fatalities_conflict:
        return f"{event.fatalities} ({event.fatalities_min}-{event.fatalities_max})"
    return str(event.fatalities)


def _flags(event: EventSummary) -> str:
    flags = [event.status]
    if event.status_conflict:
        flags.append("DISPUTED")
    return " ".join(flags)


def events_table(records: Sequence[EventRecord]) -> str:
    """One line per event: id, date, type, place, deaths, sources, status."""
    if not records:
        return "no events match"
    rows = [(r.event.id, r.event.time_start.isoformat() if r.event.time_start else "",
             r.event.sub_event_type, r.event.location or "", r.event.country or "", _fatalities(r.event),
             str(r.event.n_sources), _flags(r.event)) for r in records]
    return _table(("id", "date", "type", "location", "cc", "killed", "sources", "status"), rows)


def _where(event: EventSummary) -> str:
    if not event.location:
        return "unknown"
    parts = [p for p in (event.location, event.admin2, event.admin1, event.country) if p]
    coords = f"{event.lat:.4f}, {event.lon:.4f}; " if event.lat is not None and event.lon is not None else ""
    return f"{', '.join(dict.fromkeys(parts))} ({coords}geo precision {event.geo_precision})"


def _when(event: EventSummary) -> str:
    if event.time_start is None:
        return "unknown"
    span = event.time_start.isoformat()
    if event.time_end and event.time_end != event.time_start:
        span += f" to {event.time_end.isoformat()}"
    return f"{span} (time precision {event.time_precision})"


def _header(record: EventRecord) -> list[str]:
    e = record.event
    status = e.status + (f"  DISPUTED: sources say {e.statuses.replace(',', ', ')}" if e.status_conflict else "")
    killed = _fatalities(e) or "none reported"
    if e.fatalities_conflict:
        killed = f"{e.fatalities} (the lowest reported; reports range {e.fatalities_min}-{e.fatalities_max})"
    actors = "; ".join(f"{a.name} [{a.role}, {a.mentions} of {e.n_mentions}]" for a in record.actors) or "none named"
    first = next((s.outlet or s.article_id[:12] for s in record.sources), "?")
    return [
        f"Event {e.id}  {e.sub_event_type} ({e.event_type}; kind {e.kind})",
        f"  When:       {_when(e)}",
        f"  Where:      {_where(e)}",
        f"  Status:     {status}",
        f"  Killed:     {killed}",
        f"  Actors:     {actors}",
        f"  Sources:    {e.n_sources} article(s) from {e.n_outlets} outlet(s); first reported "
        f"{e.first_reported.isoformat() if e.first_reported else '?'} by {first}",
    ]


def _join_reason(link: Link | None, numbers: dict[str, int]) -> str:
    if link is None or link.joined_to is None:
        return "first report of this event"
    where = (f"{link.distance_km:g} km apart (limit {link.distance_limit_km:g} km)" if link.distance_km is not None
             else "same country, no finer place")
    return (f"joined to #{numbers.get(link.joined_to, '?')}: {link.kind_rule}; "
            f"{link.time_gap_days} day(s) between their dates; {where}; {link.actors}")


def _mention(n: int, m: MentionView, numbers: dict[str, int]) -> list[str]:
    title = f"\"{m.headline}\"" if m.headline else m.article_id[:12]
    place = f"\"{m.place_text}\" -> {m.place_name}" if m.place_text else "no place"
    killed = f", killed {m.fatalities} (\"{m.fatalities_text}\")" if m.fatalities is not None else ""
    lines = [
        f"  #{n} {m.outlet or 'unknown outlet'}, {m.published.isoformat() if m.published else 'undated'}: {title}",
        f"     {m.url or m.source or ''}".rstrip(),
        f"     {m.kind}, {m.status}, {place}, time \"{m.time_text or '?'}\"{killed}",
        f"     actors: {', '.join(m.actors) or 'none named'}",
        f"     {_join_reason(m.link, numbers)}",
    ]
    lines.extend(f"     evidence: \"{_clip(span.text)}\"" for span in m.evidence[:2])
    return [line for line in lines if line.strip()]


def _clip(text: str) -> str:
    return text if len(text) <= _EVIDENCE_CHARS else text[: _EVIDENCE_CHARS - 1] + "…"


def event_detail(detail: EventDetail) -> str:
    """One event: its fields, each source's account with the reason it joined, then the quotes."""
    lines = _header(detail.record)
    numbers = {m.id: n for n, m in enumerate(detail.mentions, start=1)}
    lines.append("")
    lines.append("MENTIONS (the report the event started from, then the others as published)")
    for n, mention in enumerate(detail.mentions, start=1):
        lines.extend(_mention(n, mention, numbers))
    if detail.quotes:
        lines.append("")
        lines.append("QUOTES IN THE SOURCES")
        for quote in detail.quotes:
            who = quote.speaker + (f" ({quote.organization})" if quote.organization else "")
            mark = "" if quote.direct else " [reported]"
            lines.append(f"  {quote.outlet or quote.article_id[:12]} - {who}: \"{_clip(quote.text)}\"{mark}")
    return "\n".join(lines)


def stats_table(stats: WeeklyStats) -> str:
    """Counts by ISO week (rows) and event type (columns), with totals."""
    if not stats.weeks:
        return "no events match"
    header = ("week", *stats.types, "total")
    rows = [(week, *(str(c) for c in counts), str(sum(counts)))
            for week, counts in zip(stats.weeks, stats.counts, strict=True)]
    totals = [sum(col) for col in zip(*stats.counts, strict=True)]
    rows.append(("total", *(str(c) for c in totals), str(sum(totals))))
    return _table(header, rows)


def failures_table(failures: Sequence[FailureRecord]) -> str:
    """One line per failure: when, stage, where, why."""
    if not failures:
        return "no failures"
    rows = [(f.failed_at.strftime("%Y-%m-%d %H:%M:%S"), f.stage, f.location, f.reason) for f in failures]
    return _table(("when (UTC)", "stage", "where", "reason"), rows)


def progress_line(p: Progress) -> str:
    """Counts and rate so far, on one line."""
    return (f"{p.read} read: {p.new} new, {p.replaced} changed, {p.skipped} skipped, {p.failed} failed, "
            f"{p.mentions} mentions ({p.rate:.1f} items/s)")


def merge_line(m: MergeSummary) -> str:
    """What the merge made of the stored mentions."""
    return (f"events: {m.events} from {m.mentions} mentions ({m.merged_mentions} merged into events of other "
            f"sources; {m.multi_source} events with 2+ sources); {m.rewritten} events rewritten in {m.seconds:.1f}s")


def ingest_summary(s: IngestSummary) -> str:
    """The end-of-run summary: new, skipped, failed, events, merged."""
    p = s.progress
    lines = [f"ingested in {p.elapsed:.1f}s: {p.new} new, {p.replaced} changed (re-coded), {p.skipped} skipped, "
             f"{p.failed} failed; {p.mentions} mentions "
             f"(coding {s.coding_seconds:.1f}s, storing {s.storing_seconds:.1f}s)"]
    lines.append(merge_line(s.merge) if s.merge else "events: no new mentions to merge")
    if p.failed:
        lines.append("see `frontwire failures`; `frontwire ingest --retry-failed` tries them again")
    return "\n".join(lines)
