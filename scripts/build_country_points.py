"""Build src/frontwire/data/gazetteer/country_points.tsv: one representative point per country.

GeoNames and most gazetteers place a country at a rounded geographic centre (Russia 60N 100E), not at
the centre of its towns; the mledoze/countries data set (npm package `world-countries`, ODbL 1.0) carries
those points as `latlng`. This script fetches the pinned package with `npm pack` and writes the table.

Usage: python scripts/build_country_points.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-countries@5.1.0"
OUT = Path(__file__).resolve().parents[1] / "src" / "frontwire" / "data" / "gazetteer" / "country_points.tsv"
HEADER = (
    "# Representative point of each country (iso2, lat, lon): the `latlng` of mledoze/countries\n"
    f"# ({PACKAGE} on npm, ODbL 1.0; see ATTRIBUTION.md). Built by scripts/build_country_points.py.\n"
)


def fetch(folder: Path) -> list[dict[str, object]]:
    """The package's countries.json, unpacked from the tarball npm downloads."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    tarball = next(folder.glob("world-countries-*.tgz"))
    with tarfile.open(tarball) as tar:
        member = tar.extractfile("package/countries.json")
        if member is None:
            raise SystemExit(f"{tarball}: no package/countries.json")
        rows: list[dict[str, object]] = json.load(member)
    return rows


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        countries = fetch(Path(tmp))
    lines = [HEADER]
    for country in sorted(countries, key=lambda c: str(c["cca2"])):
        latlng = country.get("latlng")
        if isinstance(latlng, list) and len(latlng) == 2:
            lines.append(f"{country['cca2']}\t{float(latlng[0]):g}\t{float(latlng[1]):g}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {len(lines) - 1} points to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
