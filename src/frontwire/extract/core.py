"""The one pure extraction core: an article and its parsed paragraphs in, a Coding out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from frontwire.extract.apportion import apportion
from frontwire.extract.figures import find_figures
from frontwire.extract.lexicon import vocab
from frontwire.nlp.text import doc_text
from frontwire.extract.hierarchy import Container, find_containers, is_regional
from frontwire.extract.interactions import VERBAL, Scene, may_interact, scene_actors, sentence_interactions
from frontwire.extract.headings import Heading, find_heading
from frontwire.extract.mentions import Mention, SentenceFacts, find_mentions, heading_mention
from frontwire.extract.merge import Cluster, TimeContext, build_event, cluster_mentions
from frontwire.extract.places import (
    EMBEDDED, PlaceMention, coherence_names, find_anaphora, find_known_names, find_place_mentions, focus_country,
    known_names, named_countries, named_regions, names_person, names_source, person_words, province_part_place, resolve,
    same_place, stray_village_town, within_of,
)
from frontwire.extract.quotes import according_to, find_quotes, settle_quotes
from frontwire.extract.triggers import lemma
from frontwire.extract.times import find_times
from frontwire.extract.typos import known_english, mend_trigger_typos
from frontwire.geo.coherence import support
from frontwire.geo.shorthand import region_words
from frontwire.models import ActorRef, Coding, Event, Interaction, Place, Quote, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from frontwire.extract.actors import ActorCatalogue
    from frontwire.extract.lexicon import Lexicon
    from frontwire.geo.gazetteer import Gazetteer
    from frontwire.models import Article, Paragraph

CODED_ROLES = ("headline", "standfirst", "caption", "body")
NEWS_AGENCIES = ("Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "Anadolu", "DPA", "Xinhua",
                 "TASS", "SANA", "IRNA", "Interfax", "ANA", "EFE", "UPI")


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything extraction reads, loaded once and passed in."""

    nlp: Language
    gazetteer: Gazetteer
    actors: ActorCatalogue
    lexicon: Lexicon


@dataclass(frozen=True, slots=True)
class Parsed:
    """One coded paragraph and its spaCy parse."""

    paragraph: Paragraph
    index: int
    doc: Doc


def coded_paragraphs(article: Article) -> list[Paragraph]:
    """The paragraphs that carry events: headline, standfirst, caption and body."""
    return [p for p in article.paragraphs if p.role in CODED_ROLES]


def _resolve_places(parsed: Sequence[Parsed], res: Resources, hint: str | None
                    ) -> tuple[dict[int, list[tuple[Place, int, int, bool]]], str | None, Place | None]:
    """Resolved places per paragraph (with token ranges), the focus country and the focus place."""
    raw = [(p, m) for p in parsed for s in p.doc.sents
           for m in find_place_mentions(s, p.paragraph.start, res.gazetteer) + find_anaphora(s, p.paragraph.start)]
    words = person_words([p.doc for p in parsed])
    known = known_names([(p.doc, m) for p, m in raw], words)
    taken = [(m.span.start, m.span.end) for _, m in raw]
    raw += [(p, m) for p in parsed for s in p.doc.sents for m in find_known_names(s, p.paragraph.start, known, taken)]
    raw = [(p, m) for p, m in raw if not names_person(m, p.doc, words) and not names_source(m, p.doc)]
    raw.sort(key=lambda pm: pm[1].span.start)
    demonyms = [t.text for p in parsed for t in p.doc if t.pos_ in ("ADJ", "PROPN") and res.gazetteer.is_demonym(t.text)]
    mentions = [m for _, m in raw]
    backing = support(coherence_names(mentions, res.gazetteer), named_countries(mentions, res.gazetteer))
    focus = focus_country([m for _, m in raw if not m.anaphoric and m.qualifier != EMBEDDED], res.gazetteer, hint,
                          demonyms, backing)
    regions = named_regions([m for _, m in raw], res.gazetteer, focus)
    links = _containers(raw)
    abroad = _named_abroad(mentions, demonyms, res.gazetteer, focus)
    first = _place_pass(raw, links, res, focus, regions, backing, None, abroad)
    points = {k: (place.lat, place.lon) for k, place in first.items()
              if place is not None and place.lat is not None and place.lon is not None and _sub_national(place)
              and not raw[k][1].anaphoric and raw[k][1].qualifier != EMBEDDED
              and place.entry is not None and not is_regional(place.entry)}
    resolved = _place_pass(raw, links, res, focus, regions, backing, points, abroad) if len(points) > 1 else first
    out: dict[int, list[tuple[Place, int, int, bool]]] = {}
    for k, (p, mention) in enumerate(raw):
        place = resolved.get(k)
        if place is not None:
            out.setdefault(p.index, []).append((place, mention.first, mention.last, not mention.anaphoric))
    for p in parsed:
        named = out.setdefault(p.index, [])
        named.extend(_outside_names(_demonym_places(p, res.gazetteer), named))
    return out, focus, _focus_place(out, focus, res.gazetteer)


def _outside_names(words: Sequence[tuple[Place, int, int, bool]], named: Sequence[tuple[Place, int, int, bool]]
                   ) -> list[tuple[Place, int, int, bool]]:
    """The nationality and continent words that are not part of a place's name ('British' in 'British Columbia',
    'Indian' in 'the Indian Ocean')."""
    spans = [(first, last) for _, first, last, listed in named if listed]
    return [w for w in words if not any(first <= w[1] and w[2] <= last and last - first > w[2] - w[1]
                                        for first, last in spans)]


def _named_abroad(mentions: Sequence[PlaceMention], demonyms: Sequence[str], gazetteer: Gazetteer,
                  focus: str | None) -> frozenset[str]:
    """The foreign countries the article names, by name or nationality word ('Turkish forces')."""
    by_word = {country.country for country in map(gazetteer.country_by_name, demonyms) if country is not None}
    return frozenset((by_word | named_countries(mentions, gazetteer)) - {focus})


def _place_pass(raw: Sequence[tuple[Parsed, PlaceMention]], links: dict[int, Container], res: Resources,
                focus: str | None, regions: frozenset[tuple[str, str]], backing: dict[str, dict[int, float]],
                context: dict[int, tuple[float, float]] | None, abroad: frozenset[str] = frozenset()
                ) -> dict[int, Place | None]:
    """Every mention's place, in text order. Without `context` a namesake is judged by the places named before
    it; with the points a first pass found, by all the other places of the article. `backing` is the support
    of each name's candidates by the article's other names (geo.coherence)."""
    near: list[tuple[float, float]] = []
    last: dict[str, Place] = {}
    resolved: dict[int, Place | None] = {}
    placed_in: set[int] = set()  # mentions coded to their container, the town itself unknown
    settled: dict[str, Place] = {}  # names the text placed in a container ('Paris, Mo.'): later bare mentions too

    def others(k: int) -> list[tuple[float, float]]:
        if context is None:
            return near
        name = raw[k][1].name.casefold()
        outer = _outer(k, links)
        return [pt for j, pt in context.items()
                if j != k and j not in outer and raw[j][1].name.casefold() != name]

    def place_at(k: int) -> Place | None:
        if k not in resolved:
            link = links.get(k)
            within = within_of(place_at(link.index), link, inherited=link.index in placed_in) if link else None
            mention = raw[k][1]
            earlier = settled.get(mention.name.casefold()) if within is None and not mention.anaphoric else None
            if earlier is not None:
                resolved[k] = same_place(earlier, mention)
            else:
                resolved[k] = resolve(mention, res.gazetteer, focus=focus, near=others(k), within=within,
                                      regions=regions, support=backing.get(mention.name), abroad=abroad)
            place = resolved[k]
            if within is not None and place is not None and place.entry is within.entry:
                placed_in.add(k)
            elif within is not None and place is not None and place.entry is not None:
                settled.setdefault(mention.name.casefold(), place)
        return resolved[k]

    out: dict[int, Place | None] = {}
    containers = {link.index for link in links.values()}
    for k, (_, mention) in enumerate(raw):
        if mention.anaphoric:
            place = _anaphora(mention, last.get(_anaphora_key(mention)))
        else:
            place = place_at(k)
        out[k] = place
        if place is None:
            continue
        if not mention.anaphoric and k not in placed_in:
            out[k] = province_part_place(place, raw[k][0].doc, mention.first, mention.last, res.gazetteer)
        embedded = mention.qualifier == EMBEDDED
        if (not mention.anaphoric and not embedded and _sub_national(place) and place.entry is not None
                and k not in containers):
            # 'X village in Hama countryside ... the village': a place only named as a container is no antecedent
            last["any"] = place
            last["admin" if place.entry.feature.startswith("ADM") else "town"] = place
        if place.lat is not None and place.lon is not None and not mention.anaphoric and not embedded:
            near.append((place.lat, place.lon))
    return out


def _outer(k: int, links: dict[int, Container]) -> set[int]:
    """The mentions the text puts mention `k` in, directly or through each other."""
    found: set[int] = set()
    while k in links and links[k].index not in found:
        k = links[k].index
        found.add(k)
    return found


DEMONYM = "demonym"


def _containers(raw: Sequence[tuple[Parsed, PlaceMention]]) -> dict[int, Container]:
    """Which mention each mention is said to lie in, as positions in `raw` (all paragraphs)."""
    by_paragraph: dict[int, list[int]] = {}
    for k, (p, _) in enumerate(raw):
        by_paragraph.setdefault(p.index, []).append(k)
    links: dict[int, Container] = {}
    for positions in by_paragraph.values():
        doc = raw[positions[0]][0].doc
        found = find_containers(doc, [raw[k][1] for k in positions])
        for i, link in found.items():
            links[positions[i]] = replace(link, index=positions[link.index])
    return links


def _continent_place(p: Parsed, tok: Token, gazetteer: Gazetteer, words: str | None = None
                     ) -> list[tuple[Place, int, int, bool]]:
    """'European airlines', 'EU member states': the continent, listed like a nationality word (`words`
    starting at `tok` when it is more than one)."""
    text = words or tok.text
    name = region_words()[text]
    continent = next((e for e in gazetteer.lookup(name, limit=3) if e.feature == "CONT"), None)
    if continent is None:
        return []
    start = p.paragraph.start + tok.idx
    place = Place(text, Span(start, start + len(text), text), continent, 3, DEMONYM, continent.lat,
                  continent.lon)
    return [(place, tok.i, tok.i, True)]


def _demonym_places(p: Parsed, gazetteer: Gazetteer) -> list[tuple[Place, int, int, bool]]:
    """'Turkish', 'Russian': nationality words point at a country. They are listed among the article's
    places (as geoparsers count them) but are never an event's place: they name actors."""
    out = []
    for tok in p.doc:
        pair = _demonym_pair(p, tok, gazetteer)
        if pair is not None:
            out.append(pair)
            continue
        if tok.text in region_words() and not _people(tok):
            out.extend(_continent_place(p, tok, gazetteer))
            continue
        if not tok.is_title or not gazetteer.is_demonym(tok.text) or _people(tok):
            continue
        country = gazetteer.country_by_name(tok.text)
        if country is not None:
            start = p.paragraph.start + tok.idx
            span = Span(start, start + len(tok.text), tok.text)
            place = Place(tok.text, span, country, 3, DEMONYM, country.lat, country.lon)
            out.append((place, tok.i, tok.i, True))
    return out


def _demonym_pair(p: Parsed, tok: Token, gazetteer: Gazetteer) -> tuple[Place, int, int, bool] | None:
    """'South African', 'North Korean', 'Latin American': a nationality or continent word of two words,
    ending at `tok`."""
    if tok.i == 0 or not tok.is_title or _people(tok):
        return None
    prev = p.doc[tok.i - 1]
    words = f"{prev.text} {tok.text}"
    if words in region_words():
        found = _continent_place(p, prev, gazetteer, words)
        return (found[0][0], prev.i, tok.i, True) if found else None
    if not prev.is_title or not gazetteer.is_demonym(words):
        return None
    country = gazetteer.country_by_name(words)
    if country is None:
        return None
    start = p.paragraph.start + prev.idx
    place = Place(words, Span(start, start + len(words), words), country, 3, DEMONYM, country.lat, country.lon)
    return place, prev.i, tok.i, True


def _people(tok: Token) -> bool:
    """'Iraqis', 'Americans': a plural demonym names people, not the country."""
    return tok.text.endswith("s") and not tok.text.endswith("ss") and tok.tag_ in ("NNS", "NNPS")


def _anaphora_key(mention: PlaceMention) -> str:
    """Which earlier place 'the area', 'the province' or 'the town' can point back to."""
    if mention.name == "area":
        return "any"
    return "admin" if mention.prefer_admin else "town"


def _sub_national(place: Place) -> bool:
    return place.entry is not None and not place.entry.feature.startswith("PCL")


def _anaphora(mention: PlaceMention, last: Place | None) -> Place | None:
    if last is None:
        return None
    return replace(last, text=mention.span.text, span=mention.span)


def _focus_place(places: dict[int, list[tuple[Place, int, int, bool]]], focus: str | None,
                 gazetteer: Gazetteer) -> Place | None:
    """The article's main place: the commonest sub-national place named, else the first named only inside a
    longer name ('the X al-Balad quarter', 'the X-Y highway'), as the area the events are in (precision 2)."""
    counts: dict[int, tuple[int, Place]] = {}
    inner: list[Place] = []
    for items in places.values():
        for place, _, _, named in items:
            if not (named and _sub_national(place) and place.entry is not None and place.entry.country == focus):
                continue
            if place.qualifier == EMBEDDED:
                inner.append(place)
                continue
            n, first = counts.get(place.entry.geonameid, (0, place))
            counts[place.entry.geonameid] = (n + 1, first)
    if counts:
        return max(counts.values(), key=lambda c: c[0])[1]
    if inner:
        return replace(inner[0], geo_precision=max(inner[0].geo_precision, 2))
    return None


def _sentence_facts(p: Parsed, sent: SpacySpan, *, places: Sequence[tuple[Place, int, int, bool]],
                    res: Resources, focus: str | None, ref: date, quotes: Sequence[Quote]) -> SentenceFacts:
    offset = p.paragraph.start
    speakers = [q.speaker_span for q in quotes if q.speaker_span is not None]
    found = res.actors.find(sent.text, offset + sent.start_char, country_focus=focus)
    found = sorted(found + _shared_adjective_actors(sent.text, offset + sent.start_char, found, res, focus),
                   key=lambda a: a.span.start if a.span else 0)
    found = _specified(found, doc_text(p.doc), offset)
    found = sorted(found + _ethnic_doers(sent, offset, found, res, focus), key=lambda a: a.span.start if a.span else 0)
    homelands = [a for a in found if _homeland_of_group(a, sent, offset)]
    actors = [a for a in found
              if a.span is not None and _fighting_actor(a, res) and a not in homelands
              and not any(s.start <= a.span.start < s.end for s in speakers)]
    actor_starts = [a.span.start for a in (*actors, *homelands) if a.span is not None]
    dateline_end = offset + dateline_length(p.paragraph.text)
    actor_spans = [a.span for a in actors if a.span is not None]
    in_sent = tuple(pl for pl in places if sent.start <= pl[1] < sent.end and pl[0].span.start >= dateline_end
                    and pl[0].qualifier not in (DEMONYM, EMBEDDED)
                    and not any(s.start <= pl[0].span.start < s.end for s in speakers)
                    and not any(a.start <= pl[0].span.start and pl[0].span.end <= a.end
                                and not _place_in_actor_name(a, pl[0], res, focus) for a in actor_spans)
                    and not (_is_country(pl[0]) and pl[0].span.start in actor_starts))
    return SentenceFacts(
        sent=sent, offset=offset, role=p.paragraph.role, paragraph=p.index, places=in_sent,
        actors=tuple(actors),
        times=tuple(t for t in find_times(sent.text, offset + sent.start_char, ref) if t.span.start >= dateline_end),
        figures=tuple(find_figures(sent.text, offset + sent.start_char)),
        quotes=tuple(q for q in quotes if offset + sent.start_char <= q.span.start < offset + sent.end_char),
        channel=according_to(sent),
    )


_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’.\- ]{2,}(?:,\s*[A-Z][\w'’.\- ]{1,40}){0,2}\s*(?:\([^)]{1,40}\))?\s*[-–—:]\s")


def dateline_length(text: str) -> int:
    """Length of a wire dateline such as 'KADUNA, Nigeria (AFP) - ': where the reporter was, not the event."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


_SHARED_ADJECTIVE = re.compile(
    r"\b([A-Z][a-z]+) (?:and/or|or|and) (?:[A-Z][a-z]+) ((?:ground )?(?:war ?planes|jets|forces|troops|aircraft|"
    r"helicopters|soldiers|army|drones|artillery|militias|fighters|air strikes|airstrikes|strikes))\b")


def _shared_adjective_actors(text: str, offset: int, found: Sequence[ActorRef], res: Resources,
                             focus: str | None) -> list[ActorRef]:
    """'Syrian or Russian warplanes': the first adjective shares the noun, so it names an actor too."""
    out = []
    taken = [(a.span.start, a.span.end) for a in found if a.span is not None]
    for m in _SHARED_ADJECTIVE.finditer(text):
        start = offset + m.start(1)
        if any(a <= start < b for a, b in taken):
            continue
        ref = res.actors.resolve(f"{m.group(1)} {m.group(2)}", country_focus=focus)
        if ref is not None:
            out.append(replace(ref, text=m.group(1), span=Span(start, offset + m.end(1), m.group(1))))
    return out


CROWDS = {"protest": ("protesters", 6), "riot": ("rioters", 5)}


UNNAMED_ATTACKERS = "unidentified armed group"
UNNAMED_WRECKING_FAMILY = "looting"  # property destroyed by no one named: an unidentified armed group's


def _with_default_actors(event: Event, res: Resources, focus: str | None) -> Event:
    """ACLED's conventions for actors the text does not name: the crowd of a protest or riot, and an
    unidentified armed group behind violence nobody is said to have carried out."""
    kind = res.lexicon.kind(event.kind)
    if kind.family in CROWDS and event.event_type != "Strategic developments":
        return _with_crowd(event, res, focus)
    destroyed = kind.family == UNNAMED_WRECKING_FAMILY  # 'shops were set alight, the arsonists unknown'
    if ((kind.violent and event.event_type != "Strategic developments") or destroyed) and not any(
            a.role == "actor" for a in event.actors):
        unknown = res.actors.resolve(UNNAMED_ATTACKERS, country_focus=focus)
        if unknown is not None:
            return replace(event, actors=(unknown, *event.actors))
    return event


def _with_crowd(event: Event, res: Resources, focus: str | None) -> Event:
    """ACLED codes every protest with its protesters and every riot with its rioters, named or not."""
    family = res.lexicon.kind(event.kind).family
    word, inter = CROWDS[family]
    if any(a.inter == inter for a in event.actors):
        return event
    crowd = res.actors.resolve(word, country_focus=focus)
    return replace(event, actors=(crowd, *event.actors)) if crowd is not None else event


def _ethnic_doers(sent: SpacySpan, offset: int, found: Sequence[ActorRef], res: Resources,
                  focus: str | None) -> list[ActorRef]:
    """'the Kikuyu attacked the Luo', 'Meru inhabitants stabbed ...', 'clashes between the Pokot and Turkana
    communities': an ethnic group's bare name, or a community noun under it, that does or fights the deed is
    the group's militia (ACLED)."""
    taken = [(a.span.start, a.span.end) for a in found if a.span is not None]
    out: list[ActorRef] = []
    verbs: set[int] = set()
    for tok in sent:
        if not _name_like(tok) or not (_ethnic_doer_position(tok) or (
                tok.dep_ == "dobj" and tok.head.i in verbs)):  # 'the Kikuyu attacked the Luo': both sides
            continue
        start = offset + tok.idx
        if any(a <= start < b for a, b in taken) or _angry_people(tok):
            continue
        ref = _ethnic_militia(tok.text, res, focus)
        if ref is None:
            continue
        end = start + len(tok.text)
        out.append(replace(ref, text=tok.text, span=Span(start, end, tok.text)))
        if tok.dep_ == "nsubj":
            verbs |= {tok.head.i, *(c.i for c in tok.head.conjuncts)}
    return out


def _ethnic_militia(name: str, res: Resources, focus: str | None) -> ActorRef | None:
    """The militia of the people a name names, also in the plural English gives it ('the Maasais')."""
    for word in (name, *([name[:-1]] if name.endswith("s") and len(name) > 3 else [])):
        ref = res.actors.resolve(f"{word} militia", country_focus=focus)
        if ref is not None and ref.inter == 4 and ref.id.endswith("-militia") and not ref.id.endswith(
                "-communal-militia"):
            return ref
    return None


def _angry_people(tok: Token) -> bool:
    """'angry Maasais', 'irate Luo': a people's name told with a crowd's mood names a crowd, not its militia."""
    return any(c.dep_ == "amod" and lemma(c) in vocab().crowd_doers for c in tok.children)


def _name_like(tok: Token) -> bool:
    """A proper name, or a capitalised word the tagger took for a common noun ('Pokot targeted police')."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper())


def _ethnic_doer_position(tok: Token) -> bool:
    """Whether a name stands where the doers of a deed stand: a verb's subject, after 'by' or 'between', joined
    to such a name, or naming a community noun there ('Pokot herders', 'the Luo community')."""
    word = tok
    if tok.dep_ in ("compound", "amod", "nmod") and (lemma(tok.head) in vocab().ethnic_doer_nouns
                                                   or tok.head.lower_ in vocab().ethnic_doer_nouns):
        word = tok.head
    elif tok.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    while word.dep_ == "conj":
        word = word.head
    while (word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN"
           and lemma(word.head.head) in vocab().ethnic_doer_nouns):
        word = word.head.head  # 'members of the Luo community'
    if word.dep_ == "nsubj" and word.head.pos_ == "VERB":
        return True
    return word.dep_ == "pobj" and word.head.lower_ in ("by", "between")


def _homeland_of_group(ref: ActorRef, sent: SpacySpan, offset: int) -> bool:
    """'raiders from X', 'members of a clan of X': a country's bare name after irregular armed men or a community
    says where they come from; it is not the country's state forces."""
    if ref.span is None or ref.inter not in (1, 8):
        return False
    words = sent.doc.char_span(ref.span.start - offset, ref.span.end - offset, alignment_mode="expand")
    if words is None or words[0].pos_ != "PROPN":
        return False
    country = [t for t in words if t.pos_ == "PROPN"]
    root = next((t for t in country if t.head not in country), country[0])
    if root.head in words:
        root = words.root  # 'from South Sudan attacks': a word after the name was read into the mention
    prep = root.head if root.dep_ == "pobj" else _objectless_origin_prep(words)
    if prep is None or prep.lower_ not in HOMELAND_PREPS or prep.dep_ != "prep":
        return False
    return lemma(prep.head) in vocab().homeland_groups or prep.head.lower_ in vocab().homeland_groups


HOMELAND_PREPS = frozenset({"from", "of"})


def _objectless_origin_prep(words: SpacySpan) -> Token | None:
    """'militia from South Sudan attacks a village', the name misread as a modifier of the verb: the 'from' right
    before the name, left with no object, is the preposition the name hangs on."""
    if words.start == 0:
        return None
    before = words.doc[words.start - 1]
    if before.lower_ not in HOMELAND_PREPS or any(c.dep_ == "pobj" for c in before.children):
        return None
    return before


def _fighting_actor(ref: ActorRef, res: Resources) -> bool:
    """Organisations and media that only speak are not event actors."""
    record = res.actors.record(ref.id)
    return record is None or record.kind not in ("organization", "media")


def _place_in_actor_name(actor: Span, place: Place, res: Resources, focus: str | None) -> bool:
    """'Idlib rebels' names both a place and an actor; 'Taliban fighters' names only an actor."""
    if actor.text == place.span.text or _is_country(place):
        return False
    return res.actors.resolve(place.span.text, country_focus=focus) is None


def _is_country(place: Place) -> bool:
    return place.entry is not None and place.entry.feature.startswith("PCL")


def _quotes(parsed: Sequence[Parsed], article: Article, res: Resources, focus: str | None) -> tuple[Quote, ...]:
    found = [q for p in parsed for q in find_quotes(p.doc, p.paragraph.start)]
    named = [c for c in article.credited if c in NEWS_AGENCIES]
    settled = settle_quotes(found, default_channel=named[0] if len(named) == 1 else None)
    return tuple(_name_described_speakers(settled, res, focus))


def _name_described_speakers(quotes: Sequence[Quote], res: Resources, focus: str | None) -> list[Quote]:
    """'a war monitor said' and 'the Syrian Observatory said' in one article: the description gets the name."""
    orgs: list[tuple[str, set[str]]] = []
    for q in quotes:
        ref = res.actors.resolve(q.speaker, country_focus=focus) if not q.group else None
        record = res.actors.record(ref.id) if ref is not None else None
        if record is not None and ref is not None and q.speaker.lower() in {a.lower() for a in record.aliases} | {record.name.lower()}:
            words = {w.strip("()").lower() for text in (record.short, *record.aliases) for w in text.split()}
            orgs.append((q.speaker, words))
    out = []
    for q in quotes:
        head = q.speaker.split()[-1].lower() if q.speaker else ""
        if q.speaker and q.speaker[0].islower() and not q.group:
            match = next((name for name, words in orgs if head in words), None)
            q = replace(q, speaker=match) if match else q
        out.append(q)
    return out


def code_parsed(article: Article, docs: Sequence[Doc], res: Resources, *, country_hint: str | None = None) -> Coding:
    """Code an article whose coded paragraphs (coded_paragraphs order) spaCy has parsed."""
    parsed = [Parsed(p, i, d) for i, (p, d) in enumerate(zip(coded_paragraphs(article), docs, strict=True))]
    known = known_english(res.nlp)
    for p in parsed:
        mend_trigger_typos(p.doc, res.lexicon, known)
    ref = article.published or date.today()
    places, focus, focus_place = _resolve_places(parsed, res, country_hint)
    quotes = _quotes(parsed, article, res, focus)
    mentions: list[Mention] = []
    interactions: list[Interaction] = []
    heading = find_heading(parsed[0].paragraph.text, res.lexicon.cues.heading_kinds) if parsed else None
    headed: Mention | None = None
    for p in parsed:
        for sent in p.doc.sents:
            facts = _sentence_facts(p, sent, places=places.get(p.index, ()), res=res, focus=focus, ref=ref,
                                    quotes=quotes)
            if heading is not None and headed is None and p.index == 0 and sent.end_char > heading.end:
                headed = heading_mention(facts, heading.kind, _label_span(p, heading), order=-1)
            found = find_mentions(facts, res.lexicon, start_order=len(mentions))
            material = [m for m in found if res.lexicon.kind(m.kind).family != VERBAL]
            interactions += _interactions(found, material, facts, places.get(p.index, ()), res, focus)
            if not material and facts.figures:
                _carry_figures(mentions, facts, res.lexicon)
            mentions += material
    clusters = cluster_mentions(mentions, res.lexicon)
    ctx = _time_context(clusters, ref)
    events = [_with_default_actors(build_event(c, res.lexicon, article_id=article.id, focus=focus_place, ctx=ctx),
                                   res, focus) for c in clusters]
    events = _apportioned(events, parsed, places, res.lexicon)
    events.sort(key=lambda e: -e.salience)
    if headed is not None:
        events = _headed_events(events, headed, res, article_id=article.id, focus_place=focus_place, ctx=ctx)
    all_places = tuple(pl for items in places.values() for pl, _, _, named in items if named)
    datelines = [(p.paragraph.start, p.paragraph.start + dateline_length(p.paragraph.text)) for p in parsed]
    told = [pl for pl in all_places if not any(a <= pl.span.start < b for a, b in datelines)]
    events = [_unstrayed(e, told, focus) for e in events]
    return Coding(article=article, events=tuple(events), quotes=quotes, places=all_places,
                  interactions=tuple(interactions))


def _unstrayed(event: Event, named: Sequence[Place], focus: str | None) -> Event:
    """The event moved from a far namesake village to the district seat the report names outside its
    datelines (see stray_village_town)."""
    town = stray_village_town(event.place, [p for p in named if p.qualifier != DEMONYM], focus)
    return event if town is None else replace(event, place=town)


def _label_span(p: Parsed, heading: Heading) -> Span:
    start = p.paragraph.start + p.paragraph.text.index(heading.label)
    return Span(start, start + len(heading.label), heading.label)


def _headed_events(events: list[Event], headed: Mention, res: Resources, *, article_id: str,
                   focus_place: Place | None, ctx: TimeContext) -> list[Event]:
    """A report headed by a category label ('Arrests: ...') is an event of that category: the lead event
    takes the label's kind (keeping its actors, place and figures), or the label makes the event when no
    trigger did."""
    kind = res.lexicon.kind(headed.kind)
    if not events:
        return [build_event(Cluster([headed]), res.lexicon, article_id=article_id, focus=focus_place, ctx=ctx)]
    lead = replace(events[0], kind=kind.name, event_type=kind.event_type, sub_event_type=kind.sub_event_type,
                   plover=kind.plover)
    return [lead, *events[1:]]


_HEDGED_APPOSITION = re.compile(r"\s*,\s*(?:(?:most )?likely|probably|possibly|perhaps|believed to be|thought to be|"
                                r"either|reportedly)?\s*$", re.IGNORECASE)


def _specified(actors: list[ActorRef], text: str, offset: int) -> list[ActorRef]:
    """'Warplanes, likely regime or Russian, ...': the apposition says whose; the bare noun is dropped."""
    out = []
    for k, actor in enumerate(actors):
        nxt = actors[k + 1] if k + 1 < len(actors) else None
        if actor.span is not None and nxt is not None and nxt.span is not None and nxt.span.start > actor.span.end:
            between = text[actor.span.end - offset : nxt.span.start - offset]
            if "," in between and _HEDGED_APPOSITION.fullmatch(between):
                continue
        out.append(actor)
    return out


def _interactions(found: Sequence[Mention], material: Sequence[Mention], facts: SentenceFacts,
                  places: Sequence[tuple[Place, int, int, bool]], res: Resources, focus: str | None
                  ) -> list[Interaction]:
    """The sentence's PLOVER acts; the actors of the sentence are looked up only when it has one."""
    if not any(res.lexicon.kind(m.kind).family == VERBAL for m in found) and not may_interact(facts.sent):
        return []
    scene = Scene(facts.sent, facts.offset, scene_actors(facts.sent, facts.offset, res.actors, focus),
                  tuple(pl for pl in places if facts.sent.start <= pl[1] < facts.sent.end), focus, res.actors,
                  res.gazetteer)
    return sentence_interactions(found, material, scene, res.lexicon)


def _carry_figures(mentions: list[Mention], facts: SentenceFacts, lexicon: Lexicon) -> None:
    """'... shelled the town. A man later died of his wounds.': the toll told in a sentence with no event of
    its own belongs to the last violent event of its paragraph, if that has no toll yet."""
    host = next((k for k in range(len(mentions) - 1, -1, -1)
                 if mentions[k].paragraph == facts.paragraph and lexicon.kind(mentions[k].kind).violent), None)
    if host is None:
        return
    kinds = {f.kind for f in mentions[host].figures}
    extra = tuple(f for f in facts.figures if f.kind not in kinds)
    if extra:
        mentions[host] = replace(mentions[host], figures=mentions[host].figures + extra)


def _apportioned(events: Sequence[Event], parsed: Sequence[Parsed],
                 places: dict[int, list[tuple[Place, int, int, bool]]], lexicon: Lexicon) -> list[Event]:
    """Violent events with their place's share of a toll the note splits over several places."""
    sentences = [Span(p.paragraph.start + s.start_char, p.paragraph.start + s.end_char, s.text)
                 for p in parsed for s in p.doc.sents]
    towns = [pl for items in places.values() for pl, _, _, named in items
             if named and pl.entry is not None and pl.geo_precision < 3 and pl.qualifier not in (DEMONYM, EMBEDDED)]
    return [apportion(e, sentences, towns) if lexicon.kind(e.kind).violent else e for e in events]


def _time_context(clusters: Sequence[Cluster], ref: date) -> TimeContext:
    """Dates of explicitly dated events, by each mention's trigger position and by sentence, for anchoring."""
    anchors: dict[int, date] = {}
    sentence_dates: dict[int, date] = {}
    for cluster in clusters:
        dated = [m.time.start for m in cluster.mentions
                 if m.time is not None and m.time.start is not None and not m.time.is_duration]
        if not dated:
            continue
        for m in cluster.mentions:
            anchors[m.trigger.start] = dated[0]
            if m.time is not None and m.time.start is not None:
                sentence_dates.setdefault(m.sentence.start, dated[0])
    return TimeContext(ref, anchors, sentence_dates)


def extract(article: Article, res: Resources, *, country_hint: str | None = None) -> Coding:
    """Code one article: events, quotes and places, with evidence offsets into article.text."""
    texts = [p.text for p in coded_paragraphs(article)]
    return code_parsed(article, list(res.nlp.pipe(texts)), res, country_hint=country_hint)
