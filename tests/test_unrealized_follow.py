"""An event told as a plan, threat or fear follows the events the text tells as happening. Sentences invented
for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize(("text", "etype"), [
    ("Angry residents threatened to torch the lorry after the crash in Kisii on Monday. Police fired tear gas "
     "to disperse the crowd.", "Protests"),
    ("Armed youths kept vigil at the disputed farm near Kisii, raising fears of a clash with the police. The "
     "youths barricaded the road to the farm with stones.", "Riots"),
])
def test_what_happened_leads_what_was_threatened_or_feared(code: Any, text: str, etype: str) -> None:
    coding = code(text, REF, country="KE")
    assert first(coding).event_type == etype
    assert first(coding).status not in ("planned", "possible")
    assert any(e.status in ("planned", "possible") for e in coding.events)
