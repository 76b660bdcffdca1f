"""Quality gate: fixed, seeded samples of the dev data must score at or above the pinned floors.

The floors live in tests/quality_floors.json (each one the measured value minus a small margin,
rounded down to 2 decimals). Raise them when extraction gets better; a drop below one fails CI.
The samples are read in place from ../shared/data; without it the gate is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from frontwire.api import Resources, load_resources
from frontwire.commands.eval import Job, code_outputs, read_jsonl, safe_article
from frontwire.evaluate import acled, geo, plover
from frontwire.evaluate.report import EvalReport
from frontwire.evaluate.stats import seeded_sample

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
FLOORS_FILE = Path(__file__).parent / "quality_floors.json"
SEED = 1
Json = Any

pytestmark = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"quality gate needs the dev data in {DATA} (not available here)"
)


@dataclass(frozen=True, slots=True)
class Sample:
    """One fixed sample of a gold file."""

    path: str
    size: int
    country: str | None = None


SAMPLES = {
    "acled_syria": Sample("acled-me-2018/dev.jsonl", 150, "Syria"),
    "acled_kenya": Sample("acled-kenya-2019/dev.jsonl", 150),
    "plover": Sample("plover-gsr/plover_gsr_cameo.jsonl", 100),
    "geo_tr_news": Sample("geoparsing/tr_news.jsonl", 10),
    "geo_geowebnews": Sample("geoparsing/geowebnews.jsonl", 10),
}


def sample_rows(sample: Sample) -> list[tuple[int, Json]]:
    """The sample's rows: the country's rows when one is named, then a seeded sample."""
    rows = read_jsonl(DATA / sample.path)
    if sample.country:
        rows = [(n, r) for n, r in rows if r.get("country") == sample.country]
    return seeded_sample(rows, sample.size, seed=SEED)


def _acled(rows: Sequence[tuple[int, Json]], res: Resources) -> EvalReport:
    lookup = acled.catalogue_lookup(res.gazetteer, res.actors)
    gold = [acled.parse_acled_row(r, line=n, lookup=lookup) for n, r in rows]
    jobs = [Job(safe_article(partial(acled.row_article, g, source=str(g.line))), g.country_code) for g in gold]
    outputs = code_outputs(jobs, res)
    return acled.acled_report([acled.score_acled_row(g, o) for g, o in zip(gold, outputs, strict=True)])


def _plover(rows: Sequence[tuple[int, Json]], res: Resources) -> EvalReport:
    gold = [plover.parse_plover_row(r, line=n) for n, r in rows]
    outputs = code_outputs([Job(safe_article(partial(plover.row_article, g, source=g.id)), None) for g in gold], res)
    return plover.plover_report(gold, [plover.score_plover_row(g, o) for g, o in zip(gold, outputs, strict=True)])


def _geo(rows: Sequence[tuple[int, Json]], res: Resources) -> EvalReport:
    docs = [geo.parse_geo_doc(r, line=n) for n, r in rows]
    jobs = [Job(safe_article(partial(geo.doc_article, d, source=d.doc_id)), None) for d in docs]
    outputs = code_outputs(jobs, res)
    results = [
        geo.score_geo_doc(d, o, article_text=j.article.text if j.article else None)
        for d, j, o in zip(docs, jobs, outputs, strict=True)
    ]
    return geo.geo_report(results)


SCORERS: dict[str, Callable[[Sequence[tuple[int, Json]], Resources], EvalReport]] = {
    "acled_syria": _acled, "acled_kenya": _acled, "plover": _plover, "geo_tr_news": _geo, "geo_geowebnews": _geo,
}


def figures(report: EvalReport) -> dict[str, float]:
    """Every rate and every higher-is-better value of a report (errors in km are left out)."""
    found = {m.name: m.rate for m in report.metrics if m.rate is not None}
    found.update({v.name: v.value for v in report.values if v.value is not None and not v.name.endswith("_km")})
    return found


def measure(name: str, res: Resources) -> dict[str, float]:
    """The figures of one named sample."""
    return figures(SCORERS[name](sample_rows(SAMPLES[name]), res))


def load_floors() -> dict[str, dict[str, float]]:
    raw = json.loads(FLOORS_FILE.read_text("utf-8"))
    return {name: floors for name, floors in raw.items() if not name.startswith("_")}


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def test_floors_cover_every_sample() -> None:
    floors = load_floors()
    assert set(floors) == set(SAMPLES)
    assert all(0.0 < f <= 1.0 for sample in floors.values() for f in sample.values())


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_quality_floor(name: str, resources: Resources) -> None:
    measured = measure(name, resources)
    below = [
        f"{figure}: {measured.get(figure, 0.0):.3f} < floor {floor:.2f}"
        for figure, floor in load_floors()[name].items()
        if measured.get(figure, 0.0) < floor
    ]
    assert not below, f"{name} fell below its quality floors: " + "; ".join(below)
