"""PLOVER interactions: a sentence's verbal and diplomatic acts, which of them leads it, and who does each to whom.

Interactions are not ACLED events: a demand, a threat, a promise or talks are coded here, apart from the
events, with their own source (the sayer or doer) and target (the one addressed or acted upon).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from frontwire.extract.status import negated_trigger
from frontwire.extract.triggers import find_triggers, lemma
from frontwire.models import Interaction, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from frontwire.extract.actors import ActorCatalogue
    from frontwire.extract.lexicon import Lexicon
    from frontwire.extract.mentions import Mention
    from frontwire.geo.gazetteer import Gazetteer
    from frontwire.models import ActorRef, Place, Status

VERBAL = "verbal"
CUES_FILE = "interaction_cues.json"
# PLOVER: 'will visit', 'is ready to allow', 'would withdraw': an offer or a promise agrees.
PROMISED = frozenset({"CONSULT", "CONCEDE", "AID", "SUPPORT", "COOPERATE", "RETREAT"})
# 'will impose a curfew', 'would boycott the talks': a coercive act announced is a threat.
THREATENED = frozenset({"SANCTION", "COERCE"})
# 'will not accept', 'would not meet': a cooperative act refused is a rejection.
REFUSED = PROMISED | {"AGREE"}
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "who", "which", "that", "its", "their", "them"})
_OBJECT_DEPS = ("dobj", "dative", "iobj")
_TARGET_PREPS = frozenset({"to", "with", "against", "on", "upon", "from", "for", "toward", "towards", "into", "at",
                           "over", "between", "among"})
_CLAUSE_UP = frozenset({"xcomp", "conj", "ccomp", "advcl", "acl", "relcl", "pcomp", "acomp"})
_NOUN_UP = frozenset({"dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "compound", "appos", "nsubj"})
_NOUN_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class InteractionCues:
    """Words that shape interactions: titles that stand for their country, the modals of a demand, the
    modals and words of intent that make an act announced rather than done, verbs that end an act, the
    conjunctions of a condition, and the words that make a clause background to the sentence."""

    titles: frozenset[str]
    demand_modals: frozenset[str]
    future_modals: frozenset[str]
    intent_words: frozenset[str]
    ending_verbs: frozenset[str]
    conditions: frozenset[str]
    background: frozenset[str]


def parse_cues(text: str) -> InteractionCues:
    """Read interaction_cues.json."""
    raw = json.loads(text)
    return InteractionCues(*(frozenset(raw[key]) for key in ("titles", "demand_modals", "future_modals",
                                                             "intent_words", "ending_verbs", "conditions",
                                                             "background")))


@cache
def load_cues() -> InteractionCues:
    """The shipped interaction cues."""
    return parse_cues(resources.files("frontwire.data").joinpath(CUES_FILE).read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class Scene:
    """One sentence as interactions see it: its parse, every actor it names (organisations and the focus
    country included) and its places."""

    sent: SpacySpan
    offset: int
    actors: tuple[ActorRef, ...]
    places: tuple[tuple[Place, int, int, bool], ...]
    focus: str | None
    catalogue: ActorCatalogue
    gazetteer: Gazetteer


def scene_actors(sent: SpacySpan, offset: int, catalogue: ActorCatalogue, focus: str | None) -> tuple[ActorRef, ...]:
    """Every actor the sentence names, bare names of the focus country included ('Kenya said ...')."""
    start = offset + sent.start_char
    found = catalogue.find(sent.text, start, country_focus=focus)
    taken = [(a.span.start, a.span.end) for a in found if a.span is not None]
    for ref in catalogue.find(sent.text, start, country_focus=None):
        if ref.span is not None and not any(a < ref.span.end and ref.span.start < b for a, b in taken):
            found.append(ref)
    return tuple(sorted(found, key=lambda a: a.span.start if a.span else 0))


def may_interact(sent: SpacySpan) -> bool:
    """Whether a sentence without verbal triggers may still hold an act: a demand ('must'), a refusal ('not')
    or an announced event ('will', 'is ready to')."""
    cues = load_cues()
    modals = cues.demand_modals | cues.future_modals | {"not", "n't", "never"}
    return any((t.dep_ in ("aux", "neg") and t.lower_ in modals) or lemma(t) in cues.intent_words for t in sent)


def depth(token: Token) -> int:
    """Steps from a token up to the root of its sentence."""
    steps = 0
    while token.head.i != token.i and steps < 40:
        token, steps = token.head, steps + 1
    return steps


def trigger_head(sent: SpacySpan, offset: int, span: Span) -> Token | None:
    """The syntactic head of the tokens a trigger covers."""
    inside = [t for t in sent if span.start <= offset + t.idx < span.end]
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head.i not in ids or t.head.i == t.i), None)


def _noun_phrase(token: Token) -> list[Token]:
    """A noun's own phrase, without the clauses hanging from it."""
    out = [token]
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp", "punct", "cc") and not (
                child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            out.extend(_noun_phrase(child))
    return out


def _country_ref(country: str, scene: Scene, text: str, span: Span | None) -> ActorRef | None:
    ref = scene.catalogue.country_actor(country)
    return None if ref is None else replace(ref, text=text, span=span)


def _token_span(tok: Token, scene: Scene) -> Span:
    start = scene.offset + tok.idx
    return Span(start, start + len(tok.text), tok.text)


def phrase_party(tokens: Sequence[Token], scene: Scene, *, places: bool) -> ActorRef | None:
    """Who a noun phrase names: an actor of the catalogue, else the country of a nationality word or country
    name in it, else (with places) the country of a place it names, else the focus country for a title
    ('the president')."""
    if not tokens:
        return None
    starts = sorted(scene.offset + t.idx for t in tokens)
    lo, hi = starts[0], starts[-1]
    named = [a for a in scene.actors if a.span is not None and lo <= a.span.start <= hi]
    if named:
        return named[0]
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.is_title and scene.gazetteer.is_demonym(tok.text):
            country = scene.gazetteer.country_by_name(tok.text)
            if country is not None:
                return _country_ref(country.country, scene, tok.text, _token_span(tok, scene))
    if places:
        ids = {t.i for t in tokens}
        for place, first, _last, _named in scene.places:
            if first in ids and place.entry is not None and place.entry.country:
                return _country_ref(place.entry.country, scene, place.text, place.span)
    titled = [t for t in tokens if lemma(t) in load_cues().titles]
    if titled and scene.focus is not None:
        return _country_ref(scene.focus, scene, titled[0].text, _token_span(titled[0], scene))
    return None


def _antecedent(pronoun: Token, scene: Scene) -> ActorRef | None:
    """What 'it', 'they' or 'which' stands for: the head noun of a relative clause, the subject of the clause
    above, else the last actor named before it."""
    verb = pronoun.head
    if pronoun.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        return phrase_party(_noun_phrase(verb.head), scene, places=True)
    tok = verb
    while tok.dep_ in _CLAUSE_UP and tok.head.i != tok.i:
        tok = tok.head
        subj = _subject_token(tok)
        if subj is not None and subj.lower_ not in _PRONOUNS:
            return phrase_party(_subject_phrase(subj), scene, places=True)
    before = [a for a in scene.actors if a.span is not None and a.span.start < scene.offset + pronoun.idx]
    return before[-1] if before else None


def _subject_token(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)


def _subject_phrase(subj: Token) -> list[Token]:
    return list(subj.subtree) if subj.dep_ == "agent" else _noun_phrase(subj)


def subject_party(verb: Token, scene: Scene) -> ActorRef | None:
    """The doer of a verb: its subject (or by-phrase), else that of the verb it completes ('agreed to
    provide', 'donated and delivered')."""
    tok = verb
    for _ in range(5):
        subj = _subject_token(tok)
        if subj is not None:
            if subj.lower_ in _PRONOUNS:
                return _antecedent(subj, scene)
            return phrase_party(_subject_phrase(subj), scene, places=True)
        if tok.dep_ not in _CLAUSE_UP or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _object_phrases(token: Token) -> list[list[Token]]:
    """The phrases a word acts upon, in order: objects, its prepositional complements, then the subject of a
    clause it governs ('demanded that the army withdraw')."""
    objects = [_noun_phrase(c) for c in token.children if c.dep_ in _OBJECT_DEPS]
    preps = [[t for p in c.children for t in _noun_phrase(p)] for c in token.children
             if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS]
    clauses = [_noun_phrase(s) for c in token.children if c.dep_ in ("ccomp", "acl")
               for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return objects + preps + clauses


def _setting_phrases(token: Token) -> list[list[Token]]:
    """The 'in' phrases of a word: where it happens, the target of last resort ('a curfew in the city')."""
    return [[t for p in c.children for t in _noun_phrase(p)] for c in token.children
            if c.dep_ == "prep" and c.lower_ == "in"]


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger hangs from ('imposed sanctions on', 'issued an ultimatum to')."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in _NOUN_UP or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def parties(head: Token, scene: Scene) -> tuple[ActorRef | None, ActorRef | None]:
    """(source, target) of an act whose trigger has this head."""
    verb = head if head.pos_ in ("VERB", "AUX") else _governing_verb(head)
    source = None
    if head.pos_ not in ("VERB", "AUX"):
        owners = [t for c in head.children if c.dep_ in _NOUN_OWNER_DEPS for t in _noun_phrase(c)]
        source = phrase_party(owners, scene, places=False)
    if source is None and verb is not None:
        source = subject_party(verb, scene)
    phrases = _object_phrases(head)
    if verb is not None and verb is not head:
        phrases += [p for p in _object_phrases(verb) if head not in p]
    for child in (c for c in (verb or head).children if c.dep_ in ("xcomp", "ccomp")):
        phrases += _object_phrases(child)
    target = _first_party(phrases, scene, source, places=True)
    if target is None:
        settings = _setting_phrases(head) + (_setting_phrases(verb) if verb is not None and verb is not head else [])
        target = _first_party(settings, scene, source, places=True)
    if source is None:
        source = _named_before(head, scene, target)
    return source, target


def _named_before(head: Token, scene: Scene, target: ActorRef | None) -> ActorRef | None:
    """When the parse gives no subject: the last actor named before the act, if it is not its target."""
    before = [a for a in scene.actors if a.span is not None and a.span.start < scene.offset + head.idx
              and (target is None or a.span != target.span)]
    return before[-1] if before else None


def _first_party(phrases: Sequence[Sequence[Token]], scene: Scene, source: ActorRef | None, *,
                 places: bool) -> ActorRef | None:
    """The first phrase's party that is not the source itself."""
    for phrase in phrases:
        ref = phrase_party([t for t in phrase if t.lower_ not in _PRONOUNS], scene, places=places)
        if ref is not None and (source is None or (ref.span != source.span and ref.id != source.id)):
            return ref
    return None


def _with_parties(actors: Sequence[ActorRef], source: ActorRef | None, target: ActorRef | None) -> tuple[ActorRef, ...]:
    out = [replace(source, role="actor")] if source is not None else [a for a in actors if a.role == "actor"][:1]
    if target is not None:
        out.append(replace(target, role="target"))
    else:
        out += [a for a in actors if a.role == "target"][:1]
    return tuple(out)


def announced(head: Token) -> bool:
    """Whether an act is announced rather than done: 'will give', 'would impose', 'is ready to allow',
    'plans to boycott' (a modal or a word of intent governs it)."""
    cues = load_cues()
    tok = head
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in cues.future_modals for c in tok.children):
            return True
        if tok is not head and lemma(tok) in cues.intent_words:
            return True
        if tok.dep_ not in ("xcomp", "dobj", "pobj", "prep", "acomp", "conj", "nsubjpass") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _ender(head: Token) -> Token | None:
    """The verb that ends or lifts the act ('halted its aid', 'lifted the curfew'), if one governs it."""
    verb = head if head.pos_ in ("VERB", "AUX") else _governing_verb(head)
    if verb is None or verb is head:
        return None
    return verb if lemma(verb) in load_cues().ending_verbs else None


def _conditional(head: Token) -> bool:
    """'will withdraw its troops unless ...': the act hangs on a condition the other side must meet."""
    tok = head
    for _ in range(3):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in load_cues().conditions for m in c.children)
               for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _plover(kind: str, head: Token | None, lexicon: Lexicon) -> str:
    """The PLOVER type of a verbal act: ending cooperation sanctions and lifting coercion concedes; an
    announced cooperative act is a promise (AGREE), announced coercion or an act on a condition a threat."""
    plover = lexicon.kind(kind).plover
    if head is None:
        return plover
    ender = _ender(head)
    if ender is not None and plover in PROMISED:
        plover = "SANCTION"
    elif ender is not None and plover in THREATENED:
        plover = "CONCEDE"
    top = ender or head
    if plover in PROMISED | THREATENED and announced(top):
        return "THREATEN" if plover in THREATENED or _conditional(top) else "AGREE"
    return plover


def background(token: Token) -> bool:
    """Whether a word stands in a clause or phrase that only sets the scene: 'after the shelling', 'as
    fighting raged', 'rebels who attacked the town'."""
    cues = load_cues()
    tok = token
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.background for c in tok.children):
            return True
        if tok.dep_ == "prep" and tok.lower_ in cues.background:
            return True
        tok = tok.head
    return False


@dataclass(frozen=True, slots=True)
class _Ranked:
    depth: int
    order: int
    interaction: Interaction


def _governs(head: Token | None, heads: Sequence[Token]) -> bool:
    """An act governs the sentence's events when its verb is above one of them, or above all of them, or
    when they all only set the scene of it."""
    if head is None or not heads:
        return False
    if any(head.i == h.i or head.is_ancestor(h) for h in heads):
        return True
    if depth(head) < min(depth(h) for h in heads):
        return True
    return not background(head) and all(background(h) for h in heads)


def _demands(scene: Scene, lexicon: Lexicon, heads: Sequence[Token]) -> list[_Ranked]:
    """'X said Y must ...': a statement of what another must do is a demand of the speaker on the other."""
    out = []
    modals = load_cues().demand_modals
    sentence = Span(scene.offset + scene.sent.start_char, scene.offset + scene.sent.end_char, scene.sent.text)
    for tok in scene.sent:
        if tok.lower_ not in modals or tok.dep_ != "aux":
            continue
        verb = tok.head
        subj = _subject_token(verb)
        if subj is None or verb.dep_ not in _CLAUSE_UP:
            continue
        said = speaker = verb.head
        while _subject_token(speaker) is None and speaker.dep_ in _CLAUSE_UP | {"dobj", "pobj", "prep"} \
                and speaker.head.i != speaker.i:
            speaker = speaker.head
        source = subject_party(speaker, scene)
        if source is None:
            continue
        target = _antecedent(subj, scene) if subj.lower_ in _PRONOUNS else phrase_party(
            _subject_phrase(subj), scene, places=True)
        actors = _with_parties((), source, target)
        item = Interaction("demand", lexicon.kind("demand").plover, "occurred", _token_span(tok, scene), sentence,
                           actors, _governs(said, heads))
        out.append(_Ranked(depth(said), tok.i, item))
    return out


def _refusals(scene: Scene, lexicon: Lexicon, heads: Sequence[Token]) -> list[_Ranked]:
    """'will not accept', 'would not meet': a negated cooperative verb rejects."""
    out = []
    sentence = Span(scene.offset + scene.sent.start_char, scene.offset + scene.sent.end_char, scene.sent.text)
    for match in find_triggers(scene.sent, lexicon):
        kind = lexicon.kind(match.trigger.kind)
        if kind.family != VERBAL or kind.plover not in REFUSED or match.head.pos_ != "VERB":
            continue
        if not negated_trigger(match.head):
            continue
        source, target = parties(match.head, scene)
        item = Interaction("reject", lexicon.kind("reject").plover, "occurred", _token_span(match.head, scene),
                           sentence, _with_parties((), source, target), _governs(match.head, heads))
        out.append(_Ranked(depth(match.head), match.head.i, item))
    return out


ANNOUNCED_FORCE = frozenset({"FIGHT", "ASSAULT", "COERCE"})


def _announced_events(material: Sequence[Mention], scene: Scene, lexicon: Lexicon,
                      heads: Sequence[Token]) -> list[_Ranked]:
    """'is willing to withdraw its troops', 'will attack unless ...': an event announced, not done, is a
    promise (AGREE) when it yields and a threat when it uses force or hangs on a condition."""
    out = []
    for m in material:
        plover = lexicon.kind(m.kind).plover
        head = trigger_head(scene.sent, scene.offset, m.trigger)
        if head is None or plover not in PROMISED | ANNOUNCED_FORCE or not announced(head):
            continue
        promise = plover in PROMISED and not _conditional(head)
        source, target = parties(head, scene)
        item = Interaction(m.kind, "AGREE" if promise else "THREATEN", m.status, m.trigger, m.sentence,
                           _with_parties(m.actors, source, target), _governs(head, heads))
        out.append(_Ranked(depth(head), head.i, item))
    return out


def sentence_interactions(found: Sequence[Mention], material: Sequence[Mention], scene: Scene,
                          lexicon: Lexicon) -> list[Interaction]:
    """The sentence's verbal and diplomatic acts, the one highest in its parse first, each marked when it
    governs the sentence's events (its verb is above one of them, or above them all)."""
    heads = [h for h in (trigger_head(scene.sent, scene.offset, m.trigger) for m in material) if h is not None]
    ranked: list[_Ranked] = []
    for m in found:
        if lexicon.kind(m.kind).family != VERBAL:
            continue
        head = trigger_head(scene.sent, scene.offset, m.trigger)
        source, target = parties(head, scene) if head is not None else (None, None)
        item = Interaction(m.kind, _plover(m.kind, head, lexicon), m.status, m.trigger, m.sentence,
                           _with_parties(m.actors, source, target),
                           _governs((_ender(head) or head) if head is not None else None, heads))
        top = (_ender(head) or head) if head is not None else None
        ranked.append(_Ranked(depth(top) if top is not None else 99, top.i if top is not None else 0, item))
    ranked += _demands(scene, lexicon, heads) + _refusals(scene, lexicon, heads) + _announced_events(
        material, scene, lexicon, heads)
    ranked.sort(key=lambda r: (r.depth, r.order))
    return [r.interaction for r in ranked]
