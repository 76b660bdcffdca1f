"""Refining a generic trigger's kind from its weapons, its actors and its targets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from frontwire.extract.lexicon import vocab
from frontwire.extract.status import negated_trigger
from frontwire.extract.triggers import lemma

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc, Span, Token

    from frontwire.extract.lexicon import Lexicon
    from frontwire.extract.triggers import TriggerMatch
    from frontwire.models import ActorRef

Named = Callable[["Token"], "int | None"]
T = TypeVar("T")
WEAPON_WINDOW = 12
STATE, REBEL, MILITIA, IDENTITY, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 1, 2, 3, 4, 5, 6, 7, 8
ARMED = frozenset({STATE, REBEL, MILITIA, IDENTITY, EXTERNAL})
# Actors that are armed by what they are; an ethnic or communal name ('Borana herders') may name civilians.
FORCES = frozenset({STATE, REBEL, MILITIA})
# Groups whose name on a crowd word ('Pokot youths', 'Mungiki youths') makes the crowd their militia or members.
NAMED_CROWD_GROUPS = frozenset({IDENTITY, REBEL, MILITIA})


def weapon_kind(match: TriggerMatch, lexicon: Lexicon) -> str | None:
    """The kind named by the weapon word nearest the trigger in its sentence, if any; a war machine the
    trigger hit ('destroyed a tank') is not its weapon."""
    best, best_d = None, WEAPON_WINDOW + 1
    candidates = _weapon_words(match.head.sent, lexicon)
    if not candidates:
        return None
    struck = {t.i for t in struck_nouns(match) if lemma(t) in lexicon.cues.military_equipment}
    struck |= _held_weapons(match)
    for i, kind in candidates:
        if match.first <= i <= match.last or i in struck:
            continue
        dist = min(abs(i - match.first), abs(i - match.last))
        if dist < best_d:
            best, best_d = kind, dist
    return best


def _weapon_words(sent: Span, lexicon: Lexicon) -> tuple[tuple[int, str], ...]:
    """The sentence's weapon words as (token index, kind), worked out once per sentence: a token's two-word
    phrase with the next token names its kind before its lemma, and its lemma before its form."""
    def compute() -> tuple[tuple[int, str], ...]:
        words = list(sent)
        found = []
        for k, tok in enumerate(words):
            if _plain_word(tok, lexicon) or _bare_place_word(tok):
                continue
            for phrase in (f"{lemma(tok)} {lemma(words[k + 1])}" if k + 1 < len(words) else "", lemma(tok),
                           tok.lower_):
                kind = lexicon.cues.weapon_kinds.get(phrase)
                if kind:
                    found.append((tok.i, kind))
                    break
        return tuple(found)
    return per_doc(sent.doc, ("frontwire.weapon_words", sent.start, id(lexicon)), compute)


def _bare_place_word(token: Token) -> bool:
    """'bodies dumped by the roadside': a word that names a weapon only as a modifier ('a roadside bomb') is a
    place when it stands as a noun of its own."""
    return lemma(token) in vocab().weapon_modifiers and token.dep_ not in ("amod", "compound", "nmod")


def _plain_word(token: Token, lexicon: Lexicon) -> bool:
    """A weapon's acronym written as a plain word ('towing a car', not 'a TOW missile' or 'Grad rockets')."""
    return lemma(token) in lexicon.cues.weapon_acronyms and (token.text == token.lower_ or token.pos_ == "VERB")


def _held_weapons(match: TriggerMatch) -> set[int]:
    """The tokens that tell what the people hit were doing ('shot two suspects who were planting bombs'), what
    was shot at ('a police helicopter was shot at') and weapons found or seized ('gunned down a suspect and
    recovered grenades'): none of them is the weapon of the violence."""
    victims = [n for n in _victims(match) if not n.is_ancestor(match.head)]
    held = {t.i for noun in victims for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    if lemma(match.head) == "shoot":
        held |= {noun.i for noun in victims}  # 'a police helicopter was shot at' (but 'fired shells')
    for tok in match.head.sent:
        if lemma(tok) in vocab().holding and tok.i != match.head.i:
            held |= {t.i for c in tok.children if c.dep_ in ("dobj", "prep", "nsubjpass") for t in c.subtree}
    return held


STRUCK_PREPS = frozenset({"on", "at", "against"})


def struck_nouns(match: TriggerMatch) -> list[Token]:
    """What a verb of hitting hit: its objects and the nouns after 'at', 'on' or 'against' (with the nouns
    joined to them), and the noun a participle describes ('a tank hit by ...', 'the targeted areas')."""
    head = match.head
    nouns: list[Token] = []
    for child in head.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in STRUCK_PREPS:
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    if head.dep_ in ("acl", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(head.head)  # also 'forces targeted areas' misread as 'targeted areas'
    return [n for noun in nouns for n in (noun, *noun.conjuncts)]


def _military_machine(noun: Token, actors: Sequence[ActorRef], lexicon: Lexicon, offset: int) -> bool:
    """'a tank', 'an armored vehicle', 'a YPG vehicle', 'a truck carrying fighters': a war machine."""
    cues = lexicon.cues
    word = lemma(noun)
    if word in cues.military_equipment:
        return True
    if word not in cues.military_vehicles:
        return False
    modifiers = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree]
    if any(lemma(t) in cues.military_modifiers for t in modifiers):
        return True
    carried = [t for c in noun.children if c.dep_ == "acl" and lemma(c) in vocab().carrying for t in c.subtree]
    if any(lemma(t) in cues.combatant_words for t in carried):
        return True
    starts = {offset + t.idx for t in modifiers}
    return any(a.inter in ARMED and a.span is not None and a.span.start in starts for a in actors)


def struck_kind(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon, offset: int,
                placed: frozenset[int]) -> str | None:
    """A verb of hitting that names no weapon ('destroyed', 'targeted'): fighting when armed men hit a war
    machine, shelling when they aim at positions or places (ACLED's remote violence by unstated means);
    None when it hit neither."""
    if _event_subject(match, lexicon):
        return None
    hit = struck_nouns(match)
    aimed = lemma(match.head) in vocab().aiming_verbs and not _gunfire(match, lexicon)
    if aimed and _ground_group_aims_at_people(match, actors, lexicon, hit, placed):
        return _violence_kind(match, actors, lexicon, offset, None, weaponless=True)
    if not _inters(actors, "actor") & ARMED:
        return None
    if any(_military_machine(n, actors, lexicon, offset) for n in hit):
        return "clash"
    if not aimed:
        return None
    for noun in hit:
        if lemma(noun) in lexicon.cues.civilian_words:
            return None
        # the noun and the name it carries ('the village of X', 'X town'), not where it lies ('shops in X')
        named = [noun, *(t for c in noun.children if c.dep_ in ("compound", "appos", "flat") for t in c.subtree),
                 *(t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)]
        if lemma(noun) in vocab().struck_terrain or any(t.i in placed for t in named):
            return "shelling"
    return None


def _event_subject(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'the explosion hit a police vehicle', 'hit by a blast': another event word did the hitting."""
    doers = [c for c in match.head.children if c.dep_ in ("nsubj", "agent")]
    doers += [p for c in doers if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(_one_word_trigger(d, lexicon) for d in doers)


def _one_word_trigger(token: Token, lexicon: Lexicon) -> bool:
    """An event word on its own ('the blast'), not the first word of a phrase trigger ('police force' is no
    'force their way')."""
    return any(len(trig.lemmas) == 1 for trig in lexicon.triggers.get(lemma(token), ()))


def _execution(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """ACLED: executing people held in one's power is violence against civilians, whoever they were (not
    'executed an attack', which names another event)."""
    if _unlawful_killing(match):
        return True
    if lemma(match.head) not in vocab().executing:
        return False
    done = [c for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(lemma(c) in lexicon.triggers for c in done)


def _unlawful_killing(match: TriggerMatch) -> bool:
    """'killed in an extra-judicial killing', 'shot two suspects in cold blood', 'killed extrajudicially': a
    killing the text calls lawless or cold-blooded hit people who were not fighting (ACLED: an attack)."""
    head = match.head
    if lemma(head) not in vocab().unlawful_killing_verbs:
        return False
    near = [head, *head.children]
    near += [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    near += [p for c in head.children if c.dep_ == "dobj" for q in c.children if q.dep_ == "prep"
             for p in q.children if p.dep_ == "pobj"]  # 'shot two suspects in cold blood'
    return any(_unlawful_mark(t) for t in near)


def _unlawful_mark(token: Token) -> bool:
    """'extrajudicial killing', 'extra-judicial', 'cold blood': the word or its modifiers call a killing
    lawless or cold-blooded."""
    marks = vocab().unlawful_killing_marks
    words = [token, *(c for c in token.children if c.dep_ in ("amod", "advmod", "compound"))]
    if any(w.lower_ in marks for w in words):
        return True
    mods = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound")]
    # the tokenizer splits 'extra-judicial' into 'extra', '-', 'judicial'
    return any(f"{a}{b}" in marks for a, b in zip(mods, mods[1:])) or any(
        f"{a}{b}{c}" in marks for a, b, c in zip(mods, mods[1:], mods[2:])) or (
        token.lower_ == "blood" and "cold" in mods)


def _gunfire(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'targeted the town with heavy machine guns': the sentence names guns fired directly, not from afar."""
    words = list(match.head.sent)
    pairs = {f"{lemma(a)} {lemma(b)}" for a, b in zip(words, words[1:])}
    found = {lemma(t) for t in words} | {t.lower_ for t in words} | pairs
    return bool(found & lexicon.cues.gunfire_words)


def _inters(actors: Sequence[ActorRef], role: str) -> set[int]:
    return {a.inter for a in actors if a.role == role}


def _violence_kind(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon, offset: int,
                   named: Named | None, toll: str | None = None, *, weaponless: bool = False) -> str:
    weapon = None if weaponless else weapon_kind(match, lexicon)
    if weapon is not None:
        return weapon
    if (lexicon.kind(match.trigger.kind).family not in ("ground", "attack") and not _raiders_strike(match, lexicon)
            and not weaponless):
        return match.trigger.kind
    agents, targets = _inters(actors, "actor"), _inters(actors, "target")
    finders = _finders_told(match)  # 'the body was found by villagers': who found the dead did not kill them
    crowd = (agents & {RIOTERS, PROTESTERS} or (not finders and _crowd_subject(match)) or _mob_in_sentence(match)
             or (not finders and _crowd_fights(match, agents, lexicon)) or (not agents & ARMED and _witch_hunt(match))
             or _crowd_stoning(match, agents) or _burnt_alive(match, agents, lexicon) or _lynched_too(match))
    if crowd and gathering_struck_nouns(match):
        return "attack"  # a crowd that assaults a rally or convoy from outside attacks its people (ACLED)
    if crowd and not _named_crowd(match, named or _nobody):
        # Violence by a crowd or by unarmed people is a riot; against people, mob violence. Youths of an
        # ethnic group who attack are its militia (ACLED).
        return _crowd_kind(match, CIVILIANS in targets or _civilian_object(match, lexicon), lexicon)
    if not agents & ARMED and _hurt_at_gathering(match):
        return "mob_violence"
    if targets & {PROTESTERS}:
        return "excessive_force"
    if _struck_back(match):
        return "clash"
    if _strife_between_sides(match.head) and not named_civilians(match, lexicon, named or _nobody):
        return "clash"  # 'four people were killed in a feud between two clans': people of no stated calling
    if _armed_doer_named(match, actors, lexicon) and _armed_men_included(match, lexicon, named or _nobody):
        return "clash"  # 'gunmen attacked a bus, killing seven, including two police officers'
    victims = victim_side(match, lexicon, named) or toll
    if victims == ARMED_SIDE and _hit_unawares(match, lexicon):
        victims = CIVILIAN_SIDE
    if victims is None and agents & FORCES and _fellows_hit(match):
        victims = ARMED_SIDE  # 'an officer shot dead two of his colleagues': a member of the force hit
    if victims is not None:
        # What the violence hit decides, where the sentence says: police officers, guards and suspected
        # robbers shoot back (a battle); villagers, passengers and homes do not (an attack).
        return "clash" if victims == ARMED_SIDE else "attack"
    if responding(match) or _between_sides(match, lexicon):
        return "clash"
    if CIVILIANS in targets or _civilian_object(match, lexicon):
        return "attack"
    if _armed_targets(match, actors, offset) or (match.trigger.kind == "clash"
                                                 and lemma(match.head) in vocab().two_sided):
        return "clash"
    if _combatant_object(match, lexicon):
        return "clash"
    if _civilian_target_phrase(match, lexicon) or _seized_conveyance(match, actors, lexicon, offset):
        return "attack"  # 'attacked a bus near X', 'hijacked a car near X': the craft hit, not the place
    if _person_hit_there(match):
        return "attack"  # 'police shot dead a tout in X': the person the verb hit, not X, was hit
    # A state or rebel force hitting a place, or anyone hitting a military position, fights the armed men
    # holding it; raiders and gunmen hitting a village attack whoever lives there.
    if _hits_terrain(match, vocab().military_terrain) or (agents & {STATE, REBEL, EXTERNAL}
                                                          and _hits_terrain(match, vocab().terrain)):
        return "clash"
    return "attack"


def _finders_told(match: TriggerMatch) -> bool:
    """'the body was found by residents', 'villagers discovered the bodies': the trigger is a verb of finding,
    whose doers found the dead and did not do the killing."""
    return match.head.pos_ == "VERB" and lemma(match.head) in vocab().finding_verbs


def gathering_struck_nouns(match: TriggerMatch) -> list[Token]:
    """'youths attacked the rally', 'a convoy attacked by rival supporters', 'an attack on a party meeting': the
    gathering or convoy an assault struck, not one of the police or armed forces."""
    head = match.head
    if lemma(head) not in vocab().gathering_blows:
        return []
    if head.pos_ == "VERB":
        struck = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if head.dep_ == "acl" and head.tag_ == "VBN":  # a headline's 'Convoy attacked by youths'
            struck.append(head.head)
    else:
        struck = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                  for p in c.children if p.dep_ == "pobj"]
    forces = vocab().police_words | vocab().armed_forces
    return [n for n in struck if lemma(n) in vocab().struck_gatherings
            and not any(lemma(t) in forces for t in n.subtree)]


def _raiders_strike(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'bandits struck the village', 'a farm was struck by cattle raiders': men on the ground who strike with
    no weapon named attack or fight there; they fly no aircraft."""
    head = match.head
    if lexicon.kind(match.trigger.kind).family != "air" or head.pos_ != "VERB":
        return False
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not doers and head.dep_ == "conj":
        doers = [c for c in head.head.children if c.dep_ == "nsubj"]
    return any(lemma(d) in vocab().ground_raiders for d in doers)


def _thrown_grenade(match: TriggerMatch) -> TriggerMatch:
    """'hurled a grenade at the police': the verb that threw a grenade noun tells whom it was thrown at."""
    head = match.head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        return replace(match, head=head.head)
    return match


ARMED_SIDE, CIVILIAN_SIDE = "armed", "civilian"
VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})


def victim_side(match: TriggerMatch, lexicon: Lexicon, named: Named | None = None) -> str | None:
    """Whether the people the violence hit were armed (security forces, fighters, armed suspects) or
    civilian, judged from the head noun of the first thing the trigger and the verbs joined to it hit; None
    when the sentence names no one."""
    for victims in (_victims(match), _adjacent_victims(match), _governing_victims(match)):
        sides = [_noun_side(noun, match.head, lexicon, named or _nobody) for noun in victims]
        side = next((side for side in sides if side is not None), None)
        if side is not None:
            return side
    return None


UNAWARES_MARKS = frozenset({"while", "as", "when"})


def _hit_unawares(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'shot a suspect as he ate', 'gunned down a suspect while travelling by bus': a suspect hit while at an
    everyday doing bore no arms (an attack); not a member of a force or armed group ('a soldier ... while
    travelling')."""
    verbs = [match.head, *([match.head.head] if match.head.dep_ == "conj" else [])]
    doing = [c for v in verbs for c in v.children if c.dep_ == "advcl" and lemma(c) in vocab().unawares_doings
             and any(m.dep_ == "mark" and m.lower_ in UNAWARES_MARKS for m in c.children)]
    if not doing:
        return False
    return not any(lemma(n) in lexicon.cues.combatant_words for n in _victims(match))


def _fellows_hit(match: TriggerMatch) -> bool:
    """'shot his colleague', 'killed two of his comrades': the people hit are named by their tie to the doer."""
    return any(lemma(noun) in vocab().fellow_words for noun in _victims(match))


def _adjacent_victims(match: TriggerMatch) -> list[Token]:
    """'Militia guns down two police officers', 'Police reservist shot dead while on patrol': a headline the
    parser misread, whose victim is the noun phrase right after the trigger, or right before a participle."""
    head = match.head
    doc = head.doc
    deps = {c.dep_ for v in (head, *head.conjuncts) for c in v.children}
    if deps & {"nsubjpass", "auxpass"}:
        return []  # 'was killed (unknown assailant)': what follows a passive is not its victim
    chunks = _noun_chunks(head.sent)
    after = next((doc[root] for start, _, root in chunks if start == match.last + 1 and not doc[start].is_punct),
                 None)
    if after is not None:
        return [after]
    if (doc[match.first].tag_ == "VBN" or _shot_dead(head)) and "dobj" not in deps:
        return [doc[root] for _, end, root in chunks if end == match.first]
    return []


def _governing_victims(match: TriggerMatch) -> list[Token]:
    """'Police fired at the attackers, killing one', 'soldiers ambushed the militants, killing three': a
    participle that names no one of its own killed some of those the verb it hangs on hit."""
    head = match.head
    verb = head.head
    if head.dep_ != "advcl" or head.tag_ != "VBG" or verb.pos_ != "VERB" or verb.i > head.i:
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        p for h in holders for c in h.children if c.dep_ == "prep" and _hit_prep(verb, c)
        for p in c.children if p.dep_ == "pobj"]


def _noun_chunks(sent: Span) -> tuple[tuple[int, int, int], ...]:
    """The sentence's noun chunks as (start, end, root) token indices, worked out once per sentence (spaCy
    finds a span's chunks by walking all of its doc's, so the doc's are walked once and shared)."""
    def within() -> tuple[tuple[int, int, int], ...]:
        return tuple(c for c in _doc_noun_chunks(sent.doc) if c[0] >= sent.start and c[1] <= sent.end)
    return per_doc(sent.doc, ("frontwire.noun_chunks", sent.start), within)


def _doc_noun_chunks(doc: Doc) -> tuple[tuple[int, int, int], ...]:
    """The parsed paragraph's noun chunks as (start, end, root) token indices, worked out once."""
    return per_doc(doc, "frontwire.doc_noun_chunks", lambda: tuple((c.start, c.end, c.root.i) for c in doc.noun_chunks))


def per_doc(doc: Doc, key: object, compute: Callable[[], T]) -> T:
    """`compute()` worked out once per parsed paragraph and kept in its Doc's user_data under `key` (the parse
    does not change once made): for facts of the whole paragraph that every trigger asks about."""
    if key not in doc.user_data:
        doc.user_data[key] = compute()
    return doc.user_data[key]  # type: ignore[no-any-return]


def _shot_dead(verb: Token) -> bool:
    """'Reservist shot dead while on patrol': 'dead' after a verb with no object tells a headline's passive."""
    deps = {c.dep_ for c in verb.children}
    return "dobj" not in deps and any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp")
                                      for c in verb.children)


def _victims(match: TriggerMatch) -> list[Token]:
    """Who or what was hit: objects of the trigger and of the verbs joined to it ('attacked and killed a
    police officer', '..., killing two herders'), the noun a participle describes ('four officers killed'),
    what an attack noun was 'on', and the people each of those counts ('two of the raiders')."""
    head = match.head
    # a joined clause with its own doer ('..., and residents accused the police') hit nothing of this one
    verbs = [head] + [c for c in head.children if c.pos_ == "VERB" and c.dep_ in ("conj", "advcl", "xcomp")
                      and not (c.dep_ == "conj" and any(g.dep_ == "nsubj" for g in c.children))]
    if head.dep_ == "conj" and head.head.pos_ == "VERB":
        verbs.append(head.head)  # 'killed five fighters and wounded three others'
    if _compound_headline_verb(head):
        verbs += _compound_verb_clauses(head)  # 'Gunmen storm village, killing three farmers'
    nouns: list[Token] = []
    for verb in verbs:
        passive = headline_passive(verb)
        for child in verb.children:
            if _misread_place_phrase(child):
                continue  # 'killed outside police post': where, not whom
            if child.dep_ in VICTIM_DEPS or (child.dep_ == "nsubj" and passive):
                # 'Police reservist shot dead by gunmen': a headline's passive without 'was'
                nouns.append(child)
            elif child.dep_ == "prep" and _hit_prep(verb, child):
                nouns.extend(c for c in child.children if c.dep_ == "pobj")
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(head.head)
    if _compound_headline_verb(head):
        nouns.append(head.head)  # 'Gunmen shoots police officer': a headline verb read as a compound
    if head.dep_ == "acomp" and head.tag_ == "VBN":
        # 'a guard is fatally shot by robbers': the participle read as the complement of 'is'
        nouns.extend(c for c in head.head.children if c.dep_ == "nsubj")
    nouns.extend(be_subjects(head))
    nouns.extend(_left_dead(head))
    nouns.extend(_believed_clause_subjects(head))
    if head.pos_ != "VERB" and head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
        # 'one person was killed in an attack by gunmen', 'two died in the raid'
        verb = head.head.head
        verbs = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else [verb]
        nouns.extend(c for v in verbs for c in v.children
                     if c.dep_ in VICTIM_DEPS or (c.dep_ == "nsubj" and (lemma(v) in vocab().death_verbs
                                                                         or headline_passive(v))))
        nouns.extend(_harm_takers(verb))
    out = []
    for noun in nouns:
        for each in (noun, *noun.conjuncts):
            # 'two of the raiders', 'a convoy of trucks': what the noun is made of says more than the noun.
            out.extend(p for c in each.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj")
            out.append(each)
    return out


def _believed_clause_subjects(verb: Token) -> list[Token]:
    """'a man believed to be a member of X was shot dead', parsed with 'a man believed ...' as a clause before a
    passive verb left with no subject: the man is who the verb hit."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "nsubjpass" for c in verb.children):
        return []
    return [s for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and lemma(c) in vocab().suspecting
            for s in c.children if s.dep_ == "nsubj"]


INCLUDING_PREPS = frozenset({"including"})


def _included_victims(holder: Token) -> list[Token]:
    """'seven people, including two police officers', 'kill seven, including police officers' (the phrase hung
    on the verb): those the victims are said to include, and the nouns joined to them."""
    return [n for c in holder.children if c.dep_ == "prep" and c.lower_ in INCLUDING_PREPS
            for p in c.children if p.dep_ == "pobj" for n in (p, *p.conjuncts)]


def _armed_men_included(match: TriggerMatch, lexicon: Lexicon, named: Named) -> bool:
    """Whether those the trigger's victims are said to include, on a victim or on the trigger or a verb joined
    to it, are armed men ('killed seven people, including two police officers')."""
    head = match.head
    holders = [*_victims(match), head, *(c for c in head.children if c.pos_ == "VERB" and c.dep_ in ("conj", "advcl"))]
    return any(_noun_side(n, head, lexicon, named) == ARMED_SIDE for h in holders for n in _included_victims(h))


def _armed_doer_named(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon) -> bool:
    """Whether the sentence names an armed doer of the violence, as an actor ('gunmen', 'militants') or as the
    trigger's subject or agent by its word ('raiders killed ...'), not one assumed."""
    if any(a.role == "actor" and a.inter in ARMED and a.span is not None for a in actors):
        return True
    head = match.head
    doers = [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers += [c for c in head.children if c.dep_ == "nsubj"]
    return any(lemma(d) in lexicon.cues.combatant_words for d in doers)


def _harm_takers(verb: Token) -> list[Token]:
    """'two officers sustained injuries in the attack', 'officers are recovering after suffering injuries
    during an attack': who took the harm, the subject of a verb of suffering, or of the clause it hangs on."""
    if lemma(verb) not in vocab().harm_taking_verbs:
        return []
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own:
        return own
    holder = verb.head.head if verb.dep_ == "pcomp" else verb.head  # 'after suffering ...' hangs on a preposition
    if verb.dep_ not in ("pcomp", "advcl") or holder.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]


def _left_dead(head: Token) -> list[Token]:
    """'clashes left three traders dead': the people the event, subject of 'leave', left dead were hit."""
    verb = head.head
    if head.dep_ != "nsubj" or lemma(verb) != "leave":
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    dead = any(c.lower_ == "dead" for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "advmod"))
    return [o for o in objects if dead or any(c.lower_ == "dead" and c.dep_ == "amod" for c in o.children)]


def _compound_verb_clauses(head: Token) -> list[Token]:
    """'Gunmen storm village, killing three farmers': the verbs a headline verb read as a compound would carry,
    hung instead on the noun it modifies (without a doer of their own)."""
    return [c for c in head.head.children if c.pos_ == "VERB" and c.dep_ in ("conj", "advcl")
            and not any(g.dep_ == "nsubj" for g in c.children)]


def _compound_headline_verb(head: Token) -> bool:
    """'Gunmen shoots police officer', 'Sect members attack police officers': a headline verb the tagger read
    as a noun compound between its subject (a noun right before it) and its object (the noun it modifies)."""
    if head.dep_ != "compound" or head.head.i <= head.i or head.i == head.sent.start:
        return False
    before = head.doc[head.i - 1]
    if head.tag_ == "NNS" and before.dep_ == "nsubj":
        return True
    return (before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("nsubj", "compound")
            and before.head.i in (head.i, head.head.i))


def be_subjects(head: Token) -> list[Token]:
    """'Two guards were on Monday shot dead by gunmen': a participle the parser hung as a complement of 'was' or
    'were' (directly or through a time phrase), told as a passive by 'dead' or 'by' after it, or a participle
    hung as a clause of 'was' with its own 'by' phrase ('was on Friday killed in X by gunmen'): the subject of
    'be' was hit."""
    if head.dep_ not in ("attr", "acomp", "oprd", "pobj") and not _be_clause_passive(head):
        return []
    be = head.head.head if head.dep_ == "pobj" else head.head
    if lemma(be) != "be" or not head.i > be.i:
        return []
    after = [t.lower_ for t in head.doc[head.i + 1 : head.i + 3]]
    if not set(after) & {"dead", "by"} and not _be_clause_passive(head):
        return []
    return [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < be.i]


def _be_clause_passive(head: Token) -> bool:
    """'A man was on Friday killed in X by gunmen': a participle the parser hung as a clause of 'was', with a
    'by' phrase of its own."""
    return head.dep_ == "advcl" and head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children)


def headline_passive(verb: Token) -> bool:
    """'Guard shot dead by gunmen', 'Three rangers injured': a headline's passive without 'was' (a doer
    after 'by', or a main-verb participle with no auxiliary and no object), whose subject was hit."""
    deps = {c.dep_ for c in verb.children}
    if "agent" in deps or any(c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pobj" for p in c.children)
                              for c in verb.children):
        return True  # not 'attacked the station by throwing stones'
    if not deps & {"aux", "auxpass"} and _stranded_clause_verb(verb) and (_stranded_prep(verb) or (
            lemma(verb) in vocab().only_transitive and verb.tag_ in ("VBD", "VBN") and not any(
                c.dep_ == "dobj" and not _misread_place_phrase(c) for c in verb.children))):
        return True  # 'Four officers shot at and injured on patrol, two died': a headline clause before another
    main = verb.dep_ == "ROOT"
    if main and not deps & {"aux", "auxpass"} and (_stranded_prep(verb) or any(
            c.dep_ == "agent" for v in verb.conjuncts if "nsubj" not in {g.dep_ for g in v.children}
            for c in v.children)):
        return True
    objects = {c.dep_ for v in (verb, *verb.conjuncts) for c in v.children}
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and lemma(verb) in vocab().only_transitive)
    return (main and (participle or _joined_bare_participle(verb)) and not deps & {"aux", "auxpass"}
            and "dobj" not in objects)


def _joined_bare_participle(verb: Token) -> bool:
    """'Priest dragged from his car and killed': a past-tense verb joined to a participle (VBN) that has no
    subject, auxiliary or object of its own reads, like it, as a headline's passive."""
    return verb.tag_ == "VBD" and any(
        v.tag_ == "VBN" and not {c.dep_ for c in v.children} & {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"}
        for v in verb.conjuncts)


HEADLINE_STRANDED_PREPS = frozenset({"at", "upon"})


def _stranded_clause_verb(verb: Token) -> bool:
    """'Officers shot at during patrol, two died': a headline clause the parser hung on the next one, as its
    clausal complement or a clause joined to it, with its own subject."""
    return verb.dep_ in ("ccomp", "conj") and verb.head.i > verb.i and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _misread_place_phrase(noun: Token) -> bool:
    """'Pastor killed outside police post': an object the parser made of a place phrase, its preposition
    misread as a modifier of the noun."""
    return any(c.tag_ == "IN" and c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i for c in noun.children)


def _stranded_prep(verb: Token) -> bool:
    """'Two officers shot at and injured by bandits': 'at' left with no object after the verb tells a
    headline's passive ('were shot at'), and so does a 'by' phrase of a verb joined to it."""
    return any(c.dep_ == "prep" and c.lower_ in HEADLINE_STRANDED_PREPS and not any(True for _ in c.children)
               for c in verb.children)


def _hit_prep(verb: Token, prep: Token) -> bool:
    """'an attack on a bus', 'opened fire at a vehicle', 'a campaign against police'."""
    if prep.lower_ in ("on", "against"):
        return True
    return prep.lower_ == "at" and (verb.pos_ != "VERB" or lemma(verb) in vocab().firing_verbs)


# Armed groups that fight on the ground: what they aim at, when it is people, they attack or fight.
GROUND_AIMING_GROUPS = frozenset({REBEL, MILITIA, IDENTITY})


def _ground_group_aims_at_people(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon,
                                 hit: Sequence[Token], placed: frozenset[int]) -> bool:
    """'raiders targeted police and civilians', 'women were targeted by a gang': an armed group on the ground
    (no state or foreign force among the doers) aiming at people of either side, with no weapon named, attacks
    or fights them; not 'targeted the village' or 'army positions', which are hit from afar."""
    if any(lemma(n) in vocab().struck_terrain or n.i in placed for n in hit):
        return False
    agents = _inters(actors, "actor")
    head = match.head
    doers = [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers += [_antecedent(c) for c in head.children if c.dep_ == "nsubj" and not headline_passive(head)]
    by_word = not agents and any(lemma(d) in vocab().armed_men and not _armed_forces_noun(d)
                                 and lemma(d) != "army" for d in doers)
    if not (agents & GROUND_AIMING_GROUPS or by_word) or agents & {STATE, EXTERNAL}:
        return False
    return any(_noun_side(n, match.head, lexicon, _nobody) is not None or _police_noun(n) for n in hit)


def _nobody(token: Token) -> int | None:
    return None


def _noun_side(noun: Token, trigger: Token, lexicon: Lexicon, named: Named) -> str | None:
    """One victim noun's side: the armed force it names ('Al Shabaab', 'the military') or that is named on it
    ('Al Shabaab suspects', 'a police vehicle'; an ethnic name on 'herders' or 'village' does not arm them),
    then its own word, then the words that modify it. Members of a force off duty, unarmed, retired or
    former are civilians ('an off-duty police officer', ACLED)."""
    if _off_duty(noun) or _held_captive(noun):
        return CIVILIAN_SIDE
    if _alleged_attacker(noun, lexicon) or _suspected_initials(noun):
        return ARMED_SIDE
    owner = _possessor_antecedent(noun)
    if owner is not None and _noun_side(owner, trigger, lexicon, named) == ARMED_SIDE:
        return ARMED_SIDE  # 'officers escaped after gunmen attacked their vehicle': the officers' vehicle
    said = next((side for c in _said_to_be(noun) if (side := _noun_side(c, trigger, lexicon, named)) is not None),
                None)
    if said is not None:
        return said
    own = named(noun)
    if own in FORCES:
        return ARMED_SIDE
    if own == CIVILIANS:
        return CIVILIAN_SIDE
    if any(named(c) in FORCES for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
           and not c.i <= trigger.i < noun.i):
        return ARMED_SIDE
    head = lemma(noun)
    # a victim after its trigger is not modified by the doer before it ('Raiders attack village' misparsed)
    modifiers = {lemma(t) for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                 for t in c.subtree if not t.i <= trigger.i < noun.i}
    modifiers |= {lemma(c) for c in noun.children if c.dep_ == "acl"}  # 'men suspected of ...'
    modifiers.discard(lemma(trigger))
    cues = lexicon.cues
    if _civil_officer(noun, named, cues.combatant_words):
        return CIVILIAN_SIDE
    if head not in vocab().weak_heads:
        if head in cues.combatant_words:
            return ARMED_SIDE
        if head in cues.civilian_words:
            return ARMED_SIDE if modifiers & vocab().suspect_words else CIVILIAN_SIDE
    if head in vocab().weak_heads and _member_of_armed_body(noun, named):
        return ARMED_SIDE
    if modifiers & cues.civilian_words:
        return CIVILIAN_SIDE
    if modifiers & (cues.combatant_words | vocab().suspect_words):
        return ARMED_SIDE
    if _aged(noun) or (noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS")):
        return CIVILIAN_SIDE  # 'a 21-year-old', 'two Kenyans': people, named by age or nationality
    return None


def _member_of_armed_body(noun: Token, named: Named) -> bool:
    """'a member of the liberation front', 'two members of a militia': people named as members of a body whose
    words or name make it an armed force."""
    bodies = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
    return any(lemma(t) in vocab().armed_body_words or t.lower_ in vocab().armed_body_words or named(t) in FORCES
               for p in bodies for t in p.subtree)


OWNER_PRONOUNS = frozenset({"their", "his", "her"})


def _possessor_antecedent(noun: Token) -> Token | None:
    """'Officers escaped unhurt after gunmen attacked their vehicle': whom 'their' on a thing hit stands for, the
    noun subject (told before it) of a clause that governs the one hitting it; not the hitting clause's own doer."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if poss is None:
        return None
    clause = noun.head
    while clause.dep_ in ("prep", "pobj") and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # 'attempted to attack their vehicle': still the attackers' clause
    if clause.dep_ not in ("advcl", "conj", "acl"):  # not what a speaker said (ccomp)
        return None
    if clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None  # 'raiders shot three villagers and stole their cows': the shared subject is its own doer
    for governing in clause.ancestors:
        subject = next((c for c in governing.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < poss.i), None)
        if subject is not None:
            return subject if subject.pos_ in ("NOUN", "PROPN") else None
    return None


def _alleged_attacker(noun: Token, lexicon: Lexicon) -> bool:
    """'three men suspected of murdering a chief', 'suspects linked to the attacks', 'the gang behind the
    raid': people the text ties to violence are taken for its armed doers (not 'unarmed' or 'innocent' men)."""
    if any(lemma(c) in vocab().civilian_markers or c.lower_ in vocab().civilian_markers
           for c in noun.children if c.dep_ in ("amod", "compound")):
        return False
    ties = [c for c in noun.children if (c.dep_ in ("acl", "relcl", "amod") and lemma(c) in vocab().violence_ties)
            or (c.dep_ == "prep" and c.lower_ in vocab().violence_ties)]
    return any(lexicon.kind(trig.kind).violent for tie in ties for t in tie.subtree if t.i != tie.i
               for trig in lexicon.triggers.get(lemma(t), ()) if len(trig.lemmas) == 1)


def _said_to_be(noun: Token) -> list[Token]:
    """'two men believed to be militants', 'people whom they claimed to be armed members', 'a man who was a
    teacher': what a clause on the noun says the people were (not what they themselves claimed to be: 'men
    in uniform claiming to be police')."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and not (
        lemma(c) in vocab().pretence_verbs and not any(g.dep_ == "nsubj" for g in c.children))]
    bes = [b for c in clauses for b in (c, *(x for x in c.children if x.dep_ in ("xcomp", "ccomp")))
           if lemma(b) == "be"]
    said = [t for b in bes for t in b.children if t.dep_ in ("attr", "oprd") and t.pos_ in ("NOUN", "PROPN")]
    return said + _believed_subject_attrs(noun)


def _believed_subject_attrs(noun: Token) -> list[Token]:
    """'a man believed to be a member of X was shot dead', parsed with 'believed' as the main verb and the man
    its subject: what the verb of belief says the man was."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.tag_ not in ("VBN", "VBD") or lemma(verb) not in vocab().suspecting:
        return []
    bes = [x for x in verb.children if x.dep_ == "xcomp" and lemma(x) == "be"]
    return [t for b in bes for t in b.children if t.dep_ in ("attr", "oprd") and t.pos_ in ("NOUN", "PROPN")]


def _group_initials(token: Token) -> bool:
    """'SLDF', 'ONLF': a name written as capital initials."""
    return token.text.isalpha() and token.text.isupper() and 2 <= len(token.text) <= 6


def _suspected_initials(noun: Token) -> bool:
    """'eight suspected XYZ killed', 'an XYZ suspect shot dead': people named by a group's initials and
    suspected of belonging to it are members of an armed group (the group unknown to the actor list)."""
    words = vocab().suspicion_words
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if _group_initials(noun):
        return any(lemma(c) in words for c in mods)
    return lemma(noun) in words and any(_group_initials(c) for c in mods)


def _civil_officer(noun: Token, named: Named, forces: frozenset[str]) -> bool:
    """'an election officer', 'a Red Cross officer', 'the returning officer': an officer named by a body that
    bears no arms is a civilian (not 'police', 'prison', 'GSU', 'army' or a named force's officers)."""
    if lemma(noun) != "officer":
        return False
    names = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "VERB")]
    words = {lemma(t) for c in names for t in c.subtree} | {t.lower_ for c in names for t in c.subtree}
    armed = words & (forces | vocab().police_words | vocab().officer_of_force | vocab().armed_forces
                     | vocab().armed_services)
    return bool(names) and not armed and not any(named(t) in FORCES for c in names for t in c.subtree)


def _off_duty(noun: Token) -> bool:
    """'an off-duty officer', 'a retired soldier', 'an unarmed policeman': the words before the noun in its
    phrase say the person bore no arms for a force when hit."""
    words = " ".join(t.lower_ for t in noun.subtree if t.i < noun.i).replace(" - ", "-").split()
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    return bool((set(words) | pairs) & vocab().out_of_service)


def _held_captive(noun: Token) -> bool:
    """'three of those arrested', 'a suspect who had been detained', 'a man held in police custody': people
    told to have been in someone's hands bore no arms when hit."""
    words = vocab().held_captive
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if any(lemma(c) in words for c in clauses):
        return True
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
        lemma(p) in words for p in prep.children if p.dep_ == "pobj")
        for holder in (noun, *clauses) for prep in holder.children)


def said_civilians(match: TriggerMatch) -> bool:
    """Whether what the trigger hit is said outright to be civilians ('killed two civilians', 'unarmed men')."""
    return any(lemma(t) in vocab().civilian_markers for noun in _victims(match) for t in (noun, *noun.children))


def named_civilians(match: TriggerMatch, lexicon: Lexicon, named: Named) -> bool:
    """Whether everyone the trigger hit is a civilian by calling ('a teacher was killed during the clashes',
    'attacked traders'): not people of no stated calling ('two people', 'a man'), property, armed men or
    people tied to an armed group ('a cleric linked to the militia'); a day is no victim ('on Monday')."""
    victims = [v for v in _victims(match) if v.ent_type_ not in ("DATE", "TIME")]
    return bool(victims) and all(
        lemma(v) not in vocab().anyone | vocab().property and v.pos_ != "NUM"
        and _noun_side(v, match.head, lexicon, named) == CIVILIAN_SIDE
        and not any(named(t) in FORCES for t in v.subtree) for v in victims)


def fought_with(match: TriggerMatch) -> bool:
    """'a shoot-out with police', 'clashed with rebels': the fighting names one side, the other being whoever
    the sentence counts in it (also 'killed in a shoot-out with police' read as 'killed ... with police')."""
    head = match.head
    holders = [head, head.head.head] if head.dep_ == "pobj" else [head]
    return any(c.dep_ == "prep" and c.lower_ == "with" for t in holders for c in t.children)


def toll_side(whos: Sequence[str | None], lexicon: Lexicon) -> str | None:
    """The side of the people a toll counts ('three police officers' armed, 'two herders' civilian), read
    from the last word of each figure that names who they were ('staff members': the word before a weak
    head): armed when any figure counts armed men ('a trader killed and two soldiers wounded'), else the
    first figure's side."""
    cues = lexicon.cues
    sides: list[str] = []
    for who in whos:
        words = (who or "").lower().replace("-", " ").split()
        while words and set(_singulars(words[-1])) & vocab().weak_heads:
            words.pop()
        forms = _singulars(words[-1]) if words else ()
        if any(form in cues.combatant_words for form in forms):
            sides.append(ARMED_SIDE)
        elif any(form in cues.civilian_words for form in forms):
            sides.append(CIVILIAN_SIDE)
    if ARMED_SIDE in sides:
        return ARMED_SIDE
    return sides[0] if sides else None


def _singulars(word: str) -> tuple[str, ...]:
    """A plural's possible singulars ('officers', 'policemen', 'families'), the word itself first."""
    forms = [word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    if word == "people":
        forms.append("people")
    return tuple(forms)


def responding(match: TriggerMatch) -> bool:
    """'police intervened, shooting dead three', 'officers fired back and killed two', 'reservists pursued them,
    killing one': the violence is the forces' answer to an attack, told by the trigger or a verb joined to it."""
    head = match.head
    # also a headline clause before a semicolon, parsed as the complement ('Police pursue raiders; kill five')
    verbs = [head, *(c for c in head.children if c.pos_ == "VERB"
                     and (c.dep_ in ("conj", "advcl", "xcomp") or (c.dep_ == "ccomp" and c.i < head.i)))]
    if head.dep_ in ("conj", "advcl", "xcomp") and head.head.pos_ == "VERB":
        verbs.append(head.head)
    for verb in verbs:
        if lemma(verb) in vocab().response_verbs:
            return True
        if lemma(verb) in vocab().back_verbs and any(c.lower_ == "back" for c in verb.children):
            return True
        if lemma(verb) == "return" and any(lemma(c) == "fire" for c in verb.children if c.dep_ == "dobj"):
            return True
    return False


OCCASION_PREPS = frozenset({"in", "during", "following", "after", "amid"})
SIDES_PREPS = frozenset({"between", "among"})


def _between_sides(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'violence between two clans', 'killed in violence between herders and farmers', 'an attack between two
    villages' (not 'amid tensions between them'): violence told as being between sides is their fight (ACLED: a
    battle between communal militias), and people it killed, with no more said of them and no doer named
    ('three killed in ethnic violence'), are its toll."""
    head = match.head
    settings = [head] + [p for c in head.children if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS
                         for p in c.children if p.dep_ == "pobj" and lemma(p) in lexicon.triggers]
    if any(c.dep_ == "prep" and c.lower_ in SIDES_PREPS for s in settings for c in s.children):
        return True
    doers = [c for c in head.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
             or (c.dep_ == "nsubj" and not headline_passive(head))]
    return not doers and any(lemma(m) in vocab().communal or m.lower_ in vocab().communal for s in settings[1:]
                             for m in s.children if m.dep_ in ("amod", "compound", "nmod"))


STRIFE_OCCASION_PREPS = frozenset({"in", "during", "following", "after", "over"})


def _strife_between_sides(head: Token) -> bool:
    """'killed in a feud between two clans', 'found dead after a dispute over land between two communities': a
    strife between sides named as the deed's occasion is their fight (ACLED: a battle between communal militias);
    not 'amid tensions between them', a mood and no fighting."""
    strifes = [p for c in head.children if c.dep_ == "prep" and c.lower_ in STRIFE_OCCASION_PREPS
               for p in c.children if p.dep_ == "pobj" and lemma(p) in vocab().strife_nouns]
    # the sides' phrase may hang on the strife's topic ('a dispute over land between X and Y')
    holders = [h for s in strifes for h in (s, *(p for c in s.children if c.dep_ == "prep" and c.lower_ == "over"
                                                  for p in c.children if p.dep_ == "pobj"))]
    sides = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SIDES_PREPS]
    # a quarrel within a family ('between two branches of a family', 'between a man and his brother') is no fight
    # of armed sides
    return bool(sides) and not any(lemma(t) in vocab().household_words for c in sides for t in c.subtree)


def _struck_back(match: TriggerMatch) -> bool:
    """'Raiders killed a herder. The villagers retaliated.', 'the officers fought back', 'they returned fire':
    the paragraph tells that others than the attackers used force too, which makes the violence a battle
    (ACLED); not the attackers 'retaliating for an earlier raid'."""
    doers = {lemma(c) for c in match.head.children if c.dep_ == "nsubj"}
    for tok in match.head.doc:
        if tok.pos_ != "VERB" or not _answering_force(tok):
            continue
        subjects = {lemma(c) for c in tok.children if c.dep_ == "nsubj"}
        if subjects and not subjects & doers and not _negated(tok):
            return True
    return False


def _answering_force(verb: Token) -> bool:
    """'retaliated', 'fought back', 'hit back', 'returned fire'."""
    word = lemma(verb)
    if word == "retaliate":
        return True
    if word in vocab().back_verbs | {"fight"}:
        return any(c.lower_ == "back" for c in verb.children)
    return word == "return" and any(lemma(c) == "fire" for c in verb.children if c.dep_ == "dobj")


def _aged(noun: Token) -> bool:
    """'a 21-year-old' as one token or split ('21', '-', 'year', '-', 'old'), 'a 13 years old': named by age."""
    if noun.lower_.endswith("-old"):
        return True
    before = [t.lower_ for t in noun.doc[max(0, noun.i - 3) : noun.i] if t.text not in ("-", "–")]
    return noun.lower_ == "old" and bool(before) and before[-1] in ("year", "years")


def _armed_targets(match: TriggerMatch, actors: Sequence[ActorRef], offset: int) -> bool:
    """An armed actor was hit, unless its name only says whose village or herd it was ('a Pokot village')."""
    for actor in actors:
        if actor.role != "target" or actor.inter not in ARMED or actor.span is None:
            continue
        token = _token_at(match.head.sent, actor.span.start - offset)
        if actor.inter == IDENTITY and token is not None and token.dep_ in ("compound", "amod", "nmod"):
            continue
        return True
    return False


def _token_at(sent: Span, start: int) -> Token | None:
    """The sentence's token at a character offset of its own text."""
    return next((t for t in sent if t.idx >= start), None)


PARTICIPANT_PREPS = frozenset({"between", "with", "among", "by"})
GRIEVANCE_PREPS = frozenset({"over", "against"})
CAUSE_PREPS = frozenset({"after", "following", "over", "against"})


BLOW_PREPS = frozenset({"at", "on"})


def _mob(doc: Doc, lexicon: Lexicon) -> bool:
    """ACLED's mob violence: a crowd that hits people, in a paragraph that tells of no protest (rioters
    who beat a clerk; not protesters who stone cars, nor rioters who only burn and loot)."""
    if any(_protest_word(t) and lemma(t) not in vocab().hosted_events for t in doc):
        return False
    return any(_crowd_blow(t, lexicon) for t in doc)


def _crowd_blow(verb: Token, lexicon: Lexicon) -> bool:
    """'rioters beat up a clerk', 'a journalist was attacked by the mob': a crowd's blow against a person."""
    if verb.pos_ != "VERB" or lemma(verb) not in vocab().crowd_blows or _negated(verb):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubjpass" in deps or "auxpass" in deps or "agent" in deps:
        doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        hit = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl":  # 'two officials injured by rioters'
            hit += [verb.head, *verb.head.conjuncts]
    else:
        doers = _joined_doers(verb)
        hit = [c for c in verb.children if c.dep_ == "dobj"]
        hit += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in BLOW_PREPS for p in c.children
                if p.dep_ == "pobj"]
    return any(_crowd_doer(d) for d in doers) and any(_person(n, lexicon) for n in hit)


def _joined_doers(verb: Token) -> list[Token]:
    """The doers of an active verb, also of one joined to another verb or (in a mis-parsed headline) to a
    noun: 'beat up and injured a clerk', 'Rioters attack and injure guards', 'invade a hotel and assault ...'."""
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if doers:
            return doers
        if verb.dep_ == "relcl":
            return [verb.head]
        if verb.dep_ != "conj":
            return []
        verb = verb.head
        if verb.pos_ != "VERB":
            named = [c for c in verb.children if c.dep_ in ("compound", "nmod") and c.i < verb.i]
            if named or verb.dep_ != "dobj":
                return named
            verb = verb.head
    return []


def _crowd_doer(noun: Token) -> bool:
    """A crowd, not the police: 'angry youths', 'the rioters', 'they' (its own words, not a clause on it)."""
    clauses = {t.i for c in noun.subtree if c.dep_ in ("relcl", "acl") and c.i != noun.i for t in c.subtree}
    words = {lemma(t) for t in noun.subtree if t.i not in clauses}
    return bool(words & vocab().crowd_doers) and not words & (vocab().police_words | vocab().armed_forces)


def _person(noun: Token, lexicon: Lexicon) -> bool:
    """A person, or a thing of a person's ('the senator's car', 'the convoy of the governor')."""
    for each in (noun, *noun.conjuncts):
        if lemma(each) in lexicon.cues.person_words or each.ent_type_ == "PERSON":
            return True
        owners = [c for c in each.children if c.dep_ == "poss"]
        owners += [p for c in each.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]
        if any(lemma(o) in lexicon.cues.person_words - {"him", "her"} or o.ent_type_ == "PERSON" for o in owners):
            return True
    return False


def _protesting(match: TriggerMatch) -> bool:
    """A protest told in the paragraph; rioters and riots are protesters turned violent."""
    return any(_protest_word(t) or (lemma(t) in ("riot", "rioter", "rioting") and not riot_gear(t))
               for t in match.head.doc)


def _protest_word(token: Token) -> bool:
    """A word of protest, not a date ('on 12 March')."""
    return lemma(token) in vocab().protest_words and token.ent_type_ != "DATE"


def _blockade_protest(match: TriggerMatch) -> bool:
    """'drivers blocked the highway to demand ...', '... over police harassment', '..., accusing the council of
    ...': people blocking a road for a cause protest (a bare blockade is no ACLED event)."""
    verb = match.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(lemma(t) in vocab().fighters or _armed_forces_noun(t) for d in doers for t in d.subtree):
        return False
    # also the cause hung on a participle of the blockade ('..., disrupting traffic for hours over ...')
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG")]
    return any(_grievance_child(c) for clause in clauses for c in clause.children) or _deep_grievance(match)


def _deep_grievance(match: TriggerMatch) -> bool:
    """'blocked the X-Y road at a junction, interrupting traffic for hours over police harassment', 'blocked the
    highway placing a coffin on it, to urge the government to act': a cause the parser hung deeper in the
    blockade's clause, after it."""
    first = match.head.doc[match.first]
    verb = first if first.pos_ == "VERB" else match.head
    pressing = vocab().grieving | vocab().protest_words
    return any((t.dep_ == "prep" and t.lower_ in GRIEVANCE_PREPS)
               or (t.dep_ in ("advcl", "xcomp") and t.pos_ == "VERB" and lemma(t) in pressing)
               for t in verb.subtree if t.i > match.last)


def bare_gathering(match: TriggerMatch) -> bool:
    """'residents gathered at the scene' is no event; 'parents gathered outside the school to demand ...',
    'farmers assembled demanding ...', '... camped outside the offices over unpaid wages': people who gather
    to press a demand or over a grievance protest (not the police or armed men)."""
    verb = match.head
    if lemma(verb) not in vocab().gathering_verbs or verb.pos_ != "VERB":
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(lemma(t) in vocab().fighters or _armed_forces_noun(t) for d in doers for t in d.subtree):
        return True
    pressing = vocab().protest_words | vocab().denouncing
    return not any((c.dep_ in ("advcl", "xcomp") and lemma(c) in pressing)
                   or (c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS) for c in verb.children)


def _grievance_child(c: Token) -> bool:
    """'... over police harassment', '... to demand ...', '..., accusing the council', '... after a boy
    drowned': a phrase or clause giving a cause."""
    if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS:
        return True
    return c.dep_ in ("advcl", "xcomp") and (any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                                             or lemma(c) in vocab().grieving or _cause_clause(c))


def _protest_intrusion(match: TriggerMatch, sides: set[int]) -> bool:
    """'war veterans stormed the embassy demanding compensation': people, no armed group, storming a place
    with a demand (to press it, or demanding it) protest; also where the parser hangs the demand on the place."""
    head = match.head
    if lemma(head) not in vocab().intrusions or sides & (ARMED - {STATE}) or any(lemma(t) in vocab().fighters
                                                                                 for t in head.sent):
        return False
    places = [c for c in head.children if c.dep_ == "dobj"]
    return (any(c.dep_ in ("advcl", "xcomp") and lemma(c) in vocab().grieving for c in head.children)
            or any(c.dep_ == "acl" and c.tag_ == "VBG" and lemma(c) in vocab().grieving for p in places
                   for c in p.children))


INTRUSION_BID_DEPS = frozenset({"xcomp", "advcl"})


def _crowd_bid_to_intrude(match: TriggerMatch) -> bool:
    """'workers who were heading to the hotel to storm the meeting', 'they attempted to enter the offices': a
    storming, entering or taking over with no subject of its own, told as what a crowd set out or tried to do
    (an infinitive under a verb whose subject, or what it stands for, is a crowd or protesters) in a paragraph
    that tells of a protest or a dispersal, is the crowd's bid, no fight."""
    verb = match.head
    if verb.pos_ != "VERB" or (lemma(verb) not in vocab().intrusions and match.trigger.refine != 4):
        return False
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in INTRUSION_BID_DEPS:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.tag_ != "VB":
            return False
        verb = verb.head
        subjects = [_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            doc = match.head.doc
            told = _protesting(match) or any(lemma(t) in vocab().dispersing for t in doc)
            return told and any(_protesting_crowd(s) for s in subjects)
    return False


def _protesting_crowd(noun: Token) -> bool:
    """'the traders', 'protesting members of the party': a crowd, or people a protest word describes, unarmed."""
    described = any(c.dep_ in ("amod", "compound") and _protest_word(c) for c in noun.children)
    return (_crowd_doer(noun) or described) and not _armed_crowd(noun)


def _storms_session(match: TriggerMatch) -> bool:
    """'stormed the hotel where officials were meeting', 'stormed into a council sitting': a crowd breaking into
    people's sitting riots, even in protest."""
    head = match.head
    if lemma(head) not in vocab().intrusions:
        return False
    places = [c for c in head.children if c.dep_ == "dobj"]
    places += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children
               if p.dep_ == "pobj"]
    sessions = vocab().stormed_sessions
    if any(lemma(p) in sessions for p in places):
        return True
    # the parser may hang 'where ... were meeting' on the place, its town or the day
    spans = [c for c in head.children if c.dep_ in ("dobj", "prep", "npadvmod")]
    return any(r.dep_ == "relcl" and any(lemma(t) in sessions for t in r.subtree)
               for c in spans for r in c.subtree)


def _labour_strike(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'striking teachers', 'nurses have been striking for weeks', 'lecturers began their strike', 'went on
    strike': people who stop work, hitting nothing."""
    head = match.head
    if lemma(head) != "strike" or weapon_kind(match, lexicon) is not None:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in STRUCK_PREPS) for c in head.children):
        return False
    people = lexicon.cues.person_words | vocab().crowd_nouns | {"they", "we", "their", "our"}
    if head.pos_ == "VERB":
        doers = [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ in ("amod", "acl"):
            doers.append(head.head)
        return any(lemma(d) in people for d in doers)
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
    owners += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
    on_strike = head.dep_ == "pobj" and head.head.lower_ == "on" and lemma(head.head.head) in ("go", "be", "remain")
    return on_strike or any(lemma(o) in people for o in owners)


def _crowd_boycott(match: TriggerMatch, actors: Sequence[ActorRef]) -> bool:
    """'farmers boycotted deliveries to the factory', 'students boycotted classes': a crowd's boycott is a
    protest (a state's or a party's stays a sanction)."""
    if lemma(match.head) != "boycott":
        return False
    return (bool(_inters(actors, "actor") & {RIOTERS, PROTESTERS, CIVILIANS}) or _crowd_subject(match)
            or _duty_boycott(match))


def _duty_boycott(match: TriggerMatch) -> bool:
    """'prison warders boycotted work', 'lecturers boycott classes': whoever refuses to work or study strikes."""
    return any(c.dep_ == "dobj" and lemma(c) in vocab().boycotted_duties for c in match.head.children)


def _protest_clash(match: TriggerMatch, sides: set[int]) -> bool:
    """'students engaged in running battles with police; the protests began ...': a fight told beside a protest
    or riot, with no armed group but the state named, is the crowd's fight."""
    if lemma(match.head) not in vocab().two_sided or sides & (ARMED - {STATE}):
        return False
    if any(lemma(t) in vocab().fighters for t in match.head.sent) or match.head.i in _protest_topics(match.head.doc):
        return False
    return any(lemma(t) in vocab().street_protest and t.ent_type_ != "DATE" for t in match.head.doc)


def _dispersed_fight(match: TriggerMatch, sides: set[int]) -> bool:
    """'two groups clashed at the market; police dispersed them with tear gas': a fight the police broke up as
    they break up crowds, with no armed group but the state named and no fighter word, is a crowd's fight."""
    head = match.head
    if lemma(head) not in vocab().two_sided or sides & (ARMED - {STATE}) or any(lemma(t) in vocab().armed_men
                                                                                for t in head.doc):
        return False
    return any(_police_disperse(t) and not _negated(t) for t in head.doc)


def _faceless_fight(match: TriggerMatch, sides: set[int], lexicon: Lexicon, named: Named | None) -> bool:
    """'one died in clashes with police': a fight that names the police as its only side, no guns, no armed
    group and no fighter word in the paragraph, was fought by a crowd (ACLED: a riot)."""
    head = match.head
    nouns = _participants(match)
    if lemma(head) not in vocab().bare_fights or not nouns or not all(_police_noun(n) for n in nouns):
        return False
    if sides & (ARMED - {STATE}) or any(lemma(t) in vocab().armed_men for t in head.doc) or _gunfire(match, lexicon):
        return False
    return not any((named or _nobody)(t) in ARMED - {STATE} for t in head.sent)


def _fist_fight(match: TriggerMatch, sides: set[int]) -> bool:
    """'supporters broke into fistfights', 'a brawl at the party meeting': a fight of fists with no armed group
    but the state and no armed men named is a crowd's fight."""
    head = match.head
    return (lemma(head) in vocab().unarmed_fights and not sides & (ARMED - {STATE})
            and not any(lemma(t) in vocab().armed_men for t in head.sent))


def _stone_fight(match: TriggerMatch, sides: set[int]) -> bool:
    """'people were pelted with stones as two rival groups clashed', 'the groups fought, throwing rocks': a fight
    its sentence tells was fought with stones, with no armed group but the state and no armed men named, is a
    crowd's fight."""
    head = match.head
    if lemma(head) not in vocab().two_sided or sides & (ARMED - {STATE}):
        return False
    words = {lemma(t) for t in head.sent}
    return bool(words & vocab().stoning) and not words & vocab().armed_men


def _police_disperse(token: Token) -> bool:
    """'dispersed', 'tear gas', 'water cannon', 'broke up the fighting': the police's way with a crowd."""
    if lemma(token) == "break" and any(c.lower_ == "up" and c.dep_ == "prt" for c in token.children):
        return True
    return lemma(token) in vocab().dispersing and not (lemma(token) == "tear" and token.pos_ == "VERB")


def _crowd_kind(match: TriggerMatch, against_civilians: bool, lexicon: Lexicon) -> str:
    """A crowd's violence: a violent demonstration when the paragraph tells of a protest or riot, else (or when
    the crowd hits people without protesting) mob violence (ACLED)."""
    mob = against_civilians or _mob(match.head.doc, lexicon)
    return "riot" if _protesting(match) and not mob else "mob_violence"


def _crowd_fights(match: TriggerMatch, agents: set[int], lexicon: Lexicon) -> bool:
    """'rival supporters clashed', 'a teacher was attacked by voters', 'clashes between two groups of
    students': plural ordinary people, no armed actor and no weapon word among them; or demonstrators
    on one side, whoever is on the other ('police battled protesters')."""
    nouns = _participants(match)
    if any(lemma(n) in vocab().demonstrators or any(lemma(c) in vocab().protest_verbs for c in n.children)
           for n in nouns):
        return True  # 'police clashed with protesters', '... with rioting fans'
    armed = agents & ARMED
    if lemma(match.head) in vocab().two_sided:
        # Communities fighting each other ('farmers and herders clashed', 'residents of two villages fought')
        # are communal militias in battle (ACLED); only crowds of supporters, students, youths riot, also
        # when they fight the police ('police clashed with traders').
        nouns = [n for n in nouns if lemma(n) not in vocab().community_nouns]
        armed = armed - {STATE}
    return not armed and any(_ordinary_people(n, lexicon) for n in nouns)


def _communities_fight(match: TriggerMatch) -> bool:
    """'herders and farmers clashed', 'clashes between Pokot and Turkana communities': communities fighting
    each other, no police or demonstrators among them, are communal militias in battle (ACLED)."""
    if lemma(match.head) not in vocab().two_sided:
        return False
    nouns = _participants(match)
    words = {lemma(n) for n in nouns}
    return bool(words & vocab().community_nouns) and not words & (
        vocab().police_words | vocab().demonstrators | vocab().armed_forces)


def _participants(match: TriggerMatch) -> list[Token]:
    """The nouns of those who fought: the trigger's doers, 'between', 'with', 'among' and 'by' phrases, and
    the people of a verb that governs a fighting noun ('youths engaged police in running battles')."""
    head = match.head
    # a headline's passive without 'was' ('refugees shot dead by a gunman'): its subject was hit; fighting
    # verbs have no passive ('residents clashed' tagged as a participle)
    passive = headline_passive(head) and lemma(head) not in vocab().two_sided
    heads = [c for c in head.children if c.dep_ == "agent" or (c.dep_ == "nsubj" and not passive)]
    heads += _acting_group(head)
    if head.dep_ == "nsubj":  # 'clashes erupted between ...'
        heads += [c for c in head.head.children if c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS]
    # 'youths engaged police in (running) battles': the fighting noun in a phrase of the verb
    held = head.head if head.dep_ == "dobj" and head.head.dep_ == "pcomp" else head
    if (head.dep_ == "pobj" or held is not head) and held.head.head.pos_ == "VERB":
        heads += [c for c in held.head.head.children if c.dep_ in ("nsubj", "dobj")]
    if head.dep_ == "dobj" and lemma(head.head) in vocab().two_sided:
        # 'farmers and herders fought running battles (with ...)': the fight a fighting verb fought is theirs
        heads += [c for c in head.head.children if c.dep_ == "nsubj"
                  or (c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS)]
    heads += [c for c in head.children if c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS]
    nouns = []
    for h in heads:
        h = next((c for c in h.children if c.dep_ == "pobj"), h) if h.dep_ in ("prep", "agent") else h
        h = _antecedent(h)  # 'residents who fought back', 'they fought'
        nouns += [h, *h.conjuncts]
    return nouns or _verbless_fighters(head)


def _verbless_fighters(head: Token) -> list[Token]:
    """'Two groups of students of a boys school clash over music': in a sentence the parser left with no verb,
    the fighting word hung deep in a noun phrase, the sentence's head noun names who fought."""
    sent = head.sent
    if head.dep_ not in ("pobj", "compound") or any(t.pos_ in ("VERB", "AUX") and t.i != head.i for t in sent):
        return []
    root = sent.root
    return [root, *root.conjuncts] if root.pos_ == "NOUN" and root.i < head.i else []


def _acting_group(verb: Token) -> list[Token]:
    """'A group of fishermen attacked and injured four officers': a verb the parser hung on a group or crowd
    noun before it as a participle, which has an object (its own or of a verb joined to it), is its deed."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or lemma(verb.head) not in vocab().groups:
        return []
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children) or verb.head.i > verb.i:
        return []
    objects = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "dobj"]
    return [verb.head] if objects else []


def _ordinary_people(noun: Token, lexicon: Lexicon) -> bool:
    """A plural noun of ordinary people ('voters', 'two groups of youths') with no armed word in its phrase."""
    words = {lemma(t) for t in _own_phrase(noun)}
    if words & (lexicon.cues.combatant_words | vocab().suspect_words) - {"member", "group",
                                                                         "armed"} or _armed_crowd(noun):
        return False
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in noun.children)
    return (plural and lemma(noun) in vocab().crowd_nouns) or any(_ordinary_people(p, lexicon) for p in of)


def _own_phrase(noun: Token) -> list[Token]:
    """The noun's phrase without the nouns joined to it or the clauses on it: 'hawkers' in 'hawkers and security
    officers', 'a group of fishermen' in 'a group of fishermen attacked officers'."""
    joined = {t.i for c in noun.children if c.dep_ in ("conj", "cc", "acl", "relcl") for t in c.subtree}
    return [t for t in noun.subtree if t.i not in joined]


def _crowd_violence(doc: Doc, lexicon: Lexicon) -> bool:
    """Whether the paragraph tells of the crowd's own violence: a word of it that is neither negated ('no
    damage'), nor only intended ('threatened to destroy'), nor what the protest was about ('protesting the
    burning of homes'), nor someone else's ('police violently dispersed them', 'victims of the clashes')."""
    about = _protest_topics(doc)
    return any(_violence_word(t) and (t.i not in about or _police_fight(t) or _violence_broke_out(t)
                                      or _unmarked_fire_clause(t))
               and not _negated(t) and not _intended(t, lexicon)
               and not _armed_forces(t) and not _others_arms(t) and not _police_manner(t) and not _suffered(t)
               and not _symbolic(t) and not _crowd_hit(t) and not _averted(t) and not _in_doubt(t)
               and not _strangers_deed(t) and not _weapon_named_attack(t, lexicon) for t in doc)


def _violence_word(t: Token) -> bool:
    """A word or deed of a crowd's violence, before asking whose it is."""
    return (lemma(t) in vocab().crowd_violence or _fire_setting(t) or (lemma(t) in vocab().crowd_violence_verbs
                                                                       and t.pos_ == "VERB")
            or _crowd_deed(t) or _police_hurt(t) or _police_fight(t) or _violence_broke_out(t)
            or _lit_fire_verb(t) or _crowd_fight_word(t) or _election_violence_word(t) or _fouled_place(t))


def _weapon_named_attack(token: Token, lexicon: Lexicon) -> bool:
    """'the grenade attack that killed a woman', 'a bomb attack': violence named by the explosive or heavy weapon
    it was made with is armed men's, not a crowd's."""
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and lemma(c) in lexicon.cues.weapon_kinds for c in token.children)


def _strangers_deed(token: Token) -> bool:
    """'unknown people attacked three campaigners', 'unidentified men torched a car': violence whose doers are
    told as unknown is not the crowd's (a crowd is who it is), whatever the protest it is told with."""
    verb = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(lemma(m) in vocab().unknown_doers for d in doers for m in d.children if m.dep_ in ("amod", "compound"))


def _fouled_place(token: Token) -> bool:
    """'workers dumped sewage at the county offices in protest', 'protested by pouring manure on the road': filth
    a protest's sentence tells was dumped or poured defaces a place (a destructive act, as vandalism); not the
    police's deed."""
    if token.pos_ != "VERB" or lemma(token) not in vocab().fouling:
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and lemma(c) in vocab().filth for c in token.children):
        return False
    doers = [c for c in token.children if c.dep_ in ("nsubj", "agent")]
    return (any(_protest_word(t) for t in token.sent)
            and not any(_armed_forces_noun(t) for d in doers for t in d.subtree))


def _lit_fire_verb(token: Token) -> bool:
    """'bonfires were lit', 'fires were lit': the verb of lighting a fire (which the parser may hang apart from
    the fire, in what a protest was about)."""
    if token.pos_ != "VERB" or lemma(token) not in vocab().fire_setting - {"set", "start"}:
        return False
    near = token.doc[max(token.i - 3, 0): token.i + 3]
    return any(lemma(t) in ("fire", "bonfire") and t.i != token.i for t in near)


def _unmarked_fire_clause(token: Token) -> bool:
    """'protested against X - fires were lit': a clause of lighting fires with no 'after' or 'because' tells
    what the crowd did, though the parser hangs it on the protest as its cause."""
    return _lit_fire_verb(token) and not any(c.dep_ == "mark" for c in token.children)


FIGHT_SIDE_PREPS = frozenset({"between", "among", "amongst"})


def _crowd_fight_word(token: Token) -> bool:
    """'fights erupted between rival supporters', 'violence between them and the police': a fight told with
    a crowd among its sides (no armed group), on the word or on the verb it broke out with."""
    if lemma(token) not in vocab().two_sided | {"violence"}:
        return False
    holders = [token] + ([token.head] if token.dep_ == "nsubj" and lemma(token.head) in vocab().erupting else [])
    sides = [s for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in FIGHT_SIDE_PREPS
             for p in c.children if p.dep_ == "pobj" for s in (p, *p.conjuncts)]
    return (any(_crowd_doer(s) for s in sides)
            and not any(lemma(t) in vocab().fighters for s in sides for t in s.subtree))


def _election_violence_word(token: Token) -> bool:
    """'electoral violence', 'election violence': violence named as an election's is a crowd's (a riot)."""
    return lemma(token) == "violence" and any(c.lower_ in vocab().election_words for c in token.children
                                              if c.dep_ in ("amod", "compound", "nmod"))


def _in_doubt(token: Token) -> bool:
    """'it is not known if the protesters were violent', 'unclear whether they threw stones': a deed in a clause
    of 'if' or 'whether' under a denial or a word of doubt is not told as done."""
    for clause in (token, *token.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
            above = clause.head
            return any(c.dep_ == "neg" or lemma(c) in vocab().doubt_words for c in above.children) or (
                lemma(above) in vocab().doubt_words)
    return False


def averted_protest(token: Token) -> bool:
    """'hundreds protest the failure to stop clashes': violence stopped or feared in a protest's sentence is
    what the crowd is angry about, no event of its own."""
    return _averted(token) and any(_protest_word(t) for t in token.sent)


def _averted(token: Token) -> bool:
    """'failed to stop the clashes', 'residents fear attacks': violence someone stops or fears has not happened."""
    return token.dep_ == "dobj" and lemma(token.head) in vocab().averting


def _violence_broke_out(token: Token) -> bool:
    """'violence broke out as the supporters ...', 'the protests were marred by violence': violence told as
    happening, not as a topic ('protested against violence') or as a qualifier ('election violence victims')."""
    if lemma(token) != "violence":
        return False
    if token.dep_ == "nsubj" and lemma(token.head) in vocab().erupting:
        return True
    prep = token.head if token.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("into", "by") and lemma(prep.head) in vocab().descending


def _police_fight(token: Token) -> bool:
    """'engaged in running battles with police', 'clashed with the police': a fight with the police told in a
    protest's paragraph is the crowd's, also where the parser hangs it in what the protest is about."""
    return lemma(token) in vocab().two_sided and any(
        _armed_forces_noun(p) for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj")


def _intended(token: Token, lexicon: Lexicon) -> bool:
    """'threatened to destroy property', 'vowed to burn the offices': a deed only planned or threatened."""
    verb = token if token.pos_ == "VERB" else token.head
    return verb.dep_ == "xcomp" and lemma(verb.head) in lexicon.cues.status.get("planned", frozenset())


def _others_arms(token: Token) -> bool:
    """'armed banditry', 'armed robbers': arms that describe someone or something other than the crowd."""
    return lemma(token) == "armed" and token.dep_ == "amod" and lemma(token.head) not in vocab().crowd_doers


def _police_manner(token: Token) -> bool:
    """'police violently dispersed the protesters': the manner of the police's deed, not the crowd's."""
    return token.dep_ == "advmod" and any(_armed_forces_noun(c) for c in token.head.children if c.dep_ == "nsubj")


def sufferers_protest(token: Token) -> bool:
    """'victims of the land clashes held a demonstration': violence that only describes protesters who
    suffered it is no event of its own."""
    return _suffered(token) and any(_protest_word(t) for t in token.sent)


def _suffered(token: Token) -> bool:
    """'victims of the land clashes held a demonstration', 'survivors of the violence': violence that
    describes who suffered it."""
    for head in token.ancestors:
        if head.pos_ in ("VERB", "AUX"):
            return False
        if lemma(head) in vocab().sufferers:
            return True
    return False


def _crowd_deed(verb: Token) -> bool:
    """'they beat up the principal', 'demonstrators ambushed an official', 'tried to break into a shop', 'goods
    were stolen by demonstrators', 'the march broke through a police cordon': a deed of force the crowd (or its
    protest) did or tried; not one of those a relative clause tells of ('the gang who beat them')."""
    if verb.pos_ != "VERB":
        return False
    if lemma(verb) not in vocab().crowd_deeds and not _breaks_in(verb):
        return False
    if _passive(verb):
        doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        return any(_crowd_or_protest(d) for d in doers)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in ("conj", "xcomp"):
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return not headline_passive(verb) and any(_crowd_or_protest(_antecedent(d)) for d in doers)


def _breaks_in(verb: Token) -> bool:
    """'tried to break into a shop', 'broke a police line', 'broke through the cordon': breaking in or through."""
    if lemma(verb) != "break":
        return False
    if any(c.lower_ == "into" for c in verb.children):
        return True
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "through" for p in c.children
             if p.dep_ == "pobj"]
    return any(lemma(h) in vocab().breached_barriers for h in held)


def _crowd_or_protest(doer: Token) -> bool:
    """A crowd, or the protest itself as the doer ('goods were stolen by the demonstrations')."""
    return _crowd_doer(doer) or (doer.pos_ in ("NOUN", "PROPN") and _protest_word(doer)
                                 and lemma(doer) not in vocab().hosted_events)


def _police_hurt(verb: Token) -> bool:
    """'two officers were injured during the protest': police hurt at a protest were hurt by the crowd."""
    if verb.pos_ != "VERB" or lemma(verb) not in vocab().hurting or not _passive(verb):
        return False
    doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    hurt = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(_armed_forces_noun(h) for h in hurt) and not any(_armed_forces_noun(d) for d in doers)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def _symbolic(token: Token) -> bool:
    """'burnt a coffin', 'torched effigies of the governor': burning a symbol destroys nothing of anyone's."""
    verb = token if token.pos_ == "VERB" else token.head
    if lemma(verb) not in ("burn", "torch", "set", "light"):
        return False
    return any(lemma(c) in vocab().symbols for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod"))


def _crowd_hit(token: Token) -> bool:
    """'unknown men attacked the demonstrators', 'police attacking protesting teachers': violence the crowd
    suffered, by the police or others, is not its own."""
    if lemma(token) in vocab().two_sided or not (token.pos_ == "VERB" or token.dep_ in ("dobj", "pobj")):
        return False  # 'threw stones', 'attacked them with stones'; not 'rioting voters'

    verb = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is None or lemma(verb) in vocab().two_sided:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    hit = [_object_antecedent(c) for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and not doers)]
    return (any(lemma(h) in vocab().demonstrators
                or any(lemma(c) in vocab().protest_verbs and c.i < h.i and c.dep_ in ("amod", "compound")
                       for c in h.children)
                for h in hit)
            or any(_armed_forces_noun(d) for d in _police_doers(verb, doers)))


def _object_antecedent(pronoun: Token) -> Token:
    """What an object 'them' stands for: the noun subject of its sentence told before it, outside the clause
    the pronoun is in ('the marchers were met by youths who stoned them'); the pronoun itself when there is none."""
    if pronoun.lower_ != "them":
        return pronoun
    own = {t.i for t in pronoun.head.subtree}
    return next((t for t in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start])
                 if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.i not in own), pronoun)


def _police_doers(verb: Token, doers: list[Token]) -> list[Token]:
    """The doers of a verb with the 'by' phrase of its passive and what a 'they' stands for ('were assaulted by
    riot police', 'Police beat the marchers. They also attacked reporters'): where the police did the deed."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [*(_antecedent(d) for d in doers), *agents]


def _armed_forces_noun(noun: Token) -> bool:
    """'the police', 'anti-riot police officers'."""
    return lemma(noun) in vocab().armed_forces | vocab().police_words


def protest_cause(token: Token) -> bool:
    """'demonstrations in response to clashes between clans': a word in what a protest told with it is about."""
    return token.i in _protest_topics(token.doc, grievances=False)


def _protest_topics(doc: Doc, grievances: bool = True) -> frozenset[int]:
    """The tokens telling what a protest is about ('protested the arrest of X', 'demanding the release');
    `grievances`: also what anyone is angry 'over' or 'against'. Worked out once per parsed paragraph."""
    return per_doc(doc, ("frontwire.protest_topics", grievances),
                   lambda: frozenset(_find_protest_topics(doc, grievances)))


def _find_protest_topics(doc: Doc, grievances: bool) -> set[int]:
    protests = [p for p in doc if _protest_word(p) and lemma(p) not in vocab().protesting_people]
    about = {t.i for p in protests for c in p.children if _topic_child(c) for t in c.subtree}
    # 'poured into the streets over the arrest of their leader', 'angry over the arrests'
    if grievances:
        about |= {t.i for p in doc if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS for t in _phrase(p)}
    about |= {t.i for p in protests if p.dep_ in ("nsubj", "nsubjpass") for t in _occasion(p.head)}
    # 'staged a demonstration after their stalls were destroyed', 'gathered to protest after ...'
    held = [p for p in protests if _held(p)]
    about |= {t.i for p in held for c in p.head.children if c.i != p.i and _cause_clause(c) for t in c.subtree}
    about |= {t.i for p in held for t in _occasion(p.head)}
    if not about:
        return about
    return about - {t.i for d in doc if _trailing_deed(d) for t in d.subtree}


# Prepositions that tell how, where or when a crowd protested, not what about ('protested by blocking a
# road', 'demonstrating at the stadium, where they lit bonfires', 'marched with placards').
SETTING_PREPS = frozenset({"by", "with", "at", "in", "on", "outside", "near", "along", "across", "through",
                           "during", "until", "till", "inside", "around", "toward", "towards", "within",
                           "into", "onto", "past", "behind", "beside", "before", "since"})


def _topic_child(child: Token) -> bool:
    """The object, clause or phrase under a protest word that tells what it is about ('protested the arrest',
    '... against fees', 'to demand jobs'); not its means, place or time ('by blocking a road')."""
    if child.dep_ == "prep":
        return child.lower_ not in SETTING_PREPS
    if child.dep_ == "xcomp" and child.tag_ == "VBG" and lemma(child) not in vocab().grieving:
        return False  # 'demonstrated throwing eggs at the hotel' tells what they did
    return child.dep_ in ("dobj", "xcomp", "acl") or _cause_clause(child)


def _held(protest: Token) -> bool:
    """'staged a protest', 'gathered to protest': the protest is what its governing verb does."""
    return ((protest.dep_ == "dobj" and lemma(protest.head) in vocab().staging)
            or (protest.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in protest.children)))


def _phrase(prep: Token) -> list[Token]:
    """A prepositional phrase without a finite verb the parser hung in it ('protesters against insecurity
    [throw stones]')."""
    clauses = {t.i for d in prep.subtree if d.pos_ == "VERB" and d.tag_ in ("VB", "VBD", "VBP", "VBZ")
               and d.dep_ in ("pobj", "conj") and not any(c.lower_ == "to" for c in d.children) for t in d.subtree}
    return [t for t in prep.subtree if t.i not in clauses]


def _trailing_deed(token: Token) -> bool:
    """'protested against the governor, burning tyres': a participle phrase after a comma tells what the
    crowd did, even where the parser hangs it on the topic."""
    first = token.left_edge
    return (token.dep_ in ("conj", "appos", "dobj", "npadvmod") and first.tag_ == "VBG" and first.i > 0
            and token.doc[first.i - 1].text == ",")


def _occasion(verb: Token) -> list[Token]:
    """'the protest was sparked by the killing of ...', 'the protest came after an attack', 'the protests were
    a reaction to ...': what the predicate of a protest says caused it."""
    phrases = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and (
        c.lower_ in CAUSE_PREPS or any(lemma(p) in vocab().responses for p in c.children)))]
    phrases += [p for c in verb.children if c.dep_ == "attr" and lemma(c) in vocab().responses for p in c.children
                if p.dep_ == "prep"]
    # 'took place in response to clashes ...' parsed with 'to clash' as a clause of its own
    ends = {t.right_edge.i for p in phrases if any(lemma(r) in vocab().responses for r in p.children) for t in (p,)}
    phrases += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i - 1 in ends
                and c.left_edge.lower_ == "to"]
    return [t for p in phrases for t in p.subtree]


def _cause_clause(clause: Token) -> bool:
    """'protested after a man was burnt': a clause saying why they protested ('..., burning tyres' says what
    they did)."""
    return clause.dep_ == "advcl" and (clause.tag_ != "VBG" or any(c.dep_ == "mark" for c in clause.children)
                                       or lemma(clause) in vocab().grieving)  # '..., opposing a move to ...'


def _armed_forces(token: Token) -> bool:
    """'heavily armed police officers watched', 'anti-riot police': the arms are the police's, not the crowd's."""
    return (lemma(token) == "armed" and lemma(token.head) in vocab().armed_forces) or riot_gear(token)


def riot_gear(token: Token) -> bool:
    """'riot police', 'officers in anti-riot gear': a riot word naming the police's kit, not a riot."""
    return (lemma(token) in ("riot", "rioting") and token.dep_ in ("amod", "compound", "nmod")
            and lemma(token.head) in vocab().armed_forces | vocab().riot_kit)


def _fire_setting(token: Token) -> bool:
    """'set tyres on fire', 'lit fires', 'fires were lit' (also where the parser hangs 'lit' elsewhere)."""
    near = token.doc[max(token.i - 2, 0): token.i + 3]
    if lemma(token) == "fire" and any(t.lower_ in ("lit", "light", "lights", "lighting") for t in near):
        return True
    return lemma(token) == "fire" and (lemma(token.head) in vocab().fire_setting
                                       or any(lemma(a) in vocab().fire_setting
                                              for a in token.head.ancestors if a.i < token.i)
                                       or any(c.lower_ in ("lit", "light") for c in token.children))


def crowd_wrecks(match: TriggerMatch) -> bool:
    """'residents destroyed the suspects' homes', 'the house was destroyed by a mob', 'homes destroyed over
    witchcraft claims': a crowd, not armed men, wrecking property riots (a weapon names another event)."""
    verb = match.head
    if verb.pos_ != "VERB" or lemma(verb) not in vocab().wrecking or _negated(verb):
        return False
    doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers += [] if _passive(verb) else _joined_doers(verb)
    if not doers and _witch_hunt(match):
        return True  # 'houses destroyed after claims of witchcraft'
    return _mob_in_sentence(match) or any(_crowd_doer(d) and not _armed_crowd(d)
                                          and not any(lemma(t) in vocab().armed_men for t in d.subtree) for d in doers)


def crowd_deed(match: TriggerMatch, actors: Sequence[ActorRef]) -> bool:
    """'youths smashed windows', 'the candidate was chased away by voters': a crowd's deed (refine 6)."""
    if _inters(actors, "actor") & {RIOTERS, PROTESTERS, CIVILIANS} or _crowd_subject(match):
        return True
    head = match.head
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(lemma(d) in vocab().crowd_nouns and d.tag_ in ("NNS", "NNPS") for d in doers)


def _unclaused(noun: Token) -> list[Token]:
    """The noun's phrase without the relative clauses on it: 'men' in 'men who injured residents'."""
    clauses = {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in noun.subtree if t.i not in clauses]


def _antecedent(doer: Token) -> Token:
    """What a pronoun doer stands for: a relative pronoun the noun its clause is on ('supporters who tried to
    storm ...'); 'they' the last doer (subject of an active verb) of the sentence before it in the paragraph
    ('Residents caught the suspect. They beat him'); the pronoun itself when there is none."""
    if doer.lower_ in RELATIVE_PRONOUNS:
        clause = next((a for a in doer.ancestors if a.dep_ == "relcl"), None)
        return clause.head if clause is not None else doer
    if doer.lower_ != "they":
        return doer
    governing = _pronoun_clause_subject(doer)
    if governing is not None:
        return governing
    if doer.sent.start == 0:
        return doer
    before = doer.doc[doer.sent.start - 1].sent
    return next((t for t in reversed(before) if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")), doer)


def _pronoun_clause_subject(pronoun: Token) -> Token | None:
    """'Three students were held after they attacked a soldier': the noun subject, before the pronoun, of the
    clause its own clause hangs on (a time or reason clause, or a verb joined to it), in the same sentence."""
    clause = pronoun.head
    while clause.dep_ in ("advcl", "conj", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subject is not None:
            return subject if subject.pos_ in ("NOUN", "PROPN") else None
    return None


def _crowd_subject(match: TriggerMatch) -> bool:
    """A crowd word in the doer of the trigger or of the verbs joined to it ('was attacked and injured by a
    mob', 'was seized by a mob and killed')."""
    head = match.head
    verbs = [head, *head.conjuncts] if head.pos_ == "VERB" else [head]
    if (head.dep_ == "xcomp" or _purpose_infinitive(head)) and head.head.pos_ == "VERB":
        verbs.append(head.head)  # 'youths tried to attack the MP', 'villagers gathered to burn his house'
    doers = [c for v in verbs for c in v.children
             if c.dep_ == "agent" or (c.dep_ == "nsubj" and not headline_passive(v))]
    doers = [_antecedent(d) for d in doers] or _doers_told_after(verbs) or _people_led_into(head)
    if any(lemma(t) in vocab().crowd_words for p in doers if not _armed_crowd(p) for t in _unclaused(p)):
        return True
    if any(_plain_people_doer(p) or _group_of_plain_people(p) for p in doers):
        return True
    if any(lemma(t) in vocab().crowd_words for p in _acting_group(head) if not _armed_crowd(p) for t in _own_phrase(p)):
        return True
    # youths under a headline verb are as often a gang as a crowd
    return head.pos_ != "VERB" and any(lemma(t) in vocab().crowd_words - {"youth"} and not _armed_crowd(t)
                                       for t in _headline_subject(head))


def _purpose_infinitive(verb: Token) -> bool:
    """'gathered to burn the house', 'came to attack them': a to-infinitive clause telling what its subject's
    verb was done for, whose doer is that verb's subject."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _plain_people_doer(doer: Token) -> bool:
    """'voters tried to raid the office', 'parents attacked the teacher': plural ordinary people (not a
    community, not armed, not parties, not of a group a proper name names: 'Samburu inhabitants') as the
    subject of an active verb are a crowd; not the hit of a headline's passive ('two pupils injured')."""
    people = vocab().crowd_nouns - vocab().community_nouns - {"party"}
    named = any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in doer.children)
    return (doer.dep_ == "nsubj" and doer.head.tag_ != "VBN" and doer.tag_ in ("NNS", "NNPS")
            and lemma(doer) in people and not named and not _armed_crowd(doer))


def _people_led_into(verb: Token) -> list[Token]:
    """'the MP led a group of youths in storming the hall': the people a verb of leading leads 'in' a deed are
    the deed's doers."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in" or verb.head.head.pos_ != "VERB":
        return []
    leading = verb.head.head
    if lemma(leading) not in vocab().crowd_leading_verbs:
        return []
    return [c for c in leading.children if c.dep_ == "dobj"]


def _group_of_plain_people(doer: Token) -> bool:
    """'a group of taxi drivers stormed the office', 'a group backing the governor stormed the hall': a group of
    plural ordinary people (not a community nor armed), or a group told backing a side, as the subject of an
    active verb is a crowd."""
    if doer.dep_ != "nsubj" or lemma(doer) not in vocab().collectives or _armed_crowd(doer):
        return False
    if any(c.dep_ == "acl" and lemma(c) in vocab().group_backing_verbs for c in doer.children):
        return True
    people = vocab().crowd_nouns - vocab().community_nouns - {"party"}
    members = [p for c in doer.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    return any(m.tag_ in ("NNS", "NNPS") and lemma(m) in people
               and not any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in m.children)
               for m in members)


def _doers_told_after(verbs: Sequence[Token]) -> list[Token]:
    """'teachers were attacked when students from another school targeted them': a passive with no doer whose
    time clause tells who did it to them (a clause with the hit as a pronoun object)."""
    clauses = [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.pos_ == "VERB"
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children)
               and any(o.dep_ == "dobj" and o.lower_ in ("them", "him", "her") for o in c.children)]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]


def _crude_weapon(token: Token) -> bool:
    """'crude weapons': what people pick up, not arms."""
    return lemma(token) == "weapon" and any(c.lower_ == "crude" for c in token.children)


def _of_chain(noun: Token) -> list[Token]:
    """The people a phrase names: 'by a group of youths' -> group, youths (not the candidate of 'supporters of
    the candidate')."""
    if noun.dep_ in ("agent", "prep"):
        return [n for p in noun.children if p.dep_ == "pobj" for n in _of_chain(p)]
    found = [noun]
    if lemma(noun) in vocab().collectives:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            found += [n for p in prep.children if p.dep_ == "pobj" for n in _of_chain(p)]
    return found


def _armed_crowd(phrase: Token) -> bool:
    """'armed youths', 'a group of youths armed with machetes', 'a gang of youths', 'youths allied to the MP':
    people said to bear arms, to be a gang or militia, or to be hired or allied, are an armed group (ACLED), not
    a crowd, unless the text calls them a mob or their arms are sticks and stones ('armed with crude weapons')."""
    words = list(phrase.subtree)
    if any(lemma(t) in vocab().mob_words for t in words):
        return False
    people = {n.i for n in _of_chain(phrase)}
    if any(lemma(t) in vocab().armed_men or ((lemma(t) in vocab().organised or t.lower_ in vocab().organised)
                                             and t.head.i in people)
           for t in words):
        return True  # said of the people ('unidentified youths'), not of whom they support ('an unknown party')
    for armed in (t for t in words if t.lower_ == "armed"):
        arms = [t for c in armed.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree
                if t.dep_ != "prep" and t.pos_ not in ("DET", "NUM")]
        if not arms or any(lemma(t) not in vocab().crude_arms and not _crude_weapon(t) for t in arms):
            return True
    return False


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _headline_subject(head: Token) -> list[Token]:
    """'Supporters of a rival party attack journalists', 'Residents of X attack and kill a man': a headline
    verb the tagger took for a noun ('attack' as a compound or an object of 'of'); the words above it and
    above the word before it that come before it, where the subject stands."""
    if head.dep_ not in ("compound", "pobj", "ROOT", "conj") or head.i == head.sent.start:
        return []
    found = []
    for tok in (head, head.doc[head.i - 1]):
        while tok.pos_ != "VERB" and tok.head.i != tok.i:  # not through a verb: another clause
            tok = tok.head
            if tok.i < head.i and tok.pos_ in ("NOUN", "PROPN"):
                found.append(tok)
        if tok.i < head.i and tok.pos_ in ("NOUN", "PROPN"):
            found.append(tok)
    before = head.doc[head.i - 1]
    return found + ([before] if before.pos_ in ("NOUN", "PROPN") else [])


def _mob_in_sentence(match: TriggerMatch) -> bool:
    """'A vigilante mob lynches and kills ...', 'killed by a mob': a mob or vigilantes named in the sentence,
    not as what the violence hit, did it (their parse often fails in headline style)."""
    hit = {t.i for noun in _victims(match) for t in noun.subtree}
    return any((lemma(t) in vocab().mob_words or t.lower_.startswith("vigilant")) and t.i not in hit
               for t in match.head.sent)


def _crowd_stoning(match: TriggerMatch, agents: set[int]) -> bool:
    """'squatters threw stones at the officers', 'cars were stoned', 'they were pelted with stones', 'attacked
    the aspirants with stones': throwing stones is what crowds do; by no armed force or armed men named, it is a
    crowd's violence; also where the clause telling how someone was hurt tells it ('was injured after he was hit
    by a stone')."""
    head = match.head
    verbs = [head, *head.conjuncts]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
    thrown = [p for v in verbs for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")
              for p in c.children if p.dep_ == "pobj"]
    if not (vocab().stoning & set(match.trigger.lemmas) or any(lemma(p) in vocab().stoning
                                                               for p in thrown)) or agents & FORCES:
        return False
    doers = [t for v in (head, *head.conjuncts) for c in v.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    return not any(lemma(t) in vocab().armed_men or _armed_forces_noun(t) for t in doers)


def _burnt_alive(match: TriggerMatch, agents: set[int], lexicon: Lexicon) -> bool:
    """'three suspected thieves were burnt to death', 'two officers were attacked and set ablaze': people burnt
    by the trigger or a verb joined to it, by no one named (no doer, no armed actor, no armed men told as acting
    in the sentence) and not in their homes (an arson raid), were burnt by a mob (ACLED: mob justice)."""
    head = match.head
    verbs = [head, *head.conjuncts]
    if agents & ARMED or head.pos_ != "VERB" or any(_armed_doer(t, verbs) for t in head.sent):
        return False
    if any(c.dep_ in ("nsubj", "agent") for v in verbs for c in v.children):
        return False
    shared = [c for v in verbs for c in v.children if c.dep_ == "nsubjpass"]
    for verb in (v for v in verbs if _burning(v)):
        burnt = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] or shared
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                  for p in c.children if p.dep_ == "pobj"]
        people = any(lemma(n) in lexicon.cues.person_words or n.ent_type_ == "PERSON" for n in burnt)
        if people and not any(lemma(p) in vocab().property for p in places):
            return True
    return False


def _hurt_at_gathering(match: TriggerMatch) -> bool:
    """'two supporters were injured during the launch of the MP's manifesto', 'a journalist was beaten at the
    rally', 'several were injured during electoral violence': people hurt at a political gathering or an
    election, by no one named and with no police or armed men in the sentence, were hurt by the crowd there
    (ACLED: mob violence)."""
    head = match.head
    if head.pos_ != "VERB":
        return False
    verbs = [head, *head.conjuncts]
    if any(c.dep_ == "agent" or (c.dep_ == "nsubj" and not headline_passive(v)) for v in verbs for c in v.children):
        return False
    if any(lemma(t) in vocab().armed_men or _armed_forces_noun(t) for t in head.sent):
        return False
    occasions = [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("during", "at")
                 for p in c.children if p.dep_ == "pobj"]
    gatherings = vocab().political_gatherings | vocab().election_words
    return any(lemma(p) in gatherings or p.lower_ in gatherings or _election_named(p) for p in occasions)


def _election_named(noun: Token) -> bool:
    """'during electoral violence', 'during the election chaos': a noun an election word names (not the
    violence after an election, 'post-election violence', which is no gathering's)."""
    words = vocab().election_words
    before = {t.lower_ for t in noun.doc[noun.left_edge.i : noun.i]}
    return not any(w.startswith("post") for w in before) and any(
        c.dep_ in ("amod", "compound") and (lemma(c) in words or c.lower_ in words) for c in noun.children)


def _lynched_too(match: TriggerMatch) -> bool:
    """'two thieves were attacked and nearly lynched', 'beaten and lynched': a verb joined to the trigger
    lynches, which only a mob does."""
    head = match.head
    return head.pos_ == "VERB" and any(lemma(v) in vocab().lynching or v.lower_.startswith("lynch")
                                       for v in head.conjuncts)


def _armed_doer(token: Token, verbs: Sequence[Token]) -> bool:
    """'thugs invaded the home', 'killed by bandits', 'his attackers' language': armed men in the sentence, not
    as the people the verbs burnt ('two gangsters were burnt') nor as what someone was taken for ('mistaken to
    be thugs', 'mistaken for robbers')."""
    if lemma(token) not in vocab().armed_men:
        return False
    if token.dep_ in ("nsubjpass", "dobj") and token.head in verbs:
        return False
    taken_for = token.dep_ == "pobj" and token.head.lower_ in ("for", "as")
    return token.dep_ not in ("attr", "oprd", "acomp") and not taken_for


def _burning(verb: Token) -> bool:
    """'burnt', 'torched', 'set ablaze', 'set on fire', 'lit': a verb that burns what it hits."""
    if lemma(verb) in vocab().burning_alive:
        return True
    if lemma(verb) not in vocab().fire_setting:
        return False
    return any(lemma(t) in vocab().aflame for c in verb.children if c.dep_ in ("acomp", "advmod", "oprd", "prep",
                                                                                 "xcomp", "dobj", "ccomp")
               for t in c.subtree)


def _witch_hunt(match: TriggerMatch) -> bool:
    """'A man was killed over witchcraft claims', 'two suspected witches were burnt to death'."""
    doc = match.head.doc
    words = vocab().witchcraft
    return per_doc(doc, "frontwire.witchcraft",
                   lambda: any(lemma(t) in words or t.lower_.rstrip("s") in words for t in doc))


def _named_crowd(match: TriggerMatch, named: Named) -> bool:
    """'Kalenjin youths attacked ...', '... killed by a group of Pokot youths', 'Mungiki youths attacked ...':
    the doer is a crowd word under the proper name of an ethnic or communal group or of an armed group, which
    makes it that group's militia or members."""
    head = match.head
    verbs = [head, *head.conjuncts] if head.pos_ == "VERB" else [head]
    doers = [c for v in verbs for c in v.children
             if c.dep_ == "agent" or (c.dep_ == "nsubj" and not headline_passive(v))]
    people = [n for d in doers for n in _of_chain(d)]
    return any(lemma(d) in vocab().crowd_words and c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
               and named(c) in NAMED_CROWD_GROUPS for d in people for c in d.children)


def _grenade_gunfight(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon, offset: int,
                      named: Named | None, toll: str | None) -> bool:
    """Grenades thrown at armed men, in a paragraph that tells guns were fired too, are an armed clash (ACLED).

    'hurled a grenade at a police patrol, then opened fire on the officers', 'attacked officers with grenades
    and rifles': the grenade (a grenade trigger, or the weapon of a violence trigger) hit armed men or their
    post, or the same violence told without the grenade would be a fight; grenades and guns used on civilians
    stay a grenade attack."""
    refine = match.trigger.refine
    thrown = (match.trigger.kind == "grenade" and refine == 0) or (
        refine in (1, 3, 7) and weapon_kind(match, lexicon) == "grenade")
    if not thrown or not _gunfire_told(match.head.doc, lexicon):
        return False
    if _grenade_hit_armed(match, lexicon, named or _nobody):
        return True
    target = _thrown_grenade(match) if refine == 0 else match
    return _violence_kind(target, actors, lexicon, offset, named, toll, weaponless=True) == "clash"


def _gunfire_told(doc: Doc, lexicon: Lexicon) -> bool:
    """Whether the paragraph tells guns were fired: a gun word, a verb of firing or shooting, or 'opened
    fire'."""
    for tok in doc:
        if lemma(tok) in lexicon.cues.gunfire_words or tok.lower_.rstrip("s") in lexicon.cues.gunfire_words:
            return True
        if tok.pos_ == "VERB" and lemma(tok) in vocab().gunfight_verbs:
            return True
        if lemma(tok) == "fire" and tok.pos_ != "VERB" and (
                lemma(tok.head) in vocab().gunfight_fire_heads
                or (tok.i > 0 and lemma(doc[tok.i - 1]) in vocab().gunfight_fire_heads)):
            return True
        if tok.i + 1 < len(doc) and f"{lemma(tok)} {lemma(doc[tok.i + 1])}" in lexicon.cues.gunfire_words:
            return True
    return False


def _grenade_hit_armed(match: TriggerMatch, lexicon: Lexicon, named: Named) -> bool:
    """Whether the grenade was aimed at armed men or their post: the people the trigger hit, or what the verb
    that threw the grenade (or the attack it was part of) hit ('at a police vehicle', 'a checkpoint')."""
    if victim_side(match, lexicon, named) == ARMED_SIDE:
        return True
    head = match.head
    verb = head.head if head.pos_ != "VERB" and head.dep_ in ("dobj", "pobj", "nsubjpass") else head
    if verb.dep_ == "prep":
        verb = verb.head
    verbs = [verb, verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [verb]
    for noun in (n for each in verbs for n in _thrown_at(each) if n.i != head.i):
        for hit in (noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj")):
            if _noun_side(hit, head, lexicon, named) == ARMED_SIDE or (
                    lemma(hit) in vocab().military_terrain and not _civil_use(hit)):
                return True
    return False


def _thrown_at(verb: Token) -> list[Token]:
    """What a verb of throwing or attacking hit: its objects and the nouns after 'at', 'on', 'against' or
    'into'."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in STRUCK_PREPS | {"into"}
              for p in c.children if p.dep_ == "pobj"]
    return nouns


def _hits_terrain(match: TriggerMatch, words: frozenset[str]) -> bool:
    """Whether what the trigger hit names ground of those words (or, for towns and villages, a place name)."""
    phrases = [c for c in match.head.children if c.dep_ in ("dobj", "prep", "nsubjpass")]
    named = words is vocab().terrain
    military = words is vocab().military_terrain
    return any((lemma(t) in words and t.pos_ in ("NOUN", "PROPN") and not (military and _civil_use(t)))
               or (named and t.ent_type_ in ("GPE", "LOC", "FAC")) for p in phrases for t in p.subtree)


PERSON_HIT_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def _person_hit_there(match: TriggerMatch) -> bool:
    """'police killed a boda boda operator in X', 'a tout was shot dead in X': a verb that hits only people
    ('kill', 'shoot dead', 'stab'), with an object that is no place, hit a person where the place names the
    setting, not ground fought over."""
    head = match.head
    word = lemma(head)
    if head.pos_ != "VERB" or not (word in vocab().person_hitting_verbs or (word == "shoot" and any(
            c.lower_ == "dead" for c in head.children))):
        return False
    places = vocab().terrain | vocab().military_terrain | vocab().property
    objects = [c for c in head.children if c.dep_ in VICTIM_DEPS]
    return bool(objects) and all((o.pos_ == "NOUN" or o.ent_type_ == "PERSON") and lemma(o) not in places
                                 and o.ent_type_ not in PERSON_HIT_PLACE_ENTITIES for o in objects)


def _civil_use(noun: Token) -> bool:
    """'a radio station', 'a refugee camp', 'the petrol station': a place of a military word that its
    modifier says serves civilians."""
    return any(lemma(c) in vocab().civil_uses or c.lower_ in vocab().civil_uses for c in noun.children
               if c.dep_ in ("compound", "amod", "nmod")) or _camp_of_a_name(noun)


def _camp_of_a_name(noun: Token) -> bool:
    """'Kakuma camp', 'a Pokot camp': a camp named only by a place's or a people's name is where people live;
    not one a force's word or initials name ('the Hakati Army Camp', 'a GSU camp', 'an al Shabaab camp')."""
    if lemma(noun) not in vocab().dwelling_camps:
        return False
    names = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    words = [t for c in names for t in c.subtree]
    return bool(names) and all(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in words) and not any(
        lemma(t) in vocab().force_camp_words or t.lower_ in vocab().force_camp_words or _group_initials(t)
        or t.ent_type_ == "ORG" for t in words)


def _civilian_object(match: TriggerMatch, lexicon: Lexicon) -> bool:
    objects = [c for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma(t) in lexicon.cues.civilian_words for o in objects for t in o.subtree)


def _combatant_object(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'shot and killed a faction fighter', 'killed two soldiers': violence against combatants is fighting."""
    objects = [c for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma(t) in lexicon.cues.combatant_words and not _member_of_told(t) for o in objects for t in o.subtree)


def _member_of_told(noun: Token) -> bool:
    """'a member of the county assembly', 'members of a family': a weak head whose 'of' phrase says whose they
    were is no combatant by its own word."""
    return lemma(noun) in vocab().weak_heads and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _civilian_target_phrase(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'an attack on a bus', 'attacked villagers near X': what was hit is civilian."""
    preps = [c for c in match.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")]
    return any(lemma(t) in lexicon.cues.civilian_words for p in preps for t in p.subtree)


def _seized_conveyance(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon, offset: int) -> bool:
    """'pirates captured a fishing vessel', 'gunmen hijacked a car': non-state armed men seizing or hitting a
    craft or vehicle that is no war machine hit whoever is aboard (not ground, nor a state force's doing)."""
    if _inters(actors, "actor") & {STATE, EXTERNAL}:
        return False
    hit = [c for c in match.head.children if c.dep_ in VICTIM_DEPS]
    # 'the vessel FV Sea Star': a craft's name, classed by the noun before it
    hit += [c for n in hit for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return any(lemma(n) in vocab().seized_conveyances and not _military_machine(n, actors, lexicon, offset)
               for n in hit)


def _territory_kind(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon) -> str:
    agents = _inters(actors, "actor")
    if CIVILIANS in _inters(actors, "target") or _civilian_object(match, lexicon):
        return "abduction"
    if agents & {STATE, EXTERNAL} and not agents & {REBEL, MILITIA, IDENTITY}:
        return "government_regains"
    if agents & {REBEL, MILITIA, IDENTITY}:
        return "nonstate_overtakes"
    return match.trigger.kind


def _protest_kind(match: TriggerMatch, kind: str, lexicon: Lexicon) -> str:
    """ACLED: demonstrators who burn, loot, stone, barricade or fight make a violent demonstration, whatever
    the police then do; police who disperse them, a protest with intervention; who kill or wound them,
    excessive force. Read over the paragraph: notes tell the violence in the next sentence."""
    doc = match.head.doc
    if kind in ("protest", "protest_intervention") and _crowd_violence(doc, lexicon):
        return "mob_violence" if _mob(doc, lexicon) else "riot"
    about = _protest_topics(doc)
    words = {lemma(t) for t in doc if t.i not in about and not _negated(t)}
    intervened = bool(words & vocab().intervention) or _police_act(doc)
    if intervened and (words & vocab().lethal or _shot_people(doc, about, lexicon)
                       or _police_beating(doc, about, lexicon)):
        return "excessive_force"
    if _killed_at_protest(doc, about):
        return "excessive_force"
    if intervened:
        return "protest_intervention"
    return kind


def _shot_people(doc: Doc, about: set[int], lexicon: Lexicon) -> bool:
    """'police shot two demonstrators', 'a protester was shot and wounded', 'fired live bullets': shooting
    people, not into the air or at a crowd ('shot at protesters', 'warning shots')."""
    for t in doc:
        if t.i in about or _negated(t):
            continue
        if t.lower_ == "live" and lemma(t.head) in vocab().live_rounds:
            return True
        if lemma(t) == "shoot" and t.pos_ == "VERB":
            hit = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(_person(h, lexicon) or lemma(h) in vocab().demonstrators | vocab().crowd_nouns for h in hit):
                return True
    return False


# Verbs of killing or shooting people, and the words that tie them to a protest as its occasion.
KILLED_AT_PROTEST_VERBS = frozenset({"kill", "shoot", "murder"})
KILLED_AT_PROTEST_PREPS = frozenset({"during", "at", "in", "amid", "amidst"})


def _killed_at_protest(doc: Doc, about: set[int]) -> bool:
    """'a student was killed during the protests', 'two people were shot dead at a demonstration', 'a gunman shot
    two marchers': people killed or shot at a protest that told no violence of the crowd's met lethal force,
    whoever the shooter was."""
    for verb in doc:
        if verb.pos_ != "VERB" or lemma(verb) not in KILLED_AT_PROTEST_VERBS or verb.i in about or _negated(verb):
            continue
        if verb.dep_ == "relcl":
            continue
        if not (_passive(verb) or _shot_dead(verb)):
            objects = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "dobj"]
            objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]  # 'two of the marchers'
            if any(lemma(o) in vocab().demonstrators for o in objects):
                return True  # 'a man in a car shot one person and injured two other protesters'
            continue
        hit = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if any(_police_noun(h) for h in hit):
            continue  # 'an officer was shot dead during the riot' is the crowd's violence, told elsewhere
        if any(_protest_occasion(t.children) for t in (verb, *verb.conjuncts)) or any(
                _protest_occasion(h.subtree) for h in hit):
            return True
    return False


def _protest_occasion(scope: Iterable[Token]) -> bool:
    """'... during the protests', '... at a demonstration', '... as they demonstrated': a phrase or clause among
    the tokens (a verb's dependents, or a subject's own words, as in 'a medic tending the injured at a
    demonstration') that names a protest as the time or place of what happened."""
    for t in scope:
        if t.dep_ == "prep" and t.lower_ in KILLED_AT_PROTEST_PREPS and any(
                c.dep_ == "pobj" and _protest_word(c) for c in t.children):
            return True
        if t.dep_ == "advcl" and _protest_word(t) and any(
                m.dep_ == "mark" and m.lower_ in UNAWARES_MARKS for m in t.children):
            return True
    return False


def _police_beating(doc: Doc, about: set[int], lexicon: Lexicon) -> bool:
    """'police beat the marchers with batons', 'ten were assaulted by riot police', 'officers clubbed them': the
    police beating people at a protest (not what the protest is about, nor what a relative clause tells)."""
    for verb in doc:
        if verb.pos_ != "VERB" or lemma(verb) not in vocab().beating_blows or verb.i in about or _negated(verb):
            continue
        if verb.dep_ == "relcl":
            continue
        doers = [_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
        doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        hit = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_police_noun(d) for d in doers) and any(_beaten_person(h, lexicon) for h in hit):
            return True
    return False


def _beaten_person(noun: Token, lexicon: Lexicon) -> bool:
    """Who the police beat at a protest: demonstrators, a crowd, a person, 'them', 'others', a number ('six of
    them'); not an officer."""
    if _police_noun(noun):
        return False
    return (_person(noun, lexicon) or lemma(noun) in vocab().demonstrators | vocab().crowd_nouns
            or noun.lower_ in ("them", "others") or noun.pos_ == "NUM")


def _police_act(doc: Doc) -> bool:
    """'police barred them', 'were threatened by police', 'police engaged the marchers': the police do
    something in the paragraph (not 'a protest against the police')."""
    about = _protest_topics(doc)
    return any(_police_noun(t) and t.i not in about and not _negated(t.head)
               and lemma(t.head) not in vocab().protest_words | vocab().police_idle and not _stages_protest(t.head)
               and not _asked_of_police(t.head)
               and (t.dep_ == "nsubj" or (t.dep_ == "pobj" and t.head.dep_ == "agent")) for t in doc)


def _asked_of_police(verb: Token) -> bool:
    """'asked police to find the gang', 'urged officers to act': what the police are asked to do is not done."""
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and lemma(verb.head) in vocab().grieving)


def _stages_protest(verb: Token) -> bool:
    """'officers staged a demonstration': the verb holds a protest (not 'police stopped a demonstration')."""
    return lemma(verb) in vocab().staging and any(c.dep_ == "dobj" and _protest_word(c) for c in verb.children)


def _police_noun(token: Token) -> bool:
    """'police', 'officers', 'police forces', 'the anti-riot unit of the police'; not 'clinical officers'."""
    mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    if lemma(token) == "officer":
        return all(lemma(m) in vocab().police_words | vocab().officer_of_force or riot_gear(m) for m in mods)
    return lemma(token) in vocab().police_words or (lemma(token) in vocab().armed_forces | vocab().riot_kit and any(
        lemma(m) in vocab().police_words for m in mods))


def _negated(token: Token) -> bool:
    """'without any fighting', 'no clashes': the word is said not to have happened."""
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in token.children) or negated_trigger(token):
        return True
    return any(a.lower_ in ("without", "no") for a in token.ancestors if a.i < token.i and token.i - a.i <= 3)


def _peaceful(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """Taking control is a battle unless the sentence tells of a withdrawal, a deal or a handover, and of
    no fighting (a fighting word said not to have happened does not count)."""
    sent = match.head.sent
    words = {lemma(t) for t in sent}
    fighting = {lemma(t) for t in sent if lemma(t) in vocab().fighting and t.i != match.head.i and not _negated(t)}
    return (bool(words & lexicon.cues.peaceful_takeover) or _unfought_takeover(match)) and not fighting


def _unfought_takeover(match: TriggerMatch) -> bool:
    """'overran the village. No violence was reported', 'met no resistance': the paragraph says no one fought,
    and tells of no fighting."""
    doc = match.head.doc
    said_unfought = any(lemma(t) in vocab().unfought_words and _negated(t) for t in doc)
    return said_unfought and not any(lemma(t) in vocab().fighting and t.i != match.head.i and not _negated(t)
                                     for t in doc)


def refine_kind(match: TriggerMatch, actors: Sequence[ActorRef], lexicon: Lexicon, offset: int = 0,
                named: Named | None = None, placed: frozenset[int] = frozenset(), toll: str | None = None) -> str:
    """The trigger's kind, made specific by the weapons, actors and targets around it (`offset`: where the
    parsed text starts in the article, to place the actors' spans; `named`: the ACLED inter of the actor
    the sentence names at a token, if any; `placed`: the tokens of place names; `toll`: the side of the
    people the sentence counts dead or hurt, for when the trigger's parse names no victim)."""
    kind = match.trigger.kind
    family = lexicon.kind(kind).family
    if _execution(match, lexicon):
        return "attack"
    if match.trigger.refine == 3 and weapon_kind(match, lexicon) is None:
        struck = struck_kind(match, actors, lexicon, offset, placed)
        if struck is not None:
            return struck
        if armed_wrecking(match, lexicon, named or _nobody):
            return "looting"
        if deadly_aim(match, lexicon):
            return _violence_kind(match, actors, lexicon, offset, named, toll, weaponless=True)
    if _labour_strike(match, lexicon) or _crowd_boycott(match, actors):
        return "protest"
    if _symbolic(match.head) and not _inters(actors, "actor") & ARMED:
        return _protest_kind(match, "protest", lexicon)  # 'supporters burned banners of the governor'
    if _grenade_gunfight(match, actors, lexicon, offset, named, toll):
        return "clash"
    if _election_violence(match) and weapon_kind(match, lexicon) is None:
        return "riot"
    if _general_conflict(match):
        return kind
    if match.trigger.refine in (1, 3, 7):
        return _violence_kind(match, actors, lexicon, offset, named, toll)
    if match.trigger.refine == 2:
        if _seized_conveyance(match, actors, lexicon, offset):
            return "abduction"
        # 'seized the town after the army withdrew' is still a battle: a verb of seizing fights for it.
        return _territory_kind(match, actors, lexicon)
    if match.trigger.refine == 5:
        if _communities_fight(match):
            return kind
        agents, targets = _inters(actors, "actor"), _inters(actors, "target")
        if _protest_intrusion(match, agents | targets) and not _storms_session(match):
            return _protest_kind(match, "protest", lexicon)  # 'veterans stormed the embassy demanding ...'
        if (agents & {RIOTERS, PROTESTERS, CIVILIANS} or targets & {RIOTERS, PROTESTERS} or _crowd_subject(match)
                or _crowd_fights(match, agents, lexicon) or _protest_clash(match, agents | targets)
                or _dispersed_fight(match, agents | targets) or _fist_fight(match, agents | targets)
                or _stone_fight(match, agents | targets)
                or _faceless_fight(match, agents | targets, lexicon, named)):
            if (lemma(match.head) in vocab().intrusions and _protesting(match)
                    and not _crowd_violence(match.head.doc, lexicon) and not _storms_session(match)):
                return _protest_kind(match, "protest", lexicon)  # 'residents stormed the offices to demand ...'
            return _crowd_kind(match, CIVILIANS in targets, lexicon)
        if _crowd_bid_to_intrude(match):
            return _protest_kind(match, "protest", lexicon)  # 'workers heading to the hotel to storm the meeting'
        if _storms_civilians(match, lexicon, named) or _stormed_dwelling(match):
            return "attack"
        if _left_dead(match.head) and named_civilians(match, lexicon, named or _nobody):
            return "attack"  # 'clashes left two civilians dead', as 'a teacher was killed in the fighting'
        return kind
    if match.trigger.refine == 6:
        if any(c.dep_ == "dobj" and lemma(c) in vocab().stormed_sessions for c in match.head.children):
            return "riot"  # 'protesters disrupted the training session': breaking up people's sitting riots
        if any(lemma(t) in vocab().street_protest - {"riot", "rioter", "rioting"} and t.ent_type_ != "DATE"
               for t in match.head.doc):
            return _protest_kind(match, "protest", lexicon)  # 'chased the contractors away in protest'
        against_civilians = CIVILIANS in _inters(actors, "target")
        return "mob_violence" if against_civilians or _mob(match.head.doc, lexicon) else "riot"
    if match.trigger.refine == 4:
        if _crowd_bid_to_intrude(match):
            return _protest_kind(match, "protest", lexicon)  # 'protesters ... after they tried to enter the offices'
        return "territory_transfer" if _peaceful(match, lexicon) else _territory_kind(match, actors, lexicon)
    if family == "looting" and _crowd_damage(match, actors):
        return _crowd_kind(match, CIVILIANS in _inters(actors, "target"), lexicon)
    if kind == "obstruct" and _blockade_protest(match):
        return _protest_kind(match, "protest", lexicon)
    if kind == "obstruct" and crowd_deed(match, actors) and _crowd_violence(match.head.doc, lexicon):
        # 'supporters barricaded the roads with burning tyres': a crowd's violent blockade riots, cause or none
        return "mob_violence" if _mob(match.head.doc, lexicon) else "riot"
    if family == "protest" and _gassed_without_crowd(match):
        return "attack"
    if family == "protest":
        return _protest_kind(match, kind, lexicon)
    if kind == "riot" and match.trigger.refine == 0 and _armed_rampage(match, named or _nobody):
        # armed men or a force on a rampage or vandalising: their violence, not a crowd's riot
        return {ARMED_SIDE: "clash", CIVILIAN_SIDE: "attack"}.get(toll or "", "looting")
    if kind == "riot" and _mob(match.head.doc, lexicon):
        return "mob_violence"
    return kind


def _gassed_without_crowd(match: TriggerMatch) -> bool:
    """'police fired tear gas into a nursery school, injuring three children': tear gas that hurt people where
    the paragraph tells of no protest and no crowd is an attack on them, not a protest's dispersal."""
    doc = match.head.doc
    if match.trigger.kind != "protest_intervention" or _protesting(match):
        return False
    crowds = vocab().crowd_words | vocab().crowd_nouns | vocab().demonstrators | {"disperse"}
    words = {lemma(t) for t in doc}
    return not words & crowds and bool(words & vocab().gas_harms)


def disrupted_blast(match: TriggerMatch, kind: str, lexicon: Lexicon) -> bool:
    """'two suspects arrested with explosive devices', 'police recovered grenades', 'the bombs failed to explode',
    'killed when the bomb they were planting blew up': an explosive seized, a dud, or a bomb that went off in its
    makers' hands is a disrupted use of the weapon (ACLED), not an explosion attack."""
    if lexicon.kind(kind).family != "blast":
        return False
    head, sent = match.head, match.head.sent
    if head.dep_ == "pobj" and head.head.lower_ == "with" and any(
            t.kind == "arrest" for t in lexicon.triggers.get(lemma(head.head.head), ())):
        return True
    held = head
    while held.dep_ == "conj" and held.head.i != held.i:
        held = held.head  # 'recovered explosives and two grenades'
    if head.pos_ in ("NOUN", "PROPN") and held.dep_ in ("dobj", "nsubjpass", "pobj") and any(
            lemma(a) in vocab().holding for a in (held.head, held.head.head)):
        return True  # 'recovered two grenades', 'explosives were seized', 'found in possession of explosives'
    if any(lemma(t) in vocab().exploding and t.pos_ == "VERB"
           and ((t.dep_ == "xcomp" and lemma(t.head) == "fail") or any(c.dep_ == "neg" for c in t.children))
           for t in sent):
        return True
    return any(t.dep_ in ("nsubj", "nsubjpass") and any(_in_makers_hands(c) for c in t.children)
               and lexicon.cues.weapon_kinds.get(lemma(t)) in ("ied", "grenade", "suicide_bombing") for t in sent)


def _in_makers_hands(clause: Token) -> bool:
    """'the bomb they were planting', 'the device he was assembling': a bomb its makers were handling (not 'an IED
    that was planted in a car', which was left to go off)."""
    return (clause.dep_ == "relcl" and clause.tag_ == "VBG" and lemma(clause) in vocab().bomb_handling
            and any(c.dep_ == "nsubj" for c in clause.children))


def _armed_rampage(match: TriggerMatch, named: Named) -> bool:
    """'suspected militants who vandalised a mast', 'a police officer shot dead ten people in a rampage': a
    deed anyone may do (not 'riot'), whose doer is a force, an armed group or armed men."""
    head = match.head
    if not set(match.trigger.lemmas) & vocab().rampage_words:
        return False
    holder = head.head.head if head.dep_ == "pobj" and head.head.head.pos_ == "VERB" else head
    doers = [c for c in holder.children if c.dep_ in ("nsubj", "agent")]
    doers += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"]  # 'a rampage by soldiers'
    doers = [next((p for p in d.children if p.dep_ == "pobj"), d) if d.dep_ in ("agent", "prep") else d
             for d in doers]
    doers = [_antecedent(d) for d in doers]
    if not doers and (head.dep_ == "relcl" or (head.dep_ == "pobj" and holder is head)):
        doers = [head.head.head if head.dep_ == "pobj" else head.head]  # 'an officer on a rampage'
    return any(named(t) in FORCES or lemma(t) in vocab().armed_men or _armed_forces_noun(t)
               for d in doers for t in _unclaused(d))


def _election_violence(match: TriggerMatch) -> bool:
    """'violence reported during the elections', 'violence marred the party primaries': violence named in
    general at an election is election violence, a riot (like 'election violence')."""
    head = match.head
    if match.trigger.refine != 7 or match.trigger.lemmas != ("violence",):
        return False  # not a qualified naming ('ethnic violence')
    return any(t.lower_ in vocab().election_words for t in head.sent)


def _storms_civilians(match: TriggerMatch, lexicon: Lexicon, named: Named | None) -> bool:
    """'gunmen stormed a school and killed a teacher', 'stormed a refugee camp': armed men breaking into a
    civilian place or upon civilians attack them (ACLED); storming a town, a base or a station is a battle."""
    return lemma(match.head) in vocab().intrusions and victim_side(match, lexicon, named) == CIVILIAN_SIDE


def _stormed_dwelling(match: TriggerMatch) -> bool:
    """'gunmen stormed his hotel', 'armed men stormed into an apartment': armed men breaking into a place where
    people lodge or live attack the people inside (ACLED), as storming a house does."""
    head = match.head
    if lemma(head) not in vocab().intrusions:
        return False
    hit = [c for c in head.children if c.dep_ in VICTIM_DEPS]
    hit += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    return any(lemma(n) in vocab().stormed_dwellings for n in hit)


def _crowd_damage(match: TriggerMatch, actors: Sequence[ActorRef]) -> bool:
    """'A mob torched the suspect's home', 'villagers set fire to seven houses', 'fishermen set fire to a boat':
    a mob, or a crowd or civilians with no armed men, that burns or wrecks property riots (ACLED), it does not
    make a strategic development."""
    agents = _inters(actors, "actor")
    if _mob_in_sentence(match):
        return True
    return not agents & ARMED and (bool(agents & {RIOTERS, PROTESTERS, CIVILIANS}) or _crowd_subject(match)
                                   or _witch_hunt(match))


def deadly_aim(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'suspected militants targeted by police, some fatalities': a passive verb of aiming with its doer and no
    weapon named is violence when its sentence tells of deaths (not 'no casualties')."""
    head = match.head
    if lemma(head) not in vocab().deadly_aims or not any(c.dep_ == "agent" for c in head.children):
        return False  # told in the passive with its doer: not 'forces targeted areas', whose aim decides
    if _event_subject(match, lexicon):
        return False  # not 'targeted by an explosion'
    deaths = vocab().death_nouns | vocab().lethal
    return any(lemma(t) in deaths and not _told_none(t) for t in head.sent)


def _told_none(token: Token) -> bool:
    """'no fatalities', 'without casualties', 'nobody died': a death word the sentence denies."""
    return (any(c.dep_ == "neg" or c.lower_ in ("no", "nobody", "none") for c in token.children)
            or (token.dep_ == "pobj" and token.head.lower_ == "without"))


def _general_conflict(match: TriggerMatch) -> bool:
    """'died following inter-clan conflict': a two-sided conflict named in general (refine 7, kind clash) is
    fighting between the sides, not an attack on one of them."""
    return match.trigger.refine == 7 and match.trigger.kind == "clash"


# Named actors that wreck property as armed groups: rebels, militias and ethnic militias.
WRECKING_GROUPS = frozenset({REBEL, MILITIA, IDENTITY})


def armed_wrecking(match: TriggerMatch, lexicon: Lexicon, named: Named) -> bool:
    """'militants destroyed a phone mast', 'the pylon was destroyed by rebels': armed men wrecking a thing, not
    people nor a war machine, with no weapon named, destroy property (ACLED: looting/property destruction)."""
    verb = match.head
    if verb.pos_ != "VERB" or lemma(verb) not in vocab().wrecking or _negated(verb):
        return False
    wrecked = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not wrecked or any(_wrecked_person(w, lexicon, named) for w in wrecked):
        return False
    doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers += [] if _passive(verb) else _joined_doers(verb)
    return any(_armed_wrecker(d, named) for d in doers)


def _wrecked_person(noun: Token, lexicon: Lexicon, named: Named) -> bool:
    """Whether what was wrecked is people, a group named as an actor ('destroyed the rebels'), or a force's
    ground or a thing of an armed group's ('destroyed a base of the militants': a fight, not property)."""
    if lemma(noun) in lexicon.cues.person_words or lemma(noun) in vocab().people or noun.ent_type_ == "PERSON":
        return True
    phrase = _unclaused(noun)
    return (named(noun) is not None or any(lemma(t) in vocab().military_terrain for t in phrase)
            or any(named(t) in ARMED for t in phrase))


def _armed_wrecker(doer: Token, named: Named) -> bool:
    """Armed men by their word or arms ('gunmen', 'youths armed with machetes', 'men wielding pangas'), or a named
    armed group."""
    return (_armed_crowd(doer) or _wielding_arms(doer)
            or any(named(t) in WRECKING_GROUPS for t in _unclaused(doer)))


def _wielding_arms(noun: Token) -> bool:
    """'men wielding machetes', 'youths brandishing guns': people told holding arms (not sticks and stones)."""
    held = [t for c in noun.children if c.dep_ == "acl" and lemma(c) in vocab().wielding
            for o in c.children if o.dep_ == "dobj" for t in o.subtree if t.pos_ in ("NOUN", "PROPN")]
    return bool(held) and any(lemma(t) not in vocab().crude_arms and not _crude_weapon(t) for t in held)


# Marks of a clause telling what a protest followed: its cause.
PROTESTED_AFTER_MARKS = frozenset({"after", "following", "when"})


def violence_protested_after(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """'nurses boycotted work after two colleagues were shot dead', 'residents protested after a man was killed':
    violence told in the clause of what a protest followed is its cause, not an event of the note (ACLED
    codes the protest)."""
    return lexicon.kind(match.trigger.kind).violent and _protested_after(match.head)


def _protested_after(verb: Token) -> bool:
    """Whether the verb heads a clause telling what a protest verb (or a boycott of work) followed."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in PROTESTED_AFTER_MARKS for c in verb.children):
        return False
    main = verb.head
    duty = lemma(main) == "boycott" and any(c.dep_ == "dobj" and lemma(c) in vocab().boycotted_duties
                                             for c in main.children)
    return main.pos_ == "VERB" and (_protest_word(main) or duty)


def protested_toll(token: Token) -> bool:
    """'marched after two hawkers were shot dead', 'protested the killing of three men': a figure told in what a
    protest is about or followed counts the dead of its cause, not of the protest."""
    return protest_cause(token) or any(_protested_after(a) for a in (token, *token.ancestors))
