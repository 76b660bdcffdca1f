"""Tests for frontwire.extract.numbers and frontwire.extract.figures: counts of people in a sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from frontwire.extract.figures import figure_vocab, find_figures
from frontwire.extract.numbers import data_rows, find_numbers, number_vocab, parse_number
from frontwire.models import Figure

OFFSET = 1000
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("350,000", 350000),
        ("1.5 million", 1500000),
        ("1 million", 1000000),
        ("2.3 thousand", 2300),
        ("twenty-three", 23),
        ("twenty three", 23),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("two hundred and fifty", 250),
        ("one million", 1000000),
        ("three hundred thousand", 300000),
        ("two dozen", 24),
        ("a dozen", 12),
        ("one", 1),
        ("a", 1),
        ("an", 1),
        ("Dozens", 12),
        ("tens", 10),
        ("scores", 20),
        ("hundreds", 100),
        ("thousands", 1000),
        ("tens of thousands", 10000),
        ("hundreds of thousands", 100000),
        ("several", 10),
        ("many", 10),
        ("a number of", 10),
        ("an unknown number of", 10),
        ("a few", 3),
        ("several hundred", 100),
        ("no one", 0),
        ("nobody", 0),
    ],
)
def test_parse_number(words: str, value: int) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize("words", ["", "soldiers", "1.5", "two soldiers", "hundred and", "score", "hundred"])
def test_parse_number_rejects_non_numbers(words: str) -> None:
    assert parse_number(words) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("between 5 and 8 men", [("between 5 and 8", 5, 8)]),
        ("5 or 6 men", [("5 or 6", 5, 6)]),
        ("5-8 men", [("5-8", 5, 8)]),
        ("five to seven men", [("five to seven", 5, 7)]),
        ("rose from 12 to 20", [("12", 12, None), ("20", 20, None)]),
        ("a 12-year-old boy", []),
        ("at 10:30 on the 3rd", []),
        ("45% of 1,200 voters", [("1,200", 1200, None)]),
        ("two hundred and fifty people and three dogs", [("two hundred and fifty", 250, None), ("three", 3, None)]),
        ("they settled the score with a dozen men", [("a dozen", 12, None)]),
    ],
)
def test_find_numbers(text: str, found: list[tuple[str, int, int | None]]) -> None:
    matches = find_numbers(text)
    assert [(m.text, m.value, m.high) for m in matches] == found
    assert all(text[m.start : m.end] == m.text for m in matches)


def figures(sentence: str) -> list[tuple[str, int]]:
    return [(f.kind, f.count) for f in find_figures(sentence, OFFSET)]


def only(sentence: str) -> Figure:
    found = find_figures(sentence, OFFSET)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind", "count", "span", "qualifier", "who"),
    [
        ("The airstrike killed 12 civilians in the market.", "fatalities", 12, "killed 12 civilians", None, "civilians"),
        ("Gunmen killed 4 and fled.", "fatalities", 4, "killed 4", None, None),
        ("Nine people were killed in the blast.", "fatalities", 9, "Nine people were killed", None, "people"),
        ("Nine people have been killed since dawn.", "fatalities", 9, "Nine people have been killed", None, "people"),
        ("Nine civilians died in the fire.", "fatalities", 9, "Nine civilians died", None, "civilians"),
        ("Medics counted 9 dead after the raid.", "fatalities", 9, "9 dead", None, None),
        ("The shelling left 14 people dead.", "fatalities", 14, "14 people dead", None, "people"),
        ("The death toll rose to 40 on Tuesday.", "fatalities", 40, "death toll rose to 40", None, None),
        ("Officials put the toll at at least 31.", "fatalities", 31, "toll at at least 31", "at least", None),
        ("Rebels stormed the post, killing at least 7 soldiers.", "fatalities", 7, "killing at least 7 soldiers", "at least", "soldiers"),
        ("Eight killed in ambush on convoy.", "fatalities", 8, "Eight killed", None, None),
        ("The bombing claimed 30 lives.", "fatalities", 30, "30 lives", None, None),
        ("Doctors recorded 15 fatalities.", "fatalities", 15, "15 fatalities", None, None),
        ("Searchers recovered 6 bodies from the river.", "fatalities", 6, "6 bodies", None, None),
        ("Four prisoners were executed at dawn.", "fatalities", 4, "Four prisoners were executed", None, "prisoners"),
        ("A soldier was killed at the checkpoint.", "fatalities", 1, "A soldier was killed", None, "soldier"),
        ("Two children died when the roof fell.", "fatalities", 2, "Two children died", None, "children"),
        ("The army killed over a thousand civilians.", "fatalities", 1000, "killed over a thousand civilians", "over", "civilians"),
        ("Up to 10 people were killed.", "fatalities", 10, "Up to 10 people were killed", "up to", "people"),
        ("As many as 10 people were killed.", "fatalities", 10, "As many as 10 people were killed", "as many as", "people"),
        ("Nearly 20 fighters were killed.", "fatalities", 20, "Nearly 20 fighters were killed", "nearly", "fighters"),
        ("An estimated 300 people were killed.", "fatalities", 300, "An estimated 300 people were killed", "an estimated", "people"),
        ("Some 40 militants were killed.", "fatalities", 40, "Some 40 militants were killed", "some", "militants"),
        ("Between 5 and 8 people were killed.", "fatalities", 5, "Between 5 and 8 people were killed", "between", "people"),
        ("Five or six soldiers died.", "fatalities", 5, "Five or six soldiers died", "between", "soldiers"),
        ("Dozens of people were killed.", "fatalities", 12, "Dozens of people were killed", "vague", "people"),
        ("Several villagers were killed.", "fatalities", 10, "Several villagers were killed", "vague", "villagers"),
        ("Three Syrian soldiers were killed.", "fatalities", 3, "Three Syrian soldiers were killed", None, "Syrian soldiers"),
        ("The mob beat two men to death.", "fatalities", 2, "two men to death", None, "men"),
        ("An unknown number of fighters were killed.", "fatalities", 10, "An unknown number of fighters were killed", "vague", "fighters"),
        ("At least 20 people, including 5 children, were killed.", "fatalities", 20, None, "at least", "people"),
        ("12 Houthis were killed in the raid.", "fatalities", 12, "12 Houthis were killed", None, "Houthis"),
        ("Seven bandits killed in a shootout.", "fatalities", 7, "Seven bandits killed", None, "bandits"),
        ("The blast wounded 30 people.", "injured", 30, "wounded 30 people", None, "people"),
        ("The blast injured 30.", "injured", 30, "injured 30", None, None),
        ("Mortars fell, wounding 3 children.", "injured", 3, "wounding 3 children", None, "children"),
        ("Mortars fell, injuring 3.", "injured", 3, "injuring 3", None, None),
        ("Six people were injured.", "injured", 6, "Six people were injured", None, "people"),
        ("Six were hurt.", "injured", 6, "Six were hurt", None, None),
        ("Medics treated 25 wounded.", "injured", 25, "25 wounded", None, None),
        ("The fighting forced 2,000 people from their homes.", "displaced", 2000, "forced 2,000 people from their homes", None, "people"),
        ("The floods displaced 5,000.", "displaced", 5000, "displaced 5,000", None, None),
        ("Officials said 800 were displaced.", "displaced", 800, "800 were displaced", None, None),
        ("Some 3,000 people have fled.", "displaced", 3000, "Some 3,000 people have fled", "some", "people"),
        ("Tens of thousands fled.", "displaced", 10000, "Tens of thousands fled", "vague", None),
        ("More than 1.5 million refugees live in camps.", "displaced", 1500000, "More than 1.5 million refugees", "more than", "refugees"),
        ("Police arrested 15 protesters.", "arrested", 15, "arrested 15 protesters", None, "protesters"),
        ("Nine students were detained.", "arrested", 9, "Nine students were detained", None, "students"),
        ("Troops raided the camp, detaining 40.", "arrested", 40, "detaining 40", None, None),
        ("Gunmen abducted 9 teachers.", "abducted", 9, "abducted 9 teachers", None, "teachers"),
        ("Gunmen kidnapped two aid workers.", "abducted", 2, "kidnapped two aid workers", None, "aid workers"),
        ("Four traders were kidnapped.", "abducted", 4, "Four traders were kidnapped", None, "traders"),
        ("The group still holds 12 hostages.", "abducted", 12, "12 hostages", None, "hostages"),
    ],
)
def test_figure(sentence: str, kind: str, count: int, span: str | None, qualifier: str | None, who: str | None) -> None:
    fig = only(sentence)
    assert (fig.kind, fig.count, fig.qualifier, fig.who) == (kind, count, qualifier, who)
    assert fig.span.text == sentence[fig.span.start - OFFSET : fig.span.end - OFFSET]
    if span is not None:
        assert fig.span.text == span


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No casualties were reported.", [("fatalities", 0), ("injured", 0)]),
        ("No fatalities were reported after the raid.", [("fatalities", 0)]),
        ("There were no deaths.", [("fatalities", 0)]),
        ("There were no injuries.", [("injured", 0)]),
        ("There were no immediate reports of casualties.", [("fatalities", 0), ("injured", 0)]),
        ("No one was killed in the attack.", [("fatalities", 0)]),
        ("Nobody was hurt.", [("injured", 0)]),
    ],
)
def test_zero_figures(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twelve people were killed and 20 wounded.", [("fatalities", 12), ("injured", 20)]),
        ("The blast killed at least 5 and wounded 10 others.", [("fatalities", 5), ("injured", 10)]),
        ("Shelling killed 3 soldiers and 2 civilians.", [("fatalities", 5)]),
        ("3 soldiers and 2 civilians were killed.", [("fatalities", 5)]),
        ("Shelling killed a woman and her two children.", [("fatalities", 3)]),
        ("The attack killed 3 people, 2 of them children.", [("fatalities", 3)]),
        ("The raid killed 2 and wounded 5, and 30 were arrested.", [("fatalities", 2), ("injured", 5), ("arrested", 30)]),
        ("Clashes killed 4 soldiers, 7 were wounded.", [("fatalities", 4), ("injured", 7)]),
        ("Militants abducted and killed 3 farmers.", [("fatalities", 3)]),
        ("10 civilians killed 15 injured in rocket attacks", [("fatalities", 10), ("injured", 15)]),
    ],
)
def test_several_figures_in_text_order(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack killed or wounded 30 people.",
        "Thirty people were killed or wounded.",
        "The strike caused 30 casualties.",
        "Two rockets killed nobody.",
        "A suicide bomber killed himself.",
        "Herders said 40 sheep were killed.",
        "Gunmen killed 40 cows.",
        "He attempted to kill a policeman.",
        "A court sentenced 5 men to death.",
        "The killers fled 3 km from the town.",
        "Two gunmen fled the scene.",
        "He was wounded in 2016 and killed in 2018.",
        "Many of those killed were from one family.",
        "Four officers narrowly escaped death.",
        "The 12-year-old was treated in hospital.",
        "Fighting has raged for 5 years.",
    ],
)
def test_no_figure(sentence: str) -> None:
    assert [(f.kind, f.count) for f in find_figures(sentence, OFFSET) if f.count] == []


def test_active_subject_is_not_counted() -> None:
    assert figures("Two rockets killed three people.") == [("fatalities", 3)]
    assert figures("Two bombers killed 23 people.") == [("fatalities", 23)]
    assert figures("Three gunmen killed a guard.") == [("fatalities", 1)]


def test_spans_are_article_offsets() -> None:
    sentence = "On Monday a bomb killed 4 people, wounded 9 and forced 300 families from their homes."
    found = find_figures(sentence, OFFSET)
    assert [(f.kind, f.count) for f in found] == [("fatalities", 4), ("injured", 9), ("displaced", 300)]
    for fig in found:
        assert fig.span.text == sentence[fig.span.start - OFFSET : fig.span.end - OFFSET]
        assert str(fig.count) in fig.span.text


def test_vocabulary_is_consistent() -> None:
    vocab = figure_vocab()
    kinds = {"fatalities", "injured", "displaced", "arrested", "abducted"}
    for role, phrases in vocab.triggers.items():
        assert all(kind in kinds for kind in phrases.values()), role
        assert all(p == p.lower().strip() for p in phrases), role
    assert {k for kinds_ in vocab.zero.values() for k in kinds_} <= kinds
    for role in ("qualifier", "filler", "aux", "toll_link", "who", "nonhuman", "stop", "object", "intent", "cancel"):
        assert vocab.words[role], role
    assert not vocab.words["who"] & vocab.words["nonhuman"]
    assert not vocab.words["who"] & vocab.words["stop"]
    numbers = number_vocab()
    assert all(v > 0 for v in numbers.vague.values())
    assert numbers.vague["several"] == numbers.vague["a number of"] == 10


@pytest.mark.parametrize(
    ("filename", "role_col", "phrase_col"), [("figures.tsv", 1, 2), ("numbers.tsv", 2, 0), ("times.tsv", 0, 1)]
)
def test_data_file_rows_are_unique_and_unambiguous(filename: str, role_col: int, phrase_col: int) -> None:
    rows = [tuple(row) for row in data_rows(filename)]
    assert rows and all(len(row) == 3 for row in rows)
    assert len(rows) == len(set(rows))
    # "casualties" is the one phrase meant for two kinds: no casualties means neither deaths nor injuries
    keyed = [(r[role_col], r[phrase_col]) for r in rows if r[role_col] != "zero"]
    assert len(keyed) == len(set(keyed)), "a phrase has two meanings in one role"


def _acled_rows() -> list[dict[str, object]]:
    path = SHARED / "acled-me-2018" / "dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/data is not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_acled_notes_fatalities() -> None:
    """On coders' notes the sentence figures agree with coded fatalities often, and rarely invent deaths."""
    split = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
    agree = deaths = invented = quiet = 0
    for row in _acled_rows():
        gold = int(str(row.get("fatalities") or 0))
        found = [f.count for s in split.split(str(row.get("notes") or "")) for f in find_figures(s, 0) if f.kind == "fatalities"]
        if gold:
            deaths += 1
            agree += gold in (sum(found), max(found, default=0))
        else:
            quiet += 1
            invented += any(found)
    assert deaths > 1000 and quiet > 1000
    assert agree / deaths >= 0.5
    assert invented / quiet <= 0.03


@pytest.mark.parametrize("text", ["Shelling killed and injured dozens.",
                                  "The strike killed and wounded several fighters.",
                                  "Gunmen opened fire, killing and injuring a number of people."])
def test_deaths_without_a_number_count_ten(text: str) -> None:
    fatal = [f for f in find_figures(text, 0) if f.kind == "fatalities"]
    assert [(f.count, f.qualifier) for f in fatal] == [(10, "unknown")]


@pytest.mark.parametrize(("text", "count"), [
    ("Gunmen opened fire on a commander, killing him instantly.", 1),
    ("Unknown gunmen assassinated a cleric in the town.", 1),
    ("One fatality was reported in the fighting.", 1),
    ("Five civilians including a woman were killed by missiles.", 5),
])
def test_one_person_by_pronoun_singular_noun_or_count_with_its_parts(text: str, count: int) -> None:
    assert [f.count for f in find_figures(text, 0) if f.kind == "fatalities"] == [count]


@pytest.mark.parametrize(("text", "count"), [
    ("The unknown number of fatalities was coded as 10.", 10),
    ("Fatalities were estimated at 12 by local medics.", 12),
])
def test_a_fatality_count_stated_as_such(text: str, count: int) -> None:
    assert [f.count for f in find_figures(text, 0) if f.kind == "fatalities"] == [count]


@pytest.mark.parametrize(("text", "count"), [
    ("Two militia fighters and one farmer were killed by mortar fire.", 3),
    ("At least 8 army and allied militia soldiers were killed on the ridge.", 8),
    ("A shepherd was beaten and killed near the well.", 1),
    ("2 guards were shot and killed at the gate.", 2),
    ("A farmer and his son were killed when a shell hit their field.", 2),
    ("The rocket killed a woman and child in the market.", 2),
    ("At least 9 soldiers were killed in addition to 3 civilians.", 12),
    ("Five policemen were killed along with two bystanders.", 7),
])
def test_people_told_with_their_parts_and_additions(text: str, count: int) -> None:
    assert [f.count for f in find_figures(text, 0) if f.kind == "fatalities"] == [count]


@pytest.mark.parametrize("text", [
    "The shell hit a school, killing a teacher and injuring others.",
    "Troops shot a driver, killing a man and leaving others wounded.",
])
def test_a_person_and_the_injured_others_is_one_death(text: str) -> None:
    assert [f.count for f in find_figures(text, 0) if f.kind == "fatalities"] == [1]


def test_an_unknown_number_added_to_a_count_is_not_added() -> None:
    found = [f.count for f in find_figures("Shells killed 4 civilians along with a number of fighters.", 0)
             if f.kind == "fatalities"]
    assert found[0] == 4


@pytest.mark.parametrize(("text", "count"), [
    ("A mine went off under the bus, resulting in the death of the driver.", 1),
    ("Gunmen killed the commander of the local brigade.", 1),
    ("Guards fired on a smuggler at the fence, which led to his death.", 1),
    ("The raid led to the killing of 6 militants.", 6),
    ("9 militia fighters were reported killed.", 9),
    ("Three policemen and local guard members were killed in the ambush.", 3),
])
def test_deaths_told_of_one_person_or_by_a_noun(text: str, count: int) -> None:
    assert [f.count for f in find_figures(text, 0) if f.kind == "fatalities"] == [count]


def test_a_definite_plural_is_not_one_death() -> None:
    assert [f.count for f in find_figures("Police killed the suspects.", 0) if f.kind == "fatalities"] == []
    assert [f.count for f in find_figures("Shelling killed the two soldiers.", 0) if f.kind == "fatalities"] == [2]


def test_a_killing_that_causes_something_else_is_not_counted_as_one_death() -> None:
    text = "The killing of the herder sparked protests in the market."
    assert [f.count for f in find_figures(text, 0) if f.kind == "fatalities"] == []
