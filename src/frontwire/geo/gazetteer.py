"""The Gazetteer: ranked place lookup by name, countries by name or demonym, admin1 centres."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from frontwire.errors import ResourceError
from frontwire.geo.countries import (
    CountryIndex,
    CountryNames,
    build_country_index,
    load_country_names,
)
from frontwire.geo.features import admin_terms
from frontwire.geo.index import (
    MAX_POSTINGS,
    TIER_BITS,
    TIER_VARIANT,
    GazetteerRecord,
    Tables,
    build_tables,
    split_posting,
)
from frontwire.geo.layer import Layer
from frontwire.geo.loose import filed_key, loose_key
from frontwire.geo.normalize import name_keys, normalize_name
from frontwire.geo.store import read_tables
from frontwire.models import GeoEntry

GAZETTEER_FILE = "gazetteer.bin.gz"
USER_GAZETTEER_FILE = "gazetteer.user.bin.gz"
# The `about.kind` of a file `frontwire gazetteer import` wrote: it is layered over the shipped one.
USER_KIND = "user"
SHIPPED = "shipped"
DEFAULT_LIMIT = 25
# Lookups repeat a lot across articles; the memo is cleared whole when full.
_CACHE_SIZE = 100_000
# Loose candidates are ordered by how much of the written name they share with the place's own
# name (0..1, times this many rank points), then by feature and population.
_LOOSE_SIMILARITY_WEIGHT = 10.0
_NO_TIER = 1 << TIER_BITS
_BUILD_HINT = "build it with `python scripts/build_gazetteer.py` from the repository root"
_USER_HINT = "write it with `frontwire gazetteer import FILE...`"

Match = Literal["exact", "alternate", "variant", "loose"]
_TIER_MATCH: tuple[Match, ...] = ("exact", "alternate", "variant", "variant")
# A row of one layer: (layer number, row).
Hit = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, how the name matched it, and which gazetteer holds it.

    match: "exact" (the place's own name), "alternate" (one of its other names), "variant" (the
    name without its leading article), or "loose" (only the consonant skeleton agrees: a guess
    across transliterations, offered only when no exact key matched in the country asked for).
    score: the rank before context (feature weight + log10 population + match bonus).
    source: the gazetteer the entry came from ("shipped", "user", or a file name).
    """

    entry: GeoEntry
    match: Match
    score: float
    source: str = SHIPPED

    @property
    def loose(self) -> bool:
        """True for a match on the loose key only."""
        return self.match == "loose"


class Gazetteer:
    """Places filed under normalised names; load once with load_gazetteer() and pass it around.

    It reads one or more layers, base first: a place in a later layer (the user gazetteer) with
    the geonameid of one in an earlier layer replaces it, and is found by the names of both.
    """

    def __init__(self, *layers: Layer, countries: Iterable[CountryNames] = ()) -> None:
        if not layers:
            raise ResourceError("a gazetteer needs at least one table of places")
        self.layers = layers
        self._country_names = tuple(countries)
        self._results: dict[tuple[str, str | None, int], tuple[GeoEntry, ...]] = {}
        self._country_hits: dict[str, Hit] | None = None
        self._country_index: CountryIndex | None = None
        self._loose_codes: tuple[str, ...] | None = None
        self._size: int | None = None

    @classmethod
    def from_records(
        cls,
        records: Iterable[GazetteerRecord],
        *,
        countries: Iterable[CountryNames] | None = None,
        source: str = SHIPPED,
    ) -> Gazetteer:
        """A gazetteer over the given records (countries: aliases/demonyms; None = packaged)."""
        names = load_country_names() if countries is None else tuple(countries)
        return cls(Layer(build_tables(records), source=source), countries=names)

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
        if self._size is None:
            self._size = sum(len(layer) for layer in self.layers) - self.replaced()
        return self._size

    def replaced(self) -> int:
        """How many entries of the base layers a later layer replaces."""
        hidden = 0
        for number, layer in enumerate(self.layers[:-1]):
            above = {gid for upper in self.layers[number + 1 :] for gid in upper.tables.geonameid}
            hidden += len(above.intersection(layer.tables.geonameid))
        return hidden

    def _visible(self, number: int, row: int) -> Hit:
        """The hit, or the same place's row in a later layer, which replaces it."""
        if number == len(self.layers) - 1:
            return number, row
        geonameid = self.layers[number].tables.geonameid[row]
        for upper in range(len(self.layers) - 1, number, -1):
            found = self.layers[upper].row_of(geonameid)
            if found is not None:
                return upper, found
        return number, row

    def _entry(self, hit: Hit) -> GeoEntry:
        return self.layers[hit[0]].entry(hit[1])

    def _rank(self, hit: Hit, tier: int) -> float:
        return self.layers[hit[0]].rank(hit[1], tier)

    def lookup(
        self, name: str, *, country: str | None = None, limit: int = DEFAULT_LIMIT
    ) -> list[GeoEntry]:
        """Places called `name`, best first: in `country` first, then by feature and population."""
        memo = (name, country, limit)
        found = self._results.get(memo)
        if found is None:
            hits = self._ranked_hits(name_keys(name), country, limit)
            found = tuple(self._entry(hit) for hit in hits)
            if len(self._results) >= _CACHE_SIZE:
                self._results.clear()
            self._results[memo] = found
        return list(found)

    def _ranked_hits(self, keys: tuple[str, ...], country: str | None, limit: int) -> list[Hit]:
        hits = self._matching_hits(keys, limit if country is None else None)
        if country is None or not hits:
            return hits[:limit]
        code = country.strip().upper()
        wanted = [layer.code_id(code) for layer in self.layers]
        layers = self.layers

        def inside(hit: Hit) -> bool:
            return layers[hit[0]].tables.country[hit[1]] == wanted[hit[0]]

        first = [hit for hit in hits if inside(hit)]
        if len(first) < limit:
            first.extend(hit for hit in hits if not inside(hit))
        return first[:limit]

    def _matching_hits(self, keys: tuple[str, ...], limit: int | None) -> list[Hit]:
        if not keys:
            return []
        if len(keys) == 1 and len(self.layers) == 1:
            # Postings are stored best first: one key in one layer needs no sorting.
            return [
                (0, posting >> TIER_BITS) for posting in self.layers[0].postings(keys[0])[:limit]
            ]
        tiers = self._tiers(keys)
        return sorted(tiers, key=lambda hit: (-self._rank(hit, tiers[hit]), hit))

    def _key_tiers(self, key: str) -> dict[Hit, int]:
        """The hits filed under one key in every layer, each with its best tier."""
        tiers: dict[Hit, int] = {}
        for number, layer in enumerate(self.layers):
            for posting in layer.postings(key):
                row, tier = split_posting(posting)
                hit = self._visible(number, row)
                if tier < tiers.get(hit, _NO_TIER):
                    tiers[hit] = tier
        return tiers

    def _tiers(self, keys: tuple[str, ...]) -> dict[Hit, int]:
        tiers: dict[Hit, int] = {}
        for number, key in enumerate(keys):
            for hit, tier in self._key_tiers(key).items():
                tiers.setdefault(hit, tier | (TIER_VARIANT if number else 0))
        return tiers

    def region(self, country: str, admin1: str | None = None) -> list[GeoEntry]:
        """Every place of one province (by country code and admin1 name), or of the whole country when
        admin1 is None, for searches in context."""
        seen: set[int] = set()
        found = []
        for number in range(len(self.layers) - 1, -1, -1):
            layer = self.layers[number]
            rows = layer.country_places(country) if admin1 is None else layer.region_rows(country, admin1)
            for row in rows:
                entry = layer.entry(row)
                if entry.geonameid not in seen:
                    seen.add(entry.geonameid)
                    found.append(entry)
        return found

    def lookup_loose(
        self, name: str, *, country: str, limit: int = DEFAULT_LIMIT
    ) -> list[GeoEntry]:
        """Places in `country` whose loose key (consonant skeleton) matches `name`, best first."""
        return [c.entry for c in self._loose_candidates(name, country.strip().upper(), limit)]

    def loose_countries(self, name: str) -> tuple[str, ...]:
        """The countries with a place whose loose key matches `name` (for mention detection)."""
        if self._loose_codes is None:
            codes = {code for layer in self.layers for code in layer.tables.loose_countries}
            self._loose_codes = tuple(sorted(codes))
        return tuple(code for code in self._loose_codes if self._loose_hits(name, code))

    def candidates(
        self, name: str, *, country: str | None = None, limit: int = DEFAULT_LIMIT
    ) -> list[Candidate]:
        """Ranked candidates with how each matched; loose ones only if none in `country` is exact."""
        code = country.strip().upper() if country else None
        keys = name_keys(name)
        tiers = self._tiers(keys)
        found = [
            self._candidate(hit, _TIER_MATCH[tiers.get(hit, 0)], tiers.get(hit, 0))
            for hit in self._ranked_hits(keys, code, limit)
        ]
        if code is None or any(c.entry.country == code for c in found):
            return found
        return (self._loose_candidates(name, code, limit) + found)[:limit]

    def _candidate(self, hit: Hit, match: Match, tier: int) -> Candidate:
        score = round(self._rank(hit, tier), 3)
        return Candidate(self._entry(hit), match, score, self.layers[hit[0]].source)

    def _loose_hits(self, name: str, country: str) -> list[Hit]:
        skeleton = loose_key(name, country)
        if skeleton is None:
            return []
        key = filed_key(skeleton, country)
        hits: dict[Hit, None] = {}
        for number, layer in enumerate(self.layers):
            for row in layer.loose_rows(key):
                hits.setdefault(self._visible(number, row))
        return list(hits)

    def _loose_candidates(self, name: str, country: str, limit: int) -> list[Candidate]:
        query = normalize_name(name)
        scored = []
        for hit in self._loose_hits(name, country):
            base = self._candidate(hit, "loose", 0)
            similar = SequenceMatcher(None, query, normalize_name(base.entry.name)).ratio()
            score = round(base.score + _LOOSE_SIMILARITY_WEIGHT * similar, 3)
            scored.append(Candidate(base.entry, "loose", score, base.source))
        scored.sort(key=lambda c: -c.score)
        return scored[:limit]

    def _countries(self) -> dict[str, Hit]:
        if self._country_hits is None:
            found: dict[str, Hit] = {}
            for number, layer in enumerate(self.layers):
                for code, row in layer.country_rows().items():
                    found[code] = self._visible(number, row)
            self._country_hits = found
        return self._country_hits

    def _country_lookup(self) -> CountryIndex:
        if self._country_index is None:
            names = [(self._entry(hit).name, code) for code, hit in self._countries().items()]
            self._country_index = build_country_index(self._country_names, names)
        return self._country_index

    def country(self, code: str) -> GeoEntry | None:
        """The country (feature PCLI) with ISO2 code `code`, if the gazetteer has it."""
        hit = self._countries().get(code.strip().upper())
        return None if hit is None else self._entry(hit)

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
            for hit in self._ranked_hits((candidate,), code, MAX_POSTINGS):
                entry = self._entry(hit)
                if entry.country != code:
                    break
                if entry.feature == "ADM1":
                    return entry
        return None


def user_gazetteer_path() -> Path:
    """Where `frontwire gazetteer import` writes by default: the user's data directory."""
    from platformdirs import user_data_path

    return user_data_path("frontwire", appauthor=False) / USER_GAZETTEER_FILE


def load_gazetteer(path: Path | None = None, *, user: Path | None = None) -> Gazetteer:
    """The shipped gazetteer (or the file at `path`), with the user gazetteer layered on top.

    The user gazetteer is `user`, else the file at `path` when `frontwire gazetteer import` wrote
    it, else user_gazetteer_path() when that file exists.
    """
    first = _read_layer(path, path.name) if path is not None else _shipped_layer()
    if first.source == USER_KIND:
        layers = [_shipped_layer(), first]
    else:
        layers = [first]
        top = user if user is not None else user_gazetteer_path()
        if user is not None or top.is_file():
            layers.append(_read_layer(top, USER_KIND))
    return Gazetteer(*layers, countries=load_country_names())


def _shipped_layer() -> Layer:
    resource = resources.files("frontwire.data.gazetteer").joinpath(GAZETTEER_FILE)
    with resources.as_file(resource) as shipped:
        layer = _read_layer(shipped, SHIPPED)
    return Layer(layer.tables, source=layer.source, about=layer.about, centre_countries=True)


def _read_layer(path: Path, source: str) -> Layer:
    hint = _USER_HINT if source == USER_KIND else _BUILD_HINT
    tables, about = read_gazetteer_file(path, hint=hint)
    return Layer(tables, source=USER_KIND if is_user_file(about) else source, about=about)


def load_base_tables(path: Path | None = None) -> Tables:
    """The tables user entries are laid over: the file at `path` unless it is a user file, else
    the shipped gazetteer's."""
    if path is not None:
        layer = _read_layer(path, path.name)
        if layer.source != USER_KIND:
            return layer.tables
    return _shipped_layer().tables


def is_user_file(about: Mapping[str, Any]) -> bool:
    """True for the header of a file `frontwire gazetteer import` wrote."""
    return about.get("kind") == USER_KIND


def read_gazetteer_file(path: Path, *, hint: str = _BUILD_HINT) -> tuple[Tables, dict[str, Any]]:
    """The tables and header `about` of a gazetteer file; `hint` says how to make a missing one."""
    if not path.is_file():
        raise ResourceError(f"{path}: gazetteer file not found; {hint}")
    return read_tables(path)
