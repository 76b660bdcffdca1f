"""Place-name normalisation: the lookup keys under which the gazetteer files every name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from frontwire.errors import ResourceError

_APOSTROPHES = "'’‘ʿʾ`´ʼʻ′"
_SEPARATORS = re.compile(r"[\W_]+")
_ARTICLE_KEY = "al"
_MIN_SUFFIX_STEM = 2
_RULE_KINDS = frozenset({"char", "article", "word", "text", "double", "suffix"})


@dataclass(frozen=True, slots=True)
class Translit:
    """The transliteration folds of translit.tsv, compiled for use on every name."""

    chars: dict[int, str]
    articles: frozenset[str]
    words: dict[str, str]
    texts: tuple[tuple[str, str], ...]
    double: re.Pattern[str] | None
    suffixes: tuple[tuple[str, str], ...]
    suffix_ends: tuple[str, ...]


def _read_rules() -> list[tuple[str, str, str]]:
    text = resources.files("frontwire.data.gazetteer").joinpath("translit.tsv").read_text("utf-8")
    rules: list[tuple[str, str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in _RULE_KINDS:
            raise ResourceError(
                f"translit.tsv line {number}: expected 'kind<TAB>from<TAB>to' with kind in "
                f"{sorted(_RULE_KINDS)}, got {line!r}"
            )
        rules.append((parts[0], parts[1], parts[2]))
    return rules


@cache
def load_translit() -> Translit:
    """The packaged transliteration folds (read once)."""
    rules = _read_rules()
    chars = {ord(c): "" for c in _APOSTROPHES}
    chars.update({ord(src): dst for kind, src, dst in rules if kind == "char"})
    suffixes = sorted(((s, d) for k, s, d in rules if k == "suffix"), key=lambda r: -len(r[0]))
    return Translit(
        chars=chars,
        articles=frozenset(src for kind, src, _ in rules if kind == "article"),
        words={src: dst for kind, src, dst in rules if kind == "word"},
        texts=tuple((src, dst) for kind, src, dst in rules if kind == "text"),
        double=re.compile(r"([^\W\d_])\1+") if any(k == "double" for k, _, _ in rules) else None,
        suffixes=tuple(suffixes),
        suffix_ends=tuple(src for src, _ in suffixes),
    )


def _strip_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65_536)
def _fold_token(token: str) -> str:
    # Every fold is local to one token, and tokens repeat across names far more than names do.
    rules = load_translit()
    token = rules.words.get(token, token)
    for src, dst in rules.texts:
        if src in token:
            token = token.replace(src, dst)
    if rules.double is not None:
        token = rules.double.sub(r"\1", token)
    if token.endswith(rules.suffix_ends):
        for src, dst in rules.suffixes:
            if token.endswith(src) and len(token) >= len(src) + _MIN_SUFFIX_STEM:
                return token[: -len(src)] + dst
    return token


def _fold_tokens(tokens: list[str], rules: Translit) -> str:
    last = len(tokens) - 1
    articles = rules.articles
    return " ".join(
        [
            _ARTICLE_KEY if i < last and token in articles else _fold_token(token)
            for i, token in enumerate(tokens)
        ]
    )


@lru_cache(maxsize=65_536)
def normalize_name(s: str) -> str:
    """The lookup key of a place name: 'Tell Rif‘at' and 'Tall Rifaat' give the same key."""
    rules = load_translit()
    if not s.isascii():
        s = _strip_marks(s)
    s = s.casefold().translate(rules.chars)
    tokens = _SEPARATORS.sub(" ", s).split()
    return _fold_tokens(tokens, rules)


def article_variant(key: str) -> str | None:
    """The key without its leading Arabic article ('al raqa' -> 'raqa'), or None if it has none."""
    head, _, rest = key.partition(" ")
    if head == _ARTICLE_KEY and rest:
        return rest
    return None


def name_keys(s: str) -> tuple[str, ...]:
    """Every key a name is filed under: its key, then the article-less variant if it differs."""
    key = normalize_name(s)
    if not key:
        return ()
    variant = article_variant(key)
    return (key,) if variant is None else (key, variant)
