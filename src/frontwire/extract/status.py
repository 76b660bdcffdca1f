"""An event mention's status from the words that govern its trigger: planned, possible, denied, ongoing or occurred."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwire.extract.lexicon import vocab
from frontwire.extract.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from frontwire.extract.lexicon import Cues
    from frontwire.models import Status

# Relations through which a governing word still speaks about the trigger.
_CLIMB = frozenset({"dobj", "pobj", "prep", "nsubjpass", "nsubj", "compound", "amod", "xcomp", "attr",
                    "conj", "appos", "acomp", "pcomp", "agent", "oprd", "npadvmod", "advcl", "acl"})
_LOCAL = frozenset({"aux", "auxpass", "neg", "advmod", "amod", "attr", "acomp", "prt", "nsubj", "compound"})
# Time and circumstance prepositions: the clause they hang from speaks of another event.
_BARRIERS = frozenset({"since", "after", "before", "following", "until", "during", "amid", "despite", "like"})
_ORDER: tuple[Status, ...] = ("denied", "planned", "possible", "ongoing")


def _own_clause(token: Token) -> bool:
    """A verb with its own subject starts a clause whose status is its own."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _chain(trigger: Token, reporting: frozenset[str]) -> list[Token]:
    """The trigger and the words above it, up to a reporting verb or another clause."""
    chain, tok = [trigger], trigger
    for _ in range(6):
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            break
        if _own_clause(tok) and tok is not trigger and tok.dep_ != "xcomp":
            break
        if _own_clause(tok) and tok is trigger and tok.dep_ != "xcomp":
            break  # 'X are feared dead and two communities clashed': a joined clause with its own subject
        if tok is trigger and _finite_past_conjunct(tok):
            break  # 'a bomb meant to hit the convoy exploded': a joined verb told in the past tense happened
        if _semicolon_between(tok, tok.head):
            break  # 'Clashes over land; eight killed; may include civilians': a semicolon ends the clause
        tok = tok.head
        if lemma(tok) in reporting or tok.lower_ in _BARRIERS or _linking(tok):
            break
        chain.append(tok)
    return chain


def _linking(token: Token) -> bool:
    """'attacks possibly linked to bandits', 'the attack could be related to the raids', 'a gang with possible
    links to the rebels attacks': a hedge on what an event is linked to doubts the link, not the event."""
    return token.pos_ in ("VERB", "ADJ", "NOUN") and lemma(token) in vocab().linking_verbs


def _finite_past_conjunct(token: Token) -> bool:
    """'a bomb intended to hit the convoy exploded', 'they threatened the village and burned it': a verb in the
    simple past joined to a word of plan or doubt tells a deed of its own (not 'may attack and kill')."""
    return token.dep_ == "conj" and token.tag_ == "VBD"


def _semicolon_between(a: Token, b: Token) -> bool:
    """Whether a semicolon stands between two words of a sentence."""
    first, last = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[first + 1 : last])


def context_lemmas(trigger: Token, reporting: frozenset[str]) -> list[tuple[str, bool]]:
    """(lemma, negated) for the trigger's governing words and their modifiers."""
    words: list[tuple[str, bool]] = []
    for tok in _chain(trigger, reporting):
        if _hedged_toll(tok):
            continue  # '15 are feared dead in an attack': the toll is uncertain, not the attack
        negated = any(c.dep_ == "neg" for c in tok.children)
        words.append((lemma(tok), negated))
        words.extend((lemma(c), negated) for c in tok.children if c.dep_ in _LOCAL and c.i != trigger.i)
    return words


_DEATH_WORDS = frozenset({"dead", "die", "kill", "drown", "death"})


def _hedged_toll(token: Token) -> bool:
    """'Two people are feared dead after ... clashed': the fear hedges the toll, not the event (the death word
    hung on it directly or, in a garbled note such as 'three feared in dead', through a preposition)."""
    if lemma(token) != "fear":
        return False
    near = [*token.children, *(g for c in token.children if c.dep_ == "prep" for g in c.children)]
    return any(lemma(c) in _DEATH_WORDS for c in near)


def negated_trigger(trigger: Token) -> bool:
    """'did not attack', 'without any fighting', 'no clashes': the trigger itself is negated."""
    if trigger.pos_ == "VERB":
        return any(c.dep_ == "neg" for c in trigger.children)
    token = trigger
    for _ in range(4):
        # 'no clashes', 'no reports of violence or clashes', 'devoid of police presence and running battles'
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or token.lower_ in ABSENCE:
            return True
        if token.dep_ not in ("conj", "pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
    return False


ABSENCE = frozenset({"without", "devoid", "absence", "lack", "free"})


def hindered_deed(trigger: Token) -> bool:
    """'police failed to capture the gunmen', 'police prevented the youths from storming the office': a deed
    someone failed at or was kept from did not happen (a blast that 'failed to explode' is still told)."""
    words = vocab()
    if lemma(trigger) in words.exploding:
        return False
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # 'failed to hit or capture any of them'
    if verb.dep_ == "xcomp" and lemma(verb.head) in words.failing_verbs:
        return True
    prep = verb.head
    return (verb.dep_ == "pcomp" and prep.lower_ == "from" and prep.dep_ == "prep"
            and lemma(prep.head) in words.hindering_verbs)


def status_of(trigger: Token, cues: Cues) -> Status:
    """The status the governing words give the mention; occurred when none speaks."""
    words = context_lemmas(trigger, cues.reporting_verbs)
    found: set[str] = set()
    for word, negated in words:
        for status, lemmas in cues.status.items():
            if word in lemmas:
                found.add(status)
        if word == "stop" and negated:
            found.add("ongoing")
    for status in _ORDER:
        if status in found:
            return status
    return "occurred"
