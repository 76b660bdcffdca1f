"""Other spellings of a place name that English news uses and gazetteers do not (variants.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from frontwire.errors import ResourceError

VARIANTS_FILE = "variants.tsv"
_KINDS = frozenset({"glued", "modifier", "direction", "head"})


@dataclass(frozen=True, slots=True)
class Variants:
    """The rules of variants.tsv: glued articles, and English modifiers with their Arabic adjectives."""

    glued: tuple[str, ...]
    modifiers: dict[str, str]
    directions: dict[str, str]
    heads: frozenset[str] = frozenset()


@cache
def load_variants() -> Variants:
    """The packaged variants.tsv, read once."""
    text = resources.files("frontwire.data.gazetteer").joinpath(VARIANTS_FILE).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    glued: list[str] = []
    modifiers: dict[str, str] = {}
    directions: dict[str, str] = {}
    heads: set[str] = set()
    for row in rows:
        if len(row) != 3 or row[0] not in _KINDS or not row[1]:
            raise ResourceError(f"{VARIANTS_FILE}: bad row {row!r}")
        kind, source, target = row
        if kind == "glued":
            glued.append(source)
        elif kind == "head":
            heads.add(source)
        else:
            (modifiers if kind == "modifier" else directions)[source] = target
    return Variants(tuple(glued), modifiers, directions, frozenset(heads))


@cache
def _glued_regex(articles: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, articles), key=len, reverse=True))
    # an article glued to a later word of at least three more letters ('Elwardi', 'ElQasr')
    return re.compile(rf"(?<=\s)({alternation})(?=[^\W\d_]{{3,}}\b)", re.IGNORECASE)


def name_variants(name: str, *, directions: bool = True) -> tuple[str, ...]:
    """The other spellings to try for a name no gazetteer knows as written, most specific first:
    'Tall Elwardi' -> 'Tall El wardi'; 'Big Sandaliyah' -> 'Sandaliyah Kabir'; 'Western Rasm' -> 'Rasm Gharbi'."""
    rules = load_variants()
    out: list[str] = []
    unglued = _glued_regex(rules.glued).sub(r"\1 ", name) if rules.glued else name
    if unglued != name:
        out.append(unglued)
    head, _, rest = unglued.partition(" ")
    table = {**rules.modifiers, **(rules.directions if directions else {})}
    adjective = table.get(head.lower())
    if adjective and rest:
        out.append(f"{rest} {adjective}")
    return tuple(dict.fromkeys(out))


def is_direction_word(word: str) -> bool:
    """Whether a word is one of the compass modifiers of variants.tsv."""
    return word.lower() in load_variants().directions


def dropped_heads() -> frozenset[str]:
    """The generic words a gazetteer name may begin with that news leaves out ('Tall X' written 'X')."""
    return load_variants().heads
