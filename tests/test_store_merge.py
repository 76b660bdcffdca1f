"""The cross-source merge as a pure function: pair rules, clustering, event fields, and its data files."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date
from importlib import resources

import pytest

from frontwire.store.combine import event_actors, summarise
from frontwire.store.export import countries, disorder_type
from frontwire.store.merge import (
    MergeActor,
    MergeMention,
    cluster,
    compare,
    distance_km,
    event_id,
    load_rules,
)

DAY = date(2019, 8, 14)
# Two villages about 1.3 km apart, and a town about 27 km from the first.
HERE = (35.6483, 36.6769)
NEXT_DOOR = (35.6600, 36.6769)
TOWN_27KM = (35.8645, 36.8059)
ARMY = MergeActor("sy-army", "Army of Syria", "actor", 1, "SY")
REBELS = MergeActor("sy-rebels", "Rebels of Syria", "actor", 2, "SY")


def mention(mid: str, article: str, **changes: object) -> MergeMention:
    """An airstrike mention at HERE on DAY, with the given fields changed."""
    base = MergeMention(id=mid, article_id=article, outlet=f"outlet-{article}", published=DAY, kind="airstrike",
                        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", plover="FIGHT",
                        status="occurred", location="Here", geonameid=1, feature="PPL", country="SY",
                        admin1="Idlib", lat=HERE[0], lon=HERE[1], geo_precision=1, time_start=DAY, time_end=DAY,
                        time_precision=1)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_distance_is_great_circle_km() -> None:
    assert distance_km(*HERE, *TOWN_27KM) == pytest.approx(27, abs=1.5)
    assert distance_km(*HERE, *HERE) == 0.0


@pytest.mark.parametrize(("changes", "joins"), [
    ({}, True),
    ({"kind": "shelling"}, True),                      # compatible families
    ({"kind": "protest"}, False),                      # incompatible kinds
    ({"time_start": date(2019, 8, 15), "time_end": date(2019, 8, 15)}, True),   # within the day of slack
    ({"time_start": date(2019, 8, 17), "time_end": date(2019, 8, 17)}, False),  # three days apart
    ({"lat": NEXT_DOOR[0], "lon": NEXT_DOOR[1]}, True),
    ({"lat": TOWN_27KM[0], "lon": TOWN_27KM[1]}, False),                          # beyond 10 km for towns
    ({"lat": TOWN_27KM[0], "lon": TOWN_27KM[1], "geo_precision": 2}, True),      # a vaguer place reaches 30 km
    ({"lat": None, "lon": None}, False),                                         # unlocated
    ({"feature": "PCLI"}, False),                                                # country-level vs town
    ({"actors": (replace(ARMY, role="target"),)}, False),                        # the doer is the other's target
    ({"status": "denied"}, True),                                                # disagreement is not a blocker
], ids=["same", "compatible-kind", "other-kind", "next-day", "days-apart", "near", "far", "far-vague",
        "unlocated", "country-level", "opposed-actors", "denied"])
def test_pair_rules(changes: dict[str, object], joins: bool) -> None:
    a = mention("a", "A", actors=(ARMY,))
    b = mention("b", "B", **({"actors": (ARMY,)} | changes))
    assert (compare(a, b, load_rules()) is not None) is joins


def test_mentions_of_one_article_never_merge() -> None:
    assert compare(mention("a", "A"), mention("b", "A"), load_rules()) is None


def test_link_explains_the_join() -> None:
    link = compare(mention("a", "A", actors=(ARMY,)), mention("b", "B", actors=(ARMY,), lat=NEXT_DOOR[0]), load_rules())
    assert link is not None
    assert (link.mention_id, link.joined_to, link.time_gap_days, link.distance_limit_km) == ("b", "a", 0, 10.0)
    assert link.kind_rule == "same kind (airstrike)" and link.actors == "shared actor: Army of Syria"
    assert link.distance_km == pytest.approx(1.3, abs=0.1)


def test_country_level_reports_merge_only_with_each_other() -> None:
    vague = {"feature": "PCLI", "geo_precision": 3, "lat": 35.0, "lon": 38.0}
    assert compare(mention("a", "A", **vague), mention("b", "B", **vague), load_rules()) is not None
    other_country = vague | {"country": "IQ"}
    assert compare(mention("a", "A", **vague), mention("b", "B", **other_country), load_rules()) is None


def retellings() -> list[MergeMention]:
    """Three reports of one strike, one of a strike 27 km away, and a vague campaign mention."""
    return [
        mention("m1", "A", fatalities=9, actors=(ARMY,)),
        mention("m2", "B", fatalities=11, actors=(ARMY,), published=date(2019, 8, 15)),
        mention("m3", "C", fatalities=10, status="denied", actors=(REBELS,)),
        mention("m4", "D", fatalities=4, lat=TOWN_27KM[0], lon=TOWN_27KM[1], location="Town"),
        mention("m5", "B", kind="offensive", time_start=date(2019, 4, 1)),
    ]


def _groups(mentions: list[MergeMention]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.members) for c in cluster(mentions)}


def test_three_retellings_become_one_event_and_the_nearby_strike_stays_apart() -> None:
    assert _groups(retellings()) == {frozenset({"m1", "m2", "m3"}), frozenset({"m4"}), frozenset({"m5"})}


def test_merge_is_the_same_in_any_input_order() -> None:
    expected = cluster(retellings())
    for order in itertools.permutations(retellings()):
        assert cluster(list(order)) == expected


def test_precise_reports_define_the_event_before_vague_ones_join() -> None:
    # Article C tells of the strike (one day) and, vaguely, of the week's strikes: the precise
    # mention must join A and B even though the vague one starts earlier.
    week = {"time_start": date(2019, 8, 9), "time_end": date(2019, 8, 15), "time_precision": 2}
    mentions = [mention("a", "A", actors=(ARMY,)), mention("b", "B", actors=(ARMY,)),
                mention("c-day", "C", status="denied"), mention("c-week", "C", actors=(ARMY,), **week)]
    assert _groups(mentions) == {frozenset({"a", "b", "c-day"}), frozenset({"c-week"})}


def test_no_chaining_through_a_middle_report() -> None:
    # b is 8 km from both a and c, but a and c are 16 km apart: complete linkage keeps a and c apart.
    a = mention("a", "A", lat=35.60, lon=36.60)
    b = mention("b", "B", lat=35.60 + 8 / 111.2, lon=36.60)
    c = mention("c", "C", lat=35.60 + 16 / 111.2, lon=36.60)
    groups = _groups([a, b, c])
    assert frozenset({"a", "c"}) not in groups and not any({"a", "c"} <= g for g in groups)
    assert len(groups) == 2


def test_event_id_is_stable_and_names_the_first_report() -> None:
    clusters = cluster(retellings())
    strike = next(c for c in clusters if len(c.members) == 3)
    assert strike.id == event_id("m1") == event_id(strike.members[0].id)
    assert [link.joined_to for link in strike.links] == [None, "m1", "m1"]


def test_summary_keeps_the_lowest_figure_the_range_and_the_disagreement() -> None:
    strike = next(c for c in cluster(retellings()) if len(c.members) == 3)
    row = summarise(strike, load_rules())
    assert (row.fatalities, row.fatalities_min, row.fatalities_max, row.fatalities_conflict) == (9, 9, 11, True)
    assert (row.status, row.status_conflict, row.statuses) == ("occurred", True, "denied,occurred")
    assert (row.n_mentions, row.n_sources, row.n_outlets) == (3, 3, 3)
    assert (row.first_reported, row.time_start, row.location) == (DAY, DAY, "Here")


def test_summary_without_disagreement_has_no_flags() -> None:
    agreed = cluster([mention("a", "A", fatalities=5), mention("b", "B", fatalities=5)])[0]
    row = summarise(agreed, load_rules())
    assert (row.fatalities, row.fatalities_conflict, row.status_conflict) == (5, False, False)


def test_summary_takes_the_most_precise_place() -> None:
    vague = mention("a", "A", geo_precision=2, location="Province", geonameid=2, lat=HERE[0] + 0.05)
    precise = mention("b", "B", location="Village", geonameid=3)
    row = summarise(cluster([vague, precise])[0], load_rules())
    assert (row.location, row.geo_precision) == ("Village", 1)


def test_event_actors_are_counted_per_role() -> None:
    members = retellings()[:3]
    actors = event_actors(members)
    assert [(a.name, a.role, a.mentions) for a in actors] == [("Army of Syria", "actor", 2),
                                                               ("Rebels of Syria", "actor", 1)]


def test_vague_spans_do_not_merge() -> None:
    long = {"time_start": date(2019, 1, 1), "time_end": date(2019, 12, 31)}
    assert len(cluster([mention("a", "A", **long), mention("b", "B", **long)])) == 2


# --- the data files -----------------------------------------------------------------------------


def _kinds() -> list[list[str]]:
    text = (resources.files("frontwire") / "data" / "kinds.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_merge_rules_name_only_known_families() -> None:
    families = {row[4] for row in _kinds()}
    raw = json.loads((resources.files("frontwire") / "data" / "store" / "merge_rules.json").read_text("utf-8"))
    named = {f for pair in raw["compatible_families"] for f in pair}
    assert named <= families
    assert sorted(load_rules().distance_km) == [1, 2, 3]


def test_every_event_type_has_a_disorder_type() -> None:
    for row in _kinds():
        assert disorder_type(row[1], row[2]), row


@pytest.mark.parametrize(("iso2", "iso3", "numeric", "region"), [
    ("SY", "SYR", 760, "Middle East"), ("NG", "NGA", 566, "Western Africa"), ("UA", "UKR", 804, "Europe"),
    ("AF", "AFG", 4, "South Asia"), ("CD", "COD", 180, "Middle Africa"), ("MM", "MMR", 104, "Southeast Asia"),
])
def test_country_table(iso2: str, iso3: str, numeric: int, region: str) -> None:
    country = countries()[iso2]
    assert (country.iso3, country.numeric, country.region) == (iso3, numeric, region)


def test_acled_notes_are_one_sentence_naming_the_sources() -> None:
    from frontwire.store.export import acled_row, notes
    from frontwire.store.query import EventRecord, SourceRef

    ied = {"kind": "ied", "sub_event_type": "Remote explosive/landmine/IED"}
    merged = cluster([mention("a", "A", fatalities=3, actors=(ARMY,), **ied), mention("b", "B", fatalities=5, **ied)])[0]
    sources = (SourceRef("A", "Levant Wire", None, DAY, None), SourceRef("B", "Orontes Post", None, DAY, None))
    record = EventRecord(summarise(merged, load_rules()), event_actors(merged.members), sources)
    assert notes(record) == ("On 14 August 2019, a remote explosive/landmine/IED by Army of Syria in Here (Idlib, Syria) "
                             "killed 3 (reports range from 3 to 5), as reported by Levant Wire and Orontes Post.")
    row = acled_row(record)
    assert (row["actor1"], row["inter1"], row["interaction"], row["fatalities"]) == ("Army of Syria", 1, "10", 3)
    assert (row["iso"], row["region"], row["source"]) == (760, "Middle East", "Levant Wire; Orontes Post")


@pytest.mark.parametrize(("status", "phrase"), [("planned", "a planned airstrike"), ("occurred", "an airstrike")])
def test_acled_notes_name_the_kind_where_acled_says_other(status: str, phrase: str) -> None:
    from frontwire.store.export import notes
    from frontwire.store.query import EventRecord, SourceRef

    planned = {"kind": "airstrike", "event_type": "Strategic developments", "sub_event_type": "Other", "status": status}
    merged = cluster([mention("a", "A", **planned)])[0]
    record = EventRecord(summarise(merged, load_rules()), (), (SourceRef("A", "Levant Wire", None, DAY, None),))
    assert phrase in notes(record) and " other " not in notes(record)
