"""Triggers tied on length are tried in the data file's order, the same in every process."""

from __future__ import annotations

import os
import subprocess
import sys
from types import SimpleNamespace

from frontwire.extract.lexicon import Lexicon, Trigger
from frontwire.extract.triggers import _candidates

PROBE = """
from types import SimpleNamespace
from frontwire.extract.lexicon import Lexicon, Trigger
from frontwire.extract.triggers import _candidates
ties = {w: tuple(Trigger((w,), k, "VERB", 0) for k in ("a", "b", "c", "d")) for w in ("raids", "raid", "raided")}
lex = Lexicon(kinds={}, triggers=ties, cues=None)
tok = SimpleNamespace(lemma_="raid", text="raids", lower_="raids")
print([(t.lemmas, t.kind) for t in _candidates(tok, lex)])
"""


def test_ties_keep_the_file_order() -> None:
    first = (Trigger(("raid",), "attack", "VERB", 0), Trigger(("raid",), "looting", "VERB", 0))
    longer = Trigger(("raid", "on"), "clash", "VERB", 0)
    lex = Lexicon(kinds={}, triggers={"raid": (*first, longer)}, cues=None)  # type: ignore[arg-type]
    token = SimpleNamespace(lemma_="raid", text="raid", lower_="raid")
    assert _candidates(token, lex) == (longer, *first)  # type: ignore[arg-type]


def test_the_order_does_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
