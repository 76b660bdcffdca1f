"""Country names and demonyms (demonyms.tsv) and the index that resolves them to ISO codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from frontwire.errors import ResourceError
from frontwire.geo.normalize import article_variant, normalize_name

# Demonyms ending like these take no plural "s" (the French, the Swiss, the Burmese).
_NO_PLURAL_ENDINGS = ("s", "sh", "ch", "ese", "x", "z")
_LEADING_THE = "the "


@dataclass(frozen=True, slots=True)
class CountryNames:
    """Extra names of one country and its nationality adjectives / demonyms."""

    iso2: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountryIndex:
    """Name and demonym keys -> ISO2, plus exact-case acronyms (US, UK, DRC)."""

    names: dict[str, str]
    demonyms: dict[str, str]
    acronyms: dict[str, str]

    def code_for(self, text: str) -> str | None:
        """The ISO2 code a country name, alias, acronym or demonym refers to, if any."""
        stripped = text.strip()
        if stripped[:4].casefold() == _LEADING_THE:
            stripped = stripped[4:].strip()
        if stripped in self.acronyms:
            return self.acronyms[stripped]
        key = normalize_name(stripped)
        return self.names.get(key) or self.demonyms.get(key)

    def is_demonym(self, word: str) -> bool:
        """True for a nationality word such as 'Syrian', 'Syrians', 'Turkish'."""
        return normalize_name(word) in self.demonyms


def _is_acronym(alias: str) -> bool:
    return alias.isupper() and alias.isalpha() and len(alias) <= 5


def _plural(demonym: str) -> str | None:
    lowered = demonym.casefold()
    if lowered.endswith(_NO_PLURAL_ENDINGS):
        return None
    return demonym + "s"


def build_country_index(
    countries: Iterable[CountryNames], names: Iterable[tuple[str, str]] = ()
) -> CountryIndex:
    """Index country aliases and demonyms; `names` adds (name, iso2) pairs (GeoNames names)."""
    by_name: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    items = list(countries)
    for name, iso2 in names:
        _add_name(by_name, name, iso2)
    for country in items:
        for alias in country.aliases:
            if _is_acronym(alias):
                acronyms[alias] = country.iso2
            else:
                _add_name(by_name, alias, country.iso2)
    for country in items:
        for demonym in country.demonyms:
            demonyms.setdefault(normalize_name(demonym), country.iso2)
            plural = _plural(demonym)
            if plural is not None and normalize_name(plural) not in by_name:
                demonyms.setdefault(normalize_name(plural), country.iso2)
    return CountryIndex(names=by_name, demonyms=demonyms, acronyms=acronyms)


def _add_name(by_name: dict[str, str], name: str, iso2: str) -> None:
    key = normalize_name(name)
    if key:
        by_name.setdefault(key, iso2)
    variant = article_variant(key)
    if variant:
        by_name.setdefault(variant, iso2)


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(",") if part.strip())


@cache
def load_country_names() -> tuple[CountryNames, ...]:
    """The packaged country aliases and demonyms (read once)."""
    text = resources.files("frontwire.data.gazetteer").joinpath("demonyms.tsv").read_text("utf-8")
    rows: list[CountryNames] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or len(parts[0]) != 2 or not parts[0].isupper():
            raise ResourceError(
                f"demonyms.tsv line {number}: expected 'ISO2<TAB>aliases<TAB>demonyms'"
            )
        rows.append(CountryNames(parts[0], _split(parts[1]), _split(parts[2])))
    return tuple(rows)
