"""End-to-end tests of the `eval` commands (acled, plover, geo, seed) on tiny invented gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from frontwire.api import Resources, load_resources
from frontwire.commands import eval as eval_commands
from frontwire.commands.eval import (
    Job,
    code_outputs,
    eval_group,
    expected_path,
    focus_country,
    read_jsonl,
)
from frontwire.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@click.group()
@click.pass_context
def root(ctx: click.Context) -> None:
    ctx.obj = {"config": None, "model": None}


root.add_command(eval_group, name="eval")


@pytest.fixture
def run(resources: Resources, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(eval_commands, "_resources", lambda _settings: resources)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(root, ["eval", *args], catch_exceptions=True)

    return invoke


def _json(result: Result) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_acled_json_report(run: Any) -> None:
    data = _json(run("acled", str(FIXTURES / "acled_me.jsonl"), "--json"))
    assert data["rows"] == 3
    assert data["metrics"]["coverage"]["n"] == 3 and data["metrics"]["actor2"]["n"] == 2
    assert data["metrics"]["sub_event_type"]["n"] == 1
    assert "Riots/Protests" in data["confusion"]["gold"]
    assert data["confusion"]["predicted"][-1] == "(none)"
    assert all(0.0 <= m["ci95"][0] <= m["ci95"][1] <= 1.0 for m in data["metrics"].values())


def test_acled_text_report_and_progress(run: Any) -> None:
    result = run("acled", str(FIXTURES / "acled_kenya.jsonl"))
    assert result.exit_code == 0, result.output
    assert "95% CI" in result.stdout and "confusion matrix" in result.stdout
    assert "coded 2/2 rows" in result.stderr


@pytest.mark.parametrize(("args", "rows"), [(["--country", "kenya"], 2), (["--country", "Syria"], 0),
                                            (["--limit", "1"], 1), (["--sample", "1", "--seed", "3"], 1)])
def test_acled_row_selection(run: Any, args: list[str], rows: int) -> None:
    assert _json(run("acled", str(FIXTURES / "acled_kenya.jsonl"), "--json", *args))["rows"] == rows


def test_acled_sample_is_reproducible(run: Any) -> None:
    path = str(FIXTURES / "acled_me.jsonl")
    first = _json(run("acled", path, "--json", "--sample", "2", "--seed", "5"))
    again = _json(run("acled", path, "--json", "--sample", "2", "--seed", "5"))
    assert first["metrics"] == again["metrics"] and first["worst"] == again["worst"]


def test_plover_report(run: Any) -> None:
    data = _json(run("plover", str(FIXTURES / "plover.jsonl"), "--json"))
    assert data["rows"] == 3 and data["metrics"]["event"]["n"] == 3
    assert data["metrics"]["target_actor"]["n"] == 2
    assert {row["label"] for row in data["labels"]} >= {"AGREE", "ASSAULT", "PROTEST"}


def test_geo_report(run: Any) -> None:
    data = _json(run("geo", str(FIXTURES / "geo.jsonl"), "--json"))
    assert data["rows"] == 2 and data["metrics"]["recognition_recall"]["n"] == 5
    assert "recognition_f1" in data["values"]


def test_seed_text_and_json(run: Any) -> None:
    article = str(FIXTURES / "seed_article.txt")
    text = run("seed", article)
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith("events: recall") and "places:" in text.stdout
    data = _json(run("seed", article, "--json"))
    assert data["required"] == 1 and data["places_total"] == 1 and data["quotes_total"] == 1


def test_seed_missing_article_is_an_input_error(run: Any, tmp_path: Path) -> None:
    result = run("seed", str(tmp_path / "nothing.txt"))
    assert isinstance(result.exception, InputError)


def test_bad_jsonl_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": 1}\n\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:3"):
        read_jsonl(bad)
    bad.write_text("{nope\n", encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        read_jsonl(bad)


def test_code_outputs_keeps_order_across_hints_and_skips_unread(resources: Resources) -> None:
    from frontwire.read import read_record

    texts = ["Gunmen attacked a bus near Mombasa.", "Protesters marched in Aleppo.", "Troops shelled Idlib."]
    articles = [read_record({"text": t, "date": "2020-01-02"}, source=str(i)) for i, t in enumerate(texts)]
    jobs = [Job(articles[0], "KE"), Job(None, "SY"), Job(articles[1], "SY"), Job(articles[2], None)]
    seen: list[int] = []
    outputs = code_outputs(jobs, resources, progress=seen.append)
    assert outputs[1] is None and all(o is not None for i, o in enumerate(outputs) if i != 1)
    assert [o["article"]["paragraphs"][0]["text"] for o in outputs if o] == texts
    assert seen[-1] == 4


def test_seed_helpers() -> None:
    assert expected_path(Path("a/b/x.txt")) == Path("a/b/x.expected.json")
    places = [{"country": "SY"}, {"country": "RU"}, {"country": "SY"}, {"country": None}]
    assert focus_country({"places": places}) == "SY"
    assert focus_country({"places": []}) is None
