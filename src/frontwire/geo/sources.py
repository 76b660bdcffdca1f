"""Gazetteer source files: what kind each is (by name and first line), and their lines, streamed."""

from __future__ import annotations

import gzip
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from frontwire.errors import GazetteerSourceError

# What a part is read through: a file, a zip member, or a gzip stream.
ByteStream = IO[bytes] | gzip.GzipFile
SourceKind = Literal[
    "geonames", "alternates", "admin1", "admin2", "countries", "wof-jsonl", "wof-geojson"
]
# Tab-separated columns each kind's lines have (alternateNames.txt has 8, alternateNamesV2 10).
COLUMNS: dict[SourceKind, frozenset[int]] = {
    "geonames": frozenset({19}),
    "alternates": frozenset({8, 10}),
    "admin1": frozenset({4}),
    "admin2": frozenset({4}),
    "countries": frozenset({19}),
}
_NAMES: tuple[tuple[re.Pattern[str], SourceKind], ...] = (
    (re.compile(r"^(allcountries|cities\d+|[a-z]{2})\.txt$"), "geonames"),
    (re.compile(r"^alternatenames(v2)?\.txt$"), "alternates"),
    (re.compile(r"^admin1codes(ascii)?\.txt$"), "admin1"),
    (re.compile(r"^admin2codes\.txt$"), "admin2"),
    (re.compile(r"^countryinfo\.txt$"), "countries"),
    (re.compile(r"\.jsonl$"), "wof-jsonl"),
    (re.compile(r"\.geojson$"), "wof-geojson"),
)
# Zip members GeoNames ships beside the data, which an import passes over.
_COMPANIONS = re.compile(r"^(readme|iso-languagecodes|.*\.md$)", re.IGNORECASE)
_SNIFF_BYTES = 1 << 16
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.[^.\t]+$")
_ADMIN2_CODE = re.compile(r"^[A-Z]{2}\.[^.\t]+\.[^.\t]+$")


@dataclass(frozen=True, slots=True)
class SourcePart:
    """One importable text stream: a file, or one member of a zip archive, and its kind."""

    path: Path
    kind: SourceKind
    member: str | None = None

    @property
    def label(self) -> str:
        """How messages name it: 'SY.zip' or 'SY.zip:SY.txt'."""
        return self.path.name if self.member is None else f"{self.path.name}:{self.member}"

    @contextmanager
    def open(self) -> Iterator[ByteStream]:
        """The part's bytes, uncompressed, as a stream."""
        with _open_bytes(self.path, self.member) as stream:
            yield stream


@contextmanager
def _open_bytes(path: Path, member: str | None) -> Iterator[ByteStream]:
    try:
        if member is not None:
            with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
                yield stream
        elif path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                yield stream
        else:
            with path.open("rb") as stream:
                yield stream
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile) as exc:
        label = path.name if member is None else f"{path.name}:{member}"
        raise GazetteerSourceError(label, f"cannot be read ({exc})") from exc


def numbered_lines(part: SourcePart) -> Iterator[tuple[int, bytes]]:
    """(line number, line without its end) for every line of the part, one at a time."""
    with part.open() as stream:
        for number, line in enumerate(stream, start=1):
            yield number, line.rstrip(b"\r\n")


def find_parts(path: Path) -> list[SourcePart]:
    """The importable parts of a file (a zip's data members, else the file), kinds detected."""
    if not path.is_file():
        raise GazetteerSourceError(str(path), "no such file")
    if zipfile.is_zipfile(path):
        return _zip_parts(path)
    return [_checked(SourcePart(path, _kind_of(path, path.name, None)))]


def _zip_parts(path: Path) -> list[SourcePart]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [i.filename for i in archive.infolist() if not i.is_dir()]
    except (OSError, zipfile.BadZipFile) as exc:
        raise GazetteerSourceError(path.name, f"is not a readable zip archive ({exc})") from exc
    data = [m for m in members if not _COMPANIONS.match(Path(m).name)]
    if not data:
        raise GazetteerSourceError(path.name, "the zip archive holds no data file")
    return [_checked(SourcePart(path, _kind_of(path, m, m), m)) for m in data]


def _kind_of(path: Path, name: str, member: str | None) -> SourceKind:
    lowered = Path(name).name.lower().removesuffix(".gz")
    for pattern, kind in _NAMES:
        if pattern.search(lowered):
            return kind
    guessed = _kind_from_content(path, member)
    if guessed is None:
        label = path.name if member is None else f"{path.name}:{member}"
        raise GazetteerSourceError(
            label,
            "not a GeoNames dump (geoname table, alternateNames, admin1/admin2 codes, "
            "countryInfo) nor a Who's On First JSONL or GeoJSON file",
        )
    return guessed


def _head(path: Path, member: str | None) -> tuple[int, bytes]:
    """The first line that is neither empty nor a comment, with its number (0, b'' if none)."""
    with _open_bytes(path, member) as stream:
        sample = stream.read(_SNIFF_BYTES)
    label = path.name if member is None else f"{path.name}:{member}"
    if b"\x00" in sample:
        raise GazetteerSourceError(label, "is a binary file, not a text dump", line=1)
    for number, line in enumerate(sample.split(b"\n"), start=1):
        if line.strip() and not line.startswith(b"#"):
            return number, line.rstrip(b"\r")
    return 0, b""


def _kind_from_content(path: Path, member: str | None) -> SourceKind | None:
    _, line = _head(path, member)
    if line.startswith(b"{"):
        return "wof-jsonl" if _json_line(line) else "wof-geojson"
    fields = line.split(b"\t")
    first = fields[0].decode("utf-8", "replace")
    if len(fields) == 19:
        return "geonames" if first.isdigit() else "countries"
    if len(fields) in COLUMNS["alternates"] and first.isdigit():
        return "alternates"
    if len(fields) == 4:
        return "admin2" if _ADMIN2_CODE.match(first) else "admin1"
    return None


def _json_line(line: bytes) -> bool:
    try:
        value = json.loads(line)
    except ValueError:
        return False
    return isinstance(value, dict) and "placetype" in value


def _checked(part: SourcePart) -> SourcePart:
    """The part, once its first line has the shape of its kind; else a GazetteerSourceError."""
    number, line = _head(part.path, part.member)
    if number == 0:
        raise GazetteerSourceError(part.label, "is empty: no data line to import")
    problem = _shape_problem(part.kind, line)
    if problem:
        raise GazetteerSourceError(part.label, problem, line=number)
    return part


def _shape_problem(kind: SourceKind, line: bytes) -> str | None:
    if kind == "wof-geojson":
        return None if line.lstrip().startswith(b"{") else "a GeoJSON file must hold a JSON object"
    if kind == "wof-jsonl":
        if _json_line(line):
            return None
        return "expected a Who's On First JSON record with a 'placetype' on each line"
    fields = line.split(b"\t")
    if len(fields) not in COLUMNS[kind]:
        wanted = " or ".join(str(n) for n in sorted(COLUMNS[kind]))
        return f"expected {wanted} tab-separated columns for a {kind} file, found {len(fields)}"
    code = fields[0].decode("utf-8", "replace")
    if kind == "admin1" and not _ADMIN1_CODE.match(code):
        return f"expected an admin1 code like 'SY.09' in the first column, found {code!r}"
    if kind == "admin2" and not _ADMIN2_CODE.match(code):
        return f"expected an admin2 code like 'SY.09.123' in the first column, found {code!r}"
    return None
