"""Place mentions in parsed text, their qualifiers, and their resolution against the gazetteer."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwire.extract.hierarchy import (
    EMBEDDED, city_after, direction_after, direction_before, in_direction, inside, is_regional, same_region,
)
from frontwire.extract.times import time_vocab
from frontwire.geo.loose import glide_key, rules_for, skeleton_of_key, vowel_folded
from frontwire.geo.normalize import normalize_name
from frontwire.geo.rank import choose, haversine_km
from frontwire.geo.shorthand import admin_abbreviations, facility_words, local_body_words
from frontwire.geo.variants import dropped_heads, name_variants
from frontwire.read.vocab import news_sources
from frontwire.nlp.text import doc_text
from frontwire.models import GeoEntry, Place, Span

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from frontwire.extract.hierarchy import Container
    from frontwire.geo.gazetteer import Candidate, Gazetteer

DIRECTIONS = {
    "northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "central",
    "northwestern": "northwest", "northeastern": "northeast", "southwestern": "southwest",
    "southeastern": "southeast", "north-western": "northwest", "north-eastern": "northeast",
    "south-western": "southwest", "south-eastern": "southeast", "rural": "rural",
}
COMPASS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast"}
NEAR_WORDS = {"near": "near", "around": "around", "outside": "near", "outskirts": "outskirts",
              "countryside": "countryside", "area": "area", "vicinity": "near", "surroundings": "near",
              "desert": "countryside"}  # 'the desert of X': the open country of X's province
ADMIN_WORDS = frozenset({"province", "governorate", "region", "district", "state", "county", "oblast",
                         "prefecture", "department", "muhafazah", "wilayah"})
# Offices and bodies of a state or province: 'the Quebec government', 'New York Gov. X' name the unit.
GOVERNMENT_WORDS = frozenset({"government", "premier", "governor", "gov.", "legislature", "lawmakers"})
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
# A place name before one of these (in lower case) names a street after the place: 'the Haifa street area'.
STREET_WORDS = frozenset({"street", "avenue", "boulevard"})
ANAPHORA = frozenset({"area", "province", "city", "town", "village", "region", "governorate", "district"})
CONNECTORS = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath", "ez", "es", "ed", "ul", "ud",
                        "adh", "-", "de", "of", "bin", "bani", "abu", "umm", "'", "’"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_EXCLUDED_ENTS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_NOT_PLACE_ENTS = _EXCLUDED_ENTS - {"PERSON"}


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
    entry: GeoEntry | None = None  # already known from the words themselves ('Ky.' is Kentucky)
    determined: bool = False  # 'the Atlantic', 'the Gulf': a sea or a region, hardly a small town
    natural: bool = False  # tagged as a location that is no settlement (a sea, a region, a range)
    quarter: bool = False
    beside: GeoEntry | None = None  # 'Kafr X Atarib': the town the village's name is given with, to tell namesakes apart
    town_named: bool = False  # 'the Aleppo neighbourhood of X': the quarter's town is named before it
    city_named: bool = False  # 'X city': the text says the name is a town, not the district or province


_ARTICLED = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-['’‘`]?[A-Z]")


def _is_name_token(tok: Token) -> bool:
    """A proper name's word: tagged so, capitalised inside the sentence, or an Arabic article glued to a
    capitalised name ('al-'Amiriyah')."""
    capital = tok.is_title or (tok.text[:1].isupper() and tok.text[1:2].islower())  # "Dar'a", "McAllen"
    return (tok.pos_ == "PROPN" or (capital and tok.pos_ in ("NOUN", "ADJ") and tok.i > tok.sent.start)
            or bool(_ARTICLED.match(tok.text)))


def _name_follows(toks: Sequence[Token], k: int) -> bool:
    """Whether a name word comes at position k, or right after a hyphen there ('an - Nu'man')."""
    if k < len(toks) and toks[k].text == "-":
        k += 1
    return k < len(toks) and _is_name_token(toks[k])


def _runs(sent: SpacySpan) -> list[tuple[int, int]]:
    """Maximal runs of proper-name tokens, joined across name connectors such as al- and hyphens."""
    runs, start = [], None
    toks = list(sent)
    for k, tok in enumerate(toks):
        inside = start is not None and tok.lower_ in CONNECTORS and _name_follows(toks, k + 1)
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
    listed = before in ("and", "or") and i > 0 and (doc[i - 1].ent_type_ in _PLACE_ENTS or _marked_before(doc[i - 1]))
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
            or heads_list or nested or among or _site_after(last))


def _marked_before(last: Token) -> bool:
    """'the towns of X and Y': whether the name ending at `last`, listed before another, is marked as a place."""
    if not _is_name_token(last):
        return False
    first = last
    while first.i > first.sent.start and _is_name_token(first.doc[first.i - 1]):
        first = first.doc[first.i - 1]
    return _locative(first, last)


def _site_after(last: Token) -> bool:
    """'the X military airport', 'the X airbase': a site word after the name, perhaps after one lowercase
    adjective, says the site is named after the place it lies at."""
    doc, k = last.doc, last.i + 1
    if k + 1 < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].lower_ in FACILITY_WORDS


_PLURAL_SETTLEMENTS = frozenset({"towns", "villages", "cities", "neighbourhoods", "neighborhoods", "suburbs", "hamlets"})


def _natural_feature(last: Token) -> bool:
    """'the Shabelle river', 'the Nuba mountains': a feature, not a settlement an event is coded to."""
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].lower_ in NATURAL_WORDS


def _attached(last: Token) -> bool:
    """'Britain-based', 'Russian-led', 'the Haifa street': the name qualifies something else."""
    doc = last.doc
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ in STREET_WORDS and doc[last.i + 1].is_lower:
        return True
    return last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].lower_ in ATTACHED_WORDS


# Prefixes that make a name say what something is for or against ('a pro-X rally', 'anti-X slogans').
STANCE_PREFIXES = frozenset({"pro", "anti"})


def _stance_prefixed(first: Token) -> bool:
    """'a pro-X demonstration': the name says what the thing is for or against, not where it is."""
    doc, i = first.doc, first.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES


def _excluded_words(doc_tokens: Sequence[Token]) -> bool:
    """Brackets, 'Britain-based', 'the X river', or a date, number or person's name among the words."""
    if any(t.text in "[]()" for t in doc_tokens) or _attached(doc_tokens[-1]) or _natural_feature(doc_tokens[-1]):
        return True
    if any(t.ent_type_ in _EXCLUDED_ENTS for t in doc_tokens):
        if _town_misread_as_time(doc_tokens):
            return False
        named_person = any(t.ent_type_ == "PERSON" for t in doc_tokens)
        return not (named_person and _locative(doc_tokens[0], doc_tokens[-1]))
    return False


def _town_misread_as_time(doc_tokens: Sequence[Token]) -> bool:
    """'the town of X', 'X village' where the tagger took X for a date or a number: the text says it is a town,
    and none of its words is a numeral, a month, a weekday or a word of time ('the village of Sunday' stays out)."""
    if not _settlement(doc_tokens[0], doc_tokens[-1]) or any(t.ent_type_ == "PERSON" for t in doc_tokens):
        return False
    vocab = time_vocab()
    return not any(any(c.isdigit() for c in t.text) or t.text in vocab.months or t.text in vocab.weekdays
                   or t.lower_ in vocab.daywords or t.lower_ in vocab.units or t.lower_ in vocab.qty
                   for t in doc_tokens)


def _initial_capital(doc_tokens: Sequence[Token]) -> bool:
    """One word, capitalised only because it starts the sentence as far as the tagger can tell."""
    return len(doc_tokens) == 1 and _sentence_initial(doc_tokens[0]) and doc_tokens[0].ent_type_ not in _PLACE_ENTS


_DATELINE_MARKS = frozenset({",", "-", "--", "–", "—", "(", ":"})


def _dateline(doc_tokens: Sequence[Token]) -> bool:
    """'INNISFAIL - ...', 'WASHINGTON (AP)': capitals opening the text before a comma, dash or bracket."""
    doc, last = doc_tokens[0].doc, doc_tokens[-1]
    capitals = all(t.text.isupper() and sum(c.isalpha() for c in t.text) >= 2 for t in doc_tokens)
    after = doc[last.i + 1].text if last.i + 1 < len(doc) else ""
    return doc_tokens[0].i == 0 and capitals and after[:1] in {m[:1] for m in _DATELINE_MARKS}


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
        admin = nxt in ADMIN_WORDS or nxt in GOVERNMENT_WORDS
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
                        marked=_marked(first, last), determined=_determined(first, last),
                        natural=first.ent_type_ == "LOC", quarter=_quarter(first, last),
                        town_named=_town_before_quarter(first), city_named=_city_named(last))


def _city_named(last: Token) -> bool:
    """'X city': the word after the name says it is a town."""
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "city"


def _determined(first: Token, last: Token) -> bool:
    """'the Atlantic', 'the tropical Atlantic': 'the' (and lowercase adjectives) before a name that heads its
    phrase."""
    doc, i = first.doc, first.i - 1
    while i > 0 and doc[i].is_lower and (doc[i].pos_ == "ADJ" or doc[i].lower_ in DIRECTIONS):
        i -= 1
    before = doc[i].lower_ if i >= 0 else ""
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # 'the X and Y areas', 'the X, Y and Z areas': 'the' belongs to the list's head noun
    comma_list = after is not None and after.text == "," and after.i + 1 < len(doc) and doc[after.i + 1].pos_ == "PROPN"
    listed = comma_list or (after is not None and after.lower_ in ("and", "or", "to", "-", "–", "/", "&"))
    return before == "the" and not listed and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))


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


def _town_part(mention: PlaceMention, within: Within) -> bool:
    """Whether the text makes the mention a part of the town it lies in: a quarter of a town ('the X
    neighbourhood in Y'), or a quarter or area of a place it calls a town ('the X area in Y city')."""
    town = within.entry.feature.startswith("PPL")
    if within.town and town:
        return mention.quarter or mention.qualifier == "area"
    return mention.quarter and (_town_of_quarters(within.entry) or town)


def _town_before_quarter(first: Token) -> bool:
    """'the Aleppo neighbourhood of X': a name stands before the quarter word that leads to the mention."""
    doc = first.doc
    return (first.i >= 3 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ in QUARTER_WORDS
            and doc[first.i - 3].pos_ == "PROPN")


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
    for start, end in _joined_countries(_runs(sent), sent, gazetteer):
        for tokens in _split_abbreviations([sent.doc[i] for i in range(start, end + 1)]):
            if _abbreviation_form(tokens[-1]) in admin_abbreviations():
                # 'Ky.' is Kentucky where it can be; elsewhere no name of a place at all.
                abbreviation = _abbreviation(tokens[-1], offset, gazetteer)
                found.extend([abbreviation] if abbreviation is not None else [])
            else:
                found.extend(_run_mentions(tokens, offset, gazetteer))
    return found


def _joined_countries(runs: list[tuple[int, int]], sent: SpacySpan, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """'Trinidad and Tobago', 'Bosnia and Herzegovina': two runs joined by 'and' that name one country."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        if out and start == out[-1][1] + 2 and sent.doc[start - 1].lower_ in ("and", "&"):
            joined = doc_text(sent.doc)[sent.doc[out[-1][0]].idx : sent.doc[end].idx + len(sent.doc[end].text)]
            if gazetteer.country_by_name(joined) is not None:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def _split_abbreviations(tokens: list[Token]) -> list[list[Token]]:
    """A run cut before and after each state abbreviation in it ('Paris, Mo. - Farmers'), connectors
    trimmed from the ends of the pieces."""
    pieces: list[list[Token]] = [[]]
    for tok in tokens:
        if _abbreviation_form(tok) in admin_abbreviations():
            pieces += [[tok], []]
        else:
            pieces[-1].append(tok)
    out = []
    for piece in pieces:
        while piece and piece[-1].lower_ in CONNECTORS:
            piece.pop()
        while piece and piece[0].lower_ in CONNECTORS and piece[0].text in "-'’":
            piece.pop(0)
        if piece:
            out.append(piece)
    return out


# Connectors that are also English words: 'Syria as Turkish forces' is two names, not one.
_WORD_CONNECTORS = frozenset({"as", "at", "an"})


def _english_pieces(tokens: list[Token], gazetteer: Gazetteer) -> list[list[Token]]:
    """The run cut at lowercase 'as', 'at', 'an' when the whole is no known name and each piece is a
    place name or a nationality word; else the run whole."""
    cuts = [k for k, t in enumerate(tokens) if t.text in _WORD_CONNECTORS and 0 < k < len(tokens) - 1]
    if not cuts:
        return [tokens]
    bounds = [-1, *cuts, len(tokens)]
    pieces = [tokens[a + 1 : b] for a, b in zip(bounds, bounds[1:])]
    whole = doc_text(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if gazetteer.lookup(whole) or gazetteer.loose_countries(whole):
        return [tokens]
    return pieces if all(_known_piece(p, gazetteer) for p in pieces) else [tokens]


def _known_piece(piece: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether some words are a nationality word or a name the gazetteer knows."""
    name = doc_text(piece[0].doc)[piece[0].idx : piece[-1].idx + len(piece[-1].text)]
    return gazetteer.is_demonym(name) or bool(gazetteer.lookup(name))


def _joined_attachment(tok: Token, offset: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """'U.S.-led' kept as one word: the place before '-led', '-based', listed as embedded."""
    head, dash, tail = tok.text.rpartition("-")
    if not dash or not head or tail.lower() not in ATTACHED_WORDS:
        return None
    if gazetteer.country_by_name(head) is None and not gazetteer.lookup(head):
        return None
    start = offset + tok.idx
    return PlaceMention(head, Span(start, start + len(head), head), tok.i, tok.i, EMBEDDED)


def _run_mentions(tokens: list[Token], offset: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The place mentions of one proper-name run: the whole run, a part of it, or none."""
    pieces = _english_pieces(tokens, gazetteer)
    if len(pieces) > 1:
        return [m for piece in pieces for m in _run_mentions(piece, offset, gazetteer)]
    if gazetteer.is_demonym(tokens[-1].text) or _common_words(tokens) or _lone_facility(tokens):
        return []
    joined = _joined_attachment(tokens[-1], offset, gazetteer) if len(tokens) == 1 else None
    if joined is not None:
        return [joined]
    if ((_attached(tokens[-1]) or _stance_prefixed(tokens[0]))
            and not any(t.text in "[]()" or t.ent_type_ in _EXCLUDED_ENTS for t in tokens)):
        # 'the Britain-based monitor': a place, listed, that qualifies something else (never an event's place).
        mention = _mention(tokens, offset)
        known = gazetteer.country_by_name(mention.name) is not None or bool(gazetteer.lookup(mention.name))
        return [replace(mention, qualifier=EMBEDDED)] if known else []
    if _excluded_words(tokens) and not _misread_province(tokens, gazetteer):
        return _before_person(tokens, offset, gazetteer)
    if _initial_capital(tokens) and not _dateline(tokens) and not _initial_major(tokens[0], gazetteer):
        return []
    old_city = _old_city_town(tokens, offset, gazetteer)
    if old_city is not None:
        return [old_city]
    mention = _mention(tokens, offset)
    if _dateline(tokens):
        mention = replace(mention, marked=True)
    split = _split_direction(mention)
    if _acronym(mention.name) and not _major_place(mention.name, gazetteer):
        return []
    if gazetteer.lookup(mention.name) or gazetteer.country_by_name(mention.name) is not None:
        return [mention]  # a place, or a country by one of its other names ('the UAE', 'DPRK')
    variant = _known_variant(mention, tokens, gazetteer)
    if variant is not None:
        return [replace(mention, name=variant)]
    if split is not mention and gazetteer.lookup(split.name):
        return [split]
    if _loose_known(mention, tokens, gazetteer):
        return [mention]
    paired = _with_town(tokens, mention, offset, gazetteer)
    if paired is not None:
        return [paired]
    if len(tokens) > 1 and tokens[-1].lower_ in FACILITY_WORDS:
        # 'Atmah Camp', 'Tishreen Dam': an unknown site named after the place it lies at
        return _run_mentions(tokens[:-1], offset, gazetteer)
    if mention.settlement and all(_is_name_token(t) or t.lower_ in CONNECTORS for t in tokens):
        # 'Mozra village', 'the town of X': a place the gazetteer may spell beyond recognition;
        # resolved only if the text also says which province it is in.
        return [mention]
    return _embedded(tokens, offset, gazetteer)


# The words that name a town's historic centre before or after the town's name ('the Old City of X', 'X Old Town').
OLD_CITY_WORDS = frozenset({("old", "city"), ("old", "town")})


def _old_city_town(tokens: list[Token], offset: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """'the Old City of X', 'Old City X', 'X Old City': a quarter of the known town X, named by X's name."""
    words = tuple(t.lower_ for t in tokens)
    if len(words) < 3:
        return None
    if words[:2] in OLD_CITY_WORDS:
        town = tokens[3:] if words[2] == "of" else tokens[2:]
    elif words[-2:] in OLD_CITY_WORDS:
        town = tokens[:-2]
    else:
        return None
    if not town or not all(_is_name_token(t) or t.lower_ in CONNECTORS for t in town):
        return None
    name = _mention(town, offset).name
    if not any(e.feature.startswith("PPL") for e in gazetteer.lookup(name, limit=5)):
        return None
    return replace(_mention(tokens, offset), name=name, quarter=True)


# Towns a village's name may be followed by to tell it from its namesakes ('Kafr X Atarib'): seats of a
# district or sub-district, or of a province.
BESIDE_FEATURES = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLC"})
# The village lies this near the town named with it.
BESIDE_KM = 30.0
_GLUED_ARTICLES = ("el", "al")


def _seat_named(words: str, gazetteer: Gazetteer) -> GeoEntry | None:
    """The district seat or city these words name exactly, also with a glued article ('Elatareb')."""
    spellings = [words]
    low = words.casefold()
    if low.startswith(_GLUED_ARTICLES) and len(words) > 4 and " " not in words:
        spellings.append(words[2:])
    for spelling in spellings:
        for entry in gazetteer.lookup(spelling, limit=5):
            if entry.feature in BESIDE_FEATURES:
                return entry
    return None


def _with_town(tokens: list[Token], whole: PlaceMention, offset: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """'Kafr X Tal Y village', 'X Afrin': an unknown name that is a known village's name followed by the name of
    a district seat near one of its namesakes is that village, told apart by the town."""
    for k in range(len(tokens) - 1, 0, -1):
        head, tail = tokens[:k], tokens[k:]
        if head[-1].lower_ in CONNECTORS or head[-1].text == "-" or not _is_name_token(head[-1]):
            continue
        town = _seat_named(doc_text(tokens[0].doc)[tail[0].idx : tail[-1].idx + len(tail[-1].text)], gazetteer)
        if town is None:
            continue
        part = _mention(head, offset)
        if any(haversine_km(c.lat, c.lon, town.lat, town.lon) <= BESIDE_KM for c in _beside_candidates(part.name, gazetteer, town)):
            return replace(part, qualifier=whole.qualifier, settlement=whole.settlement, marked=whole.marked,
                           beside=town)
    return None


def _beside_candidates(name: str, gazetteer: Gazetteer, town: GeoEntry) -> list[GeoEntry]:
    """The places of the town's country called `name`, exactly or spelled alike."""
    exact = [e for e in gazetteer.lookup(name, country=town.country) if e.country == town.country]
    return exact + gazetteer.lookup_loose(name, country=town.country)


# Sites named after the town or village they lie at or by: 'X Camp', 'X Airbase', 'X Dam'.
FACILITY_WORDS = frozenset({"camp", "dam", "airport", "airbase", "base", "prison", "crossing", "checkpoint",
                            "roundabout"})
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


def _name_part(part: Sequence[Token]) -> bool:
    """Whether a part of a longer name may be a place name: 'New York', never 'New' or 'Northern' alone."""
    return part[-1].lower_ not in _NOT_NAMES and part[0].lower_ not in DIRECTIONS


def _major_place(name: str, gazetteer: Gazetteer) -> bool:
    if gazetteer.country_by_name(name) is not None:
        return True
    return any(_major(c) or c.feature in ("PPLA", "ADM1") for c in gazetteer.lookup(name, limit=3))


def _initial_major(tok: Token, gazetteer: Gazetteer) -> bool:
    """'Edmonton needs ...': a sentence-initial word that is a country or a great city, not a person."""
    return tok.ent_type_ not in _EXCLUDED_ENTS and tok.lower_ not in _NOT_NAMES and _major_known(tok.text, gazetteer)


def _major_known(name: str, gazetteer: Gazetteer) -> bool:
    """A country, or a place by that name that is a province, a capital or a city of half a million."""
    if gazetteer.country_by_name(name) is not None:
        return True
    return any(_major(c) for c in gazetteer.lookup(name, limit=3))


def _misread_province(tokens: Sequence[Token], gazetteer: Gazetteer) -> bool:
    """'Tamil Nadu said ...', 'Trinidad and Tobago' tagged (in part) as a person: a name of two or more words
    that is exactly a country's or a province's name is the place."""
    if len(tokens) < 2 or not any(t.ent_type_ == "PERSON" for t in tokens) \
            or any(t.ent_type_ in _NOT_PLACE_ENTS for t in tokens):
        return False
    name = doc_text(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if gazetteer.country_by_name(name) is not None:
        return True
    key = normalize_name(name)
    return any(e.feature == "ADM1" and normalize_name(e.name) == key for e in gazetteer.lookup(name, limit=5))


def _before_person(tokens: Sequence[Token], offset: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'U.S. District Judge Jane Roe', 'Calgary Mayor John Doe': a country or big city before a person's
    title and name, listed like a place inside another name."""
    head: list[Token] = []
    for tok in tokens:
        if tok.ent_type_ == "PERSON" or tok.ent_type_ in _EXCLUDED_ENTS:
            break
        head.append(tok)
    tail = _after_person(tokens)
    after = _run_mentions(tail, offset, gazetteer) if tail else []
    if not head or len(head) == len(tokens) or any(t.text in "[]()" for t in head):
        return after
    whole = _mention(head, offset)
    known = bool(gazetteer.lookup(whole.name)) or gazetteer.country_by_name(whole.name) is not None
    if tokens[len(head)].ent_type_ != "PERSON" and known:
        return [whole, *after]  # 'in New York Saturday': the place before a date
    if len(head) == 1:
        mention = _mention(head, offset)
        keep = (head[0].pos_ == "PROPN" and head[0].lower_ not in _NOT_NAMES
                and _major_by_own_name(mention.name, gazetteer))
        return ([replace(mention, qualifier=EMBEDDED)] if keep else []) + after
    return _embedded(head, offset, gazetteer) + after


def _after_person(tokens: Sequence[Token]) -> list[Token]:
    """'Jane Roe of Edmonton': the words after a person's name and a following 'of', if any."""
    last = max((k for k, t in enumerate(tokens) if t.ent_type_ == "PERSON"), default=-1)
    if last < 0 or last + 2 >= len(tokens) or tokens[last + 1].lower_ != "of":
        return []
    tail = list(tokens[last + 2 :])
    return [] if not tail[0].text[:1].isupper() or any(t.ent_type_ in _EXCLUDED_ENTS for t in tail) else tail


def _abbreviation_form(tok: Token) -> str:
    """The word as an abbreviation is written: 'Man' with the full stop the tagger split off ('Man. her')."""
    doc = tok.doc
    split_stop = (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "." and doc[tok.i + 1].idx == tok.idx + len(tok.text))
    return tok.text + "." if split_stop and not tok.text.endswith(".") else tok.text


def _abbreviation(tok: Token, offset: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """'Paris, Mo.', 'Louisville, KY', 'in B.C.': a state or province abbreviation, as the unit it names;
    the shorter ones only right after 'Town,', a number before 'B.C.' makes it a year."""
    form = _abbreviation_form(tok)
    known = admin_abbreviations().get(form)
    if known is None:
        return None
    doc, i = tok.doc, tok.i
    after_town = i >= 2 and doc[i - 1].text == "," and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha
    # A word before a full stop may be the word itself ('... in Alta.'): only 'Town, Alta.' is the province.
    anywhere = known.anywhere and form == tok.text and not (i > 0 and doc[i - 1].like_num)
    if not (after_town or anywhere):
        return None
    entry = gazetteer.admin1_entry(known.country, known.admin1)
    if entry is None:
        return None
    span = Span(offset + tok.idx, offset + tok.idx + len(tok.text), tok.text)
    return PlaceMention(entry.name, span, i, i, prefer_admin=True, entry=entry)


def _embedded(tokens: Sequence[Token], offset: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'US Special Forces', 'The Washington Post', 'Air Zimbabwe': a country, province or big city at the
    edge of another name, or any town before its own council, police or mayor ('Bicester Council'). Listed
    among the article's places, never an event's place."""
    for k in range(len(tokens) - 1, 0, -1):
        for part in (tokens[:k], tokens[-k:]):
            if _facility_head(part):
                continue  # 'the Convention Centre': the head of a building's name is no place
            if all(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in part) and _name_part(part):
                mention = _mention(part, offset)
                local = part[0].i == tokens[0].i and tokens[k].lower_ in local_body_words()
                known = _major_by_own_name(mention.name, gazetteer)
                if known or (local and _town_by_own_name(mention.name, gazetteer)):
                    return [replace(mention, qualifier=EMBEDDED)]
    return []


def _town_by_own_name(name: str, gazetteer: Gazetteer) -> bool:
    """A populated place or an admin unit whose own name this is ('Harlowe', 'Dunmore County')."""
    key = normalize_name(name)
    return any(c.feature.startswith(("PPL", "ADM")) and normalize_name(c.name) == key
               for c in gazetteer.lookup(name, limit=5))


def _building(mention: PlaceMention) -> bool:
    """Whether a name of two or more words ends in the head noun of a building's name ('White House')."""
    words = mention.name.split()
    return len(words) > 1 and words[-1].casefold() in facility_words()


def _facility_head(part: Sequence[Token]) -> bool:
    """Whether some words are just the head noun of a building's or institution's name ('Centre', 'Court')."""
    return len(part) == 1 and part[0].lower_ in facility_words()


def _lone_facility(tokens: Sequence[Token]) -> bool:
    """'Belfast Magistrate's Court', 'the Centre said': a building's head noun alone names that building (or
    ends a longer name), not a town or province that shares the word."""
    return len(tokens) == 1 and _facility_head(tokens)


def _major_by_own_name(name: str, gazetteer: Gazetteer) -> bool:
    """A country, or a province, capital or big city whose own name this is: inside another name a word
    that only matches another name of a place ('Center' for Central District) or a province's name without
    its generic word ('Federal' for Federal District) is a common word."""
    if gazetteer.country_by_name(name) is not None:
        return True
    key = normalize_name(name)
    return any((_major(c) or c.feature in ("PPLA", "ADM1")) and normalize_name(c.name) == key
               for c in gazetteer.lookup(name, limit=5))


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


def coherence_names(mentions: Sequence[PlaceMention], gazetteer: Gazetteer) -> dict[str, list[Candidate]]:
    """The distinct names the article resolves through the gazetteer, each with its candidates (for
    geo.coherence): not countries, not names already known from their words, not anaphora. A name inside
    another name counts ('Enfield Council' vouches for the Edmonton near Enfield)."""
    found: dict[str, list[GeoEntry]] = {}
    for mention in mentions:
        if (mention.entry is not None or mention.anaphoric
                or mention.name in found or gazetteer.country_by_name(mention.name)):
            continue
        found[mention.name] = gazetteer.candidates(mention.name, limit=COHERENCE_LOOKUP)
    return found


def named_countries(mentions: Sequence[PlaceMention], gazetteer: Gazetteer) -> frozenset[str]:
    """The codes of the countries the article names as places."""
    found = set()
    for mention in mentions:
        country = None if mention.anaphoric else gazetteer.country_by_name(mention.name)
        if country is not None:
            found.add(country.country)
    return frozenset(found)


def named_regions(mentions: Sequence[PlaceMention], gazetteer: Gazetteer, focus: str | None
                  ) -> frozenset[tuple[str, str]]:
    """The provinces (country, admin1) the article names ('Kentucky', 'Ky.'), of the focus country, also inside
    other names ('the Kentucky governor', 'University of Kentucky')."""
    found = set()
    for mention in mentions:
        if mention.entry is not None and mention.entry.admin1:
            found.add((mention.entry.country, mention.entry.admin1))
            continue
        if mention.anaphoric or gazetteer.country_by_name(mention.name):
            continue
        key = normalize_name(mention.name)
        for entry in gazetteer.lookup(mention.name, limit=5):
            # 'Idleb' is the spelling of a district named after its province: the province is meant too
            named = (entry.feature in ("ADM1", "ADM2") and entry.admin1 and normalize_name(entry.name) == key
                     and not _settlement_named(mention))
            if named and (focus is None or entry.country == focus):
                found.add((entry.country, entry.admin1))
    return frozenset(found)


def _settlement_named(mention: PlaceMention) -> bool:
    """'Idlib city', 'the town of X': the text says the name is a town, not its district or province."""
    return mention.settlement or mention.quarter


def _names_province(mention: PlaceMention, candidates: Sequence[GeoEntry]) -> bool:
    """Whether the mention is exactly the name of a province among the candidates."""
    key = normalize_name(mention.name)
    return any(c.feature == "ADM1" and normalize_name(c.name) == key for c in candidates)


def known_names(pairs: Sequence[tuple[Doc, PlaceMention]], persons: frozenset[str]) -> frozenset[str]:
    """The names the article itself marks as places (tagged as a place and read as one), none of them
    part of a person's name."""
    return frozenset(
        m.name for doc, m in pairs
        if m.marked and not m.anaphoric and m.entry is None and m.qualifier != EMBEDDED and m.name[:1].isupper()
        and (doc[m.first].ent_type_ in _PLACE_ENTS or _dateline(doc[m.first : m.last + 1]))
        and not persons.intersection(m.name.split())
    )


def find_known_names(sent: SpacySpan, offset: int, known: frozenset[str],
                     taken: Sequence[tuple[int, int]]) -> list[PlaceMention]:
    """'The Allendale Garden Club', 'Allendale wants ...' after 'in Allendale': a name the article marks as a
    place elsewhere is that place where the tagger missed it; inside a longer name, listed as embedded."""
    if not known:
        return []
    firsts = {name.split()[0].casefold() for name in known}
    folded = {name.casefold() for name in known}
    found = []
    for start, end in _runs(sent):
        tokens = [sent.doc[i] for i in range(start, end + 1)]
        for k, tok in enumerate(tokens):
            if tok.text.casefold() not in firsts:
                continue
            for j in range(len(tokens), k, -1):
                part = tokens[k:j]
                name = doc_text(sent.doc)[part[0].idx : part[-1].idx + len(part[-1].text)]
                # The whole run tagged as a person may be the place: the article's persons are left out of `known`.
                barred = _NOT_PLACE_ENTS if len(part) == len(tokens) else _EXCLUDED_ENTS
                if name.casefold() not in folded or any(t.ent_type_ in barred for t in part):
                    continue
                begin, stop = offset + part[0].idx, offset + part[-1].idx + len(part[-1].text)
                if not any(a < stop and begin < b for a, b in taken):
                    mention = replace(_mention(part, offset), marked=True)
                    found.append(replace(mention, qualifier=EMBEDDED) if len(part) < len(tokens) else mention)
                break
    return found


# A town answering to a province's name is what the bare name means when it is the province's seat or this
# big a share of it ('Idlib', 'New York'); a far smaller namesake is not ('Alberta', 'Kentucky').
PROVINCE_TOWN_SHARE = 0.25


def _province_town(candidates: Sequence[GeoEntry]) -> bool:
    """Whether a candidate town could be what a province's bare name means: its seat or a great part of it."""
    provinces = [c for c in candidates if c.feature == "ADM1"]
    for town in candidates:
        if town.feature.startswith(("ADM", "PCL")):
            continue
        for province in provinces:
            if town.country == province.country and (
                    town.feature in ("PPLA", "PPLC") or town.population >= PROVINCE_TOWN_SHARE * province.population):
                return True
    return False


# Titles written right before a person's name ('President Buhari', 'Chief Oyegun').
PERSON_TITLES = frozenset({"president", "chief", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.",
                           "senator", "rep.", "gov.", "governor", "mayor", "minister", "judge", "gen.", "general",
                           "col.", "colonel", "capt.", "captain", "sgt.", "sergeant", "lt.", "king", "queen",
                           "prince", "pope", "coach"})


def names_source(mention: PlaceMention, doc: Doc) -> bool:
    """'according to Xinhua', 'the Anadolu news agency': a news source's name that the text does not put
    after a preposition of place or before a settlement or admin word."""
    if mention.anaphoric or mention.entry is not None or mention.name not in news_sources().canonical:
        return False
    first = doc[mention.first]
    cited = first.i >= 2 and doc[first.i - 2].lower_ == "according" and doc[first.i - 1].lower_ == "to"
    return cited or not _locative(first, doc[mention.last])


def person_words(docs: Sequence[Doc]) -> frozenset[str]:
    """The first and last words of the article's person names of two or three words ('Georgia Stevens'),
    and single names right after a title ('President Buhari')."""
    named = {t.text for doc in docs for e in doc.ents if e.label_ == "PERSON" and 2 <= len(e) <= 3
             and all(w.is_alpha and w.is_title for w in e) for t in (e[0], e[-1])}
    titled = {t.text for doc in docs for t in doc if t.i > 0 and t.is_title and t.is_alpha
              and doc[t.i - 1].lower_ in PERSON_TITLES and doc[t.i - 1].text[:1].isupper()
              and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")}
    return frozenset(named | titled)


def names_person(mention: PlaceMention, doc: Doc, words: frozenset[str]) -> bool:
    """'Georgia began skating' after 'Georgia Stevens': a one-word name that is part of a person's name
    elsewhere in the article is that person, unless a preposition of place comes before it."""
    if mention.anaphoric or mention.entry is not None or mention.first != mention.last:
        return False
    tok = doc[mention.first]
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    placed = _locative(tok, tok) and before != "of"  # 'the deaths of Helen' names her
    return tok.text in words and tok.ent_type_ not in ("LOC", "FAC") and not placed


def same_place(earlier: Place, mention: PlaceMention) -> Place:
    """The place an earlier mention of the same name settled on, for this mention."""
    entry = earlier.entry
    if entry is None:
        return replace(earlier, text=mention.span.text, span=mention.span, qualifier=mention.qualifier)
    return Place(mention.span.text, mention.span, entry, precision_of(entry, mention.qualifier), mention.qualifier,
                 entry.lat, entry.lon)


def focus_country(mentions: Sequence[PlaceMention], gazetteer: Gazetteer, hint: str | None = None,
                  demonyms: Sequence[str] = (), support: Mapping[str, Mapping[int, float]] | None = None
                  ) -> str | None:
    """The country most of the article's places belong to (a caller's hint wins). Each name votes for the
    country of its best-supported namesake (geo.coherence), else of its most populous one."""
    if hint:
        return hint
    votes: dict[str, float] = {}
    for mention in mentions:
        if mention.entry is not None:
            votes[mention.entry.country] = votes.get(mention.entry.country, 0.0) + 1.0
    mentions = [m for m in mentions if m.entry is None]
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
            backing = (support or {}).get(mention.name, {})
            best = max(candidates, key=lambda e: (backing.get(e.geonameid, 0.0), e.population))
            major = best.population >= 50_000 or best.feature.startswith(("ADM1", "PPLA", "PPLC"))
            votes[best.country] = votes.get(best.country, 0.0) + (1.0 if major else 0.3)
    return max(votes, key=votes.__getitem__) if votes else None


def precision_of(entry: GeoEntry, qualifier: str | None) -> int:
    """ACLED geo_precision: 1 a town, 2 near a town or part of a region, 3 a region or larger."""
    admin = entry.feature.startswith(("ADM", "PCL")) or entry.feature in ("RGN", "region", "country")
    if admin:
        return 2 if qualifier in DIRECTIONS.values() or qualifier in COMPASS else 3
    return 2 if qualifier else 1


# Names with more namesakes than geo.coherence counts are looked up to this many, to know they are common.
COHERENCE_LOOKUP = 31
FOREIGN_MIN_POPULATION = 100_000
MAJOR_POPULATION = 500_000


# A foreign namesake is plausible, however small, when the article's other names give it this much support
# (geo.coherence: one other name close by).
VOUCHED_SUPPORT = 1.0


def _plausible(candidates: Sequence[GeoEntry], focus: str | None, *, settlement: bool = False,
               vouched: Collection[int] = (), regions: Collection[tuple[str, str]] = ()) -> list[GeoEntry]:
    """In an article about one country, its own places; elsewhere only capitals, provinces and big cities,
    so that an unknown village does not land on a namesake hamlet on another continent, and the namesakes
    the article's other names vouch for (`vouched` geonameids); `regions` are the provinces it names."""
    if focus is None:
        return list(candidates)
    local = [c for c in candidates if c.country == focus]
    foreign = [c for c in candidates if c.country != focus
               and (c.feature.startswith(("PCL", "ADM1", "PPLC")) or c.population >= FOREIGN_MIN_POPULATION
                    or c.geonameid in vouched)]
    if not local:
        return foreign
    if settlement:
        # 'the village of X': a local namesake village, never a foreign capital or province.
        return local
    if max(c.population for c in local) < FOREIGN_MIN_POPULATION and not any(map(_major, local)):
        # A small local namesake does not hide London or Edmonton: the ranker weighs them with the focus prior.
        return _undwarfed(local, foreign, vouched, regions) + [c for c in foreign if _major(c)]
    return local


# A town this many times smaller than a great city abroad of its name is not meant unless vouched for.
DWARF_SHARE = 1 / 1000


def _undwarfed(local: Sequence[GeoEntry], foreign: Sequence[GeoEntry], vouched: Collection[int],
               regions: Collection[tuple[str, str]]) -> list[GeoEntry]:
    """The local candidates without the towns of known population a thousand times smaller than a capital or
    great city abroad that answers to the same name (London, Arkansas beside London), unless the article's
    other names vouch for them or it names their province."""
    great = [c.population for c in foreign if c.feature == "PPLC" or (c.feature.startswith("PPL") and _famous(c))]
    if not great:
        return list(local)
    floor = max(great) * DWARF_SHARE
    # A population of 0 is unknown, not small (most villages of the gazetteer have none).
    return [c for c in local if not c.feature.startswith("PPL") or not c.population or c.population >= floor
            or c.geonameid in vouched or (c.country, c.admin1) in regions]


FAMOUS_POPULATION = 1_000_000
DETERMINED_TOWN = 100_000


def _famous(entry: GeoEntry) -> bool:
    return entry.feature.startswith(("PCL", "ADM1", "PPLC")) or entry.population >= FAMOUS_POPULATION


def _major(entry: GeoEntry) -> bool:
    return entry.feature.startswith(("PCL", "ADM1", "PPLC")) or entry.population >= MAJOR_POPULATION


# A consonant-skeleton match is only taken when the spellings are this alike, and then only the closest.
LOOSE_MIN_SIMILARITY = 0.5
LOOSE_SLACK = 0.1
# A glide the query spells and the name lacks costs this much likeness (glide_similarity).
GLIDE_PENALTY = 0.3
GLIDES = frozenset("wy")


def _unarticled(key: str) -> str:
    """A normalised spelling without its Arabic articles ('al rayhan' -> 'rayhan'), or itself if that is all."""
    return " ".join(w for w in key.split() if w not in _ARTICLES) or key


def _similarity(query: str, name: str) -> float:
    head = " ".join(name.split()[: len(query.split())])
    return max(SequenceMatcher(None, query, candidate).ratio() for candidate in {name, head})


def _similarity_bound(query: str, name: str) -> float:
    """An upper bound of `spelling_similarity`, cheap to work out (shared letters, not their order)."""
    def bound(q: str, n: str) -> float:
        head = " ".join(n.split()[: len(q.split())])
        return max(SequenceMatcher(None, q, candidate).quick_ratio() for candidate in {n, head})
    return max(bound(query, name), bound(_unarticled(query), _unarticled(name)))


def spelling_similarity(query: str, name: str) -> float:
    """How alike two normalised spellings are, 0 to 1, with or without their Arabic articles ('Rihan' is
    'Ar Rayhan'); a gazetteer name with extra trailing words ('Tulul Salmu ash Shamali' for 'Tal Silmo') is
    compared on as many words as the query has."""
    return max(_similarity(query, name), _similarity(_unarticled(query), _unarticled(name)))


def glide_similarity(query: str, name: str, country: str) -> float:
    """The share of the glides (w, y) a normalised query spells that a gazetteer name has in the same place
    among its consonants, 0 to 1: 'Khwein' is 'Khuwayn', not 'Khan'. Only the query's glides count: news
    often writes a gazetteer's 'ay' as a vowel ('Modira' for 'Mudayra'); 1.0 when the query has none."""
    mine = glide_key(query, country)
    glides = sum(c in GLIDES for c in mine)
    if not glides:
        return 1.0
    best = 0
    for other in {name, " ".join(name.split()[: len(query.split())])}:
        blocks = SequenceMatcher(None, mine, glide_key(other, country), autojunk=False).get_matching_blocks()
        best = max(best, sum(mine[b.a + k] in GLIDES for b in blocks for k in range(b.size)))
    return best / glides


def combined_likeness(query: str, name: str, country: str) -> float:
    """Spelling similarity of two normalised spellings, less a part for each glide of the query the name lacks."""
    return spelling_similarity(query, name) - GLIDE_PENALTY * (1.0 - glide_similarity(query, name, country))


def loose_candidates(name: str, gazetteer: Gazetteer, country: str) -> list[GeoEntry]:
    """Places of `country` spelled otherwise but with the same consonants, the closest spellings only."""
    return _closest(name, gazetteer.lookup_loose(name, country=country))


def _candidates(mention: PlaceMention, gazetteer: Gazetteer, focus: str | None,
                support: Mapping[int, float] | None = None, regions: Collection[tuple[str, str]] = ()
                ) -> list[GeoEntry]:
    vouched = {gid for gid, score in (support or {}).items() if score >= VOUCHED_SUPPORT}
    candidates = _plausible(gazetteer.lookup(mention.name, country=focus), focus, settlement=mention.settlement,
                            vouched=vouched, regions=regions)
    if focus is not None and mention.settlement:
        candidates = _village_not_far_abroad(candidates, gazetteer, focus, vouched)
    if focus is not None and mention.marked and not any(c.country == focus or _famous(c) for c in candidates):
        # Spelled otherwise in the gazetteer: a place of the focus country with the same consonants (but
        # 'Moscow' in an article about Turkey is Moscow, not a Turkish hamlet with the same consonants). Only
        # for a name the text marks as a place: a bare word of a group's name ('Islamic State') is no village
        # merely spelled like it.
        candidates = loose_candidates(mention.name, gazetteer, focus) or candidates
    if focus is not None and not mention.prefer_admin:
        candidates = candidates + _district_towns(mention.name, candidates, gazetteer, focus)
    if mention.settlement or mention.city_named:
        towns = [c for c in candidates if c.feature.startswith("PPL")]
        candidates = towns or candidates
    return candidates


# 'The village of X' in a report on one country is abroad only this near its border (or vouched for).
VILLAGE_ABROAD_KM = 40.0


def _village_not_far_abroad(candidates: list[GeoEntry], gazetteer: Gazetteer, focus: str,
                            vouched: Collection[int]) -> list[GeoEntry]:
    """'The village of X', 'X town' in a report on one country: no namesake city of a country far away (a
    Japanese city for a Syrian village); a foreign one only near the focus country's border or vouched for."""
    return [c for c in candidates if c.country == focus or c.geonameid in vouched
            or near_country(gazetteer, c, focus, VILLAGE_ABROAD_KM)]


# A town a district is named after lies this near the district's point.
DISTRICT_TOWN_KM = 60.0


def _district_towns(name: str, candidates: Sequence[GeoEntry], gazetteer: Gazetteer, focus: str) -> list[GeoEntry]:
    """'Quamishli' known exactly only as a district: the town of that name spelled otherwise, near the district.
    A bare name means the town (the ranker weighs units down), and a district's point may lie far from it."""
    admins = [c for c in candidates if c.country == focus]
    if not admins or not all(c.feature.startswith("ADM") for c in admins):
        return []
    towns = [e for e in gazetteer.lookup_loose(name, country=focus) if e.feature.startswith("PPL")
             and any(haversine_km(e.lat, e.lon, a.lat, a.lon) <= DISTRICT_TOWN_KM for a in admins)]
    return _closest(name, towns)


def _closest(name: str, entries: Sequence[GeoEntry]) -> list[GeoEntry]:
    """The entries spelled most like `name` (at least LOOSE_MIN_SIMILARITY alike, within LOOSE_SLACK of the best)."""
    query = normalize_name(name)
    alike = [e for e in entries if spelling_similarity(query, normalize_name(e.name)) >= LOOSE_MIN_SIMILARITY]
    scored = [(combined_likeness(query, normalize_name(e.name), e.country), e) for e in alike]
    if not scored:
        return []
    best = max(score for score, _ in scored)
    return [e for score, e in scored if score >= best - LOOSE_SLACK]


@dataclass(frozen=True, slots=True)
class Within:
    """The larger place the text puts a mention in, and whether it means the province or the vicinity."""

    entry: GeoEntry
    regional: bool
    binding: bool = True
    direction: str = ""
    district_km: float | None = None
    town: bool = False  # the text makes the container a town the mention is a part of ('X area in Y city')


def _inside(mention: PlaceMention, gazetteer: Gazetteer, candidates: list[GeoEntry],
            within: Within) -> list[GeoEntry]:
    """The candidates inside the container, those of its province first (exact, then spelled alike), then
    those near it over the province border."""
    regional = within.regional and is_regional(within.entry)
    inner = [c for c in candidates if inside(c, within.entry, regional=within.regional, reach=within.district_km)]
    if regional:
        # Far over the province border only the name itself counts, not a place merely spelled alike.
        exact = {e.geonameid for e in gazetteer.lookup(mention.name, country=within.entry.country)}
        inner = [c for c in inner if same_region(c, within.entry) or c.geonameid in exact
                 or inside(c, within.entry, regional=False)]
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
        # 'the northern countryside of Y' lies out in that part, not at Y's edge
        inner = [c for c in inner if distance_along(c, within.entry, within.direction) >= PART_OUT_KM] or inner
    if within.direction:
        # 'X in western Y': a namesake lying well the other way from Y is not X
        inner = [c for c in inner if not _the_other_way(c, within)]
        exact = {e.geonameid for e in gazetteer.lookup(mention.name, country=within.entry.country)}
        inner = [c for c in inner if c.geonameid in exact or not loose_the_other_way(c, within)]
    return inner


# A place only spelled like the name must lie at least this far (km) into the part the text names: on its side
# of the centre.
LOOSE_SIDE_KM = 0.0


def loose_the_other_way(candidate: GeoEntry, within: Within) -> bool:
    """Whether a place only spelled like the name lies on the far side of the centre of the part its container
    names ('X in northern Y', a look-alike south of Y): a spelling guess needs the named part to back it.
    A province's part only: a district's centre is too near its villages for the side to tell."""
    return (bool(within.direction) and within.regional and within.district_km is None
            and candidate.feature not in SEAT_FEATURES
            and distance_along(candidate, within.entry, within.direction) < LOOSE_SIDE_KM)


# A place this far the other way from the centre of 'western X' is not in it.
AGAINST_KM = 30.0
_KM_PER_DEGREE = 111.2


def against_direction(candidate: GeoEntry, centre: GeoEntry, direction: str) -> bool:
    """Whether a candidate lies more than AGAINST_KM the opposite way of the named part ('w') of the area
    around `centre`."""
    north = (candidate.lat - centre.lat) * _KM_PER_DEGREE
    east = (candidate.lon - centre.lon) * _KM_PER_DEGREE * math.cos(math.radians(centre.lat))
    opposite = {"n": north < -AGAINST_KM, "s": north > AGAINST_KM, "e": east < -AGAINST_KM, "w": east > AGAINST_KM}
    return any(opposite.get(letter, False) for letter in direction)


# A place said to lie in 'northern Y' is preferably at least this far north of Y's centre.
PART_OUT_KM = 10.0
_COMPASS_VECTORS = {"n": (1.0, 0.0), "s": (-1.0, 0.0), "e": (0.0, 1.0), "w": (0.0, -1.0)}


def distance_along(candidate: GeoEntry, centre: GeoEntry, direction: str) -> float:
    """How far (km) a candidate lies from `centre` in the named direction ('n', 'se'): its offset projected on
    that compass bearing (negative when it lies the other way)."""
    north = (candidate.lat - centre.lat) * _KM_PER_DEGREE
    east = (candidate.lon - centre.lon) * _KM_PER_DEGREE * math.cos(math.radians(centre.lat))
    vn = sum(_COMPASS_VECTORS[letter][0] for letter in direction)
    ve = sum(_COMPASS_VECTORS[letter][1] for letter in direction)
    norm = math.hypot(vn, ve)
    return (north * vn + east * ve) / norm if norm else 0.0


def _the_other_way(candidate: GeoEntry, within: Within) -> bool:
    """Whether a candidate lies well the other way from the part of its container the text names
    (against_direction); a district or sub-district seat is too well known to be a wrong namesake."""
    return (bool(within.direction) and candidate.feature not in SEAT_FEATURES
            and against_direction(candidate, within.entry, within.direction))


def _known_exactly(name: str, gazetteer: Gazetteer, country: str) -> bool:
    """Whether the gazetteer has a place of `country` under this very spelling (not only one spelled alike)."""
    return any(e.country == country for e in gazetteer.lookup(name, country=country))


def _town_in_name(name: str, gazetteer: Gazetteer, country: str) -> GeoEntry | None:
    """A province's seat or the capital of `country` that one word of a longer name is ('Hama' in 'Hama
    al-Jadida'); smaller towns are left out, since their names are often common words too ('Bab', a gate)."""
    for word in name.split():
        if len(word) < 3 or word.casefold() in CONNECTORS:
            continue
        for entry in gazetteer.lookup(word, country=country, limit=5):
            if entry.country == country and entry.feature in ("PPLA", "PPLC"):
                return entry
    return None


@lru_cache(maxsize=64)
def capital_of(gazetteer: Gazetteer, country: str) -> GeoEntry | None:
    """The country's capital (feature PPLC), the most populous if the gazetteer lists several."""
    capitals = [e for e in gazetteer.region(country) if e.feature == "PPLC"]
    return max(capitals, key=lambda e: e.population, default=None)


def resolve(mention: PlaceMention, gazetteer: Gazetteer, *, focus: str | None,
            near: Sequence[tuple[float, float]] = (), within: Within | None = None,
            regions: Collection[tuple[str, str]] = (), support: Mapping[int, float] | None = None,
            abroad: Collection[str] = ()) -> Place | None:
    """The gazetteer entry the mention most likely names, with its precision, or None.
    With `within`, only candidates inside that place; when there are none, the place itself, as the
    area the unknown town lies in (geo_precision 2)."""
    if mention.entry is not None:
        return Place(mention.span.text, mention.span, mention.entry, 3, mention.qualifier, mention.entry.lat,
                     mention.entry.lon)
    country = gazetteer.country_by_name(mention.name)
    province = _province_not_country(mention.name, gazetteer, focus, regions) if country is not None else None
    if province is not None:
        return Place(mention.span.text, mention.span, province, 3, mention.qualifier, province.lat, province.lon)
    if country is not None:
        return Place(mention.name, mention.span, country, 3, mention.qualifier, country.lat, country.lon)
    if mention.beside is not None:
        town = mention.beside
        beside = [c for c in _beside_candidates(mention.name, gazetteer, town)
                  if haversine_km(c.lat, c.lon, town.lat, town.lon) <= BESIDE_KM]
        entry, ambiguous = choose(beside, country_focus=focus, near=[(town.lat, town.lon)])
        if entry is not None:
            return Place(mention.span.text, mention.span, entry, precision_of(entry, mention.qualifier),
                         mention.qualifier, entry.lat, entry.lon, ambiguous)
    if (within is None and not near and mention.quarter and not mention.town_named and focus is not None
            and not _known_exactly(mention.name, gazetteer, focus)):
        # 'the X neighbourhood' with no other place named, X known only as villages spelled alike: a quarter of
        # the town its name holds ('the New Y quarter'), else of the capital, the city news most often names
        # quarters of without naming it
        town = _town_in_name(mention.name, gazetteer, focus) or capital_of(gazetteer, focus)
        if town is not None:
            return Place(mention.span.text, mention.span, town, 2, mention.qualifier or "area", town.lat, town.lon)
    candidates = _candidates(mention, gazetteer, focus, support, regions)
    if focus is not None and not mention.marked:
        # 'killed two Maasai': a name the text does not mark as a place is a place abroad only if it is a
        # country, a capital, a province or a great city.
        candidates = [c for c in candidates if c.country == focus or _famous(c)]
    if _building(mention) and (mention.determined or not mention.marked):
        # 'the White House', 'Royal Palace officials': a building, not a town that took its name
        candidates = [c for c in candidates if not c.feature.startswith("PPL")]
    elif mention.determined:
        # Towns are named without 'the': 'the Atlantic' is no small town of that name, unless the text puts
        # the event in it and the town is in the article's country ('killed in the Harasta').
        candidates = [c for c in candidates if not (c.feature.startswith("PPL") and c.population < DETERMINED_TOWN)
                      or (mention.marked and not mention.natural and c.country == focus)]
    if not candidates and within is None and mention.settlement and focus is not None:
        candidates = _country_match(mention.name, gazetteer, focus)
    elif not candidates and within is None and mention.marked and not mention.determined and focus is not None:
        candidates = _country_vowel_match(mention.name, gazetteer, focus)
    if (within is not None and _town_part(mention, within)
            and not any(c.population >= QUARTER_POPULATION or _major(c) for c in candidates)):
        # 'the X neighbourhood of Y city', 'the X area in Y city': X is in Y, whatever namesakes X has elsewhere.
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
            lat, lon = (part_point(gazetteer, outer, within.direction) if within.regional and _province_seat(outer)
                        else (outer.lat, outer.lon))
            return Place(mention.span.text, mention.span, outer, 2, mention.qualifier or "area", lat, lon)
        candidates = inner or candidates
    candidates = by_named_neighbour(gazetteer, candidates, focus, abroad)
    prefer_admin = mention.prefer_admin
    if _names_province(mention, candidates):
        regions = ()  # 'Texas' is the state, not a town of it that also answers to the name
        prefer_admin = prefer_admin or not _province_town(candidates)
    entry, ambiguous = choose(candidates, country_focus=focus, near=near, prefer_admin=prefer_admin,
                              regions=regions, support=support if within is None else None,
                              other_names=_by_other_names(mention.name, gazetteer, focus, candidates))
    if entry is None:
        return None
    return Place(mention.span.text, mention.span, entry, precision_of(entry, mention.qualifier),
                 mention.qualifier, entry.lat, entry.lon, ambiguous)


# Forces of a neighbouring country act near its border: when the article names that country ('Turkish forces
# shelled X'), X's namesakes nearest one of its towns come first: those within the first of these distances,
# else within the second.
NEIGHBOUR_BORDER_KM = (15.0, 30.0)
_BORDER_CELL_DEGREES = 0.5


@lru_cache(maxsize=32)
def _town_cells(gazetteer: Gazetteer, country: str) -> dict[tuple[int, int], tuple[tuple[float, float], ...]]:
    """A country's towns binned in half-degree cells, once."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for entry in gazetteer.region(country):
        if entry.feature.startswith("PPL"):
            key = (math.floor(entry.lat / _BORDER_CELL_DEGREES), math.floor(entry.lon / _BORDER_CELL_DEGREES))
            cells.setdefault(key, []).append((entry.lat, entry.lon))
    return {key: tuple(points) for key, points in cells.items()}


def near_country(gazetteer: Gazetteer, entry: GeoEntry, country: str, km: float) -> bool:
    """Whether a place lies within `km` (at most 40) of a town of another `country`."""
    cells = _town_cells(gazetteer, country)
    row, col = math.floor(entry.lat / _BORDER_CELL_DEGREES), math.floor(entry.lon / _BORDER_CELL_DEGREES)
    return any(haversine_km(entry.lat, entry.lon, lat, lon) <= km
               for dr in (-1, 0, 1) for dc in (-1, 0, 1) for lat, lon in cells.get((row + dr, col + dc), ()))


def by_named_neighbour(gazetteer: Gazetteer, candidates: list[GeoEntry], focus: str | None,
                       abroad: Collection[str]) -> list[GeoEntry]:
    """The candidates without the namesakes in the focus country lying far from every foreign country the
    article names, when some lie near one ('Turkish forces shelled X': the X by the Turkish border). Only
    among villages: a town or a province is named for itself, not for where foreign forces are."""
    local = [c for c in candidates if c.country == focus]
    if len(local) < 2 or not abroad or any(c.feature != "PPL" or c.population >= STRAY_POPULATION for c in local):
        return candidates
    for km in NEIGHBOUR_BORDER_KM:
        near = {c.geonameid for c in local if any(near_country(gazetteer, c, code, km) for code in abroad)}
        if len(near) == len(local):
            return candidates
        if near:
            return [c for c in candidates if c.country != focus or c.geonameid in near]
    return candidates


def _by_other_names(name: str, gazetteer: Gazetteer, focus: str | None, rivals: Sequence[GeoEntry]
                    ) -> frozenset[int]:
    """The places abroad a name matches only as one of their other names ('Salisbury' for Harare, once so
    called), when one of the `rivals` bears it as its own name; none when none does. Places of the article's
    country keep their other names (transliterations: 'Basira' is Al Busayrah). A name that begins the place's
    own ('New York' for New York City) is that name cut short, and a town answering to its own province's
    name (a county's seat) is named after it, not otherwise."""
    found = gazetteer.candidates(name, limit=COHERENCE_LOOKUP)
    own = {c.entry.geonameid for c in found if c.match == "exact"}
    if not any(r.geonameid in own for r in rivals):
        return frozenset()
    key = normalize_name(name)
    return frozenset(c.entry.geonameid for c in found
                     if c.match == "alternate" and c.entry.country != focus
                     and not normalize_name(c.entry.name).startswith(key)
                     and normalize_name(c.entry.admin1 or "") != key)


# A country's name means a province of the article's country of that name when the article names this many
# other provinces of it ('Georgia' beside 'Virginia' and 'Florida').
PROVINCES_NAMED = 2


def _province_not_country(name: str, gazetteer: Gazetteer, focus: str | None,
                          regions: Collection[tuple[str, str]]) -> GeoEntry | None:
    """The focus country's province called by a foreign country's name, when the article names other
    provinces of the focus country: among American states 'Georgia' is the state."""
    if focus is None:
        return None
    province = gazetteer.admin1_entry(focus, name)
    if province is None or province.admin1 is None or normalize_name(province.name) != normalize_name(name):
        return None
    others = {admin1 for country, admin1 in regions if country == focus and admin1 != province.admin1}
    return province if len(others) >= PROVINCES_NAMED else None


# The part of a province a compass word names is placed at the middle of the province's towns lying that way,
# when it has at least this many.
PART_MIN_TOWNS = 5
# 'southern X' is the province's southern third (by its towns); 'south-eastern X' the quarter where its
# southern and eastern halves meet.
PART_SHARE_ONE_WAY = 1 / 3
PART_SHARE_TWO_WAYS = 1 / 2


def _province_seat(entry: GeoEntry) -> bool:
    """A province or the town that stands for it (its seat or the capital)."""
    return entry.feature in ("ADM1", "PPLA", "PPLC")


# The part a single compass word names is the band of the province this far either side of its centre's line.
PART_BAND_KM = 40.0


def _across(entry: GeoEntry, centre: GeoEntry, direction: str) -> float:
    """How far (km) a place lies from `centre` across a compass direction ('n': east or west of it)."""
    if direction in ("n", "s"):
        return abs(entry.lon - centre.lon) * _KM_PER_DEGREE * math.cos(math.radians(centre.lat))
    return abs(entry.lat - centre.lat) * _KM_PER_DEGREE


def _part_towns(towns: Sequence[GeoEntry], direction: str) -> list[GeoEntry]:
    """The towns in the named part ('s', 'ne') of the province they make up: for each compass letter, the
    share of them lying farthest that way (a third for one letter, a half for each of two)."""
    share = PART_SHARE_ONE_WAY if len(direction) == 1 else PART_SHARE_TWO_WAYS
    cut = max(int(len(towns) * share) - 1, 0)
    keys = {"n": lambda e: -e.lat, "s": lambda e: e.lat, "e": lambda e: -e.lon, "w": lambda e: e.lon}
    part = list(towns)
    for letter in direction:
        key = keys[letter]
        bound = sorted(key(e) for e in towns)[cut]
        part = [e for e in part if key(e) <= bound]
    return part


@lru_cache(maxsize=256)
def part_point(gazetteer: Gazetteer, centre: GeoEntry, direction: str) -> tuple[float, float]:
    """Where 'a village in southern X' is put when the village is unknown: the median point of the towns in
    that part ('s', 'ne') of X's province; the centre itself without a direction or enough towns."""
    towns = [e for e in gazetteer.region(centre.country, centre.admin1)
             if e.feature.startswith("PPL")] if direction and centre.admin1 else []
    part = _part_towns(towns, direction) if len(towns) >= PART_MIN_TOWNS else []
    if len(part) < PART_MIN_TOWNS:
        return centre.lat, centre.lon
    if len(direction) == 1:
        # 'northern X' is the countryside north of X, not the far corners of a wide province
        band = [e for e in part if _across(e, centre, direction) <= PART_BAND_KM]
        part = band if len(band) >= PART_MIN_TOWNS else part
    lats, lons = sorted(e.lat for e in part), sorted(e.lon for e in part)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def province_part_place(place: Place, doc: Doc, first: int, last: int, gazetteer: Gazetteer) -> Place:
    """'the southern countryside of X', 'X south eastern countryside': a province named by its seat town and one
    of its parts is put at that part's point (precision 2), not at its seat. A name that is only the province's
    ('northern Manitoba') keeps the province's own point: the toponym names the province, not the part."""
    entry = place.entry
    if (entry is None or entry.feature != "PPLA" or place.lat != entry.lat
            or place.lon != entry.lon or city_after(doc, last)):
        return place
    while first < last and (doc[first].lower_ in DIRECTIONS or doc[first].lower_ in COMPASS):
        if not doc[first].is_lower:
            return place  # 'East Aleppo', 'West Beirut': a part of the city by its own name
        first += 1  # 'eastern Idlib' tagged as one name
    direction = direction_before(doc, first) or direction_after(doc, last)
    if not direction:
        return place
    lat, lon = part_point(gazetteer, entry, direction)
    if (lat, lon) == (entry.lat, entry.lon):
        return place  # too few towns to tell the part's point
    return replace(place, geo_precision=max(place.geo_precision, 2), lat=lat, lon=lon)


# In one province a spelling may stray further: the same short skeleton with a fair likeness, or a
# close spelling.
REGION_SKELETON = 2
REGION_SIMILARITY = 0.85
REGION_SKELETON_SIMILARITY = 0.6
COUNTRY_SKELETON_SIMILARITY = 0.7
# Country-wide only the same skeleton is searched: a close spelling alone is too costly to look for there.
COUNTRY_SIMILARITY = 2.0
_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath"})
# 'son of' inside a name, which one spelling writes and another leaves out ('Qasr bin X' is 'Qasr X')
_FILIAL = frozenset({"bin", "ibn", "ben"})


def _bare(name: str) -> str:
    """A name's spelling without articles or 'bin'/'ibn', for comparing spellings within one province or country."""
    words = [w for w in normalize_name(name).split() if w not in _ARTICLES]
    inner = [w for k, w in enumerate(words) if not (w in _FILIAL and 0 < k < len(words) - 1)]
    return " ".join(inner)


@dataclass(frozen=True, slots=True)
class TownSpelling:
    """A town with the spellings it is compared by, worked out once: bare, short skeleton, vowel-folded, and
    without a generic head word ('tal sayad' -> 'sayad')."""

    entry: GeoEntry
    bare: str
    skeleton: str | None
    folded: str
    headless: str | None


def town_spelling(entry: GeoEntry, country: str) -> TownSpelling:
    """A town's spellings for comparing with the news's (the vowel fold only where the country's rules fold)."""
    bare = _bare(entry.name)
    folded = vowel_folded(bare) if rules_for(country).folds_vowels else ""
    return TownSpelling(entry, bare, skeleton_of_key(bare, country, REGION_SKELETON), folded, _without_head(bare))


@lru_cache(maxsize=256)
def _spellings(gazetteer: Gazetteer, country: str, admin1: str | None) -> tuple[TownSpelling, ...]:
    """The towns of a province (or country) with their spellings, once."""
    return tuple(town_spelling(entry, country) for entry in gazetteer.region(country, admin1)
                 if entry.feature.startswith("PPL"))


@dataclass(frozen=True, slots=True)
class TownIndex:
    """A province's (or country's) towns looked up by short skeleton, vowel-folded spelling (or its first
    words) and headless spelling, for the matches that need no spelling likeness (no scan of every town)."""

    towns: tuple[TownSpelling, ...]
    by_skeleton: dict[str, list[int]]
    by_folded: dict[str, list[int]]
    by_headless: dict[str, list[int]]
    bares: frozenset[str]

    def alike(self, skeleton: str | None, folded: str | None) -> list[TownSpelling]:
        """The towns sharing the skeleton or folding to the folded spelling, in the towns' order."""
        found = set(self.by_skeleton.get(skeleton, ()) if skeleton is not None else ())
        found.update(self.by_folded.get(folded, ()) if folded is not None else ())
        return [self.towns[i] for i in sorted(found)]


def _folded_keys(folded: str) -> list[str]:
    """The folded spelling and those of its first words that _folded_alike accepts as the query's."""
    words = folded.split()
    keys = [" ".join(words[:k]) for k in range(1, len(words))]
    return [folded, *(k for k in keys if len(k) >= len(folded) / 2)]


@lru_cache(maxsize=64)
def _town_index(gazetteer: Gazetteer, country: str, admin1: str | None) -> TownIndex:
    """The towns of _spellings, indexed once."""
    return index_towns(_spellings(gazetteer, country, admin1))


def index_towns(towns: tuple[TownSpelling, ...]) -> TownIndex:
    """Towns indexed by skeleton, vowel-folded spelling (and its accepted first words) and headless spelling."""
    by_skeleton: dict[str, list[int]] = {}
    by_folded: dict[str, list[int]] = {}
    by_headless: dict[str, list[int]] = {}
    for i, town in enumerate(towns):
        if town.skeleton is not None:
            by_skeleton.setdefault(town.skeleton, []).append(i)
        for key in dict.fromkeys(_folded_keys(town.folded) if town.folded else ()):
            by_folded.setdefault(key, []).append(i)
        if town.headless is not None:
            by_headless.setdefault(town.headless, []).append(i)
    return TownIndex(towns, by_skeleton, by_folded, by_headless, frozenset(t.bare for t in towns))


def _near_length(query: str, bare: str, words: int, likeness: float) -> bool:
    """Whether two spellings (or the name's first words) are close enough in length to be that alike."""
    head = " ".join(bare.split()[:words])
    slack = 2 * (1 - likeness)
    return any(abs(len(x) - len(query)) <= slack * max(len(x), len(query)) for x in (bare, head))


def _spelled_like(name: str, places: Sequence[TownSpelling] | TownIndex, country: str, *,
                  skeleton_likeness: float, likeness: float) -> list[GeoEntry]:
    """The towns among `places` spelled like `name`: the same short skeleton and some likeness, or a
    close spelling; only the closest. Failing those, the towns spelled otherwise only in their vowels."""
    query = _bare(name)
    skeleton = skeleton_of_key(query, country, REGION_SKELETON)
    words = len(query.split())
    folded = vowel_folded(query) if len(query) >= FOLDED_MIN_LENGTH and rules_for(country).folds_vowels else None
    if isinstance(places, TownIndex):
        # only towns sharing the skeleton or the folded spelling can pass when no spelling likeness is enough
        candidates = places.alike(skeleton, folded) if likeness > 1 else places.towns
        headless = [places.towns[i].entry for i in places.by_headless.get(query, ())]
        exact = query in places.bares
    else:
        candidates = places
        headless = [town.entry for town in places if town.headless == query]
        exact = any(town.bare == query for town in places)
    scored = []
    vowels_only = []
    for town in candidates:
        entry, bare = town.entry, town.bare
        same = skeleton is not None and town.skeleton == skeleton
        alike = folded is not None and _folded_alike(folded, town.folded)
        if not (same or alike) and (likeness > 1 or not _near_length(query, bare, words, likeness)
                                    or _similarity_bound(query, bare) < likeness):
            continue
        similar = spelling_similarity(query, bare)
        if (same and similar >= skeleton_likeness) or similar >= likeness:
            # ranked by likeness, which also weighs the glides the query spells
            scored.append((combined_likeness(query, bare, country) + (1.0 if same else 0.0), entry))
        elif alike:
            vowels_only.append((combined_likeness(query, bare, country), entry))
    if headless and not exact:
        # exact but for a generic head the news left out ('Tall X' written 'X'): before any look-alike
        return headless
    scored = scored or vowels_only
    if not scored:
        return []
    best = max(score for score, _ in scored)
    return [e for score, e in scored if score >= best - LOOSE_SLACK]


# A name this long or longer may match a place whose spelling differs only in its vowels (vowel_folded).
FOLDED_MIN_LENGTH = 3


def _without_head(bare: str) -> str | None:
    """A bare spelling without the generic head word it begins with ('tal sayad' -> 'sayad'), else None."""
    head, _, rest = bare.partition(" ")
    return rest if rest and head in dropped_heads() else None


def _folded_alike(folded: str, mine: str) -> bool:
    """Whether a place's vowel-folded spelling (or as many of its first words) is the query's folded spelling:
    the two differ only in how they write the vowels ('Dair Hafer', 'Dayr Hafir')."""
    return mine == folded or (mine.startswith(folded) and len(folded) >= len(mine) / 2
                              and " ".join(mine.split()[: len(folded.split())]) == folded)


@lru_cache(maxsize=1024)
def _regional_match(name: str, gazetteer: Gazetteer, within: Within) -> list[GeoEntry]:
    """The places of the container's province (or near the container town) spelled like `name`, when
    neither the exact nor the loose index knows the spelling ('Mozra' for Mawzarah in Idlib)."""
    outer = within.entry
    if not outer.admin1:
        return []
    region = [p for p in _spellings(gazetteer, outer.country, outer.admin1) if p.entry.geonameid != outer.geonameid]
    if not (within.regional and is_regional(outer)):
        region = [p for p in region if inside(p.entry, outer, regional=False)]
    # 'X in southern Y': not a town spelled alike in the north of Y's province
    region = [p for p in region if not _the_other_way(p.entry, within) and not loose_the_other_way(p.entry, within)]
    return _spelled_like(name, region, outer.country, skeleton_likeness=REGION_SKELETON_SIMILARITY,
                         likeness=REGION_SIMILARITY)


def _country_match(name: str, gazetteer: Gazetteer, country: str) -> list[GeoEntry]:
    """'the village of X' with no province named: the country's towns spelled very like X."""
    return _spelled_like(name, _town_index(gazetteer, country, None), country,
                         skeleton_likeness=COUNTRY_SKELETON_SIMILARITY, likeness=COUNTRY_SIMILARITY)


def _country_vowel_match(name: str, gazetteer: Gazetteer, country: str) -> list[GeoEntry]:
    """'shelled on X', a name the text marks as a place but not as a town: the country's towns spelled otherwise
    only in their vowels (vowel_folded), not those merely sharing a consonant skeleton."""
    return _spelled_like(name, _town_index(gazetteer, country, None), country,
                         skeleton_likeness=VOWELS_ONLY, likeness=VOWELS_ONLY)


# A likeness no spelling reaches: _spelled_like then takes only the towns alike in all but their vowels.
VOWELS_ONLY = 2.0


_VICINITY = frozenset({"area", "outskirts", "near", "around"})


def within_of(place: Place | None, link: Container, *, inherited: bool = False) -> Within | None:
    """The constraint a resolved container puts on the mention before it. It binds (an unknown town is
    coded to the container) after 'in <province>' and 'near <town>'; after a bare comma ('X, Y', often a
    list) or 'in' a place that resolved to a mere village (likely the wrong namesake) it only prefers."""
    if place is None or place.entry is None or place.entry.feature.startswith("PCL"):
        return None
    if link.comma and not place.entry.feature.startswith("ADM"):
        return None
    if inherited and link.town:
        # 'X area in the Y quarter of Z', Y coded to the town Z: X is a part of Z as well.
        return Within(place.entry, False, True, town=True)
    if inherited:
        # The container was itself only placed in its province: so is this mention.
        return Within(place.entry, True, is_regional(place.entry))
    district = link.district_km is not None
    # 'X in the Y area', 'X on the outskirts of Y': the vicinity of the town Y, whatever X's namesakes
    vicinity = place.qualifier in _VICINITY and not place.ambiguous
    binding = not link.comma and (link.near or district or vicinity or is_regional(place.entry))
    return Within(place.entry, link.regional and not link.near and not district, binding, link.direction,
                  link.district_km, town=link.town)


# Towns that are seats of a district or sub-district, capitals, or parts of a city: named in a report, they
# are seldom a wrong namesake, unlike the many villages that share a name.
SEAT_FEATURES = frozenset({"PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLX"})
# A village this far from every seat the report names is a namesake elsewhere, not the village meant.
STRAY_KM = 50.0
STRAY_POPULATION = 20_000


def stray_village_town(place: Place | None, named: Sequence[Place], focus: str | None) -> Place | None:
    """For an event placed at a small village that lies more than STRAY_KM from every district seat or city
    the report names in the same country, the village's mention placed at that seat (the one named nearest
    in the text): the village the report means is an unknown one near it, as ACLED codes it. None when the
    place stands."""
    entry = place.entry if place is not None else None
    if place is None or entry is None or entry.feature != "PPL" or entry.population >= STRAY_POPULATION \
            or entry.country != focus:
        return None
    seats = [p for p in named if p.entry is not None and p.entry.feature in SEAT_FEATURES
             and p.entry.country == focus and p.qualifier != EMBEDDED and p.text != place.text
             and p.lat is not None and p.lon is not None]
    if not seats or any(haversine_km(entry.lat, entry.lon, p.lat, p.lon) <= STRAY_KM for p in seats):
        return None
    town = min(seats, key=lambda p: abs(p.span.start - place.span.start))
    return Place(place.text, place.span, town.entry, 2, place.qualifier or "area", town.lat, town.lon)
