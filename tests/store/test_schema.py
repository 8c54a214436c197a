"""The schema is versioned and migrations bring an old database up to date."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import Store
from newsgraph.store.schema import SCHEMA_VERSION, connect, migrate, schema_version


def test_new_database_is_at_the_latest_version_in_wal_mode(tmp_path):
    with Store(tmp_path / "n.db") as store:
        assert schema_version(store.conn) == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "entities", "mentions", "roles", "times", "quotes", "quantities", "identifiers", "events",
            "failures", "articles_fts", "quotes_fts", "signatures", "lsh_buckets"} <= tables


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
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        connect(path)


def test_missing_database_is_an_error_for_readers(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nothing.db", create=False)
    assert not (tmp_path / "nothing.db").exists()


def index_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_version_2_store_gets_the_entity_indexes_and_keeps_its_records(tmp_path):
    from store_records import article, entity

    from newsgraph.model import Record
    from newsgraph.store.queries import seen_with
    from newsgraph.store.writer import write_record

    text = "Anna Berg met Carl Dorn in Oslo on Friday."
    record = Record(article(text), [entity(text, "e1", "Anna Berg", "PERSON", ["Anna Berg"]),
                                    entity(text, "e2", "Carl Dorn", "PERSON", ["Carl Dorn"])])
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=2) == 2
    conn.execute("BEGIN")
    ids, _ = write_record(conn, record)  # what the previous version wrote: the writer is unchanged
    conn.execute("COMMIT")
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
