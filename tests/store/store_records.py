"""Hand-built Records for the store tests: facts are planted by finding their text in the article."""

from __future__ import annotations

from newsgraph.model import Article, Entity, Event, Mention, Participant, Quote, Role, Span, TimeExpr

# a made-up wire story (four sentences), for tests of stories shared between articles
WIRE_STORY = (
    "Anna Berg, the chief executive of Northwind Freight, said on Tuesday that the company would cut four hundred "
    "jobs at its depot near the harbour after a year in which shipping volumes fell sharply across the region. "
    "The union representing dock workers called the decision a betrayal and promised to fight the plan in the "
    "courts. Analysts said the cuts had been expected since the firm lost its largest customer in the spring, "
    "and that further closures could follow if demand did not recover before the end of the year."
)


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def entity(text: str, local_id: str, name: str, type_: str, mentions: list[str], roles: list[str] = ()) -> Entity:
    """An entity whose mentions are the first occurrences of each text in ``mentions``."""
    seen: dict[str, int] = {}
    found = []
    for mention in mentions:
        start, end = at(text, mention, seen.get(mention, 0))
        seen[mention] = seen.get(mention, 0) + 1
        found.append(Mention(start, end, mention, "name"))
    role_list = [Role(title, None, *at(text, title), title) for title in roles]
    return Entity(local_id, name, type_, found, role_list)


def span(text: str, needle: str) -> Span:
    start, end = at(text, needle)
    return Span(start, end, needle)


def quote(text: str, content: str, speaker: str | None, cue: str | None = None) -> Quote:
    start, end = at(text, content)
    return Quote(start, end, content, "direct", speaker=speaker, cue=span(text, cue) if cue else None)


def event(
    text: str, local_id: str, type_: str, trigger: str, participants: list[str], date: str | None = None
) -> Event:
    return Event(
        local_id, type_, span(text, trigger), "occurred",
        [Participant(p, "agent") for p in participants],
        time={"value": date} if date else None,
    )


def time(text: str, needle: str, value: str) -> TimeExpr:
    return TimeExpr(*at(text, needle), needle, "DATE", value)


def article(text: str, published: str | None = "2025-08-15", **meta: str) -> Article:
    metadata = {"published": published, **meta} if published else dict(meta)
    return Article(text, metadata)
