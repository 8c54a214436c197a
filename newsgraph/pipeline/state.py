"""The working state the newsgraph layers share on a spaCy ``Doc`` (``doc._.newsgraph``).

Each layer reads what earlier layers set and adds its own facts, all as ``newsgraph.model``
objects with character offsets into ``doc.text``. ``record.py`` turns the state into a Record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsgraph.model import Entity, Event, Identifier, Mention, Quantity, Quote, TimeExpr, parse_published

if not Doc.has_extension("newsgraph"):
    Doc.set_extension("newsgraph", default=None)


@dataclass
class Layers:
    """Facts found so far in one document, plus its publication time (the anchor for dates)."""

    published: dt.datetime | None = None
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    metadata: dict[str, object] = field(default_factory=dict)

    def add_entity(self, name: str, type_: str, mentions: list[Mention]) -> Entity:
        """Create an entity with the next article-local id (e1, e2, ...)."""
        entity = Entity(id=f"e{len(self.entities) + 1}", name=name, type=type_, mentions=list(mentions))
        self.entities.append(entity)
        return entity

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``, preferring the longest mention."""
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            for mention in entity.mentions:
                if mention.start < end and start < mention.end:
                    size = mention.end - mention.start
                    if best is None or size > best[0]:
                        best = (size, entity)
        return best[1] if best else None

    def mention_owner(self) -> dict[tuple[int, int], Entity]:
        """Map each mention's (start, end) to its entity."""
        return {(m.start, m.end): e for e in self.entities for m in e.mentions}

    @property
    def anchor_date(self) -> dt.date | None:
        return self.published.date() if self.published else None


def layers(doc: Doc) -> Layers:
    """The newsgraph state of ``doc``, created empty on first use."""
    state = doc._.newsgraph
    if state is None:
        state = Layers()
        doc._.newsgraph = state
    return state


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token again on each access."""
    text = doc.user_data.get("newsgraph_text")
    if text is None:
        text = doc.user_data["newsgraph_text"] = doc.text
    return text


def set_published(doc: Doc, value: str | dt.date | dt.datetime | None) -> None:
    """Set the date that relative times ("Friday", "last week") are resolved against."""
    layers(doc).published = parse_published(value)
