"""Importing GeoNames dumps and Who's On First records into the user gazetteer, file by file."""

from __future__ import annotations

import heapq
import time
from array import array
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from frontwire.errors import GazetteerSourceError
from frontwire.geo.dumps import parse_admin_code, parse_alternate, parse_country, parse_geoname
from frontwire.geo.index import Tables
from frontwire.geo.rows import AlternateName, PlaceRow, SourceRow
from frontwire.geo.sources import COLUMNS, SourceKind, SourcePart, find_parts, numbered_lines
from frontwire.geo.staging import ImportRecord, ImportStore
from frontwire.geo.wof import parse_wof_geojson, parse_wof_line

# Names and places first, so that alternate names find the places they belong to.
_ORDER: tuple[SourceKind, ...] = (
    "countries",
    "admin1",
    "admin2",
    "geonames",
    "wof-jsonl",
    "wof-geojson",
    "alternates",
)
_BATCH = 10_000
_PROGRESS_EVERY = 100_000
MAX_PROBLEMS = 5


@dataclass(frozen=True, slots=True)
class Progress:
    """How far the import of one file (or the index build) has got: `count` of `unit`."""

    source: str
    count: int
    seconds: float
    done: bool = False
    unit: str = "lines"


ProgressHook = Callable[[Progress], None]


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A line that could not be read, and why."""

    line: int
    problem: str


@dataclass(frozen=True, slots=True)
class PartReport:
    """What importing one file (or zip member) did: rows kept, left out, and malformed."""

    record: ImportRecord
    problems: tuple[LineProblem, ...] = ()


class _Tally:
    """Counts of one part's lines as they are read."""

    def __init__(self) -> None:
        self.kept = 0
        self.skipped = 0
        self.malformed = 0
        self.problems: list[LineProblem] = []
        self.countries: set[str] = set()

    def bad(self, line: int, problem: str) -> None:
        self.malformed += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(LineProblem(line, problem))


class _KnownIds:
    """The ids alternate names may belong to: staged places and the base gazetteer's entries."""

    def __init__(self, base: Tables) -> None:
        self._base = base
        self._ids: array[int] | None = None

    def refresh(self, store: ImportStore) -> None:
        merged = heapq.merge(sorted(self._base.geonameid), store.place_ids())
        self._ids = array("q", merged)

    def __contains__(self, geonameid: int) -> bool:
        ids = self._ids
        if ids is None:
            return False
        at = bisect_left(ids, geonameid)
        return at < len(ids) and ids[at] == geonameid


def detect_parts(files: Sequence[Path]) -> list[SourcePart]:
    """Every importable part of the files, checked before anything is imported, names first."""
    parts = [part for path in files for part in find_parts(path)]
    for part in parts:
        if part.kind == "wof-geojson":
            _geojson_row(part)  # one small record: read whole now, so a broken one stops all
    return sorted(parts, key=lambda part: _ORDER.index(part.kind))


def import_parts(
    parts: Sequence[SourcePart],
    store: ImportStore,
    *,
    base: Tables,
    progress: ProgressHook | None = None,
) -> list[PartReport]:
    """Stage every part's rows in `store`, one committed file at a time."""
    known = _KnownIds(base)
    reports = []
    for part in parts:
        if part.kind == "alternates":
            known.refresh(store)
        reports.append(_import_part(part, store, known, progress))
    return reports


def _import_part(
    part: SourcePart, store: ImportStore, known: _KnownIds, progress: ProgressHook | None
) -> PartReport:
    tally = _Tally()
    if part.kind == "wof-geojson":
        _stage(store, part, tally, [_geojson_row(part)])
    else:
        _stream(part, store, known, tally, progress)
    countries = tally.countries | _file_country(part)
    record = ImportRecord(
        source=part.label,
        kind=part.kind,
        imported=datetime.now(UTC).isoformat(timespec="seconds"),
        kept=tally.kept,
        skipped=tally.skipped,
        malformed=tally.malformed,
        countries=tuple(sorted(countries)),
    )
    store.finish(record)
    return PartReport(record, tuple(tally.problems))


def _stream(
    part: SourcePart,
    store: ImportStore,
    known: _KnownIds,
    tally: _Tally,
    progress: ProgressHook | None,
) -> None:
    started = time.monotonic()
    batch: list[SourceRow | None] = []
    number = 0
    for number, raw in numbered_lines(part):
        if number % _PROGRESS_EVERY == 0 and progress is not None:
            progress(Progress(part.label, number, time.monotonic() - started))
        if not raw.strip() or raw.startswith(b"#"):
            continue
        try:
            row = _parse(part.kind, raw.decode("utf-8"))
        except ValueError as exc:
            tally.bad(number, str(exc))
            continue
        if isinstance(row, AlternateName) and row.geonameid not in known:
            row = None
        batch.append(row)
        if len(batch) >= _BATCH:
            _stage(store, part, tally, batch)
            batch = []
    _stage(store, part, tally, batch)
    if progress is not None:
        progress(Progress(part.label, number, time.monotonic() - started, done=True))


def _parse(kind: SourceKind, text: str) -> SourceRow | None:
    if kind == "wof-jsonl":
        return parse_wof_line(text)
    fields = text.split("\t")
    if len(fields) not in COLUMNS[kind]:
        wanted = " or ".join(str(n) for n in sorted(COLUMNS[kind]))
        raise ValueError(f"expected {wanted} tab-separated columns, found {len(fields)}")
    if kind == "geonames":
        return parse_geoname(fields)
    if kind == "alternates":
        return parse_alternate(fields)
    if kind == "countries":
        return parse_country(fields)
    return parse_admin_code(fields)


def _stage(
    store: ImportStore, part: SourcePart, tally: _Tally, batch: Sequence[SourceRow | None]
) -> None:
    rows = [row for row in batch if row is not None]
    tally.skipped += len(batch) - len(rows)
    tally.kept += len(rows)
    if part.kind.startswith("wof"):
        tally.countries.update(
            r.entry.country for r in rows if isinstance(r, PlaceRow) and r.entry.country
        )
    store.add(rows, part.label)


def _geojson_row(part: SourcePart) -> PlaceRow | None:
    with part.open() as stream:
        data = stream.read()
    try:
        return parse_wof_geojson(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise GazetteerSourceError(part.label, f"is not UTF-8 text ({exc.reason})") from exc
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise GazetteerSourceError(part.label, str(exc), line=line) from exc


def _file_country(part: SourcePart) -> set[str]:
    """The country a GeoNames country file (SY.txt) holds; empty for other files."""
    stem = Path(part.member or part.path.name).name.split(".")[0]
    if part.kind == "geonames" and len(stem) == 2 and stem.isalpha():
        return {stem.upper()}
    return set()
