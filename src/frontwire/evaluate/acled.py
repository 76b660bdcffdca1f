"""Scoring frontwire against ACLED human coding: gold rows, per-row checks, and the ACLED report.

A gold row is one ACLED event (its `notes` text is the article); the prediction for it is the
first, most salient, event of frontwire's JSON output for that text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from frontwire.errors import InputError, ResourceError
from frontwire.geo.rank import haversine_km
from frontwire.evaluate.report import NONE_LABEL, Check, EvalReport, RowResult, build_report, distance_values
from frontwire.read import read_record

if TYPE_CHECKING:
    from frontwire.extract.actors import ActorCatalogue
    from frontwire.geo.gazetteer import Gazetteer
    from frontwire.models import Article

Json = Mapping[str, Any]
ActorCountry = Callable[[str, str | None], tuple[bool, str | None]]
Admin1Names = Callable[[str, str | None], tuple[str, ...]]

LEGACY_FILE = "acled_legacy_types.tsv"
PRECISE = frozenset({1, 2})
NEAR_KM, FAR_KM = 10.0, 25.0
FATALITY_TOLERANCE = 0.10
NON_STATE_FOREIGN = 8
METRICS = (
    "coverage", "event_type", "sub_event_type",
    "actor1", "actor1_inter", "actor2", "actor2_inter",
    "place_10km", "place_25km", "place_10km_precise", "place_25km_precise",
    "admin1", "admin1_gazetteer", "geo_precision", "fatalities_exact", "fatalities_10pct",
)
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class LegacyTypes:
    """How legacy ACLED event types map to the 2019 types a prediction may have."""

    exact: Mapping[str, tuple[str, ...]]
    prefixes: tuple[tuple[str, tuple[str, ...]], ...]

    def accepted(self, legacy: str) -> tuple[str, ...] | None:
        """The 2019 types accepted for a legacy type, or None when the table does not map it."""
        if legacy in self.exact:
            return self.exact[legacy]
        return next((types for prefix, types in self.prefixes if legacy.startswith(prefix)), None)


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An ACLED actor with the interaction code and country an answer must match."""

    name: str
    inter: int
    country: str | None
    check_country: bool


@dataclass(frozen=True, slots=True)
class GoldLookup:
    """What turning a raw row into gold needs: country names to ISO2, actor names to a country.

    `admin1_names` gives the gazetteer's spellings of a gold admin1 name ('Idleb' -> 'Idlib').
    """

    country_code: Callable[[str], str | None]
    actor_country: ActorCountry
    admin1_names: Admin1Names = lambda _name, _country: ()


@dataclass(frozen=True, slots=True)
class AcledRow:
    """One human-coded ACLED event, parsed."""

    line: int
    notes: str
    event_date: date
    country: str
    country_code: str | None
    type_label: str
    types: frozenset[str]
    sub_event_type: str | None
    actor1: GoldActor | None
    actor2: GoldActor | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    admin1: str
    fatalities: int
    admin1_aliases: tuple[str, ...] = ()


# --- gold ----------------------------------------------------------------------------


def parse_legacy_types(text: str) -> LegacyTypes:
    """Read the legacy-type table (see the header of data/acled_legacy_types.tsv)."""
    exact: dict[str, tuple[str, ...]] = {}
    prefixes: list[tuple[str, tuple[str, ...]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0] or not cols[1]:
            raise ResourceError(f"{LEGACY_FILE}:{number}: expected 'legacy<TAB>type|type'")
        types = tuple(t.strip() for t in cols[1].split("|") if t.strip())
        if cols[0].endswith("*"):
            prefixes.append((cols[0][:-1], types))
        else:
            exact[cols[0]] = types
    return LegacyTypes(exact, tuple(prefixes))


@cache
def load_legacy_types() -> LegacyTypes:
    """The shipped legacy-type table."""
    return parse_legacy_types(resources.files("frontwire.data").joinpath(LEGACY_FILE).read_text("utf-8"))


def catalogue_lookup(gazetteer: Gazetteer, catalogue: ActorCatalogue) -> GoldLookup:
    """A GoldLookup over the gazetteer's country names and the actor catalogue, memoised."""

    @lru_cache(maxsize=None)
    def country_code(name: str) -> str | None:
        entry = gazetteer.country_by_name(name)
        return entry.country if entry else None

    @lru_cache(maxsize=None)
    def actor_country(name: str, focus: str | None) -> tuple[bool, str | None]:
        found = catalogue.canonical(name, country_focus=focus)
        record = catalogue.record(found) if found else None
        if record is not None:
            return True, record.country
        ref = catalogue.resolve(name, country_focus=focus)
        return (True, ref.country) if ref is not None else (False, None)

    @lru_cache(maxsize=None)
    def admin1_names(name: str, country: str | None) -> tuple[str, ...]:
        entry = gazetteer.admin1_entry(country, name) if country else None
        return () if entry is None else tuple(dict.fromkeys(n for n in (entry.name, entry.admin1) if n))

    return GoldLookup(country_code, actor_country, admin1_names)


def _field(raw: Json, key: str, where: str) -> Any:
    if key not in raw:
        raise InputError(where, f"ACLED row has no {key!r} field")
    return raw[key]


def _int(value: Any, key: str, where: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise InputError(where, f"{key} must be a whole number, not {value!r}") from None


def _float(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def gold_types(raw: Json, legacy: LegacyTypes, where: str) -> tuple[str, frozenset[str], str | None]:
    """The gold label, the accepted 2019 event types and the sub-event type (None: not scored)."""
    event_type = str(_field(raw, "event_type", where))
    if "event_type_2019" not in raw:
        return event_type, frozenset({event_type}), raw.get("sub_event_type") or None
    mapped = raw.get("event_type_2019")
    sub = raw.get("sub_event_type_2019") or None
    if mapped:
        return str(mapped), frozenset({str(mapped)}), sub
    accepted = legacy.accepted(event_type)
    if accepted is None:
        raise InputError(where, f"legacy event_type {event_type!r} has no 2019 mapping in {LEGACY_FILE}")
    label = accepted[0] if len(accepted) == 1 else event_type
    return label, frozenset(accepted), sub


def gold_actor(name: str, inter: int, *, row_country: str | None, lookup: GoldLookup) -> GoldActor:
    """The country the answer's actor must have: the catalogue's, else the row's (inter 1-7)."""
    known, country = lookup.actor_country(name, row_country)
    if known:
        return GoldActor(name, inter, country, check_country=True)
    if inter == NON_STATE_FOREIGN:
        return GoldActor(name, inter, None, check_country=False)
    return GoldActor(name, inter, row_country, check_country=True)


def parse_acled_row(raw: Json, *, line: int, lookup: GoldLookup, legacy: LegacyTypes | None = None) -> AcledRow:
    """One JSON row of an ACLED file as gold (legacy ME rows and current rows alike)."""
    where = f"line {line}"
    label, types, sub = gold_types(raw, legacy or load_legacy_types(), where)
    country = str(raw.get("country") or "")
    code = lookup.country_code(country) if country else None
    actors = []
    for n in (1, 2):
        name = str(raw.get(f"actor{n}") or "").strip()
        inter = _int(raw.get(f"inter{n}") or 0, f"inter{n}", where)
        actors.append(gold_actor(name, inter, row_country=code, lookup=lookup) if name else None)
    try:
        day = date.fromisoformat(str(_field(raw, "event_date", where))[:10])
    except ValueError:
        raise InputError(where, f"event_date {raw.get('event_date')!r} is not YYYY-MM-DD") from None
    precision = raw.get("geo_precision")
    admin1 = str(raw.get("admin1") or "")
    return AcledRow(
        line=line, notes=str(raw.get("notes") or ""), event_date=day, country=country, country_code=code,
        type_label=label, types=types, sub_event_type=sub, actor1=actors[0], actor2=actors[1],
        lat=_float(raw.get("latitude")), lon=_float(raw.get("longitude")),
        geo_precision=None if precision in (None, "") else _int(precision, "geo_precision", where),
        admin1=admin1, fatalities=_int(raw.get("fatalities") or 0, "fatalities", where),
        admin1_aliases=lookup.admin1_names(admin1, code) if admin1 else (),
    )


def row_article(row: AcledRow, *, source: str) -> Article:
    """The row's notes as an article dated the event date (InputError for empty notes)."""
    return read_record({"text": row.notes, "date": row.event_date.isoformat()}, source=source)


# --- scoring -------------------------------------------------------------------------


def first_event(output: Json | None) -> Json | None:
    """The most salient event of an output, or None."""
    events = (output or {}).get("events") or []
    return events[0] if events else None


def predicted_actors(event: Json | None) -> tuple[Json | None, Json | None]:
    """(actor1, actor2): the first actor in role "actor"; the first "target", else the second actor."""
    actors = list((event or {}).get("actors") or [])
    first = next((a for a in actors if a.get("role") == "actor"), None)
    second = next((a for a in actors if a.get("role") == "target"), None)
    if second is None and len(actors) > 1:
        second = actors[1]
    return first, second


def _actor_checks(slot: str, gold: GoldActor | None, got: Json | None) -> list[Check]:
    if gold is None:
        return []
    inter_ok = got is not None and got.get("inter") == gold.inter
    country_ok = not gold.check_country or (got is not None and got.get("country") == gold.country)
    return [Check(slot, inter_ok and country_ok), Check(f"{slot}_inter", inter_ok, primary=False)]


def fold_name(text: str) -> str:
    """Lower case, no diacritics, words separated by single spaces: 'Idlib', 'idlib' and 'Idlīb' agree."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())


def admin1_agrees(gold: str, got: str | None) -> bool:
    """Equal when folded, or one contained in the other ('Rural Damascus' vs 'Damascus')."""
    a, b = fold_name(gold), fold_name(got or "")
    return bool(a and b) and (a in b or b in a)


def place_distance(row: AcledRow, event: Json | None) -> float | None:
    """Kilometres from the gold point to the predicted event's place; None when either is missing."""
    place = (event or {}).get("place") or {}
    if row.lat is None or row.lon is None or place.get("lat") is None or place.get("lon") is None:
        return None
    return haversine_km(row.lat, row.lon, float(place["lat"]), float(place["lon"]))


def _place_checks(row: AcledRow, event: Json | None, distance: float | None) -> list[Check]:
    if row.lat is None or row.lon is None:
        return []
    near = distance is not None and distance <= NEAR_KM
    far = distance is not None and distance <= FAR_KM
    checks = [Check("place_10km", near), Check("place_25km", far, primary=False)]
    if row.geo_precision in PRECISE:
        checks += [Check("place_10km_precise", near, primary=False), Check("place_25km_precise", far, primary=False)]
    place = (event or {}).get("place") or {}
    if row.admin1:
        ours = place.get("admin1")
        checks.append(Check("admin1", admin1_agrees(row.admin1, ours)))
        spellings = (row.admin1, *row.admin1_aliases)
        checks.append(Check("admin1_gazetteer", any(admin1_agrees(s, ours) for s in spellings), primary=False))
    if row.geo_precision is not None:
        checks.append(Check("geo_precision", place.get("geo_precision") == row.geo_precision))
    return checks


def predicted_fatalities(event: Json | None) -> int:
    """The predicted event's fatality count; a missing figure counts as 0."""
    figure = (event or {}).get("fatalities") or {}
    return int(figure.get("count") or 0)


def _fatality_checks(gold: int, got: int) -> list[Check]:
    return [
        Check("fatalities_exact", got == gold),
        Check("fatalities_10pct", abs(got - gold) <= FATALITY_TOLERANCE * gold, primary=False),
    ]


def score_acled_row(row: AcledRow, output: Json | None) -> RowResult:
    """All checks of one row against frontwire's output for its notes (None: coding failed)."""
    event = first_event(output)
    got_type = str(event["event_type"]) if event else None
    actor1, actor2 = predicted_actors(event)
    distance = place_distance(row, event)
    checks = [Check("coverage", event is not None, primary=False), Check("event_type", got_type in row.types)]
    if row.sub_event_type:
        checks.append(Check("sub_event_type", event is not None and event.get("sub_event_type") == row.sub_event_type))
    checks += _actor_checks("actor1", row.actor1, actor1) + _actor_checks("actor2", row.actor2, actor2)
    checks += _place_checks(row, event, distance)
    checks += _fatality_checks(row.fatalities, predicted_fatalities(event))
    return RowResult(
        key=f"line {row.line}", text=row.notes, expected=describe_gold(row), got=describe_event(event, distance),
        checks=tuple(checks), gold_label=row.type_label, predicted_label=got_type or NONE_LABEL,
        errors_km=() if distance is None else (distance,),
    )


# --- describing rows for people ------------------------------------------------------


def _gold_actor_text(actor: GoldActor | None) -> str:
    if actor is None:
        return "-"
    where = actor.country if actor.check_country else "any country"
    return f"{actor.name} (inter {actor.inter}, {where})"


def describe_gold(row: AcledRow) -> str:
    """What the human coder coded, on one line."""
    return (
        f"{row.type_label} / {row.sub_event_type or '-'}; actor1 {_gold_actor_text(row.actor1)}; "
        f"actor2 {_gold_actor_text(row.actor2)}; at {row.lat},{row.lon} ({row.admin1 or '-'}, "
        f"precision {row.geo_precision}); fatalities {row.fatalities}"
    )


def _got_actor_text(actor: Json | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.get('name')} (inter {actor.get('inter')}, {actor.get('country')})"


def describe_event(event: Json | None, distance: float | None) -> str:
    """What frontwire's first event says, on one line."""
    if event is None:
        return "(no event)"
    actor1, actor2 = predicted_actors(event)
    place = event.get("place") or {}
    off = "" if distance is None else f", {distance:.1f} km off"
    return (
        f"{event.get('event_type')} / {event.get('sub_event_type')}; actor1 {_got_actor_text(actor1)}; "
        f"actor2 {_got_actor_text(actor2)}; at {place.get('name') or '-'} {place.get('lat')},{place.get('lon')} "
        f"({place.get('admin1') or '-'}, precision {place.get('geo_precision')}{off}); "
        f"fatalities {predicted_fatalities(event)}"
    )


def acled_report(results: Sequence[RowResult], *, title: str = "ACLED", notes: Sequence[str] = ()) -> EvalReport:
    """The ACLED figures, confusion matrix of event types and worst rows."""
    return build_report(title, results, METRICS, values=distance_values(results), notes=notes)
