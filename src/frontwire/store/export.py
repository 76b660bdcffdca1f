"""Events out of the store: ACLED CSV, GeoJSON, JSON Lines, Parquet and a plain CSV of event rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal

from frontwire.errors import ResourceError
from frontwire.store.combine import EventActor, EventSummary
from frontwire.store.query import EventRecord

Format = Literal["acled-csv", "geojson", "jsonl", "parquet", "csv"]
FORMATS: tuple[Format, ...] = ("acled-csv", "geojson", "jsonl", "parquet", "csv")
BINARY_FORMATS = frozenset({"parquet"})

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
_CIVILIANS = 7
_WILDCARD = "*"


@dataclass(frozen=True, slots=True)
class Country:
    """A country as ACLED names it."""

    iso2: str
    iso3: str
    numeric: int
    name: str
    region: str


def _data_lines(name: str) -> list[list[str]]:
    path = resources.files("frontwire") / "data" / "store" / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"frontwire/data/store/{name}: cannot read it ({exc})") from exc
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def countries() -> dict[str, Country]:
    """ISO2 -> country, from data/store/countries.tsv."""
    return {r[0]: Country(r[0], r[1], int(r[2]), r[3], r[4]) for r in _data_lines("countries.tsv")}


@cache
def _disorder_types() -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in _data_lines("disorder.tsv")}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder_type for an event type and sub-event type ('' when unknown)."""
    table = _disorder_types()
    return table.get((event_type, sub_event_type)) or table.get((event_type, _WILDCARD), "")


@dataclass(frozen=True, slots=True)
class _Sides:
    """The actors of an event in ACLED's slots."""

    actor1: EventActor | None
    assoc1: tuple[EventActor, ...]
    actor2: EventActor | None
    assoc2: tuple[EventActor, ...]
    others: tuple[EventActor, ...]


def _sides(record: EventRecord) -> _Sides:
    """Actor 1 is the doer most sources name, actor 2 the target; other named doers are alternatives."""
    doers = [a for a in record.actors if a.role == "actor"]
    targets = [a for a in record.actors if a.role == "target"]
    associates = tuple(a for a in record.actors if a.role == "associate")
    return _Sides(doers[0] if doers else None, associates, targets[0] if targets else None,
                  tuple(targets[1:]), tuple(doers[1:]))


def _interaction(inter1: int | None, inter2: int | None) -> str:
    if inter1 is None:
        return ""
    if inter2 is None:
        return str(inter1 * 10)
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def _listing(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names) or "an unnamed source"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _place_phrase(event: EventSummary) -> str:
    country = countries().get(event.country or "")
    around = [x for x in (event.admin1, country.name if country else event.country) if x and x != event.location]
    if not event.location:
        return ""
    return f" in {event.location}" + (f" ({', '.join(around)})" if around else "")


def _lower_first(phrase: str) -> str:
    """The phrase inside a sentence: 'Air/drone strike' -> 'air/drone strike', acronyms kept."""
    head, _, rest = phrase.partition(" ")
    word = head if head.isupper() else head[:1].lower() + head[1:]
    return f"{word} {rest}" if rest else word


def _what(event: EventSummary) -> str:
    """The happening in words: the sub-event type, or the kind where ACLED only says 'Other'."""
    if event.sub_event_type != "Other":
        return _lower_first(event.sub_event_type)
    kind = event.kind.replace("_", " ")
    return f"{event.status} {kind}" if event.status in ("planned", "possible") else kind


def notes(record: EventRecord) -> str:
    """A one-sentence summary of the event that names its sources."""
    event = record.event
    sides = _sides(record)
    when = f"On {event.time_start.day} {event.time_start:%B %Y}, " if event.time_start else ""
    what = _what(event)
    subject = f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"
    subject += f" by {sides.actor1.name}" if sides.actor1 else ""
    subject += f" against {sides.actor2.name}" if sides.actor2 else ""
    subject += _place_phrase(event)
    sources = _listing(list(record.outlets) or [s.headline or s.article_id[:12] for s in record.sources[:1]])
    if event.fatalities:
        spread = (f" (reports range from {event.fatalities_min} to {event.fatalities_max})"
                  if event.fatalities_conflict else "")
        predicate = f" killed {event.fatalities}{spread}, as reported by {sources}"
    else:
        predicate = f" was reported by {sources}"
    denial = "; at least one source says it did not take place" if event.status_conflict else ""
    sentence = f"{when}{subject}{predicate}{denial}."
    return sentence[0].upper() + sentence[1:]


def _tags(record: EventRecord) -> str:
    event = record.event
    tags = [f"sources={event.n_sources}"]
    others = _sides(record).others
    if others:
        tags.append("also attributed to: " + ", ".join(a.name for a in others))
    if event.fatalities_conflict:
        tags.append(f"fatalities disputed: {event.fatalities_min}-{event.fatalities_max}")
    if event.status_conflict:
        tags.append(f"status disputed: {event.statuses.replace(',', ', ')}")
    return "; ".join(tags)


def _timestamp(record: EventRecord) -> int:
    """The last day a source reported the event, as Unix time (ACLED's last-update stamp)."""
    days = [s.published for s in record.sources if s.published] or [record.event.first_reported or date(1970, 1, 1)]
    latest = max(days)
    return int(datetime(latest.year, latest.month, latest.day, tzinfo=UTC).timestamp())


def acled_row(record: EventRecord) -> dict[str, Any]:
    """One event in ACLED's columns."""
    event = record.event
    country = countries().get(event.country or "")
    sides = _sides(record)
    inter1 = sides.actor1.inter if sides.actor1 else None
    inter2 = sides.actor2.inter if sides.actor2 else None
    civilians = any(a.inter == _CIVILIANS for a in record.actors if a.role == "target")
    day = event.time_start or event.first_reported
    return {
        "event_id_cnty": f"{country.iso3 if country else 'XXX'}{int(event.id[2:12], 16)}",
        "event_date": day.isoformat() if day else "", "year": day.year if day else "",
        "time_precision": event.time_precision or 3,
        "disorder_type": disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": sides.actor1.name if sides.actor1 else "", "assoc_actor_1": "; ".join(a.name for a in sides.assoc1),
        "inter1": _blank(inter1),
        "actor2": sides.actor2.name if sides.actor2 else "", "assoc_actor_2": "; ".join(a.name for a in sides.assoc2),
        "inter2": _blank(inter2), "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": country.numeric if country else "", "region": country.region if country else "",
        "country": country.name if country else (event.country or ""),
        "admin1": event.admin1 or "", "admin2": event.admin2 or "", "admin3": "", "location": event.location or "",
        "latitude": _coordinate(event.lat), "longitude": _coordinate(event.lon),
        "geo_precision": _blank(event.geo_precision), "source": "; ".join(record.outlets), "source_scale": "",
        "notes": notes(record), "fatalities": event.fatalities or 0, "tags": _tags(record),
        "timestamp": _timestamp(record),
    }


def _blank(value: int | None) -> int | str:
    return "" if value is None else value


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def event_dict(record: EventRecord) -> dict[str, Any]:
    """One event as JSON: its row, actors and sources."""
    row = {k: _plain(v) for k, v in asdict(record.event).items()}
    row["actors"] = [asdict(a) for a in record.actors]
    row["sources"] = [{k: _plain(v) for k, v in asdict(s).items()} for s in record.sources]
    return row


def flat_row(record: EventRecord) -> dict[str, Any]:
    """One event as a flat row: its columns, the first doer and target, and its outlets."""
    sides = _sides(record)
    row = asdict(record.event)
    row.update(actor1=sides.actor1.name if sides.actor1 else None, actor2=sides.actor2.name if sides.actor2 else None,
               outlets="; ".join(record.outlets))
    return row


def geojson(records: Iterable[EventRecord]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of events; an event without coordinates has a null geometry."""
    features = []
    for record in records:
        event = record.event
        point = ({"type": "Point", "coordinates": [event.lon, event.lat]}
                 if event.lat is not None and event.lon is not None else None)
        features.append({"type": "Feature", "id": event.id, "geometry": point, "properties": event_dict(record)})
    return {"type": "FeatureCollection", "features": features}


def write_text(records: Iterable[EventRecord], fmt: Format, out: IO[str]) -> int:
    """Write events in a text format; returns how many were written."""
    rows = list(records)
    if fmt == "acled-csv":
        _write_csv(out, ACLED_COLUMNS, (acled_row(r) for r in rows))
    elif fmt == "csv":
        columns = (*(f.name for f in fields(EventSummary)), "actor1", "actor2", "outlets")
        _write_csv(out, columns, ({k: _plain(v) for k, v in flat_row(r).items()} for r in rows))
    elif fmt == "jsonl":
        for record in rows:
            out.write(json.dumps(event_dict(record), ensure_ascii=False) + "\n")
    elif fmt == "geojson":
        json.dump(geojson(rows), out, ensure_ascii=False)
        out.write("\n")
    else:
        raise ValueError(f"{fmt} is not a text format")
    return len(rows)


def _write_csv(out: IO[str], columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def write_parquet(records: Iterable[EventRecord], path: Path) -> int:
    """Write events as a Parquet file of flat rows; returns how many were written."""
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    types = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}
    schema_fields = [pa.field(f.name, _arrow_type(f.type, types)) for f in fields(EventSummary)]
    schema = pa.schema([*schema_fields, pa.field("actor1", pa.string()), pa.field("actor2", pa.string()),
                        pa.field("outlets", pa.string())])
    rows = [flat_row(r) for r in records]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)


def _arrow_type(annotation: Any, types: dict[type, Any]) -> Any:
    names = {"str": str, "int": int, "float": float, "bool": bool, "date": date}
    base = str(annotation).replace(" | None", "").strip()
    return types[names[base]]
