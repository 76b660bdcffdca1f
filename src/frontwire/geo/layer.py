"""One gazetteer file's rows (shipped or user): entries, ranks, countries, decoded lazily."""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_left
from collections.abc import Mapping
from functools import cache
from importlib import resources
from itertools import islice
from typing import Any

from frontwire.errors import ResourceError

from frontwire.geo.index import COORD_SCALE, Tables, match_rank
from frontwire.models import GeoEntry

# Entries are built on demand and memoised; the memo is cleared whole when full.
_ENTRY_CACHE_SIZE = 200_000
COUNTRY_FEATURE = "PCLI"


COUNTRY_POINTS = "country_points.tsv"


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """The representative point of each country (country_points.tsv), by ISO2 code."""
    text = resources.files("frontwire.data.gazetteer").joinpath(COUNTRY_POINTS).read_text("utf-8")
    points = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        try:
            code, lat, lon = line.split("\t")
            points[code] = (float(lat), float(lon))
        except ValueError as exc:
            raise ResourceError(f"{COUNTRY_POINTS} line {number}: expected 'iso2<TAB>lat<TAB>lon' ({exc})") from exc
    return points


class Layer:
    """The rows of one gazetteer file; `source` says which ("shipped", "user", a file name).

    `about` is the file header's about block (sources, licence, imports); `centre_countries` puts its
    countries at the points of country_points.tsv (the shipped gazetteer, built from real countries).
    """

    def __init__(
        self, tables: Tables, *, source: str, about: Mapping[str, Any] | None = None,
        centre_countries: bool = False,
    ) -> None:
        self.tables = tables
        self.centre_countries = centre_countries
        self.source = source
        self.about: Mapping[str, Any] = about or {}
        self._entries: dict[int, GeoEntry] = {}
        self._label_list: list[str] | None = None
        self._codes: dict[str, int] | None = None
        self._country_rows: dict[str, int] | None = None
        self._ids_sorted: bool | None = None
        self._rows_by_id: dict[int, int] | None = None
        self._region_rows: dict[tuple[int, int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.tables)

    def entry(self, row: int) -> GeoEntry:
        """The entry in `row`."""
        found = self._entries.get(row)
        if found is None:
            if len(self._entries) >= _ENTRY_CACHE_SIZE:
                self._entries.clear()
            found = self._entries[row] = self._make_entry(row)
        return found

    def _make_entry(self, row: int) -> GeoEntry:
        t = self.tables
        labels = self.labels()
        country, feature = labels[t.country[row]], labels[t.feature[row]]
        lat, lon = t.lat[row] / COORD_SCALE, t.lon[row] / COORD_SCALE
        if feature == COUNTRY_FEATURE and self.centre_countries:
            # A country stands at its conventional centre point, where other gazetteers put it too.
            lat, lon = country_points().get(country, (lat, lon))
        return GeoEntry(
            geonameid=t.geonameid[row],
            name=t.name(row),
            lat=lat,
            lon=lon,
            country=country,
            feature=feature,
            population=t.population[row],
            admin1=labels[t.admin1[row]] or None,
            admin2=labels[t.admin2[row]] or None,
        )

    def labels(self) -> list[str]:
        """Every label, decoded once on first use (a few thousand short strings)."""
        if self._label_list is None:
            t = self.tables
            self._label_list = [t.label(i) for i in range(len(t.label_starts) - 1)]
        return self._label_list

    def rank(self, row: int, tier: int) -> float:
        """How good `row` is for a key it matched with `tier`, before any context."""
        t = self.tables
        return match_rank(self.labels()[t.feature[row]], t.population[row], tier)

    def code_id(self, code: str) -> int:
        """The label index of a country or feature code (-1 when no row has it)."""
        if self._codes is None:
            t = self.tables
            labels = self.labels()
            self._codes = {labels[i]: i for i in set(t.country) | set(t.feature)}
        return self._codes.get(code, -1)

    def country_rows(self) -> dict[str, int]:
        """The row of each country (feature PCLI), by ISO2 code."""
        if self._country_rows is None:
            pcli = self.code_id(COUNTRY_FEATURE)
            t = self.tables
            labels = self.labels()
            self._country_rows = {
                labels[t.country[row]]: row
                for row, feature in enumerate(t.feature)
                if feature == pcli
            }
        return self._country_rows

    def _region_index(self) -> dict[tuple[int, int], list[int]]:
        if self._region_rows is None:
            t = self.tables
            index: dict[tuple[int, int], list[int]] = {}
            for row, (c, a) in enumerate(zip(t.country, t.admin1)):
                if a:
                    index.setdefault((c, a), []).append(row)
            self._region_rows = index
        return self._region_rows

    def country_places(self, country: str) -> list[int]:
        """Every row of one country that has a province, indexed on first use."""
        code = self.code_id(country)
        return [row for (c, _), rows in self._region_index().items() if c == code for row in rows]

    def region_rows(self, country: str, admin1: str) -> list[int]:
        """The rows of one province (country code and admin1 name), indexed on first use."""
        try:
            key = (self.code_id(country), self.labels().index(admin1))
        except ValueError:
            return []
        return self._region_index().get(key, [])

    def row_of(self, geonameid: int) -> int | None:
        """The row holding `geonameid`, if any (by bisection: user files are written id-sorted)."""
        ids = self.tables.geonameid
        if self._ids_sorted is None:
            self._ids_sorted = all(map(operator.lt, ids, islice(ids, 1, None)))
        if self._ids_sorted:
            at = bisect_left(ids, geonameid)
            return at if at < len(ids) and ids[at] == geonameid else None
        if self._rows_by_id is None:
            self._rows_by_id = {gid: row for row, gid in enumerate(ids)}
        return self._rows_by_id.get(geonameid)

    def postings(self, key: str) -> array[int]:
        """The name-index postings (row << 2 | tier) filed under `key`."""
        return self.tables.postings_for(key)

    def loose_rows(self, key: str) -> array[int]:
        """The rows the loose-key index files under `key`."""
        return self.tables.loose.postings_for(key)
