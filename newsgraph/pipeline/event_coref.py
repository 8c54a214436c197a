"""Within-article event coreference: "The meeting", "the talks", "their meeting" after "his summit".

A definite or possessed event noun with no modifier that makes it new ("a second meeting") refers
back to the latest earlier event of the same family whose named participants do not clash with
its own. The later mention brings its participants, and a place and a time where the event has
none, to the event it joins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.model import Event, Participant, Span, TimeExpr
from newsgraph.pipeline import event_words as words


@dataclass
class Draft:
    """An event being built: the Event, the tokens of its mentions, and its best time so far."""

    event: Event
    heads: list[Token] = field(default_factory=list)
    named: set[str] = field(default_factory=set)  # participants named (not pronouns) in its mentions
    best_time: TimeExpr | None = None

    @property
    def family(self) -> str:
        return words.TYPE_FAMILIES.get(self.event.type, self.event.type)

    @property
    def last_start(self) -> int:
        return max(h.idx for h in self.heads)


def is_anaphoric(noun: Token) -> bool:
    """"The meeting", "this summit", "their talks": a noun that may point back to a known event."""
    children = list(noun.children)
    if any(c.dep_ == "amod" and c.lower_ in words.NEW_EVENT_MODIFIERS for c in children):
        return False
    if any(c.dep_ in ("nummod",) for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in words.ANAPHORIC_DETS or c.dep_ == "poss" for c in children)


def compatible(named: set[str], draft: Draft) -> bool:
    """Named participants clash when neither set contains the other."""
    if not named or not draft.named:
        return True
    return named <= draft.named or draft.named <= named


def antecedent(drafts: list[Draft], noun: Token, family: str, named: set[str]) -> Draft | None:
    """The event ``noun`` refers back to: the latest earlier one named by the same noun ("the
    summit" after "his summit"), else the latest of the same family; always one ``named`` fits."""
    candidates = [d for d in drafts if d.family == family and d.heads and d.heads[0].idx < noun.idx]
    latest_first = sorted(candidates, key=lambda d: d.last_start, reverse=True)
    same_word = [d for d in latest_first if any(h.lemma_.lower() == noun.lemma_.lower() for h in d.heads)]
    for draft in same_word + latest_first:
        if compatible(named, draft):
            return draft
    return None


def predicate_of(noun: Token, drafts: list[Draft]) -> Draft | None:
    """"described the trip as a working visit": the noun after "as" names the object's event."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None
    verb = noun.head.head
    objects = {c.i for c in verb.children if c.dep_ in ("dobj", "obj")}
    return next((d for d in drafts if any(h.i in objects for h in d.heads)), None)


def merge(draft: Draft, mention: Span, head: Token, participants: list[Participant], named: set[str],
          place: str | None, time: TimeExpr | None) -> None:
    """Add a later mention to ``draft``: its span, new participants, a place and a time if none."""
    event = draft.event
    event.mentions.append(mention)
    draft.heads.append(head)
    known = {p.entity for p in event.participants}
    event.participants += [p for p in participants if p.entity not in known]
    draft.named |= named
    if event.place is None:
        event.place = place
    draft.best_time = better_time(draft.best_time, time)


def better_time(current: TimeExpr | None, new: TimeExpr | None) -> TimeExpr | None:
    """A later mention's time where the event has none: the first mention's own time stands ("a
    118-day strike that began July 14" keeps its start when "our strike is over" as of 12:01 a.m.)."""
    return new if current is None else current
