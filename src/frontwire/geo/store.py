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
from frontwire.geo.index import Tables, starts_from_lengths

MAGIC = b"FRONTWIRE-GAZETTEER 2\n"


Encoding = Literal["plain", "lengths", "deltas"]


@dataclass(frozen=True, slots=True)
class Column:
    """One stored array: its typecode, item size, meaning, and how it is encoded on disk."""

    typecode: str
    size: int
    doc: str
    encoding: Encoding = "plain"


# Arrays follow the header in this order, little-endian; then the `names` and `labels` text.
# Offsets are stored as lengths and ids as differences from the row before (small numbers
# compress well), and summed again when read.
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
}
_TEXTS = ("names", "labels")


def _stored(tables: Tables, name: str) -> array[Any]:
    column = COLUMNS[name]
    values: array[Any] = getattr(tables, name)
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
            out.write(values.tobytes())
        for name in _TEXTS:
            out.write(getattr(tables, name))


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
    values.frombytes(_read_exact(stream, spec["count"] * column.size, repr(spec["name"])))
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
    tables = Tables(salt=bytes.fromhex(header["salt"]), bucket_bits=header["bucket_bits"], **parts)
    return tables, dict(header.get("about", {}))
