"""The word sets of data/words.tsv: well formed, all read, and faults in the file named."""

from __future__ import annotations

from dataclasses import fields

import pytest

from frontwire.errors import ResourceError
from frontwire.extract import lexicon
from frontwire.extract.lexicon import Words, vocab


def test_every_set_is_read_and_filled() -> None:
    sets = vocab()
    for each in fields(Words):
        found = getattr(sets, each.name)
        assert found, each.name
        assert isinstance(found, frozenset)


def test_words_are_lowercase_lemmas_without_stray_spaces() -> None:
    sets = vocab()
    for each in fields(Words):
        for word in getattr(sets, each.name):
            assert word == word.strip() and word == word.lower() and "  " not in word, (each.name, word)


def test_the_sets_say_what_the_rules_rely_on() -> None:
    sets = vocab()
    assert "mob" in sets.mob_words and "lynch" in sets.crowd_deeds
    assert "civilian" in sets.civilian_markers and "retaliate" in sets.response_verbs
    assert "clash" in sets.two_sided and "protest" in sets.protest_words


@pytest.mark.parametrize("rows", [[["no_such_set", "word"]], [["mob_words"]]])
def test_a_bad_row_is_a_resource_error(monkeypatch: pytest.MonkeyPatch, rows: list[list[str]]) -> None:
    monkeypatch.setattr(lexicon, "_rows", lambda filename: rows)
    vocab.cache_clear()
    try:
        with pytest.raises(ResourceError, match="words.tsv"):
            vocab()
    finally:
        vocab.cache_clear()


def test_an_empty_set_is_a_resource_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_rows", lambda filename: [["mob_words", "mob"]])
    vocab.cache_clear()
    try:
        with pytest.raises(ResourceError, match="no words for"):
            vocab()
    finally:
        vocab.cache_clear()
