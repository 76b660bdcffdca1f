"""frontwire: conflict reporting in, structured, sourced, geolocated event data out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("frontwire")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
