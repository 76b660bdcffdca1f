"""The actor catalogue: canonical actors, the phrases news uses for them, and resolving those phrases."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

from frontwire.errors import ResourceError
from frontwire.models import ActorRef, Span

ActorKind = Literal[
    "state", "rebel", "militia", "identity", "civilians", "protesters", "rioters",
    "external", "unidentified", "organization", "media",
]
Scope = Literal["country", "focus", "ethnic", "label"]
KINDS: frozenset[str] = frozenset(get_args(ActorKind))
ARMED_INTER: frozenset[int] = frozenset({1, 2, 3, 4, 8})

# Match ranks: a catalogue alias beats a country pattern, which beats a focus-relative one.
_ALIAS, _COUNTRY, _FOCUS, _BARE = 3, 2, 1, 0
_TOKEN = re.compile(r"[^\W_]+|['’]s\b")
_JOIN = re.compile(r"['’]?[ \t\-‐‑–/]{0,3}")
_HYPHENS = re.compile(r"[\-‐‑–]+")
_DOTTED = re.compile(r"\.[ \t\-]?")  # "U.S. troops": the dot after a lone letter does not end the phrase
_ALTERNATIVES = re.compile(r"\(([^()]*)\)")
_PERIOD = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_LABEL = re.compile(r"(?P<head>[^()]*?)\s*\((?P<inner>[^()]*)\)\s*")
_SLOTS = ("{adj}", "{name}", "{any}")


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One canonical actor of the catalogue."""

    id: str
    name: str
    inter: int
    country: str | None
    kind: ActorKind
    short: str = ""
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """How a generic pattern's actor is built: id and name templates over a Country's fields."""

    role: str
    inter: int
    kind: ActorKind
    id: str | None = None
    name: str | None = None
    generic_id: str | None = None
    generic_name: str | None = None
    default: str | None = None


@dataclass(frozen=True, slots=True)
class Country:
    """A country as generic patterns see it: names, adjectives and per-role catalogue overrides."""

    iso2: str
    name: str
    the: bool = False
    adj: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()

    def fields(self, group: str | None) -> dict[str, str]:
        """Template fields for building this country's actors."""
        return {
            "cc": self.iso2.lower(), "country": self.name,
            "the_country": f"the {self.name}" if self.the else self.name,
            "group": group or "", "group_slug": re.sub(r"\W+", "-", (group or "").lower()),
        }


@dataclass(frozen=True, slots=True)
class Ethnic:
    """An ethnic or clan group whose militias ACLED names after it; countries[0] is its home."""

    name: str
    countries: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseGroup:
    """Phrases of one role and scope, with (a|b) alternatives still unexpanded."""

    role: str
    scope: Scope
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rules:
    """The generic patterns and the tables they need."""

    roles: tuple[Role, ...]
    phrases: tuple[PhraseGroup, ...]
    countries: tuple[Country, ...]
    ethnic_groups: tuple[Ethnic, ...] = ()
    suffixes: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    qualifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Target:
    """What a trie phrase names: a catalogue actor, or a role of a (word's or focus) country."""

    rank: int
    actor: str | None = None
    role: str = ""
    country: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class _Tokens:
    """A text cut into words, with the normalised and exact forms the trie is keyed on."""

    low: tuple[str, ...]
    exact: tuple[str, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]
    joins: tuple[bool, ...]  # may continue a phrase begun on an earlier token
    glued: tuple[bool, ...]  # hyphened to the token before it, with no space


class _Node:
    """One word of the phrase trie."""

    __slots__ = ("kids", "target")

    def __init__(self) -> None:
        self.kids: dict[str, _Node] = {}
        self.target: _Target | None = None


class ActorCatalogue:
    """Canonical actors plus generic patterns; turns what a text calls an actor into an ActorRef."""

    def __init__(self, records: Iterable[ActorRecord], rules: Rules, *, source: str = "catalogue") -> None:
        self._records: dict[str, ActorRecord] = {}
        for rec in records:
            if rec.id in self._records:
                raise ResourceError(f"{source}: actor id {rec.id!r} is used twice; ids must be unique")
            self._records[rec.id] = rec
        self._rules, self._source = rules, source
        self._roles = {r.role: r for r in rules.roles}
        self._countries = {c.iso2: c for c in rules.countries}
        self._homes = {e.name: e.countries for e in rules.ethnic_groups}
        self._suffixes, self._numbers = frozenset(rules.suffixes), frozenset(rules.numbers)
        self._determiners = sorted((_keys(d, fold=True) for d in rules.determiners), key=len, reverse=True)
        self._built: dict[tuple[str, str | None, str | None], ActorRecord | None] = {}
        self._tries: dict[bool, _Node] = {}
        self._index: dict[str, dict[str, str]] = {}

    @classmethod
    def from_records(cls, records: Iterable[ActorRecord], *, rules: Rules | None = None) -> ActorCatalogue:
        """A catalogue of the given records (tests use tiny ones); rules default to the packaged ones."""
        return cls(records, load_rules() if rules is None else rules, source="records")

    @property
    def records(self) -> tuple[ActorRecord, ...]:
        """Every catalogue record, in file order."""
        return tuple(self._records.values())

    def record(self, actor_id: str) -> ActorRecord | None:
        """The catalogue record with this id, or None."""
        return self._records.get(actor_id)

    def resolve(self, phrase: str, *, country_focus: str | None) -> ActorRef | None:
        """The actor a noun phrase names ("Russian jets", "the Syrian regime"), or None."""
        focus, toks = _focus(country_focus), _tokenize(phrase)
        rec = self._whole(self._trie(False), toks, focus) or self._scan_best(toks, focus)
        return None if rec is None else self._ref(rec, focus, phrase.strip(), None)

    def find(
        self, text: str, offset: int = 0, *, country_focus: str | None, bare_countries: bool = True
    ) -> list[ActorRef]:
        """Every actor mention in a sentence (longest first, no overlaps), spans in article offsets.

        A bare country name ("Russia") counts as its state forces unless it is the focus country.
        """
        focus, toks, root = _focus(country_focus), _tokenize(text), self._trie(False)
        out: list[ActorRef] = []
        i, n = 0, len(toks.low)
        while i < n:
            hit = None
            if toks.low[i] in root.kids or toks.exact[i] in root.kids:
                hit = self._best(root, toks, i, focus, bare=bare_countries)
            if hit is None:
                i += 1
                continue
            end, rec = hit
            s, e = toks.start[i], toks.end[end - 1]
            if rec is not None:
                out.append(self._ref(rec, focus, text[s:e], Span(offset + s, offset + e, text[s:e])))
            i = end
        return out

    def country_actor(self, country: str, role: str = "government") -> ActorRef | None:
        """The actor that stands for a country itself in a role (its government by default), or None."""
        if role not in self._roles:
            return None
        rec = self._realise(_Target(_COUNTRY, role=role, country=country.upper()), None)
        return None if rec is None else self._ref(rec, None, rec.name, None)

    def canonical(self, name: str, *, country_focus: str | None = None) -> str | None:
        """The catalogue id for any way of writing an actor, answer-key labels included.

        Tries the ACLED-style names, then "<country> (<qualifier>)", then the whole label, the part
        in parentheses and the part before them as phrases, and last resolve() on the label.
        """
        focus, label = _focus(country_focus), " ".join(name.split())
        if label in self._records:
            return label
        m = _LABEL.fullmatch(label)
        found = self._lookup("names").get(_name_key(label))
        if found is None and m is not None:
            found = self._qualified(m["head"], m["inner"])
        if found is not None:
            return found
        for part in [label] if m is None else [label, m["inner"], m["head"]]:
            rec = self._whole(self._trie(True), _tokenize(part), focus)
            if rec is not None:
                return rec.id
        ref = self.resolve(label, country_focus=focus)
        return None if ref is None else ref.id

    def _ref(self, rec: ActorRecord, focus: str | None, text: str, span: Span | None) -> ActorRef:
        abroad = rec.kind == "state" and focus is not None and rec.country not in (None, focus)
        return ActorRef(rec.id, rec.name, 8 if abroad else rec.inter, rec.country, text=text, span=span)

    def _best(
        self, root: _Node, toks: _Tokens, i: int, focus: str | None, *, bare: bool
    ) -> tuple[int, ActorRecord | None] | None:
        """The longest mention starting at token i; a None actor means words to skip, not an actor."""
        for end, target in _walk(root, toks, i):
            if target.rank == _BARE and end < len(toks.low) and toks.glued[end]:
                continue  # "Britain-based monitor": the name qualifies a word, it is not an actor
            if target.rank == _BARE and (not bare or target.country == focus):
                return end, None  # consumed whole, so "Republic of Congo" is not re-read inside it
            rec = self._realise(target, focus)
            if rec is not None:
                return self._extend(toks, end, target), rec
        return None

    def _extend(self, toks: _Tokens, end: int, target: _Target) -> int:
        follows = target.rank != _BARE and end < len(toks.low) and toks.joins[end]
        return end + 1 if follows and toks.low[end] in self._suffixes else end

    def _whole(self, root: _Node, toks: _Tokens, focus: str | None) -> ActorRecord | None:
        for start in self._starts(toks):
            for end, target in _walk(root, toks, start):
                if self._extend(toks, end, target) == len(toks.low):
                    rec = self._realise(target, focus)
                    if rec is not None:
                        return rec
        return None

    def _scan_best(self, toks: _Tokens, focus: str | None) -> ActorRecord | None:
        # A phrase naming several actors ("fighters from Jaish al-Nasr") gives its most specific one.
        root = self._trie(False)
        best: ActorRecord | None = None
        best_key = (-1, 0, 0)
        for i in range(len(toks.low)):
            for end, target in _walk(root, toks, i):
                rec = self._realise(target, focus)
                if rec is None:
                    continue
                if (target.rank, end - i, -i) > best_key:
                    best, best_key = rec, (target.rank, end - i, -i)
                break
        return best

    def _starts(self, toks: _Tokens) -> Iterator[int]:
        i, n = 0, len(toks.low)
        yield 0
        while i < n:
            step = 1 if toks.low[i].isdigit() or toks.low[i] in self._numbers else 0
            step = step or next((len(d) for d in self._determiners if toks.low[i : i + len(d)] == d), 0)
            if not step:
                return
            i += step
            yield i

    def _realise(self, target: _Target, focus: str | None) -> ActorRecord | None:
        if target.actor is not None:
            return self._records.get(target.actor)
        country = target.country or focus
        if country is None and target.group is not None:
            country = self._homes[target.group][0]
        key = (target.role, country, target.group)
        if key not in self._built:
            self._built[key] = self._build_role(self._roles[target.role], country, target.group)
        return self._built[key]

    def _build_role(self, role: Role, country: str | None, group: str | None) -> ActorRecord | None:
        if country is not None:
            place = self._countries.get(country) or Country(iso2=country, name=country)
            override = dict(place.roles).get(role.role)
            if override in self._records:
                return self._records[str(override)]
            if role.id is not None and role.name is not None:
                fields = place.fields(group)
                actor_id, name = role.id.format(**fields), role.name.format(**fields)
                return self._records.get(actor_id) or ActorRecord(actor_id, name, role.inter, country, role.kind, name)
        if role.default in self._records:
            return self._records[str(role.default)]
        if role.generic_id is not None:
            name = role.generic_name or role.generic_id
            return ActorRecord(role.generic_id, name, role.inter, None, role.kind, name)
        return None

    def _qualified(self, head: str, inner: str) -> str | None:
        role = self._lookup("qualifiers").get(_name_key(inner))
        country = self._lookup("countries").get(_name_key(head))
        if role is None or country is None:
            return None
        rec = self._realise(_Target(_COUNTRY, role=role, country=country), None)
        return None if rec is None else rec.id

    def _lookup(self, table: str) -> dict[str, str]:
        if table not in self._index:
            # Reversed so that, in dict(), the first spelling listed wins.
            self._index[table] = dict(reversed([(_name_key(k), v) for k, v in self._index_entries(table)]))
        return self._index[table]

    def _index_entries(self, table: str) -> Iterator[tuple[str, str]]:
        if table == "qualifiers":
            yield from self._rules.qualifiers
        elif table == "countries":
            yield from ((form, c.iso2) for c in self._countries.values() for form in (c.name, *c.names, *c.adj))
        else:
            yield from ((r.name, r.id) for r in self._records.values())
            yield from ((r.short, r.id) for r in self._records.values())
            for role in (r for r in self._roles.values() if "{group" not in (r.id or "")):
                for iso2 in (*self._countries, None):
                    rec = self._realise(_Target(_COUNTRY, role=role.role, country=iso2), None)
                    yield from () if rec is None else ((rec.name, rec.id),)

    def _trie(self, label: bool) -> _Node:
        if label not in self._tries:
            self._tries[label] = self._build_trie(label)
        return self._tries[label]

    def _build_trie(self, label: bool) -> _Node:
        root = _Node()
        for rec in self._records.values():
            for alias in rec.aliases:
                _insert(root, _keys(alias, fold=label), _Target(_ALIAS, actor=rec.id), self._source)
            for acronym in rec.acronyms:
                _insert(root, _keys(acronym, exact=True, fold=label), _Target(_ALIAS, actor=rec.id), self._source)
        for group in self._rules.phrases:
            if group.scope != "label" or label:
                for phrase in (p for raw in group.phrases for p in _expand(raw)):
                    for text, target in self._pattern_entries(group, phrase):
                        _insert(root, _keys(text, fold=label), target, "actor patterns")
        for c in self._countries.values():
            for name in c.names:
                bare = _Target(_BARE, role="military", country=c.iso2)
                _insert(root, _keys(name, exact=True, fold=label), bare, "actor patterns")
        return root

    def _pattern_entries(self, group: PhraseGroup, phrase: str) -> Iterator[tuple[str, _Target]]:
        if group.scope == "ethnic":
            for e in self._rules.ethnic_groups:
                yield phrase.replace("{ethnic}", e.name), _Target(_COUNTRY, role=group.role, group=e.name)
        elif group.scope == "country":
            slot = next(s for s in _SLOTS if s in phrase)
            for c in self._countries.values():
                forms = c.adj if slot == "{adj}" else c.names if slot == "{name}" else (*c.adj, *c.names)
                for form in dict.fromkeys(forms):
                    yield phrase.replace(slot, form), _Target(_COUNTRY, role=group.role, country=c.iso2)
        else:
            yield phrase, _Target(_FOCUS, role=group.role)


def is_armed(ref: ActorRef) -> bool:
    """True for actors that fight: state forces, rebels, militias and external forces."""
    return ref.inter in ARMED_INTER


def load_catalogue(path: Path | None = None, *, rules_path: Path | None = None) -> ActorCatalogue:
    """The actor catalogue from a JSON file (default: the packaged one), with its generic rules."""
    if path is None and rules_path is None:
        return _packaged()
    raw, source = _read_json(path, "actors.json")
    return ActorCatalogue(_parse_records(raw, source), load_rules(rules_path), source=source)


def load_rules(path: Path | None = None) -> Rules:
    """The generic actor patterns from a JSON file (default: the packaged one)."""
    return _packaged_rules() if path is None else _parse_rules(*_read_json(path, "actor_patterns.json"))


@cache
def _packaged() -> ActorCatalogue:
    raw, source = _read_json(None, "actors.json")
    return ActorCatalogue(_parse_records(raw, source), _packaged_rules(), source=source)


@cache
def _packaged_rules() -> Rules:
    return _parse_rules(*_read_json(None, "actor_patterns.json"))


def _read_json(path: Path | None, name: str) -> tuple[Any, str]:
    source = f"frontwire/data/{name}" if path is None else str(path)
    try:
        if path is None:
            text = (resources.files("frontwire") / "data" / name).read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        return json.loads(text), source
    except OSError as exc:
        problem = exc.strerror or exc
        raise ResourceError(f"{source}: cannot read ({problem}); check the path or reinstall frontwire") from None
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{source}: line {exc.lineno}: not valid JSON ({exc.msg})") from None


def _frozen(raw: Any) -> dict[str, Any]:
    """A JSON object's fields with lists as tuples and objects as sorted (key, value) pairs."""
    def freeze(value: Any) -> Any:
        if isinstance(value, list):
            return tuple(freeze(v) for v in value)
        return tuple(sorted(value.items())) if isinstance(value, dict) else value

    return {str(k): freeze(v) for k, v in raw.items()}


def _parse_records(raw: Any, source: str) -> list[ActorRecord]:
    items = raw.get("actors") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise ResourceError(f"{source}: expected an object with an 'actors' list")
    records = [_parse_record(item, f"{source}: actors[{i}]") for i, item in enumerate(items)]
    ids = {r.id for r in records}
    for rec in records:
        if rec.parent is not None and rec.parent not in ids:
            raise ResourceError(f"{source}: {rec.id}: parent {rec.parent!r} is not a catalogue id")
    return records


def _parse_record(item: Any, where: str) -> ActorRecord:
    try:
        rec = ActorRecord(**{"short": item.get("name", ""), **_frozen(item)})
    except (TypeError, AttributeError) as exc:
        raise ResourceError(f"{where}: malformed record ({exc}); see the 'fields' note in the file") from None
    problem = _record_problem(rec)
    if problem:
        raise ResourceError(f"{where} ({rec.id}): {problem}")
    return rec


def _record_problem(rec: ActorRecord) -> str:
    texts = (rec.id, rec.name, rec.short, *rec.aliases, *rec.acronyms)
    if not all(isinstance(t, str) and t.strip() for t in texts):
        return "id, name, short, aliases and acronyms must be non-empty strings"
    if not isinstance(rec.inter, int) or not 1 <= rec.inter <= 8:
        return f"inter must be an integer 1..8, not {rec.inter!r}"
    if rec.kind not in KINDS:
        return f"kind {rec.kind!r} is not one of {sorted(KINDS)}"
    if rec.country is not None and not re.fullmatch(r"[A-Z]{2}", str(rec.country)):
        return f"country must be an ISO 3166 alpha-2 code or null, not {rec.country!r}"
    if any(a != a.lower() for a in rec.aliases):
        return "aliases must be lowercase (case-sensitive forms go in 'acronyms')"
    return ""


def _parse_rules(raw: Any, source: str) -> Rules:
    try:
        rules = Rules(
            roles=tuple(Role(role=k, **_frozen(v)) for k, v in raw["roles"].items()),
            phrases=tuple(PhraseGroup(**_frozen(g)) for g in raw["phrases"]),
            countries=tuple(Country(**_frozen(c)) for c in raw["countries"]),
            ethnic_groups=tuple(Ethnic(**_frozen(e)) for e in raw["ethnic_groups"]),
            **_frozen({k: raw[k] for k in ("suffixes", "determiners", "numbers", "qualifiers")}),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        problem = f"missing or malformed entry ({exc}); see the 'fields' note in the file"
        raise ResourceError(f"{source}: {problem}") from None
    problem = _rules_problem(rules)
    if problem:
        raise ResourceError(f"{source}: {problem}")
    return rules


def _rules_problem(rules: Rules) -> str:
    roles = {r.role for r in rules.roles}
    bad = [r.role for r in rules.roles if r.kind not in KINDS or r.inter not in range(1, 9)]
    bad += [g.role for g in rules.phrases if g.role not in roles or g.scope not in get_args(Scope)]
    slotless = (g for g in rules.phrases if g.scope == "country")
    bad += [g.role for g in slotless if not all(any(s in p for s in _SLOTS) for p in g.phrases)]
    bad += [r for c in rules.countries for r, _ in c.roles if r not in roles]
    bad += [r for _, r in rules.qualifiers if r not in roles]
    return f"roles {sorted(set(bad))}: unknown, or with a bad kind, inter, scope or country phrase" if bad else ""


def _focus(country_focus: str | None) -> str | None:
    return (country_focus.strip().upper() or None) if country_focus else None


@cache
def _fold(token: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", token) if not unicodedata.combining(ch))


def _norm(token: str) -> str:
    low = token.replace("’", "'").lower()
    return low if low.isascii() else _fold(low)


def _tokenize(text: str) -> _Tokens:
    low: list[str] = []
    exact: list[str] = []
    start: list[int] = []
    end: list[int] = []
    joins: list[bool] = []
    glued: list[bool] = []
    for m in _TOKEN.finditer(text):
        gap = text[end[-1] : m.start()] if end else None
        lone = bool(end) and end[-1] - start[-1] == 1
        joins.append(gap is not None and bool(_JOIN.fullmatch(gap) or (lone and _DOTTED.fullmatch(gap))))
        glued.append(gap is not None and bool(_HYPHENS.fullmatch(gap)))
        low.append(_norm(m.group()))
        exact.append("=" + m.group().replace("’", "'"))
        start.append(m.start())
        end.append(m.end())
    return _Tokens(tuple(low), tuple(exact), tuple(start), tuple(end), tuple(joins), tuple(glued))


def _keys(phrase: str, *, exact: bool = False, fold: bool = False) -> tuple[str, ...]:
    """Trie keys of a data phrase: lowercased, or '='+token where case must match."""
    tokens = [m.group().replace("’", "'") for m in _TOKEN.finditer(phrase)]
    return tuple(_norm(t) if fold or not (exact or t.isupper()) else "=" + t for t in tokens)


def _name_key(label: str) -> str:
    return " ".join(_keys(_PERIOD.sub(" ", label), fold=True))


def _expand(phrase: str) -> Iterator[str]:
    m = _ALTERNATIVES.search(phrase)
    if m is None:
        yield " ".join(phrase.split())
        return
    for alternative in m.group(1).split("|"):
        yield from _expand(phrase[: m.start()] + alternative + phrase[m.end() :])


def _insert(root: _Node, keys: tuple[str, ...], target: _Target, source: str) -> None:
    node = root
    for key in keys:
        nxt = node.kids.get(key)
        if nxt is None:
            nxt = node.kids[key] = _Node()
        node = nxt
    old = node.target
    if node is root or (old is not None and old.rank > target.rank):
        return
    if old is not None and old.rank == target.rank and old != target:
        raise ResourceError(f"{source}: {' '.join(keys)!r} would name both {old} and {target}; keep one")
    node.target = target


def _walk(root: _Node, toks: _Tokens, i: int) -> list[tuple[int, _Target]]:
    """Every phrase of the trie that starts at token i: (end token, target), longest then best first."""
    hits: list[tuple[int, _Target]] = []
    stack = [(root, i)]
    n = len(toks.low)
    while stack:
        node, k = stack.pop()
        if node.target is not None:
            hits.append((k, node.target))
        if k == n or (k > i and not toks.joins[k]):
            continue
        for key in (toks.low[k], toks.exact[k]):
            child = node.kids.get(key)
            if child is not None:
                stack.append((child, k + 1))
    hits.sort(key=lambda hit: (hit[0], hit[1].rank), reverse=True)
    return hits
