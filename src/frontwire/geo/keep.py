"""What a gazetteer import keeps: feature codes, Who's On First placetypes, name languages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from frontwire.errors import ResourceError
from frontwire.geo.features import data_rows

_ANY_CODE = "*"
_NO_LANGUAGE = "-"
_SOURCES = frozenset({"geonames", "wof"})


@dataclass(frozen=True, slots=True)
class KeepRules:
    """The rules of import_features.tsv and import_languages.tsv, compiled."""

    classes: frozenset[str]
    codes: frozenset[tuple[str, str]]
    placetypes: dict[str, str]
    languages: frozenset[str]

    def keeps_feature(self, feature_class: str, code: str) -> bool:
        """True for a GeoNames feature worth importing."""
        return feature_class in self.classes or (feature_class, code) in self.codes

    def placetype_feature(self, placetype: str) -> str | None:
        """The GeoNames feature code a Who's On First placetype stands for (None: not kept)."""
        return self.placetypes.get(placetype)

    def keeps_language(self, language: str) -> bool:
        """True for an alternate-name language worth importing ('' is no language)."""
        return language in self.languages


@cache
def keep_rules() -> KeepRules:
    """The packaged import rules (read once)."""
    rows = data_rows("import_features.tsv", 4)
    unknown = sorted({source for source, *_ in rows} - _SOURCES)
    if unknown:
        raise ResourceError(
            f"import_features.tsv: unknown source(s) {unknown}; use geonames or wof"
        )
    geonames = [(kind, feature) for source, kind, feature, _ in rows if source == "geonames"]
    languages = [code for code, _ in data_rows("import_languages.tsv", 2)]
    return KeepRules(
        classes=frozenset(kind for kind, feature in geonames if feature == _ANY_CODE),
        codes=frozenset(pair for pair in geonames if pair[1] != _ANY_CODE),
        placetypes={kind: feature for source, kind, feature, _ in rows if source == "wof"},
        languages=frozenset("" if code == _NO_LANGUAGE else code for code in languages),
    )
