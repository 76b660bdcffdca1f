"""GeoNames dump lines as rows: the geoname table, alternate names, admin codes, countryInfo.

Each parser takes one line's tab-separated fields and returns a row, or None for a row the import
rules leave out; a malformed line raises ValueError saying what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from frontwire.geo.keep import keep_rules
from frontwire.geo.rows import AdminName, AlternateName, CountryName, PlaceRow, SourceRow
from frontwire.models import GeoEntry

# Columns of the geoname table (allCountries.txt, XX.txt, citiesN.txt).
_ID, _NAME, _ASCII, _ALTERNATES, _LAT, _LON, _CLASS, _CODE, _COUNTRY = range(9)
_ADMIN1, _ADMIN2, _POPULATION = 10, 11, 14
# Columns of alternateNamesV2.txt: id, geonameid, language, name, preferred, short, colloquial,
# historic, from, to (the older alternateNames.txt stops after historic).
_ALT_GEONAMEID, _ALT_LANGUAGE, _ALT_NAME = 1, 2, 3
# Columns of countryInfo.txt used: ISO, Country, geonameid.
_ISO, _COUNTRY_NAME, _COUNTRY_ID = 0, 4, 16

Parser = Callable[[Sequence[str]], SourceRow | None]


def _number(value: str, what: str, kind: type[int] | type[float]) -> int | float:
    try:
        return kind(value) if value else kind(0)
    except ValueError as exc:
        raise ValueError(f"{what} {value!r} is not a number") from exc


def _coordinate(value: str, what: str, bound: float) -> float:
    number = float(_number(value, what, float))
    if not -bound <= number <= bound or not value:
        raise ValueError(f"{what} {value!r} is not between -{bound:g} and {bound:g}")
    return number


def parse_geoname(fields: Sequence[str]) -> PlaceRow | None:
    """A row of the 19-column geoname table (None: a feature the import leaves out)."""
    if not keep_rules().keeps_feature(fields[_CLASS], fields[_CODE]):
        return None
    name = fields[_NAME].strip()
    if not name:
        raise ValueError("the name column is empty")
    entry = GeoEntry(
        geonameid=int(_number(fields[_ID], "geonameid", int)),
        name=name,
        lat=_coordinate(fields[_LAT], "latitude", 90.0),
        lon=_coordinate(fields[_LON], "longitude", 180.0),
        country=fields[_COUNTRY].strip().upper(),
        feature=fields[_CODE],
        population=max(int(_number(fields[_POPULATION], "population", int)), 0),
    )
    return PlaceRow(
        entry,
        admin1_code=fields[_ADMIN1],
        admin2_code=fields[_ADMIN2],
        alternates=tuple(
            n for n in (fields[_ASCII], *fields[_ALTERNATES].split(",")) if n and n != name
        ),
    )


def parse_alternate(fields: Sequence[str]) -> AlternateName | None:
    """A row of alternateNames(V2).txt (None: a language the import leaves out)."""
    if not keep_rules().keeps_language(fields[_ALT_LANGUAGE]):
        return None
    name = fields[_ALT_NAME].strip()
    if not name:
        raise ValueError("the alternate name column is empty")
    return AlternateName(int(_number(fields[_ALT_GEONAMEID], "geonameid", int)), name)


def parse_admin_code(fields: Sequence[str]) -> AdminName:
    """A row of admin1CodesASCII.txt or admin2Codes.txt."""
    code, name = fields[0].strip(), fields[1].strip()
    if "." not in code or not name:
        raise ValueError(f"expected an admin code and a name, found {code!r} and {name!r}")
    return AdminName(code, name)


def parse_country(fields: Sequence[str]) -> CountryName:
    """A row of countryInfo.txt."""
    iso, name = fields[_ISO].strip().upper(), fields[_COUNTRY_NAME].strip()
    if len(iso) != 2 or not name:
        raise ValueError(f"expected an ISO2 code and a country name, found {iso!r} and {name!r}")
    return CountryName(iso, name, int(_number(fields[_COUNTRY_ID], "geonameid", int)))
