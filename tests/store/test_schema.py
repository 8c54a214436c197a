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
