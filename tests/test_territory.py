"""Taking control of ground: a battle unless the text tells of a peaceful handover."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "sub"), [
    ("Militia units took control of Kafr Nabl on Sunday after rebel fighters withdrew from the town.",
     "Non-violent transfer of territory"),
    ("Rebel fighters took control of Kafr Nabl on Sunday after heavy clashes with army troops.",
     "Non-state actor overtakes territory"),
])
def test_taking_control_after_a_withdrawal_is_a_transfer(code: Any, text: str, sub: str) -> None:
    assert code(text, REF, country="SY").events[0].sub_event_type == sub
