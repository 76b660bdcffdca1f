"""The user gazetteer's import database: every row imported so far, by id, so imports merge.

It sits beside the user gazetteer file (gazetteer.user.sources.sqlite): a later import replaces
rows with the same geonameid and the gazetteer is rebuilt from all of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from frontwire.errors import ResourceError
from frontwire.geo.rows import AdminName, AlternateName, CountryName, PlaceRow, SourceRow
from frontwire.models import GeoEntry

_NAME_SEPARATOR = "\t"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
  geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
  country TEXT NOT NULL, feature TEXT NOT NULL, population INTEGER NOT NULL,
  admin1_code TEXT NOT NULL, admin2_code TEXT NOT NULL, admin1 TEXT NOT NULL,
  admin2 TEXT NOT NULL, alternates TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS alternate_names (
  geonameid INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (geonameid, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin_names (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS countries (
  iso TEXT PRIMARY KEY, name TEXT NOT NULL, geonameid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS imports (
  source TEXT PRIMARY KEY, kind TEXT NOT NULL, imported TEXT NOT NULL, kept INTEGER NOT NULL,
  skipped INTEGER NOT NULL, malformed INTEGER NOT NULL, countries TEXT NOT NULL);
"""
_INSERT_PLACE = "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_ALTERNATE = "INSERT OR IGNORE INTO alternate_names VALUES (?, ?)"
_INSERT_ADMIN = "INSERT OR REPLACE INTO admin_names VALUES (?, ?)"
_INSERT_COUNTRY = "INSERT OR REPLACE INTO countries VALUES (?, ?, ?)"
_INSERT_IMPORT = "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?, ?, ?)"
_PLACES = (
    "SELECT p.*, (SELECT group_concat(a.name, char(9)) FROM alternate_names a"
    " WHERE a.geonameid = p.geonameid) FROM places p ORDER BY p.geonameid"
)
_LONE_ALTERNATES = (
    "SELECT geonameid, group_concat(name, char(9)) FROM alternate_names"
    " WHERE geonameid NOT IN (SELECT geonameid FROM places) GROUP BY geonameid"
)
# Admin units named by the places of the geoname table when no admin codes file was imported.
_ADMIN_PLACES = (
    "SELECT country || '.' || admin1_code, name FROM places WHERE feature = 'ADM1' UNION ALL "
    "SELECT country || '.' || admin1_code || '.' || admin2_code, name FROM places "
    "WHERE feature = 'ADM2'"
)


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One imported file (or zip member): what it was, when, and how many rows it gave."""

    source: str
    kind: str
    imported: str
    kept: int
    skipped: int
    malformed: int
    countries: tuple[str, ...] = ()


class ImportStore:
    """The SQLite file of imported rows; use as a context manager, commit once per file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(path)
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise ResourceError(f"{path}: cannot open the import database ({exc})") from exc

    def __enter__(self) -> ImportStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is not None:
            self._db.rollback()
        self._db.close()

    def add(self, rows: Sequence[SourceRow], source: str) -> None:
        """Stage a batch of rows read from `source` (replacing rows with the same id)."""
        self._db.executemany(
            _INSERT_PLACE, (_place_values(r, source) for r in rows if isinstance(r, PlaceRow))
        )
        self._db.executemany(
            _INSERT_ALTERNATE,
            ((r.geonameid, r.name) for r in rows if isinstance(r, AlternateName)),
        )
        self._db.executemany(
            _INSERT_ADMIN, ((r.code, r.name) for r in rows if isinstance(r, AdminName))
        )
        self._db.executemany(
            _INSERT_COUNTRY,
            ((r.iso, r.name, r.geonameid) for r in rows if isinstance(r, CountryName)),
        )

    def finish(self, record: ImportRecord) -> None:
        """Record a file as imported and commit everything staged from it."""
        self._db.execute(
            _INSERT_IMPORT,
            (
                record.source,
                record.kind,
                record.imported,
                record.kept,
                record.skipped,
                record.malformed,
                " ".join(record.countries),
            ),
        )
        self._db.commit()

    def place_ids(self) -> Iterator[int]:
        """The geonameids of the staged places, ascending."""
        for (geonameid,) in self._db.execute("SELECT geonameid FROM places ORDER BY geonameid"):
            yield geonameid

    def places(self) -> Iterator[tuple[PlaceRow, str]]:
        """Every staged place with all its other names, and the file it came from, by id."""
        for values in self._db.execute(_PLACES):
            gid, name, lat, lon, country, feature, population = values[:7]
            a1_code, a2_code, a1, a2, names, source, extra = values[7:]
            entry = GeoEntry(
                gid, name, lat, lon, country, feature, population, a1 or None, a2 or None
            )
            yield PlaceRow(entry, a1_code, a2_code, _split(names) + _split(extra)), source

    def lone_alternates(self) -> dict[int, tuple[str, ...]]:
        """Other names of places no staged row holds (places of the shipped gazetteer)."""
        return {gid: _split(names) for gid, names in self._db.execute(_LONE_ALTERNATES)}

    def admin_names(self) -> dict[str, str]:
        """Admin unit names by full code: the codes files first, else the geoname table's units."""
        names = dict(self._db.execute(_ADMIN_PLACES))
        names.update(self._db.execute("SELECT code, name FROM admin_names"))
        return names

    def countries(self) -> dict[int, CountryName]:
        """The countries of countryInfo.txt, by geonameid."""
        rows = self._db.execute("SELECT iso, name, geonameid FROM countries")
        return {gid: CountryName(iso, name, gid) for iso, name, gid in rows}

    def imports(self) -> list[ImportRecord]:
        """Every file imported so far, oldest first."""
        rows = self._db.execute("SELECT * FROM imports ORDER BY imported, source")
        return [
            ImportRecord(source, kind, imported, kept, skipped, malformed, tuple(codes.split()))
            for source, kind, imported, kept, skipped, malformed, codes in rows
        ]


def _split(names: str | None) -> tuple[str, ...]:
    return tuple(names.split(_NAME_SEPARATOR)) if names else ()


def _place_values(row: PlaceRow, source: str) -> tuple[object, ...]:
    names = _NAME_SEPARATOR.join(n.replace(_NAME_SEPARATOR, " ") for n in row.alternates)
    e = row.entry
    return (
        e.geonameid,
        e.name,
        e.lat,
        e.lon,
        e.country,
        e.feature,
        e.population,
        row.admin1_code,
        row.admin2_code,
        e.admin1 or "",
        e.admin2 or "",
        names,
        source,
    )
