"""Tests for frontwire.read.decode: size cap, binary check, encodings, normalisation, language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from frontwire.errors import InputError
from frontwire.read import check_english, decode_bytes, normalise_text, read_bytes, read_path
from frontwire.read.decode import format_size

# Invented for these tests: English, with accents that Latin-1 can hold.
LATIN1_ORIGINAL = (
    "The café near the old bazaar was damaged when a shell hit the street on Sunday.\n\n"
    "Residents said the façade of the mosque next to it had collapsed, and that the owner, "
    "José Ibáñez, was taken to hospital with injuries to his arm."
)
# Curly quotes exist in Windows-1252 (0x93, 0x94) but not in Latin-1.
CP1252_ORIGINAL = (
    "The governor said the attack on the café was “a crime against civilians” and that "
    "the army would respond.\n\nHe added that at least three people had been wounded in the "
    "blast, which destroyed two shops on the main road."
)


@pytest.mark.parametrize(
    ("original", "encoding"),
    [
        (LATIN1_ORIGINAL, "latin-1"),
        (CP1252_ORIGINAL, "cp1252"),
        (CP1252_ORIGINAL, "utf-16"),
        (LATIN1_ORIGINAL, "utf-16"),
        (CP1252_ORIGINAL, "utf-8-sig"),
        (CP1252_ORIGINAL, "utf-8"),
    ],
)
def test_encodings_decode_to_the_utf8_original(original: str, encoding: str) -> None:
    data = original.encode(encoding)
    assert decode_bytes(data, source="x.txt") == original
    assert read_bytes(data, source="x.txt").text == read_bytes(original.encode(), source="y").text


def test_cp1252_file_has_the_curly_quote_bytes(tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_bytes(CP1252_ORIGINAL.encode("cp1252"))
    assert b"\x93" in path.read_bytes()
    assert read_path(path).text == normalise_text(CP1252_ORIGINAL)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n"])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"empty\.txt: file is empty"):
        read_path(path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.bin.txt"
    path.write_bytes(bytes(range(256)) * 4 + os.urandom(2048))
    with pytest.raises(InputError, match=r"noise\.bin\.txt: looks like a binary file, not text"):
        read_path(path)


def test_control_characters_without_nul_are_binary() -> None:
    data = b"Some words \x01\x02\x03\x04\x05\x06\x07 and more \x1b\x1c\x1d\x1e" * 20
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, source="ctl.txt")


def test_large_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: nothing is written
    opened: list[Path] = []
    real_open = Path.open

    def spy_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy_open)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value) == f"{path}: file is 52.4 MB, over the 20 MB limit"
    assert path not in opened


def test_size_cap_is_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text(LATIN1_ORIGINAL, encoding="utf-8")
    with pytest.raises(InputError, match=r"small.txt: file is 2\d\d bytes, over the 100 bytes"):
        read_path(path, max_bytes=100)
    with pytest.raises(InputError, match="over the 100 bytes limit"):
        read_bytes(LATIN1_ORIGINAL.encode(), source="mem", max_bytes=100)


@pytest.mark.parametrize(
    ("size", "shown"),
    [(52_428_800, "52.4 MB"), (20_000_000, "20 MB"), (1500, "1.5 kB"), (999, "999 bytes")],
)
def test_format_size(size: int, shown: str) -> None:
    assert format_size(size) == shown


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("ten\u00a0km and 5\u202fkm", "ten km and 5 km"),
        ("line   \nnext\t\n", "line\nnext"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("one\n   \n \n\ntwo", "one\n\ntwo"),
        ("\ufeffcafe\u0301", "café"),
        ("\n\nstart", "start"),
    ],
)
def test_normalise_text(raw: str, normalised: str) -> None:
    assert normalise_text(raw) == normalised


FRENCH = (
    "Des tirs ont frappé le marché de la ville lundi matin, faisant six morts selon un médecin. "
    "Les habitants ont dit que les obus sont tombés après l'ouverture des étals et que la "
    "clinique manquait de matériel pour soigner les blessés."
)
ARABIC = "قصفت المدفعية السوق المركزي في المدينة صباح يوم الاثنين مما أدى إلى مقتل ستة أشخاص"
RUSSIAN = "Артиллерия обстреляла центральный рынок города в понедельник утром, погибли шесть"


@pytest.mark.parametrize(
    ("text", "looks_like"),
    [(FRENCH, "French"), (ARABIC, "Arabic"), (RUSSIAN, "Cyrillic")],
)
def test_check_english_refuses_other_languages(text: str, looks_like: str) -> None:
    with pytest.raises(InputError) as caught:
        check_english(text, "report.txt")
    assert str(caught.value) == f"report.txt: text is not in English (looks like {looks_like})"


@pytest.mark.parametrize(
    "text",
    [
        LATIN1_ORIGINAL,
        "Car bomb kills nine near Qamishli checkpoint Monitor AFP Friday 3 Feb 2017 Print Tweet",
        "Idlib",
    ],
)
def test_check_english_accepts_english_and_short_headlines(text: str) -> None:
    check_english(text, "report.txt")


@pytest.mark.parametrize("name", ["not_english_fr.txt", "not_english_de.txt"])
def test_foreign_file_is_refused_with_its_name(name: str) -> None:
    path = Path(__file__).parent / "fixtures" / "read" / name
    with pytest.raises(InputError, match=rf"{name}: text is not in English \(looks like \w+\)"):
        read_path(path)


def test_non_utf8_cyrillic_is_decoded_then_refused() -> None:
    data = (RUSSIAN + ". " + RUSSIAN).encode("cp1251")
    with pytest.raises(InputError, match="looks like Cyrillic"):
        read_bytes(data, source="ru.txt")
