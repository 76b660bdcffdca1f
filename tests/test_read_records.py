"""Tests for frontwire.read.records: JSON objects, arrays and JSON Lines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read import ReadFailure, iter_path, read_record

FIXTURES = Path(__file__).parent / "fixtures" / "read"
FAKES = (
    Path(__file__).resolve().parents[2]
    / "shared" / "data" / "fakes-syria-news" / "fakes_syria_war_news.jsonl"
)  # fmt: skip

BODY = (
    "Militia fighters clashed with army units near the border crossing on Tuesday, and at "
    "least three fighters were killed, a military source said."
)


def test_jsonl_with_a_bad_line_in_the_middle() -> None:
    path = FIXTURES / "records_bad_middle.jsonl"
    items = list(iter_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article"]
    first, failure, last = items
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.line) == (str(path), 2)
    assert str(failure).startswith(f"{path}:2: invalid JSON at column")
    assert "\n" not in str(failure)
    assert first.headline == "Protesters block highway over fuel prices"
    assert (first.published, first.date_source) == (date(2021, 11, 8), "metadata")
    assert (first.outlet, first.url) == ("Daily Ledger", "https://ledger.example/a/1")
    assert first.source == f"{path}:1"
    assert last.headline == "Militia fighters clash with army near border crossing"
    assert (last.published, last.outlet) == (date(2021, 11, 9), "Frontier Times")
    assert last.source == f"{path}:3"


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Clash at the border", "text": BODY, "date": "2021-11-09", "outlet": "Ledger"},
        {"headline": "Clash at the border", "body": BODY, "date": "9 November 2021",
         "source": "Ledger"},
        {"title": "Clash at the border", "content": BODY, "date": "2021-11-09T10:00:00Z",
         "publisher": {"name": "Ledger"}},
    ],
)  # fmt: skip
def test_record_field_synonyms(record: dict[str, object]) -> None:
    article = read_record(record, source="r.json")
    assert article.headline == "Clash at the border"
    assert article.published == date(2021, 11, 9)
    assert article.outlet == "Ledger"
    assert [p.role for p in article.paragraphs] == ["headline", "body"]
    assert article.text == f"Clash at the border\n\n{BODY}"


def test_record_text_is_read_in_the_page_layout() -> None:
    text = (FIXTURES / "convoy_reuters.txt").read_text(encoding="utf-8")
    article = read_record({"text": text}, source="r.json", default_date=date(2000, 1, 1))
    assert article.headline == "Roadside bomb wounds four soldiers near Kandahar"
    assert (article.published, article.date_source) == (date(2021, 3, 3), "dateline")
    assert article.credited == ("Reuters",)


def test_record_title_already_heading_the_text_is_not_repeated() -> None:
    article = read_record({"title": "Clash at the border", "text": f"Clash at the border\n{BODY}"},
                          source="r.json")  # fmt: skip
    assert article.text.count("Clash at the border") == 1
    assert article.paragraphs[0].role == "headline"


def test_record_without_date_uses_default() -> None:
    article = read_record({"text": BODY}, source="r", default_date=date(2021, 1, 1))
    assert (article.published, article.date_source, article.headline) == (
        date(2021, 1, 1), "option", None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"title": "No text"}, "record has no text"),
        ({"text": "   "}, "record has no text"),
        ({"text": 42}, "field 'text' should be a string"),
        ({"text": BODY, "date": "sometime soon"}, "field 'date' is not a date"),
        ({"text": BODY, "outlet": ["a", "b"]}, "field 'outlet' should be the outlet's name"),
    ],
)
def test_bad_records(record: dict[str, object], problem: str) -> None:
    with pytest.raises(InputError) as caught:
        read_record(record, source="batch.jsonl:7")
    assert str(caught.value).startswith(f"batch.jsonl:7: {problem}")


def test_jsonl_failures_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.ndjson"
    lines = [
        json.dumps({"text": BODY}),
        "",
        json.dumps({"title": "only a title"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": BODY}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_path(path))
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [f.line for f in failures] == [3, 4]
    assert (
        str(failures[0]) == f"{path}:3: record has no text (give it a 'text', 'body' or "
        "'content' field)"
    )
    assert str(failures[1]) == f"{path}:4: expected a JSON object, got list"
    assert sum(isinstance(i, Article) for i in items) == 2


def test_json_array_yields_each_element(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": BODY}, {"text": ""}, {"body": BODY}]), encoding="utf-8")
    items = list(iter_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article"]
    failure = items[1]
    assert isinstance(failure, ReadFailure)
    assert (failure.line, failure.record) == (None, 1)
    assert str(failure).startswith(f"{path}[1]: record has no text")


def test_jsonl_line_over_the_cap_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    long_text = "word " * 400
    path.write_text(
        json.dumps({"text": BODY}) + "\n" + json.dumps({"text": long_text}) + "\n"
        + json.dumps({"text": BODY}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    items = list(iter_path(path, max_bytes=1000))
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article"]
    assert str(items[1]) == f"{path}:2: line is over the 1 kB limit"


def test_shared_corpus_reads_as_english_records() -> None:
    if not FAKES.exists():
        pytest.skip("../shared/data is not available")
    items = list(iter_path(FAKES))
    failures = [str(i) for i in items if isinstance(i, ReadFailure)]
    assert failures == []
    assert len(items) > 800
    articles = [i for i in items if isinstance(i, Article)]
    assert all(a.date_source == "metadata" for a in articles)
    assert all(a.headline for a in articles)
