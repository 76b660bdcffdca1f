"""Small helpers shared by the test modules (pytest puts this folder on the import path)."""

from __future__ import annotations

from typing import Any

from frontwire.models import Place


def first(coding: Any) -> Any:
    """The first event of a coding; fails the test when there is none."""
    assert coding.events, "no event coded"
    return coding.events[0]


def event_place(coding: Any) -> Place:
    """The first event's resolved place; fails the test when there is no event or it has no gazetteer place."""
    place = first(coding).place
    assert place is not None and place.entry is not None
    return place
