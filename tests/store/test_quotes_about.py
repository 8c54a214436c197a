"""Quotes about an entity: those by others whose words name it, each once, newest first."""

from __future__ import annotations

import old_queries
from store_records import article, entity, named_quote_records, quote

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


def test_quotes_about_answers_as_the_query_over_mentions_did():
    """The stored quote links give the old query's rows, order and limits, for every entity."""
    with Store(":memory:") as store:
        records = named_quote_records()
        for record in records:
            store.add(record)
        wire, copy = (r.article.id for r in records[-2:])
        assert store.conn.execute("SELECT duplicate_of FROM articles WHERE id = ?", (copy,)).fetchone()[0] == wire
        for entity_id in old_queries.entity_ids(store.conn):
            for limit in (0, 1, 2, 3, 50, -1):
                assert quotes_about(store.conn, entity_id, limit) == old_queries.quotes_about(
                    store.conn, entity_id, limit), (entity_id, limit)


def test_quotes_about_by_hand():
    """Newest day first (no date: the ingest day), then article id and place in the article."""
    with Store(":memory:") as store:
        records = named_quote_records()
        for record in records:
            store.add(record)
        berg = find_entities(store.conn, "Anna Berg")[0]["id"]
        found = [(q["published"], q["text"]) for q in quotes_about(store.conn, berg, limit=-1)]
        ingest_day = store.conn.execute(
            "SELECT substr(ingested, 1, 10) FROM articles WHERE id = ?", (records[3].article.id,)).fetchone()[0]
    same_day = sorted([(records[1].article.id, "Berg is right about the harbour."),
                       (records[2].article.id, "Carl Dorn and Anna Berg had met")])
    assert found == [
        (ingest_day, "Anna Berg won,"),
        *[("2025-08-19", text) for _, text in same_day],
        # her own words and the quote her name only runs into are left out; the one cut at names is in
        ("2025-08-18", "Anna Berg will lose, and Berg knows it,"), ("2025-08-18", "Carl Dorn should ask Anna Berg"),
        ("2025-08-17", "Anna Berg saved Northwind Freight,"), ("2025-08-17", "Anna Berg saved Northwind Freight,"),
    ]


def test_storing_an_article_again_leaves_its_quote_links_as_they_were():
    with Store(":memory:") as store:
        records = named_quote_records()
        for record in records:
            store.add(record)
        before = store.conn.execute("SELECT * FROM quote_entities ORDER BY 1, 2, 3, 4").fetchall()
        assert store.add(records[0]) is None  # the same content id: nothing is written
        after = store.conn.execute("SELECT * FROM quote_entities ORDER BY 1, 2, 3, 4").fetchall()
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        for entity_id in old_queries.entity_ids(store.conn):
            linked = {r for (r,) in store.conn.execute(
                "SELECT quote_rowid FROM quote_entities WHERE entity_id = ?", (entity_id,))}
            assert linked == old_queries.quotes_naming(store.conn, entity_id)
