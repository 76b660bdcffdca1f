"""The gazetteer's columnar tables and hashed name index, and how records are turned into them."""

from __future__ import annotations

import hashlib
import math
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate

from frontwire.errors import ResourceError
from frontwire.geo.features import admin_terms, feature_table
from frontwire.geo.loose import filed_key, skeleton_of_key
from frontwire.geo.normalize import article_variant, normalize_name
from frontwire.models import GeoEntry

# A posting's tier says how a key matched: bit 0 set = through one of the record's other names,
# bit 1 set = through the name without its leading article. Lower tiers are better matches.
TIER_PRIMARY = 0
TIER_ALTERNATE = 1
TIER_VARIANT = 2
TIER_BITS = 2
_TIER_MASK = (1 << TIER_BITS) - 1
_TIER_BONUS = (2.0, 0.5, 1.5, 0.0)
COORD_SCALE = 100_000
_MAX_BUCKET_BITS = 24
_LOW_MASK = 0xFFFF_FFFF
_MAX_SALT_TRIES = 64
_MAX_POPULATION = 2**32 - 1
MAX_POSTINGS = 0xFFFF
# A loose key names a consonant skeleton; past this many places it says too little to be kept.
MAX_LOOSE_POSTINGS = 32
_EMPTY = array("I")


@dataclass(frozen=True, slots=True)
class GazetteerRecord:
    """One entry to index, with the other names it is known by."""

    entry: GeoEntry
    alternates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KeyIndex:
    """A hashed key -> postings index: the layout of Tables' own index, used for loose keys."""

    salt: bytes
    bucket_bits: int
    bucket_starts: array[int]
    key_low: array[int]
    posting_starts: array[int]
    postings: array[int]

    def postings_for(self, key: str) -> array[int]:
        """The postings filed under `key` (empty if none)."""
        return find_postings(self, key)

    def __len__(self) -> int:
        return len(self.key_low)


def empty_index() -> KeyIndex:
    """An index that holds no key."""
    return _build_index({})


@dataclass(frozen=True, slots=True)
class Tables:
    """Column arrays (one row per entry), two string tables, and the hashed name index.

    Coordinates are integers of 1e-5 degree (about a metre). Row i's name is `names` between
    `name_starts[i]` and `name_starts[i + 1]` (UTF-8); country, feature and admin columns index
    the `labels` table the same way (label 0 is "", meaning none).
    A lookup key is filed under its salted 64-bit blake2b hash: the top `bucket_bits` bits pick a
    bucket (`bucket_starts`), and the low 32 bits are matched against `key_low` inside it; slot j's
    postings (row << 2 | tier) run from `posting_starts[j]` to `posting_starts[j + 1]`, best first.
    """

    geonameid: array[int]
    lat: array[int]
    lon: array[int]
    population: array[int]
    country: array[int]
    feature: array[int]
    admin1: array[int]
    admin2: array[int]
    names: bytes
    name_starts: array[int]
    labels: bytes
    label_starts: array[int]
    bucket_starts: array[int]
    key_low: array[int]
    posting_starts: array[int]
    postings: array[int]
    salt: bytes
    bucket_bits: int
    loose: KeyIndex
    loose_countries: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.geonameid)

    def name(self, row: int) -> str:
        """The name of the entry in `row`."""
        return self.names[self.name_starts[row] : self.name_starts[row + 1]].decode("utf-8")

    def label(self, index: int) -> str:
        """Label `index` ("" for 0)."""
        return self.labels[self.label_starts[index] : self.label_starts[index + 1]].decode("utf-8")

    def postings_for(self, key: str) -> array[int]:
        """The postings filed under a normalised key (empty if none)."""
        return find_postings(self, key)


def find_postings(index: Tables | KeyIndex, key: str) -> array[int]:
    """The postings `index` files under `key` (empty if none)."""
    hashed = key_hash(key, index.salt)
    bucket = hashed >> (64 - index.bucket_bits)
    low = hashed & _LOW_MASK
    key_low = index.key_low
    for slot in range(index.bucket_starts[bucket], index.bucket_starts[bucket + 1]):
        if key_low[slot] == low:
            return index.postings[index.posting_starts[slot] : index.posting_starts[slot + 1]]
    return _EMPTY


def key_hash(key: str, salt: bytes) -> int:
    """The 64-bit hash a lookup key is filed under."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8, salt=salt).digest()
    return int.from_bytes(digest, "little")


def starts_from_lengths(lengths: Iterable[int]) -> array[int]:
    """Running offsets (one more than lengths), as stored tables are rebuilt at load."""
    return array("I", accumulate(lengths, initial=0))


def to_fixed(degrees: float) -> int:
    """Degrees as the integer 1e-5-degree units the tables store."""
    return round(degrees * COORD_SCALE)


def split_posting(posting: int) -> tuple[int, int]:
    """(entry row, tier) of one posting."""
    return posting >> TIER_BITS, posting & _TIER_MASK


def match_rank(feature: str, population: int, tier: int) -> float:
    """How good a candidate is for a key it matched with `tier`, before any context."""
    alternate = bool(tier & TIER_ALTERNATE)
    return feature_table().rank(feature, population, alternate=alternate) + _TIER_BONUS[tier]


def record_keys(record: GazetteerRecord) -> Iterator[tuple[str, int]]:
    """Every (key, tier) a record is filed under; admin units also without 'Province' etc."""
    terms = admin_terms()
    is_admin = feature_table().kind(record.entry.feature) == "admin"
    names = [(record.entry.name, TIER_PRIMARY)] + [(n, TIER_ALTERNATE) for n in record.alternates]
    for name, tier in names:
        key = normalize_name(name)
        if not key:
            continue
        yield key, tier
        bare = terms.strip(key) if is_admin else None
        if bare:
            yield bare, tier
        for short in (article_variant(key), article_variant(bare) if bare else None):
            if short:
                yield short, tier | TIER_VARIANT


class _Labels:
    def __init__(self) -> None:
        self.index: dict[str, int] = {"": 0}

    def add(self, value: str | None) -> int:
        if not value:
            return 0
        return self.index.setdefault(value, len(self.index))

    def pack(self) -> tuple[bytes, array[int]]:
        return _pack_strings(list(self.index))


def _pack_strings(values: Sequence[str]) -> tuple[bytes, array[int]]:
    encoded = [value.encode("utf-8") for value in values]
    return b"".join(encoded), starts_from_lengths(len(part) for part in encoded)


def _collect_keys(records: Sequence[GazetteerRecord]) -> dict[str, list[int]]:
    best: dict[str, dict[int, int]] = defaultdict(dict)
    for row, record in enumerate(records):
        for key, tier in record_keys(record):
            tiers = best[key]
            if tiers.get(row, _TIER_MASK + 1) > tier:
                tiers[row] = tier
    filed: dict[str, list[int]] = {}
    for key, tiers in best.items():
        ordered = sorted(
            tiers.items(),
            key=lambda rt: (
                -match_rank(records[rt[0]].entry.feature, records[rt[0]].entry.population, rt[1]),
                rt[0],
            ),
        )
        filed[key] = [row << TIER_BITS | tier for row, tier in ordered[:MAX_POSTINGS]]
    return filed


def bucket_bits_for(keys: int) -> int:
    """Enough buckets for about one key each (between 4 and 16M buckets)."""
    return min(max(4, math.ceil(math.log2(max(keys, 1)))), _MAX_BUCKET_BITS)


def _hash_keys(filed: dict[str, list[int]], bits: int) -> tuple[bytes, list[tuple[int, list[int]]]]:
    # Only the bucket bits and the low 32 bits are stored, so those must not collide.
    shift = 64 - bits
    for attempt in range(_MAX_SALT_TRIES):
        salt = attempt.to_bytes(16, "little")
        hashed = {
            (h >> shift) << 32 | (h & _LOW_MASK): rows
            for h, rows in ((key_hash(key, salt), rows) for key, rows in filed.items())
        }
        if len(hashed) == len(filed):
            return salt, sorted(hashed.items())
    raise ResourceError("gazetteer index: could not find a collision-free hash salt")


def _build_index(filed: dict[str, list[int]]) -> KeyIndex:
    bits = bucket_bits_for(len(filed))
    salt, hashed = _hash_keys(filed, bits)
    bucket_sizes = [0] * (1 << bits)
    key_low, postings, posting_sizes = array("I"), array("I"), []
    for short, rows in hashed:
        bucket_sizes[short >> 32] += 1
        key_low.append(short & _LOW_MASK)
        postings.extend(rows)
        posting_sizes.append(len(rows))
    return KeyIndex(
        salt=salt,
        bucket_bits=bits,
        bucket_starts=starts_from_lengths(bucket_sizes),
        key_low=key_low,
        posting_starts=starts_from_lengths(posting_sizes),
        postings=postings,
    )


def loose_keys(record: GazetteerRecord) -> set[str]:
    """The loose keys (country-prefixed skeletons) of a record's Latin-script names."""
    country = record.entry.country
    keys = set()
    for name in (record.entry.name, *record.alternates):
        skeleton = skeleton_of_key(normalize_name(name), country)
        if skeleton is not None:
            keys.add(filed_key(skeleton, country))
    return keys


def _collect_loose(
    records: Sequence[GazetteerRecord], countries: Collection[str] | None
) -> dict[str, list[int]]:
    filed: dict[str, list[int]] = defaultdict(list)
    for row, record in enumerate(records):
        if record.entry.country and (countries is None or record.entry.country in countries):
            for key in loose_keys(record):
                filed[key].append(row)
    # Rows ascending (they are ranked at lookup): neighbours in a country differ little, which
    # the stored differences make cheap.
    return {key: sorted(rows) for key, rows in filed.items() if len(rows) <= MAX_LOOSE_POSTINGS}


def build_tables(
    records: Iterable[GazetteerRecord], *, loose_countries: Collection[str] | None = None
) -> Tables:
    """Turn records into the columnar tables and name indexes the Gazetteer reads.

    Places in `loose_countries` (None: every country) are also filed under their loose keys.
    """
    rows = list(records)
    entries = [r.entry for r in rows]
    index = _build_index(_collect_keys(rows))
    loose = _collect_loose(rows, loose_countries)
    indexed = sorted({key.partition(":")[0] for key in loose})
    labels = _Labels()
    columns = {
        column: array("I", [labels.add(getattr(e, column)) for e in entries])
        for column in ("country", "feature", "admin1", "admin2")
    }
    names, name_starts = _pack_strings([e.name for e in entries])
    label_blob, label_starts = labels.pack()
    return Tables(
        geonameid=array("i", [e.geonameid for e in entries]),
        lat=array("i", [to_fixed(e.lat) for e in entries]),
        lon=array("i", [to_fixed(e.lon) for e in entries]),
        population=array("I", [min(max(e.population, 0), _MAX_POPULATION) for e in entries]),
        names=names,
        name_starts=name_starts,
        labels=label_blob,
        label_starts=label_starts,
        bucket_starts=index.bucket_starts,
        key_low=index.key_low,
        posting_starts=index.posting_starts,
        postings=index.postings,
        salt=index.salt,
        bucket_bits=index.bucket_bits,
        loose=_build_index(loose),
        loose_countries=tuple(indexed),
        **columns,
    )
