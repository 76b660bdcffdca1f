"""Quotes, direct and reported: speaker, title, role, organisation and channel, from a parsed sentence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from frontwire.extract.triggers import lemma
from frontwire.models import Quote, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

REPORTING = frozenset({"say", "tell", "add", "claim", "announce", "state", "warn", "insist", "accuse",
                       "confirm", "deny", "allege", "note", "explain", "write", "report", "argue", "stress"})
TITLES = frozenset({"major", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "captain", "capt.",
                    "brigadier", "sergeant", "commander", "president", "minister", "dr", "dr.", "mr", "mr.",
                    "mrs", "ms", "sheikh", "imam", "governor", "prime", "foreign", "defence", "defense",
                    "spokesman", "spokeswoman", "maj.", "brig.", "admiral", "marshal", "field", "deputy",
                    "senator", "mayor", "chief"})
ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "official", "minister",
                        "head", "chief", "leader", "director", "member", "activist", "analyst", "researcher",
                        "resident", "witness", "governor", "president", "representative", "envoy",
                        "correspondent", "doctor", "medic", "officer", "source", "coordinator", "adviser",
                        "advisor", "secretary", "chairman", "mayor", "lawmaker", "monitor"})
GENERIC_CHANNELS = frozenset({"agency", "news agency", "the agency", "the news agency", "reporters", "journalists"})
STATEMENT_WORDS = frozenset({"statement", "interview", "twitter", "facebook", "telegram", "tweet", "post",
                             "speech", "briefing", "conference", "video", "communique", "x"})
_QUOTE_MARKS = "\"“”«»"


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks, as the sentence names them."""

    name: str
    span: Span
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    group: bool = False


def _span_of(tokens: Sequence[Token], offset: int) -> Span:
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(offset + start, offset + end, doc.text[start:end])


def _clean_org(tokens: list[Token]) -> str | None:
    kept = [t for t in tokens if t.dep_ != "det" and t.pos_ != "PUNCT" or t.text == "-"]
    text = "".join(t.text_with_ws for t in kept).strip().replace(" - ", "-").replace(" -", "-")
    return text or None


def _appositive(head: Token) -> tuple[str | None, str | None]:
    """Role and organisation from an appositive such as 'spokesman for the X' or 'X spokesperson'."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        role = child.text.lower() if lemma(child) in ROLE_NOUNS or child.pos_ == "NOUN" else None
        org_tokens = [t for left in child.lefts if left.dep_ in ("compound", "amod") and left.pos_ == "PROPN"
                      for t in left.subtree]
        for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "with", "at")):
            org_tokens = [t for p in prep.children if p.dep_ == "pobj" for t in p.subtree]
        org = _clean_org([t for t in org_tokens]) if org_tokens else None
        return role, org
    return None, None


def _name_tokens(head: Token) -> list[Token]:
    left = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return [*left, head]


def speaker_of(head: Token, offset: int) -> Speaker:
    """The speaker named by a subject token, with title, role and organisation when given."""
    if head.pos_ == "PROPN":
        tokens = _name_tokens(head)
        titles = []
        while len(tokens) > 1 and tokens[0].lower_ in TITLES:
            titles.append(tokens.pop(0).text)
        role, org = _appositive(head)
        name = " ".join(t.text for t in tokens)
        return Speaker(name, _span_of(tokens, offset), " ".join(titles) or None, role, org, group=False)
    tokens = [t for t in head.subtree if t.dep_ not in ("appos", "relcl", "punct") and t.i <= head.i]
    tokens = [t for t in tokens if t.dep_ != "det"] or [head]
    role, org = _appositive(head)
    text = "".join(t.text_with_ws for t in tokens).strip()
    return Speaker(text, _span_of(tokens, offset), None, role, org, group=head.tag_ in ("NNS", "NNPS"))


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("acl", "relcl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


def _content(verb: Token, sent: SpacySpan) -> list[Token]:
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and child.i != verb.i:
            tokens = list(child.subtree)
            while tokens and (tokens[0].lower_ == "that" or tokens[0].is_punct):
                tokens.pop(0)
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            return tokens
    return []


def _channel(verb: Token, sent: SpacySpan) -> str | None:
    if lemma(verb) == "tell":
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
                return "".join(t.text_with_ws for t in child.subtree if t.dep_ != "det").strip()
    for tok in verb.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on") and lemma(tok) in STATEMENT_WORDS:
            return tok.lower_
    return according_to(sent)


def according_to(sent: SpacySpan) -> str | None:
    """The source named by 'according to X' in the sentence, if any."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 2 < sent.end and tok.nbor(1).lower_ == "to":
            obj = [t for t in tok.nbor(1).children if t.dep_ == "pobj"]
            if obj:
                return "".join(t.text_with_ws for t in obj[0].subtree if t.dep_ != "det").strip()
    return None


def _is_quoted(tokens: list[Token], sent: SpacySpan) -> bool:
    before = sent.doc.text[sent.start_char : tokens[0].idx]
    return before.count('"') % 2 == 1 or "“" in before


def _quote_at(verb: Token, sent: SpacySpan, offset: int) -> Quote | None:
    subj = _subject(verb)
    content = _content(verb, sent)
    if subj is None or len(content) < 3 or subj in content:
        return None
    who = speaker_of(subj, offset)
    np = [t for t in subj.subtree if t.i < verb.i or subj.i > verb.i] or [subj]
    span = _span_of(content, offset)
    text = span.text.strip(_QUOTE_MARKS + " ,")
    return Quote(id="", speaker=who.name, text=text, span=span, direct=_is_quoted(content, sent),
                 title=who.title, role=who.role, organization=who.organization,
                 channel=_channel(verb, sent), group=who.group, speaker_span=_span_of(np, offset))


def find_quotes(sent: SpacySpan, offset: int) -> list[Quote]:
    """The quotes a sentence reports, one per reporting verb with a subject and a content clause."""
    found = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and lemma(tok) in REPORTING:
            quote = _quote_at(tok, sent, offset)
            if quote is not None:
                found.append(quote)
    return found


def _full_name(name: str, people: dict[str, Quote]) -> Quote | None:
    if " " in name:
        return None
    for full, quote in people.items():
        if full.split()[-1] == name:
            return quote
    return None


def settle_quotes(quotes: Sequence[Quote], *, default_channel: str | None) -> tuple[Quote, ...]:
    """Number the quotes, expand surnames to full names and fill channels from the article's agency."""
    people: dict[str, Quote] = {}
    settled = []
    for n, quote in enumerate(quotes, start=1):
        earlier = _full_name(quote.speaker, people)
        if earlier is not None:
            quote = replace(quote, speaker=earlier.speaker, title=quote.title or earlier.title,
                            role=quote.role or earlier.role, organization=quote.organization or earlier.organization)
        channel = quote.channel
        if channel is None or channel.lower() in GENERIC_CHANNELS:
            channel = default_channel if not quote.direct or channel else None
        quote = replace(quote, id=f"q{n}", channel=channel)
        if not quote.group and " " in quote.speaker:
            people.setdefault(quote.speaker, quote)
        settled.append(quote)
    return tuple(settled)
