"""Gazetteer benchmark: load time, memory, and lookups per second on a realistic mix of names.

    /tmp/fwvenv/bin/python bench/bench_geo.py [--gazetteer FILE] [--rounds 3]

The mix: every toponym surface of the geoparsing gold and every `location` / admin name of the
ACLED Middle East rows (from ../shared/data, read in place; names only, nothing is stored), plus
invented misspellings of them so that about a tenth of the lookups miss and go to the loose index.
Each round uses a fresh Gazetteer, so the per-instance result memo does not flatter the figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from frontwire.geo.gazetteer import Gazetteer, load_gazetteer

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _names() -> list[tuple[str, str | None]]:
    names: list[tuple[str, str | None]] = []
    for corpus in ("tr_news.jsonl", "geowebnews.jsonl"):
        with (SHARED / "geoparsing" / corpus).open(encoding="utf-8") as lines:
            for line in lines:
                names.extend((t["surface"], None) for t in json.loads(line)["toponyms"])
    with (SHARED / "acled-me-2018" / "dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            for field in ("location", "admin1", "admin2"):
                if row.get(field):
                    names.append((row[field], "SY" if row.get("country") == "Syria" else None))
    # Vowel-shifted spellings: the kind of miss that falls through to the loose index.
    shifted = [(n.replace("a", "e"), c or "SY") for n, c in names[::10]]
    return names + shifted


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _round(gazetteer: Gazetteer, names: list[tuple[str, str | None]]) -> float:
    started = time.perf_counter()
    for name, country in names:
        if not gazetteer.lookup(name, country=country) and country is not None:
            gazetteer.lookup_loose(name, country=country)
    return len(names) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gazetteer", type=Path, help="gazetteer file (default: the shipped one)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is missing: the benchmark reads its names from there")
    base = _rss_mb()
    started = time.perf_counter()
    gazetteer = load_gazetteer(args.gazetteer)
    load_s = time.perf_counter() - started
    loaded_rss = _rss_mb()
    names = _names()
    rates = []
    for _ in range(args.rounds):
        fresh = load_gazetteer(args.gazetteer)
        rates.append(_round(fresh, names))
        del fresh
    memo = _round(gazetteer, names) and _round(gazetteer, names)
    sys.stdout.write(
        f"load {load_s:.2f} s, {len(gazetteer)} entries, RSS after load {loaded_rss:.0f} MB "
        f"({loaded_rss - base:.0f} MB over the interpreter)\n"
        f"{len(names)} names: {max(rates):,.0f} lookups/s cold, {memo:,.0f} lookups/s memoised\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
