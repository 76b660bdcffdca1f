"""Who's On First records as place rows: JSONL lines (../shared/data/gazetteer-wof) and GeoJSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from frontwire.geo.keep import keep_rules
from frontwire.geo.rows import PlaceRow
from frontwire.models import GeoEntry

_WOF_PREFIX = "wof:"
_NAME_PREFIX = "name:"


def _wof_id(value: Any) -> int:
    text = str(value or "").removeprefix(_WOF_PREFIX)
    if not text.isdigit():
        raise ValueError(f"Who's On First id {value!r} is not a number")
    return int(text)


def _float(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"{what} is missing")
    try:
        return float(value)
    except ValueError as exc:
        raise ValueError(f"{what} {value!r} is not a number") from exc


def _int(value: Any) -> int:
    try:
        return max(int(value or 0), 0)
    except (TypeError, ValueError):
        return 0


def _names(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(v for v in values if isinstance(v, str) and v)


def _feature(placetype: Any, own_code: Any) -> str | None:
    """The record's feature code, or None when its placetype is not imported."""
    standing = keep_rules().placetype_feature(str(placetype or ""))
    if standing is None:
        return None
    return own_code if isinstance(own_code, str) and own_code else standing


def parse_wof_line(text: str) -> PlaceRow | None:
    """One line of a Who's On First JSONL file (None: a placetype the import leaves out)."""
    record = json.loads(text)
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    feature = _feature(record.get("placetype"), record.get("feature_code"))
    if feature is None:
        return None
    entry = GeoEntry(
        geonameid=_int(record.get("geonameid")) or -_wof_id(record.get("source_id")),
        name=_required_name(record.get("name")),
        lat=_float(record.get("lat"), "lat"),
        lon=_float(record.get("lon"), "lon"),
        country=str(record.get("country_code") or "").upper(),
        feature=feature,
        population=_int(record.get("population")),
        admin1=record.get("admin1") or None,
        admin2=record.get("admin2") or None,
    )
    return PlaceRow(
        entry,
        admin1_code=str(record.get("gn_admin1_code") or ""),
        alternates=_names(record.get("alternatenames") or ()),
    )


def _required_name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("the record has no name")
    return value.strip()


def parse_wof_geojson(text: str) -> PlaceRow | None:
    """A Who's On First GeoJSON feature file (None: a placetype the import leaves out)."""
    document = json.loads(text)
    props = document.get("properties") if isinstance(document, dict) else None
    if not isinstance(props, dict) or "wof:id" not in props:
        raise ValueError("expected a GeoJSON Feature with Who's On First properties (wof:id)")
    feature = _feature(props.get("wof:placetype"), props.get("gn:feature_code"))
    if feature is None:
        return None
    concordances = props.get("wof:concordances") or {}
    geonameid = _int(props.get("gn:geonameid") or concordances.get("gn:id"))
    entry = GeoEntry(
        geonameid=geonameid or -_wof_id(props["wof:id"]),
        name=_required_name(props.get("wof:name")),
        lat=_float(props.get("lbl:latitude", props.get("geom:latitude")), "geom:latitude"),
        lon=_float(props.get("lbl:longitude", props.get("geom:longitude")), "geom:longitude"),
        country=str(props.get("wof:country") or "").upper(),
        feature=feature,
        population=_int(props.get("wof:population") or props.get("gn:population")),
    )
    return PlaceRow(
        entry,
        admin1_code=str(props.get("gn:admin1_code") or ""),
        alternates=_geojson_names(props),
    )


def _geojson_names(props: Mapping[str, Any]) -> tuple[str, ...]:
    """Every name:<lang>_x_<kind> list of the record, and its GeoNames names."""
    names: list[str] = []
    for key, value in props.items():
        if key.startswith(_NAME_PREFIX) and isinstance(value, list):
            names.extend(_names(value))
    names.extend(_names(props.get(key) for key in ("gn:name", "gn:asciiname")))
    return tuple(dict.fromkeys(names))
