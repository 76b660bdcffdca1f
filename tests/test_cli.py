"""The command line: briefs, JSON Lines batches, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hama_airstrike.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m frontwire ARGS` and capture its output."""
    return subprocess.run([sys.executable, "-m", "frontwire", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=300, check=False)


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    big = tmp / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    french = tmp / "french.txt"
    french.write_text("Les habitants du village ont fui vers le nord après une nuit de bombardements, "
                      "selon les autorités locales qui demandent une aide urgente pour les familles.", encoding="utf-8")
    return {"empty": (empty, "empty"), "binary": (binary, "binary"), "big": (big, "limit"),
            "missing": (tmp / "nowhere.txt", "no such file"), "french": (french, "English")}


@pytest.mark.parametrize("case", ["empty", "binary", "big", "missing", "french"])
def test_bad_input_gives_one_line_error(tmp_path: Path, case: str) -> None:
    path, words = _bad_inputs(tmp_path)[case]
    result = run("brief", str(path))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert path.name in lines[0] and words.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_other_encodings_are_decoded(tmp_path: Path, encoding: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("’", "'")
    path = tmp_path / f"example-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    result = run("brief", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article"]["headline"] == text.splitlines()[0]


def test_brief_prints_a_readable_brief() -> None:
    result = run("brief", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert "EVENTS" in result.stdout and "Air/drone strike" in result.stdout and "Kafr Zita" in result.stdout


def test_jsonl_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    good = {"title": "Shelling hits market in Mosul", "date": "2017-03-02",
            "text": "Mortar shells fired by Islamic State militants hit a market in western Mosul on Wednesday, "
                    "killing four civilians, police said."}
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([json.dumps(good), "{not json", json.dumps({**good, "title": "Second"})]) + "\n",
                    encoding="utf-8")
    result = run("brief", str(path), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error") is not None for r in rows] == [False, True, False]
    assert rows[1]["line"] == 2
    assert rows[0]["events"][0]["event_type"] == "Explosions/Remote violence"


def test_text_without_dateline_uses_the_date_option(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Gunmen killed two farmers near the village of Kutum on Monday, residents said.\n", encoding="utf-8")
    result = run("brief", str(path), "--json", "--date", "2021-05-12")
    out = json.loads(result.stdout)
    assert out["article"]["published"] == "2021-05-12" and out["article"]["date_source"] == "option"
    assert out["events"][0]["time"]["start"] == "2021-05-10"


def test_stdin_is_read(tmp_path: Path) -> None:
    result = run("brief", "-", "--json", "--date", "2021-05-12",
                 stdin=b"Troops clashed with rebels in Kidal on Sunday, killing three soldiers, officials said.\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["events"][0]["event_type"] == "Battles"
