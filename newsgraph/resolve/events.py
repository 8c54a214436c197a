"""Across articles, the same event: type, date, participants, place and trigger word must agree.

The store finds candidate events of the same type near in time and describes each as an
``EventSketch``; ``choose_event`` returns the id of the one this article's event is, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.model import Event
from newsgraph.resolve.names import fold

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


@dataclass
class EventSketch:
    """What decides whether two events are one: all entity ids are store-wide ids."""

    type: str
    trigger: str
    date: str | None = None
    participants: set[str] = field(default_factory=set)
    place: str | None = None
    id: str = ""


def event_date(event: Event) -> str | None:
    """The calendar day (YYYY-MM-DD) the event's time points at, or None."""
    if not event.time:
        return None
    values = [event.time.get("value"), *event.time.values()]
    for value in values:
        match = _DATE.match(value) if isinstance(value, str) else None
        if match:
            return match.group(1)
    return None


def trigger_key(text: str) -> str:
    """A crude stem of a trigger word so that "met", "meets" and "meeting" stay apart but plurals join."""
    word = fold(text).strip()
    for ending in ("ings", "ing", "es", "s", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def same_event(new: EventSketch, known: EventSketch) -> int:
    """A score above 0 when ``new`` and ``known`` are the same event; higher is a better fit."""
    if new.type != known.type:
        return 0
    if new.date and known.date and new.date != known.date:
        return 0
    if new.place and known.place and new.place != known.place:
        return 0
    shared = len(new.participants & known.participants)
    same_trigger = new.trigger == known.trigger
    same_date = bool(new.date and new.date == known.date)
    same_place = bool(new.place and new.place == known.place)
    if new.participants and known.participants and shared == 0:
        return 0  # both name who took part, and nobody is in both
    if shared < 2 and new.participants - known.participants and known.participants - new.participants:
        return 0  # "A met B" and "A met C": each has someone the other lacks
    if shared >= 2 or (shared == 1 and (same_trigger or same_date or same_place)):
        return 2 * shared + same_trigger + same_date + same_place
    if same_date and same_place and same_trigger:
        return 1
    return 0


def choose_event(new: EventSketch, candidates: list[EventSketch]) -> str | None:
    """The id of the candidate that is the same event as ``new``, or None."""
    best: tuple[int, str] | None = None
    for known in candidates:
        score = same_event(new, known)
        if score > 0 and (best is None or score > best[0] or (score == best[0] and known.id < best[1])):
            best = (score, known.id)
    return best[1] if best else None
