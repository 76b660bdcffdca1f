"""Tests for frontwire.read.webpage: article pages through trafilatura and through the stdlib scan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import frontwire.read.webpage as html_reader
from frontwire.errors import InputError
from frontwire.models import Article
from frontwire.read import read_bytes, read_html, read_path

PAGE = Path(__file__).parent / "fixtures" / "read" / "page_og.html"

# Invented page with no meta tags: the title, a <time> element and a closing credit line.
BARE_PAGE = """<html><head><title>Curfew ordered after clashes - Hill Courier</title></head>
<body><div class="story">
<time datetime="2018-02-03T07:00:00Z">3 February</time>
<p>The authorities ordered a curfew across the old town on Friday after a night of clashes
between rival groups left two people dead, police said.</p>
<p>Shops stayed closed and the main square was empty on Saturday morning, according to
Reuters.</p>
<p>Reuters contributed to this report.</p>
</div></body></html>"""

UNDATED_PAGE = """<html><head><title>Talks resume in the capital</title></head><body>
<p>Negotiators from both sides met again in the capital on Monday, the mediators said, after
a pause of more than a month in the talks.</p></body></html>"""


@pytest.fixture(params=["trafilatura", "stdlib"])
def extractor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run each test through trafilatura (when it imports) and through the stdlib fallback."""
    if request.param == "trafilatura":
        pytest.importorskip("trafilatura", exc_type=ImportError)
    else:
        monkeypatch.setattr(html_reader, "_trafilatura", lambda: None)
    yield request.param


def assert_offsets(article: Article) -> None:
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text


def test_page_metadata(extractor: str) -> None:
    article = read_path(PAGE)
    assert article.headline == "Drone strike hits fuel depot outside port city"
    assert article.standfirst == "A fire burned for hours after the attack on the storage site."
    assert (article.published, article.date_source) == (date(2022, 5, 7), "metadata")
    assert article.outlet == "Coastline Monitor"
    assert article.url == "https://coastline.example/news/drone-fuel-depot"


def test_page_text_layout(extractor: str) -> None:
    article = read_path(PAGE)
    assert_offsets(article)
    assert [p.role for p in article.paragraphs] == ["headline", "standfirst"] + ["body"] * 4
    assert article.text.startswith(
        "Drone strike hits fuel depot outside port city\n\n"
        "A fire burned for hours after the attack on the storage site.\n\nA drone struck"
    )
    assert "Home" not in article.text
    assert "Copyright" not in article.text
    assert article.body()[0].text.startswith("A drone struck a fuel storage depot")


def test_bare_page_falls_back_to_title_and_time(extractor: str) -> None:
    article = read_html(BARE_PAGE, source="bare.html")
    assert article.headline == "Curfew ordered after clashes"
    assert article.published == date(2018, 2, 3)
    assert article.credited == ("Reuters",)
    assert article.paragraphs[-1].role == "credit"
    assert article.source == "bare.html"
    assert_offsets(article)


def test_undated_page_uses_the_default_date(extractor: str) -> None:
    article = read_html(UNDATED_PAGE, default_date=date(2024, 4, 1))
    assert (article.published, article.date_source) == (date(2024, 4, 1), "option")
    assert article.headline == "Talks resume in the capital"


def test_page_without_text_is_refused(extractor: str) -> None:
    with pytest.raises(InputError, match=r"empty\.html: no article text found"):
        read_html("<html><head><title>Nothing</title></head><body></body></html>",
                  source="empty.html")  # fmt: skip


def test_html_bytes_are_sniffed() -> None:
    article = read_bytes(PAGE.read_bytes(), source="page")
    assert article.outlet == "Coastline Monitor"


def test_figure_caption_is_kept_out_of_the_body(extractor: str) -> None:
    article = read_path(PAGE)
    assert "Firefighters spray water" not in article.text
    assert article.caption == "Firefighters spray water on burning tanks"
    assert article.media_credits == ("Coastline Monitor",)
