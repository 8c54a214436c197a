"""Hand-built Records for the store tests: facts are planted by finding their text in the article."""

from __future__ import annotations

from newsgraph.model import Article, Entity, Event, Mention, Participant, Quote, Record, Role, Span, TimeExpr

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


def entity_at(text: str, local_id: str, name: str, type_: str, mentions: list[tuple[str, int]]) -> Entity:
    """An entity whose mentions are the given (text, nth occurrence) pairs: overlaps and odd cuts allowed."""
    return Entity(local_id, name, type_, [Mention(*at(text, needle, nth), needle, "name") for needle, nth in mentions])


# articles for the quotes naming an entity: a quote naming someone twice, one's own words, no speaker,
# a quote cut exactly at two names, a name running past a quote's end, two stories on the same day,
# a date with a time of day, no date at all (the ingest day counts), and a wire story with its copy
NAMED_A = ('"Anna Berg will lose, and Berg knows it," Carl Dorn said. "I, Anna Berg, will win," Anna Berg said. '
           '"Carl Dorn should ask Anna Berg," a voter said. "The harbour can wait, Anna," Dorn added.')
NAMED_B = 'Ola Lund said: "Berg is right about the harbour." Berg thanked him.'
NAMED_C = "Eva Falk said that Carl Dorn and Anna Berg had met. Nobody else spoke."
NAMED_D = '"Anna Berg won," Carl Dorn said on the radio.'
NAMED_WIRE = WIRE_STORY + ' "Anna Berg saved Northwind Freight," the union said.'
NAMED_COPY = "By a staff reporter. " + NAMED_WIRE


def named_quote_records() -> list[Record]:
    """Hand-built records whose quotes name entities in every way the quote links must get right."""
    t = NAMED_A
    a = Record(article(t, "2025-08-18"), [
        entity_at(t, "e1", "Anna Berg", "PERSON",
                  [("Anna Berg", 0), ("Berg", 1), ("Anna Berg", 1), ("Anna Berg", 2), ("Anna Berg", 3), ("Anna,", 0)]),
        entity_at(t, "e2", "Carl Dorn", "PERSON", [("Carl Dorn", 0), ("Carl Dorn", 1), ("Dorn", 2)]),
    ], quotes=[quote(t, "Anna Berg will lose, and Berg knows it,", "e2"), quote(t, "I, Anna Berg, will win,", "e1"),
               quote(t, "Carl Dorn should ask Anna Berg", None), quote(t, "The harbour can wait, Anna", "e2")])
    t = NAMED_B
    b = Record(article(t, "2025-08-19T09:30:00+00:00"), [
        entity_at(t, "e1", "Ola Lund", "PERSON", [("Ola Lund", 0)]),
        entity_at(t, "e2", "Anna Berg", "PERSON", [("Berg", 0), ("Berg", 1)]),
    ], quotes=[quote(t, "Berg is right about the harbour.", "e1")])
    t = NAMED_C
    c = Record(article(t, "2025-08-19"), [
        entity_at(t, "e1", "Eva Falk", "PERSON", [("Eva Falk", 0)]),
        entity_at(t, "e2", "Carl Dorn", "PERSON", [("Carl Dorn", 0)]),
        entity_at(t, "e3", "Anna Berg", "PERSON", [("Anna Berg", 0)]),
    ], quotes=[quote(t, "Carl Dorn and Anna Berg had met", "e1")])
    t = NAMED_D
    d = Record(article(t, None), [
        entity_at(t, "e1", "Anna Berg", "PERSON", [("Anna Berg", 0)]),
        entity_at(t, "e2", "Carl Dorn", "PERSON", [("Carl Dorn", 0)]),
    ], quotes=[quote(t, "Anna Berg won,", "e2")])
    wires = [Record(article(t, "2025-08-17"), [
        entity_at(t, "e1", "Anna Berg", "PERSON", [("Anna Berg", 0), ("Anna Berg", 1)]),
        entity_at(t, "e2", "Northwind Freight", "ORG", [("Northwind Freight", 0), ("Northwind Freight", 1)]),
    ], quotes=[quote(t, "Anna Berg saved Northwind Freight,", None)]) for t in (NAMED_WIRE, NAMED_COPY)]
    return [a, b, c, d, *wires]
