"""read stage of frontwire: files, bytes, text, HTML and JSON records -> Article.

Plain text is read in the copied-web-page layout (title, standfirst, reading time, date line,
photo caption, body, closing credits), found by the shape of its lines.
"""

from __future__ import annotations

from frontwire.read.decode import DEFAULT_MAX_BYTES, check_english, decode_bytes, normalise_text
from frontwire.read.failures import ReadFailure
from frontwire.read.webpage import read_html
from frontwire.read.inputs import iter_path, iter_stream, read_bytes, read_path, sniff
from frontwire.read.records import read_record
from frontwire.read.text import read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadFailure",
    "check_english",
    "decode_bytes",
    "iter_path",
    "iter_stream",
    "normalise_text",
    "read_bytes",
    "read_html",
    "read_path",
    "read_record",
    "read_text",
    "sniff",
]
