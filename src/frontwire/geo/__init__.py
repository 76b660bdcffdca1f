"""The gazetteer stage: place names -> GeoNames-style entries, and choosing among candidates."""

from frontwire.geo.gazetteer import Gazetteer, load_gazetteer
from frontwire.geo.index import GazetteerRecord
from frontwire.geo.normalize import name_keys, normalize_name
from frontwire.geo.rank import choose, haversine_km

__all__ = [
    "Gazetteer",
    "GazetteerRecord",
    "choose",
    "haversine_km",
    "load_gazetteer",
    "name_keys",
    "normalize_name",
]
