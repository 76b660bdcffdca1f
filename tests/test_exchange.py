"""Fire exchanged between two armed sides is a battle (ACLED), whatever weapons each side used."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "Army troops shelled the positions of the rebels in Kafr Nabl on Monday and the rebels responded by shelling army "
    "positions in the town.",
    "Rebel fighters fired rockets at army troops near Kafr Nabl on Monday. In response, the army fired artillery "
    "at the rebels.",
])
def test_shelling_returned_is_a_battle(code: Any, text: str) -> None:
    coding = code(text, REF, country="SY")
    assert [e.event_type for e in coding.events][:1] == ["Battles"]


def test_one_sided_shelling_stays_remote_violence(code: Any) -> None:
    coding = code("Army troops shelled rebel positions in Kafr Nabl on Monday. Rebel fighters later shelled a "
                  "village near the town.", REF, country="SY")
    assert coding.events[0].event_type == "Explosions/Remote violence"


def test_the_doer_of_a_verb_with_no_subject_is_the_governing_subject(code: Any) -> None:
    coding = code("The army shelled Kafr Nabl on Monday and the rebels responded by shelling a checkpoint near Ariha.",
                  REF, country="SY")
    doers = {a.name for e in coding.events for a in e.actors if a.role == "actor"}
    assert "Opposition Rebels (Syria)" in doers
