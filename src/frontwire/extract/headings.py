"""Category headings: a report that opens with a short label and a colon ('Arrests: Police detained ...')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

MAX_LABEL_WORDS = 5
_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z\- ]{1,48}?)\s*:\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Heading:
    """A leading category label: the kind it names and where the text after it starts."""

    kind: str
    label: str
    end: int


def _word(word: str) -> str:
    """A label word in its singular form ('arrests', 'forces' -> 'arrest', 'force')."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def label_words(label: str) -> tuple[str, ...]:
    """A label as lowercase singular words."""
    return tuple(_word(w) for w in label.lower().split())


def find_heading(text: str, headings: Mapping[str, str]) -> Heading | None:
    """The kind named by a short label ending in a colon at the very start of the text, matched by the label's
    opening words ('Movement of forces: ...' -> mobilization); None when there is no such label."""
    m = _LABEL.match(text)
    if m is None:
        return None
    words = label_words(m.group(1))
    if not words or len(words) > MAX_LABEL_WORDS:
        return None
    best: tuple[int, str] | None = None
    for phrase, kind in headings.items():
        wanted = label_words(phrase)
        if words[: len(wanted)] == wanted and (best is None or len(wanted) > best[0]):
            best = (len(wanted), kind)
    return Heading(best[1], m.group(1), m.end()) if best else None
