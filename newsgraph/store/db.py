"""``Store``: one SQLite database of articles and what was extracted from them.

Each article is written in one transaction, so a process killed at any moment leaves every
article either wholly stored or absent; WAL mode lets queries read while an ingest writes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from newsgraph.errors import StoreError
from newsgraph.model import Record
from newsgraph.store.schema import connect, writable

DEFAULT_DB = "newsgraph.db"


class Store:
    """An open newsgraph database. Use as a context manager, or call ``close()``.

    A store this process may not write is opened read-only (``read_only``): it is read as it is,
    and writing to it is a StoreError.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, create: bool = True) -> None:
        self.path = Path(path)
        self.read_only = self.path.is_file() and not writable(self.path)
        self.conn: sqlite3.Connection = connect(self.path, create=create)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        if self.read_only:
            raise StoreError(f"cannot write to {self.path}: it is read-only here (the file or its folder). "
                             "Tip: write with a user who may, or to a copy in a folder you may write to.")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot write to {self.path}: {e}. Tip: is another ingest writing to it?") from e
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def has_article(self, article_id: str) -> bool:
        """True if the article with this content id is already stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add(self, record: Record, source: str | None = None) -> tuple[dict[str, str], dict[str, str]] | None:
        """Store ``record`` in one transaction; return its (entity, event) id maps, local to store-wide.

        Returns None when the article is already stored (another ingest may have stored it meanwhile).
        A failure recorded earlier for the same input is cleared. Raises StoreError if it cannot be written.
        """
        from newsgraph.store.writer import write_record  # numpy, for MinHash: only needed to write

        try:
            with self.transaction() as conn:
                if self.has_article(record.article.id):
                    return None
                maps = write_record(conn, record)
                conn.execute(
                    "DELETE FROM failures WHERE source = ? OR article_id = ?", (source or "", record.article.id)
                )
        except sqlite3.IntegrityError as e:
            raise StoreError(f"article {record.article.id}: cannot be stored ({e}). Tip: is it already stored?") from e
        except sqlite3.Error as e:
            raise StoreError(f"article {record.article.id}: cannot be written to {self.path}: {e}") from e
        return maps

    def add_failure(self, source: str, reason: str, article_id: str | None = None) -> None:
        """Record that ``source`` (a file, or an article id) failed with ``reason``; count repeated tries."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self.transaction() as conn:
                conn.execute(
                    "INSERT INTO failures (source, article_id, reason, attempts, last_attempt) VALUES (?, ?, ?, 1, ?) "
                    "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, attempts = attempts + 1, "
                    "last_attempt = excluded.last_attempt, article_id = excluded.article_id",
                    (source, article_id, reason, now),
                )
        except sqlite3.Error as e:
            raise StoreError(f"cannot record the failure of {source} in {self.path}: {e}") from e

    def counts(self) -> dict[str, int]:
        """How many rows each main table holds."""
        tables = ("articles", "entities", "mentions", "roles", "times", "quotes", "quantities", "identifiers",
                  "events", "failures")
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
