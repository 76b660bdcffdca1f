"""Counts of people in one sentence: fatality, injury, displacement, arrest and abduction figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import cast, get_args

from frontwire.errors import ResourceError
from frontwire.extract.numbers import NumberMatch, alternation, data_rows, find_numbers, number_vocab
from frontwire.extract.times import month_pattern
from frontwire.models import Figure, FigureKind, Span

_KINDS = frozenset(get_args(FigureKind))
_KIND_ROLES = ("before", "after", "after_noun", "after_adjacent", "toll", "force", "zero")
_WORD = re.compile(r"[ \t]*([\w'’-]+)")
_LEADING = frozenset({"of", "the", "those", "these"})
_PRONOUNS = frozenset({"them", "whom", "us", "you", "which"})
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+)", re.IGNORECASE)
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
# "killed or wounded 30" gives no count of either kind; other pairs ("abducted and killed 3") count for the nearer verb.
_CONFUSABLE = frozenset({"fatalities", "injured"})
_GAP_ALLOWED = frozenset({"from"})
# 'regime and loyalist fighters': a conjunction inside the words before a people noun.
_INNER_JOIN = frozenset({"and", "or"})
_AND_PEOPLE = re.compile(r"\s+and(?=\s+[A-Za-z])", re.IGNORECASE)
_QUOTE = frozenset("\"“”’'")


@dataclass(frozen=True, slots=True)
class FigureVocab:
    """The figure vocabulary of figures.tsv: trigger phrases by role, and the word lists."""

    triggers: dict[str, dict[str, FigureKind]]
    zero: dict[str, tuple[FigureKind, ...]]
    words: dict[str, frozenset[str]]

    def kind_of(self, phrase: str) -> FigureKind | None:
        """The kind of any trigger phrase, whatever its role."""
        low = " ".join(phrase.lower().split())
        for role in ("before", "after", "after_noun", "after_adjacent"):
            if low in self.triggers[role]:
                return self.triggers[role][low]
        return None


@dataclass(frozen=True, slots=True)
class _Prefix:
    lo: int
    qualifier: str | None
    span_lo: int


@dataclass(frozen=True, slots=True)
class _Who:
    text: str | None
    end: int
    nonhuman: bool = False


@dataclass(frozen=True, slots=True)
class _Trigger:
    """The words that make a number a figure; kind None marks an ambiguous one ("killed or wounded")."""

    kind: FigureKind | None
    lo: int
    hi: int
    who: str | None = None
    mixed: bool = False


@dataclass(frozen=True, slots=True)
class _Found:
    kind: FigureKind
    count: int
    lo: int
    hi: int
    qualifier: str | None = None
    who: str | None = None
    subset: bool = False


def _as_kind(text: str) -> FigureKind:
    if text not in _KINDS:
        raise ResourceError(f"figures.tsv: unknown figure kind {text!r}")
    return cast(FigureKind, text)


@cache
def figure_vocab() -> FigureVocab:
    """The figure vocabulary, loaded once from figures.tsv."""
    triggers: dict[str, dict[str, FigureKind]] = {role: {} for role in _KIND_ROLES}
    zero: dict[str, list[FigureKind]] = {}
    words: dict[str, set[str]] = {}
    for row in data_rows("figures.tsv"):
        if len(row) != 3 or (row[0] != "-") != (row[1] in _KIND_ROLES):
            raise ResourceError(f"figures.tsv: bad row {row!r}")
        kind, role, phrase = row
        if role == "zero":
            zero.setdefault(phrase, []).append(_as_kind(kind))
        elif kind != "-":
            triggers[role][phrase] = _as_kind(kind)
        else:
            words.setdefault(role, set()).add(phrase)
    return FigureVocab(
        triggers=triggers,
        zero={k: tuple(v) for k, v in zero.items()},
        words={k: frozenset(v) for k, v in words.items()},
    )


@dataclass(frozen=True, slots=True)
class _Regexes:
    qualifier_end: re.Pattern[str]
    filler_end: re.Pattern[str]
    intent_end: re.Pattern[str]
    cancel_end: re.Pattern[str]
    passive_next: re.Pattern[str]
    before_end: re.Pattern[str]
    toll_end: re.Pattern[str]
    force_end: re.Pattern[str]
    force_tail: re.Pattern[str]
    after: re.Pattern[str]
    object_after: re.Pattern[str]
    zero: re.Pattern[str]
    article: re.Pattern[str]
    article_pair: re.Pattern[str]
    year_before: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    subset_before: re.Pattern[str]
    subset_after: re.Pattern[str]
    pronoun: re.Pattern[str]
    definite: re.Pattern[str]
    own_death: re.Pattern[str]


# 'killing her husband': a possessive, counted by its noun, not by the pronoun.
_POSSESSED = r"(?:own|family|husband|wife|son|daughter|brother|sister|father|mother|child|children|home|house)\b"


@cache
def _regexes() -> _Regexes:
    v, nv = figure_vocab(), number_vocab()
    w = {role: alternation(words) for role, words in v.words.items()}
    t = {role: alternation(phrases) for role, phrases in v.triggers.items()}
    any_trigger = alternation(p for role in ("before", "after", "after_noun", "after_adjacent") for p in v.triggers[role])
    conj = r"(?:or|and|and/or|and\s+or)"
    gap_stop = alternation(v.words["stop"] - _GAP_ALLOWED)
    gap_word = rf"(?!(?:{gap_stop}|{w['aux']}|{any_trigger})(?![\w-]))[\w'’-]+"
    paren = (
        r"(?P<paren>\s*,?\s*(?:including|among them|mostly|most of them|many of them|all of them)\b[^.;()]{0,80}?,?"
        r"|\s*\([^()]{0,80}\))?"
    )
    after_any = alternation([*v.triggers["after"], *v.triggers["after_noun"]])
    # a count right after an active verb is its object, unless a participle of its own follows ("killed 15 injured")
    count = rf"(?:{alternation([*nv.cardinals, *nv.vague, *nv.zero])}|\d[\d,.]*)(?!\s+(?:{after_any})\b)"
    after_t = f"{t['after']}|{t['after_noun']}|{t['after_adjacent']}"
    month = month_pattern()
    i = re.IGNORECASE
    return _Regexes(
        qualifier_end=re.compile(rf"(?<![\w-])(?P<q>{w['qualifier']})\s+$", i),
        filler_end=re.compile(rf"(?<![\w-])(?:{w['filler']})\s+$", i),
        cancel_end=re.compile(rf"(?<![\w-])(?:{w['cancel']})\s+(?:(?:{w['filler']})\s+)?$", i),
        passive_next=re.compile(rf"\s*(?:[,.;:)\"”]|$)|\s+(?:{w['passive_next']})\b", i),
        intent_end=re.compile(rf"(?<![\w-])(?:{w['intent']})\s+to\s+$", i),
        before_end=re.compile(rf"(?<![\w-])(?:(?P<t1>{any_trigger})\s+{conj}\s+)?(?P<t>{t['before']})\s+[\"“]?$", i),
        toll_end=re.compile(rf"\b(?P<t>{t['toll']})\b[^.;:!?]{{0,60}}?\b(?:{w['toll_link']})\s+$", i),
        force_end=re.compile(rf"(?<![\w-])(?P<t>{t['force']})\s+$", i),
        force_tail=re.compile(rf"\s+(?:{w['force_end']})\b", i),
        after=re.compile(
            rf"[\"”']?(?P<gap>(?:\s+{gap_word}){{0,5}}?){paren}(?P<aux>(?:\s+(?:{w['aux']})(?![\w-]))*?)"
            # 'was shot and killed': another participle joined to the trigger
            rf"(?P<pair>\s+(?!(?:{any_trigger})(?![\w-]))(?:[a-z]+ed|shot|hit|struck|beaten|taken)\s+and)?"
            rf"\s+(?P<t>{after_t})(?![\w-])(?:\s+{conj}\s+(?P<t2>{any_trigger})(?![\w-]))?",
            i,
        ),
        object_after=re.compile(rf"\s+(?:(?:{w['qualifier']})\s+)?(?:{w['object']}|{w['who']}|{count})(?![\w-])", i),
        zero=re.compile(
            r"\bno\s+(?:(?:immediate|official|confirmed|initial|further|other)\s+)?"
            r"(?:(?:reports?|word|news)\s+of\s+(?:any\s+)?)?(?:(?:immediate|civilian|military|serious|major)\s+)?"
            rf"(?P<n>{alternation(v.zero)})(?![\w-])",
            i,
        ),
        article=re.compile(rf"(?<![\w'’-])(?:a|an)\s+(?=(?:[\w'’-]+\s+){{0,2}}?(?:{w['who']})(?![\w-]))", i),
        article_pair=re.compile(
            rf"(?<![\w'’-])(?:a|an)\s+(?:[a-z'’-]+\s+){{0,2}}?(?:{w['who']})\s+and\s+"
            rf"(?:(?:his|her|their|a|an|one)\s+)?(?!(?:{any_trigger}|others?|more)(?![\w-]))(?:[a-z'’-]+\s+)?"
            rf"(?!(?:others?|more)(?![\w-]))(?:{w['who']})(?![\w-])", i),
        year_before=re.compile(r"\b(?:in|since|of|from|until|by|during|early|late|mid|between)\s+$", i),
        month_before=re.compile(rf"{month}\.?\s+$"),
        month_after=re.compile(rf"\s+(?:of\s+)?{month}"),
        subset_before=re.compile(rf"(?<![\w-])(?:{w['subset_before']}),?\s+$", i),
        subset_after=re.compile(rf"\s+(?:{w['subset_after']})\b", i),
        pronoun=re.compile(rf"(?<![\w-])(?P<t>{t['before']})\s+(?P<p>him|her)\b(?!\s+{_POSSESSED})", i),
        definite=re.compile(rf"(?<![\w-])(?P<t>{t['before']})\s+the\s+(?:[a-z-]+\s+){{0,2}}?(?P<w>{w['who']})"
                            rf"(?![\w'’-])(?!\s+(?:and|or)\s)", i),
        own_death=re.compile(r"(?<![\w-])(?:to|in)\s+(?:his|her)\s+(?:later\s+|eventual\s+)?death\b", i),
    )


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _is_date_number(sentence: str, num: NumberMatch, rx: _Regexes) -> bool:
    """Whether a number is part of a date ("12 March", "March 12", "in 2016") rather than a count."""
    before = max(0, num.start - 12)
    if _YEARLIKE.fullmatch(num.text):
        return rx.year_before.search(sentence, before, num.start) is not None or bool(rx.month_before.search(sentence, before, num.start))
    day = num.value <= 31 and num.text.isdigit()
    return day and bool(rx.month_after.match(sentence, num.end) or rx.month_before.search(sentence, before, num.start))


def _numbers(sentence: str, rx: _Regexes) -> list[NumberMatch]:
    found = [n for n in find_numbers(sentence) if not _is_date_number(sentence, n, rx)]
    taken = [(n.start, n.end) for n in found]
    for m in rx.article_pair.finditer(sentence):
        # 'a man and his son': two people, each told without a number.
        if not any(lo <= m.start() < hi or m.start() <= lo < m.end() for lo, hi in taken):
            found.append(NumberMatch(m.start(), m.end(), m.group(), 2))
            taken.append((m.start(), m.end()))
    for m in rx.article.finditer(sentence):
        if not any(lo <= m.start() < hi for lo, hi in taken):
            found.append(NumberMatch(m.start(), m.start() + len(m.group().rstrip()), m.group().rstrip(), 1))
    return sorted(found, key=lambda n: n.start)


def _prefix(sentence: str, num: NumberMatch, rx: _Regexes) -> _Prefix:
    """Where the words before a number that hedge or pad it begin, and the hedge itself."""
    lo = num.start - 1 if num.start > 0 and sentence[num.start - 1] in _QUOTE else num.start
    qualifier, span_lo = None, lo
    for _ in range(3):
        m = rx.qualifier_end.search(sentence, max(0, lo - 25), lo) or rx.filler_end.search(sentence, max(0, lo - 25), lo)
        if m is None:
            break
        if m.re is rx.qualifier_end:
            qualifier, span_lo = qualifier or _norm(m["q"]), m.start()
        lo = m.start()
    return _Prefix(lo, qualifier, span_lo)


def _who(sentence: str, pos: int, limit: int) -> _Who:
    """The people a number counts: the words after it up to a people noun ("Syrian soldiers")."""
    v = figure_vocab()
    who, stop = v.words["who"], v.words["stop"] | v.words["aux"]
    first: int | None = None
    for _ in range(5):
        m = _WORD.match(sentence, pos)
        if m is None or m.end(1) > limit:
            break
        word = _norm(m[1])
        pair = _WORD.match(sentence, m.end())
        pair_end = pair.end(1) if pair and pair.end(1) <= limit else -1
        two = f"{word} {_norm(pair[1])}" if pair and pair_end > 0 else ""
        if first is None and word in _LEADING:
            pos = m.end()
            continue
        begin = m.start(1) if first is None else first
        if two in who:
            end = _more_people(sentence, pair_end, limit)
            return _Who(sentence[begin:end], end)
        if word in who:
            end = _more_people(sentence, m.end(1), limit)
            return _Who(sentence[begin:end], end)
        if word in v.words["nonhuman"] or two in v.words["nonhuman"]:
            return _Who(None, m.end(1), nonhuman=True)
        if first is not None and word in _INNER_JOIN:
            pos = m.end()
            continue
        if word in stop or word in _PRONOUNS or v.kind_of(word) is not None:
            break
        first = m.start(1) if first is None else first
        pos = m.end()
    return _Who(None, pos)


def _more_people(sentence: str, end: int, limit: int) -> int:
    """'rebel fighters', 'regime soldiers': a people noun may be followed by another that heads the phrase;
    'soldiers and allied militia fighters': or by 'and' and other people, counted together."""
    who = figure_vocab().words["who"]
    for _ in range(2):
        m = _WORD.match(sentence, end)
        if m is None or m.end(1) > limit or _norm(m[1]) not in who:
            break
        end = m.end(1)
    joined = _AND_PEOPLE.match(sentence, end)
    if joined is None:
        return end
    stop = figure_vocab().words["stop"] | figure_vocab().words["aux"]
    pos = joined.end()
    for _ in range(4):
        m = _WORD.match(sentence, pos)
        if m is None or m.end(1) > limit or _norm(m[1]) in stop or figure_vocab().kind_of(m[1]) is not None:
            break
        if _norm(m[1]) in who:
            return m.end(1)
        pos = m.end()
    return end


def _left(sentence: str, lo: int, who: _Who, rx: _Regexes) -> _Trigger | None:
    m = rx.before_end.search(sentence, max(0, lo - 60), lo)
    if m is not None and rx.intent_end.search(sentence, max(0, m.start("t") - 20), m.start("t")):
        return None
    if m is not None:
        kind = figure_vocab().kind_of(m["t"])
        if m["t1"] and _confused(figure_vocab().kind_of(m["t1"]), kind):
            return _Trigger(None, m.start(), m.end(), mixed=True)
        return _Trigger(kind, m.start("t"), m.end("t"))
    m = rx.toll_end.search(sentence, max(0, lo - 100), lo)
    if m is not None:
        return _Trigger("fatalities", m.start("t"), m.start("t"))
    m = rx.force_end.search(sentence, max(0, lo - 20), lo)
    tail = rx.force_tail.match(sentence, who.end) if m is not None and who.text else None
    if m is not None and tail is not None:
        return _Trigger("displaced", m.start("t"), tail.end())
    return None


def _confused(one: FigureKind | None, other: FigureKind | None) -> bool:
    return one != other and one in _CONFUSABLE and other in _CONFUSABLE


def _plain_gap(gap: str) -> bool:
    """Whether the words between a number and its participle can only be names ("12 Houthis killed")."""
    return all(_norm(x) in _LEADING or x[:1].isupper() for x in gap.split())


def _right(sentence: str, num: NumberMatch, who: _Who, *, next_start: int, rx: _Regexes) -> _Trigger | None:
    """The participle or noun after a number that makes it a figure ("12 people were killed", "12 dead")."""
    m = rx.after.match(sentence, num.end)
    if m is None and who.text:
        m = rx.after.match(sentence, who.end)
    if m is not None and rx.cancel_end.search(sentence, max(0, num.start - 20), num.start):
        return None
    if m is None or next_start < (m.start("paren") if m["paren"] else m.start("t")):
        return None
    v = figure_vocab()
    kind = v.kind_of(m["t"])
    if kind is None or (m["t2"] and _confused(v.kind_of(m["t2"]), kind)):
        return _Trigger(None, m.start("t"), m.end("t"))
    if _norm(m["t"]) in v.triggers["after_adjacent"] and (len(m["gap"].split()) > 1 or m["paren"] or m["aux"].strip()
                                                         or m["pair"]):
        return None
    if _norm(m["t"]) in v.triggers["after"] and not m["aux"].strip():
        if rx.object_after.match(sentence, m.end("t")):
            return None
        if not (who.text or _plain_gap(m["gap"]) or rx.passive_next.match(sentence, m.end("t"))):
            return None
    gap = " ".join(x for x in m["gap"].split() if _norm(x) not in _LEADING)
    fallback = gap if gap.endswith("s") and m["aux"].strip() else None
    return _Trigger(kind, m.start("t"), m.end("t"), who=None if who.text else fallback)


def _is_part(sentence: str, num: NumberMatch, prefix: _Prefix, rx: _Regexes) -> bool:
    """Whether a number counts part of another count ("including 3 children", "2 of them")."""
    before = rx.subset_before.search(sentence, max(0, prefix.lo - 20), prefix.lo)
    return before is not None or rx.subset_after.match(sentence, num.end) is not None


def _groups(sentence: str, numbers: list[NumberMatch], rx: _Regexes) -> list[list[tuple[NumberMatch, _Prefix, _Who]]]:
    """Numbers joined by "and" or commas with only their people between ("3 soldiers and 2 civilians")."""
    groups: list[list[tuple[NumberMatch, _Prefix, _Who]]] = []
    for i, num in enumerate(numbers):
        limit = numbers[i + 1].start if i + 1 < len(numbers) else len(sentence)
        after = num.end + 1 if sentence[num.end : num.end + 1] in _QUOTE and num.end < len(sentence) else num.end
        item = (num, _prefix(sentence, num, rx), _who(sentence, after, limit))
        if groups:
            prev_num, _, prev_who = groups[-1][-1]
            words_end = prev_who.end if prev_who.text else prev_num.end
            if _JOIN.fullmatch(sentence, words_end, item[1].lo) and not _is_part(sentence, num, item[1], rx):
                groups[-1].append(item)
                continue
        groups.append([item])
    return groups


def _build(sentence: str, members: list[tuple[NumberMatch, _Prefix, _Who]], trig: _Trigger, rx: _Regexes) -> _Found | None:
    first_num, prefix, _ = members[0]
    last_num, _, last_who = members[-1]
    whos = [w.text for _, _, w in members if w.text] or ([trig.who] if trig.who else [])
    if trig.kind is None or any(n.value == 1 and n.text.lower() in {"a", "an"} and not w.text for n, _, w in members):
        return None
    if trig.kind == "displaced" and any(_norm(x).split()[-1] in figure_vocab().words["perpetrator"] for x in whos):
        return None
    qualifier = prefix.qualifier or (
        "between" if any(n.is_range for n, _, _ in members) else "vague" if any(n.vague for n, _, _ in members) else None
    )
    lo = min(trig.lo, prefix.span_lo)
    hi = max(trig.hi, last_who.end if last_who.text else last_num.end)
    subset = _is_part(sentence, first_num, prefix, rx)
    count = sum(n.value for n, _, _ in members)
    who = " and ".join(dict.fromkeys(whos)) or None
    return _Found(trig.kind, count, lo, hi, qualifier, who, subset)


# ACLED codes deaths reported without a number ('killed and wounded several') as 10.
UNKNOWN_TOLL = 10


def _unknown_toll(group: list[tuple[NumberMatch, _Prefix, _Who]], trig: _Trigger) -> _Found:
    """'killed and injured dozens': some died, how many is unknown."""
    last_num, _, last_who = group[-1]
    hi = last_who.end if last_who.text else last_num.end
    return _Found("fatalities", UNKNOWN_TOLL, trig.lo, hi, "unknown", last_who.text, False)


def _group_figures(
    sentence: str, group: list[tuple[NumberMatch, _Prefix, _Who]], *, next_start: int, taken: int, rx: _Regexes
) -> list[_Found]:
    """The figures of one group of numbers; triggers before taken already belong to an earlier figure."""
    if any(w.nonhuman for _, _, w in group):
        return []
    first_num, prefix, _ = group[0]
    last_num, _, last_who = group[-1]
    left = _left(sentence, prefix.lo, last_who, rx)
    left = left if left is None or left.lo >= taken else None
    right = _right(sentence, last_num, last_who, next_start=next_start, rx=rx)
    if left and left.mixed and all(n.vague for n, _, _ in group):
        return [_unknown_toll(group, left)]
    if (left and left.kind is None) or (right and right.kind is None):
        return []
    if left and right and len(group) > 1:
        parts = [_build(sentence, group[:-1], left, rx), _build(sentence, group[-1:], right, rx)]
        return [p for p in parts if p is not None]
    trig = left or right
    found = _build(sentence, group, trig, rx) if trig else None
    return [found] if found else []


_ADDED = re.compile(r"\s*,?\s*(?:along\s+with|in\s+addition\s+to|as\s+well\s+as|alongside|besides|plus)\s+$",
                    re.IGNORECASE)


def _added(sentence: str, last: _Found, group: list[tuple[NumberMatch, _Prefix, _Who]]) -> bool:
    """'12 soldiers were killed along with 3 civilians': people added right after a figure share its kind."""
    _, prefix, _ = group[0]
    return (last.hi <= prefix.span_lo and not last.subset and all(w.text and not n.vague for n, _, w in group)
            and _ADDED.fullmatch(sentence, last.hi, prefix.span_lo) is not None)


def _with_added(last: _Found, group: list[tuple[NumberMatch, _Prefix, _Who]]) -> _Found:
    """The figure with the people added after it counted in."""
    _, _, last_who = group[-1]
    count = last.count + sum(n.value for n, _, _ in group)
    return _Found(last.kind, count, last.lo, last_who.end, last.qualifier, last.who, last.subset)


def _zero_figures(sentence: str, rx: _Regexes) -> list[_Found]:
    zero = figure_vocab().zero
    return [_Found(kind, 0, m.start(), m.end()) for m in rx.zero.finditer(sentence) for kind in zero[_norm(m["n"])]]


# 'resulting in the death of the driver' counts; 'the killing of the man sparked protests' tells of another event.
_RESULT_END = re.compile(r"(?<![\w-])(?:in|to|caused|causing|causes)\s+$", re.IGNORECASE)
_PLURAL_PEOPLE = frozenset({"people", "men", "women", "children", "police", "personnel", "staff", "crew", "forces"})


def _singular(noun: str) -> bool:
    """Whether a people noun names one person ('the driver', not 'the suspects' or 'the police')."""
    low = noun.lower()
    return low not in _PLURAL_PEOPLE and not (low.endswith("s") and not low.endswith("ss"))


def _pronoun_figures(sentence: str, rx: _Regexes, taken: list[_Found]) -> list[_Found]:
    """'..., killing him', 'killed the driver', 'leading to his death': one person (a possessive such as
    'killing her husband' counts by its noun)."""
    vocab = figure_vocab()
    found = [_Found(kind, 1, m.start(), m.end()) for m in rx.pronoun.finditer(sentence)
             if (kind := vocab.kind_of(m["t"])) is not None]
    found += [_Found(kind, 1, m.start(), m.end()) for m in rx.definite.finditer(sentence)
              if _singular(m["w"]) and (kind := vocab.kind_of(m["t"])) is not None
              and (not m["t"].lower().startswith("the ") or _RESULT_END.search(sentence, 0, m.start()))]
    found += [_Found("fatalities", 1, m.start(), m.end()) for m in rx.own_death.finditer(sentence)]
    return [f for f in found if not any(f.lo < t.hi and t.lo < f.hi for t in taken)]


def _drop_subsets(found: list[_Found]) -> list[_Found]:
    """Drop counts that are part of a larger count of the same kind ("3 people, 2 of them children").

    A vague part ("many of those killed") refers back to a count given elsewhere, so it is dropped too.
    """
    whole = [f for f in found if not f.subset]
    return [
        f
        for f in found
        if not f.subset or (f.qualifier != "vague" and not any(g.kind == f.kind and g.count >= f.count for g in whole))
    ]


def find_figures(sentence: str, offset: int) -> list[Figure]:
    """Every count of people in sentence, in text order, by ACLED's conservative counting rules.

    Ranges count their lower bound ("between 5 and 8" is 5), vague plurals follow numbers.tsv ("dozens" 12),
    "killed or wounded N" is no figure, and a count that is part of a larger one in the sentence is dropped.
    Spans are article offsets: offset is where sentence starts in the article text.
    """
    rx = _regexes()
    numbers = _numbers(sentence, rx)
    groups = _groups(sentence, numbers, rx)
    found: list[_Found] = []
    for i, group in enumerate(groups):
        next_start = groups[i + 1][0][0].start if i + 1 < len(groups) else len(sentence)
        taken = max((f.hi for f in found), default=0)
        own = _group_figures(sentence, group, next_start=next_start, taken=taken, rx=rx)
        if not own and found and _added(sentence, found[-1], group):
            found[-1] = _with_added(found[-1], group)
        found.extend(own)
    found = sorted(_drop_subsets([*found, *_zero_figures(sentence, rx), *_pronoun_figures(sentence, rx, found)]),
                   key=lambda f: (f.lo, f.hi))
    return [_to_figure(sentence, offset, f) for f in found]


def _to_figure(sentence: str, offset: int, found: _Found) -> Figure:
    span = Span(start=offset + found.lo, end=offset + found.hi, text=sentence[found.lo : found.hi])
    return Figure(kind=found.kind, count=found.count, span=span, qualifier=found.qualifier, who=found.who)
