"""A small hand-built store for the server tests: two plain articles and one full of markup.

Facts are planted by finding their text in the article, so offsets are right by construction.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Article, Entity, Event, Mention, Participant, Quote, Record, Role, Span, TimeExpr
from newsgraph.store import Store

BUDGET = (
    "Anna Berg, the finance minister of Norland, met Carl Dorn in Oslo on Friday. "
    '"We will cut taxes next year," Berg said. Dorn said the plan was bold. '
    "Later Berg visited the harbour."
)
HARBOUR = (
    "Carl Dorn opened the new harbour in Oslo on Monday. "
    '"Oslo deserves a harbour that works," Dorn said. Anna Berg was not there.'
)
MARKUP = (
    "Hackers posted <script>alert('xss')</script> and <img src=x onerror=alert(1)> on the site of Norland Bank. "
    "Norland Bank said nothing."
)


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def sp(text: str, needle: str, nth: int = 0) -> Span:
    return Span(*at(text, needle, nth), needle)


def mentions(text: str, *needles: str) -> list[Mention]:
    """Mentions at the first occurrences of each needle that do not overlap an earlier one."""
    found: list[Mention] = []
    for needle in needles:
        nth = 0
        while any(m.start < at(text, needle, nth)[1] and at(text, needle, nth)[0] < m.end for m in found):
            nth += 1
        found.append(Mention(*at(text, needle, nth), needle, "name"))
    return found


def budget_record() -> Record:
    t = BUDGET
    berg = Entity("e1", "Anna Berg", "PERSON", mentions(t, "Anna Berg", "Berg", "Berg"),
                  [Role("finance minister", "e3", *at(t, "finance minister"), "finance minister")])
    dorn = Entity("e2", "Carl Dorn", "PERSON", mentions(t, "Carl Dorn", "Dorn"))
    norland = Entity("e3", "Norland", "GPE", mentions(t, "Norland"))
    oslo = Entity("e4", "Oslo", "GPE", mentions(t, "Oslo"))
    said = sp(t, "said")
    quotes = [
        Quote(*at(t, "We will cut taxes next year,"), "We will cut taxes next year,", "direct", "e1",
              sp(t, "Berg", 1), said),
        Quote(*at(t, "the plan was bold"), "the plan was bold", "indirect", "e2", sp(t, "Dorn", 1), sp(t, "said", 1)),
    ]
    meeting = Event("v1", "meeting", sp(t, "met"), "occurred", [Participant("e1", "agent"), Participant("e2", "agent")],
                    place="e4", time={"value": "2025-08-15"})
    times = [TimeExpr(*at(t, "Friday"), "Friday", "DATE", "2025-08-15")]
    article = Article(t, {"published": "2025-08-16", "title": "Berg and Dorn meet on taxes", "source": "example.org"})
    return Record(article, [berg, dorn, norland, oslo], times, quotes, events=[meeting])


def harbour_record() -> Record:
    t = HARBOUR
    dorn = Entity("e1", "Carl Dorn", "PERSON", mentions(t, "Carl Dorn", "Dorn"))
    oslo = Entity("e2", "Oslo", "GPE", mentions(t, "Oslo", "Oslo"))
    berg = Entity("e3", "Anna Berg", "PERSON", mentions(t, "Anna Berg"))
    content = "Oslo deserves a harbour that works,"
    quotes = [Quote(*at(t, content), content, "direct", "e1", sp(t, "Dorn", 1), sp(t, "said"))]
    opening = Event("v1", "opening", sp(t, "opened"), "occurred", [Participant("e1", "agent")], place="e2",
                    time={"value": "2025-08-18"})
    article = Article(t, {"published": "2025-08-18", "title": "A new harbour for Oslo"})
    return Record(article, [dorn, oslo, berg], [], quotes, events=[opening])


def markup_record() -> Record:
    t = MARKUP
    bank = Entity("e1", "Norland Bank", "ORG", mentions(t, "Norland Bank", "Norland Bank"))
    article = Article(t, {"published": "2025-08-17", "title": "<b>Bank</b> site defaced <script>alert(2)</script>"})
    return Record(article, [bank])


def build_store(path: Path) -> Path:
    """A store at ``path`` holding the three hand-built records; returns the path."""
    with Store(path) as store:
        for record in (budget_record(), harbour_record(), markup_record()):
            store.add(record)
    return path


def entity_id(path: Path, name: str) -> str:
    """The store-wide id of the entity called ``name``."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0])
