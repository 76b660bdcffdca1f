"""Rows read from gazetteer source files, as they are kept until the user gazetteer is built."""

from __future__ import annotations

from dataclasses import dataclass

from frontwire.models import GeoEntry


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One place of a GeoNames table or a Who's On First record, before its admin codes are named.

    admin1_code/admin2_code are GeoNames codes ('09', '1234'), named when the gazetteer is built;
    the entry's admin1/admin2 are names a source gives directly, used when the codes name nothing.
    """

    entry: GeoEntry
    admin1_code: str = ""
    admin2_code: str = ""
    alternates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AlternateName:
    """One other name of a place (alternateNamesV2.txt)."""

    geonameid: int
    name: str


@dataclass(frozen=True, slots=True)
class AdminName:
    """The name of an admin unit by its full GeoNames code: 'SY.09' (admin1), 'SY.09.1234'."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country of countryInfo.txt: ISO2 code, name, and its GeoNames id."""

    iso: str
    name: str
    geonameid: int


SourceRow = PlaceRow | AlternateName | AdminName | CountryName
