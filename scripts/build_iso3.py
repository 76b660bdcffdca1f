"""Build src/frontwire/data/iso3.tsv (ISO 3166 alpha-3 -> alpha-2) from GeoNames' countryInfo.txt.

Run from the repository root (both options default to the paths shown):

    python scripts/build_iso3.py [--country-info ../shared/data/geonames/raw/countryInfo.txt]
        [--out src/frontwire/data/iso3.tsv]

The evaluation of PLOVER gold (frontwire eval plover) reads the table at run time; the same
input gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HEADER = (
    "# ISO 3166-1 alpha-3 -> alpha-2 country codes, from GeoNames countryInfo.txt (CC BY 4.0).\n"
    "# Columns: iso3 <TAB> iso2 <TAB> country name. Built by scripts/build_iso3.py; do not edit.\n"
)


def parse_country_info(text: str) -> list[tuple[str, str, str]]:
    """(iso3, iso2, name) for every country line of a countryInfo.txt dump, sorted by iso3."""
    rows: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5 or len(cols[0]) != 2 or len(cols[1]) != 3:
            continue
        rows.append((cols[1].upper(), cols[0].upper(), cols[4].strip()))
    return sorted(set(rows))


def render(rows: list[tuple[str, str, str]]) -> str:
    """The TSV file's text."""
    return HEADER + "".join(f"{iso3}\t{iso2}\t{name}\n" for iso3, iso2, name in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--country-info", type=Path, default=Path("../shared/data/geonames/raw/countryInfo.txt"))
    parser.add_argument("--out", type=Path, default=Path("src/frontwire/data/iso3.tsv"))
    args = parser.parse_args(argv)
    if not args.country_info.is_file():
        sys.stderr.write(f"{args.country_info}: not found\n")
        return 1
    rows = parse_country_info(args.country_info.read_text(encoding="utf-8"))
    args.out.write_text(render(rows), encoding="utf-8")
    sys.stderr.write(f"wrote {len(rows)} countries to {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
