"""Small helpers shared by the test modules (pytest puts this folder on the import path)."""

from __future__ import annotations

from typing import Any


def first(coding: Any) -> Any:
    """The first event of a coding; fails the test when there is none."""
    assert coding.events, "no event coded"
    return coding.events[0]
