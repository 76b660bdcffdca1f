"""Turning input bytes into normalised English text: size cap, binary check, encodings, language."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from frontwire.errors import InputError
from frontwire.read.vocab import function_words

DEFAULT_MAX_BYTES = 20_000_000

_BOMS_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_C1_BYTES = bytes(range(0x80, 0xA0))
# Bytes that never occur in text: C0 controls other than tab, newlines and form feed, and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.02
_SNIFF_BYTES = 65_536

_NEWLINES = re.compile(r"\r\n?|[\u0085\u2028\u2029]")
_SPACES = re.compile(r"[\u00a0\u2007\u202f]")
_TRAILING = re.compile(r"[^\S\n]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")

_LANGUAGE_SAMPLE = 4000
_PREFIXED_NAME = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|ath|az|ibn|bin|abu|umm|de|la|le|da|di)[-‑’']\w+",
                            re.IGNORECASE)
_MIN_WORDS_TO_JUDGE = 12
_MIN_ENGLISH_SHARE = 0.12
_MIN_FOREIGN_SHARE = 0.15
_MIN_WORDS_TO_JUDGE_UNNAMED = 40
_MAX_NON_LATIN_SHARE = 0.3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_RANGES = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_LATIN_LETTER = re.compile(rf"[{_LATIN_RANGES}]")
_NON_LATIN_LETTER = re.compile(rf"[^\W\d_{_LATIN_RANGES}]")
_SCRIPT_NAMES = {
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
}


def read_capped(stream: BinaryIO, *, source: str, max_bytes: int) -> bytes:
    """Read at most max_bytes from a stream, refusing a stream that holds more."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(source, f"input is over the {format_size(max_bytes)} limit")
    return data


def check_file(path: Path, *, source: str) -> int:
    """The size of a file that exists and is not a directory; InputError otherwise."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror})") from exc
    if path.is_dir():
        raise InputError(source, "is a directory, not a file")
    return size


def read_file_bytes(path: Path, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, after checking that it exists and is within the size cap."""
    size = check_file(path, source=source)
    if size > max_bytes:
        raise InputError(
            source, f"file is {format_size(size)}, over the {format_size(max_bytes)} limit"
        )
    try:
        with path.open("rb") as stream:
            return read_capped(stream, source=source, max_bytes=max_bytes)
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror})") from exc


def format_size(size: int) -> str:
    """A byte count as people read it: "52.4 MB", "20 MB", "900 bytes"."""
    if size < 1000:
        return f"{size} bytes"
    unit, scale = ("MB", 1e6) if size >= 1_000_000 else ("kB", 1e3)
    return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode the bytes of a text file (UTF-8, UTF-16 with BOM, Windows-1252/Latin-1, ...)."""
    if not data.strip():
        raise InputError(source, "file is empty")
    if data.startswith(_BOMS_UTF16):
        return _decode_strict(data, "utf-16", source=source)
    if _looks_binary(data):
        raise InputError(source, "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _decode_strict(data: bytes, encoding: str, *, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"is not valid {encoding.upper()} ({exc.reason})") from exc


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _decode_legacy(data: bytes) -> str:
    """Decode text that is not UTF-8: Windows-1252 unless the bytes are plainly another script."""
    if len(data.translate(None, _C1_BYTES)) < len(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass  # one of the five bytes cp1252 leaves undefined: let the detector decide
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None:
        guessed = str(guess)
        # Latin-script guesses (cp1250, latin-2, ...) are a detector's coin toss on English text;
        # only a non-Latin script is worth trusting over Windows-1252.
        if _non_latin_share(guessed[:_LANGUAGE_SAMPLE]) > _MAX_NON_LATIN_SHARE:
            return guessed
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def normalise_text(text: str) -> str:
    """NFC, "\\n" line ends, plain spaces, no trailing blanks, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).lstrip("\ufeff")
    text = _NEWLINES.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n")


def check_english(text: str, source: str) -> None:
    """Raise InputError when a text is plainly not English; short texts are given the benefit."""
    sample = text[:_LANGUAGE_SAMPLE]
    if _non_latin_share(sample) > _MAX_NON_LATIN_SHARE:
        raise InputError(source, f"text is not in English (looks like {_script_of(sample)})")
    # Names say nothing of the language around them: drop capitalised words and article-prefixed
    # transliterations such as "al-Aswad", whose "al" would otherwise count as Spanish.
    running = _PREFIXED_NAME.sub(" ", sample)
    words = [w.lower() for w in _WORD.findall(running) if not w[:1].isupper()]
    if len(words) < _MIN_WORDS_TO_JUDGE:
        return
    shares = {lang: _share(words, vocab) for lang, vocab in function_words().items()}
    english = shares.pop("English", 0.0)
    best = max(shares, key=shares.__getitem__, default=None)
    # Running text in any language is a fifth or more function words; headlines are not.
    if best is not None and shares[best] > max(english, _MIN_FOREIGN_SHARE):
        raise InputError(source, f"text is not in English (looks like {best})")
    if english < _MIN_ENGLISH_SHARE and len(words) >= _MIN_WORDS_TO_JUDGE_UNNAMED:
        raise InputError(source, "text is not in English (looks like another language)")


def _share(words: list[str], vocab: frozenset[str]) -> float:
    return sum(1 for w in words if w in vocab) / len(words)


def _non_latin_share(sample: str) -> float:
    if sample.isascii():
        return 0.0
    letters = len(_LETTER.findall(sample))
    if not letters:
        return 0.0
    return len(_NON_LATIN_LETTER.findall(sample)) / letters


def _script_of(sample: str) -> str:
    """The name of the commonest non-Latin script among the sample's letters."""
    counts: dict[str, int] = {}
    for char in _LETTER.findall(sample):
        if not _LATIN_LETTER.match(char):
            script = unicodedata.name(char, "UNKNOWN").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    script = max(counts, key=counts.__getitem__)
    return _SCRIPT_NAMES.get(script, script.title())
