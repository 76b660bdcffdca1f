"""Event mentions: one per trigger, with its actors, place, time, figures, status and source filled from the sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from frontwire.extract.hierarchy import NARROWING_WORDS, is_regional, narrows_to_name, nests, owns_place
from frontwire.extract.kinds import (
    ARMED_SIDE, armed_wrecking, averted_protest, bare_gathering, be_subjects, crowd_deed, crowd_wrecks, deadly_aim,
    disrupted_blast, fought_with, gathering_struck_nouns, headline_passive, named_civilians, protest_cause,
    protested_toll, refine_kind, responding, riot_gear, said_civilians, struck_kind, sufferers_protest, toll_side,
    victim_side, violence_protested_after,
)
from frontwire.extract.lexicon import vocab
from frontwire.extract.status import hindered_deed, negated_trigger, status_of
from frontwire.extract.triggers import TriggerMatch, compound_verb_doers, find_triggers, lemma
from frontwire.nlp.text import doc_text
from frontwire.models import ActorRef, Attribution, Figure, Place, Quote, Span, Status

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from frontwire.extract.kinds import Named
    from frontwire.extract.lexicon import Lexicon
    from frontwire.extract.times import TimeExpr
    from frontwire.models import ParagraphRole

_ACTOR_DEPS = frozenset({"nsubj", "agent", "compound", "amod", "poss", "nmod", "npadvmod"})
_TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
_TARGET_PREPS = frozenset({"on", "against", "at", "targeting"})
_NOUN_CLAUSE_STOP = frozenset({"relcl", "acl", "advcl", "ccomp"})
DEPTH_BAND = 4
_PLACE_PREPS = frozenset({"in", "on", "at", "near", "to", "into", "around", "outside", "across", "towards"})
_TIME_PREPS = frozenset({"since", "after", "before", "following", "until", "during", "amid"})
REALIZED_STATUSES = frozenset({"occurred", "ongoing"})
SEIZED_PEOPLE_INTER = 7  # civilians: people a verb of seizing takes are abducted


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What the sentence-level extractors found in one sentence, in article offsets."""

    sent: SpacySpan
    offset: int
    role: ParagraphRole
    paragraph: int
    places: tuple[tuple[Place, int, int, bool], ...]
    actors: tuple[ActorRef, ...]
    times: tuple[TimeExpr, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]
    channel: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """One trigger's reading of an event, before mentions of one happening are merged."""

    kind: str
    refine: int
    status: Status
    trigger: Span
    sentence: Span
    role: ParagraphRole
    paragraph: int
    order: int
    actors: tuple[ActorRef, ...] = ()
    place: Place | None = None
    place_explicit: bool = False
    time: TimeExpr | None = None
    figures: tuple[Figure, ...] = ()
    attributions: tuple[Attribution, ...] = field(default=())
    toll: bool = False  # a verb that only counts victims ('five were wounded'), most often of an event told before
    victims: str | None = None  # 'armed' or 'civilian' when the sentence says who was hit
    occasion: bool = False  # named in a time phrase ('following an attack'): told to date another event
    cause: str | None = None  # told as what led to the sentence's main deed: 'cause' ('after two men were killed',
    # 'protested the killing'), 'earlier' when the text marks it as before ('after an earlier clash')


def _char_span(tokens: Sequence[Token], offset: int) -> tuple[int, int]:
    return offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)


def _noun_subtree(token: Token) -> list[Token]:
    """A noun's own phrase, without the clauses hanging from it."""
    out = [token]
    for child in token.children:
        if child.dep_ not in _NOUN_CLAUSE_STOP:
            out.extend(_noun_subtree(child))
    return out


def _tokens_actors(tokens: Sequence[Token], facts: SentenceFacts) -> list[ActorRef]:
    starts = {facts.offset + t.idx for t in tokens}
    return [a for a in facts.actors if a.span is not None and any(a.span.start <= s < a.span.end for s in starts)]


def _with_role(refs: Sequence[ActorRef], role: str) -> list[ActorRef]:
    from dataclasses import replace

    return [replace(r, role=role) for r in refs]  # type: ignore[arg-type]


def _governor(trigger: Token, lexicon: Lexicon) -> Token | None:
    """The verb a noun trigger is the object of ('launched an offensive'), through prepositions."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "nmod",
                        "compound") and tok.head.i != tok.i:
            tok = tok.head
            if tok.lower_ in _TIME_PREPS:
                return None
            if tok.pos_ in ("VERB", "AUX") or lemma(tok) in lexicon.cues.control_verbs:
                return tok
        else:
            return None
    return None


def _verb_roles(verb: Token, facts: SentenceFacts) -> tuple[list[ActorRef], list[ActorRef]]:
    actors, targets = [], []
    for child in verb.children:
        phrase = _noun_subtree(child)
        if child.dep_ == "nsubj" and lemma(verb) in vocab().death_verbs:
            targets += _tokens_actors(phrase, facts)  # 'six died at the hands of a mob': who died was hit
        elif child.dep_ in ("nsubj", "agent") or _at_the_hands(child):
            actors += _tokens_actors(list(child.subtree) if child.dep_ != "nsubj" else phrase, facts)
        elif child.dep_ in _TARGET_DEPS or (child.dep_ == "prep" and child.lower_ in _TARGET_PREPS):
            targets += _tokens_actors(list(child.subtree), facts)
    return actors, targets


def _compound_verb_roles(head: Token, facts: SentenceFacts) -> tuple[list[ActorRef], list[ActorRef]]:
    """'Gunmen storm village, killing two': a headline verb read as a compound; the words before it did it,
    the noun it modifies and the clauses on that noun tell who was hit."""
    hit = [t for t in head.head.subtree if t.i > head.i]
    return _tokens_actors(compound_verb_doers(head), facts), _tokens_actors(hit, facts)


def _at_the_hands(prep: Token) -> bool:
    """'died at the hands of vigilantes', 'suffered at the hands of the police': the phrase names the doer."""
    return prep.dep_ == "prep" and prep.lower_ == "at" and any(
        lemma(p) == "hand" and any(c.dep_ == "prep" and c.lower_ == "of" for c in p.children)
        for p in prep.children if p.dep_ == "pobj")


def _be_passive_roles(head: Token, facts: SentenceFacts) -> tuple[list[ActorRef], list[ActorRef]]:
    """'Two guards were on Monday shot dead by gunmen' misparsed: the subject of 'were' was hit, the 'by'
    phrase after the participle did it."""
    hit = [t for s in be_subjects(head) for t in _noun_subtree(s)]
    doers = [t for t in head.doc[head.i + 1 : head.sent.end] if t.dep_ == "pobj" and t.head.lower_ == "by"]
    return _tokens_actors([t for d in doers[:1] for t in _noun_subtree(d)], facts), _tokens_actors(hit, facts)


def _noun_roles(noun: Token, facts: SentenceFacts, violent: bool) -> tuple[list[ActorRef], list[ActorRef]]:
    actors, targets = [], []
    verb = noun.head
    if noun.dep_ == "nsubj" and lemma(verb) in vocab().light_verbs:
        # 'Clashes took place between X and Y', 'fighting erupted between X and Y'
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")):
            actors += _tokens_actors(list(prep.subtree), facts)
    for child in noun.children:
        sub = _noun_subtree(child)
        if child.dep_ in _ACTOR_DEPS or (child.dep_ == "prep" and child.lower_ == "by"):
            actors += _tokens_actors(sub, facts)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            targets += _tokens_actors(sub, facts)
        elif child.dep_ == "prep" and child.lower_ in ("of", "between", "among"):
            (targets if violent and child.lower_ == "of" else actors).extend(_tokens_actors(sub, facts))
        elif child.dep_ == "prep" and child.lower_ in ("in", "around", "near"):
            actors += [a for a in _tokens_actors(sub, facts) if _is_by_phrase(child)]
    return actors, targets


def _is_by_phrase(prep: Token) -> bool:
    return any(t.lower_ == "by" for t in prep.subtree)


def _sentence_subject_actors(facts: SentenceFacts) -> list[ActorRef]:
    root = facts.sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj"] if not headline_passive(root) else []
    return [a for a in _tokens_actors(list(subj[0].subtree), facts) if a.inter != 7] if subj else []


_ARMED_INTER = frozenset({1, 2, 3, 4, 8})


def _first_armed(facts: SentenceFacts, targets: Sequence[ActorRef]) -> list[ActorRef]:
    """The sentence's first armed actor that is not what the event hit: the likeliest perpetrator."""
    hit = {t.id for t in targets}
    armed = [a for a in facts.actors if a.inter in _ARMED_INTER and a.id not in hit
             and (_agentive(a, facts) or _communal_side(a, facts))]
    return armed[:1]


def _communal_side(actor: ActorRef, facts: SentenceFacts) -> bool:
    """'killed in clashes between the Pokot and Turkana', 'a dispute between the X and Y clans': an ethnic or
    communal militia named as a side 'between' which the fighting was stands where its doers stand."""
    if actor.span is None or actor.inter != 4:
        return False
    start = actor.span.start - facts.offset
    token = next((t for t in facts.sent if t.idx >= start), None)
    if token is None:
        return False
    while token.dep_ in ("compound", "amod", "nmod", "poss", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "between"


def _agentive(actor: ActorRef, facts: SentenceFacts) -> bool:
    """Whether the actor's phrase stands where a doer stands (a subject or a by-phrase), not an object."""
    if actor.span is None:
        return False
    start = actor.span.start - facts.offset
    token = next((t for t in facts.sent if t.idx >= start), None)
    if token is None:
        return False
    while token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "ROOT", "conj", "appos") or token.head.lower_ == "by"


def _governing_subject(verb: Token, facts: SentenceFacts) -> list[ActorRef]:
    """'the rebels responded by shelling X', 'troops moved in, shelling X': the doer of a verb with no subject
    of its own is the subject of the verb it hangs from (not the one hit: 'a guard killed when raiders attack')."""
    tok = verb
    if any(c.dep_ == "nsubj" for c in verb.children):
        return []
    for _ in range(3):
        if tok.dep_ not in ("pcomp", "pobj", "prep", "advcl", "xcomp") or tok.head.i == tok.i:
            return []
        tok = tok.head
        subjects = [c for c in tok.children if c.dep_ == "nsubj"] if tok.pos_ in ("VERB", "AUX") else []
        if subjects and headline_passive(tok):
            return []
        if subjects:
            return [a for a in _tokens_actors(list(subjects[0].subtree), facts) if a.inter != 7]
    return []


def actors_for(match: TriggerMatch, facts: SentenceFacts, lexicon: Lexicon) -> tuple[ActorRef, ...]:
    """Actors and targets of the trigger, from its syntax; the sentence subject when it names none."""
    head = match.head
    violent = lexicon.kind(match.trigger.kind).violent
    if head.pos_ == "VERB" and lemma(head) in vocab().finding_verbs:
        actors, targets = [], []  # 'police found the bodies': who finds the dead did not kill them
    elif head.pos_ == "VERB":
        actors, targets = _verb_roles(head, facts)
    elif be_subjects(head):
        actors, targets = _be_passive_roles(head, facts)
    elif match.trigger.pos == "VERB" and compound_verb_doers(head):
        actors, targets = _compound_verb_roles(head, facts)
    else:
        actors, targets = _noun_roles(head, facts, violent)
        gov = _governor(head, lexicon)
        if (not actors and gov is not None and lemma(gov) not in lexicon.cues.reporting_verbs
                and lemma(gov) not in vocab().fleeing_verbs):
            actors, dead = _verb_roles(gov, facts)
            if lemma(gov) in vocab().death_verbs:
                targets += dead  # '45 people died in the attack'
    finding = lemma(head) in vocab().finding_verbs
    if not actors and violent and head.pos_ == "VERB" and not finding:
        actors = _governing_subject(head, facts)
    if not actors and violent and not finding:
        actors = _sentence_subject_actors(facts) or _first_armed(facts, targets)
    seen: dict[tuple[str, str], ActorRef] = {}
    for ref in _with_role(actors, "actor") + _with_role(targets, "target"):
        seen.setdefault((ref.id, ref.role), ref)
    return tuple(seen.values())


def _named_inter(facts: SentenceFacts, token: Token) -> int | None:
    """The ACLED inter of the actor the sentence names at this token, if any."""
    at = facts.offset + token.idx
    return next((a.inter for a in facts.actors if a.span is not None and a.span.start <= at < a.span.end), None)


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0


def place_for(match: TriggerMatch, facts: SentenceFacts) -> tuple[Place | None, bool]:
    """The place the trigger's own phrase names, else the nearest place in its sentence."""
    head = match.head
    own = {t.i for t in (_noun_scope(head) if head.pos_ != "VERB" else _verb_scope(head))}
    candidates = [(p, a, b) for p, a, b, _ in facts.places]
    sub_national = [c for c in candidates if c[0].entry is None or not c[0].entry.feature.startswith("PCL")]
    candidates = sub_national or candidates
    candidates = _innermost(candidates, head.doc)
    candidates = _past_origins(candidates, head.doc)
    inside = [c for c in candidates if c[1] in own]
    pool = inside if inside or _in_time_phrase(head) or _definite(head) else candidates
    if not pool:
        return None, False
    pos = (match.first, match.last)
    if inside:
        # In the trigger's own phrase the place nearest in the parse wins, then the more precise, then the
        # first named ("shelled X town in northern Y", "in A, B and C").
        doc = head.doc
        best = min(inside, key=lambda c: (_depth(doc[c[1]], head) // DEPTH_BAND, c[0].geo_precision, c[1]))
    else:
        best = min(pool, key=lambda c: (_distance(pos, (c[1], c[2])), -c[0].geo_precision))
    named = _included(candidates, head.doc)
    if named is not None and named[0].geo_precision <= best[0].geo_precision:
        return named[0], True
    narrowed = _narrowed_to(candidates, head.doc)
    if narrowed is not None and narrowed is not best and _narrowable_area(best[0]):
        return narrowed[0], True
    return _town_in_region(best[0], candidates), True


_HEADING_PREPS = frozenset({"towards", "toward"})
_ORIGIN_PREPS = frozenset({"from"})


def _prep_before(doc: Doc, first: int) -> str:
    """The word a place name follows, past an article ('from the X': 'from')."""
    k = first - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return doc[k].lower_ if k >= 0 else ""


_HEADING_REACH = 5


def _past_origins(candidates: list[tuple[Place, int, int]], doc: Doc) -> list[tuple[Place, int, int]]:
    """'advanced from X towards Y': where a move heads is the event's place, not where it sets out from
    (only in one phrase: 'withdrew from X, moving towards Y' happened at X)."""
    heads = [c[1] for c in candidates if _prep_before(doc, c[1]) in _HEADING_PREPS]

    def origin(c: tuple[Place, int, int]) -> bool:
        return _prep_before(doc, c[1]) in _ORIGIN_PREPS and any(
            0 < h - c[2] <= _HEADING_REACH and not any(t.is_punct for t in doc[c[2] + 1 : h]) for h in heads)

    return [c for c in candidates if not origin(c)] or candidates


_NARROWING_REACH = 8


def _narrowed_to(candidates: Sequence[tuple[Place, int, int]], doc: Doc) -> tuple[Place, int, int] | None:
    """'clashes in southern X, concentrated around Y', '..., mainly in Y': the town the text narrows the area
    of the event down to."""
    for c in candidates:
        entry = c[0].entry
        if entry is None or not entry.feature.startswith("PPL"):
            continue
        k = c[1] - 1
        while k >= max(doc[c[1]].sent.start, c[1] - _NARROWING_REACH) and doc[k].lower_ not in NARROWING_WORDS:
            k -= 1
        if k >= doc[c[1]].sent.start and doc[k].lower_ in NARROWING_WORDS and c[1] - k <= _NARROWING_REACH:
            if narrows_to_name(doc, k, c[1]):
                return c
    return None


def _narrowable_area(place: Place) -> bool:
    """A province, its seat, or an area around a town: a place an event said to be narrower can be narrowed in."""
    return place.entry is None or is_regional(place.entry) or place.geo_precision >= 2


def _included(candidates: Sequence[tuple[Place, int, int]], doc: Doc) -> tuple[Place, int, int] | None:
    """'took villages south of X, including Y': the place named after 'including' is the one the event is at."""
    return next((c for c in candidates if c[1] > 0 and doc[c[1] - 1].lower_ in ("including", "includes")
                 and c[0].entry is not None and c[0].entry.feature.startswith("PPL")), None)


def _town_in_region(place: Place, candidates: Sequence[tuple[Place, int, int]]) -> Place:
    """'clashes in southern Idlib, concentrated around X town': a town of the sentence in the region the
    trigger names is the more precise place of the event."""
    entry = place.entry
    regional = entry is not None and (entry.feature.startswith("ADM1") or
                                      (is_regional(entry) and place.qualifier in vocab().region_qualifiers))
    if entry is None or not regional or place.geo_precision < 2:
        return place
    towns = [c[0] for c in candidates if c[0].entry is not None and c[0].geo_precision <= 2
             and c[0].entry.feature.startswith("PPL") and not is_regional(c[0].entry)
             and c[0].entry.country == entry.country and c[0].entry.admin1 == entry.admin1]
    return towns[0] if towns else place


def _innermost(candidates: list[tuple[Place, int, int]], doc: Doc) -> list[tuple[Place, int, int]]:
    """Drop the places that only say where another place of the sentence lies ('X in southern Y': Y; 'Y, Z'
    when Z is the province Y lies in, or its seat: Z)."""
    kept = [c for c in candidates
            if not any(d[2] < c[1] and (nests(doc, d[2], c[1]) or (_comma_after(doc, d[2], c[1]) and _holds(c[0],
                                                                                                            d[0])))
                       for d in candidates)
            and not any(c[2] < d[1] and owns_place(doc, c[2], d[1]) for d in candidates)]  # 'Y's X': Y
    return kept or candidates


def _comma_after(doc: Doc, last: int, first: int) -> bool:
    """Whether only a comma stands between two names (token positions): 'Y, Z'."""
    return first == last + 2 and doc[last + 1].text == ","


def _holds(outer: Place, inner: Place) -> bool:
    """Whether `outer` is a province, or the seat standing for one, that `inner` lies in."""
    big, small = outer.entry, inner.entry
    return (big is not None and small is not None and big.feature.startswith(("ADM1", "PPLA", "PPLC"))
            and big.feature not in ("PPLA2", "PPLA3", "PPLA4") and big.country == small.country
            and big.admin1 is not None and big.admin1 == small.admin1)


def _depth(token: Token, top: Token) -> int:
    """How many steps up the parse from a place's name to the trigger (names count from their head)."""
    while token.dep_ in ("compound", "flat", "nmod") and token.head.i != token.i and token.head.pos_ == "PROPN":
        token = token.head
    steps = 0
    while token.i != top.i and token.head.i != token.i and steps < 12:
        token = token.head
        steps += 1 if token.pos_ not in ("ADP",) else 0
    return steps


def _noun_scope(noun: Token) -> list[Token]:
    """A noun trigger's phrase, and the place phrases of the verb it is the subject or object of."""
    out = list(noun.subtree)
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
        out += [t for c in verb.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for t in c.subtree]
    return out


def _definite(token: Token) -> bool:
    """'the strike': a definite event noun points back to an event already told, with its place."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def _in_time_phrase(token: Token) -> bool:
    """'since the ceasefire': an event named only to date another one brings no place of its own."""
    return token.dep_ == "pobj" and token.head.lower_ in _TIME_PREPS


def _occasion(token: Token) -> bool:
    """'after the attack', 'following an attack on civilians', 'repelled an assault on the prison', 'responded
    to the attack': an event named to date another one, or as what another act answered."""
    if _in_time_phrase(token):
        return True
    governing = token.head.head if token.dep_ == "pobj" else token.head
    return token.dep_ in ("dobj", "pobj") and lemma(governing) in vocab().answering


# Subordinators of a clause that tells an earlier event ('after they were killed', 'since the raid began').
CAUSE_MARKS = frozenset({"after", "since", "following"})
# Prepositions that tie a protest to what it is about ('a march against the killing').
CAUSE_PROTEST_PREPS = frozenset({"against", "over"})
# Modifiers that mark an event as told from before the sentence's own deed ('an earlier clash').
EARLIER_WORDS = frozenset({"earlier", "previous", "prior", "preceding"})


def _in_earlier_clause(token: Token) -> bool:
    """'strikers stayed home after two guards were shot': the trigger sits in a clause told as an earlier event."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ in CAUSE_MARKS for c in node.children):
            return True
        if node.dep_ in ("ccomp", "relcl", "acl", "xcomp") or node.pos_ in ("VERB", "AUX") and node.dep_ == "conj":
            return False
        node = node.head
    return False


def _protested(token: Token) -> bool:
    """'traders protested the killing of a hawker', 'a march against the beating': what a protest is about."""
    protest = vocab().protest_words | vocab().protest_verbs
    if token.dep_ == "dobj":
        return lemma(token.head) in protest
    return (token.dep_ == "pobj" and token.head.lower_ in CAUSE_PROTEST_PREPS
            and lemma(token.head.head) in protest)


def told_as_cause(token: Token) -> str | None:
    """An event told as the backdrop of another (dated by it, answered by it, in an earlier clause, or protested):
    'earlier' when the text marks it as before ('an earlier clash', 'had earlier beaten'), else 'cause'."""
    dated = _in_time_phrase(token) and token.head.lower_ in CAUSE_MARKS
    answered = not _in_time_phrase(token) and _occasion(token)
    if not (dated or answered or _in_earlier_clause(token) or _protested(token)):
        return None
    return "earlier" if any(c.lower_ in EARLIER_WORDS for c in token.children) else "cause"


def _verb_scope(verb: Token) -> list[Token]:
    out = [verb]
    for child in verb.children:
        if child.dep_ not in ("ccomp", "advcl", "conj", "parataxis"):
            out.extend(child.subtree)
    return out


def time_for(match: TriggerMatch, facts: SentenceFacts, taken: set[int], reporting: frozenset[str]) -> TimeExpr | None:
    """The nearest time expression that is not the time of a reporting verb nor inside another trigger's phrase."""
    best, best_d = None, 10**9
    trig = (facts.offset + match.head.doc[match.first].idx, facts.offset + match.head.doc[match.last].idx + 1)
    for k, expr in enumerate(facts.times):
        if expr.span.start <= trig[0] < expr.span.end and expr.anchor_text:
            continue
        if _reporting_time(expr, facts, reporting):
            continue
        dist = _distance(trig, (expr.span.start, expr.span.end))
        if expr.is_duration and dist > 3:
            continue
        if dist < best_d:
            best, best_d = expr, dist
    return best


def _reporting_time(expr: TimeExpr, facts: SentenceFacts, reporting: frozenset[str]) -> bool:
    """'said on Thursday': a time attached to a reporting verb dates the report, not the event."""
    lo, hi = expr.span.start - facts.offset, expr.span.end - facts.offset
    inside = [t for t in facts.sent if lo <= t.idx < hi]
    heads = [t.head for t in inside if not lo <= t.head.idx < hi]
    if not heads:
        return False
    head = heads[0]
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return lemma(head) in reporting


def attributions_for(trigger: Span, facts: SentenceFacts) -> tuple[Attribution, ...]:
    """Who says so: the speaker of a quote containing the trigger, else 'according to' the sentence's source."""
    found = [Attribution(q.speaker, q.role, q.organization, q.channel, q.id)
             for q in facts.quotes if q.span.start <= trigger.start < q.span.end]
    if not found and facts.channel:
        found = [Attribution(facts.channel, None, None, facts.channel, None)]
    return tuple(found)


def figures_for(match: TriggerMatch, facts: SentenceFacts, violent_heads: Sequence[int]) -> tuple[Figure, ...]:
    """Figures of the sentence go to the violent mentions told before them (or the first one): 'helicopters
    dropped barrel bombs, killing two' is the toll of the strike and of the bombs alike."""
    if match.head.i not in violent_heads:
        return ()
    mine = []
    doc = match.head.doc
    for fig in facts.figures:
        before = [i for i in violent_heads if facts.offset + doc[i].idx <= fig.span.start]
        if match.head.i in before or (not before and match.head.i == min(violent_heads)):
            mine.append(fig)
    return tuple(mine)


def _counts(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """Violent kinds, and protests and riots, carry figures and make generic triggers redundant."""
    kind = lexicon.kind(match.trigger.kind)
    return kind.violent or kind.family in vocab().eventful


def _takes_terrain(match: TriggerMatch, facts: SentenceFacts) -> bool:
    """'controlled the village of X', 'entered X': taking control is an event only over a place."""
    placed = {i for _, a, b, _ in facts.places for i in range(a, b + 1)}
    for child in match.head.children:
        phrase = list(child.subtree) if child.dep_ in ("dobj", "prep", "pobj", "oprd", "attr") else []
        if any(t.i in placed or lemma(t) in vocab().mentions_terrain for t in phrase):
            return True
        if child.dep_ == "dobj" and _unlisted_place_name(child, match, facts):
            return True
    return False


def _unlisted_place_name(noun: Token, match: TriggerMatch, facts: SentenceFacts) -> bool:
    """'overtook Bula Golol', 'seized Kolbio': a proper name that a verb of taking control takes, or that the
    parser takes for a place, names ground the gazetteer lacks (not an actor: 'took over the KDF')."""
    if noun.pos_ != "PROPN" or _tokens_actors(list(noun.subtree), facts):
        return False
    return match.trigger.refine == 4 or noun.ent_type_ in ("GPE", "LOC", "FAC")


def _takes_people(match: TriggerMatch, facts: SentenceFacts) -> bool:
    objects = [c for c in match.head.children if c.dep_ == "dobj"]
    return any(lemma(t) in vocab().people for o in objects for t in o.subtree)


def _civilians_taken_in_passive(match: TriggerMatch, facts: SentenceFacts, lexicon: Lexicon) -> bool:
    """'two tourists were seized by gunmen': people, not fighters, that a verb of seizing takes as the subject of
    its passive are taken (not 'a thief was seized by a mob', the crowd's own justice, nor 'soldiers were
    captured', fighting)."""
    if any(lemma(t) in vocab().crowd_words for c in match.head.children if c.dep_ == "agent" for t in c.subtree):
        return False
    taken = [t for c in match.head.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if any(lemma(t) in lexicon.cues.combatant_words or _named_inter(facts, t) in _ARMED_INTER for t in taken):
        return False
    return any(lemma(t) in vocab().people for t in taken) or any(
        a.inter == SEIZED_PEOPLE_INTER for a in _tokens_actors(taken, facts))


def _odd_object(match: TriggerMatch, facts: SentenceFacts, lexicon: Lexicon) -> bool:
    """'marched them into the forest', 'withdraw the taxes': these verbs take no object as events."""
    if match.trigger.lemmas[-1] == "against":
        return not _against_armed(match, facts)
    if match.trigger.lemmas == ("engage",):
        return not _engages_fighters(match, facts, lexicon)
    if _campaign_against_ill(match, facts) or _fights_an_ill(match, facts):
        return True
    if match.trigger.refine == 4:
        return not _takes_terrain(match, facts)
    if lemma(match.head) in vocab().theft_verbs:
        return not _livestock_raid(match)
    if lemma(match.head) in vocab().cutting_verbs and match.head.pos_ == "VERB":
        return _cut_thing(match, facts, lexicon)
    if match.trigger.refine == 2 and match.head.pos_ == "VERB":
        # 'seized the town' takes territory and 'seized 15 passengers' abducts; 'seized weapons' is neither.
        return not (_takes_terrain(match, facts) or _takes_people(match, facts)
                    or _civilians_taken_in_passive(match, facts, lexicon))
    if match.head.pos_ != "VERB" or lemma(match.head) not in vocab().objectless_verbs:
        return False
    objects = [c for c in match.head.children if c.dep_ == "dobj"]
    placed = {i for _, a, b, _ in facts.places for i in range(a, b + 1)}
    return any(not _tokens_actors(list(o.subtree), facts) and o.i not in placed for o in objects)


def _livestock_raid(match: TriggerMatch) -> bool:
    """'raiders stole 300 goats', 'cattle were stolen': stealing is an event (a raid) only of livestock, not by a
    crowd, nor told as a charge ('a man accused of stealing a goat', 'believed they had stolen the cattle')."""
    head = match.head
    if head.dep_ == "pcomp" or any(lemma(a) in vocab().suspecting for a in head.ancestors):
        return False
    taken = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lemma(t) in vocab().livestock or t.lower_ in vocab().livestock for o in taken for t in o.subtree):
        return False
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    crowd = vocab().crowd_words | vocab().crowd_nouns
    return not any(lemma(d) in crowd for d in doers)


def _cut_thing(match: TriggerMatch, facts: SentenceFacts, lexicon: Lexicon) -> bool:
    """'slashed fuel prices', 'hacked the county website', 'chopped down trees': a verb of cutting whose object
    names no person nor actor cuts a thing (not 'slashed a farmer', 'hacked him to death', 'chopped the foot
    off a man')."""
    head = match.head
    objects = [c for c in head.children if c.dep_ == "dobj"]
    cut = objects + [c for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("off", "from")]
    people = (lexicon.cues.person_words | vocab().people | vocab().crowd_nouns | vocab().crowd_words
              | vocab().body_parts)
    return bool(objects) and not any(
        _tokens_actors(list(o.subtree), facts) or any(lemma(t) in people or t.pos_ == "PRON" for t in o.subtree)
        for o in cut)


def _linked_to_people(match: TriggerMatch) -> bool:
    """'a suspect linked to the bus station blast', 'militants connected with the bombing': an event named in a
    participle that ties people to it describes them, it is no event of the note."""
    head = match.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("to", "with"):
        return False
    tie = head.head.head
    return tie.dep_ in ("acl", "amod") and lemma(tie) in vocab().linking_verbs and tie.head.pos_ in ("NOUN", "PROPN")


def _campaign_against_ill(match: TriggerMatch, facts: SentenceFacts) -> bool:
    """'the fight against corruption', 'a war against poverty': a fighting noun against something that names
    no actor is a campaign, not an event."""
    head = match.head
    if head.pos_ != "NOUN" or lemma(head) not in vocab().campaign_nouns:
        return False
    against = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "against"]
    return bool(against) and all(not _tokens_actors(list(p.subtree), facts) for p in against)


def _fights_an_ill(match: TriggerMatch, facts: SentenceFacts) -> bool:
    """'in a bid to fight the illegal trade', 'battling corruption': a verb of fighting whose object is an ill
    (a crime, a trade, a scourge) that names no actor is a campaign, not a fight."""
    head = match.head
    if head.pos_ != "VERB" or lemma(head) not in vocab().campaign_nouns:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return bool(objects) and all(lemma(o) in vocab().fought_ills and not _tokens_actors(list(o.subtree), facts)
                                 for o in objects)


def _against_armed(match: TriggerMatch, facts: SentenceFacts) -> bool:
    """'an operation against the rebels' is fighting; 'an operation against illegal structures' is not, nor
    is one named only to date another event ('killed ten during an operation against the rebels')."""
    if _in_time_phrase(match.head):
        return False
    prep = match.head.doc[match.last]
    return any(a.inter in _ARMED_INTER for a in _tokens_actors(list(prep.subtree), facts))


def _engages_fighters(match: TriggerMatch, facts: SentenceFacts, lexicon: Lexicon) -> bool:
    """'troops engaged the militants', 'police engaged the gunmen': engaging is fighting only when what is
    engaged is an armed group (not 'engaged the residents', 'engaged in talks'; crowds 'engaging the police'
    riot, which other words tell)."""
    objects = [c for c in match.head.children if c.dep_ == "dobj"]
    objects += [p for c in match.head.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    tokens = [t for o in objects for t in o.subtree]
    if any(lemma(t) in vocab().police for t in tokens):
        return False
    return (any(a.inter in _ARMED_INTER - {1} for a in _tokens_actors(tokens, facts))
            or any(lemma(t) in lexicon.cues.combatant_words for t in tokens))


def _imputed_deed(match: TriggerMatch, matches: Sequence[TriggerMatch], lexicon: Lexicon) -> bool:
    """'police shot dead two men suspected of murdering a chief', 'kidnapped the head of a commission
    investigating the clashes', 'attacked militants who had tried to kidnap a nun': a deed told only in a
    clause that ties people to it, names what they look into, or tells what the people another trigger hit
    had done, and an attack others 'responded to', are an earlier event, not this one, when the sentence
    tells another (the response: 'police responded to the raid, killing six of the raiders')."""
    if not lexicon.kind(match.trigger.kind).violent:
        return False
    words = vocab().violence_ties | vocab().inquiry_verbs
    for anc in match.head.ancestors:
        tie = (anc.dep_ in ("acl", "relcl", "amod") and lemma(anc) in words) or (
            anc.dep_ == "prep" and anc.lower_ in vocab().violence_ties) or (
            anc.dep_ == "relcl" and anc.head.dep_ in ("dobj", "nsubjpass")
            and any(m.head.i == anc.head.head.i and lexicon.kind(m.trigger.kind).violent
                    for m in matches))  # 'attacked militants who had kidnapped'
        answered = anc.dep_ == "prep" and anc.lower_ == "to" and lemma(anc.head) in vocab().response_verbs
        if (tie and anc.head.pos_ in ("NOUN", "PROPN", "PRON")) or answered:
            inside = {t.i for t in anc.subtree}
            return any(m.head.i not in inside for m in matches if m is not match)
    return False


def _fights_for_life(match: TriggerMatch) -> bool:
    """'another is fighting for his life in hospital', 'battling for their lives': a wounded person's struggle
    to live, not a fight."""
    head = match.head
    if head.pos_ != "VERB" or lemma(head) not in vocab().life_struggle_verbs:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.dep_ == "pobj" and lemma(p) in vocab().life_words for p in c.children) for c in head.children)


def _background_toll(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'The war has killed tens of thousands': a cumulative toll, not an event."""
    if lemma(match.head) not in vocab().figure_verbs:
        return False
    subjects = [c for c in match.head.children if c.dep_ == "nsubj"]
    return any(lemma(s) in lexicon.cues.background_subjects for s in subjects)


def _denied_in(facts: SentenceFacts, lexicon: Lexicon) -> bool:
    """'..., an accusation the army denied': a denial in the sentence that reports the event."""
    denials = lexicon.cues.status["denied"]
    return any(lemma(t) in denials and t.pos_ == "VERB" and not _refusal(t) for t in facts.sent)


def _refusal(verb: Token) -> bool:
    """'rioted after they were denied entry', 'the party denied him a certificate': a denial that withholds a
    thing from someone, or told as what led to the deed, refuses; it does not deny the deed reported."""
    deps = {c.dep_ for c in verb.children}
    return verb.dep_ == "advcl" or ("dobj" in deps and bool(deps & {"nsubjpass", "dative", "xcomp"}))


def _hindered(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """A deed failed at or kept from happening is no event; not a march or a sit-in kept from its way, whose
    crowd still gathered ('police stopped the students from marching to parliament')."""
    return lexicon.kind(match.trigger.kind).family != "protest" and hindered_deed(match.head)


def _spraying_without_gunfire(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'sprayed the car with bullets' is an attack; 'sprayed the crops', 'peppered with questions' are not: a
    verb of spraying is an event only when its clause covers the target with gunfire."""
    head = match.head
    if lemma(head) not in vocab().gunfire_spraying:
        return False
    shots = lexicon.cues.gunfire_words
    return not any(t.dep_ == "pobj" and t.head.lower_ == "with"
                   and (lemma(t) in shots or t.lower_.rstrip("s") in shots) for t in head.subtree)


def find_mentions(facts: SentenceFacts, lexicon: Lexicon, *, start_order: int) -> list[Mention]:
    """Every event mention in the sentence, in text order."""
    placed = frozenset(i for _, a, b, _ in facts.places for i in range(a, b + 1))
    matches = [m for m in find_triggers(facts.sent, lexicon)
               if not negated_trigger(m.head) and not _hindered(m, lexicon) and not _odd_object(m, facts, lexicon)
               and not _background_toll(m, lexicon)
               and (m.trigger.refine != 3 or _has_weapon(m, lexicon) or _struck(m, facts, lexicon, placed)
                    or crowd_wrecks(m) or deadly_aim(m, lexicon)
                    or armed_wrecking(m, lexicon, partial(_named_inter, facts)))
               and not _protested_noun(m) and not riot_gear(m.head) and not _covered(m, lexicon)
               and not _press_backdrop(m, lexicon)
               and not _bare_friction(m, facts) and not bare_gathering(m) and not _weapon_modifier(m, lexicon)
               and not _fights_for_life(m) and not _accident_toll(m) and not _collision(m.head)
               and not _spraying_without_gunfire(m, lexicon)
               and not violence_protested_after(m, lexicon) and not _linked_to_people(m)]
    matches = [m for m in matches if not _caused_or_causing(m, matches, lexicon)]
    matches = [m for m in matches if not _imputed_deed(m, matches, lexicon)]
    matches = [m for m in matches if not _rally_setting(m, matches, lexicon)]
    matches = [m for m in matches if not _struck_gathering(m, matches, lexicon)]
    matches = [m for m in matches if not _doers_deed(m, matches, lexicon)]
    matches = [m for m in matches if not _wound_of_told_violence(m, matches, lexicon)]
    matches = [m for m in matches if not _shots_in_air_without_crowd(m, matches, lexicon)]
    matches = _drop_figure_verbs(matches, lexicon, partial(_named_inter, facts))
    # violence named in general (refine 7) takes the sentence's figures only when nothing else could
    violent_heads = ([m.head.i for m in matches if _counts(m, lexicon) and m.trigger.refine != 7]
                     or [m.head.i for m in matches if _counts(m, lexicon)])
    sent_span = Span(facts.offset + facts.sent.start_char, facts.offset + facts.sent.end_char, facts.sent.text)
    out = []
    for n, match in enumerate(matches):
        doc = match.head.doc
        a, b = facts.offset + doc[match.first].idx, facts.offset + doc[match.last].idx + len(doc[match.last].text)
        trigger = Span(a, b, doc_text(doc)[a - facts.offset : b - facts.offset])
        actors = actors_for(match, facts, lexicon)
        figures = figures_for(match, facts, violent_heads)
        if lexicon.kind(match.trigger.kind).family in vocab().eventful:
            figures = _without_protested_toll(figures, facts)
        toll = toll_side([f.who for f in figures if f.kind in ("fatalities", "injured")], lexicon)
        status = "denied" if _denied_in(facts, lexicon) else status_of(match.head, lexicon.cues)
        if match.trigger.refine == 6 and (status != "occurred" or not crowd_deed(match, actors)):
            continue  # a crowd's deed is an event only when a crowd did it ('threatened to disrupt' is not)
        kind = refine_kind(match, actors, lexicon, facts.offset, partial(_named_inter, facts), placed, toll)
        kind = "disrupted_weapons" if disrupted_blast(match, kind, lexicon) else kind
        place, explicit = place_for(match, facts)
        out.append(Mention(
            kind=kind, refine=match.trigger.refine, status=status,
            trigger=trigger, sentence=sent_span, role=facts.role, paragraph=facts.paragraph,
            order=start_order + n, actors=actors, place=place, place_explicit=explicit,
            time=time_for(match, facts, set(), lexicon.cues.reporting_verbs),
            figures=figures, attributions=attributions_for(trigger, facts),
            toll=lemma(match.head) in vocab().toll_verbs,
            victims=((victim_side(match, lexicon, partial(_named_inter, facts)) or toll)
                     if match.trigger.refine == 1 else None),
            occasion=_occasion(match.head),
            cause=told_as_cause(match.head),
        ))
    return out


def _without_protested_toll(figures: tuple[Figure, ...], facts: SentenceFacts) -> tuple[Figure, ...]:
    """A protest's or riot's figures without the dead and hurt of what it was about ('protested after two
    hawkers were shot dead' tells no one killed at the protest)."""
    def protested(fig: Figure) -> bool:
        told = [t for t in facts.sent if fig.span.start <= facts.offset + t.idx < fig.span.end]
        return bool(told) and protested_toll(told[0])

    return tuple(f for f in figures if f.kind not in ("fatalities", "injured") or not protested(f))


def _weapon_modifier(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'explosives experts', 'militants who were driving a car loaded with explosives': a bare weapon word that only
    describes another noun, or what someone had, is no blast of its own."""
    head = match.head
    if lexicon.kind(match.trigger.kind).family != "blast" or match.trigger.refine != 0 or match.first != match.last:
        return False
    if head.dep_ == "compound":
        return lemma(head.head) not in lexicon.triggers
    with_what = head.dep_ == "pobj" and head.head.lower_ == "with"  # 'loaded with explosives'
    return with_what and any(a.dep_ in ("relcl", "acl") for a in head.ancestors)


def _shots_in_air_without_crowd(match: TriggerMatch, matches: Sequence[TriggerMatch], lexicon: Lexicon) -> bool:
    """'soldiers fired into the air at a checkpoint': shots in the air or warning shots are a crowd's dispersal
    only where the paragraph tells of a crowd, a protest or unrest ('fired in the air to quell the chaos'), and
    add nothing where the sentence tells the dispersal itself ('fired in the air to disperse them')."""
    if match.trigger.kind != "protest_intervention" or not set(match.trigger.lemmas) & vocab().warning_fire_marks:
        return False  # not 'air raid'
    if any(m is not match and m.head.sent == match.head.sent and lexicon.kind(m.trigger.kind).family == "protest"
           for m in matches):
        return True
    crowds = (vocab().crowd_words | vocab().crowd_nouns | vocab().demonstrators | vocab().protest_words
              | vocab().unrest_words)
    return not any(lemma(t) in crowds for t in match.head.doc)


def _wound_of_told_violence(match: TriggerMatch, matches: Sequence[TriggerMatch], lexicon: Lexicon) -> bool:
    """'five people are nursing gunshot wounds after their car was shot at': a wound named as a noun is the
    harm of the violence the sentence tells, not an event of its own (alone it is one: 'got a gunshot wound')."""
    if match.head.pos_ not in ("NOUN", "PROPN") or match.trigger.lemmas[-1] not in vocab().wound_nouns:
        return False
    return any(m is not match and lexicon.kind(m.trigger.kind).violent for m in matches)


def _caused_or_causing(match: TriggerMatch, matches: Sequence[TriggerMatch], lexicon: Lexicon) -> bool:
    """'violence sparked by the arrest of X', 'the arrest sparked riots': an arrest told as the cause of another
    event is its background; 'police shot a man dead, sparking protests': a protest or riot told as what the
    violence caused follows it (ACLED codes the violence), it does not take it as its toll."""
    head, family = match.head, lexicon.kind(match.trigger.kind).family
    others = {m.head.i for m in matches if m is not match}
    if family == "arrest":
        verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head
        if lemma(verb) not in vocab().causing_verbs or not (head.dep_ == "nsubj" or verb is not head.head):
            return False
        told = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != head.i]
        return any(t.i in others for c in told for t in c.subtree)
    if family not in ("protest", "riot") or head.pos_ not in ("NOUN", "VERB"):
        return False
    verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
    if verb is None or lemma(verb) not in vocab().causing_verbs or verb.dep_ not in ("advcl", "relcl", "conj"):
        return False
    violent = {m.head.i for m in matches if m is not match and lexicon.kind(m.trigger.kind).violent}
    cause = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb.head)  # 'X, which led to protests'
    return cause.i in violent or any(c.i in violent for c in cause.children if c.dep_ != "punct")


_SETTING_PREPOSITIONS = frozenset({"during", "at", "from", "after"})


def _rally_setting(match: TriggerMatch, matches: Sequence[TriggerMatch], lexicon: Lexicon) -> bool:
    """'a journalist was beaten during the rally', 'the mayor was attacked at a rally', 'a candidate was beaten
    after the rally', '... attacked on her way home from a rally': a political rally or meeting that is only
    where (or after which) someone not of the crowd was hurt, by no crowd, is the setting of that violence."""
    head = match.head
    if lemma(head) not in vocab().political_gatherings or head.dep_ != "pobj":
        return False  # not 'shot during protests': violence at a protest is the protest's (ACLED)
    prep = _named_gathering_prep(head)
    if prep.lower_ not in _SETTING_PREPOSITIONS:
        return False
    verb = prep.head
    crowd = vocab().crowd_words | vocab().demonstrators | vocab().protesting_people
    hurt = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    told = [t for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj", "agent") for t in c.subtree]
    if verb.dep_ == "relcl":  # nor 'a group of youths who attack people at a rally'
        told += [t for t in verb.head.subtree if t.i < verb.left_edge.i or t.i > verb.right_edge.i]
    return (any(m.head.i == verb.i and m.trigger.refine == 1 and lexicon.kind(m.trigger.kind).violent
                for m in matches)
            and bool(hurt) and not any(lemma(t) in crowd for t in told))


def _named_gathering_prep(gathering: Token) -> Token:
    """The preposition a gathering hangs on, also where the parser hung it in its own name ('on her way home
    from a Party of National Unity rally': 'rally' under 'of')."""
    prep = gathering.head
    while prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.pos_ == "PROPN":
        prep = prep.head.head
    return prep


def _struck_gathering(match: TriggerMatch, matches: Sequence[TriggerMatch], lexicon: Lexicon) -> bool:
    """'gunmen attacked a rally', 'youths attacked the party's meeting': a gathering an assault struck is
    whom the assault hit, not an event of its own."""
    return any(m is not match and m.trigger.refine == 1 and lexicon.kind(m.trigger.kind).violent
               and any(n.i == match.head.i for n in gathering_struck_nouns(m)) for m in matches)


def _doers_deed(match: TriggerMatch, matches: Sequence[TriggerMatch], lexicon: Lexicon) -> bool:
    """'two technicians were shot dead by a group that was vandalising their equipment': a riot or protest told
    in a clause on the doers of violence says who they were; the violence is the event."""
    head = match.head
    if lexicon.kind(match.trigger.kind).family not in ("protest", "riot") or head.dep_ not in ("relcl", "acl"):
        return False
    doer = head.head
    verb = doer.head.head if doer.dep_ == "pobj" and doer.head.dep_ == "agent" else doer.head
    return doer.dep_ in ("pobj", "nsubj") and any(
        m is not match and m.head.i == verb.i and m.trigger.refine == 1 and lexicon.kind(m.trigger.kind).violent
        for m in matches)


_ACCIDENT_PREPS = frozenset({"in", "after", "following", "during"})


def _accident_toll(match: TriggerMatch) -> bool:
    """'six others were injured in an accident', 'killed in a road crash': people a mishap killed or hurt, by
    no one's violence, are no event (what they then stir is)."""
    if match.trigger.refine != 1 or match.head.pos_ != "VERB":
        return False
    if any(c.dep_ == "advcl" and _collision(c) for c in match.head.children):
        return True  # 'scores were injured when a lorry clashed into the crowd'
    return any(c.dep_ == "prep" and c.lower_ in _ACCIDENT_PREPS and lemma(p) in vocab().accident_words
               for c in match.head.children for p in c.children if p.dep_ == "pobj")


def _collision(head: Token) -> bool:
    """'a lorry clashed into the crowd': a clash told of a vehicle, or 'into' something, is a collision, a
    mishap and not a fight (what the crowd then does is an event of its own)."""
    if lemma(head) != "clash":
        return False
    return any((c.dep_ in ("nsubj", "compound") and lemma(c) in vocab().colliding_vehicles)
               or (c.dep_ == "prep" and c.lower_ == "into") for c in head.children)


def _bare_friction(match: TriggerMatch, facts: SentenceFacts) -> bool:
    """'The minister had a confrontation with reporters' is no event; 'six were injured in a confrontation
    between herders and farmers' is, and so is one of armed sides ('police had a confrontation with bandits')."""
    return lemma(match.head) in vocab().friction and not any(
        f.kind in ("fatalities", "injured") and f.count > 0 for f in facts.figures) and not any(
        a.inter in _ARMED_INTER for a in facts.actors)


def _drop_figure_verbs(matches: list[TriggerMatch], lexicon: Lexicon, named: Named) -> list[TriggerMatch]:
    """'An air strike killed five', 'abducted 23 in a raid': the killing is the strike's toll and the raid
    is the abduction; a generic trigger is not a second event beside a specific one, nor a killing beside
    an attack that was only planned ('shot two gunmen as they foiled a planned attack'). But civilians killed
    said to be civilians and killed in clashes ('gunmen killed two civilians in the clashes'), or civilians by
    calling caught in fighting between others ('a teacher was killed during clashes between two clans', not
    'in a shoot-out with police', which he fought), are an attack of their own (not 'three people were killed
    in clashes')."""
    remote = any(lexicon.kind(m.trigger.kind).family in ("air", "shelling") for m in matches)
    if remote:
        matches = [m for m in matches if m.trigger.kind != "disrupted_weapons"]
    specific = [m for m in matches if m.trigger.refine in (0, 5) and _counts(m, lexicon)]
    # not 'foiled a planned attack'; a crowd's deed (refine 6) or violence in general (refine 7, 'killed in
    # ethnic violence') does not stand in for the killing
    strong = [m for m in matches if lemma(m.head) not in vocab().figure_verbs and lexicon.kind(m.trigger.kind).violent
              and m.trigger.refine not in (6, 7) and status_of(m.head, lexicon.cues) in REALIZED_STATUSES
              and lemma(m.head) not in vocab().theft_verbs]  # 'killed two and stole their cattle': both told

    if specific and all(lexicon.kind(m.trigger.kind).family == "abduction" for m in specific):
        # 'abducted and beheaded a man', 'kidnapped two workers after killing their driver': ACLED codes a
        # killing told with an abduction (an attack), so it is no mere toll of it; other violence is
        return [m for m in matches if m.trigger.refine not in (1, 3) or _has_weapon(m, lexicon)
                or _abduction_killing(m)]
    if specific:
        fighting = all(m.trigger.kind == "clash" for m in specific)
        bystanders = fighting and not any(fought_with(m) for m in specific)
        return [m for m in matches if m.trigger.refine not in (1, 3) or _has_weapon(m, lexicon)
                or (fighting and m.trigger.refine == 1 and said_civilians(m))
                or (bystanders and m.trigger.refine == 1 and named_civilians(m, lexicon, named))]
    if not strong:
        return matches
    return [m for m in matches if lemma(m.head) not in vocab().figure_verbs or _answering_kill(m, strong, lexicon,
                                                                                               named)]


def _abduction_killing(match: TriggerMatch) -> bool:
    """'killed', 'beheaded', 'shot dead': a verb that tells people were killed."""
    word = lemma(match.head)
    return word in vocab().abduction_killings or (word == "shoot" and any(
        t.lower_ == "dead" for t in match.head.doc[match.first : match.last + 2]))


def _answering_kill(match: TriggerMatch, strong: Sequence[TriggerMatch], lexicon: Lexicon, named: Named) -> bool:
    """'Soldiers killed three militants after being ambushed', 'two officers were shot dead after raiders
    attacked a church', 'police responded to the attack, killing four': a killing of armed men, or by forces
    answering, that tells the attack only as its occasion is a fight of its own, not the attack's toll."""
    if responding(match):
        return True
    within = {t.i for t in match.head.subtree}
    occasions = all(m.head.i in within and lexicon.kind(m.trigger.kind).family in ("ground", "attack")
                    for m in strong)  # not 'killed in an explosion': a blast is how they died
    return occasions and victim_side(match, lexicon, named) == ARMED_SIDE


def _covered(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'journalists assaulted by police while covering the riots', 'police beat a reporter covering a clash',
    '... while photographing youths fighting': a protest, riot or fight the press was covering is the backdrop
    of what happened to it."""
    head = match.head
    if lexicon.kind(match.trigger.kind).family not in ("protest", "riot", "ground"):
        return False
    scene = head.head if head.dep_ == "acl" and head.pos_ == "VERB" else head  # 'youths fighting'
    return (scene.pos_ in ("NOUN", "PROPN") and scene.dep_ in ("dobj", "npadvmod", "appos")
            and lemma(scene.head) in vocab().covering_verbs)


def _press_backdrop(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'during a demonstration at the assembly, police assaulted a journalist who was covering the
    demonstration': a protest or riot told in the sentence where the press was covering one is the backdrop of
    what happened to the press."""
    if lexicon.kind(match.trigger.kind).family not in ("protest", "riot"):
        return False
    scenes = vocab().protest_words | {"riot", "rioting", "demonstration", "unrest"}
    return any(lemma(t) in vocab().covering_verbs and t.pos_ == "VERB" and t.i != match.head.i
               and any(c.dep_ == "dobj" and lemma(c) in scenes for c in t.children) for t in match.head.sent)


def _protested_noun(match: TriggerMatch) -> bool:
    """'protested the military operations against X': a violent noun in what a protest is about is not an
    event of its own; nor is a verb of taking control ('protested developers taking over the land')."""
    head = match.head
    if match.trigger.kind == "protest":
        return False
    if head.pos_ != "NOUN":
        return match.trigger.refine in (2, 4) and protest_cause(head)
    return (any(lemma(a) in vocab().mentions_protest_verbs and a.pos_ == "VERB" for a in head.ancestors)
            or protest_cause(head)
            or sufferers_protest(head) or averted_protest(head))


def _struck(match: TriggerMatch, facts: SentenceFacts, lexicon: Lexicon, placed: frozenset[int]) -> bool:
    """'destroyed a tank', 'targeted army positions': a verb of hitting with no weapon is still an event when
    it hit a war machine, or armed men aimed it at positions or places."""
    return struck_kind(match, actors_for(match, facts, lexicon), lexicon, facts.offset, placed) is not None


def _has_weapon(match: TriggerMatch, lexicon: Lexicon) -> bool:
    from frontwire.extract.kinds import weapon_kind

    return weapon_kind(match, lexicon) is not None


def heading_mention(facts: SentenceFacts, kind: str, label: Span, *, order: int) -> Mention:
    """The event a category heading names ('Movement of forces: ...') when no trigger of the text does: its
    actor is the subject of the sentence after the label (else its first armed actor), its place the first
    place that sentence names."""
    actors = _sentence_subject_actors(facts) or _first_armed(facts, ()) or [a for a in facts.actors if a.inter != 7]
    candidates = [(p, a, b) for p, a, b, _ in facts.places]
    sub_national = [c for c in candidates if c[0].entry is None or not c[0].entry.feature.startswith("PCL")]
    candidates = _innermost(sub_national or candidates, facts.sent.doc)
    place = min(candidates, key=lambda c: c[1])[0] if candidates else None
    sent_span = Span(facts.offset + facts.sent.start_char, facts.offset + facts.sent.end_char, facts.sent.text)
    return Mention(kind=kind, refine=0, status="occurred", trigger=label, sentence=sent_span, role=facts.role,
                   paragraph=facts.paragraph, order=order, actors=tuple(_with_role(actors[:1], "actor")),
                   place=place, place_explicit=place is not None, figures=facts.figures)
