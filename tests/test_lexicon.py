"""The event vocabulary's data files: every ACLED pair is reachable and the files agree with each other."""

from __future__ import annotations

from importlib.resources import files

from frontwire.extract.lexicon import ACLED_SUB_TYPES, load_lexicon


def test_every_acled_sub_event_type_has_a_kind() -> None:
    lexicon = load_lexicon()
    pairs = {(k.event_type, k.sub_event_type) for k in lexicon.kinds.values()}
    wanted = {(t, s) for t, subs in ACLED_SUB_TYPES.items() for s in subs}
    assert wanted <= pairs
    assert len(wanted) == 25


def test_every_kind_has_a_trigger_or_is_reached_by_refinement() -> None:
    lexicon = load_lexicon()
    triggered = {t.kind for ts in lexicon.triggers.values() for t in ts}
    refined = {"excessive_force", "riot", "mob_violence", "attack", "government_regains", "nonstate_overtakes",
               "territory_transfer", "clash", "chemical", "grenade", "suicide_bombing", "ied", "airstrike",
               "shelling", "abduction", "strategic_other", "threat"}
    headed = set(lexicon.cues.heading_kinds.values())
    assert set(lexicon.kinds) <= triggered | refined | headed


def test_heading_labels_name_known_kinds() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.cues.heading_kinds.values()) <= set(lexicon.kinds)


def test_plover_codes_are_plover_event_types() -> None:
    plover = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "DEMAND",
              "DISAPPROVE", "INVESTIGATE"}
    assert {k.plover for k in load_lexicon().kinds.values()} <= plover


def test_weapon_cues_name_known_kinds() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.cues.weapon_kinds.values()) <= set(lexicon.kinds)


def test_no_trigger_row_is_listed_twice() -> None:
    rows = [line for line in (files("frontwire.data") / "triggers.tsv").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) == len(set(rows))
