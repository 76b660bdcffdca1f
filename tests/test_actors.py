"""Tests for the actor catalogue, its generic patterns and the resolver in frontwire.extract.actors."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from frontwire.errors import ResourceError
from frontwire.extract.actors import (
    KINDS,
    ActorCatalogue,
    ActorRecord,
    Country,
    PhraseGroup,
    Role,
    Rules,
    is_armed,
    load_catalogue,
    load_rules,
)
from frontwire.models import ActorRef

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_6f97f35e48310271.txt"


def _data(name: str) -> Any:
    return json.loads((resources.files("frontwire") / "data" / name).read_text(encoding="utf-8"))


def _norm(phrase: str) -> str:
    return " ".join(re.findall(r"[^\W_]+|'s\b", phrase.lower().replace("’", "'")))


@pytest.fixture(scope="module")
def catalogue() -> ActorCatalogue:
    return load_catalogue()


# --- the data files -------------------------------------------------------------------------


def test_every_record_has_the_required_fields() -> None:
    for rec in _data("actors.json")["actors"]:
        assert isinstance(rec["id"], str) and rec["id"], rec
        assert isinstance(rec["name"], str) and rec["name"], rec
        assert rec["inter"] in range(1, 9), rec
        assert rec["kind"] in KINDS, rec
        assert rec["country"] is None or re.fullmatch(r"[A-Z]{2}", rec["country"]), rec


def test_ids_are_unique_and_parents_exist() -> None:
    records = _data("actors.json")["actors"]
    ids = [rec["id"] for rec in records]
    assert len(ids) == len(set(ids))
    assert {rec["parent"] for rec in records if "parent" in rec} <= set(ids)


def test_no_alias_maps_to_two_ids() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for rec in _data("actors.json")["actors"]:
        for alias in rec["aliases"]:
            assert alias == alias.lower(), (rec["id"], alias)
            owners[_norm(alias)].add(rec["id"])
        for acronym in rec.get("acronyms", []):
            assert acronym != acronym.lower(), (rec["id"], acronym)
            owners[acronym].add(rec["id"])
    assert {alias: ids for alias, ids in owners.items() if len(ids) > 1} == {}


def test_every_alias_resolves_to_its_own_record(catalogue: ActorCatalogue) -> None:
    wrong = [
        (rec.id, alias, ref.id if ref else None)
        for rec in catalogue.records
        for alias in (*rec.aliases, *rec.acronyms)
        if (ref := catalogue.resolve(alias, country_focus=rec.country)) is None or ref.id != rec.id
    ]
    assert wrong == []


@pytest.mark.parametrize("kind", ["state", "rebel", "militia", "organization", "media", "external"])
def test_catalogue_covers_each_kind(catalogue: ActorCatalogue, kind: str) -> None:
    assert sum(rec.kind == kind for rec in catalogue.records) >= 3


def test_rule_tables_refer_to_catalogue_ids(catalogue: ActorCatalogue) -> None:
    rules = load_rules()
    ids = {rec.id for rec in catalogue.records}
    assert {actor for c in rules.countries for _, actor in c.roles} <= ids
    assert {r.default for r in rules.roles if r.default} <= ids
    codes = {c.iso2 for c in rules.countries}
    assert {code for e in rules.ethnic_groups for code in e.countries} <= codes


def test_country_table_is_consistent() -> None:
    rules = load_rules()
    assert len(rules.countries) >= 100
    assert len({c.iso2 for c in rules.countries}) == len(rules.countries)
    adjectives = [_norm(a) for c in rules.countries for a in c.adj]
    assert len(adjectives) == len(set(adjectives)), "an adjective names two countries"


def test_catalogue_ids_follow_the_generic_id_form_for_its_state_forces(catalogue: ActorCatalogue) -> None:
    for cc in ("sy", "ru", "tr", "ir", "us", "ke", "so", "ng", "ye", "iq", "ua", "sd"):
        rec = catalogue.record(f"{cc}-military")
        assert rec is not None and rec.kind == "state" and rec.name.startswith("Military Forces of")


# --- resolve() --------------------------------------------------------------------------------

RESOLVED = [
    ("Russian jets", "SY", "ru-military", 8),
    ("pro-regime forces", "SY", "sy-military", 1),
    ("the Syrian regime", "SY", "sy-military", 1),
    ("Iranian militias", "SY", "ir-militias", 3),
    ("rebel fighters", "SY", "sy-rebels", 2),
    ("unidentified gunmen", "SY", "sy-unidentified", 3),
    ("Jaish al-Nasr", "SY", "sy-jaish-nasr", 2),
    ("the National Army", "SY", "sy-sna", 2),
    ("Houthi rebels", "YE", "ye-houthis", 2),
    ("Kenyan police", "KE", "ke-police", 1),
    ("RSF fighters", "SD", "sd-rsf", 2),
    ("some Syrian army units", "SY", "sy-military", 1),
    ("dozens of civilians", "SY", "sy-civilians", 7),
    ("a group of gunmen", "NG", "ng-unidentified", 3),
    ("regime helicopters", "SY", "sy-military", 1),
    ("Tiger Forces", "SY", "sy-tiger-forces", 1),
    ("NDF militiamen", "SY", "sy-ndf", 3),
    ("Hezbollah fighters", "SY", "lb-hezbollah", 3),
    ("Turkish artillery", "SY", "tr-military", 8),
    ("Sultan Murad fighters", "SY", "sy-sultan-murad", 2),
    ("Faylaq al-Sham", "SY", "sy-faylaq-sham", 2),
    ("Tahrir al-Sham militants", "SY", "sy-hts", 2),
    ("the Nusra Front", "SY", "sy-hts", 2),
    ("Hurras al-Din", "SY", "sy-hurras", 2),
    ("ISIS", "SY", "sy-is", 2),
    ("IS militants", "IQ", "iq-is", 2),
    ("U.S.-backed forces", "SY", "sy-sdf", 2),
    ("YPG fighters", "SY", "sy-ypg", 2),
    ("Kurdish fighters", "SY", "sy-ypg", 2),
    ("the US-led coalition", "SY", "oir", 8),
    ("coalition warplanes", "SY", "oir", 8),
    ("Israeli jets", "SY", "il-military", 8),
    ("Turkish-backed rebels", "SY", "sy-sna", 2),
    ("jihadists", "SY", "sy-hts", 2),
    ("the Free Syrian Army", "SY", "sy-rebels", 2),
    ("the White Helmets", "SY", "white-helmets", 7),
    ("Ansar Allah", "YE", "ye-houthis", 2),
    ("coalition warplanes", "YE", "ye-coalition", 8),
    ("Saudi-led coalition jets", "YE", "ye-coalition", 8),
    ("Yemeni government forces", "YE", "ye-military", 1),
    ("Security Belt forces", "YE", "ye-security-belt", 3),
    ("AQAP militants", "YE", "ye-aqap", 2),
    ("al-Qaeda", "YE", "ye-aqap", 2),
    ("Iraqi soldiers", "IQ", "iq-military", 1),
    ("Hashd al-Shaabi", "IQ", "iq-pmf", 3),
    ("Kurdish Peshmerga", "IQ", "iq-peshmerga", 1),
    ("Daesh", "IQ", "iq-is", 2),
    ("Ukrainian armed forces", "UA", "ua-military", 1),
    ("Russian troops", "UA", "ru-military", 8),
    ("pro-Russian separatists", "UA", "ua-separatists", 2),
    ("DPR fighters", "UA", "ua-dpr", 2),
    ("Sudanese army", "SD", "sd-military", 1),
    ("the paramilitaries", "SD", "sd-rsf", 2),
    ("Janjaweed militia", "SD", "sd-janjaweed", 4),
    ("SPLM-N rebels", "SD", "sd-splmn", 2),
    ("al-Shabaab militants", "KE", "so-shabaab", 2),
    ("militants", "SO", "so-shabaab", 2),
    ("AMISOM troops", "SO", "au-amisom", 8),
    ("Kenyan troops", "SO", "ke-military", 8),
    ("KDF soldiers", "KE", "ke-military", 1),
    ("GSU officers", "KE", "ke-police", 1),
    ("SNA soldiers", "SO", "so-military", 1),
    ("hundreds of protesters", "KE", "ke-protesters", 6),
    ("an angry mob", "KE", "ke-rioters", 5),
    ("Pokot raiders", "KE", "ke-pokot-militia", 4),
    ("herders", "KE", "ke-communal", 4),
    ("two villagers", "KE", "ke-civilians", 7),
    ("a woman", "SO", "so-civilians", 7),
    ("Boko Haram insurgents", "NG", "ng-boko-haram", 2),
    ("ISWAP fighters", "NG", "ng-iswap", 2),
    ("Islamic State", "NG", "ng-iswap", 2),
    ("armed bandits", "NG", "ng-unidentified", 3),
    ("Fulani herdsmen", "NG", "ng-fulani-militia", 4),
    ("Nigerian soldiers", "NG", "ng-military", 1),
    ("the Taliban", "AF", "af-taliban", 2),
    ("JNIM", "ML", "jnim", 2),
    ("Wagner mercenaries", "ML", "ru-wagner", 8),
    ("French troops", "ML", "fr-military", 8),
    ("Haftar's forces", "LY", "ly-lna", 1),
    ("Emirati drones", "LY", "ae-military", 8),
    ("Hamas militants", "PS", "ps-hamas", 2),
    ("Israeli settlers", "PS", "il-settlers", 4),
    ("the Tatmadaw", "MM", "mm-military", 1),
    ("TPLF forces", "ET", "et-tplf", 2),
    ("M23 rebels", "CD", "cd-m23", 2),
    ("UN peacekeepers", "CD", "monusco", 8),
    ("Pakistani Taliban", "PK", "pk-ttp", 2),
    ("unidentified drones", "SY", "unidentified-military", 8),
]


@pytest.mark.parametrize(("phrase", "focus", "actor_id", "inter"), RESOLVED)
def test_resolve(catalogue: ActorCatalogue, phrase: str, focus: str, actor_id: str, inter: int) -> None:
    ref = catalogue.resolve(phrase, country_focus=focus)
    assert ref is not None, phrase
    assert (ref.id, ref.inter, ref.text, ref.span) == (actor_id, inter, phrase, None)


@pytest.mark.parametrize("phrase", ["the weather", "a long road", "ceasefire talks", "many analysts", ""])
def test_resolve_gives_none_for_non_actors(catalogue: ActorCatalogue, phrase: str) -> None:
    assert catalogue.resolve(phrase, country_focus="SY") is None


@pytest.mark.parametrize(
    ("phrase", "focus", "name", "country"),
    [
        ("Chadian soldiers", "TD", "Military Forces of Chad", "TD"),
        ("British jets", "IQ", "Military Forces of the United Kingdom", "GB"),
        ("Ugandan police", "UG", "Police Forces of Uganda", "UG"),
        ("civilians", "YE", "Civilians (Yemen)", "YE"),
        ("demonstrators", "IQ", "Protesters (Iraq)", "IQ"),
        ("gunmen", "ML", "Unidentified Armed Group (Mali)", "ML"),
        ("rebels", "CD", "Opposition Rebels (Democratic Republic of Congo)", "CD"),
        ("Russian-backed militias", "LY", "Pro-Russia Militias", "RU"),
        ("civilians", None, "Civilians", None),
    ],
)
def test_generic_patterns_build_acled_names(
    catalogue: ActorCatalogue, phrase: str, focus: str | None, name: str, country: str | None
) -> None:
    ref = catalogue.resolve(phrase, country_focus=focus)
    assert ref is not None and (ref.name, ref.country) == (name, country)


@pytest.mark.parametrize("phrase", ["government forces", "the army", "troops", "warplanes", "security forces"])
def test_focus_generics_need_a_focus(catalogue: ActorCatalogue, phrase: str) -> None:
    assert catalogue.resolve(phrase, country_focus=None) is None
    ref = catalogue.resolve(phrase, country_focus="ke")
    assert ref is not None and ref.country == "KE" and ref.inter == 1


@pytest.mark.parametrize(
    ("phrase", "focus", "inter"),
    [
        ("Russian jets", "SY", 8),
        ("Russian jets", "RU", 1),
        ("Russian jets", None, 1),
        ("Kenyan troops", "SO", 8),
        ("Kenyan troops", "KE", 1),
        ("Iranian Revolutionary Guards", "SY", 8),
        ("Iranian militias", "SY", 3),
        ("Hezbollah", "SY", 3),
        ("AMISOM", "SO", 8),
    ],
)
def test_state_forces_abroad_are_inter_8(catalogue: ActorCatalogue, phrase: str, focus: str | None, inter: int) -> None:
    ref = catalogue.resolve(phrase, country_focus=focus)
    assert ref is not None and ref.inter == inter


# --- find() -----------------------------------------------------------------------------------


def test_find_gives_article_offsets(catalogue: ActorCatalogue) -> None:
    article = "Headline line.\nFighters of Jaish al-Nasr said Russian jets and pro-regime forces hit two villages."
    offset = article.index("Fighters")
    found = catalogue.find(article[offset:], offset, country_focus="SY")
    assert [(a.id, a.text) for a in found] == [
        ("sy-jaish-nasr", "Jaish al-Nasr"), ("ru-military", "Russian jets"), ("sy-military", "pro-regime forces"),
    ]
    for actor in found:
        assert actor.span is not None and article[actor.span.start : actor.span.end] == actor.text == actor.span.text


def test_find_prefers_the_longest_match(catalogue: ActorCatalogue) -> None:
    found = catalogue.find("Fighters loyal to the Syrian National Army shelled it.", 0, country_focus="SY")
    assert [a.id for a in found] == ["sy-sna"]
    assert [a.text for a in catalogue.find("Somali National Army units advanced.", 0, country_focus="SO")] == [
        "Somali National Army units"
    ]


def test_find_does_not_join_across_punctuation(catalogue: ActorCatalogue) -> None:
    found = catalogue.find("They met the Syrian. Army officials declined.", 0, country_focus="IQ")
    assert all(a.id != "sy-military" for a in found)
    assert [a.text for a in catalogue.find("Houthi, fighters said", 0, country_focus="YE")] == ["Houthi"]


def test_find_skips_the_focus_country_name(catalogue: ActorCatalogue) -> None:
    text = "Turkey said Syria and Russia had agreed."
    assert [a.id for a in catalogue.find(text, 0, country_focus="SY")] == ["tr-military", "ru-military"]
    assert catalogue.find(text, 0, country_focus="SY", bare_countries=False) == []


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Fighting spread in eastern Democratic Republic of Congo on Monday.", "CD"),
        ("The Britain-based monitor counted the dead.", "SY"),
        ("A Qatar-brokered truce held.", "AF"),
    ],
)
def test_find_ignores_country_names_that_are_not_actors(catalogue: ActorCatalogue, text: str, focus: str) -> None:
    assert catalogue.find(text, 0, country_focus=focus) == []


def test_find_matches_acronyms_only_in_capitals(catalogue: ActorCatalogue) -> None:
    assert [a.id for a in catalogue.find("IS fighters attacked; WHO said it is grim.", 0, country_focus="IQ")] == [
        "iq-is", "who",
    ]


def test_find_on_the_reference_article(catalogue: ActorCatalogue) -> None:
    if not SEED.exists():
        pytest.skip("../shared/seed is not available")
    text = SEED.read_text(encoding="utf-8")
    found = catalogue.find(text, 0, country_focus="SY")
    assert {"ru-military", "ir-militias", "sy-jaish-nasr", "sy-sna", "sy-rebels"} <= {a.id for a in found}
    assert all(a.span is not None and text[a.span.start : a.span.end] == a.text for a in found)


# --- canonical() --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "focus", "actor_id"),
    [
        ("Russia (military)", None, "ru-military"),
        ("Syrian government forces", None, "sy-military"),
        ("Iran-backed militias", None, "ir-militias"),
        ("Iran", None, "ir-military"),
        ("Syrian opposition (rebels)", None, "sy-rebels"),
        ("National Army (Syrian National Army)", None, "sy-sna"),
        ("unidentified", "SY", "sy-unidentified"),
        ("unidentified", None, "unidentified"),
        ("Jaish al-Nasr", None, "sy-jaish-nasr"),
        ("Military Forces of Russia (2000-)", None, "ru-military"),
        ("Military Forces of Russia (2012-2024)", None, "ru-military"),
        ("Civilians (Syria)", None, "sy-civilians"),
        ("Kenya (police)", None, "ke-police"),
        ("Police Forces of Kenya (2013-)", None, "ke-police"),
        ("Al Shabaab", None, "so-shabaab"),
        ("sy-hts", None, "sy-hts"),
        ("rebel fighters", "SY", "sy-rebels"),
    ],
)
def test_canonical_reads_loose_labels(catalogue: ActorCatalogue, label: str, focus: str | None, actor_id: str) -> None:
    assert catalogue.canonical(label, country_focus=focus) == actor_id


@pytest.mark.parametrize("label", ["Mohammad Rashid", "many analysts", "ceasefire"])
def test_canonical_gives_none_for_people_and_things(catalogue: ActorCatalogue, label: str) -> None:
    assert catalogue.canonical(label) is None


# --- tiny catalogues, loading and errors ----------------------------------------------------------

TINY_RULES = Rules(
    roles=(
        Role("military", 1, "state", id="{cc}-military", name="Military Forces of {the_country}"),
        Role("civilians", 7, "civilians", id="{cc}-civilians", name="Civilians ({country})",
             generic_id="civilians", generic_name="Civilians"),
    ),
    phrases=(
        PhraseGroup("military", "country", ("{adj} (troops|jets)",)),
        PhraseGroup("civilians", "focus", ("(civilians|villagers)",)),
    ),
    countries=(
        Country("XA", "Arcadia", adj=("arcadian",), names=("Arcadia",)),
        Country("XB", "Bordurian Republic", the=True, adj=("bordurian",), names=("Borduria",),
                roles=(("military", "xb-army"),)),
    ),
    suffixes=("fighters",),
)
TINY_RECORDS = (
    ActorRecord("xa-front", "Arcadian Liberation Front", 2, "XA", "rebel",
                aliases=("arcadian liberation front", "alf")),
    ActorRecord("xb-army", "Army of Borduria", 1, "XB", "state", aliases=("bordurian guard",)),
)


@pytest.fixture
def tiny() -> ActorCatalogue:
    return ActorCatalogue.from_records(TINY_RECORDS, rules=TINY_RULES)


@pytest.mark.parametrize(
    ("phrase", "focus", "expected"),
    [
        ("ALF fighters", "XA", ("xa-front", "Arcadian Liberation Front", 2)),
        ("Bordurian troops", "XA", ("xb-army", "Army of Borduria", 8)),
        ("the Bordurian guard", "XB", ("xb-army", "Army of Borduria", 1)),
        ("Arcadian jets", "XB", ("xa-military", "Military Forces of Arcadia", 8)),
        ("villagers", "XA", ("xa-civilians", "Civilians (Arcadia)", 7)),
        ("Borduria", "XA", ("xb-army", "Army of Borduria", 8)),
    ],
)
def test_tiny_catalogue(tiny: ActorCatalogue, phrase: str, focus: str, expected: tuple[str, str, int]) -> None:
    ref = tiny.resolve(phrase, country_focus=focus)
    assert ref is not None and (ref.id, ref.name, ref.inter) == expected


def test_tiny_catalogue_find_takes_suffixes(tiny: ActorCatalogue) -> None:
    found = tiny.find("Yesterday ALF fighters met villagers.", 10, country_focus="XA")
    assert [(a.id, a.span) for a in found] == [
        ("xa-front", found[0].span), ("xa-civilians", found[1].span),
    ]
    assert [(a.span.start, a.span.end) for a in found if a.span] == [(20, 32), (37, 46)]


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(ResourceError, match="used twice"):
        ActorCatalogue.from_records(TINY_RECORDS + TINY_RECORDS[:1], rules=TINY_RULES)


def test_an_alias_naming_two_actors_is_refused() -> None:
    clash = ActorRecord("xa-other", "Other Front", 2, "XA", "rebel", aliases=("alf",))
    catalogue = ActorCatalogue.from_records((*TINY_RECORDS, clash), rules=TINY_RULES)
    with pytest.raises(ResourceError, match="alf"):
        catalogue.find("ALF", 0, country_focus="XA")


def _write(tmp_path: Path, actors: object) -> Path:
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"actors": actors}), encoding="utf-8")
    return path


def test_load_catalogue_from_a_path(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "xa-front", "name": "Front", "inter": 2, "country": "SY", "kind": "rebel",
                              "aliases": ["the front"]}])
    ref = load_catalogue(path).resolve("The Front", country_focus="SY")
    assert ref == ActorRef("xa-front", "Front", 2, "SY", text="The Front")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x", "name": "X", "inter": 9, "country": None, "kind": "rebel"}, "inter"),
        ({"id": "x", "name": "X", "inter": 2, "country": None, "kind": "pirates"}, "kind"),
        ({"id": "x", "name": "X", "inter": 2, "country": "Syria", "kind": "rebel"}, "country"),
        ({"id": "x", "name": "X", "inter": 2, "country": None, "kind": "rebel", "aliases": ["Big X"]}, "lowercase"),
        ({"id": "x", "name": "X", "country": None, "kind": "rebel"}, "malformed"),
        ({"id": "x", "name": "X", "inter": 2, "country": None, "kind": "rebel", "parent": "y"}, "parent"),
    ],
)
def test_bad_records_are_refused(tmp_path: Path, record: dict[str, object], message: str) -> None:
    with pytest.raises(ResourceError, match=message):
        load_catalogue(_write(tmp_path, [record]))


def test_unreadable_files_raise_resource_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"actors": [\n  {"id": }\n]}', encoding="utf-8")
    with pytest.raises(ResourceError, match="line 2"):
        load_catalogue(broken)
    with pytest.raises(ResourceError, match="cannot read"):
        load_catalogue(tmp_path / "missing.json")
    with pytest.raises(ResourceError, match="malformed"):
        load_rules(_write(tmp_path, []))


@pytest.mark.parametrize(("inter", "armed"), [(1, True), (2, True), (3, True), (4, True), (5, False),
                                              (6, False), (7, False), (8, True)])
def test_is_armed(inter: int, armed: bool) -> None:
    assert is_armed(ActorRef("x", "X", inter, None)) is armed


@pytest.mark.parametrize(("text", "actor_id"), [
    ("The Japanese government demanded an apology.", "jp-government"),
    ("Kenyan officials rejected the report.", "ke-government"),
    ("France's foreign minister met the delegation.", "fr-government"),
])
def test_governments_and_their_officials(res: Any, text: str, actor_id: str) -> None:
    assert actor_id in [a.id for a in res.actors.find(text, 0, country_focus=None)]
