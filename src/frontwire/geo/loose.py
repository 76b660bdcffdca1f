"""Loose name keys: consonant skeletons under which transliterations of one name meet (loose.tsv)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from frontwire.errors import ResourceError
from frontwire.geo.normalize import normalize_name

LOOSE_FILE = "loose.tsv"
# Shorter skeletons ("hm" for Hama) match too many unrelated places to be worth a guess.
MIN_SKELETON = 3
_KINDS = frozenset({"word", "drop", "text", "final", "glide", "vowel", "diphthong", "fold"})
_DOUBLES = re.compile(r"(.)\1+")
_ANY = "*"
_GLIDE_VOWELS = frozenset("aeiou")


@dataclass(frozen=True, slots=True)
class LooseRule:
    """One line of loose.tsv."""

    scope: frozenset[str] | None
    kind: str
    source: str
    target: str

    def applies_to(self, country: str) -> bool:
        """True when the rule is global or lists `country`."""
        return self.scope is None or country in self.scope


@dataclass(frozen=True, slots=True)
class LooseRules:
    """The rules of loose.tsv that apply in one country, compiled."""

    words: dict[str, tuple[str, ...]]
    drops: frozenset[str]
    texts: tuple[tuple[str, str], ...]
    finals: tuple[str, ...]
    glides: str
    vowels: dict[int, None]
    diphthongs: tuple[tuple[str, str], ...] = ()
    folds_vowels: bool = False  # names here are romanised from Arabic: spellings may differ in vowels only

    def token(self, token: str) -> str:
        """One token's skeleton ('' if nothing is left)."""
        for source, target in self.texts:
            if source in token:
                token = token.replace(source, target)
        for final in self.finals:
            if token.endswith(final) and len(token) > len(final):
                token = token[: -len(final)]
        if self.glides:
            token = token[:1] + "".join(c for c in token[1:] if c not in self.glides)
        return token.translate(self.vowels)

    def glide_token(self, token: str) -> str:
        """One token's consonants with its glides kept ('tweim' and 'tuwaym' both give 'twym')."""
        for source, target in self.texts:
            if source in token:
                token = token.replace(source, target)
        for source, target in self.diphthongs:
            if source in token:
                token = token.replace(source, target)
        if len(token) > 1 and token.endswith("y") and token[-2] not in _GLIDE_VOWELS:
            token = token[:-1]  # a final y after a consonant is a vowel ('Kelly')
        for final in self.finals:
            if token.endswith(final) and len(token) > len(final):
                token = token[: -len(final)]
        # Only letters written twice in a row are one: 'Janinah' keeps the two n its vowels part.
        return _DOUBLES.sub(r"\1", token).translate(self.vowels)


def _parse_line(number: int, line: str) -> LooseRule:
    parts = line.split("\t")
    if len(parts) != 4 or parts[1] not in _KINDS or not parts[2]:
        raise ResourceError(
            f"{LOOSE_FILE} line {number}: expected 'scope<TAB>kind<TAB>from<TAB>to' with kind in "
            f"{sorted(_KINDS)}, got {line!r}"
        )
    scope_text, kind, source, target = parts
    scope = None if scope_text == _ANY else frozenset(s.strip() for s in scope_text.split(","))
    return LooseRule(scope, kind, source, target)


@cache
def load_loose_rules() -> tuple[LooseRule, ...]:
    """Every rule of the packaged loose.tsv, in file order (read once)."""
    text = resources.files("frontwire.data.gazetteer").joinpath(LOOSE_FILE).read_text("utf-8")
    return tuple(
        _parse_line(number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line and not line.startswith("#")
    )


@cache
def rules_for(country: str) -> LooseRules:
    """The compiled rules that apply to names in `country` (ISO2)."""
    rules = [r for r in load_loose_rules() if r.applies_to(country)]
    return LooseRules(
        words={r.source: tuple(r.target.split()) for r in rules if r.kind == "word"},
        drops=frozenset(r.source for r in rules if r.kind == "drop"),
        texts=tuple((r.source, r.target) for r in rules if r.kind == "text"),
        finals=tuple(r.source for r in rules if r.kind == "final"),
        glides="".join(r.source for r in rules if r.kind == "glide"),
        vowels=dict.fromkeys(ord(c) for r in rules if r.kind == "vowel" for c in r.source),
        diphthongs=tuple((r.source, r.target) for r in rules if r.kind == "diphthong"),
        folds_vowels=any(r.kind == "fold" for r in rules),
    )


def _expand(tokens: Iterable[str], rules: LooseRules) -> list[str]:
    words = rules.words
    expanded: list[str] = []
    for token in tokens:
        expanded.extend(words.get(token, (token,)))
    return [token for token in expanded if token not in rules.drops]


@lru_cache(maxsize=65_536)
def skeleton_of_key(key: str, country: str, minimum: int = MIN_SKELETON) -> str | None:
    """The loose key of an exact key (normalize_name's output), or None if shorter than `minimum` or not
    Latin. A shorter minimum serves searches already narrowed to one province."""
    if not key or not key.isascii():
        return None
    rules = rules_for(country)
    parts = [rules.token(token) for token in _expand(key.split(), rules)]
    joined = "".join(parts)
    if len(joined) < minimum:
        return None
    return _DOUBLES.sub(r"\1", joined)


@lru_cache(maxsize=65_536)
def glide_key(key: str, country: str) -> str:
    """An exact key's consonants with the glides w and y kept, a finer skeleton than the loose key for
    telling apart places that share one ('Tweim' is 'Tuwaym', not 'Tamah'); '' if not Latin."""
    if not key or not key.isascii():
        return ""
    rules = rules_for(country)
    return "".join(rules.glide_token(token) for token in _expand(key.split(), rules))


def loose_key(name: str, country: str) -> str | None:
    """The loose key of a place name in `country`: 'Kafr Zeita' and 'Kafr Zayta' share one."""
    return skeleton_of_key(normalize_name(name), country.upper())


def filed_key(skeleton: str, country: str) -> str:
    """The string a skeleton is hashed under: loose keys are only ever compared within a country."""
    return f"{country}:{skeleton}"


# Vowel spellings of Arabic names that transliterations trade (vowel_folded), in order: the -iyah ending
# family, a final -ah/-eh/-e, the diphthongs before a consonant or the end, then single vowels.
_FOLD_IYAH = re.compile(r"(?<=[a-z])(?:iy+|ey+|i|e)(?:a|e|i)h?$")
_FOLD_FINAL = re.compile(r"(?<=[a-z])(?:[ae]h|e)$")
_FOLD_AY = re.compile(r"(?:ay|ai|ei|ey)(?![aeiouy])")
_FOLD_AW = re.compile(r"(?:aw|au|ow|ou)(?![aeiouw])")
_FOLD_VOWELS = str.maketrans("oe", "ui")
# The short u of the diminutive CuCayC that news leaves out ('Tweir' for 'Tuwayr'), once the rest is folded.
_FOLD_DIMINUTIVE = re.compile(r"^([^aeiu])u(?=[^aeiu]i)")


@lru_cache(maxsize=65_536)
def vowel_folded(key: str) -> str:
    """A normalised spelling with the vowels transliterations of Arabic trade made one: 'Modira' and
    'Mudayra', 'Deir' and 'Dayr', 'Salhiyeh' and 'Salhiya', 'Jdeira' and 'Judayra' fold alike (the consonants
    are kept)."""
    words = []
    for word in key.split():
        word = _FOLD_IYAH.sub("iya", word)
        word = _FOLD_FINAL.sub("a", word)
        word = _FOLD_AW.sub("u", _FOLD_AY.sub("i", word))
        word = _DOUBLES.sub(r"\1", word.translate(_FOLD_VOWELS))
        words.append(_FOLD_DIMINUTIVE.sub(r"\1", word))
    return " ".join(words)
