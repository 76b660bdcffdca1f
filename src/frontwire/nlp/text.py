"""Cheap access to a parsed paragraph's text: spaCy rebuilds Doc.text from its tokens on every call."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """The doc's text, built once and kept in its user_data."""
    text = doc.user_data.get("frontwire_text")
    if text is None:
        text = doc.text
        doc.user_data["frontwire_text"] = text
    return str(text)
