"""Short names of larger places: state and province abbreviations ('Ky.', 'B.C.') and continent words ('European')."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from frontwire.errors import ResourceError
from frontwire.geo.features import data_rows

ANYWHERE = "anywhere"
AFTER_COMMA = "after-comma"


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A state or province abbreviation, the admin1 it stands for, and where it can be read as one."""

    text: str
    country: str
    admin1: str
    anywhere: bool


@cache
def admin_abbreviations() -> dict[str, Abbreviation]:
    """The packaged abbreviations (admin_abbreviations.tsv), by their exact spelling (read once)."""
    found: dict[str, Abbreviation] = {}
    for text, country, admin1, where in data_rows("admin_abbreviations.tsv", 4):
        if where not in (ANYWHERE, AFTER_COMMA):
            raise ResourceError(f"admin_abbreviations.tsv: {text!r} has place rule {where!r}")
        found[text] = Abbreviation(text, country, admin1, where == ANYWHERE)
    return found


@cache
def region_words() -> dict[str, str]:
    """Continent words (region_words.tsv): exact spelling -> the continent's gazetteer name (read once)."""
    return {word: name for word, name in data_rows("region_words.tsv", 2)}


@cache
def facility_words() -> frozenset[str]:
    """Head nouns of building and institution names (facility_words.tsv), lower case (read once)."""
    return frozenset(word for (word,) in data_rows("facility_words.tsv", 1))


@cache
def local_body_words() -> frozenset[str]:
    """Words after a place's name in the name of its own council or services (local_body_words.tsv), lower case."""
    return frozenset(word for (word,) in data_rows("local_body_words.tsv", 1))
