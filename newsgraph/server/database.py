"""The server's access to the store: read-only connections per thread, one guarded writer.

Requests read through read-only SQLite connections (``store.schema.read_store``), so no page or API request
can change the database, whatever its parameters. Only ``POST /api/articles`` writes, through
a separate ``Store`` opened on demand and guarded by a lock (SQLite has one writer at a time).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.model import Article, Record
from newsgraph.store import Store
from newsgraph.store.ingest import ExtractMany, Outcome, ingest
from newsgraph.store.schema import file_stamp, read_immutable, read_store

CACHE_SIZE = 512  # a frequent entity's page or graph costs about 20 ms to compute on 2,100 articles; worth keeping


class Database:
    """One store file seen by the server: ``read()`` gives this thread's read-only connection."""

    def __init__(self, path: str | Path, extract_many: ExtractMany | None = None) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"database {self.path} does not exist. "
                             f"Tip: build it first with `newsgraph ingest PATH --db {self.path}`.")
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._extract_many = extract_many
        self._cache: OrderedDict[str, tuple[int, Any]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._check_schema()

    def _check_schema(self) -> None:
        # opened once the way every command opens it: an older store is brought up to date where it may be
        # written, a read-only one is read as it is (or refused when too old), a file of another application
        # is refused
        Store(self.path, create=False).close()

    def read(self) -> sqlite3.Connection:
        """This thread's read-only connection (opened on first use).

        A store the server may not write is opened ``immutable`` (no lock, no -shm file), and such a
        connection never sees what the store's owner writes later; so while the server reads it that
        way, the file's stamp is checked on each request and the connection opened anew when another
        process has written the store.
        """
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        stamp: tuple[int, int, int] | None = getattr(self._local, "stamp", None)
        if conn is not None and stamp is not None and self._stamp() != stamp:
            conn.close()
            conn = None
        if conn is None:
            stamp = self._stamp() if read_immutable(self.path) else None
            conn = read_store(self.path)  # the store's own read-only opening: in a read-only folder too
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            self._local.stamp = stamp
        return conn

    def _stamp(self) -> tuple[int, int, int]:
        try:
            return file_stamp(self.path)
        except OSError as e:
            raise StoreError(f"database {self.path} cannot be read ({e.strerror or e})") from e

    def cached(self, key: str, stamp: int, compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered under ``key`` until ``stamp`` (the store's article stamp) changes.

        The CACHE_SIZE keys used last are kept; values must not be changed by callers.
        """
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == stamp:
                self._cache.move_to_end(key)
                return hit[1]
        value = compute()  # outside the lock: two threads may compute the same value once each
        with self._cache_lock:
            self._cache[key] = (stamp, value)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def add_article(self, article: Article) -> Outcome:
        """Extract and store one article (skipped when already stored); the outcome says which."""
        with self._write_lock, Store(self.path, create=False) as store:
            outcomes = list(ingest(store, [article], self._extractor))
        return outcomes[-1]

    def _extractor(self) -> ExtractMany:
        if self._extract_many is None:
            self._extract_many = pipeline_extract_many()
        return self._extract_many


def pipeline_extract_many() -> ExtractMany:
    """newsgraph's own pipeline as an ExtractMany; loads spaCy, so only when an article is posted."""
    from newsgraph.pipeline import Extractor

    extractor = Extractor()

    def extract_many(articles: Iterable[Article]) -> Iterator[Record | NewsgraphError]:
        return extractor.extract_many(articles)

    return extract_many
