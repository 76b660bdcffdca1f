"""The event vocabulary: kinds and their ACLED/PLOVER mapping, triggers and context cues, read from data files."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from frontwire.errors import ResourceError

ACLED_SUB_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}


@dataclass(frozen=True, slots=True)
class Kind:
    """One event kind and where it sits in ACLED's and PLOVER's taxonomies."""

    name: str
    event_type: str
    sub_event_type: str
    plover: str
    family: str
    violent: bool


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lemma phrase that signals an event of a kind."""

    lemmas: tuple[str, ...]
    kind: str
    pos: str
    refine: int


@dataclass(frozen=True, slots=True)
class Cues:
    """Context words that refine kinds and set status."""

    weapon_kinds: dict[str, str]
    status: dict[str, frozenset[str]]
    negations: frozenset[str]
    reporting_verbs: frozenset[str]
    control_verbs: frozenset[str]
    realized_words: frozenset[str]
    civilian_words: frozenset[str]
    background_subjects: frozenset[str] = frozenset()
    peaceful_takeover: frozenset[str] = frozenset()
    combatant_words: frozenset[str] = frozenset()
    heading_kinds: dict[str, str] = field(default_factory=dict)
    military_equipment: frozenset[str] = frozenset()
    military_vehicles: frozenset[str] = frozenset()
    military_modifiers: frozenset[str] = frozenset()
    gunfire_words: frozenset[str] = frozenset()
    person_words: frozenset[str] = frozenset()
    weapon_acronyms: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Kinds by name, triggers indexed by their first lemma, and cues."""

    kinds: dict[str, Kind]
    triggers: dict[str, tuple[Trigger, ...]]
    cues: Cues

    def kind(self, name: str) -> Kind:
        """The kind of that name; an unknown name is a bug in the data files."""
        try:
            return self.kinds[name]
        except KeyError as exc:
            raise ResourceError(f"kinds.tsv has no kind {name!r}") from exc


def _rows(filename: str) -> list[list[str]]:
    """The tab-separated rows of a packaged data file, without comments and blank lines."""
    text = resources.files("frontwire.data").joinpath(filename).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t")]


def _kinds() -> dict[str, Kind]:
    kinds = {}
    for row in _rows("kinds.tsv"):
        name, etype, sub, plover, family, violent = row
        if sub not in ACLED_SUB_TYPES.get(etype, ()):
            raise ResourceError(f"kinds.tsv: {name}: {etype!r} / {sub!r} is not an ACLED type pair")
        kinds[name] = Kind(name, etype, sub, plover, family, violent == "1")
    return kinds


def _triggers(kinds: dict[str, Kind]) -> dict[str, tuple[Trigger, ...]]:
    index: dict[str, list[Trigger]] = {}
    for row in _rows("triggers.tsv"):
        phrase, kind, pos, refine = row
        if kind not in kinds:
            raise ResourceError(f"triggers.tsv: {phrase!r} names unknown kind {kind!r}")
        trig = Trigger(tuple(phrase.split()), kind, pos, int(refine))
        index.setdefault(trig.lemmas[0], []).append(trig)
        if "-" in trig.lemmas[0]:  # also from its first part, where the tokenizer splits the word
            index.setdefault(trig.lemmas[0].split("-")[0], []).append(trig)
    return {k: tuple(sorted(v, key=lambda t: -len(t.lemmas))) for k, v in index.items()}


def _cues() -> Cues:
    raw: dict[str, Any] = json.loads(resources.files("frontwire.data").joinpath("cues.json").read_text("utf-8"))
    return Cues(
        weapon_kinds=dict(raw["weapon_kinds"]),
        status={k: frozenset(v) for k, v in raw["status"].items()},
        negations=frozenset(raw["negations"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        control_verbs=frozenset(raw["control_verbs"]),
        realized_words=frozenset(raw["realized_family_words"]),
        civilian_words=frozenset(raw["civilian_words"]),
        background_subjects=frozenset(raw.get("background_subjects", ())),
        peaceful_takeover=frozenset(raw.get("peaceful_takeover", ())),
        combatant_words=frozenset(raw.get("combatant_words", ())),
        heading_kinds=dict(raw.get("heading_kinds", {})),
        military_equipment=frozenset(raw.get("military_equipment", ())),
        military_vehicles=frozenset(raw.get("military_vehicles", ())),
        military_modifiers=frozenset(raw.get("military_modifiers", ())),
        gunfire_words=frozenset(raw.get("gunfire_words", ())),
        person_words=frozenset(raw.get("person_words", ())),
        weapon_acronyms=frozenset(raw.get("weapon_acronyms", ())),
    )


def load_lexicon() -> Lexicon:
    """Read kinds, triggers and cues from the package's data files."""
    kinds = _kinds()
    return Lexicon(kinds=kinds, triggers=_triggers(kinds), cues=_cues())


WORDS_FILE = "words.tsv"


@dataclass(frozen=True, slots=True)
class Words:
    """Word sets (lowercase lemmas) that decide an event's kind, its victims and its actors (data/words.tsv)."""

    crowd_words: frozenset[str]
    two_sided: frozenset[str]
    unarmed_fights: frozenset[str]
    military_terrain: frozenset[str]
    terrain: frozenset[str]
    fighting: frozenset[str]
    intervention: frozenset[str]
    crowd_violence: frozenset[str]
    crowd_violence_verbs: frozenset[str]
    averting: frozenset[str]
    doubt_words: frozenset[str]
    crowd_deeds: frozenset[str]
    breached_barriers: frozenset[str]
    hurting: frozenset[str]
    beating_blows: frozenset[str]
    armed_forces: frozenset[str]
    police_idle: frozenset[str]
    riot_kit: frozenset[str]
    symbols: frozenset[str]
    filth: frozenset[str]
    fouling: frozenset[str]
    unknown_doers: frozenset[str]
    officer_of_force: frozenset[str]
    police_words: frozenset[str]
    fire_setting: frozenset[str]
    live_rounds: frozenset[str]
    lethal: frozenset[str]
    mob_words: frozenset[str]
    crowd_nouns: frozenset[str]
    holding: frozenset[str]
    struck_terrain: frozenset[str]
    carrying: frozenset[str]
    aiming_verbs: frozenset[str]
    executing: frozenset[str]
    death_verbs: frozenset[str]
    firing_verbs: frozenset[str]
    weak_heads: frozenset[str]
    suspect_words: frozenset[str]
    only_transitive: frozenset[str]
    armed_services: frozenset[str]
    out_of_service: frozenset[str]
    held_captive: frozenset[str]
    fellow_words: frozenset[str]
    gunfight_verbs: frozenset[str]
    gunfight_fire_heads: frozenset[str]
    abduction_killings: frozenset[str]
    homeland_groups: frozenset[str]
    ethnic_doer_nouns: frozenset[str]
    civilian_markers: frozenset[str]
    anyone: frozenset[str]
    property: frozenset[str]
    response_verbs: frozenset[str]
    back_verbs: frozenset[str]
    communal: frozenset[str]
    protest_words: frozenset[str]
    community_nouns: frozenset[str]
    protest_verbs: frozenset[str]
    protesting_people: frozenset[str]
    demonstrators: frozenset[str]
    intrusions: frozenset[str]
    stormed_sessions: frozenset[str]
    grieving: frozenset[str]
    responses: frozenset[str]
    crowd_blows: frozenset[str]
    crowd_doers: frozenset[str]
    hosted_events: frozenset[str]
    street_protest: frozenset[str]
    fighters: frozenset[str]
    armed_men: frozenset[str]
    ground_raiders: frozenset[str]
    unfought_words: frozenset[str]
    causing_verbs: frozenset[str]
    gathering_verbs: frozenset[str]
    denouncing: frozenset[str]
    boycotted_duties: frozenset[str]
    gas_harms: frozenset[str]
    linking_verbs: frozenset[str]
    exploding: frozenset[str]
    bomb_handling: frozenset[str]
    dispersing: frozenset[str]
    bare_fights: frozenset[str]
    groups: frozenset[str]
    erupting: frozenset[str]
    descending: frozenset[str]
    sufferers: frozenset[str]
    wrecking: frozenset[str]
    crude_arms: frozenset[str]
    organised: frozenset[str]
    collectives: frozenset[str]
    stoning: frozenset[str]
    witchcraft: frozenset[str]
    civil_uses: frozenset[str]
    staging: frozenset[str]
    election_words: frozenset[str]
    figure_verbs: frozenset[str]
    toll_verbs: frozenset[str]
    light_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    fleeing_verbs: frozenset[str]
    region_qualifiers: frozenset[str]
    answering: frozenset[str]
    eventful: frozenset[str]
    objectless_verbs: frozenset[str]
    strife_nouns: frozenset[str]
    household_words: frozenset[str]
    mentions_terrain: frozenset[str]
    people: frozenset[str]
    campaign_nouns: frozenset[str]
    police: frozenset[str]
    friction: frozenset[str]
    mentions_protest_verbs: frozenset[str]
    covering_verbs: frozenset[str]
    burning_alive: frozenset[str]
    aflame: frozenset[str]
    lynching: frozenset[str]
    rampage_words: frozenset[str]
    political_gatherings: frozenset[str]
    deadly_aims: frozenset[str]
    death_nouns: frozenset[str]
    unawares_doings: frozenset[str]
    seized_conveyances: frozenset[str]
    person_hitting_verbs: frozenset[str]
    life_struggle_verbs: frozenset[str]
    life_words: frozenset[str]
    violence_ties: frozenset[str]
    inquiry_verbs: frozenset[str]
    suspicion_words: frozenset[str]
    pretence_verbs: frozenset[str]
    gathering_blows: frozenset[str]
    struck_gatherings: frozenset[str]
    accident_words: frozenset[str]
    wielding: frozenset[str]
    theft_verbs: frozenset[str]
    livestock: frozenset[str]
    suspecting: frozenset[str]
    cutting_verbs: frozenset[str]
    body_parts: frozenset[str]
    weapon_modifiers: frozenset[str]
    unlawful_killing_verbs: frozenset[str]
    unlawful_killing_marks: frozenset[str]
    harm_taking_verbs: frozenset[str]
    stormed_dwellings: frozenset[str]
    hindering_verbs: frozenset[str]
    fought_ills: frozenset[str]
    wound_nouns: frozenset[str]
    warning_fire_marks: frozenset[str]
    unrest_words: frozenset[str]
    armed_body_words: frozenset[str]
    dwelling_camps: frozenset[str]
    force_camp_words: frozenset[str]
    failing_verbs: frozenset[str]
    crowd_leading_verbs: frozenset[str]
    group_backing_verbs: frozenset[str]
    colliding_vehicles: frozenset[str]
    gunfire_spraying: frozenset[str]


@lru_cache(maxsize=1)
def vocab() -> Words:
    """The word sets, read once from data/words.tsv; a set the file names but Words lacks is a data fault."""
    sets: dict[str, set[str]] = {f.name: set() for f in fields(Words)}
    for row in _rows(WORDS_FILE):
        if len(row) != 2 or row[0] not in sets:
            raise ResourceError(f"{WORDS_FILE}: bad row {row!r} (want: a set name of Words, a word)")
        sets[row[0]].add(row[1])
    empty = sorted(name for name, found in sets.items() if not found)
    if empty:
        raise ResourceError(f"{WORDS_FILE}: no words for {', '.join(empty)}")
    return Words(**{name: frozenset(found) for name, found in sets.items()})
