"""The Gazetteer: ranked place lookup by name, countries by name or demonym, admin1 centres."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path
from typing import Literal

from frontwire.errors import ResourceError
from frontwire.geo.countries import (
    CountryIndex,
    CountryNames,
    build_country_index,
    load_country_names,
)
from frontwire.geo.features import admin_terms
from frontwire.geo.index import (
    COORD_SCALE,
    MAX_POSTINGS,
    TIER_BITS,
    TIER_VARIANT,
    GazetteerRecord,
    Tables,
    build_tables,
    match_rank,
    split_posting,
)
from frontwire.geo.loose import filed_key, loose_key
from frontwire.geo.normalize import name_keys, normalize_name
from frontwire.geo.store import read_tables
from frontwire.models import GeoEntry

GAZETTEER_FILE = "gazetteer.bin.gz"
DEFAULT_LIMIT = 25
# Memo sizes: lookups repeat a lot across articles; both are cleared whole when full.
_CACHE_SIZE = 100_000
_ENTRY_CACHE_SIZE = 200_000
# Loose candidates are ordered by how much of the written name they share with the place's own
# name (0..1, times this many rank points), then by feature and population.
_LOOSE_SIMILARITY_WEIGHT = 10.0

Match = Literal["exact", "alternate", "variant", "loose"]
_TIER_MATCH: tuple[Match, ...] = ("exact", "alternate", "variant", "variant")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, and how the name matched it.

    match: "exact" (the place's own name), "alternate" (one of its other names), "variant" (the
    name without its leading article), or "loose" (only the consonant skeleton agrees: a guess
    across transliterations, offered only when no exact key matched in the country asked for).
    score: the rank before context (feature weight + log10 population + match bonus).
    """

    entry: GeoEntry
    match: Match
    score: float

    @property
    def loose(self) -> bool:
        """True for a match on the loose key only."""
        return self.match == "loose"


class Gazetteer:
    """Places filed under normalised names; load once with load_gazetteer() and pass it around."""

    def __init__(self, tables: Tables, *, countries: Iterable[CountryNames] = ()) -> None:
        self._tables = tables
        self._country_names = tuple(countries)
        self._entries: dict[int, GeoEntry] = {}
        self._label_list: list[str] | None = None
        self._results: dict[tuple[str, str | None, int], tuple[GeoEntry, ...]] = {}
        self._codes: dict[str, int] | None = None
        self._country_rows: dict[str, int] | None = None
        self._country_index: CountryIndex | None = None

    @classmethod
    def from_records(
        cls, records: Iterable[GazetteerRecord], *, countries: Iterable[CountryNames] | None = None
    ) -> Gazetteer:
        """A gazetteer over the given records (countries: aliases/demonyms; None = packaged)."""
        names = load_country_names() if countries is None else tuple(countries)
        return cls(build_tables(records), countries=names)

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[GeoEntry],
        *,
        alternates: Mapping[int, Sequence[str]] | None = None,
        countries: Iterable[CountryNames] | None = None,
    ) -> Gazetteer:
        """A small gazetteer for tests; `alternates` maps geonameid -> other names."""
        extra = alternates or {}
        records = [GazetteerRecord(e, tuple(extra.get(e.geonameid, ()))) for e in entries]
        return cls.from_records(records, countries=countries)

    def __len__(self) -> int:
        return len(self._tables)

    def _entry(self, row: int) -> GeoEntry:
        found = self._entries.get(row)
        if found is None:
            if len(self._entries) >= _ENTRY_CACHE_SIZE:
                self._entries.clear()
            found = self._entries[row] = self._make_entry(row)
        return found

    def _make_entry(self, row: int) -> GeoEntry:
        t = self._tables
        labels = self._labels()
        return GeoEntry(
            geonameid=t.geonameid[row],
            name=t.name(row),
            lat=t.lat[row] / COORD_SCALE,
            lon=t.lon[row] / COORD_SCALE,
            country=labels[t.country[row]],
            feature=labels[t.feature[row]],
            population=t.population[row],
            admin1=labels[t.admin1[row]] or None,
            admin2=labels[t.admin2[row]] or None,
        )

    def _labels(self) -> list[str]:
        # A few thousand short strings: decoded once, on first use, rather than per entry.
        if self._label_list is None:
            t = self._tables
            self._label_list = [t.label(i) for i in range(len(t.label_starts) - 1)]
        return self._label_list

    def lookup(
        self, name: str, *, country: str | None = None, limit: int = DEFAULT_LIMIT
    ) -> list[GeoEntry]:
        """Places called `name`, best first: in `country` first, then by feature and population."""
        memo = (name, country, limit)
        found = self._results.get(memo)
        if found is None:
            rows = self._ranked_rows(name_keys(name), country, limit)
            found = tuple(self._entry(row) for row in rows)
            if len(self._results) >= _CACHE_SIZE:
                self._results.clear()
            self._results[memo] = found
        return list(found)

    def _ranked_rows(self, keys: tuple[str, ...], country: str | None, limit: int) -> list[int]:
        rows = self._matching_rows(keys, limit if country is None else None)
        if country is None or not rows:
            return rows[:limit]
        wanted = self._string_ids().get(country.strip().upper(), -1)
        countries = self._tables.country
        inside = [row for row in rows if countries[row] == wanted]
        if len(inside) < limit:
            inside.extend(row for row in rows if countries[row] != wanted)
        return inside[:limit]

    def _matching_rows(self, keys: tuple[str, ...], limit: int | None) -> list[int]:
        if not keys:
            return []
        postings = self._tables.postings_for(keys[0])
        if len(keys) == 1:
            return [posting >> TIER_BITS for posting in postings[:limit]]
        tiers: dict[int, int] = {}
        for posting in postings:
            row, tier = split_posting(posting)
            tiers.setdefault(row, tier)
        for posting in self._tables.postings_for(keys[1]):
            row, tier = split_posting(posting)
            tiers.setdefault(row, tier | TIER_VARIANT)
        t = self._tables
        labels = self._labels()
        return sorted(
            tiers,
            key=lambda row: (
                -match_rank(labels[t.feature[row]], t.population[row], tiers[row]),
                row,
            ),
        )

    def lookup_loose(
        self, name: str, *, country: str, limit: int = DEFAULT_LIMIT
    ) -> list[GeoEntry]:
        """Places in `country` whose loose key (consonant skeleton) matches `name`, best first."""
        return [c.entry for c in self._loose_candidates(name, country.strip().upper(), limit)]

    def loose_countries(self, name: str) -> tuple[str, ...]:
        """The countries with a place whose loose key matches `name` (for mention detection)."""
        return tuple(
            code
            for code in self._tables.loose_countries
            if self._loose_rows(name, code)
        )

    def candidates(
        self, name: str, *, country: str | None = None, limit: int = DEFAULT_LIMIT
    ) -> list[Candidate]:
        """Ranked candidates with how each matched; loose ones only if none in `country` is exact."""
        code = country.strip().upper() if country else None
        rows = self._ranked_rows(name_keys(name), code, limit)
        tiers = self._tiers(name_keys(name))
        found = [self._candidate(row, _TIER_MATCH[tiers.get(row, 0)], tiers.get(row, 0)) for row in rows]
        if code is None or any(c.entry.country == code for c in found):
            return found
        return (self._loose_candidates(name, code, limit) + found)[:limit]

    def _candidate(self, row: int, match: Match, tier: int) -> Candidate:
        t = self._tables
        score = match_rank(self._labels()[t.feature[row]], t.population[row], tier)
        return Candidate(self._entry(row), match, round(score, 3))

    def _tiers(self, keys: tuple[str, ...]) -> dict[int, int]:
        tiers: dict[int, int] = {}
        for number, key in enumerate(keys):
            for posting in self._tables.postings_for(key):
                row, tier = split_posting(posting)
                tiers.setdefault(row, tier | (TIER_VARIANT if number else 0))
        return tiers

    def _loose_rows(self, name: str, country: str) -> list[int]:
        skeleton = loose_key(name, country)
        if skeleton is None:
            return []
        return list(self._tables.loose.postings_for(filed_key(skeleton, country)))

    def _loose_candidates(self, name: str, country: str, limit: int) -> list[Candidate]:
        query = normalize_name(name)
        scored = []
        for row in self._loose_rows(name, country):
            base = self._candidate(row, "loose", 0)
            similar = SequenceMatcher(None, query, normalize_name(base.entry.name)).ratio()
            score = round(base.score + _LOOSE_SIMILARITY_WEIGHT * similar, 3)
            scored.append(Candidate(base.entry, "loose", score))
        scored.sort(key=lambda c: -c.score)
        return scored[:limit]

    def _string_ids(self) -> dict[str, int]:
        # Country and feature codes are few; map them to their string ids once, on first use.
        if self._codes is None:
            t = self._tables
            labels = self._labels()
            self._codes = {labels[i]: i for i in set(t.country) | set(t.feature)}
        return self._codes

    def _countries(self) -> dict[str, int]:
        if self._country_rows is None:
            pcli = self._string_ids().get("PCLI", -1)
            t = self._tables
            rows = [row for row, feature in enumerate(t.feature) if feature == pcli]
            self._country_rows = {self._labels()[t.country[row]]: row for row in rows}
        return self._country_rows

    def _country_lookup(self) -> CountryIndex:
        if self._country_index is None:
            names = [(self._entry(row).name, code) for code, row in self._countries().items()]
            self._country_index = build_country_index(self._country_names, names)
        return self._country_index

    def country(self, code: str) -> GeoEntry | None:
        """The country (feature PCLI) with ISO2 code `code`, if the gazetteer has it."""
        row = self._countries().get(code.strip().upper())
        return None if row is None else self._entry(row)

    def country_by_name(self, name_or_demonym: str) -> GeoEntry | None:
        """The country a name, alias or demonym refers to: 'Syria', 'Syrian', 'the US'."""
        code = self._country_lookup().code_for(name_or_demonym)
        if code is not None:
            return self.country(code)
        for entry in self.lookup(name_or_demonym, limit=5):
            if entry.feature == "PCLI":
                return entry
        return None

    def is_demonym(self, word: str) -> bool:
        """True for a nationality adjective or demonym: 'Syrian', 'Iraqis', 'Turkish'."""
        return self._country_lookup().is_demonym(word)

    def admin1_entry(self, country: str, admin1_name: str) -> GeoEntry | None:
        """The first-level admin unit (feature ADM1) of `country` called `admin1_name`."""
        key = normalize_name(admin1_name)
        bare = admin_terms().strip(key)
        code = country.strip().upper()
        for candidate in (key, bare):
            if not candidate:
                continue
            for row in self._ranked_rows((candidate,), code, MAX_POSTINGS):
                entry = self._entry(row)
                if entry.country != code:
                    break
                if entry.feature == "ADM1":
                    return entry
        return None


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read the shipped gazetteer (or the file at `path`); takes a fraction of a second."""
    if path is not None:
        return _load(path)
    resource = resources.files("frontwire.data.gazetteer").joinpath(GAZETTEER_FILE)
    with resources.as_file(resource) as shipped:
        return _load(shipped)


def _load(path: Path) -> Gazetteer:
    if not path.is_file():
        raise ResourceError(
            f"{path}: gazetteer file not found; build it with "
            "`python scripts/build_gazetteer.py` from the repository root"
        )
    tables, _ = read_tables(path)
    return Gazetteer(tables, countries=load_country_names())
