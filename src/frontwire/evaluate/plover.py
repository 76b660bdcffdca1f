"""Scoring frontwire against PLOVER gold sentences: event type, source and target actor countries.

A gold row is one sentence with its PLOVER event type and its source and target actors, each
with a CAMEO country code (ISO 3166 alpha-3, or an international code such as IGO). The
prediction is the act that leads frontwire's output for the sentence: a verbal act (interaction) that
governs its events, else its lead event, else its first verbal act.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from frontwire.errors import InputError, ResourceError
from frontwire.evaluate.acled import first_event, predicted_actors
from frontwire.evaluate.report import NONE_LABEL, Check, EvalReport, RowResult, build_report
from frontwire.read import read_record

if TYPE_CHECKING:
    from frontwire.models import Article

Json = Mapping[str, Any]

ISO3_FILE = "iso3.tsv"
INTERNATIONAL_FILE = "cameo_international.tsv"
METRICS = ("coverage", "event", "source_actor", "target_actor")


@dataclass(frozen=True, slots=True)
class CountryCodes:
    """CAMEO country codes to ISO2: ISO3 countries, and the international codes (no country)."""

    iso3: Mapping[str, str]
    international: frozenset[str]


@dataclass(frozen=True, slots=True)
class GoldParty:
    """The source (or target) side of a gold event: the countries an answer may have.

    None in `countries` stands for an international actor, matched by an actor without a country.
    """

    texts: tuple[str, ...]
    countries: frozenset[str | None]
    unmapped: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PloverRow:
    """One PLOVER gold sentence, parsed."""

    line: int
    id: str
    text: str
    day: date | None
    event: str
    source: GoldParty
    target: GoldParty


def _rows(text: str, name: str, width: int) -> list[list[str]]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < width or not all(cols[:width]):
            raise ResourceError(f"{name}:{number}: expected {width} tab-separated columns")
        rows.append(cols)
    return rows


def parse_country_codes(iso3_text: str, international_text: str) -> CountryCodes:
    """Read iso3.tsv (iso3, iso2, name) and cameo_international.tsv (code, meaning)."""
    iso3 = {cols[0].upper(): cols[1].upper() for cols in _rows(iso3_text, ISO3_FILE, 2)}
    international = frozenset(cols[0].upper() for cols in _rows(international_text, INTERNATIONAL_FILE, 1))
    return CountryCodes(iso3, international)


@cache
def load_country_codes() -> CountryCodes:
    """The shipped code tables."""
    data = resources.files("frontwire.data")
    return parse_country_codes(
        data.joinpath(ISO3_FILE).read_text("utf-8"), data.joinpath(INTERNATIONAL_FILE).read_text("utf-8")
    )


def gold_party(actors: Sequence[Json], codes: CountryCodes) -> GoldParty:
    """The countries a list of gold actors allows; codes the tables do not know are set aside."""
    countries: set[str | None] = set()
    unmapped: list[str] = []
    for actor in actors:
        code = str(actor.get("code") or "")[:3].upper()
        if code in codes.iso3:
            countries.add(codes.iso3[code])
        elif code in codes.international:
            countries.add(None)
        elif code:
            unmapped.append(code)
    return GoldParty(tuple(str(a.get("actor_text") or "") for a in actors), frozenset(countries), tuple(unmapped))


def _actor_list(raw: Json, key: str, where: str) -> list[Json]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(a, Mapping) for a in value):
        raise InputError(where, f"{key} must be a list of objects")
    return value


def parse_plover_row(raw: Json, *, line: int, codes: CountryCodes | None = None) -> PloverRow:
    """One JSON row of the PLOVER gold file."""
    where = f"line {line}"
    codes = codes or load_country_codes()
    text, event = raw.get("text"), raw.get("event")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "PLOVER row has no text")
    if not isinstance(event, str) or not event:
        raise InputError(where, "PLOVER row has no event type")
    try:
        day = date.fromisoformat(str(raw["date"])[:10]) if raw.get("date") else None
    except ValueError:
        raise InputError(where, f"date {raw.get('date')!r} is not YYYY-MM-DD") from None
    return PloverRow(
        line=line, id=str(raw.get("id") or line), text=text, day=day, event=event.upper(),
        source=gold_party(_actor_list(raw, "source_actors", where), codes),
        target=gold_party(_actor_list(raw, "target_actors", where), codes),
    )


def row_article(row: PloverRow, *, source: str) -> Article:
    """The sentence as an article dated the row's date."""
    record: dict[str, str] = {"text": row.text}
    if row.day is not None:
        record["date"] = row.day.isoformat()
    return read_record(record, source=source)


def _party_check(name: str, gold: GoldParty, got: Json | None) -> list[Check]:
    if not gold.countries:
        return []
    return [Check(name, got is not None and got.get("country") in gold.countries)]


def plover_event(output: Json | None) -> Json | None:
    """What the sentence is coded as in PLOVER: a verbal act that governs its events ('condemned the strike',
    'threatened to attack', 'ended talks as shells fell'), else the lead event, else the first verbal act
    (interactions come highest in the parse first)."""
    interactions = list((output or {}).get("interactions") or [])
    governing = next((i for i in interactions if i.get("governs_event")), None)
    return governing or first_event(output) or (interactions[0] if interactions else None)


def score_plover_row(row: PloverRow, output: Json | None) -> RowResult:
    """Event type and actor checks of one sentence against frontwire's output (None: coding failed)."""
    event = plover_event(output)
    plover = str(event.get("plover") or "").upper() if event else None
    source, target = predicted_actors(event)
    checks = [
        Check("coverage", event is not None, primary=False),
        Check("event", plover == row.event),
        *_party_check("source_actor", row.source, source),
        *_party_check("target_actor", row.target, target),
    ]
    return RowResult(
        key=row.id, text=row.text, expected=describe_gold(row), got=describe_event(event),
        checks=tuple(checks), gold_label=row.event, predicted_label=plover or NONE_LABEL,
    )


def _party_text(party: GoldParty) -> str:
    if not party.texts:
        return "-"
    countries = ", ".join(sorted(c or "international" for c in party.countries)) or "?"
    return f"{' / '.join(party.texts)} [{countries}]"


def describe_gold(row: PloverRow) -> str:
    """The gold coding on one line."""
    return f"{row.event}; source {_party_text(row.source)}; target {_party_text(row.target)}"


def describe_event(event: Json | None) -> str:
    """The first output event's PLOVER type and actors on one line."""
    if event is None:
        return "(no event)"
    source, target = predicted_actors(event)

    def show(actor: Json | None) -> str:
        return "-" if actor is None else f"{actor.get('name')} [{actor.get('country') or 'no country'}]"

    return f"{event.get('plover')} ({event.get('event_type')}); source {show(source)}; target {show(target)}"


def plover_report(rows: Sequence[PloverRow], results: Sequence[RowResult], *, title: str = "PLOVER") -> EvalReport:
    """The PLOVER figures, confusion matrix, per-type recall/precision and worst rows."""
    unmapped = sorted({c for r in rows for c in (*r.source.unmapped, *r.target.unmapped)})
    notes = [f"actor codes with no country mapping, set aside: {', '.join(unmapped)}"] if unmapped else []
    return build_report(title, results, METRICS, notes=notes)
