"""The user gazetteer file: built from the import database in the shipped gazetteer's format."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from frontwire.errors import ResourceError
from frontwire.geo.drafts import Draft
from frontwire.geo.gazetteer import USER_KIND, is_user_file
from frontwire.geo.importer import (
    PartReport,
    Progress,
    ProgressHook,
    detect_parts,
    import_parts,
)
from frontwire.geo.index import GazetteerRecord, Tables, build_tables
from frontwire.geo.layer import COUNTRY_FEATURE, Layer
from frontwire.geo.rows import CountryName, PlaceRow
from frontwire.geo.staging import ImportStore
from frontwire.geo.store import read_tables, write_tables
from frontwire.models import GeoEntry

BUILT_BY = "frontwire gazetteer import"
# Alternate names of places only the base gazetteer holds are added to a copy of its entry.
BASE_COPY = "base entry + alternate names"
LICENCE = (
    "Built from the files listed in `imports` (GeoNames data is CC BY 4.0, geonames.org; "
    "Who's On First data is CC0, its GeoNames-derived properties CC BY)."
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: each file's report, and the user gazetteer it wrote."""

    path: Path
    reports: tuple[PartReport, ...]
    entries: int
    by_source: dict[str, int]


def staging_path(gazetteer: Path) -> Path:
    """The import database kept beside a user gazetteer file (x.bin.gz -> x.sources.sqlite)."""
    stem = gazetteer.name.removesuffix(".gz").removesuffix(".bin")
    return gazetteer.with_name(f"{stem}.sources.sqlite")


def import_files(
    files: Sequence[Path], *, into: Path, base: Tables, progress: ProgressHook | None = None
) -> ImportResult:
    """Import the files into the user gazetteer at `into` (merged with earlier imports)."""
    parts = detect_parts(files)
    earlier = _earlier_places(into)
    into.parent.mkdir(parents=True, exist_ok=True)
    with ImportStore(staging_path(into)) as store:
        if earlier is not None:
            store.add(earlier, f"{into.name} (earlier import)")
        reports = import_parts(parts, store, base=base, progress=progress)
        started = time.monotonic()
        records, by_source = build_records(store, base)
        loose = _loose_countries(store, base)
        about = _about(store, by_source)
    tables = build_tables(records, loose_countries=loose)
    if progress is not None:
        progress(Progress(into.name, len(tables), time.monotonic() - started, True, "places"))
    partial = into.with_name(into.name + ".partial")
    write_tables(partial, tables, about=about)
    os.replace(partial, into)
    return ImportResult(into, tuple(reports), len(tables), by_source)


def _earlier_places(into: Path) -> list[PlaceRow] | None:
    """The places of an existing user gazetteer whose import database is gone (else None).

    Their other names went with the database; a file at `into` that is not a user gazetteer is
    never overwritten.
    """
    if not into.exists():
        return None
    tables, about = read_tables(into)
    if not is_user_file(about):
        raise ResourceError(
            f"{into}: not a user gazetteer (one `frontwire gazetteer import` wrote); "
            "choose another --into"
        )
    if staging_path(into).exists():
        return None
    layer = Layer(tables, source=USER_KIND)
    return [PlaceRow(layer.entry(row)) for row in range(len(tables))]


def build_records(store: ImportStore, base: Tables) -> tuple[list[GazetteerRecord], dict[str, int]]:
    """The user gazetteer's records, by geonameid, and how many came from each file."""
    admin = store.admin_names()
    countries = store.countries()
    by_source: Counter[str] = Counter()
    records = []
    for place, source in store.places():
        records.append(_draft(place, admin, countries).record())
        by_source[source] += 1
    for record in _base_copies(store, base):
        records.append(record)
        by_source[BASE_COPY] += 1
    records.sort(key=lambda record: record.entry.geonameid)
    return records, dict(sorted(by_source.items()))


def _draft(
    place: PlaceRow, admin: Mapping[str, str], countries: Mapping[int, CountryName]
) -> Draft:
    e = place.entry
    admin1_code = f"{e.country}.{place.admin1_code}"
    admin2_code = f"{admin1_code}.{place.admin2_code}"
    country = countries.get(e.geonameid)
    named = replace(
        e,
        # Every country of countryInfo.txt is a PCLI, as in the shipped gazetteer.
        feature=COUNTRY_FEATURE if country else e.feature,
        admin1=(admin.get(admin1_code) if place.admin1_code else None) or e.admin1,
        admin2=(admin.get(admin2_code) if place.admin2_code else None) or e.admin2,
    )
    return _draft_of(named, [*place.alternates, *([country.name] if country else [])])


def _draft_of(entry: GeoEntry, names: Iterable[str]) -> Draft:
    draft = Draft(
        entry.geonameid,
        entry.name,
        entry.lat,
        entry.lon,
        entry.country,
        entry.feature,
        entry.population,
        entry.admin1,
        entry.admin2,
    )
    draft.add_names(names)
    return draft


def _base_copies(store: ImportStore, base: Tables) -> Iterator[GazetteerRecord]:
    """Entries of the base gazetteer given more names by an alternateNames import."""
    lone = store.lone_alternates()
    if not lone:
        return
    layer = Layer(base, source="base")
    for row, geonameid in enumerate(base.geonameid):
        names = lone.get(geonameid)
        if names is not None:
            yield _draft_of(layer.entry(row), names).record()


def _loose_countries(store: ImportStore, base: Tables) -> set[str]:
    """Loose keys where the base has them, and for countries imported whole (SY.txt, WOF files)."""
    imported = {code for record in store.imports() for code in record.countries}
    return set(base.loose_countries) | imported


def _about(store: ImportStore, by_source: Mapping[str, int]) -> dict[str, Any]:
    imports = store.imports()
    return {
        "kind": USER_KIND,
        "built_by": BUILT_BY,
        "licence": LICENCE,
        "sources": [f"{i.source} ({i.kind}), imported {i.imported}" for i in imports],
        "imports": [asdict(i) for i in imports],
        "counts": {"by_source": dict(by_source)},
    }
