"""The gazetteer file format: gzip of a magic line, a JSON header line, then raw arrays and text."""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from io import BufferedIOBase
from itertools import accumulate, chain, pairwise
from pathlib import Path
from typing import Any, Literal

from frontwire.errors import ResourceError
from frontwire.geo.index import KeyIndex, Tables, starts_from_lengths

MAGIC = b"FRONTWIRE-GAZETTEER 3\n"


Encoding = Literal["plain", "lengths", "deltas"]


@dataclass(frozen=True, slots=True)
class Column:
    """One stored array: its typecode, item size, meaning, and how it is encoded on disk."""

    typecode: str
    size: int
    doc: str
    encoding: Encoding = "plain"


# Arrays follow the header in this order, little-endian and byte-planed (all first bytes of the
# array, then all second bytes, ...: the high bytes are nearly constant and compress to little);
# then the `names` and `labels` text. Offsets are stored as lengths and ids as differences from
# the row before (small numbers compress well), and summed again when read.
COLUMNS: Mapping[str, Column] = {
    "geonameid": Column(
        "i", 4, "GeoNames id (negative: Who's On First id of a place GeoNames lacks)", "deltas"
    ),
    "lat": Column("i", 4, "latitude in 1e-5 degree"),
    "lon": Column("i", 4, "longitude in 1e-5 degree"),
    "population": Column("I", 4, "population (0 = unknown)"),
    "country": Column("I", 4, "label index of the ISO2 country code"),
    "feature": Column("I", 4, "label index of the GeoNames feature code"),
    "admin1": Column("I", 4, "label index of the admin1 name (0 = none)"),
    "admin2": Column("I", 4, "label index of the admin2 name (0 = none)"),
    "name_starts": Column("H", 2, "UTF-8 byte length of each row's name in `names`", "lengths"),
    "label_starts": Column("H", 2, "UTF-8 byte length of each label in `labels`", "lengths"),
    "bucket_starts": Column("H", 2, "number of keys in each hash bucket", "lengths"),
    "key_low": Column("I", 4, "low 32 bits of each key's hash, bucket by bucket"),
    "posting_starts": Column("H", 2, "number of postings of each key", "lengths"),
    "postings": Column("I", 4, "entry row << 2 | tier (bit 0: other name, bit 1: without article)"),
    "loose_bucket_starts": Column("H", 2, "loose-key index: keys in each hash bucket", "lengths"),
    "loose_key_low": Column("I", 4, "loose-key index: low 32 bits of each key's hash"),
    "loose_posting_starts": Column("H", 2, "loose-key index: postings of each key", "lengths"),
    "loose_postings": Column("i", 4, "loose-key index: entry rows, ascending per key", "deltas"),
}
_LOOSE_PREFIX = "loose_"
_TEXTS = ("names", "labels")
_LOOSE_COLUMNS = tuple(name for name in COLUMNS if name.startswith(_LOOSE_PREFIX))


def _values(tables: Tables, name: str) -> array[Any]:
    if name.startswith(_LOOSE_PREFIX):
        found: array[Any] = getattr(tables.loose, name.removeprefix(_LOOSE_PREFIX))
        return found
    found = getattr(tables, name)
    return found


def _stored(tables: Tables, name: str) -> array[Any]:
    column = COLUMNS[name]
    values = _values(tables, name)
    if column.encoding == "lengths":
        values = array(column.typecode, (b - a for a, b in pairwise(values)))
    elif column.encoding == "deltas":
        values = array(column.typecode, (b - a for a, b in pairwise(chain((0,), values))))
    if sys.byteorder != "little":
        values = array(column.typecode, values)
        values.byteswap()
    return values


def write_tables(path: Path, tables: Tables, *, about: Mapping[str, Any]) -> None:
    """Write the tables to `path`; `about` (sources, licence, build command) goes in the header."""
    sections = [(name, _stored(tables, name)) for name in COLUMNS]
    header = {
        "about": dict(about),
        "entries": len(tables),
        "salt": tables.salt.hex(),
        "bucket_bits": tables.bucket_bits,
        "loose_salt": tables.loose.salt.hex(),
        "loose_bucket_bits": tables.loose.bucket_bits,
        "loose_countries": list(tables.loose_countries),
        "columns": [
            {
                "name": name,
                "typecode": COLUMNS[name].typecode,
                "count": len(values),
                "doc": COLUMNS[name].doc,
            }
            for name, values in sections
        ],
        "texts": [{"name": name, "bytes": len(getattr(tables, name))} for name in _TEXTS],
    }
    # No file name or time in the gzip header: the same tables always give the same bytes.
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out,
    ):
        out.write(MAGIC)
        out.write(json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
        for _, values in sections:
            out.write(_planes(values.tobytes(), values.itemsize))
        for name in _TEXTS:
            out.write(getattr(tables, name))


def _planes(data: bytes, size: int) -> bytes:
    return b"".join(data[i::size] for i in range(size))


def _interleave(data: bytes, size: int) -> bytes:
    out = bytearray(len(data))
    plane = len(data) // size
    for i in range(size):
        out[i::size] = data[i * plane : (i + 1) * plane]
    return bytes(out)


def _read_exact(stream: BufferedIOBase, size: int, what: str) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise ResourceError(f"gazetteer: the file ends inside {what}; rebuild it")
    return data


def _read_array(stream: BufferedIOBase, spec: Mapping[str, Any]) -> array[Any]:
    column = COLUMNS[spec["name"]]
    values = array(column.typecode)
    if values.itemsize != column.size:
        raise ResourceError(
            f"gazetteer: array('{column.typecode}') is not {column.size} bytes here"
        )
    raw = _read_exact(stream, spec["count"] * column.size, repr(spec["name"]))
    values.frombytes(_interleave(raw, column.size))
    if sys.byteorder != "little":
        values.byteswap()
    if column.encoding == "lengths":
        return starts_from_lengths(values)
    if column.encoding == "deltas":
        return array(column.typecode, accumulate(values))
    return values


def _read_header(stream: BufferedIOBase) -> dict[str, Any]:
    if stream.readline() != MAGIC:
        raise ResourceError("not a frontwire gazetteer file of this version; rebuild it")
    try:
        header: dict[str, Any] = json.loads(stream.readline())
    except (ValueError, UnicodeDecodeError) as exc:
        raise ResourceError(f"unreadable gazetteer header ({exc}); rebuild it") from exc
    return header


def _read_parts(stream: BufferedIOBase) -> tuple[dict[str, Any], dict[str, Any]]:
    header = _read_header(stream)
    parts: dict[str, Any] = {}
    for spec in header["columns"]:
        if spec["name"] not in COLUMNS:
            raise ResourceError(f"unknown gazetteer column {spec['name']!r}; rebuild it")
        parts[spec["name"]] = _read_array(stream, spec)
    for text in header["texts"]:
        parts[text["name"]] = _read_exact(stream, text["bytes"], repr(text["name"]))
    missing = (set(COLUMNS) | set(_TEXTS)) - set(parts)
    if missing:
        raise ResourceError(f"the gazetteer lacks {sorted(missing)}; rebuild it")
    return header, parts


def read_tables(path: Path) -> tuple[Tables, dict[str, Any]]:
    """Read a file written by write_tables: the tables and the header's `about` block."""
    # Section by section from the gzip stream, so the whole uncompressed file is never in memory.
    try:
        with gzip.open(path, "rb") as stream:
            header, parts = _read_parts(stream)
    except ResourceError as exc:
        raise ResourceError(f"{path}: {exc}") from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise ResourceError(
            f"{path}: cannot read the gazetteer ({exc}); rebuild it with scripts/build_gazetteer.py"
        ) from exc
    loose = KeyIndex(
        salt=bytes.fromhex(header["loose_salt"]),
        bucket_bits=header["loose_bucket_bits"],
        **{name.removeprefix(_LOOSE_PREFIX): parts.pop(name) for name in _LOOSE_COLUMNS},
    )
    tables = Tables(
        salt=bytes.fromhex(header["salt"]),
        bucket_bits=header["bucket_bits"],
        loose=loose,
        loose_countries=tuple(header["loose_countries"]),
        **parts,
    )
    return tables, dict(header.get("about", {}))
