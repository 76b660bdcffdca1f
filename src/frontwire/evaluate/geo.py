"""Scoring frontwire's place mentions against geoparsing gold: recognition by span, resolution by distance.

A gold document is a news text with every toponym's character span and, where the annotators
could resolve it, its coordinates and GeoNames id. Gold annotations without coordinates
(expressions, demonyms, non-toponyms in GeoWebNews) are not counted as toponyms to find, and
a predicted place overlapping only such an annotation counts neither for nor against precision.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from frontwire.errors import InputError
from frontwire.geo.rank import haversine_km
from frontwire.evaluate.report import Check, EvalReport, RowResult, Value, build_report, distance_values, tally
from frontwire.evaluate.stats import f1
from frontwire.read import read_record

if TYPE_CHECKING:
    from frontwire.models import Article

Json = Mapping[str, Any]

RESOLVED_KM = 161.0
METRICS = (
    "recognition_precision", "recognition_recall", "resolution_161km", "geonameid_match", "resolution_161km_or_id",
)
_RESYNC = 4


@dataclass(frozen=True, slots=True)
class Toponym:
    """One gold toponym: its span in the document text and, when resolved, where it is."""

    start: int
    end: int
    surface: str
    lat: float | None
    lon: float | None
    geonameid: int | None

    @property
    def located(self) -> bool:
        """Whether the annotators gave coordinates (only those count as toponyms to find)."""
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class GeoDoc:
    """One geoparsing gold document."""

    line: int
    doc_id: str
    text: str
    day: date | None
    toponyms: tuple[Toponym, ...]


@dataclass(frozen=True, slots=True)
class Predicted:
    """One output place mention, its span mapped onto the gold document's text."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None


def _number(value: Any, kind: type[int] | type[float]) -> Any:
    try:
        return None if value in (None, "") else kind(value)
    except (TypeError, ValueError):
        return None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def parse_toponym(raw: Json, where: str) -> Toponym:
    """One gold toponym; the span must be two offsets."""
    start, end = _number(raw.get("start"), int), _number(raw.get("end"), int)
    if start is None or end is None or end < start:
        raise InputError(where, "toponym needs integer start <= end")
    return Toponym(
        start, end, str(raw.get("surface") or ""), _number(raw.get("lat"), float), _number(raw.get("lon"), float),
        _number(raw.get("geonameid"), int),
    )


def parse_geo_doc(raw: Json, *, line: int) -> GeoDoc:
    """One JSON row of a geoparsing gold file."""
    where = f"line {line}"
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "geoparsing document has no text")
    toponyms = raw.get("toponyms") or []
    if not isinstance(toponyms, list):
        raise InputError(where, "toponyms must be a list")
    return GeoDoc(
        line=line, doc_id=str(raw.get("doc_id") or line), text=text, day=_day(raw.get("date")),
        toponyms=tuple(parse_toponym(t, f"{where} toponym {i}") for i, t in enumerate(toponyms)),
    )


def doc_article(doc: GeoDoc, *, source: str) -> Article:
    """The document text (without its title, so that offsets stay comparable) as an article."""
    record: dict[str, str] = {"text": doc.text}
    if doc.day is not None:
        record["date"] = doc.day.isoformat()
    return read_record(record, source=source)


def align_offsets(ours: str, theirs: str) -> list[int]:
    """For each offset of `ours` (and its end), the matching offset of `theirs`.

    `ours` is `theirs` after text normalisation, which mostly drops or folds whitespace and
    replaces a few characters, so a single left-to-right walk keeps the two in step.
    """
    offsets: list[int] = []
    j, n = 0, len(theirs)
    for ch in ours:
        if not ch.isspace():
            while j < n and theirs[j].isspace():
                j += 1
            if j < n and theirs[j] != ch:
                found = theirs.find(ch, j, j + _RESYNC)
                j = found if found >= 0 else j
        offsets.append(min(j, n))
        if j < n and (theirs[j] == ch or ch.isspace() == theirs[j].isspace()):
            j += 1
    offsets.append(min(j, n))
    return offsets


def predicted_places(output: Json | None, *, article_text: str | None, doc_text: str) -> list[Predicted]:
    """The output's place mentions with spans in the gold text, sorted by start."""
    places = [p for p in (output or {}).get("places") or [] if p.get("start") is not None and p.get("end") is not None]
    remap = align_offsets(article_text, doc_text) if article_text is not None and article_text != doc_text else None
    found = []
    for p in places:
        start, end = int(p["start"]), int(p["end"])
        if remap is not None:
            start, end = remap[min(start, len(remap) - 1)], remap[min(end, len(remap) - 1)]
        found.append(Predicted(start, end, str(p.get("text") or ""), _number(p.get("lat"), float),
                               _number(p.get("lon"), float), _number(p.get("geonameid"), int)))
    return sorted(found, key=lambda p: (p.start, p.end))


class _SpanIndex:
    """Predicted spans sorted by start, for finding the ones overlapping a gold span."""

    def __init__(self, spans: Sequence[Predicted]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.longest = max((s.end - s.start for s in spans), default=0)

    def overlapping(self, start: int, end: int) -> list[Predicted]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, max(end, start + 1))
        return [s for s in self.spans[lo:hi] if s.end > start and s.start < max(end, start + 1)]


def _overlap(a: Predicted, b: Toponym) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _resolution_checks(gold: Toponym, best: Predicted) -> tuple[list[Check], float | None]:
    distance = None
    if gold.lat is not None and gold.lon is not None and best.lat is not None and best.lon is not None:
        distance = haversine_km(gold.lat, gold.lon, best.lat, best.lon)
    near = distance is not None and distance <= RESOLVED_KM
    checks = [Check("resolution_161km", near)]
    same_id = gold.geonameid is not None and best.geonameid == gold.geonameid
    if gold.geonameid is not None:
        checks.append(Check("geonameid_match", same_id, primary=False))
    # Countries and regions often have the right id but a centroid far from the gold one.
    checks.append(Check("resolution_161km_or_id", near or same_id, primary=False))
    return checks, distance


def score_geo_doc(doc: GeoDoc, output: Json | None, *, article_text: str | None = None) -> RowResult:
    """Recognition and resolution checks of one document (output None: coding failed).

    `article_text` is the text frontwire coded; when it differs from the gold text (normalised
    whitespace), output offsets are mapped back onto the gold text first.
    """
    predicted = predicted_places(output, article_text=article_text, doc_text=doc.text)
    gold = [t for t in doc.toponyms if t.located]
    index = _SpanIndex(predicted)
    checks: list[Check] = []
    errors: list[float] = []
    missed: list[str] = []
    wrong: list[str] = []
    for toponym in gold:
        hits = index.overlapping(toponym.start, toponym.end)
        checks.append(Check("recognition_recall", bool(hits)))
        if not hits:
            missed.append(toponym.surface)
            continue
        found, distance = _resolution_checks(toponym, max(hits, key=lambda p: _overlap(p, toponym)))
        checks += found
        if distance is not None:
            errors.append(distance)
        if not found[0].ok:
            wrong.append(f"{toponym.surface} ({'unlocated' if distance is None else f'{distance:.0f} km'})")
    spurious = _precision_checks(doc, predicted, checks)
    return RowResult(
        key=f"doc {doc.doc_id}", text=doc.text,
        expected=f"{len(gold)} toponyms; missed: {', '.join(missed) or '-'}; misplaced: {', '.join(wrong) or '-'}",
        got=f"{len(predicted)} places; not toponyms: {', '.join(spurious) or '-'}",
        checks=tuple(checks), errors_km=tuple(errors),
    )


def _precision_checks(doc: GeoDoc, predicted: Sequence[Predicted], checks: list[Check]) -> list[str]:
    """Append one precision check per predicted place that overlaps a located toponym or none at all."""
    spans = sorted(doc.toponyms, key=lambda t: t.start)
    index = _SpanIndex([Predicted(t.start, t.end, t.surface, t.lat, t.lon, t.geonameid) for t in spans])
    located = {(t.start, t.end) for t in spans if t.located}
    spurious: list[str] = []
    for place in predicted:
        hits = index.overlapping(place.start, place.end)
        if hits and not any((h.start, h.end) in located for h in hits):
            continue
        checks.append(Check("recognition_precision", bool(hits)))
        if not hits:
            spurious.append(place.text)
    return spurious


def geo_report(results: Sequence[RowResult], *, title: str = "geoparsing") -> EvalReport:
    """Recognition precision/recall/F1, resolution within 161 km, GeoNames id agreement, error km."""
    precision, recall = tally(results, ("recognition_precision", "recognition_recall"))
    score = f1(precision.rate or 0.0, recall.rate or 0.0)
    values = (Value("recognition_f1", score, precision.n + recall.n), *distance_values(results))
    return build_report(title, results, METRICS, values=values)
