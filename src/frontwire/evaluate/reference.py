"""Scoring one article's frontwire output against an analyst's expected coding of it.

The inputs are the parsed JSON of `frontwire brief --json` and of an `*.expected.json`
answer key (the format of ../shared/seed/); both are turned into private frozen records
first, so the matching and checking code never touches raw dicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from functools import partial
from typing import Any

from frontwire.geo.rank import haversine_km
from frontwire.errors import InputError

Canonical = Callable[[str], str | None]
Json = Mapping[str, Any]

DEFAULT_MAX_KM = 25.0
FIGURE_KINDS = ("fatalities", "injured", "displaced")
FIELDS = ("actors", "status", "attributed_to", "figures")
QUOTE_MIN_JACCARD = 0.5
_EXPECTED = "expected coding"
_OUTPUT = "frontwire output"
_WORD = re.compile(r"[^\W_]+")
_PARENS = re.compile(r"^(?P<outer>[^(]*)\((?P<inner>[^)]*)\)\s*$")


@dataclass(frozen=True, slots=True)
class FieldCheck:
    """One field of a matched pair: whether it agrees, and why not."""

    field: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True, slots=True)
class PairResult:
    """An expected event and the output event matched to it."""

    expected_id: str
    output_index: int
    optional: bool
    checks: tuple[FieldCheck, ...]

    def agrees(self, field: str) -> bool | None:
        """Whether `field` agrees; None when the expected event does not specify it."""
        return next((c.ok for c in self.checks if c.field == field), None)


@dataclass(frozen=True, slots=True)
class FieldAgreement:
    """How many matched pairs agree on one field, of those where it was checked."""

    field: str
    agreed: int
    checked: int

    @property
    def rate(self) -> float:
        """Share of checked pairs that agree; 1.0 when nothing was checked."""
        return self.agreed / self.checked if self.checked else 1.0


@dataclass(frozen=True, slots=True)
class FalsePositive:
    """An output event that matches no expected event."""

    index: int
    kind: str
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class QuoteResult:
    """An expected named quote, the output quote found for it and what disagrees."""

    speaker: str
    text: str
    output_id: str | None
    problems: tuple[str, ...]
    correct: bool


@dataclass(frozen=True, slots=True)
class PlaceResult:
    """An expected place mention and the distance to the nearest output place naming it."""

    mention: str
    max_km: float
    distance_km: float | None
    found: bool


@dataclass(frozen=True, slots=True)
class ReferenceScore:
    """Everything the reference comparison of one article reports."""

    required: int
    required_matched: int
    recall: float
    outputs: int
    outputs_matched: int
    precision: float
    pairs: tuple[PairResult, ...]
    agreement: tuple[FieldAgreement, ...]
    false_positives: tuple[FalsePositive, ...]
    missed: tuple[str, ...]
    missed_optional: tuple[str, ...]
    quotes: tuple[QuoteResult, ...]
    quotes_correct: int
    quotes_total: int
    places: tuple[PlaceResult, ...]
    places_found: int
    places_total: int

    def field_rate(self, field: str) -> float:
        """Agreement rate of one of FIELDS over the matched pairs."""
        for agreement in self.agreement:
            if agreement.field == field:
                return agreement.rate
        raise ValueError(f"unknown field {field!r}; the fields are {', '.join(FIELDS)}")


@dataclass(frozen=True, slots=True)
class _Name:
    label: str
    tokens: tuple[str, ...]
    key: str | None


@dataclass(frozen=True, slots=True)
class _Window:
    """An inclusive day range; a None bound is open."""

    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class _Point:
    lat: float
    lon: float
    max_km: float


@dataclass(frozen=True, slots=True)
class _Expected:
    id: str
    types: frozenset[tuple[str, str]]
    statuses: frozenset[str]
    actors: tuple[tuple[str, str], ...]
    point: _Point | None
    window: _Window | None
    figures: tuple[tuple[str, int], ...]
    speakers: tuple[_Name, ...]
    acceptable_speakers: tuple[_Name, ...]
    optional: bool


@dataclass(frozen=True, slots=True)
class _Output:
    index: int
    kind: str
    type: tuple[str, str]
    status: str | None
    actors: frozenset[str]
    point: tuple[float, float] | None
    window: _Window | None
    figures: tuple[tuple[str, int | None], ...]
    speakers: tuple[_Name, ...]


def score_reference(output: Json, expected: Json, *, canonical: Canonical) -> ReferenceScore:
    """Compare one article's output with its expected coding (see ../shared/seed/README.md)."""
    wanted = [_parse_expected(e, i, canonical) for i, e in enumerate(_items(expected, "events", _EXPECTED))]
    got = [_parse_output(e, i, canonical) for i, e in enumerate(_items(output, "events", _OUTPUT))]
    assignment = _assign(wanted, got)
    pairs = tuple(
        PairResult(wanted[e].id, o, wanted[e].optional, _check_pair(wanted[e], got[o]))
        for e, o in sorted(assignment.items())
    )
    required = [e for e in wanted if not e.optional]
    matched_required = sum(1 for i in assignment if not wanted[i].optional)
    matched_outputs = set(assignment.values())
    quotes = _score_quotes(_items(expected, "quotes", _EXPECTED), _items(output, "quotes", _OUTPUT), canonical)
    places = _score_places(_items(expected, "places", _EXPECTED), output)
    return ReferenceScore(
        required=len(required),
        required_matched=matched_required,
        recall=matched_required / len(required) if required else 1.0,
        outputs=len(got),
        outputs_matched=len(matched_outputs),
        precision=len(matched_outputs) / len(got) if got else 1.0,
        pairs=pairs,
        agreement=tuple(_agreement(field, pairs) for field in FIELDS),
        false_positives=tuple(
            FalsePositive(o.index, o.kind, o.type[0], o.type[1]) for o in got if o.index not in matched_outputs
        ),
        missed=tuple(e.id for i, e in enumerate(wanted) if not e.optional and i not in assignment),
        missed_optional=tuple(e.id for i, e in enumerate(wanted) if e.optional and i not in assignment),
        quotes=quotes,
        quotes_correct=sum(q.correct for q in quotes),
        quotes_total=len(quotes),
        places=places,
        places_found=sum(p.found for p in places),
        places_total=len(places),
    )


# --- reading the two JSON documents -------------------------------------------------


def _items(doc: Json, key: str, source: str) -> list[Json]:
    value = doc.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise InputError(source, f"'{key}' must be a list of objects")
    return list(value)


def _text(raw: Json, key: str, where: str, *, source: str = _EXPECTED) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise InputError(source, f"{where}.{key} must be a non-empty string")
    return value


def _day(value: object, where: str, source: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(source, f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def _fold(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


def _name(label: str, canonical: Canonical) -> _Name:
    return _Name(label, _fold(label), canonical(label))


def _bare(label: str) -> tuple[str, ...]:
    """Folded tokens without a leading article: "the Valley Brigade" is "valley brigade"."""
    tokens = _fold(label)
    return tokens[1:] if tokens[:1] == ("the",) else tokens


def _actor_key(label: str, canonical: Canonical) -> str:
    # Names the catalogue does not know still compare, by their folded spelling.
    return canonical(label) or "~" + " ".join(_bare(label))


def _parse_expected(raw: Json, position: int, canonical: Canonical) -> _Expected:
    where = f"events[{position}]"
    types = {(_text(raw, "event_type", where), _text(raw, "sub_event_type", where))}
    types.update((str(pair[0]), str(pair[1])) for pair in raw.get("acceptable_types") or [])
    statuses = [raw["status"]] if raw.get("status") else []
    return _Expected(
        id=_text(raw, "id", where),
        types=frozenset(types),
        statuses=frozenset(statuses + list(raw.get("acceptable_status") or [])),
        actors=tuple((a, _actor_key(a, canonical)) for a in raw.get("actors") or []),
        point=_expected_point(raw.get("place"), where),
        window=_expected_window(raw.get("time"), where),
        figures=tuple(
            (kind, int(raw[kind]["count"]))
            for kind in FIGURE_KINDS
            if isinstance(raw.get(kind), Mapping) and raw[kind].get("count") is not None
        ),
        speakers=tuple(_name(s, canonical) for s in raw.get("attributed_to") or []),
        acceptable_speakers=tuple(_name(s, canonical) for s in raw.get("acceptable_attributed_to") or []),
        optional=bool(raw.get("optional", False)),
    )


def _expected_point(raw: Json | None, where: str) -> _Point | None:
    if not raw or raw.get("lat") is None or raw.get("lon") is None:
        return None
    try:
        return _Point(float(raw["lat"]), float(raw["lon"]), float(raw.get("max_km") or DEFAULT_MAX_KM))
    except (TypeError, ValueError):
        raise InputError(_EXPECTED, f"{where}.place: lat, lon and max_km must be numbers") from None


def _expected_window(raw: Json | None, where: str) -> _Window | None:
    if not raw:
        return None
    start = _day(raw.get("start"), f"{where}.time.start", _EXPECTED)
    end = _day(raw.get("end"), f"{where}.time.end", _EXPECTED)
    if start is not None or end is not None:
        return _Window(start, end)
    reported = _day(raw.get("reported"), f"{where}.time.reported", _EXPECTED)
    return _Window(reported, reported) if reported else None


def _parse_output(raw: Json, position: int, canonical: Canonical) -> _Output:
    where = f"events[{position}]"
    place = raw.get("place") or {}
    time = raw.get("time") or {}
    window = _Window(_day(time.get("start"), where, _OUTPUT), _day(time.get("end"), where, _OUTPUT))
    has_point = place.get("lat") is not None and place.get("lon") is not None
    return _Output(
        index=position,
        kind=str(raw.get("kind") or ""),
        type=(_text(raw, "event_type", where, source=_OUTPUT), _text(raw, "sub_event_type", where, source=_OUTPUT)),
        status=raw.get("status"),
        actors=frozenset(_output_actor_key(a, canonical) for a in raw.get("actors") or []),
        point=(float(place["lat"]), float(place["lon"])) if has_point else None,
        window=window if window.start or window.end else None,
        figures=tuple((kind, (raw.get(kind) or {}).get("count")) for kind in FIGURE_KINDS),
        speakers=tuple(_name(a["speaker"], canonical) for a in raw.get("attributions") or [] if a.get("speaker")),
    )


def _output_actor_key(actor: Json, canonical: Canonical) -> str:
    labels = [str(actor[k]) for k in ("name", "text") if actor.get(k)]
    for label in labels:
        key = canonical(label)
        if key:
            return key
    return _actor_key(labels[0], canonical) if labels else "~"


# --- matching events ----------------------------------------------------------------


def _compatible(want: _Expected, got: _Output) -> bool:
    return got.type in want.types and _place_ok(want.point, got.point) and _time_ok(want.window, got.window)


def _place_ok(want: _Point | None, got: tuple[float, float] | None) -> bool:
    if want is None:
        return True
    return got is not None and haversine_km(want.lat, want.lon, *got) <= want.max_km


def _time_ok(want: _Window | None, got: _Window | None) -> bool:
    if want is None:
        return True
    if got is None:
        return False
    return _not_after(got.start, want.end) and _not_after(want.start, got.end)


def _not_after(first: date | None, last: date | None) -> bool:
    return first is None or last is None or first <= last


def _assign(wanted: Sequence[_Expected], got: Sequence[_Output]) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths), required events first.

    Augmenting never unmatches an event already matched, so serving the required
    events first maximises recall, and the optional ones then only add to precision.
    Candidates are tried best-agreeing first so ties go to the pair that agrees most.
    """
    candidates = [sorted((o for o in got if _compatible(e, o)), key=partial(_pair_rank, e)) for e in wanted]
    owner: dict[int, int] = {}
    order = sorted(range(len(wanted)), key=lambda i: wanted[i].optional)
    for e in order:
        _augment(e, candidates, owner, set())
    return {e: o for o, e in owner.items()}


def _pair_rank(want: _Expected, got: _Output) -> tuple[int, float]:
    agreed = sum(c.ok for c in _check_pair(want, got))
    distance = haversine_km(want.point.lat, want.point.lon, *got.point) if want.point and got.point else 0.0
    return (-agreed, distance)


def _augment(e: int, candidates: list[list[_Output]], owner: dict[int, int], seen: set[int]) -> bool:
    for out in candidates[e]:
        if out.index in seen:
            continue
        seen.add(out.index)
        if out.index not in owner or _augment(owner[out.index], candidates, owner, seen):
            owner[out.index] = e
            return True
    return False


# --- checking matched pairs ---------------------------------------------------------


def _check_pair(want: _Expected, got: _Output) -> tuple[FieldCheck, ...]:
    checks: list[FieldCheck] = []
    if want.actors:
        missing = [label for label, key in want.actors if key not in got.actors]
        checks.append(FieldCheck("actors", not missing, "missing " + ", ".join(missing) if missing else ""))
    if want.statuses:
        ok = got.status in want.statuses
        checks.append(FieldCheck("status", ok, "" if ok else f"got {got.status}, want {'/'.join(sorted(want.statuses))}"))
    if want.speakers:
        checks.append(_check_speakers(want, got))
    if want.figures:
        counts = dict(got.figures)
        wrong = [f"{kind} {counts.get(kind)} != {count}" for kind, count in want.figures if counts.get(kind) != count]
        checks.append(FieldCheck("figures", not wrong, "; ".join(wrong)))
    return tuple(checks)


def _check_speakers(want: _Expected, got: _Output) -> FieldCheck:
    missing = [s for s in want.speakers if not _said_by(s, got.speakers)]
    substitutes = sum(1 for s in want.acceptable_speakers if _said_by(s, got.speakers))
    ok = not missing or substitutes >= len(missing)
    return FieldCheck("attributed_to", ok, "" if ok else "missing " + ", ".join(s.label for s in missing))


def _said_by(speaker: _Name, speakers: Iterable[_Name]) -> bool:
    return any(_same_name(speaker, other) for other in speakers)


def _same_name(a: _Name, b: _Name) -> bool:
    """Casefold equal, one a trailing part of the other (surname, title), or one catalogue key."""
    if a.tokens and b.tokens:
        short, long = sorted((a.tokens, b.tokens), key=len)
        if long[len(long) - len(short) :] == short:
            return True
    return a.key is not None and a.key == b.key


def _agreement(field: str, pairs: Sequence[PairResult]) -> FieldAgreement:
    results = [r for r in (p.agrees(field) for p in pairs) if r is not None]
    return FieldAgreement(field, sum(results), len(results))


# --- quotes and places --------------------------------------------------------------


def _score_quotes(wanted: Sequence[Json], got: Sequence[Json], canonical: Canonical) -> tuple[QuoteResult, ...]:
    named = [q for q in wanted if q.get("speaker") and not q.get("group")]
    texts = [_fold(str(q.get("text") or "")) for q in got]
    options = sorted(
        ((score, i, j) for i, q in enumerate(named) for j, toks in enumerate(texts)
         if (score := _overlap(_fold(str(q.get("text") or "")), toks)) >= QUOTE_MIN_JACCARD),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    chosen: dict[int, int] = {}
    for _, i, j in options:
        if i not in chosen and j not in chosen.values():
            chosen[i] = j
    return tuple(_check_quote(q, got[chosen[i]] if i in chosen else None, canonical) for i, q in enumerate(named))


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Token Jaccard, or 1.0 when one text contains the other."""
    if not a or not b:
        return 0.0
    short, long = sorted((" ".join(a), " ".join(b)), key=len)
    if f" {short} " in f" {long} ":
        return 1.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb)


def _check_quote(want: Json, got: Json | None, canonical: Canonical) -> QuoteResult:
    speaker, text = str(want["speaker"]), str(want.get("text") or "")
    if got is None:
        return QuoteResult(speaker, text, None, ("not found",), correct=False)
    problems: list[str] = []
    if not _same_name(_name(speaker, canonical), _name(str(got.get("speaker") or ""), canonical)):
        problems.append(f"speaker {got.get('speaker')!r}")
    org = want.get("organization")
    if org and not _same_org(str(org), got.get("organization"), canonical):
        problems.append(f"organization {got.get('organization')!r}")
    channel = want.get("channel")
    if channel and str(got.get("channel") or "").casefold() != str(channel).casefold():
        problems.append(f"channel {got.get('channel')!r}")
    if "direct" in want and bool(got.get("direct")) != bool(want["direct"]):
        problems.append(f"direct {got.get('direct')!r}")
    return QuoteResult(speaker, text, str(got.get("id") or "?"), tuple(problems), correct=not problems)


def _same_org(want: str, got: object, canonical: Canonical) -> bool:
    if not got:
        return False
    if _actor_key(want, canonical) == _actor_key(str(got), canonical):
        return True
    found = _PARENS.match(want)
    spellings = {want, found["outer"], found["inner"]} if found else {want}
    # A descriptor around the name is fine: "the White Helmets rescue service".
    written = f" {' '.join(_bare(str(got)))} "
    return any(f" {' '.join(_bare(s))} " in written for s in spellings if _bare(s))


def _score_places(wanted: Sequence[Json], output: Json) -> tuple[PlaceResult, ...]:
    places = [*_items(output, "places", _OUTPUT), *(e.get("place") for e in _items(output, "events", _OUTPUT))]
    located = [p for p in places if isinstance(p, Mapping) and p.get("lat") is not None and p.get("lon") is not None]
    results: list[PlaceResult] = []
    for i, want in enumerate(wanted):
        mention = _text(want, "mention", f"places[{i}]")
        point = _expected_point(want, f"places[{i}]")
        if point is None:
            raise InputError(_EXPECTED, f"places[{i}] needs lat and lon")
        distances = [
            haversine_km(point.lat, point.lon, float(p["lat"]), float(p["lon"]))
            for p in located
            if _names_mention(p, _fold(mention))
        ]
        nearest = min(distances, default=None)
        results.append(PlaceResult(mention, point.max_km, nearest, nearest is not None and nearest <= point.max_km))
    return tuple(results)


def _names_mention(place: Json, mention: tuple[str, ...]) -> bool:
    text = " ".join(_fold(str(place.get("text") or "")))
    wanted = " ".join(mention)
    return bool(wanted) and (f" {wanted} " in f" {text} " or _fold(str(place.get("name") or "")) == mention)


# --- reporting ----------------------------------------------------------------------


def format_score(score: ReferenceScore) -> str:
    """A readable multi-line report of one article's score."""
    lines = [
        f"events: recall {score.required_matched}/{score.required} = {score.recall:.2f}, "
        f"precision {score.outputs_matched}/{score.outputs} = {score.precision:.2f}",
        "fields: " + ", ".join(f"{a.field} {a.agreed}/{a.checked}" for a in score.agreement),
    ]
    for pair in score.pairs:
        wrong = "; ".join(f"{c.field}: {c.detail}" for c in pair.checks if not c.ok)
        lines.append(f"  {pair.expected_id} <- #{pair.output_index}: {wrong or 'ok'}")
    lines.extend(f"  missed: {m}" for m in score.missed)
    lines.extend(
        f"  false positive #{fp.index}: {fp.kind} ({fp.event_type} / {fp.sub_event_type})"
        for fp in score.false_positives
    )
    lines.append(f"named quotes: {score.quotes_correct}/{score.quotes_total}")
    for quote in score.quotes:
        verdict = "ok" if quote.correct else "; ".join(quote.problems)
        lines.append(f"  {quote.speaker} ({quote.text[:40]}...): {verdict}")
    lines.append(f"places: {score.places_found}/{score.places_total}")
    for place in score.places:
        where = "not named" if place.distance_km is None else f"{place.distance_km:.1f} km"
        lines.append(f"  {place.mention}: {where} (max {place.max_km:g} km){'' if place.found else ' MISS'}")
    return "\n".join(lines)


def score_to_dict(score: ReferenceScore) -> dict[str, Any]:
    """The score as JSON-ready data, with each field's agreement rate."""
    data = asdict(score)
    data["agreement"] = {a.field: {"agreed": a.agreed, "checked": a.checked, "rate": a.rate} for a in score.agreement}
    return data
