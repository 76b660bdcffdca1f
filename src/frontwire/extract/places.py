"""Place mentions in parsed text, their qualifiers, and their resolution against the gazetteer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwire.extract.hierarchy import EMBEDDED, in_direction, inside, is_regional, same_region
from frontwire.geo.loose import skeleton_of_key
from frontwire.geo.normalize import normalize_name
from frontwire.geo.rank import choose, haversine_km
from frontwire.geo.variants import name_variants
from frontwire.nlp.text import doc_text
from frontwire.models import GeoEntry, Place, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from frontwire.extract.hierarchy import Container
    from frontwire.geo.gazetteer import Gazetteer

DIRECTIONS = {
    "northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "central",
    "northwestern": "northwest", "northeastern": "northeast", "southwestern": "southwest",
    "southeastern": "southeast", "north-western": "northwest", "north-eastern": "northeast",
    "south-western": "southwest", "south-eastern": "southeast", "rural": "rural",
}
COMPASS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast"}
NEAR_WORDS = {"near": "near", "around": "around", "outside": "near", "outskirts": "outskirts",
              "countryside": "countryside", "area": "area", "vicinity": "near", "surroundings": "near"}
ADMIN_WORDS = frozenset({"province", "governorate", "region", "district", "state", "county", "oblast",
                         "prefecture", "department", "muhafazah", "wilayah"})
LOCATIVE = frozenset({"in", "at", "near", "of", "from", "to", "towards", "toward", "into", "outside", "around",
                      "across", "through", "inside", "between", "on", "across", "outskirts", "entered", "reached"})
SETTLEMENT_WORDS = frozenset({"town", "village", "city", "camp", "area", "countryside", "suburb", "neighbourhood",
                              "neighborhood", "outskirts", "district", "valley", "plain", "crossing", "checkpoint"})
# Verbs whose object is usually a place: 'struck Ariha', 'captured Kiwanja'.
PLACE_TAKING_VERBS = frozenset({"strike", "shell", "bomb", "attack", "capture", "seize", "enter", "raid", "storm",
                                "hit", "target", "overrun", "besiege", "retake", "recapture", "pound", "control",
                                "bombard", "shelled", "struck", "liberate", "encircle", "surround"})
SMALL_SETTLEMENTS = frozenset({"town", "village", "hamlet", "neighbourhood", "neighborhood", "suburb"})
NATURAL_WORDS = frozenset({"river", "lake", "sea", "mountains", "mountain", "hills", "forest", "gulf", "strait"})
ATTACHED_WORDS = frozenset({"based", "led", "backed", "funded", "supported", "allied", "run", "controlled", "held",
                            "brokered", "sponsored", "aligned", "born"})
ANAPHORA = frozenset({"area", "province", "city", "town", "village", "region", "governorate", "district"})
CONNECTORS = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath", "-", "de", "of", "bin",
                        "bani", "abu", "umm", "'", "’"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_EXCLUDED_ENTS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A stretch of text that names a place, before resolution."""

    name: str
    span: Span
    first: int
    last: int
    qualifier: str | None = None
    prefer_admin: bool = False
    anaphoric: bool = False
    settlement: bool = False
    marked: bool = True
    quarter: bool = False


def _is_name_token(tok: Token) -> bool:
    capital = tok.is_title or (tok.text[:1].isupper() and tok.text[1:2].islower())  # "Dar'a", "McAllen"
    return tok.pos_ == "PROPN" or (capital and tok.pos_ in ("NOUN", "ADJ") and tok.i > tok.sent.start)


def _runs(sent: SpacySpan) -> list[tuple[int, int]]:
    """Maximal runs of proper-name tokens, joined across name connectors such as al- and hyphens."""
    runs, start = [], None
    toks = list(sent)
    for k, tok in enumerate(toks):
        inside = start is not None and tok.lower_ in CONNECTORS and k + 1 < len(toks) and _is_name_token(toks[k + 1])
        if _is_name_token(tok) or inside:
            start = tok.i if start is None else start
            continue
        if start is not None:
            runs.append((start, tok.i - 1))
            start = None
    if start is not None:
        runs.append((start, toks[-1].i))
    return runs


def _locative(first: Token, last: Token) -> bool:
    """A preposition of place before the name, or a settlement word after it."""
    doc, i = first.doc, first.i - 1
    if i >= 0 and doc[i].lower_ in DIRECTIONS:
        i -= 1
    if i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    before = doc[i].lower_ if i >= 0 else ""
    after = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
    struck = last.dep_ == "dobj" and last.head.lemma_.lower() in PLACE_TAKING_VERBS
    listed = before in ("and", "or") and i > 0 and doc[i - 1].ent_type_ in _PLACE_ENTS
    # 'X and Y villages': the plural settlement word after a list marks its first name too
    heads_list = after in ("and", "or", ",") and any(t.lower_ in _PLURAL_SETTLEMENTS
                                                     for t in doc[last.i + 2 : last.i + 6])
    # 'villages south of X, including Y': a name listed among places is a place
    among = before in ("including", "includes") and any(t.lower_ in _PLURAL_SETTLEMENTS
                                                        for t in doc[max(0, i - 10) : i])
    # 'X in northeast Hama', 'X near Saraqib': a name said to lie in another place is a place
    nested = (after in ("in", "near") and last.i + 2 < len(doc)
              and (doc[last.i + 2].lower_ in DIRECTIONS or doc[last.i + 2].lower_ in COMPASS
                   or doc[last.i + 2].ent_type_ in _PLACE_ENTS))
    return (before in LOCATIVE or after in SETTLEMENT_WORDS or after in ADMIN_WORDS or struck or listed
            or heads_list or nested or among)


_PLURAL_SETTLEMENTS = frozenset({"towns", "villages", "cities", "neighbourhoods", "neighborhoods", "suburbs", "hamlets"})


def _natural_feature(last: Token) -> bool:
    """'the Shabelle river', 'the Nuba mountains': a feature, not a settlement an event is coded to."""
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].lower_ in NATURAL_WORDS


def _attached(last: Token) -> bool:
    """'Britain-based', 'Russian-led': the name qualifies something else."""
    doc = last.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].lower_ in ATTACHED_WORDS


def _excluded(doc_tokens: Sequence[Token]) -> bool:
    if any(t.text in "[]()" for t in doc_tokens) or _attached(doc_tokens[-1]) or _natural_feature(doc_tokens[-1]):
        return True
    if any(t.ent_type_ in _EXCLUDED_ENTS for t in doc_tokens):
        named_person = any(t.ent_type_ == "PERSON" for t in doc_tokens)
        return not (named_person and _locative(doc_tokens[0], doc_tokens[-1]))
    return len(doc_tokens) == 1 and _sentence_initial(doc_tokens[0]) and doc_tokens[0].ent_type_ not in _PLACE_ENTS


def _sentence_initial(tok: Token) -> bool:
    """A capital that only marks the start of a sentence or a quotation says nothing about a name."""
    i, start = tok.i, tok.sent.start
    while i > start and tok.doc[i - 1].is_punct:
        i -= 1
    return i == start


def _qualifier(first: Token, last: Token) -> tuple[str | None, bool]:
    """The qualifier before or after a name ('southern X', 'near X', 'X countryside') and whether it is an admin unit."""
    doc, qualifier, admin = first.doc, None, False
    if first.i > 0:
        prev = doc[first.i - 1]
        qualifier = DIRECTIONS.get(prev.lower_) or NEAR_WORDS.get(prev.lower_)
        if prev.lower_ == "of" and first.i > 2:
            before = doc[first.i - 2].lower_
            determined = doc[first.i - 3].lower_ in ("the", "its")
            qualifier = NEAR_WORDS.get(before) or (before if before in COMPASS and determined else None)
            admin = before in ADMIN_WORDS and determined
    if last.i + 1 < len(doc):
        nxt = doc[last.i + 1].lower_
        admin = nxt in ADMIN_WORDS
        qualifier = qualifier or NEAR_WORDS.get(nxt)
    return qualifier, admin


def _settlement(first: Token, last: Token) -> bool:
    """'the village of X', 'X town': the text says the name is a town or village, not a state or capital."""
    doc = first.doc
    before = first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ in SMALL_SETTLEMENTS
    after = last.i + 1 < len(doc) and doc[last.i + 1].lower_ in SMALL_SETTLEMENTS | _PLURAL_SETTLEMENTS
    return before or after


def _marked(first: Token, last: Token) -> bool:
    """Whether the text marks the name as a place: a place entity, a preposition of place, a settlement
    or admin word."""
    return first.ent_type_ in _PLACE_ENTS or _locative(first, last)


def _mention(doc_tokens: Sequence[Token], offset: int) -> PlaceMention:
    first, last = doc_tokens[0], doc_tokens[-1]
    name = doc_text(first.doc)[first.idx : last.idx + len(last.text)]
    qualifier, admin = _qualifier(first, last)
    shown = first.doc[first.i - 1] if first.i > 0 and first.doc[first.i - 1].lower_ in DIRECTIONS else first
    text = doc_text(first.doc)[shown.idx : last.idx + len(last.text)]
    return PlaceMention(name, Span(offset + shown.idx, offset + last.idx + len(last.text), text),
                        first.i, last.i, qualifier, admin, settlement=_settlement(first, last),
                        marked=_marked(first, last), quarter=_quarter(first, last))


QUARTER_WORDS = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter", "quarters"})
# A quarter of a town lies within this distance of the town's point; a namesake this populous is no village
# that a quarter's name was mistaken for.
QUARTER_KM = 15.0
QUARTER_POPULATION = 50_000


def _town_of_quarters(entry: GeoEntry) -> bool:
    """A city or large town, which has named quarters."""
    return entry.feature in ("PPLC", "PPLA", "PPLA2") or (entry.feature.startswith("PPL") and entry.population >= 20_000)


def _quarter(first: Token, last: Token) -> bool:
    """'the X neighbourhood', 'the neighbourhood of X': the name is a part of a town."""
    doc = first.doc
    before = first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ in QUARTER_WORDS
    after = last.i + 1 < len(doc) and doc[last.i + 1].lower_ in QUARTER_WORDS
    return before or after


def _split_direction(mention: PlaceMention) -> PlaceMention:
    """'East Aleppo' (or 'southern Hama' tagged as one name) names a part of Aleppo when the gazetteer has no
    place called 'East Aleppo'."""
    head, _, rest = mention.name.partition(" ")
    direction = head.lower() if head.lower() in COMPASS else DIRECTIONS.get(head.lower())
    if direction in COMPASS and rest:
        return replace(mention, name=rest, qualifier=mention.qualifier or direction)
    return mention


def find_place_mentions(sent: SpacySpan, offset: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every proper-name run in the sentence that the gazetteer knows, demonyms excluded."""
    found = []
    for start, end in _runs(sent):
        tokens = [sent.doc[i] for i in range(start, end + 1)]
        while tokens and tokens[-1].lower_ in CONNECTORS:
            tokens.pop()
        if not tokens or _excluded(tokens) or gazetteer.is_demonym(tokens[-1].text) or _common_words(tokens):
            continue
        mention = _mention(tokens, offset)
        split = _split_direction(mention)
        if _acronym(mention.name) and not _major_place(mention.name, gazetteer):
            continue
        variant = None if gazetteer.lookup(mention.name) else _known_variant(mention, tokens, gazetteer)
        if variant is None and gazetteer.lookup(mention.name):
            found.append(mention)
        elif variant is not None:
            found.append(replace(mention, name=variant))
        elif split is not mention and gazetteer.lookup(split.name):
            found.append(split)
        elif _loose_known(mention, tokens, gazetteer):
            found.append(mention)
        elif mention.settlement and all(_is_name_token(t) or t.lower_ in CONNECTORS for t in tokens):
            # 'Mozra village', 'the town of X': a place the gazetteer may spell beyond recognition;
            # resolved only if the text also says which province it is in.
            found.append(mention)
        else:
            found.extend(_embedded(tokens, offset, gazetteer))
    return found


_PLACE_NOUNS = frozenset({"towns", "villages", "cities", "areas", "provinces", "regions", "districts",
                          "neighbourhoods", "neighborhoods", "countryside", "outskirts"})


def _common_words(tokens: Sequence[Token]) -> bool:
    """'a number of Towns and villages': a capitalised plural word for places is no place name."""
    return all(t.lower_ in _PLACE_NOUNS for t in tokens)


_NOT_NAMES = frozenset(DIRECTIONS) | COMPASS | {"central", "upper", "lower", "greater", "middle", "new", "old"}


def _acronym(name: str) -> bool:
    """'SAS', 'MoD', 'BA': short capitals name organisations far more often than places."""
    letters = name.replace(".", "")
    return len(letters) <= 4 and sum(c.isupper() for c in letters) >= 2


def _major_place(name: str, gazetteer: Gazetteer) -> bool:
    if gazetteer.country_by_name(name) is not None:
        return True
    return any(_major(c) or c.feature in ("PPLA", "ADM1") for c in gazetteer.lookup(name, limit=3))


def _embedded(tokens: Sequence[Token], offset: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'US Special Forces', 'The Washington Post', 'Air Zimbabwe': a country, province or big city at the
    edge of another name. Listed among the article's places, never an event's place."""
    for k in range(len(tokens) - 1, 0, -1):
        for part in (tokens[:k], tokens[-k:]):
            if all(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and t.lower_ not in _NOT_NAMES for t in part):
                mention = _mention(part, offset)
                if _major_place(mention.name, gazetteer):
                    return [replace(mention, qualifier=EMBEDDED)]
    return []


def _known_variant(mention: PlaceMention, tokens: Sequence[Token], gazetteer: Gazetteer) -> str | None:
    """'Tall Elwardi', 'Big Sandaliyah': a spelling of the name (variants.tsv) that the gazetteer knows, exactly or,
    where the text marks a place, loosely. A compass word is read as part of the name only when the rest
    is no region or great city ('western Aleppo' is a part of Aleppo)."""
    rest = mention.name.partition(" ")[2]
    directions = not (rest and _major_place(rest, gazetteer))
    placed = tokens[0].ent_type_ in _PLACE_ENTS or _locative(tokens[0], tokens[-1])
    for variant in name_variants(mention.name, directions=directions):
        if gazetteer.lookup(variant) or (placed and gazetteer.loose_countries(variant)):
            return variant
    return None


def _loose_known(mention: PlaceMention, tokens: Sequence[Token], gazetteer: Gazetteer) -> bool:
    """A name spelled unlike any gazetteer entry but with the consonants of one ('Kafr Zeita'); only where
    the text marks it as a place, since a skeleton matches many words."""
    placed = tokens[0].ent_type_ in _PLACE_ENTS or _locative(tokens[0], tokens[-1])
    return placed and bool(gazetteer.loose_countries(mention.name))


def find_anaphora(sent: SpacySpan, offset: int) -> list[PlaceMention]:
    """Definite references to a place named earlier: 'the area', 'the whole province'."""
    found = []
    for tok in sent:
        if tok.lower_ not in ANAPHORA or tok.dep_ not in ("pobj", "dobj", "nsubj"):
            continue
        dets = [c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
        named_after = tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ == "of" and tok.nbor(2).pos_ == "PROPN"
        if dets and not named_after and not any(c.dep_ in ("compound", "poss") for c in tok.lefts):
            first = dets[0]
            text = doc_text(sent.doc)[first.idx : tok.idx + len(tok.text)]
            span = Span(offset + first.idx, offset + tok.idx + len(tok.text), text)
            found.append(PlaceMention(tok.lower_, span, first.i, tok.i, prefer_admin=tok.lower_ in ADMIN_WORDS,
                                      anaphoric=True))
    return found


def focus_country(mentions: Sequence[PlaceMention], gazetteer: Gazetteer, hint: str | None = None,
                  demonyms: Sequence[str] = ()) -> str | None:
    """The country most of the article's places belong to (a caller's hint wins)."""
    if hint:
        return hint
    votes: dict[str, float] = {}
    for word in demonyms:
        country = gazetteer.country_by_name(word)
        if country is not None:
            votes[country.country] = votes.get(country.country, 0.0) + 0.5
    for mention in mentions:
        country = gazetteer.country_by_name(mention.name)
        if country is not None:
            votes[country.country] = votes.get(country.country, 0.0) + 0.5
            continue
        candidates = gazetteer.lookup(mention.name)
        if candidates:
            best = max(candidates, key=lambda e: e.population)
            major = best.population >= 50_000 or best.feature.startswith(("ADM1", "PPLA", "PPLC"))
            votes[best.country] = votes.get(best.country, 0.0) + (1.0 if major else 0.3)
    return max(votes, key=votes.__getitem__) if votes else None


def precision_of(entry: GeoEntry, qualifier: str | None) -> int:
    """ACLED geo_precision: 1 a town, 2 near a town or part of a region, 3 a region or larger."""
    admin = entry.feature.startswith(("ADM", "PCL")) or entry.feature in ("RGN", "region", "country")
    if admin:
        return 2 if qualifier in DIRECTIONS.values() or qualifier in COMPASS else 3
    return 2 if qualifier else 1


FOREIGN_MIN_POPULATION = 100_000
MAJOR_POPULATION = 500_000


def _plausible(candidates: Sequence[GeoEntry], focus: str | None, *, settlement: bool = False) -> list[GeoEntry]:
    """In an article about one country, its own places; elsewhere only capitals, provinces and big cities,
    so that an unknown village does not land on a namesake hamlet on another continent."""
    if focus is None:
        return list(candidates)
    local = [c for c in candidates if c.country == focus]
    foreign = [c for c in candidates if c.country != focus
               and (c.feature.startswith(("PCL", "ADM1", "PPLC")) or c.population >= FOREIGN_MIN_POPULATION)]
    if not local:
        return foreign
    if settlement:
        # 'the village of X': a local namesake village, never a foreign capital or province.
        return local
    if max(c.population for c in local) < FOREIGN_MIN_POPULATION and not any(map(_major, local)):
        # A small local namesake does not hide London or Edmonton: the ranker weighs them with the focus prior.
        return local + [c for c in foreign if _major(c)]
    return local


FAMOUS_POPULATION = 1_000_000


def _famous(entry: GeoEntry) -> bool:
    return entry.feature.startswith(("PCL", "ADM1", "PPLC")) or entry.population >= FAMOUS_POPULATION


def _major(entry: GeoEntry) -> bool:
    return entry.feature.startswith(("PCL", "ADM1", "PPLC")) or entry.population >= MAJOR_POPULATION


# A consonant-skeleton match is only taken when the spellings are this alike, and then only the closest.
LOOSE_MIN_SIMILARITY = 0.5
LOOSE_SLACK = 0.1


def spelling_similarity(query: str, name: str) -> float:
    """How alike two normalised spellings are, 0 to 1; a gazetteer name with extra trailing words
    ('Tulul Salmu ash Shamali' for 'Tal Silmo') is compared on as many words as the query has."""
    head = " ".join(name.split()[: len(query.split())])
    return max(SequenceMatcher(None, query, candidate).ratio() for candidate in {name, head})


def loose_candidates(name: str, gazetteer: Gazetteer, country: str) -> list[GeoEntry]:
    """Places of `country` spelled otherwise but with the same consonants, the closest spellings only."""
    query = normalize_name(name)
    scored = [(spelling_similarity(query, normalize_name(e.name)), e)
              for e in gazetteer.lookup_loose(name, country=country)]
    scored = [(score, e) for score, e in scored if score >= LOOSE_MIN_SIMILARITY]
    if not scored:
        return []
    best = max(score for score, _ in scored)
    return [e for score, e in scored if score >= best - LOOSE_SLACK]


def _candidates(mention: PlaceMention, gazetteer: Gazetteer, focus: str | None) -> list[GeoEntry]:
    candidates = _plausible(gazetteer.lookup(mention.name, country=focus), focus, settlement=mention.settlement)
    if focus is not None and not any(c.country == focus for c in candidates):
        # Spelled otherwise in the gazetteer: a place of the focus country with the same consonants.
        candidates = loose_candidates(mention.name, gazetteer, focus) or candidates
    if mention.settlement:
        towns = [c for c in candidates if c.feature.startswith("PPL")]
        candidates = towns or candidates
    return candidates


@dataclass(frozen=True, slots=True)
class Within:
    """The larger place the text puts a mention in, and whether it means the province or the vicinity."""

    entry: GeoEntry
    regional: bool
    binding: bool = True
    direction: str = ""
    district_km: float | None = None


def _inside(mention: PlaceMention, gazetteer: Gazetteer, candidates: list[GeoEntry],
            within: Within) -> list[GeoEntry]:
    """The candidates inside the container, those of its province first (exact, then spelled alike), then
    those near it over the province border."""
    regional = within.regional and is_regional(within.entry)
    inner = [c for c in candidates if inside(c, within.entry, regional=within.regional)]
    if regional and not any(same_region(c, within.entry) for c in inner):
        # A namesake over the province border is weaker evidence than the province's own town spelled alike.
        own = [c for c in loose_candidates(mention.name, gazetteer, within.entry.country)
               if same_region(c, within.entry)]
        inner = own or _regional_match(mention.name, gazetteer, within) or inner
    if not inner:
        # A looser spelling is weaker evidence: only in the province itself, not just near it.
        inner = [c for c in loose_candidates(mention.name, gazetteer, within.entry.country)
                 if (same_region(c, within.entry) if regional else inside(c, within.entry, regional=False))]
    if regional:
        inner = [c for c in inner if same_region(c, within.entry)] or inner
    if within.direction and len(inner) > 1:
        inner = [c for c in inner if in_direction(c, within.entry, within.direction)] or inner
    return inner


def resolve(mention: PlaceMention, gazetteer: Gazetteer, *, focus: str | None,
            near: Sequence[tuple[float, float]] = (), within: Within | None = None) -> Place | None:
    """The gazetteer entry the mention most likely names, with its precision, or None.
    With `within`, only candidates inside that place; when there are none, the place itself, as the
    area the unknown town lies in (geo_precision 2)."""
    country = gazetteer.country_by_name(mention.name)
    if country is not None:
        return Place(mention.name, mention.span, country, 3, mention.qualifier, country.lat, country.lon)
    candidates = _candidates(mention, gazetteer, focus)
    if focus is not None and not mention.marked:
        # 'killed two Maasai': a name the text does not mark as a place is a place abroad only if it is a
        # country, a capital, a province or a great city.
        candidates = [c for c in candidates if c.country == focus or _famous(c)]
    if not candidates and within is None and mention.settlement and focus is not None:
        candidates = _country_match(mention.name, gazetteer, focus)
    if (within is not None and mention.quarter and _town_of_quarters(within.entry)
            and not any(c.population >= QUARTER_POPULATION or _major(c) for c in candidates)):
        # 'the X neighbourhood of Y city': X is in Y, whatever namesakes X has elsewhere.
        town = within.entry
        candidates = [c for c in candidates if haversine_km(c.lat, c.lon, town.lat, town.lon) <= QUARTER_KM]
        if not candidates:
            return Place(mention.span.text, mention.span, town, 1, mention.qualifier, town.lat, town.lon)
    if within is not None:
        inner = _inside(mention, gazetteer, candidates, within) or _regional_match(mention.name, gazetteer, within)
        if within.district_km is not None:
            # 'in the Y sub-district': around Y's town, a sub-district closer than a place said to be near it
            seat, reach = within.entry, within.district_km
            inner = [c for c in inner if haversine_km(c.lat, c.lon, seat.lat, seat.lon) <= reach]
        if not inner and within.binding:
            outer = within.entry
            return Place(mention.span.text, mention.span, outer, 2, mention.qualifier or "area", outer.lat, outer.lon)
        candidates = inner or candidates
    entry, ambiguous = choose(candidates, country_focus=focus, near=near, prefer_admin=mention.prefer_admin)
    if entry is None:
        return None
    return Place(mention.span.text, mention.span, entry, precision_of(entry, mention.qualifier),
                 mention.qualifier, entry.lat, entry.lon, ambiguous)


# In one province a spelling may stray further: the same short skeleton with a fair likeness, or a
# close spelling.
REGION_SKELETON = 2
REGION_SIMILARITY = 0.85
REGION_SKELETON_SIMILARITY = 0.6
COUNTRY_SKELETON_SIMILARITY = 0.7
# Country-wide only the same skeleton is searched: a close spelling alone is too costly to look for there.
COUNTRY_SIMILARITY = 2.0
_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath"})


def _bare(name: str) -> str:
    return " ".join(w for w in normalize_name(name).split() if w not in _ARTICLES)


@lru_cache(maxsize=256)
def _spellings(gazetteer: Gazetteer, country: str, admin1: str | None) -> tuple[tuple[GeoEntry, str, str | None], ...]:
    """The towns of a province (or country) with their bare spellings and short skeletons, once."""
    out = []
    for entry in gazetteer.region(country, admin1):
        if entry.feature.startswith("PPL"):
            bare = _bare(entry.name)
            out.append((entry, bare, skeleton_of_key(bare, country, REGION_SKELETON)))
    return tuple(out)


def _near_length(query: str, bare: str, words: int, likeness: float) -> bool:
    """Whether two spellings (or the name's first words) are close enough in length to be that alike."""
    head = " ".join(bare.split()[:words])
    slack = 2 * (1 - likeness)
    return any(abs(len(x) - len(query)) <= slack * max(len(x), len(query)) for x in (bare, head))


def _spelled_like(name: str, places: Sequence[tuple[GeoEntry, str, str | None]], country: str, *,
                  skeleton_likeness: float, likeness: float) -> list[GeoEntry]:
    """The towns among `places` spelled like `name`: the same short skeleton and some likeness, or a
    close spelling; only the closest."""
    query = _bare(name)
    skeleton = skeleton_of_key(query, country, REGION_SKELETON)
    words = len(query.split())
    scored = []
    for entry, bare, other in places:
        same = skeleton is not None and other == skeleton
        if not same and (likeness > 1 or not _near_length(query, bare, words, likeness)):
            continue
        similar = spelling_similarity(query, bare)
        if (same and similar >= skeleton_likeness) or similar >= likeness:
            scored.append((similar + (1.0 if same else 0.0), entry))
    if not scored:
        return []
    best = max(score for score, _ in scored)
    return [e for score, e in scored if score >= best - LOOSE_SLACK]


@lru_cache(maxsize=1024)
def _regional_match(name: str, gazetteer: Gazetteer, within: Within) -> list[GeoEntry]:
    """The places of the container's province (or near the container town) spelled like `name`, when
    neither the exact nor the loose index knows the spelling ('Mozra' for Mawzarah in Idlib)."""
    outer = within.entry
    if not outer.admin1:
        return []
    region = [p for p in _spellings(gazetteer, outer.country, outer.admin1) if p[0].geonameid != outer.geonameid]
    if not (within.regional and is_regional(outer)):
        region = [p for p in region if inside(p[0], outer, regional=False)]
    return _spelled_like(name, region, outer.country, skeleton_likeness=REGION_SKELETON_SIMILARITY,
                         likeness=REGION_SIMILARITY)


def _country_match(name: str, gazetteer: Gazetteer, country: str) -> list[GeoEntry]:
    """'the village of X' with no province named: the country's towns spelled very like X."""
    return _spelled_like(name, _spellings(gazetteer, country, None), country,
                         skeleton_likeness=COUNTRY_SKELETON_SIMILARITY, likeness=COUNTRY_SIMILARITY)


def within_of(place: Place | None, link: Container, *, inherited: bool = False) -> Within | None:
    """The constraint a resolved container puts on the mention before it. It binds (an unknown town is
    coded to the container) after 'in <province>' and 'near <town>'; after a bare comma ('X, Y', often a
    list) or 'in' a place that resolved to a mere village (likely the wrong namesake) it only prefers."""
    if place is None or place.entry is None or place.entry.feature.startswith("PCL"):
        return None
    if link.comma and not place.entry.feature.startswith("ADM"):
        return None
    if inherited:
        # The container was itself only placed in its province: so is this mention.
        return Within(place.entry, True, is_regional(place.entry))
    district = link.district_km is not None
    binding = not link.comma and (link.near or district or is_regional(place.entry))
    return Within(place.entry, link.regional and not link.near and not district, binding, link.direction,
                  link.district_km)
