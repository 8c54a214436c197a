"""Quotes about an entity: those by others whose words name it, each once, newest first."""

from __future__ import annotations

from store_records import article, entity, quote

from newsgraph.model import Record
from newsgraph.store import Store
from newsgraph.store.queries import aliases, find_entities, quotes_about

MONDAY = ('"Anna Berg will lose, and Berg knows it," Carl Dorn said. "I will win," Anna Berg said. '
          '"The harbour can wait," Dorn added.')
TUESDAY = 'Ola Lund said: "Berg is right about the harbour." Berg thanked him.'


def build(store: Store) -> str:
    t = MONDAY
    berg = entity(t, "e1", "Anna Berg", "PERSON", ["Anna Berg", "Berg", "Anna Berg"])
    dorn = entity(t, "e2", "Carl Dorn", "PERSON", ["Carl Dorn", "Dorn"])
    quotes = [quote(t, "Anna Berg will lose, and Berg knows it,", "e2"), quote(t, "I will win,", "e1"),
              quote(t, "The harbour can wait,", "e2")]
    store.add(Record(article(t, "2025-08-18"), [berg, dorn], quotes=quotes))
    t = TUESDAY
    lund = entity(t, "e1", "Ola Lund", "PERSON", ["Ola Lund"])
    berg = entity(t, "e2", "Anna Berg", "PERSON", ["Berg", "Berg"])
    quotes = [quote(t, "Berg is right about the harbour.", "e1")]
    store.add(Record(article(t, "2025-08-19"), [lund, berg], quotes=quotes))
    return find_entities(store.conn, "Anna Berg")[0]["id"]


def test_quotes_about_name_the_entity_once_each_and_leave_out_its_own():
    with Store(":memory:") as store:
        berg = build(store)
        found = quotes_about(store.conn, berg)
        # the Monday quote names her twice: one row; her own words and the quote naming no one are left out
        assert [(q["text"], q["speaker"]) for q in found] == [
            ("Berg is right about the harbour.", "Ola Lund"), ("Anna Berg will lose, and Berg knows it,", "Carl Dorn")]
        assert len(quotes_about(store.conn, berg, limit=1)) == 1


def test_aliases_most_used_first_with_their_articles():
    with Store(":memory:") as store:
        berg = build(store)
        names = aliases(store.conn, berg)
        assert [(a["alias"], a["mentions"], a["articles"]) for a in names] == [
            ("Berg", 3, 2), ("Anna Berg", 2, 1)]
        assert [a["alias"] for a in aliases(store.conn, berg, limit=1)] == ["Berg"]
