"""The schema is versioned and migrations bring an old database up to date."""

from __future__ import annotations

import sqlite3

import old_queries
import pytest
from store_records import article, entity, named_quote_records
from store_records import quote as quote_of

from newsgraph.errors import StoreError
from newsgraph.model import Record
from newsgraph.store import Store, writer
from newsgraph.store.queries import find_entities, quotes_about
from newsgraph.store.schema import SCHEMA_VERSION, connect, migrate, schema_version


def test_new_database_is_at_the_latest_version_in_wal_mode(tmp_path):
    with Store(tmp_path / "n.db") as store:
        assert schema_version(store.conn) == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "entities", "mentions", "roles", "times", "quotes", "quantities", "identifiers", "events",
            "failures", "articles_fts", "quotes_fts", "signatures", "lsh_buckets", "quote_entities"} <= tables


def test_version_1_database_is_migrated_keeping_its_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO articles (id, text, metadata, published, record_version, ingested) "
        "VALUES ('a1', 'Some text.', '{}', NULL, 1, '2025-01-01')"
    )
    conn.close()
    conn = connect(path)
    assert schema_version(conn) == SCHEMA_VERSION
    row = conn.execute("SELECT id, duplicate_of FROM articles").fetchone()
    assert tuple(row) == ("a1", None)


def test_database_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "store.db"  # a name without "newer", which the match would find in the test's folder
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    for create in (True, False):
        with pytest.raises(StoreError, match=f"has schema version {SCHEMA_VERSION + 1}, newer than"):
            connect(path, create=create)


def test_missing_database_is_an_error_for_readers(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nothing.db", create=False)
    assert not (tmp_path / "nothing.db").exists()


def index_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def write_as_before_version_4(
    conn: sqlite3.Connection, record: Record, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Write ``record`` as the writers of schemas 2 and 3 did: everything but the quote links."""
    monkeypatch.setattr(writer, "link_quote_names", lambda conn, article_id: None)
    conn.execute("BEGIN")
    ids, _ = writer.write_record(conn, record)
    conn.execute("COMMIT")
    monkeypatch.undo()
    return ids


def test_version_2_store_gets_the_entity_indexes_and_keeps_its_records(tmp_path, monkeypatch):
    from newsgraph.store.queries import seen_with

    text = "Anna Berg met Carl Dorn in Oslo on Friday."
    record = Record(article(text), [entity(text, "e1", "Anna Berg", "PERSON", ["Anna Berg"]),
                                    entity(text, "e2", "Carl Dorn", "PERSON", ["Carl Dorn"])])
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=2) == 2
    ids = write_as_before_version_4(conn, record, monkeypatch)
    assert "article_entities_entity" in index_names(conn)
    conn.close()
    with Store(path, create=False) as store:
        assert schema_version(store.conn) == SCHEMA_VERSION
        names = index_names(store.conn)
        assert {"article_entities_entity_article", "article_entities_article_entity", "mentions_entity_span",
                "quotes_article_span", "articles_summary"} <= names
        assert not {"article_entities_entity", "mentions_entity"} & names  # replaced by the wider ones
        assert [e["name"] for e in seen_with(store.conn, ids["e1"])] == ["Carl Dorn"]
        assert store.counts()["mentions"] == 2


def test_an_entity_s_companions_are_read_from_indexes_alone(tmp_path):
    """The plans of an entity's costly questions search covering indexes, never whole tables."""
    from newsgraph.store.queries import STORIES_SQL

    with Store(tmp_path / "plan.db") as store:
        steps = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + STORIES_SQL, ("E1",))]
    searches = [s for s in steps if s.startswith(("SEARCH", "SCAN")) and s != "SCAN named"]  # named: the CTE
    assert searches and all("COVERING INDEX" in s for s in searches), steps


def test_version_3_store_gets_its_quote_links_and_the_same_quotes_about(tmp_path, monkeypatch):
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    assert migrate(conn, target=3) == 3
    for record in named_quote_records():
        write_as_before_version_4(conn, record, monkeypatch)
    entity_ids = old_queries.entity_ids(conn)
    before = {(e, limit): old_queries.quotes_about(conn, e, limit) for e in entity_ids for limit in (1, 50, -1)}
    tables = ("articles", "entities", "article_entities", "mentions", "quotes", "quotes_fts", "aliases", "signatures")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    assert any(before.values())
    conn.close()
    with Store(path, create=False) as store:
        assert schema_version(store.conn) == SCHEMA_VERSION
        assert {(e, limit): quotes_about(store.conn, e, limit) for e, limit in before} == before
        assert {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables} == counts
        for entity_id in entity_ids:
            linked = {r for (r,) in store.conn.execute(
                "SELECT quote_rowid FROM quote_entities WHERE entity_id = ?", (entity_id,))}
            assert linked == old_queries.quotes_naming(store.conn, entity_id)
        # an article stored after the upgrade is linked by the writer, as in a new store
        text = '"Anna Berg is late," Ola Lund said.'
        store.add(Record(article(text, "2025-08-20"), [entity(text, "e1", "Anna Berg", "PERSON", ["Anna Berg"]),
                                                       entity(text, "e2", "Ola Lund", "PERSON", ["Ola Lund"])],
                         quotes=[quote_of(text, "Anna Berg is late,", "e2")]))
        berg = find_entities(store.conn, "Anna Berg")[0]["id"]
        assert "Anna Berg is late," in [q["text"] for q in quotes_about(store.conn, berg, -1)]
        assert quotes_about(store.conn, berg, -1) == old_queries.quotes_about(store.conn, berg, -1)


def test_quotes_about_an_entity_are_read_in_order_from_its_links(tmp_path):
    """The first page of quotes about an entity needs no sort: the links' key is the order asked for."""
    from newsgraph.store.queries import QUOTES_ABOUT_SQL

    with Store(tmp_path / "plan.db") as store:
        steps = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + QUOTES_ABOUT_SQL, ("E1", "E1", 50))]
    assert steps[0] == "SEARCH n USING PRIMARY KEY (entity_id=?)", steps
    assert not any("TEMP B-TREE" in s for s in steps), steps
    assert "SEARCH a USING COVERING INDEX articles_summary (id=?)" in steps
