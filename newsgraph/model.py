"""The data model: one ``Article`` and the facts extracted from it.

Every fact points back to the text by a code-point offset pair ``[start, end)`` into
``Article.text``; ``text`` always equals ``article.text[start:end]``. ``span()`` is the one
place that builds such a pair, and it refuses offsets that do not line up.

This module imports nothing from newsgraph, so every other layer can import it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

RECORD_VERSION = 1

MENTION_KINDS = ("name", "pronoun", "description")
QUOTE_KINDS = ("direct", "partial", "indirect")
EVENT_STATUSES = ("occurred", "planned", "scheduled", "conditional", "negated", "reported")


def content_id(text: str) -> str:
    """The article id: a stable hash of the article text (16 hex digits of SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Span:
    """A piece of the article text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


def span(article_text: str, start: int, end: int) -> Span:
    """Build a Span over ``article_text``; raise ValueError if the offsets are not valid."""
    if not (0 <= start < end <= len(article_text)):
        raise ValueError(f"span offsets [{start}, {end}) do not fit a text of {len(article_text)} characters")
    return Span(start, end, article_text[start:end])


@dataclass
class Article:
    """One news article. ``text`` never changes after ingest; ``id`` is a hash of it."""

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    @property
    def published(self) -> str | None:
        value = self.metadata.get("published")
        return str(value) if value else None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "metadata": dict(self.metadata)}


@dataclass
class Mention:
    """One place in the text that refers to an entity."""

    start: int
    end: int
    text: str
    kind: str = "name"  # name | pronoun | description


@dataclass
class Role:
    """A title held by a person, e.g. "spokesperson" of the Kremlin, and where it stands."""

    title: str
    of: str | None
    start: int
    end: int
    text: str
    of_name: str | None = None


@dataclass
class Entity:
    """A real-world thing named in the article, with every mention that refers to it."""

    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # for groups: entity ids of the members

    def name_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "name"]


@dataclass
class TimeExpr:
    """A TIMEX3 expression: type DATE | TIME | DURATION | SET, its normalized value and mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    utc: str | None = None
    timezone: str | None = None
    quant: str | None = None
    freq: str | None = None


@dataclass
class Quote:
    """Reported speech: the content, who said it (speaker entity and source words), and the cue."""

    start: int
    end: int
    text: str
    kind: str  # direct | partial | indirect
    speaker: str | None = None
    source: Span | None = None
    cue: Span | None = None
    speaker_name: str | None = None


@dataclass
class Quantity:
    """A number with its unit and what it counts: "nearly 400 kilograms of cocaine"."""

    start: int
    end: int
    text: str
    value: float | int | None
    unit: str | None = None
    approx: bool = False
    of: str | None = None
    mod: str | None = None  # TIMEX3-style: APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS


@dataclass
class Identifier:
    """A code naming one thing: aircraft registration, flight number, IMO number ..."""

    start: int
    end: int
    text: str
    kind: str
    refers_to: str | None = None


@dataclass
class Participant:
    entity: str
    role: str


@dataclass
class Event:
    """Something that happened or is expected, anchored on a trigger word."""

    id: str
    type: str
    trigger: Span
    status: str
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None
    time: dict[str, str | None] | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Record:
    """Everything extracted from one article: the record format of ``docs/record-format.md``."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = self.article.to_dict()
        out["record_version"] = RECORD_VERSION
        for name in ("entities", "times", "quotes", "quantities", "identifiers", "events"):
            out[name] = [asdict(item) for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        article = Article(text=data["text"], metadata=dict(data.get("metadata") or {}), id=data.get("id", ""))
        return cls(
            article=article,
            entities=[_entity(e) for e in data.get("entities", [])],
            times=[_build(TimeExpr, t) for t in data.get("times", [])],
            quotes=[_quote(q) for q in data.get("quotes", [])],
            quantities=[_build(Quantity, q) for q in data.get("quantities", [])],
            identifiers=[_build(Identifier, i) for i in data.get("identifiers", [])],
            events=[_event(e) for e in data.get("events", [])],
        )

    def spans(self) -> list[tuple[str, int, int, str]]:
        """Every (what, start, end, text) the record points at, to check grounding."""
        found: list[tuple[str, int, int, str]] = []
        for entity in self.entities:
            found += [("mention", m.start, m.end, m.text) for m in entity.mentions]
            found += [("role", r.start, r.end, r.text) for r in entity.roles]
        for name in ("times", "quantities", "identifiers"):
            found += [(name, x.start, x.end, x.text) for x in getattr(self, name)]
        for quote in self.quotes:
            found.append(("quote", quote.start, quote.end, quote.text))
            found += [("quote part", s.start, s.end, s.text) for s in (quote.source, quote.cue) if s]
        for event in self.events:
            found += [("event", s.start, s.end, s.text) for s in [event.trigger, *event.mentions]]
        return found


def _build(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _span_or_none(data: dict[str, Any] | None) -> Span | None:
    return Span(data["start"], data["end"], data["text"]) if data else None


def _entity(data: dict[str, Any]) -> Entity:
    entity = _build(Entity, data)
    entity.mentions = [_build(Mention, m) for m in data.get("mentions", [])]
    entity.roles = [_build(Role, r) for r in data.get("roles", [])]
    return entity


def _quote(data: dict[str, Any]) -> Quote:
    quote = _build(Quote, data)
    quote.source = _span_or_none(data.get("source"))
    quote.cue = _span_or_none(data.get("cue"))
    return quote


def _event(data: dict[str, Any]) -> Event:
    event = _build(Event, data)
    event.trigger = Span(**data["trigger"])
    event.participants = [_build(Participant, p) for p in data.get("participants", [])]
    event.mentions = [Span(**s) for s in data.get("mentions", [])]
    return event


def parse_published(value: str | dt.date | dt.datetime | None) -> dt.datetime | None:
    """Read a publication date or time ("2025-08-15", "2025-08-15T10:00:00+00:00"); None if absent.

    Raises ValueError for text that is not an ISO date or time.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    text = str(value).strip().replace("Z", "+00:00")
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
