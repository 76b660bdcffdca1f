"""Shared fixtures: the loaded resources, once per test session."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest


@pytest.fixture(scope="session")
def res() -> Any:
    """The spaCy pipeline, gazetteer, actor catalogue and lexicon, loaded once."""
    from frontwire.api import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def code(res: Any) -> Any:
    """Code a text written for a test: code(text, ref=date) -> Coding."""
    from frontwire.api import extract
    from frontwire.read import read_text

    def _code(text: str, ref: date = date(2021, 6, 10), country: str | None = None) -> Any:
        return extract(read_text(text, default_date=ref), res, country_hint=country)

    return _code
