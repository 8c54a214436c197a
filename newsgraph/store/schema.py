"""The database schema as a list of migrations, and the connection settings.

The schema version is SQLite's ``PRAGMA user_version``. ``migrate`` applies, in order and each
in its own transaction, every migration above the database's version, so an old database is
brought up to date when it is opened with write access and a new one is built by the same steps.
A store that may not be written is opened read-only and read as it is; a file that newsgraph did
not make is refused and never written (``connect``).

Fact tables keep the columns queries need plus ``data``: the whole item as JSON with its
article-local entity ids, so a Record reads back exactly even when the model grows a field.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from newsgraph.errors import StoreError

BASE = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
-- counters for store-wide ids: entities E1, E2 ... and events V1, V2 ...
INSERT INTO meta VALUES ('entity_counter', 0), ('event_counter', 0);

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL,
    title TEXT,
    source TEXT,
    published TEXT,
    record_version INTEGER NOT NULL,
    ingested TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);

CREATE TABLE entity_keys (
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id),
    norm TEXT NOT NULL,
    alias TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, norm, article_id)
) WITHOUT ROWID;
CREATE INDEX aliases_norm ON aliases(norm);

CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, local_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE roles (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    of_entity_id TEXT,
    of_name TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX roles_article ON roles(article_id, local_id);
CREATE INDEX roles_entity ON roles(entity_id);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_entity_id TEXT,
    speaker_name TEXT,
    data TEXT NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE quantities (
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value,
    unit TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE identifiers (
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity_id TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    trigger TEXT NOT NULL,
    date TEXT
);
CREATE INDEX events_type_date ON events(type, date);

CREATE TABLE article_events (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    trigger TEXT NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    place_entity_id TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_events_event ON article_events(event_id);

CREATE TABLE participants (
    article_id TEXT NOT NULL,
    event_local TEXT NOT NULL,
    event_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX participants_entity ON participants(entity_id);
CREATE INDEX participants_event ON participants(event_id);

CREATE TABLE failures (
    source TEXT PRIMARY KEY,
    article_id TEXT,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    last_attempt TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', \
tokenize='porter unicode61');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid', tokenize='porter unicode61');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
"""

# Version 2: near-duplicate detection (MinHash signatures, LSH band buckets, links).
NEAR_DUPLICATES = """
ALTER TABLE articles ADD COLUMN duplicate_of TEXT REFERENCES articles(id);
ALTER TABLE articles ADD COLUMN similarity REAL;

CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL
);

CREATE TABLE lsh_buckets (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id)
);
CREATE INDEX lsh_buckets_lookup ON lsh_buckets(band, bucket);
"""

# Version 3: covering indexes for an entity's pages. A frequent entity is named in thousands of
# articles; its companions, its articles' stories and the quotes naming it are then read from the
# indexes alone, never from table rows (whose article text or JSON would be read along).
ENTITY_INDEXES = """
CREATE INDEX article_entities_entity_article ON article_entities(entity_id, article_id);
DROP INDEX article_entities_entity;
CREATE INDEX article_entities_article_entity ON article_entities(article_id, entity_id);
CREATE INDEX mentions_entity_span ON mentions(entity_id, article_id, start, "end");
DROP INDEX mentions_entity;
CREATE INDEX quotes_article_span ON quotes(article_id, start, "end");
CREATE INDEX articles_summary ON articles(id, duplicate_of, published, title);
"""

# The quotes naming an entity: those whose span holds one of its mentions, each once, with the day
# that orders "quotes about" (the article's published day, else its ingest day). One definition for
# the writer (one article) and the version 4 migration (every stored quote).
QUOTE_NAMES_SELECT = """SELECT DISTINCT m.entity_id, substr(COALESCE(a.published, a.ingested), 1, 10),
    x.article_id, x.position, x.rowid
    FROM quotes x JOIN articles a ON a.id = x.article_id
    JOIN mentions m ON m.article_id = x.article_id AND m.start >= x.start AND m."end" <= x."end\""""

# Version 4: which entities each quote names, keyed in "quotes about" order (newest day first, then
# article and position), so an entity's quotes about it are the first rows of its key range: no
# test of every mention against the quotes of its articles, no sort of them all with their articles.
# The primary key of a WITHOUT ROWID table is its one index; day and article_id are copies of facts
# that never change once an article is stored.
QUOTE_ENTITIES = f"""
CREATE TABLE quote_entities (
    entity_id TEXT NOT NULL,
    day TEXT NOT NULL,
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    quote_rowid INTEGER NOT NULL,
    PRIMARY KEY (entity_id, day DESC, article_id, position)
) WITHOUT ROWID;
INSERT INTO quote_entities (entity_id, day, article_id, position, quote_rowid)
{QUOTE_NAMES_SELECT};
"""

MIGRATIONS: tuple[str, ...] = (BASE, NEAR_DUPLICATES, ENTITY_INDEXES, QUOTE_ENTITIES)
SCHEMA_VERSION = len(MIGRATIONS)

# A read-only store of version 3 is read as it is: version 4 only added the quote links, which a
# temporary view computes from the quotes and mentions (the old query, per entity). Version 2 lacks
# the indexes the queries name (INDEXED BY), version 1 the duplicate columns: those need an upgrade.
READABLE_VERSION = 3
QUOTE_ENTITIES_VIEW = f"""CREATE TEMP VIEW quote_entities (entity_id, day, article_id, position, quote_rowid)
AS {QUOTE_NAMES_SELECT}"""


def connect(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """Open the newsgraph database at ``path``; where it may be written, in WAL mode and up to date.

    With ``create`` a new path or an empty file becomes a new store; without it a missing or empty
    file is a StoreError. A store this process may not write (the file or its folder is read-only)
    is opened read-only and read as it is (see ``read_store``). A SQLite file that is no newsgraph
    store is refused, and left as it was.
    """
    path = Path(path)
    if not create:
        _check_exists(path)
    if path.is_file() and not writable(path):
        return read_store(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
    except sqlite3.Error as e:
        raise StoreError(_open_error(path, e)) from e
    try:
        _check_store(conn, path, create)  # reads only: nothing is written to a file that is refused
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable against a killed process in WAL mode; only an OS crash may lose the last commits
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except (sqlite3.Error, StoreError) as e:
        conn.close()
        if isinstance(e, StoreError):
            raise
        raise StoreError(_open_error(path, e)) from e
    return conn


def writable(path: Path) -> bool:
    """True if this process may write the database file ``path`` and, for its -wal and -shm files, its folder."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_immutable(path: Path) -> bool:
    """True if ``open_read_only`` opens ``path`` ``immutable``: a store this process may not write,
    with no write-ahead log pending beside it."""
    wal = Path(f"{path}-wal")
    return not writable(path) and not (wal.is_file() and wal.stat().st_size > 0)


def file_stamp(path: Path) -> tuple[int, int, int]:
    """What changes when anyone writes the store ``path``: its modification time and size, and the
    size of its -wal file (0 when there is none). A reader opened ``immutable`` compares stamps to
    know that it must reopen to see the new rows."""
    st = path.stat()
    wal = Path(f"{path}-wal")
    wal_size = wal.stat().st_size if wal.is_file() else 0
    return (st.st_mtime_ns, st.st_size, wal_size)


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file ``path``; sqlite3.Error if it cannot be opened.

    A store this process may not write, with no write-ahead log pending beside it, is opened
    ``immutable``: SQLite then makes no -wal or -shm file and takes no lock. With ``mode=ro`` alone it
    would make them, which fails in a read-only folder, and in a writable one leaves files owned by
    the reader that then stop the store's owner from writing. The cost: a write by someone with more
    rights while we read is not seen, or is seen torn (wrong rows or SQLITE_CORRUPT): a long-lived
    reader compares ``file_stamp`` between reads and opens the store anew when it changed. A pending -wal
    file (a writer at work) holds commits the main file has not, so then ``mode=ro`` reads it, with
    SQLite's locks; so does a store we may write, such as the server's while it takes new articles.
    """
    path = Path(path)
    params = "mode=ro"
    if read_immutable(path):
        params += "&immutable=1"
    uri = f"file:{quote(str(path.resolve()))}?{params}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def read_store(path: str | Path) -> sqlite3.Connection:
    """``path`` opened read-only (``open_read_only``) and as it is: a current store, or a version 3
    store with its quote links computed (``QUOTE_ENTITIES_VIEW``). StoreError, naming the file, for a
    file that is no newsgraph store or an older store, which needs an upgrade."""
    path = Path(path)
    try:
        conn = open_read_only(path)
    except sqlite3.Error as e:
        raise StoreError(_open_error(path, e, read_only=True)) from e
    try:
        version = _check_store(conn, path, create=False)
        if version == READABLE_VERSION:
            conn.execute(QUOTE_ENTITIES_VIEW)  # a temporary view: nothing is written to the store
        elif version < SCHEMA_VERSION:
            raise StoreError(
                f"database {path} has schema version {version}, older than this newsgraph's ({SCHEMA_VERSION}), "
                "and is read-only here, so it cannot be upgraded. Tip: open it once with write access to "
                "upgrade it (any newsgraph command does), or read a copy in a folder you may write to."
            )
    except (sqlite3.Error, StoreError) as e:
        conn.close()
        if isinstance(e, StoreError):
            raise
        raise StoreError(_open_error(path, e, read_only=True)) from e
    return conn


def _check_exists(path: Path) -> None:
    """StoreError unless ``path`` is a file with something in it (a reader never builds a store)."""
    if not path.is_file():
        raise StoreError(f"database {path} does not exist. "
                         f"Tip: build it first with `newsgraph ingest PATH --db {path}`.")
    if path.stat().st_size == 0:
        raise StoreError(f"database {path} is an empty file, not a newsgraph database; it was left unchanged. "
                         f"Tip: build it first with `newsgraph ingest PATH --db {path}`.")


def _check_store(conn: sqlite3.Connection, path: Path, create: bool) -> int:
    """The schema version of the newsgraph store ``conn`` opened; reads only.

    0 for an empty database when ``create`` (the migrations build it). StoreError for any other
    SQLite file that newsgraph did not make (no version, or no newsgraph ``meta`` table), and for a
    store newer than this code.
    """
    version = schema_version(conn)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    if not tables and version == 0:
        if create:
            return 0
        raise StoreError(f"database {path} is an empty SQLite database, not a newsgraph database; it was left "
                         f"unchanged. Tip: build it first with `newsgraph ingest PATH --db {path}`.")
    if version == 0 or "meta" not in tables or conn.execute(
            "SELECT 1 FROM meta WHERE key = 'entity_counter'").fetchone() is None:
        shown = ", ".join(tables[:3]) + (f" and {len(tables) - 3} more" if len(tables) > 3 else "")
        raise StoreError(f"{path} is a SQLite database of another application "
                         f"({f'tables {shown}' if tables else f'no tables, user_version {version}'}), not a newsgraph "
                         "database; it was left unchanged. Tip: name a newsgraph database, or a new file, with --db.")
    if version > SCHEMA_VERSION:
        raise StoreError(f"database {path} has schema version {version}, newer than this newsgraph knows "
                         f"({SCHEMA_VERSION}). Tip: upgrade newsgraph.")
    return version


def _open_error(path: Path, error: sqlite3.Error, read_only: bool = False) -> str:
    """The one line for a database that SQLite could not open or read, with a tip fit for the cause."""
    text = str(error)
    if isinstance(error, sqlite3.DatabaseError) and "not a database" in text:
        return f"cannot open database {path}: {text}. Tip: is it a newsgraph database?"
    if read_only or "readonly" in text or "unable to open" in text:
        return (f"cannot open database {path}{' for reading' if read_only else ''}: {text}. "
                "Tip: check the permissions of the file and of its folder.")
    return f"cannot open database {path}: {text}."


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version the database is at (0 for an empty database)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations between the database's version and ``target``; return the new version."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {current}, newer than this newsgraph knows ({SCHEMA_VERSION}). "
            "Tip: upgrade newsgraph."
        )
    for version in range(current + 1, target + 1):
        # executescript commits first; the script runs in its own transaction with the version bump
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[version - 1]}\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
