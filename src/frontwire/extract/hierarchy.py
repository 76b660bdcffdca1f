"""Explicit place hierarchy in text: 'X town in southern Idlib', 'X, Hama province', 'the village of X near Y'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwire.geo.rank import haversine_km

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from frontwire.extract.places import PlaceMention
    from frontwire.models import GeoEntry

EMBEDDED = "embedded"  # the qualifier of a place named inside another name ('US Special Forces')

# Words that may stand between a place and the larger place it is said to lie in.
_DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
    "south-eastern", "south-western", "rural", "countryside", "province", "governorate", "region", "district",
    "state", "county", "oblast", "area", "areas", "outskirts", "suburbs", "part", "parts",
})
_SETTLEMENT_WORDS = frozenset({"town", "village", "city", "camp", "neighbourhood", "neighborhood", "suburb",
                               "hamlet", "front", "axis", "farms", "hill", "base", "airbase", "checkpoint",
                               "towns", "villages", "cities", "neighbourhoods", "neighborhoods", "suburbs", "hamlets",
                               "camps", "hills",
                               # a site named after the place it lies at: 'the X dam near Y', 'X roundabout in Y'
                               "dam", "airport", "prison", "crossing", "roundabout"})
_GLUE = frozenset({"in", "of", "the", "-", "'s", "’s", "a", "its", "within", "inside", "'", "’",
                   "on"})  # 'X on the outskirts of Y'

# 'X village, likely in the Y sub-district': a hedge does not undo the nesting.
_HEDGES = frozenset({"likely", "probably", "possibly", "perhaps", "reportedly", "apparently", "presumably",
                     "believed", "thought", "suspected", "located", "situated", "be",
                     "which", "that", "lies", "lie", "is"})  # 'X, which lies on the outskirts of Y'
# 'the Y sub-district': the container is the district around its seat town.
_DISTRICT_WORDS = frozenset({"sub", "subdistrict", "sub-district", "district", "nahiya", "nahiyah"})
_NEAR = frozenset({"near", "outside", "close", "to", "nearby", "around", "between", "vicinity", "surroundings",
                   "environs", "periphery", "perimeter"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
# 'X on the outskirts of Y', 'X in the suburbs of Y': X lies by the town Y, not anywhere in its province.
_EDGE_WORDS = frozenset({"outskirts", "suburbs"})
_LINK_WORDS = _DIRECTION_WORDS | _SETTLEMENT_WORDS | _GLUE | _NEAR | _HEDGES | _DISTRICT_WORDS
# A place said to be near a town (or in its area) lies within this distance of it: a namesake farther off is
# another village, and the one meant an unknown one near the town. One said to be in a province lies in it or
# within REGION_KM of its centre (province borders in gazetteers and in reports do not always agree).
NEAR_KM = 25.0
REGION_KM = 75.0


_REGIONAL = frozenset({"PPLA", "PPLA2", "PPLC", "RGN", "region"})


@dataclass(frozen=True, slots=True)
class Container:
    """The mention a place mention is said to lie in, and how: inside its province, or near it."""

    index: int
    regional: bool
    comma: bool = False
    near: bool = False
    direction: str = ""
    district_km: float | None = None
    town: bool = False  # 'X area in Y city', 'X area of the Y quarter': the container is a town X is a part of


def _between(doc: Doc, inner: PlaceMention, outer: PlaceMention) -> list[str] | None:
    """The words between two mentions of one sentence, or None when they are in different sentences."""
    if outer.first <= inner.last or doc[inner.last].sent.start != doc[outer.first].sent.start:
        return None
    return [t.lower_ for t in doc[inner.last + 1 : outer.first]]


_COMPASS_PARTS = (("north", "n"), ("south", "s"), ("east", "e"), ("west", "w"))


def direction_of(words: Sequence[str]) -> str:
    """The compass part the words name, as letters: 'south eastern' -> 'se', 'northern' -> 'n'."""
    found = ""
    for word in words:
        for name, letter in _COMPASS_PARTS:
            if name in word and letter not in found:
                found += letter
    return found


def in_direction(candidate: GeoEntry, centre: GeoEntry, direction: str) -> bool:
    """Whether a candidate lies in the named part ('se') of the area around `centre`."""
    north = candidate.lat - centre.lat
    east = candidate.lon - centre.lon
    checks = {"n": north > 0, "s": north < 0, "e": east > 0, "w": east < 0}
    return all(checks[letter] for letter in direction)


# 'X village and its surroundings in Y': the place with the land around it, which lies where the place does.
OWN_SURROUNDINGS = frozenset({"surroundings", "vicinity", "outskirts", "environs", "periphery", "suburbs",
                              "countryside"})


def without_own_surroundings(words: Sequence[str]) -> list[str]:
    """The words between two names without an 'and its surroundings' right after the first name or its kind
    ('X village and its surroundings in Y': the first place's own vicinity)."""
    k = 0
    while k < len(words) and words[k] in _SETTLEMENT_WORDS:
        k += 1
    if len(words) > k + 3 and words[k] == "and" and words[k + 1] == "its" and words[k + 2] in OWN_SURROUNDINGS:
        return [*words[:k], *words[k + 3 :]]
    return list(words)


# 'X village, which is under Y control, in Z': a clause saying who holds a place, which does not undo the nesting.
_CONTROL_CLAUSE_STARTS = frozenset({"which", "that"})
_CONTROL_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "remains", "remain", "has", "have", "been"})
_CONTROL_CLAUSE_REACH = 8


def without_control_clause(words: Sequence[str]) -> list[str]:
    """The words between two names without a 'which is under ... control' clause ('X village, which is under
    rebel control, in Y': X still lies in Y)."""
    for k, word in enumerate(words):
        if word not in _CONTROL_CLAUSE_STARTS:
            continue
        j = k + 1
        while j < len(words) and words[j] in _CONTROL_CLAUSE_VERBS:
            j += 1
        if j == k + 1 or j >= len(words) or words[j] != "under":
            return list(words)
        end = next((m for m in range(j + 1, min(len(words), j + 1 + _CONTROL_CLAUSE_REACH))
                    if words[m] == "control"), None)
        if end is None:
            return list(words)
        start = k - 1 if k > 0 and words[k - 1] == "," else k
        end += 1
        if start < k and end < len(words) and words[end] == "of" and "," in words[end:]:
            end = words.index(",", end)  # ', which is under the control of the rebels,'
        if start < k and end < len(words) and words[end] == ",":
            end += 1
        return [*words[:start], *words[end:]]
    return list(words)


def without_edge_of_previous(words: Sequence[str]) -> list[str]:
    """The words between two names without a leading 'on its (northern) outskirts' ('A town and B on its
    outskirts in Y': the edge is A's, and B still lies in Y)."""
    if len(words) < 3 or words[0] != "on" or words[1] != "its":
        return list(words)
    k = 2
    while k < len(words) and words[k] in _DIRECTION_WORDS and words[k] not in _EDGE_WORDS:
        k += 1
    if k >= len(words) - 1 or words[k] not in _EDGE_WORDS:
        return list(words)
    return list(words[k + 1 :])


_COMPASS_ROOTS = ("north", "south", "east", "west")
_MISSPELT_TAIL = 3
_COMPASS_WORD = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest",
                 "se": "southeast", "sw": "southwest"}


def mended_direction_word(word: str) -> str:
    """A misspelt compass word as its plain form ('southe' -> 'south', 'northren' -> 'north'): compass
    roots with at most a few stray letters after them; any other word as it is."""
    if word in _LINK_WORDS or not word.isalpha():
        return word
    rest = word
    while rest.startswith(_COMPASS_ROOTS):
        rest = rest[next(len(r) for r in _COMPASS_ROOTS if rest.startswith(r)):]
    if rest == word or len(rest) > _MISSPELT_TAIL:
        return word
    return _COMPASS_WORD.get(direction_of([word]), word)


def _link(words: Sequence[str]) -> Container | None:
    """Whether the words between two names say the first lies in (or near) the second."""
    words = [mended_direction_word(w) for w in words]
    words = without_edge_of_previous(without_own_surroundings(without_control_clause(words)))
    if not words or any(w not in _LINK_WORDS and w != "," for w in words):
        return None
    if "on" in words and "outskirts" not in words:
        return None  # 'X on the outskirts of Y' nests; 'X area on northern Y' is loose talk
    if words.count(",") > 1 or "and" in words:
        return None
    regional = any(w in _DIRECTION_WORDS for w in words)
    if words == [","] or set(words) <= {",", "the"}:
        # 'Saraqib, Idlib' names a province; 'Saraqib, Sarmin' is a list: the caller checks which.
        return Container(-1, True, comma=True)
    if not any(w in ("in", "of", "near", "outside", "within", "inside", "between", "around", "'s", "’s")
               or w in _DIRECTION_WORDS for w in words):
        return None
    near = any(w in _NEAR or w in _EDGE_WORDS for w in words) or _relative(words)
    return Container(-1, regional or not near, near=near, direction=direction_of(words))


def _relative(words: Sequence[str]) -> bool:
    """'X village west of Y', 'X, south-east of Y': a compass point from the next place, not a part of it
    ('in the west of Y' names a part)."""
    if len(words) < 2 or words[-1] != "of" or words[-2] not in _COMPASS:
        return False
    k = len(words) - 2
    while k > 0 and words[k - 1] in _COMPASS | {"-"}:
        k -= 1
    return k == 0 or words[k - 1] != "the"


# A village said to be in the district of a town lies within this distance of the town; in its sub-district,
# within the smaller one.
DISTRICT_KM = 40.0
SUB_DISTRICT_KM = 20.0


def district_after(doc: Doc, last: int) -> float | None:
    """How far from its town the district a name stands for reaches, when 'district' or 'sub-district'
    follows the name; else None."""
    words = [t.lower_ for t in doc[last + 1 : last + 4]]
    if not words:
        return None
    if words[0] in _DISTRICT_WORDS - {"sub", "district"} or words[:3] == ["sub", "-", "district"]:
        return SUB_DISTRICT_KM
    return DISTRICT_KM if words[0] == "district" else None


_PART_WORDS = frozenset({"countryside", "province", "governorate", "region", "part", "parts", "outskirts",
                         "suburbs", "desert"})


def direction_after(doc: Doc, last: int) -> str | None:
    """'Idlib southern countryside', 'Hama north-eastern countryside': the compass part (letters) of the
    province that the words after its name give; None when they name no part."""
    words = []
    for tok in doc[last + 1 : last + 6]:
        if tok.lower_ in _PART_WORDS:
            found = direction_of(words)
            return found if found and all(w in _DIRECTION_WORDS or w == "-" for w in words) else None
        words.append(tok.lower_)
    return None


_BEFORE_PART_REACH = 6


def direction_before(doc: Doc, first: int) -> str | None:
    """'southern Idlib', 'the south-eastern countryside of Hama': the compass part (letters) of a province that
    the words just before its name give; None when they name none, a point off it ('west of Idlib') or
    the edge of its town ('the northern suburbs of X')."""
    words: list[str] = []
    k = first - 1
    while k >= max(doc[first].sent.start, first - _BEFORE_PART_REACH) and (
            doc[k].lower_ in _DIRECTION_WORDS or doc[k].lower_ in ("-", "of", "the")):
        words.insert(0, doc[k].lower_)
        k -= 1
    found = direction_of(words)
    if not found or any(w in _EDGE_WORDS for w in words) or _relative(words):
        return None
    return found


# 'in Y city', 'of Y town': the words after a container's name that make it the town, not its province.
_TOWN_AFTER = frozenset({"city", "town"})


def city_after(doc: Doc, last: int) -> bool:
    """Whether the word after a name says it is the town itself ('in Idlib city'), not its province."""
    return last + 1 < len(doc) and doc[last + 1].lower_ in _TOWN_AFTER


def nests(doc: Doc, inner_last: int, outer_first: int) -> bool:
    """Whether the words between two names (token positions) put the first inside the second."""
    if outer_first <= inner_last or doc[inner_last].sent.start != doc[outer_first].sent.start:
        return False
    words = [t.lower_ for t in doc[inner_last + 1 : outer_first]]
    link = _link(words)
    return link is not None and not link.comma and not _owner_words(words)


def past_control_clause(doc: Doc, mentions: Sequence[PlaceMention], i: int) -> int:
    """The mention after mention i, past names embedded in a 'which is under ... control' clause ('X, which is
    under Syrian army control, in Y': Y, not 'Syrian')."""
    j = i + 1
    while j < len(mentions) - 1 and mentions[j].qualifier == EMBEDDED:
        j += 1
    if j == i + 1 or mentions[j].qualifier == EMBEDDED:
        return i + 1
    words = _between(doc, mentions[i], mentions[j])
    if words is None or len(without_control_clause(words)) == len(words):
        return i + 1
    return j


def find_containers(doc: Doc, mentions: Sequence[PlaceMention]) -> dict[int, Container]:
    """For each mention (by position in `mentions`, all from one doc, in text order), the mention right
    after it that the text places it in."""
    found: dict[int, Container] = {}
    owned: dict[int, Container] = {}
    for i in range(len(mentions) - 1):
        nxt = past_control_clause(doc, mentions, i)
        inner, outer = mentions[i], mentions[nxt]
        if inner.anaphoric or outer.anaphoric or EMBEDDED in (inner.qualifier, outer.qualifier):
            continue
        words = _between(doc, inner, outer)
        if words is not None and _owner_words(words):
            # 'Aleppo's Bulbul sub-district', 'Y city's X neighbourhood': the second lies in the first
            town = city_after(doc, inner.last)
            owned[i + 1] = Container(i, not town, town=town)
            continue
        if words is not None and _narrowing_words(words):
            # 'clashes in southern Y, concentrated around X': X lies in the area named before it
            after = direction_after(doc, inner.last)
            regional = inner.prefer_admin or inner.qualifier is not None or after is not None
            owned[i + 1] = Container(i, regional, direction=direction_of([inner.qualifier or ""]) or (after or ""))
            continue
        link = _link(words) if words is not None else None
        if link is None and words is not None:
            words = _past_unknown_names(doc, inner.last + 1, outer.first)
            link = _link(words) if words else None
            link = None if link is not None and link.comma else link
        if link is not None:
            after = direction_after(doc, outer.last)
            regional = ((link.regional or outer.prefer_admin or outer.qualifier is not None or after is not None)
                        and not city_after(doc, outer.last))
            direction = link.direction or direction_of([outer.qualifier or ""]) or (after or "")
            possessive = "'s" in words or "’s" in words
            district = None if possessive else district_after(doc, outer.last)
            town = not link.comma and not link.near and (city_after(doc, outer.last) or outer.quarter)
            found[i] = Container(nxt, regional and not town, link.comma, link.near, direction, district, town)
    for k, link in owned.items():
        found.setdefault(k, link)
    return _shared_by_lists(doc, mentions, found)


# The words that may stand between an owner and the place it owns: 'Y's X', 'Y city's X', 'Y province's X'.
_OWNER_WORDS = frozenset({"'s", "’s", "city", "town", "province", "governorate"})


def _owner_words(words: Sequence[str]) -> bool:
    """Whether the words between two names make the first own the second ('Aleppo's Bulbul')."""
    return bool(words) and words[-1] in ("'s", "’s") and all(w in _OWNER_WORDS for w in words)


# Words that narrow an area down to the place named after them: 'in Y, concentrated around X', 'mainly in X'.
NARROWING_WORDS = frozenset({"concentrated", "centred", "centered", "focused", "mainly", "mostly", "particularly",
                             "especially"})


def _narrowing_words(words: Sequence[str]) -> bool:
    """Whether the words between two names narrow the first down to the second ('Y, concentrated in X')."""
    at = next((k for k, w in enumerate(words) if w in NARROWING_WORDS), None)
    if at is None or words[:at].count(",") > 1 or any(w not in _LINK_WORDS and w != "," for w in words[:at]):
        return False
    return all(w in _LINK_WORDS or w == "and" for w in words[at + 1 :])


def narrows_to_name(doc: Doc, word: int, name: int) -> bool:
    """Whether the narrowing word at token `word` leads to the name at token `name` ('concentrated in the
    vicinity of X')."""
    return _narrowing_words([t.lower_ for t in doc[word:name]])


def owns_place(doc: Doc, owner_last: int, owned_first: int) -> bool:
    """Whether the words between two names (token positions) make the second lie in the first ('Y's X',
    'in Y, concentrated around X')."""
    if owned_first <= owner_last or doc[owner_last].sent.start != doc[owned_first].sent.start:
        return False
    words = [t.lower_ for t in doc[owner_last + 1 : owned_first]]
    return _owner_words(words) or _narrowing_words(words)


_LIST_GLUE = frozenset({",", "and", "or"})

# Articles a list's next name may start with that are not part of its mention ('A and al-B villages').
_LIST_ARTICLES = frozenset({"al", "el", "-", "the"})


# The kind of a list's first place that may stand before its 'and' ('A town and B in Y'); not 'city', which
# may be a big town named beside a province it does not lie in.
_LIST_KIND_WORDS = frozenset({"town", "village", "hamlet", "neighbourhood", "neighborhood", "camp"})


def _past_unknown_names(doc: Doc, start: int, end: int) -> list[str]:
    """'A and B, near Y' with B no known place: the words after the rest of the list (capitalised names
    joined by ',' and an 'and' / 'or'), which may nest the whole list in Y; [] when no such list tail
    stands first."""
    k, names = start, 0
    while k < end and doc[k].lower_ in _LIST_KIND_WORDS:
        k += 1  # 'A town and B on its outskirts in Y': the first name's kind before the list goes on
    while k < end and doc[k].lower_ in _LIST_GLUE:
        glue = k
        k += 1
        while k < end and doc[k].lower_ in _LIST_GLUE:
            k += 1  # 'A, B, and C': a comma before the last 'and'
        run = k
        while k < end and (doc[k].text[:1].isupper() or (doc[k].lower_ in _LIST_ARTICLES and k + 1 < end)):
            k += 1
        if not any(t.text[:1].isupper() for t in doc[run:k]):
            k = glue  # the list has ended: 'A and B, near Y'
            break
        names += 1
    joined = any(t.lower_ in ("and", "or") for t in doc[start:k])  # 'X, Y County, in Z' is no list
    return [t.lower_ for t in doc[k:end]] if names and joined and k < end else []


def _shared_by_lists(doc: Doc, mentions: Sequence[PlaceMention], found: dict[int, Container]) -> dict[int, Container]:
    """'A and B villages in southern X', 'A, B and C in X': every place of a list lies where its last one does."""
    for i in range(len(mentions) - 2, -1, -1):
        nxt = found.get(i + 1)
        if nxt is None or nxt.comma or (i in found and not found[i].comma):
            continue
        inner, outer = mentions[i], mentions[i + 1]
        if inner.anaphoric or outer.anaphoric or EMBEDDED in (inner.qualifier, outer.qualifier):
            continue
        words = _between(doc, inner, outer)
        words = words[1:] if words and words[0] in _LIST_KIND_WORDS else words
        if (words and set(words) <= _LIST_GLUE | _LIST_ARTICLES and set(words) & _LIST_GLUE
                and words.count("and") + words.count("or") <= 1):
            found[i] = nxt
    return found


def is_regional(entry: GeoEntry) -> bool:
    """An admin unit or province capital: what 'in X' with a direction or 'province' points at."""
    return entry.feature in _REGIONAL or entry.feature.startswith(("ADM1", "ADM2"))


def same_region(candidate: GeoEntry, container: GeoEntry) -> bool:
    """Whether a candidate is in the province of a regional container."""
    return (candidate.geonameid != container.geonameid and candidate.country == container.country
            and candidate.admin1 == container.admin1)


def inside(candidate: GeoEntry, container: GeoEntry, *, regional: bool, reach: float | None = None) -> bool:
    """Whether a candidate lies in (or near) the container the text names; `reach` (km) widens 'near' to the
    district the text names ('X in the Y district')."""
    if candidate.geonameid == container.geonameid:
        return False
    distance = haversine_km(candidate.lat, candidate.lon, container.lat, container.lon)
    if regional and is_district(container):
        return distance <= DISTRICT_KM
    if regional and is_regional(container):
        return same_region(candidate, container) or distance <= REGION_KM
    return distance <= max(NEAR_KM, reach or 0.0)


_DISTRICT_LEVEL = frozenset({"PPLA2", "ADM2"})


def is_district(entry: GeoEntry) -> bool:
    """A district or its seat town: what 'in X' means is X's district, not all of X's province."""
    return entry.feature in _DISTRICT_LEVEL
