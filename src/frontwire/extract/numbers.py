"""Counts written in English ("1,200", "1.5 million", "two hundred and fifty", "dozens"): parsing and finding them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources

from frontwire.errors import ResourceError

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?)"
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|or)\s*")
_BETWEEN_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0]+")
_TOKEN_SPLIT = re.compile(r"[\s-]+")


@dataclass(frozen=True, slots=True)
class NumberVocab:
    """The number words of numbers.tsv, grouped by kind."""

    cardinals: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    multipliers: frozenset[str]
    zero: frozenset[str]
    articles: frozenset[str]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A count found in text, with offsets into that text.

    A range ("between 5 and 8", "5 or 6", "5-8") keeps its lower bound as value and its upper bound as high.
    """

    start: int
    end: int
    text: str
    value: int
    high: int | None = None
    vague: bool = False

    @property
    def is_range(self) -> bool:
        """Whether the count was given as a range of two figures."""
        return self.high is not None


def data_rows(filename: str) -> list[list[str]]:
    """The tab-separated rows of a data file in frontwire.data, without comments, blank lines or the header."""
    try:
        text = resources.files("frontwire.data").joinpath(filename).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(f"data file {filename} cannot be read: {exc}") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@cache
def number_vocab() -> NumberVocab:
    """The number vocabulary, loaded once from numbers.tsv."""
    groups: dict[str, dict[str, int]] = {}
    for row in data_rows("numbers.tsv"):
        if len(row) != 3:
            raise ResourceError(f"numbers.tsv: bad row {row!r}")
        phrase, value, kind = row
        groups.setdefault(kind, {})[phrase] = int(value)
    cardinals = {**groups.get("unit", {}), **groups.get("teen", {}), **groups.get("tens", {})}
    return NumberVocab(
        cardinals=cardinals,
        scales=groups.get("scale", {}),
        vague=groups.get("vague", {}),
        multipliers=frozenset(groups.get("multiplier", {})),
        zero=frozenset(groups.get("zero", {})),
        articles=frozenset(groups.get("article", {})),
    )


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, with flexible inner whitespace."""
    phrases = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@cache
def word_number_pattern() -> str:
    """Regex source for a cardinal written in digits or words ("12", "1,200", "twenty-three", "two hundred and five").

    It has no groups and no boundary checks, so other patterns can embed it.
    """
    vocab = number_vocab()
    word = alternation([*vocab.cardinals, *vocab.scales])
    scale = alternation(vocab.scales)
    and_after_scale = "|".join(f"(?<={re.escape(s)})" for s in vocab.scales)
    # a bare scale word is no count ("the score", "dozen"): it needs a cardinal or "a" before it
    seq = rf"(?:{alternation(vocab.cardinals)})(?:[\s-]+(?:{word})|(?:{and_after_scale})\s+and\s+(?:{word}))*"
    return rf"(?:{_DIGITS}(?:\s+(?:{scale}))?|(?:a|an)\s+(?:{scale})(?:\s+and\s+{seq})?|{seq})"


@cache
def _number_regex() -> re.Pattern[str]:
    vocab = number_vocab()
    plural_scale = alternation(w for w in vocab.vague if w.endswith("s") and w[:-1] in vocab.scales)
    plural_word = alternation(w for w in vocab.vague if w.endswith("s") and " " not in w)
    compound = rf"(?:{plural_word})\s+of\s+(?:{plural_scale})"
    multiplied = rf"(?:{alternation(vocab.multipliers)})\s+(?:{alternation(vocab.scales)})"
    alternatives = [compound, multiplied, word_number_pattern(), alternation(vocab.vague), alternation(vocab.zero)]
    body = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"(?<![\w.,:])(?<![^\W\d]-)(?:{body})(?!\w|-[^\W\d]|[.,]\d|%|:\d)", re.IGNORECASE)


def _normalise(words: str) -> str:
    text = _SPACES.sub(" ", words.strip().lower())
    return text[:-3] if text.endswith(" of") and text not in number_vocab().vague else text


def _parse_digits(text: str, scales: dict[str, int]) -> int | None:
    head, _, tail = text.partition(" ")
    if tail and tail not in scales:
        return None
    try:
        amount = Decimal(head.replace(",", ""))
    except InvalidOperation:
        return None
    scaled = amount * scales.get(tail, 1)
    return int(scaled) if scaled == scaled.to_integral_value() else None


def _parse_words(text: str, vocab: NumberVocab) -> int | None:
    raw = [t for t in _TOKEN_SPLIT.split(text) if t]
    if not raw or "and" in (raw[0], raw[-1]):
        return None
    tokens = [t for t in raw if t != "and"]
    if tokens[0] in vocab.articles and len(tokens) > 1 and tokens[1] in vocab.scales:
        tokens[0] = "one"
    if tokens[0] not in vocab.cardinals:
        return None
    total, current = 0, 0
    for tok in tokens:
        if tok in vocab.cardinals:
            current += vocab.cardinals[tok]
        elif tok in vocab.scales and vocab.scales[tok] < 1000:
            current = max(current, 1) * vocab.scales[tok]
        elif tok in vocab.scales:
            total += max(current, 1) * vocab.scales[tok]
            current = 0
        else:
            return None
    return total + current


def _parse_vague(text: str, vocab: NumberVocab) -> int | None:
    if text in vocab.vague:
        return vocab.vague[text]
    first, sep, rest = text.partition(" of ")
    if sep and first in vocab.vague and rest in vocab.vague:
        return vocab.vague[first] * vocab.vague[rest]
    for mult in vocab.multipliers:
        if text.startswith(mult + " ") and text[len(mult) + 1 :] in vocab.scales:
            return vocab.scales[text[len(mult) + 1 :]]
    return None


def parse_number(words: str) -> int | None:
    """The count a number phrase stands for, or None when it is not one.

    Digits with commas and decimals with a scale ("1.5 million"), number words ("two hundred and fifty"),
    vague quantities by ACLED's conservative rules ("dozens" 12, "several" 10), "a"/"an" (1),
    and words for nobody ("no one", "nobody": 0).
    """
    vocab = number_vocab()
    text = _normalise(words)
    if not text:
        return None
    if text in vocab.zero:
        return 0
    if text in vocab.articles:
        return 1
    if text[0].isdigit():
        return _parse_digits(text, vocab.scales)
    vague = _parse_vague(text, vocab)
    return vague if vague is not None else _parse_words(text, vocab)


def _is_vague(text: str) -> bool:
    vocab = number_vocab()
    norm = _normalise(text)
    return _parse_vague(norm, vocab) is not None and norm not in vocab.cardinals


def _atoms(text: str) -> list[NumberMatch]:
    found: list[NumberMatch] = []
    for m in _number_regex().finditer(text):
        value = parse_number(m.group())
        if value is not None:
            found.append(NumberMatch(m.start(), m.end(), m.group(), value, vague=_is_vague(m.group())))
    return found


def _join_range(text: str, low: NumberMatch, high: NumberMatch) -> NumberMatch | None:
    """Two adjacent counts read as one range, or None when they are separate."""
    if low.vague or high.vague or high.value < low.value:
        return None
    gap = text[low.end : high.start]
    if _BETWEEN_GAP.fullmatch(gap):
        between = _BETWEEN_BEFORE.search(text, max(0, low.start - 12), low.start)
        if between is None:
            return None
        start = between.start()
    elif _RANGE_GAP.fullmatch(gap) and not _FROM_BEFORE.search(text, max(0, low.start - 8), low.start):
        start = low.start
    else:
        return None
    return NumberMatch(start, high.end, text[start : high.end], low.value, high=high.value)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every count in text, in order; ranges ("between 5 and 8", "5 or 6") come back as one match.

    Numbers glued to a following word ("12-year-old", "3rd") and times ("10:30") are not counts.
    Lone articles ("a", "an") are left to callers, who know which nouns make them a count.
    """
    atoms = _atoms(text)
    merged: list[NumberMatch] = []
    i = 0
    while i < len(atoms):
        joined = _join_range(text, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        merged.append(joined or atoms[i])
        i += 2 if joined else 1
    return merged
