"""Tests for the copied-web-page layout reader (frontwire.read.text and its line shapes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontwire.models import Article
from frontwire.read import read_path, read_text
from frontwire.read.credits import body_credits, credit_line
from frontwire.read.dates import parse_date_line, parse_date_value
from frontwire.read.lines import is_reading_time, split_caption

FIXTURES = Path(__file__).parent / "fixtures" / "read"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_6f97f35e48310271.txt"


def assert_offsets(article: Article) -> None:
    assert article.paragraphs
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    starts = [p.start for p in article.paragraphs]
    assert starts == sorted(starts)


def roles(article: Article) -> list[str]:
    return [p.role for p in article.paragraphs]


@pytest.fixture(scope="module")
def seed() -> Article:
    if not SEED.exists():
        pytest.skip("../shared/seed is not available")
    return read_path(SEED)


def _seed_lines() -> list[str]:
    # The expected strings come from the seed file itself, so none is copied here.
    return [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_seed_header(seed: Article) -> None:
    lines = _seed_lines()
    assert lines[0] == lines[1]
    assert seed.headline == lines[0]
    assert seed.standfirst is not None and seed.standfirst.endswith("in recent days.")
    assert roles(seed)[:6] == ["title", "headline", "standfirst", "meta", "meta", "caption"]
    assert seed.published == date(2019, 9, 12)
    assert seed.date_source == "dateline"


def test_seed_parts(seed: Article) -> None:
    assert len(seed.body()) == 10
    assert {"Reuters", "Agencies"} <= set(seed.credited)
    assert seed.credited.index("Reuters") < seed.credited.index("Agencies")
    assert seed.media_credits == ("Getty",)
    caption_line = next(ln for ln in _seed_lines() if ln.endswith("[Getty]"))
    assert seed.caption == caption_line.removesuffix("[Getty]").rstrip()
    by_text = {p.text: p.role for p in seed.paragraphs}
    assert by_text["2 min read"] == "meta"
    assert by_text["12 September, 2019"] == "meta"
    assert seed.paragraphs[-1].role == "credit"
    assert seed.paragraphs[-1].text.startswith("Agencies contributed")


def test_seed_identity_and_offsets(seed: Article) -> None:
    assert_offsets(seed)
    assert len(seed.id) == 64
    assert seed.id == read_text(seed.text).id
    assert seed.source == str(SEED)
    assert seed.language == "en"


LAYOUTS = {
    "convoy_reuters.txt": {
        "roles": ["headline", "standfirst", "meta", "meta", "meta", "caption",
                  "body", "body", "body", "credit"],
        "headline": "Roadside bomb wounds four soldiers near Kandahar",
        "published": date(2021, 3, 3),
        "credited": ("Reuters",),
        "media_credits": ("Reuters", "Omar Sobhani"),
        "caption": "Damaged vehicles are towed away from the blast site",
    },
    "market_shelling.txt": {
        "roles": ["title", "headline", "standfirst", "meta", "meta", "caption",
                  "body", "body", "body", "body", "credit", "credit"],
        "headline": "Shelling hits crowded market in northern town",
        "published": date(2020, 6, 15),
        "credited": ("AFP", "SANA", "Syrian Observatory for Human Rights", "Al Jazeera",
                     "Agencies"),
        "media_credits": ("AFP", "Getty Images"),
        "caption": "Smoke rises above the market square",
    },
    "clinic_raid.txt": {
        "roles": ["headline", "meta", "caption", "body", "body", "body", "credit"],
        "headline": "Gunmen storm clinic in raid on displaced camp",
        "published": date(2019, 9, 12),
        "credited": ("AFP", "Agencies"),
        "media_credits": ("AFP",),
        "caption": "Families wait outside the clinic before the raid",
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_invented_layouts(name: str) -> None:
    expected = LAYOUTS[name]
    article = read_path(FIXTURES / name)
    assert_offsets(article)
    assert roles(article) == expected["roles"]
    assert article.headline == expected["headline"]
    assert article.published == expected["published"]
    assert article.date_source == "dateline"
    assert article.credited == expected["credited"]
    assert article.media_credits == expected["media_credits"]
    assert article.caption == expected["caption"]


def test_standfirst_only_when_followed_by_meta() -> None:
    article = read_path(FIXTURES / "convoy_reuters.txt")
    assert article.standfirst == (
        "Officials said the device was hidden beside a road used by army convoys."
    )
    assert read_path(FIXTURES / "clinic_raid.txt").standfirst is None


def test_plain_text_is_all_body_with_default_date() -> None:
    text = (FIXTURES / "plain_no_layout.txt").read_text(encoding="utf-8")
    article = read_text(text, source="plain", default_date=date(2020, 1, 2))
    assert_offsets(article)
    assert roles(article) == ["body", "body", "body"]
    assert article.headline is None
    assert article.standfirst is None
    assert (article.published, article.date_source) == (date(2020, 1, 2), "option")
    assert article.source == "plain"


def test_plain_text_without_default_date_is_dated_today() -> None:
    article = read_text((FIXTURES / "plain_no_layout.txt").read_text(encoding="utf-8"))
    assert (article.published, article.date_source) == (date.today(), "today")
    assert article.source == "<text>"


def test_title_set_apart_by_a_blank_line_is_a_headline() -> None:
    text = (
        "Curfew imposed after night of clashes\n\n"
        "The authorities imposed a curfew on the old town after a night of clashes.\n"
        "Shops stayed closed on Saturday and the streets were empty.\n"
    )
    article = read_text(text)
    assert roles(article) == ["headline", "body", "body"]
    assert article.headline == "Curfew imposed after night of clashes"


def test_text_is_normalised_and_offsets_follow() -> None:
    raw = "Clashes erupt in the north\r\n12 September 2019\r\n\r\n\r\n\r\nFighting went on.   \r\n"
    article = read_text(raw)
    assert article.text == "Clashes erupt in the north\n12 September 2019\n\nFighting went on."
    assert roles(article) == ["headline", "meta", "body"]
    assert_offsets(article)


@pytest.mark.parametrize(
    "line",
    [
        "12 September, 2019",
        "12 September 2019",
        "September 12, 2019",
        "Sep 12 2019",
        "Sept. 12, 2019",
        "2019-09-12",
        "Thursday 12 September 2019",
        "Thu, 12 Sep 2019",
        "12/09/2019",
        "12.09.2019",
        "Published: 12 Sep 2019",
        "Updated 12 September 2019 14:05 GMT",
        "Published on Thursday, September 12th, 2019 at 2:05 pm",
        "Last updated: 2019-09-12 14:05 | Published 12 Sep 2019",
    ],
)
def test_date_lines(line: str) -> None:
    assert parse_date_line(line) == date(2019, 9, 12)


@pytest.mark.parametrize(
    "line",
    [
        "Clashes erupted on 12 September 2019 in the north.",
        "Troops entered the town on Thursday",
        "31 February 2019",
        "2 min read",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-09-12", date(2019, 9, 12)),
        ("2019-09-12T23:30:00Z", date(2019, 9, 12)),
        ("2019-09-12 23:30:00+03:00", date(2019, 9, 12)),
        ("7:58 AM ET, Thu September 12, 2019", date(2019, 9, 12)),
        ("2019 Sep 12", date(2019, 9, 12)),
        ("09/28/2019", date(2019, 9, 28)),
        ("soon", None),
    ],
)
def test_date_values(value: str, expected: date | None) -> None:
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 min read", True),
        ("5 minute read", True),
        ("Reading time: 3 min", True),
        ("Estimated reading time: 4 minutes", True),
        ("2 min", False),
        ("The convoy waited 5 minutes before it read the orders.", False),
    ],
)
def test_reading_time(line: str, expected: bool) -> None:
    assert is_reading_time(line) is expected


@pytest.mark.parametrize(
    ("line", "caption", "credits"),
    [
        ("Smoke rises over the town [AFP]", "Smoke rises over the town", ("AFP",)),
        ("Smoke rises over the town [Getty]", "Smoke rises over the town", ("Getty",)),
        ("Smoke rises over the town (Reuters)", "Smoke rises over the town", ("Reuters",)),
        ("A wrecked car [File: Reuters]", "A wrecked car", ("Reuters",)),
        ("Troops at a checkpoint [AFP/Getty Images]", "Troops at a checkpoint",
         ("AFP", "Getty Images")),
        ("Photo: Smoke rises over the town", "Smoke rises over the town", ()),
        ("Photo: Smoke rises over the town / Reuters", "Smoke rises over the town",
         ("Reuters",)),
        ("Photo: AFP", None, ("AFP",)),
    ],
)  # fmt: skip
def test_captions(line: str, caption: str | None, credits: tuple[str, ...]) -> None:
    found = split_caption(line, strict=False)
    assert found is not None
    assert (found.text, found.credits) == (caption, credits)


@pytest.mark.parametrize(
    "line",
    [
        "The fighters belong to the Syrian Democratic Forces (SDF)",
        "The army said five soldiers were killed (three of them officers).",
        "Residents fled the town on Monday",
    ],
)
def test_body_lines_are_not_captions(line: str) -> None:
    assert split_caption(line, strict=True) is None


@pytest.mark.parametrize("line", ["Washington (CNN)", "BEIRUT, Lebanon (AP)"])
@pytest.mark.parametrize("strict", [True, False])
def test_datelines_are_not_captions(line: str, strict: bool) -> None:
    assert split_caption(line, strict=strict) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Agencies contributed to this story.", ("Agencies",)),
        ("Reuters contributed to this report.", ("Reuters",)),
        ("The Associated Press contributed to this report.", ("AP",)),
        ("AFP and Reuters contributed reporting.", ("AFP", "Reuters")),
        ("Additional reporting by Lina Haddad in Beirut.", ()),
        ("(Reporting by Jane Doe; Editing by John Roe)", ()),
        ("Additional reporting by Reuters' Beirut bureau", ("Reuters",)),
        ("Source: Al Jazeera and news agencies", ("Al Jazeera", "Agencies")),
        ("SOURCE: AL JAZEERA AND NEWS AGENCIES", ("Al Jazeera", "Agencies")),
        ("Jane Doe of the Frontier Times contributed to this report.", ("Frontier Times",)),
        ("Jane Doe contributed to this report.", ()),
        ("Reporting by AFP's Sami Kadri in Aleppo.", ("AFP",)),
        ("The Frontier Times contributed to this report.", ("Frontier Times",)),
        ("Voice of America contributed to this report.", ("Voice of America",)),
        ("— AFP", ("AFP",)),
    ],
)
def test_credit_lines(line: str, names: tuple[str, ...]) -> None:
    found = credit_line(line, 100)
    assert found is not None
    assert tuple(name for _, name in found) == names
    assert all(offset >= 100 for offset, _ in found)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the report was false.",
        "Iran contributed troops to the offensive in the east of the province last year.",
    ],
)
def test_body_lines_are_not_credit_lines(line: str) -> None:
    assert credit_line(line, 0) is None


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("Shelling continued, according to Reuters.", ("Reuters",)),
        ("A commander told Reuters the attack was repelled.", ("Reuters",)),
        ("BEIRUT (Reuters) - Shelling continued overnight.", ("Reuters",)),
        ("DAMASCUS, Sept 12 (AFP) - Shelling continued overnight.", ("AFP",)),
        ("(AFP) - Shelling continued overnight.", ("AFP",)),
        ("Moscow - TASS - Shelling continued overnight.", ("TASS",)),
        ("The state news agency SANA reported the strikes.", ("SANA",)),
        ("An AFP correspondent saw the bodies.", ("AFP",)),
        ("He once worked for Reuters in Cairo before the war.", ()),
        ("Reuters is one of the oldest news agencies.", ()),
    ],
)
def test_body_credits(paragraph: str, names: tuple[str, ...]) -> None:
    found = body_credits(paragraph, 0, len(paragraph))
    assert tuple(name for _, name in found) == names


def test_text_opening_with_a_bracket_is_body() -> None:
    text = (
        "The fighters belong to the Syrian Democratic Forces (SDF)\n"
        "They took the village after two days of fighting, a spokesman said.\n"
    )
    article = read_text(text)
    assert roles(article) == ["body", "body"]
    assert article.caption is None


def test_credited_has_no_duplicates_and_keeps_first_appearance() -> None:
    text = (
        "Strikes hit the city\n12 September 2019\n"
        "Shelling continued, according to AFP.\n"
        "A doctor told Reuters that the hospital was full.\n"
        "Another resident told AFP he had left.\n"
        "Reuters contributed to this report."
    )
    assert read_text(text).credited == ("AFP", "Reuters")
