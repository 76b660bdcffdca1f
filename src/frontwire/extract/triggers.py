"""Finding event triggers in a parsed sentence: lemma phrases from the trigger lexicon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwire.extract.lexicon import Lexicon, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_SKIP = frozenset({"-", "–", "‑"})
_POS_OK = {"NOUN": {"NOUN", "PROPN"}, "VERB": {"VERB"}}


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """One trigger found in a sentence: its head token and the tokens it covers."""

    trigger: Trigger
    head: Token
    first: int
    last: int


def lemma(token: Token) -> str:
    """The lowercase lemma frontwire compares with its lexicons."""
    return (token.lemma_ or token.text).lower()


def _content_tokens(sent: SpacySpan) -> list[Token]:
    return [t for t in sent if t.text not in _SKIP]


def _matches_at(tokens: list[Token], i: int, trig: Trigger) -> bool:
    n = len(trig.lemmas)
    if i + n > len(tokens):
        return False
    for k, want in enumerate(trig.lemmas):
        tok = tokens[i + k]
        if lemma(tok) != want and tok.lower_ != want and tok.lower_[:-1] != want:
            return False
    return True


def _head_of(tokens: list[Token]) -> Token:
    """The syntactic head of a multi-token trigger: the token whose head lies outside it."""
    ids = {t.i for t in tokens}
    for tok in tokens:
        if tok.head.i not in ids or tok.head.i == tok.i:
            return tok
    return tokens[-1]


def _pos_allows(trig: Trigger, head: Token, n: int) -> bool:
    if trig.pos == "ANY" or n > 1:
        return True
    return head.pos_ in _POS_OK.get(trig.pos, {trig.pos})


def _candidates(token: Token, lexicon: Lexicon) -> tuple[Trigger, ...]:
    """Triggers that may start at a token, by lemma, by surface form, and by a naive singular for capitals
    the tagger took for names ('Airstrikes targeted ...')."""
    keys = {lemma(token), token.lower_}
    if token.lower_.endswith("s") and token.pos_ == "PROPN":
        keys.add(token.lower_[:-1])
    found: tuple[Trigger, ...] = ()
    for key in keys:
        found += lexicon.triggers.get(key, ())
    return tuple(sorted(set(found), key=lambda t: -len(t.lemmas)))


def find_triggers(sent: SpacySpan, lexicon: Lexicon) -> list[TriggerMatch]:
    """Every non-overlapping trigger in the sentence, longest phrase first at each position."""
    tokens = _content_tokens(sent)
    found: list[TriggerMatch] = []
    i = 0
    while i < len(tokens):
        step = 1
        if tokens[i].ent_type_ in ("DATE", "TIME"):
            i += 1
            continue
        for trig in _candidates(tokens[i], lexicon):
            if not _matches_at(tokens, i, trig):
                continue
            span = tokens[i : i + len(trig.lemmas)]
            head = _head_of(span)
            if _pos_allows(trig, head, len(span)):
                found.append(TriggerMatch(trig, head, span[0].i, span[-1].i))
                step = len(span)
                break
        i += step
    return found
