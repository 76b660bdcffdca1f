"""Re-measure the quality-gate samples and write tests/quality_floors.json (measured minus a margin).

Run after a deliberate change in what frontwire extracts, never to make a regression pass:
    python scripts/pin_quality_floors.py [--margin 0.02]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_quality_gate import FLOORS_FILE, SAMPLES, measure  # noqa: E402

from frontwire.api import load_resources  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--margin", type=float, default=0.02)
    args = parser.parse_args()
    res = load_resources()
    floors: dict[str, object] = {
        "_about": "Quality-gate floors for tests/test_quality_gate.py: per sample, each figure's measured value "
                  f"minus {args.margin}, rounded down to 2 decimals; figures measured at 0 are not pinned. "
                  f"Written by scripts/pin_quality_floors.py on {date.today().isoformat()}; a floor is never lowered "
                  "by re-pinning (the higher of the old and new value is kept).",
    }
    pinned = json.loads(FLOORS_FILE.read_text(encoding="utf-8")) if FLOORS_FILE.exists() else {}
    for name in sorted(SAMPLES):
        measured = measure(name, res)
        fresh = {k: math.floor((v - args.margin) * 100) / 100 for k, v in measured.items() if v - args.margin > 0}
        old = pinned.get(name, {})
        floors[name] = {**old, **{k: max(v, old.get(k, 0.0)) for k, v in fresh.items()}}
        print(name, {k: round(v, 3) for k, v in measured.items()})
    FLOORS_FILE.write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
