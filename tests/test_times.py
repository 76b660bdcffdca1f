"""Tests for frontwire.extract.times: finding time expressions and resolving them against the article date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from frontwire.extract.times import (
    TimeExpr,
    anchor_duration,
    find_times,
    range_precision,
    since_anchor,
    time_vocab,
    to_timespan,
)
from frontwire.models import TimeSpan

REF = date(2019, 9, 12)  # a Thursday
OFFSET = 500
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def only(sentence: str, ref: date = REF) -> TimeExpr:
    found = find_times(sentence, OFFSET, ref)
    assert len(found) == 1, found
    return found[0]


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end", "precision"),
    [
        ("Rebels shelled the village on Thursday.", "on Thursday", "2019-09-12", "2019-09-12", 1),
        ("Rebels shelled the village on Monday.", "on Monday", "2019-09-09", "2019-09-09", 1),
        ("The convoy was hit late on Monday near the bridge.", "late on Monday", "2019-09-09", "2019-09-09", 1),
        ("The convoy was hit earlier on Tuesday.", "earlier on Tuesday", "2019-09-10", "2019-09-10", 1),
        ("Gunfire was heard on Monday night in the old city.", "on Monday night", "2019-09-09", "2019-09-09", 1),
        ("Friday's raid left the market in ruins.", "Friday", "2019-09-06", "2019-09-06", 1),
        ("Sunday saw the heaviest shelling so far.", "Sunday", "2019-09-08", "2019-09-08", 1),
        ("The checkpoint was overrun last Thursday.", "last Thursday", "2019-09-05", "2019-09-05", 1),
        ("Talks resume next Tuesday in the capital.", "next Tuesday", "2019-09-17", "2019-09-17", 1),
        ("Drones circled the town today.", "today", "2019-09-12", "2019-09-12", 1),
        ("Police dispersed the crowd this morning.", "this morning", "2019-09-12", "2019-09-12", 1),
        ("A curfew starts tonight across the district.", "tonight", "2019-09-12", "2019-09-12", 1),
        ("The bridge was blown up yesterday.", "yesterday", "2019-09-11", "2019-09-11", 1),
        ("Mortars landed yesterday afternoon near the school.", "yesterday afternoon", "2019-09-11", "2019-09-11", 1),
        ("Shooting went on all through last night.", "last night", "2019-09-11", "2019-09-11", 1),
        ("The dam was seized the day before yesterday.", "the day before yesterday", "2019-09-10", "2019-09-10", 1),
        ("The strike happened on 31 August.", "on 31 August", "2019-08-31", "2019-08-31", 1),
        ("The strike happened on August 31, officials said.", "on August 31", "2019-08-31", "2019-08-31", 1),
        ("Strikes on 31 Aug hit two clinics.", "on 31 Aug", "2019-08-31", "2019-08-31", 1),
        ("The siege began on 3 March 2018.", "on 3 March 2018", "2018-03-03", "2018-03-03", 1),
        ("The siege began on March 3rd.", "on March 3rd", "2019-03-03", "2019-03-03", 1),
        ("The siege began on the 3rd of March.", "on the 3rd of March", "2019-03-03", "2019-03-03", 1),
        ("The dam fell on Thursday, 12 September.", "on Thursday, 12 September", "2019-09-12", "2019-09-12", 1),
        ("Planes struck again on Sept. 9, 2019.", "on Sept. 9, 2019", "2019-09-09", "2019-09-09", 1),
        ("The report is dated 2019-09-10 in the archive.", "2019-09-10", "2019-09-10", "2019-09-10", 1),
        ("Clashes were reported on 6-7 August near the border.", "on 6-7 August", "2019-08-06", "2019-08-07", 2),
        ("Raids took place on September 10th and 11th.", "on September 10th and 11th", "2019-09-10", "2019-09-11", 2),
        ("Looting spread in recent days.", "in recent days", "2019-09-05", "2019-09-12", 2),
        ("Looting spread over the past few days.", "over the past few days", "2019-09-05", "2019-09-12", 2),
        ("Looting spread this week.", "this week", "2019-09-05", "2019-09-12", 2),
        ("Looting spread in the past week.", "in the past week", "2019-09-05", "2019-09-12", 2),
        ("Looting spread over the past three days.", "over the past three days", "2019-09-09", "2019-09-12", 2),
        ("Looting spread over the past three weeks.", "over the past three weeks", "2019-08-22", "2019-09-12", 3),
        ("The front moved last week.", "last week", "2019-09-02", "2019-09-08", 2),
        ("The front moved earlier this month.", "earlier this month", "2019-09-01", "2019-09-12", 3),
        ("The front moved this month.", "this month", "2019-09-01", "2019-09-12", 3),
        ("The front moved last month.", "last month", "2019-08-01", "2019-08-31", 3),
        ("The front moved in August.", "in August", "2019-08-01", "2019-08-31", 3),
        ("The front moved in November.", "in November", "2018-11-01", "2018-11-30", 3),
        ("The front moved in August 2018.", "in August 2018", "2018-08-01", "2018-08-31", 3),
        ("The front moved in early August.", "in early August", "2019-08-01", "2019-08-10", 3),
        ("The front moved in mid-August.", "in mid-August", "2019-08-11", "2019-08-20", 3),
        ("The front moved in late August.", "in late August", "2019-08-21", "2019-08-31", 3),
        ("The front moved last year.", "last year", "2018-01-01", "2018-12-31", 3),
        ("The front moved in 2016.", "in 2016", "2016-01-01", "2016-12-31", 3),
        ("The front moved in late 2016.", "in late 2016", "2016-09-01", "2016-12-31", 3),
        ("The front moved earlier this year.", "earlier this year", "2019-01-01", "2019-09-12", 3),
        ("Shops were burnt over the weekend.", "over the weekend", "2019-09-07", "2019-09-08", 2),
        ("Shops were burnt at the weekend.", "at the weekend", "2019-09-07", "2019-09-08", 2),
        ("Shops were burnt two days ago.", "two days ago", "2019-09-10", "2019-09-10", 1),
        ("Shops were burnt 3 days ago.", "3 days ago", "2019-09-09", "2019-09-09", 1),
        ("Shops were burnt two weeks ago.", "two weeks ago", "2019-08-29", "2019-08-29", 2),
        ("Shops were burnt a week ago.", "a week ago", "2019-09-05", "2019-09-05", 2),
        ("Shops were burnt overnight.", "overnight", "2019-09-11", "2019-09-12", 2),
    ],
)
def test_resolves_expression(sentence: str, text: str, start: str, end: str, precision: int) -> None:
    expr = only(sentence)
    assert expr.span.text == text
    assert (expr.start, expr.end, expr.precision) == (d(start), d(end), precision)
    assert not expr.is_duration and expr.relation is None


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        ("Monday", "2019-09-09"),
        ("Tuesday", "2019-09-10"),
        ("Wednesday", "2019-09-11"),
        ("Thursday", "2019-09-12"),
        ("Friday", "2019-09-06"),
        ("Saturday", "2019-09-07"),
        ("Sunday", "2019-09-08"),
    ],
)
def test_weekday_is_most_recent_on_or_before_ref(weekday: str, expected: str) -> None:
    expr = only(f"Troops withdrew on {weekday}.")
    assert expr.start == expr.end == d(expected)
    assert expr.precision == 1


@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    [
        ("The camp was raided on 28 December.", date(2019, 1, 5), "2018-12-28"),
        ("The camp was raided on December 28.", date(2019, 1, 5), "2018-12-28"),
        ("The camp was raided on 28 December.", date(2019, 12, 30), "2019-12-28"),
        ("Elections are due on 15 September.", REF, "2019-09-15"),
        ("The camp was raided on 25 December.", REF, "2018-12-25"),
    ],
)
def test_year_of_dates_without_one(sentence: str, ref: date, expected: str) -> None:
    expr = only(sentence, ref)
    assert expr.start == expr.end == d(expected)


@pytest.mark.parametrize(
    ("sentence", "text", "start", "precision"),
    [
        ("No aid has arrived since 31 August.", "since 31 August", "2019-08-31", 3),
        ("No aid has arrived since March.", "since March", "2019-03-01", 3),
        ("No aid has arrived since Monday.", "since Monday", "2019-09-09", 2),
        ("No aid has arrived since last week.", "since last week", "2019-09-02", 3),
        ("No aid has arrived since yesterday.", "since yesterday", "2019-09-11", 2),
        ("The war has raged since 2011.", "since 2011", "2011-01-01", 3),
        ("The town has been besieged since mid-2015.", "since mid-2015", "2015-05-01", 3),
    ],
)
def test_since_a_date_runs_to_ref(sentence: str, text: str, start: str, precision: int) -> None:
    expr = only(sentence)
    assert expr.span.text == text
    assert (expr.start, expr.end, expr.precision) == (d(start), REF, precision)


@pytest.mark.parametrize(
    ("sentence", "relation", "anchor"),
    [
        ("Dozens have died since the alleged ceasefire, medics said.", "since", "the alleged ceasefire"),
        ("Shelling resumed following the truce.", "following", "the truce"),
        ("Shops closed after the attack on the village, witnesses said.", "after", "the attack on the village"),
        ("Civilians fled before the offensive began.", "before", "the offensive"),
        ("Roads stayed shut until the funeral.", "until", "the funeral"),
        ("Two died during the clashes.", "during", "the clashes"),
        ("Prices rose in the wake of the blockade.", "following", "the blockade"),
        ("Arrests rose ahead of the election.", "before", "the election"),
    ],
)
def test_event_relative_expression(sentence: str, relation: str, anchor: str) -> None:
    expr = only(sentence)
    assert (expr.relation, expr.anchor_text) == (relation, anchor)
    assert expr.start is None and expr.end is None
    assert expr.span.text == sentence[expr.span.start - OFFSET : expr.span.end - OFFSET]
    assert expr.span.text.endswith(anchor)


def test_event_phrase_stops_at_a_resolved_time() -> None:
    found = find_times("Shops shut after the attack on Monday.", OFFSET, REF)
    assert [(e.relation, e.anchor_text) for e in found] == [("after", "the attack"), (None, None)]
    assert found[1].start == d("2019-09-09")


@pytest.mark.parametrize(
    ("sentence", "text", "days", "precision"),
    [
        ("It was a five-month assault on the city.", "a five-month assault", 150, 3),
        ("It was a three-week siege.", "a three-week siege", 21, 2),
        ("It was a two-day battle.", "a two-day battle", 2, 1),
        ("It was a 10-day offensive.", "a 10-day offensive", 10, 1),
        ("It was a week-long siege.", "a week-long siege", 7, 2),
        ("The road was cut for three weeks.", "for three weeks", 21, 2),
        ("The road was cut for more than two months.", "for more than two months", 60, 3),
        ("The city suffered five years of war.", "five years of war", 1825, 3),
        ("The city suffered twenty-one days of shelling.", "twenty-one days of shelling", 21, 1),
        ("Aleppo has been ravaged by the five-year civil war.", "the five-year civil war", 1825, 3),
    ],
)
def test_duration(sentence: str, text: str, days: int, precision: int) -> None:
    expr = only(sentence)
    assert expr.span.text == text
    assert expr.is_duration and expr.duration_days == days and expr.precision == precision
    assert expr.start is None and expr.end is None


@pytest.mark.parametrize(
    "sentence",
    [
        "He may go to the talks.",
        "Protesters march on the capital.",
        "Protesters plan to March on the capital.",
        "A 12-year-old boy was hurt.",
        "A day later the convoy left.",
        "Fighters slipped in during the night.",
        "Prior to this a truce had held.",
        "The 2016 offensive failed.",
        "Around 2,015 people fled.",
        "The rally was held on the main square.",
    ],
)
def test_no_time_expression(sentence: str) -> None:
    assert find_times(sentence, OFFSET, REF) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In May the rains stopped.",
        "The offensive started on 3 May.",
        "The offensive started on May 3.",
        "The offensive started in May 2018.",
        "The offensive started in late May.",
    ],
)
def test_may_is_a_month_only_with_a_day_year_or_preposition(sentence: str) -> None:
    expr = only(sentence)
    assert expr.start is not None and expr.start.month == 5


def test_spans_are_article_offsets() -> None:
    sentence = "On Tuesday, and again over the weekend, since the truce and for two days, rockets fell."
    found = find_times(sentence, OFFSET, REF)
    assert len(found) == 4
    for expr in found:
        assert expr.span.text == sentence[expr.span.start - OFFSET : expr.span.end - OFFSET]
    assert [e.span.start for e in found] == sorted(e.span.start for e in found)


def test_anchor_duration_months_start_on_the_first() -> None:
    span = anchor_duration(only("It was a five-month assault."), end=d("2019-08-31"))
    assert (span.start, span.end, span.time_precision) == (d("2019-04-01"), d("2019-08-31"), 3)
    assert span.text == "a five-month assault"


@pytest.mark.parametrize(
    ("sentence", "end", "start", "precision"),
    [
        ("It was a two-day battle.", "2019-09-12", "2019-09-11", 2),
        ("It was a three-week siege.", "2019-09-12", "2019-08-23", 3),
        ("The road was cut for one day.", "2019-09-12", "2019-09-12", 1),
        ("The city suffered two years of war.", "2019-08-31", "2017-09-01", 3),
    ],
)
def test_anchor_duration_counts_both_ends(sentence: str, end: str, start: str, precision: int) -> None:
    span = anchor_duration(only(sentence), end=d(end))
    assert (span.start, span.end, span.time_precision) == (d(start), d(end), precision)


def test_anchor_duration_rejects_non_durations() -> None:
    with pytest.raises(ValueError, match="not a duration"):
        anchor_duration(only("Rebels shelled the village on Thursday."), end=REF)


def test_since_anchor() -> None:
    expr = only("Dozens have died since the alleged ceasefire.")
    span = since_anchor(expr, anchor=d("2019-08-20"), ref=REF)
    assert span == TimeSpan(d("2019-08-20"), REF, 3, "since the alleged ceasefire", expr.span)
    assert since_anchor(expr, anchor=d("2019-09-10"), ref=REF).time_precision == 2


def test_to_timespan_carries_the_evidence() -> None:
    expr = only("Rebels shelled the village on Monday.")
    assert to_timespan(expr) == TimeSpan(d("2019-09-09"), d("2019-09-09"), 1, "on Monday", expr.span)
    unresolved = to_timespan(only("Shelling resumed following the truce."))
    assert (unresolved.start, unresolved.end, unresolved.time_precision) == (None, None, 3)


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [("2019-09-12", "2019-09-12", 1), ("2019-09-11", "2019-09-12", 2), ("2019-09-05", "2019-09-12", 2), ("2019-09-04", "2019-09-12", 3)],
)
def test_range_precision(start: str, end: str, precision: int) -> None:
    assert range_precision(d(start), d(end)) == precision


def test_vocabulary_is_consistent() -> None:
    vocab = time_vocab()
    assert sorted(set(vocab.months.values())) == list(range(1, 13))
    assert sorted(vocab.weekdays.values()) == list(range(7))
    assert vocab.units == {"day": 1, "week": 7, "month": 30, "year": 365}
    assert all(1 <= lo <= hi <= 31 for lo, hi in vocab.parts.values())
    assert set(vocab.relations.values()) <= {"since", "after", "following", "before", "until", "during"}
    assert all(days > 0 for days in vocab.recent.values())
    assert set(vocab.calendar.values()) == {"prev_week", "prev_month", "prev_year", "month_to_date", "year_to_date", "weekend"}
    assert all(vocab.words[k] for k in ("determiner", "np_stop", "time_noun", "not_noun", "tod"))


def _acled_rows() -> list[dict[str, str]]:
    path = SHARED / "acled-kenya-2019" / "dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/data is not available")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if (r.get("notes") or "").startswith("On ")]


def test_acled_notes_dates_match_event_date() -> None:
    rows = _acled_rows()
    hits = 0
    for row in rows:
        ref = d(row["event_date"])
        points = [e for e in find_times(row["notes"][:120], 0, ref) if e.start is not None and e.start == e.end]
        hits += bool(points) and points[0].start == ref
    assert len(rows) > 200
    assert hits / len(rows) >= 0.9
