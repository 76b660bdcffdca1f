"""Benchmark: code every FA-KES article with frontwire and, in the same run, the bare spaCy pipeline.

Usage: python bench/bench_brief.py [--data PATH] [--workers N] [--limit N] [--json OUT]

Reports words/s, articles/s and peak RSS for both, and frontwire's speed as a ratio of the baseline's
(ratio > 1 means frontwire codes faster than spaCy alone parses the same texts).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from frontwire.api import CodingFailure, code_articles, load_resources
from frontwire.read import ReadFailure, iter_path
from frontwire.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "fakes-syria-news" / "fakes_syria_war_news.jsonl"


@dataclass(frozen=True)
class Run:
    """One timed pass over the texts."""

    name: str
    seconds: float
    articles: int
    words: int

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--workers", type=int, default=2, help="processes for frontwire's spaCy pass")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    items = [a for a in iter_path(args.data) if not isinstance(a, ReadFailure)]
    if args.limit:
        items = items[: args.limit]
    words = sum(len(a.text.split()) for a in items)
    res = load_resources(Settings())
    list(res.nlp.pipe([a.text for a in items[:10]]))  # warm both paths the same way
    rss_after_load = peak_rss_mb()

    t0 = time.perf_counter()
    for _ in res.nlp.pipe((a.text for a in items), batch_size=32):
        pass
    base = Run("spaCy nlp.pipe (all components, 1 process)", time.perf_counter() - t0, len(items), words)
    rss_base = peak_rss_mb()

    t0 = time.perf_counter()
    coded = failures = events = 0
    for result in code_articles(items, res, n_process=args.workers):
        if isinstance(result, CodingFailure):
            failures += 1
        else:
            coded += 1
            events += len(result.events)
    ours = Run(f"frontwire brief ({args.workers} process(es))", time.perf_counter() - t0, len(items), words)

    report = {
        "articles": len(items), "words": words, "coded": coded, "failures": failures, "events": events,
        "baseline": {**asdict(base), "words_per_s": base.words_per_s, "articles_per_s": base.articles_per_s},
        "frontwire": {**asdict(ours), "words_per_s": ours.words_per_s, "articles_per_s": ours.articles_per_s},
        "ratio": ours.words_per_s / base.words_per_s,
        "peak_rss_mb": {"after_load": rss_after_load, "after_baseline": rss_base, "end": peak_rss_mb()},
    }
    for run in (base, ours):
        print(f"{run.name:48s} {run.seconds:7.1f} s  {run.words_per_s:9.0f} words/s  {run.articles_per_s:7.1f} articles/s")
    print(f"ratio frontwire/baseline: {report['ratio']:.2f}   events: {events}   failures: {failures}")
    print(f"peak RSS: {report['peak_rss_mb']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
