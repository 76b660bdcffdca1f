"""End to end: frontwire's coding of each fixture article (and of the seed) agrees with its answer key."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from frontwire.evaluate.reference import ReferenceScore, format_score, score_reference

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
SEED_STEM = "000_6f97f35e48310271"
EXPECTED_SUFFIX = ".expected.json"
SEED_MIN_PRECISION = 0.85
GATED_FIELDS = ("status", "actors", "figures")

ACLED_TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
        "Other",
    },
}
STATUSES = {"occurred", "ongoing", "planned", "possible", "denied", "historical"}


@dataclass(frozen=True)
class Case:
    """One article file and its answer key."""

    stem: str
    article: Path
    expected: dict[str, Any]

    @property
    def default_date(self) -> date | None:
        ref = self.expected.get("reference_date")
        return date.fromisoformat(ref) if ref else None


def _cases() -> list[Case]:
    cases = []
    for key in sorted(FIXTURES.glob(f"*{EXPECTED_SUFFIX}")):
        stem = key.name.removesuffix(EXPECTED_SUFFIX)
        articles = [p for p in FIXTURES.glob(f"{stem}.*") if p.suffix in (".txt", ".html")]
        assert len(articles) == 1, f"{key.name}: expected one article file beside it, found {articles}"
        cases.append(Case(stem, articles[0], json.loads(key.read_text(encoding="utf-8"))))
    return cases


CASES = _cases()
CASE_IDS = [c.stem for c in CASES]


def _article_words(case: Case) -> str:
    text = case.article.read_text(encoding="utf-8")
    if case.article.suffix == ".html":
        text = re.sub(r"<[^>]+>", " ", text).replace("&copy;", "(c)")
    return " ".join(text.split())


# --- the answer keys themselves (these run without the pipeline) ---------------------


def test_there_are_at_least_twelve_fixtures() -> None:
    assert len(CASES) >= 12
    assert any(c.article.suffix == ".html" for c in CASES)
    assert any("reference_date" in c.expected for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_answer_key_is_well_formed(case: Case) -> None:
    events = case.expected["events"]
    assert len({e["id"] for e in events}) == len(events)
    assert any(not e.get("optional") for e in events)
    for event in events:
        pairs = [(event["event_type"], event["sub_event_type"]), *map(tuple, event.get("acceptable_types", []))]
        assert all(sub in ACLED_TAXONOMY.get(kind, ()) for kind, sub in pairs), event["id"]
        assert {event["status"], *event.get("acceptable_status", [])} <= STATUSES, event["id"]
        place = event.get("place")
        assert place is None or (-90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180 and place["max_km"] > 0)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_answer_key_quotes_and_places_are_in_the_article(case: Case) -> None:
    words = _article_words(case)
    for quote in case.expected["quotes"]:
        assert quote["text"] in words, quote["text"]
    for place in case.expected["places"]:
        assert place["mention"] in words, place["mention"]


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_fixture_text_is_not_copied_from_the_seed(case: Case) -> None:
    seed_text = SEED / f"{SEED_STEM}.txt"
    if not seed_text.is_file():
        pytest.skip("../shared/seed is not available")
    seed_words = seed_text.read_text(encoding="utf-8").split()
    shingles = {" ".join(seed_words[i : i + 8]) for i in range(len(seed_words) - 7)}
    words = _article_words(case).split()
    assert not any(" ".join(words[i : i + 8]) in shingles for i in range(len(words) - 7))


# --- coding the fixtures with frontwire (the integrator makes these pass) ----------


@pytest.fixture(scope="module")
def resources() -> Any:
    from frontwire.api import load_resources

    return load_resources()


@pytest.fixture(scope="module")
def coded() -> dict[Path, tuple[Any, dict[str, Any]]]:
    """Article path -> (article read, output contract dict); filled on first use."""
    return {}


def _code(path: Path, default_date: date | None, resources: Any,
          cache: dict[Path, tuple[Any, dict[str, Any]]]) -> tuple[Any, dict[str, Any]]:
    if path not in cache:
        from frontwire.api import extract
        from frontwire.output import coding_to_dict
        from frontwire.read import read_path

        article = read_path(path, default_date=default_date)
        cache[path] = (article, coding_to_dict(extract(article, resources)))
    return cache[path]


def _score(path: Path, expected: dict[str, Any], default_date: date | None, resources: Any,
           cache: dict[Path, tuple[Any, dict[str, Any]]]) -> ReferenceScore:
    _, output = _code(path, default_date, resources, cache)
    return score_reference(output, expected, canonical=resources.actors.canonical)


def _required_fields_agree(result: ReferenceScore) -> bool:
    return all(p.agrees(field) is not False for p in result.pairs if not p.optional for field in GATED_FIELDS)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_fixture_lead_events_are_found(case: Case, resources: Any,
                                       coded: dict[Path, tuple[Any, dict[str, Any]]]) -> None:
    result = _score(case.article, case.expected, case.default_date, resources, coded)
    assert result.required_matched >= max(1, result.required // 2), format_score(result)


def _totals(resources: Any, coded: dict[Path, tuple[Any, dict[str, Any]]]) -> dict[str, float]:
    sums = dict.fromkeys(("req", "matched", "out", "out_matched", "fields", "fields_ok",
                          "quotes", "quotes_ok", "places", "places_ok"), 0)
    for case in CASES:
        r = _score(case.article, case.expected, case.default_date, resources, coded)
        sums["req"] += r.required
        sums["matched"] += r.required_matched
        sums["out"] += r.outputs
        sums["out_matched"] += r.outputs_matched
        sums["quotes"] += r.quotes_total
        sums["quotes_ok"] += r.quotes_correct
        sums["places"] += r.places_total
        sums["places_ok"] += r.places_found
        checks = [p.agrees(f) for p in r.pairs if not p.optional for f in (*GATED_FIELDS, "attributed_to")]
        sums["fields"] += sum(c is not None for c in checks)
        sums["fields_ok"] += sum(c is True for c in checks)
    return {
        "recall": sums["matched"] / sums["req"], "precision": sums["out_matched"] / sums["out"],
        "fields": sums["fields_ok"] / sums["fields"], "quotes": sums["quotes_ok"] / sums["quotes"],
        "places": sums["places_ok"] / sums["places"],
    }


def test_fixture_set_meets_pinned_floors(resources: Any, coded: dict[Path, tuple[Any, dict[str, Any]]]) -> None:
    """The quality gate over all fixtures: every figure at or above its pinned floor (fixture_floors.json)."""
    floors = json.loads((Path(__file__).parent / "fixture_floors.json").read_text(encoding="utf-8"))
    measured = _totals(resources, coded)
    below = {k: (round(v, 3), floors[k]) for k, v in measured.items() if v < floors[k]}
    assert not below, f"below the pinned floors (measured, floor): {below}; all: {measured}"


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_fixture_article_metadata(case: Case, resources: Any,
                                  coded: dict[Path, tuple[Any, dict[str, Any]]]) -> None:
    article, _ = _code(case.article, case.default_date, resources, coded)
    want = case.expected["article"]
    published = want["published"] or case.expected["reference_date"]
    assert article.published == date.fromisoformat(published)
    assert article.headline == want["headline"]


def test_seed_article(resources: Any, coded: dict[Path, tuple[Any, dict[str, Any]]]) -> None:
    text, key = SEED / f"{SEED_STEM}.txt", SEED / f"{SEED_STEM}{EXPECTED_SUFFIX}"
    if not (text.is_file() and key.is_file()):
        pytest.skip("../shared/seed is not available")
    expected = json.loads(key.read_text(encoding="utf-8"))
    result = _score(text, expected, None, resources, coded)
    report = format_score(result)
    assert (result.required_matched, result.required) == (6, 6), report
    assert result.precision >= SEED_MIN_PRECISION, report
    assert (result.quotes_correct, result.quotes_total) == (4, 4), report
    assert result.places_found == result.places_total, report
