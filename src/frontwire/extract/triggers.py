"""Finding event triggers in a parsed sentence: lemma phrases from the trigger lexicon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwire.extract.lexicon import Lexicon, Trigger, vocab

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


def _is(tok: Token, want: str) -> bool:
    """The token is the word: by lemma, by surface form, or by a surface form without its 's', 'd' or 'es'
    (lemmatizer slips: 'raped' as 'rap', 'lynches' as 'lynche')."""
    low = tok.lower_
    return lemma(tok) == want or low == want or low[:-1] == want or (low.endswith("es") and low[:-2] == want)


# Modifiers that may stand inside a phrase trigger: 'opened [heavy machine gun] fire', 'fired [two] rockets'.
_GAP_DEPS = frozenset({"amod", "compound", "nummod", "det", "quantmod", "advmod"})
MAX_GAP = 4


def _skippable(tok: Token) -> bool:
    """A modifier of a word after it, close by."""
    return tok.dep_ in _GAP_DEPS and tok.i < tok.head.i <= tok.i + MAX_GAP


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _time_gap_word(tok: Token) -> bool:
    """'a body was on Sunday evening found': a date or time, or the preposition that brings one, told between
    the words of a phrase."""
    if tok.ent_type_ in _TIME_ENTS:
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "prep" and after is not None and after.ent_type_ in _TIME_ENTS


def _match_length(tokens: list[Token], i: int, trig: Trigger) -> int:
    """How many tokens the trigger spans from position i (0: no match); between the words of a phrase,
    modifiers of a later word may stand."""
    k = i
    for n, want in enumerate(trig.lemmas):
        gap = 0
        while (n and k < len(tokens) and not _is(tokens[k], want) and gap < MAX_GAP
               and (_skippable(tokens[k]) or _time_gap_word(tokens[k]))):
            k, gap = k + 1, gap + 1
        if k < len(tokens) and _is(tokens[k], want):
            k += 1
            continue
        run = _hyphenated(tokens, k, want)
        if not run:
            return 0
        k += run
    return k - i


def _hyphenated(tokens: list[Token], k: int, want: str) -> int:
    """How many tokens from k spell a hyphenated word the tokenizer split ('shoot-out' as 'shoot', 'out'
    with only the hyphen between them); 0 if they do not."""
    parts = want.split("-")
    if len(parts) < 2 or k + len(parts) > len(tokens):
        return 0
    run = tokens[k : k + len(parts)]
    if not all(_is(tok, part) for tok, part in zip(run, parts)):
        return 0
    joined = all(b.i == a.i + 2 and not a.whitespace_ and not a.nbor().whitespace_ and a.nbor().text in _SKIP
                 for a, b in zip(run, run[1:]))
    return len(parts) if joined else 0


def _head_of(tokens: list[Token]) -> Token:
    """The syntactic head of a multi-token trigger: the token whose head lies outside it; of a hyphenated
    word the parser split and misread ('counter', '-', 'attack' as three objects), its last part."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    if len(heads) > 1 and any(t.text in _SKIP for t in tokens):
        return next(t for t in reversed(heads) if t.text not in _SKIP)
    return heads[0] if heads else tokens[-1]


def _pos_allows(trig: Trigger, head: Token, n: int) -> bool:
    if trig.pos == "ANY" or n > 1:
        return True
    if trig.pos == "VERB" and head.pos_ == "NOUN" and _used_as_verb(head):
        return True
    if trig.pos == "NOUN" and _agent_plural_read_as_verb(head):
        return True
    return head.pos_ in _POS_OK.get(trig.pos, {trig.pos})


def _used_as_verb(token: Token) -> bool:
    """A headline verb the tagger took for a noun ('Mob stone police officer', 'Five shot dead by bandits'):
    the parse still gives it an object or a by-phrase; or a verb in -s read as a compound between its
    subject and its object ('Gunmen shoots police officer')."""
    if any(c.dep_ in ("dobj", "agent") or (c.dep_ == "amod" and any(g.dep_ == "agent" for g in c.children))
           for c in token.children):
        return True
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if _to_death_after(token):
        return True
    if _verb_between_plural_compounds(token):
        return True
    return (token.dep_ == "compound" and token.tag_ == "NNS" and token.lower_.endswith("s")
            and token.head.i > token.i and before is not None and before.dep_ == "nsubj")


def _verb_between_plural_compounds(token: Token) -> bool:
    """'Angry traders torch lorry', 'Youths stone bus': a headline verb in its plain form read as a noun
    compound between a plural noun right before it (English compounds take the singular) and its object."""
    if token.dep_ != "compound" or token.tag_ != "NN" or token.head.i <= token.i or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return (before.tag_ in ("NNS", "NNPS") and before.dep_ in ("compound", "nsubj")
            and before.head.i in (token.i, token.head.i))


def compound_verb_doers(token: Token) -> list[Token]:
    """'Gunmen storm village', 'Angry traders torch lorry': the words before a headline verb read as a noun
    compound that hang on it or on its object name its doer (none when it is not such a verb)."""
    if token.pos_ != "NOUN" or token.dep_ != "compound" or token.head.i <= token.i or token.i == token.sent.start:
        return []
    before = token.doc[token.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.head.i not in (token.i, token.head.i):
        return []
    tops = [t for t in token.sent if t.i < token.i and t.head.i in (token.i, token.head.i)]
    return [w for t in tops for w in t.subtree if w.i < token.i]


def _agent_plural_read_as_verb(token: Token) -> bool:
    """'Union protesters against pay cuts': a plural in -ers or -ors the tagger read as a present-tense verb
    with no subject of its own is the noun."""
    return (token.tag_ == "VBZ" and token.lower_.endswith(("ers", "ors"))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children))


_DEATH_WINDOW = 5


def _to_death_after(token: Token) -> bool:
    """'Youths stone suspected thief to death', 'Mob stone two men to death': a headline verb read as a noun,
    told by 'to death' a few words after it with no finite verb between."""
    end = min(token.i + _DEATH_WINDOW + 2, token.sent.end)
    after = token.doc[token.i + 1 : end]
    for k, tok in enumerate(after[:-1]):
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
        if tok.lower_ == "to" and after[k + 1].lower_ == "death":
            return True
    return False


def _candidates(token: Token, lexicon: Lexicon) -> tuple[Trigger, ...]:
    """Triggers that may start at a token, by lemma, by surface form, and by the forms `_is` also accepts
    without a last 's', 'd' or 'es' (capitals the tagger took for names, 'Airstrikes'; 'raped' lemmatized
    'rap'; 'lynches' lemmatized 'lynche')."""
    keys = [lemma(token), token.lower_]
    if token.lower_.endswith(("s", "d")):
        keys.append(token.lower_[:-1])
    if token.lower_.endswith("es"):
        keys.append(token.lower_[:-2])
    found: tuple[Trigger, ...] = ()
    for key in dict.fromkeys(keys):  # in a fixed order, so ties go the same way in every process
        found += lexicon.triggers.get(key, ())
    return tuple(sorted(dict.fromkeys(found), key=lambda t: -len(t.lemmas)))


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
            length = _match_length(tokens, i, trig)
            if not length:
                continue
            span = tokens[i : i + length]
            head = _head_of(list(sent.doc[span[0].i : span[-1].i + 1]))  # with the hyphens between
            if _pos_allows(trig, head, len(span)):
                found.append(TriggerMatch(trig, head, span[0].i, span[-1].i))
                step = len(span)
                break
        i += step
    return sorted(found + _found_bodies(sent, lexicon, found), key=lambda m: m.first)


FOUND_BODY = ("body", "be", "find")


def _found_bodies(sent: SpacySpan, lexicon: Lexicon, found: list[TriggerMatch]) -> list[TriggerMatch]:
    """'the bodies of two traders were found', 'the body of a missing man was discovered': a body found, told
    with whose it was between the two words, is the body-found trigger over them (unless the sentence tells
    the violence itself: 'bodies recovered from a house struck by jets')."""
    trig = next((t for t in lexicon.triggers.get(FOUND_BODY[0], ()) if t.lemmas == FOUND_BODY), None)
    if trig is None or any(lexicon.kind(m.trigger.kind).violent for m in found):
        return []
    covered = {i for m in found for i in range(m.first, m.last + 1)}
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or lemma(verb) not in vocab().finding_verbs or verb.i in covered:
            continue
        bodies = [c for c in verb.children if c.dep_ == "nsubjpass" and lemma(c) == FOUND_BODY[0]
                  and c.i not in covered and any(_whose_body(o, lexicon) for p in c.children
                                                 if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
        if bodies:
            out.append(TriggerMatch(trig, verb, bodies[0].i, verb.i))
    return out


def _whose_body(owner: Token, lexicon: Lexicon) -> bool:
    """Whether 'of X' after 'body' names people ('of a man', 'of two traders', 'of the arrested', 'of John
    Doe'), not a thing ('the body of evidence')."""
    people = lexicon.cues.person_words | vocab().people | vocab().crowd_words | vocab().crowd_nouns
    return (owner.dep_ == "pobj" and (lemma(owner) in people or owner.ent_type_ == "PERSON"
                                      or owner.tag_ not in ("NN", "NNP")))
