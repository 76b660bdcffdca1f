"""The data types that flow between frontwire's stages, and nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ParagraphRole = Literal["title", "headline", "standfirst", "meta", "caption", "body", "credit"]
DateSource = Literal["dateline", "metadata", "option", "today"]
Status = Literal["occurred", "ongoing", "planned", "possible", "denied", "historical"]
ActorRole = Literal["actor", "target", "associate"]
FigureKind = Literal["fatalities", "injured", "displaced", "arrested", "abducted"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the normalised article text: the evidence for a field."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the article, with its offsets into the normalised text."""

    start: int
    end: int
    text: str
    role: ParagraphRole = "body"


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: normalised text plus the metadata found around it."""

    id: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    headline: str | None = None
    standfirst: str | None = None
    published: date | None = None
    date_source: DateSource = "today"
    outlet: str | None = None
    url: str | None = None
    credited: tuple[str, ...] = ()
    media_credits: tuple[str, ...] = ()
    caption: str | None = None
    language: str = "en"
    source: str | None = None

    def body(self) -> tuple[Paragraph, ...]:
        """The body paragraphs, in order."""
        return tuple(p for p in self.paragraphs if p.role == "body")


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A canonical actor from the catalogue, as mentioned in the text."""

    id: str
    name: str
    inter: int
    country: str | None
    text: str = ""
    role: ActorRole = "actor"
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer record."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    feature: str
    population: int = 0
    admin1: str | None = None
    admin2: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved to a gazetteer entry, with ACLED geo_precision."""

    text: str
    span: Span
    entry: GeoEntry | None
    geo_precision: int
    qualifier: str | None = None
    lat: float | None = None
    lon: float | None = None
    ambiguous: tuple[GeoEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """When an event happened: a day range with ACLED time_precision."""

    start: date | None
    end: date | None
    time_precision: int
    text: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A count of people: fatalities, injured, displaced, arrested or abducted."""

    kind: FigureKind
    count: int
    span: Span
    qualifier: str | None = None
    who: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker, direct or reported."""

    id: str
    speaker: str
    text: str
    span: Span
    direct: bool
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    channel: str | None = None
    group: bool = False
    speaker_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says an event happened, and through which channel."""

    speaker: str
    role: str | None = None
    organization: str | None = None
    channel: str | None = None
    quote_id: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One happening in the article, with every field's evidence."""

    id: str
    kind: str
    event_type: str
    sub_event_type: str
    plover: str
    status: Status
    actors: tuple[ActorRef, ...] = ()
    place: Place | None = None
    time: TimeSpan | None = None
    fatalities: Figure | None = None
    injured: Figure | None = None
    displaced: Figure | None = None
    attributions: tuple[Attribution, ...] = ()
    evidence: tuple[Span, ...] = ()
    salience: float = 0.0


@dataclass(frozen=True, slots=True)
class Interaction:
    """A verbal or diplomatic act (a demand, a threat, a condemnation, talks) coded in PLOVER; not an ACLED
    event. `governs` is true when its verb governs an event of the same sentence ('threatened to strike')."""

    kind: str
    plover: str
    status: Status
    trigger: Span
    sentence: Span
    actors: tuple[ActorRef, ...] = ()
    governs: bool = False


@dataclass(frozen=True, slots=True)
class Coding:
    """Everything frontwire coded from one article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    notes: tuple[str, ...] = field(default=())
    interactions: tuple[Interaction, ...] = ()
