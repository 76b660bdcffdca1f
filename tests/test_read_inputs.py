"""Tests for frontwire.read.inputs: paths, stdin, byte strings and format sniffing."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read import ReadFailure, iter_path, read_bytes, read_path, sniff

FIXTURES = Path(__file__).parent / "fixtures" / "read"
PLAIN = (FIXTURES / "plain_no_layout.txt").read_text(encoding="utf-8")


class _Stdin:
    """Stands in for sys.stdin: only .buffer is read."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <html lang='en'><p>x</p></html>", "html"),
        ("Some words first\n<body><p>x</p></body>", "html"),
        ('{"text": "x"}', "json"),
        ('{\n  "text": "x"\n}', "json"),
        ('{"text": "x"}\n{"text": "y"}\n', "jsonl"),
        ('[{"text": "x"}]', "json"),
        ("[Updated] Police dispersed a crowd.", "text"),
        (PLAIN, "text"),
    ],
)
def test_sniff(text: str, kind: str) -> None:
    assert sniff(text) == kind


def test_read_bytes_reads_a_single_json_record() -> None:
    data = json.dumps({"title": "Crowd dispersed outside ministry", "text": PLAIN,
                       "date": "2022-02-02"}).encode()  # fmt: skip
    article = read_bytes(data, source="one.json")
    assert article.headline == "Crowd dispersed outside ministry"
    assert article.published == date(2022, 2, 2)
    assert article.source == "one.json"


def test_read_bytes_reads_plain_text() -> None:
    article = read_bytes(PLAIN.encode(), source="p.txt", default_date=date(2022, 2, 2))
    assert len(article.body()) == 3
    assert article.date_source == "option"


def test_missing_file() -> None:
    path = FIXTURES / "no_such_article.txt"
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value) == f"{path}: no such file"
    with pytest.raises(InputError, match="no such file"):
        iter_path(FIXTURES / "no_such_batch.jsonl")  # raised before any item is asked for


@pytest.mark.parametrize("name", ["folder", "folder.jsonl"])
def test_directory_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.mkdir()
    with pytest.raises(InputError, match=rf"{name}: is a directory, not a file"):
        iter_path(path)


def test_read_path_refuses_a_file_of_several_articles() -> None:
    with pytest.raises(InputError, match="holds more than one article"):
        read_path(FIXTURES / "records_bad_middle.jsonl", max_bytes=10_000)


def test_read_path_raises_the_first_failure(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text('{"text": \n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value).startswith(f"{path}:1: invalid JSON")


def test_read_path_on_an_empty_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"none\.jsonl: holds no articles"):
        read_path(path)


def test_html_suffix_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "story.htm"
    path.write_text(f"<p>{PLAIN}</p>", encoding="utf-8")
    article = read_path(path)
    assert "<p>" not in article.text
    assert article.body()[0].text.startswith("Police dispersed a crowd")


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(PLAIN.encode("utf-16")))
    article = read_path("-")
    assert article.source == "<stdin>"
    assert article.text == PLAIN.strip()


def test_stdin_json_lines_are_streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"text": PLAIN}), "{broken", json.dumps({"text": PLAIN})]
    monkeypatch.setattr(sys, "stdin", _Stdin("\n".join(lines).encode()))
    items = list(iter_path("-"))
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article"]
    failure = items[1]
    assert isinstance(failure, ReadFailure)
    assert str(failure).startswith("<stdin>:2: invalid JSON")
    assert isinstance(items[2], Article) and items[2].source == "<stdin>:3"


def test_stdin_over_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(PLAIN.encode() * 10))
    with pytest.raises(InputError, match="<stdin>: input is over the 1 kB limit"):
        read_path("-", max_bytes=1000)
