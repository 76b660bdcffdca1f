"""Quotes, direct and reported: speaker, title, role, organisation and channel, from a parsed sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from frontwire.extract.triggers import lemma
from frontwire.nlp.text import doc_text
from frontwire.models import Quote, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc
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
    return Span(offset + start, offset + end, doc_text(doc)[start:end])


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
    tokens = [t for t in head.subtree
              if (t.dep_ not in ("appos", "relcl", "punct") or t.text == "-") and t.i <= head.i]
    tokens = [t for t in tokens if t.dep_ != "det"] or [head]
    role, org = _appositive(head)
    text = "".join(t.text_with_ws for t in tokens).strip()
    return Speaker(text, _span_of(tokens, offset), None, role, org, group=head.tag_ in ("NNS", "NNPS"))


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ in ("acl", "relcl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


def _that_clause(verb: Token) -> Token | None:
    """'said in a statement that ...': the reported clause hangs from the statement, not the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    return None


def _content(verb: Token, sent: SpacySpan) -> list[Token]:
    clause = _that_clause(verb)
    candidates = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i != verb.i]
    for child in candidates + ([clause] if clause is not None else []):
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
    for tok in sent:
        if lemma(tok) in ("speak", "talk") and tok.i + 2 < sent.end and tok.nbor(1).lower_ in ("to", "with"):
            obj = [t for t in tok.nbor(1).children if t.dep_ == "pobj"]
            if obj:
                return _head_phrase(obj[0])
    return according_to(sent)


def according_to(sent: SpacySpan) -> str | None:
    """The source named by 'according to X' in the sentence, if any."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 2 < sent.end and tok.nbor(1).lower_ == "to":
            obj = [t for t in tok.nbor(1).children if t.dep_ == "pobj"]
            if obj:
                return _head_phrase(obj[0])
    return None


def _head_phrase(head: Token) -> str:
    """The name or noun phrase itself, without its appositions and clauses."""
    skip = {t.i for c in head.children if c.dep_ in ("appos", "relcl", "acl", "punct") for t in c.subtree}
    words = [t for t in head.subtree if t.i not in skip and t.dep_ != "det"]
    while words and words[-1].is_punct:
        words.pop()
    return "".join(t.text_with_ws for t in words).strip()


def _is_quoted(tokens: list[Token], sent: SpacySpan) -> bool:
    before = doc_text(sent.doc)[sent.start_char : tokens[0].idx]
    return before.count('"') % 2 == 1 or "“" in before


def _trailing_np(verb: Token, sent: SpacySpan) -> list[Token]:
    """', the Syrian Observatory said.': the words between the last comma and a sentence-final reporting verb."""
    toks: list[Token] = []
    i = verb.i - 1
    while i >= sent.start and sent.doc[i].text not in (",", '"', "”", "“") and len(toks) < 12:
        toks.insert(0, sent.doc[i])
        i -= 1
    if i < sent.start or not toks or sent.doc[i].text != ",":
        return []
    return toks


def _clause_before(np: list[Token], sent: SpacySpan) -> list[Token]:
    tokens = [t for t in sent if t.i < np[0].i]
    while tokens and (tokens[-1].is_punct or tokens[-1].text in _QUOTE_MARKS):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].text in _QUOTE_MARKS):
        tokens.pop(0)
    return tokens


def _np_speaker(np: list[Token], offset: int) -> Speaker:
    people = [t for t in np if t.ent_type_ == "PERSON"]
    if people:
        return speaker_of(people[-1], offset)
    words = [t for t in np if t.dep_ != "det"] or np
    heads = [t for t in np if t.pos_ in ("NOUN", "PROPN")]
    group = bool(heads) and heads[-1].tag_ in ("NNS", "NNPS")
    text = "".join(t.text_with_ws for t in words).strip()
    return Speaker(text, _span_of(words, offset), None, None, None, group=group)


def _quote_at(verb: Token, sent: SpacySpan, offset: int) -> Quote | None:
    subj = _subject(verb)
    content = _content(verb, sent)
    if not content or subj is None:
        np = _trailing_np(verb, sent)
        content = _clause_before(np, sent) if np else []
        if len(content) >= 3:
            return _make_quote(verb, sent, offset, _np_speaker(np, offset), np, content)
    if subj is None or len(content) < 3 or subj in content:
        return None
    np = [t for t in subj.subtree if t.i < verb.i or subj.i > verb.i] or [subj]
    return _make_quote(verb, sent, offset, speaker_of(subj, offset), np, content)


def _make_quote(verb: Token, sent: SpacySpan, offset: int, who: Speaker, np: list[Token],
                content: list[Token]) -> Quote:
    span = _span_of(content, offset)
    text = span.text.strip(_QUOTE_MARKS + " ,")
    return Quote(id="", speaker=who.name, text=text, span=span, direct=_is_quoted(content, sent),
                 title=who.title, role=who.role, organization=who.organization,
                 channel=_channel(verb, sent), group=who.group, speaker_span=_span_of(np, offset))


_REGION = re.compile(r'"([^"]{8,}?)"|“([^”]{8,}?)”')
MIN_QUOTE_WORDS = 4


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of the words inside quotation marks, scare quotes of a few words excluded."""
    regions = []
    for m in _REGION.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if len(m.group(group).split()) >= MIN_QUOTE_WORDS:
            regions.append((m.start(group), m.end(group)))
    return regions


def _reporting(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and lemma(tok) in REPORTING


def _verb_near(doc: Doc, start: int, end: int) -> Token | None:
    """A reporting verb just after a quotation ('..." Hamoud said') or just before it ('said: "...')."""
    closing = next((t for t in doc if t.idx >= end), None)
    if closing is not None:
        for tok in doc[closing.i : closing.sent.end]:
            if _reporting(tok):
                return tok
            if tok.text in _QUOTE_MARKS and tok.i > closing.i + 1:
                break
    before = [t for t in doc if t.idx + len(t.text) <= start][-8:]
    for tok in reversed(before):
        if _reporting(tok):
            return tok
    return None


def _speaker_near(verb: Token, start: int, end: int, offset: int) -> Speaker | None:
    subj = _subject(verb)
    if subj is not None and not start <= subj.idx < end:
        return speaker_of(subj, offset)
    between = [t for t in verb.doc[: verb.i] if t.idx >= end and not t.is_punct and t.text not in _QUOTE_MARKS]
    if between:
        return _np_speaker(between, offset)
    tail = [t for t in verb.doc[verb.i + 1 : verb.i + 6] if t.pos_ in ("PROPN", "NOUN")]
    return speaker_of(tail[-1], offset) if tail else None


def _direct_quotes(doc: Doc, offset: int) -> tuple[list[Quote], set[int]]:
    quotes, used = [], set()
    for start, end in quoted_regions(doc_text(doc)):
        verb = _verb_near(doc, start, end)
        who = _speaker_near(verb, start, end, offset) if verb is not None else None
        text = doc_text(doc)[start:end].strip(" ,.")
        span = Span(offset + start, offset + start + len(doc_text(doc)[start:end].rstrip(" ,.")), text)
        if verb is not None:
            used.add(verb.i)
        np_span = who.span if who is not None else None
        quotes.append(Quote(id="", speaker=who.name if who else "", text=text, span=span, direct=True,
                            title=who.title if who else None, role=who.role if who else None,
                            organization=who.organization if who else None,
                            channel=_channel(verb, verb.sent) if verb is not None else None,
                            group=who.group if who else False, speaker_span=np_span))
    return quotes, used


def _according_quote(sent: SpacySpan, offset: int) -> Quote | None:
    """'X happened, according to Grace Achieng, a doctor': a named person's account."""
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= sent.end or tok.nbor(1).lower_ != "to":
            continue
        obj = [t for t in tok.nbor(1).children if t.dep_ == "pobj"]
        if not obj or obj[0].ent_type_ != "PERSON" or tok.i - sent.start < 4:
            return None
        content = [t for t in sent if t.i < tok.i]
        while content and content[-1].is_punct:
            content.pop()
        who = speaker_of(obj[0], offset)
        span = _span_of(content, offset)
        return Quote(id="", speaker=who.name, text=span.text, span=span, direct=False, title=who.title,
                     role=who.role, organization=who.organization, channel=None, speaker_span=who.span)
    return None


def find_quotes(doc: Doc, offset: int) -> list[Quote]:
    """The quotes a paragraph reports: quoted words with their speaker, and reported speech."""
    quotes, used = _direct_quotes(doc, offset)
    regions = [(q.span.start, q.span.end) for q in quotes]
    for sent in doc.sents:
        according = _according_quote(sent, offset)
        if according is not None and not any(a <= according.span.start < b for a, b in regions):
            quotes.append(according)
    for sent in doc.sents:
        for tok in sent:
            if not _reporting(tok) or tok.i in used:
                continue
            quote = _quote_at(tok, sent, offset)
            if quote is not None and not any(a <= quote.span.start < b for a, b in regions):
                quotes.append(quote)
    return sorted(quotes, key=lambda q: q.span.start)


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
    previous: Quote | None = None
    for n, quote in enumerate(quotes, start=1):
        if not quote.speaker and previous is not None:
            quote = replace(quote, speaker=previous.speaker, title=previous.title, role=previous.role,
                            organization=previous.organization, group=previous.group)
        elif not quote.speaker:
            continue
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
        previous = quote
    return tuple(settled)
