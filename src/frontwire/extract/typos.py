"""Event words misspelt by one letter ('attakced', 'kiling'): read by the trigger they are one slip from."""

from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from string import ascii_lowercase
from typing import TYPE_CHECKING

from frontwire.extract.lexicon import vocab

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from frontwire.extract.lexicon import Lexicon

# Shorter words are too often one slip from another real word to be mended.
TYPO_MIN_LENGTH = 6
_POS_TABLES = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=2)
def known_english(nlp: Language) -> frozenset[str]:
    """The words the pipeline's lemmatizer tables know (lemmas and irregular forms); empty without tables."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    except (KeyError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for pos in _POS_TABLES:
        words.update(index.get(pos, ()))
        for form, lemmas in exceptions.get(pos, {}).items():
            words.add(form)
            words.update(lemmas)
    return frozenset(words)


@lru_cache(maxsize=2)
def _trigger_forms(keys: frozenset[str]) -> dict[str, str]:
    """Regular inflected forms of one-word trigger starts ('attacked', 'killing', 'raids') -> the trigger word."""
    forms: dict[str, str] = {}
    for key in sorted(keys):
        if not key.isalpha():
            continue
        stem = key[:-1] if key.endswith("e") else key
        endings = [key, key + "s", key + "es", key + "ed", key + "d", stem + "ing", key + key[-1] + "ed",
                   key + key[-1] + "ing"]
        if key.endswith("y"):
            endings += [key[:-1] + "ied", key[:-1] + "ies"]
        for form in endings:
            forms.setdefault(form, key)
    return forms


def _one_slip(word: str) -> list[str]:
    """Every word one transposed, missing or extra letter away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swapped = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    dropped = [a + b[1:] for a, b in splits if b]
    added = [a + c + b for a, b in splits for c in ascii_lowercase]
    return swapped + dropped + added


def _mendable(token: Token, known: frozenset[str], lexicon: Lexicon) -> bool:
    """A lowercase word of 6+ letters that no lemmatizer table or lexicon knows, nor a name."""
    low = token.lower_
    if len(low) < TYPO_MIN_LENGTH or not token.is_alpha or token.ent_type_ or token.text != low:
        return False
    words = _lexicon_words()
    return not any(w in known or w in lexicon.triggers or w in words
                   for w in (low, token.lemma_.lower(), *_regular_stems(low)))


def _regular_stems(word: str) -> tuple[str, ...]:
    """The stems a regular inflection could come from ('treating' -> 'treat'; 'stopped' -> 'stop';
    'carried' -> 'carry')."""
    stems: list[str] = []
    for ending in ("ing", "ed", "es", "s"):
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        stems += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.append(stem[:-1])
        if stem.endswith("i"):
            stems.append(stem[:-1] + "y")
    return tuple(s for s in stems if len(s) > 2)


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word of frontwire's word sets (data/words.tsv)."""
    words = vocab()
    return frozenset(w for f in fields(words) for w in getattr(words, f.name))


def mended_trigger(token: Token, known: frozenset[str], lexicon: Lexicon) -> str | None:
    """The trigger word an unknown word is one slip from ('attakced' -> 'attack'), if exactly one."""
    if not _mendable(token, known, lexicon):
        return None
    forms = _trigger_forms(frozenset(lexicon.triggers))
    found = {forms[w] for w in _one_slip(token.lower_) if w in forms}
    return found.pop() if len(found) == 1 else None


def mend_trigger_typos(doc: Doc, lexicon: Lexicon, known: frozenset[str]) -> None:
    """Give a misspelt event word the lemma of the trigger it is one slip from, so triggers find it."""
    if not known:
        return
    for token in doc:
        word = mended_trigger(token, known, lexicon)
        if word is not None:
            token.lemma_ = word
