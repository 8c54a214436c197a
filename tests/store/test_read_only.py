"""Stores shared read-only are read as they are, and files that are no newsgraph store are refused.

Every case checks the file's bytes before and after: a reader never writes, and a refused file
is left as it was. As root, chmod does not stop SQLite, so most tests fake the permission with
``os.access`` (what newsgraph asks before it opens); one test reads a really read-only folder
as an unprivileged user.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import old_queries
import pytest
from store_records import named_quote_records

from newsgraph.cli import main
from newsgraph.errors import StoreError
from newsgraph.store import Store, writer
from newsgraph.store.queries import entity_profile, quotes_about
from newsgraph.store.schema import SCHEMA_VERSION, migrate, schema_version


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fake_read_only(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """``os.access`` says that ``paths`` may not be written (chmod does not bind root)."""
    real_access = os.access
    denied = {p.resolve() for p in paths}

    def access(path: str | Path, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(path).resolve() in denied:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(os, "access", access)


def build_store(path: Path, version: int = SCHEMA_VERSION) -> Path:
    """A store at ``path`` holding the named-quote records, written as the schema ``version`` did."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if version == SCHEMA_VERSION:
        with Store(path) as store:
            for record in named_quote_records():
                store.add(record)
        return path
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrate(conn, target=version)
    conn.execute("PRAGMA journal_mode=WAL")  # as every store newsgraph made
    if version == 1:  # today's writer needs the duplicate columns of version 2: one article, by hand
        conn.execute("INSERT INTO articles (id, text, metadata, record_version, ingested) "
                     "VALUES ('a1', 'Some text.', '{}', 1, '2025-01-01')")
        conn.close()
        return path
    link = writer.link_quote_names
    writer.link_quote_names = lambda conn, article_id: None  # the writers before version 4 stored no links
    try:
        for record in named_quote_records():
            conn.execute("BEGIN")
            writer.write_record(conn, record)
            conn.execute("COMMIT")
    finally:
        writer.link_quote_names = link
    conn.close()
    return path


def answers(store: Store) -> dict[str, object]:
    """What the readers ask of every entity: its profile and the quotes about it."""
    ids = old_queries.entity_ids(store.conn)
    return {e: (entity_profile(store.conn, e), quotes_about(store.conn, e, -1)) for e in ids}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A current store, closed (its -wal and -shm files gone), in a folder of its own."""
    return build_store(tmp_path / "shared" / "kb.db")


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


@pytest.mark.parametrize("denied", ["file", "folder", "both"])
def test_a_read_only_store_is_read_as_it_is(shared: Path, monkeypatch, denied: str) -> None:
    with Store(shared, create=False) as store:
        expected = answers(store)
    before = digest(shared)
    fake_read_only(monkeypatch, *{"file": [shared], "folder": [shared.parent], "both": [shared, shared.parent]}[denied])
    with Store(shared, create=False) as store:
        assert store.read_only
        assert answers(store) == expected
        with pytest.raises(StoreError, match="read-only here"):
            store.add_failure("x.txt", "a reason")
    assert digest(shared) == before
    assert side_files(shared) == []  # immutable: no -wal or -shm file for the owner to trip over


def test_the_commands_read_a_read_only_store(shared: Path, monkeypatch, capsys) -> None:
    before = digest(shared)
    fake_read_only(monkeypatch, shared, shared.parent)
    assert main(["entity", "Anna Berg", "--db", str(shared), "--json"]) == 0
    assert main(["search", "harbour", "--db", str(shared), "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"name": "Anna Berg"' in out and "harbour" in out and not err
    assert digest(shared) == before


def test_the_server_reads_a_read_only_store(shared: Path, monkeypatch) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.server import create_app

    before = digest(shared)
    fake_read_only(monkeypatch, shared, shared.parent)
    client = TestClient(create_app(shared), raise_server_exceptions=False)
    entity = client.get("/api/entities/E1")
    assert entity.status_code == 200 and entity.json()["entity"]["name"] == "Anna Berg"
    assert client.get("/api/quotes", params={"about": "E1"}).json()["total"] > 0
    assert client.get("/entities/E1").status_code == 200
    assert digest(shared) == before


def test_a_read_only_version_3_store_answers_as_version_4(tmp_path: Path, monkeypatch) -> None:
    """Version 4 only stored the quote links: a read-only version 3 store computes them instead."""
    old = build_store(tmp_path / "v3" / "kb.db", version=3)
    current = build_store(tmp_path / "v4" / "kb.db")
    before = digest(old)
    fake_read_only(monkeypatch, old, old.parent)
    with Store(old, create=False) as store, Store(current, create=False) as new:
        assert schema_version(store.conn) == 3
        assert answers(store) == answers(new)
        for entity_id in old_queries.entity_ids(store.conn):
            assert quotes_about(store.conn, entity_id, 2) == old_queries.quotes_about(store.conn, entity_id, 2)
    assert digest(old) == before


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_read_only_store_says_how_to_upgrade_it(tmp_path: Path, monkeypatch, capsys, version: int) -> None:
    old = build_store(tmp_path / "old.db", version=version)
    before = digest(old)
    fake_read_only(monkeypatch, old)
    with pytest.raises(StoreError) as error:
        Store(old, create=False)
    message = str(error.value)
    assert "\n" not in message and str(old) in message and f"schema version {version}," in message
    assert "open it once with write access to upgrade it" in message
    assert main(["entity", "Anna Berg", "--db", str(old)]) == 1
    assert capsys.readouterr().err.strip() == f"error: {message}"
    assert digest(old) == before
    monkeypatch.undo()  # with write access it is upgraded, as before
    with Store(old, create=False) as store:
        assert schema_version(store.conn) == SCHEMA_VERSION


def test_a_read_only_store_newer_than_the_code_is_one_line(shared: Path, monkeypatch) -> None:
    conn = sqlite3.connect(shared)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(shared)
    fake_read_only(monkeypatch, shared, shared.parent)
    with pytest.raises(StoreError, match=f"{SCHEMA_VERSION + 1}, newer than this newsgraph knows"):
        Store(shared, create=False)
    assert digest(shared) == before


def foreign(path: Path, user_version: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (x INTEGER)")
    conn.execute("INSERT INTO foo VALUES (1)")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


def empty_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE gone (x)")
    conn.execute("DROP TABLE gone")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 0
    return path


def versioned_empty(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    return path


NOT_STORES = {
    "0-byte file": (lambda p: p.write_bytes(b"") or p, "is an empty file, not a newsgraph database"),
    "empty SQLite database": (empty_sqlite, "is an empty SQLite database, not a newsgraph database"),
    "foreign SQLite database": (foreign, "is a SQLite database of another application (tables foo)"),
    "foreign one with a version": (lambda p: foreign(p, user_version=SCHEMA_VERSION), "of another application"),
    "versioned one with no tables": (versioned_empty, "of another application (no tables, user_version 7)"),
}


@pytest.mark.parametrize("case", NOT_STORES)
@pytest.mark.parametrize("read_only", [False, True])
def test_a_reader_refuses_a_file_that_is_no_store_and_leaves_it_unchanged(
    tmp_path: Path, monkeypatch, capsys, case: str, read_only: bool
) -> None:
    make, said = NOT_STORES[case]
    path = make(tmp_path / "other.db")
    before = digest(path)
    if read_only:
        fake_read_only(monkeypatch, path, tmp_path)
    with pytest.raises(StoreError, match=re.escape(said)) as error:
        Store(path, create=False)
    assert "\n" not in str(error.value) and str(path) in str(error.value)
    assert main(["entity", "Anna Berg", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and "Traceback" not in err
    assert digest(path) == before
    assert side_files(path) == []


@pytest.mark.parametrize("case", ["foreign SQLite database", "foreign one with a version"])
def test_a_writer_does_not_add_its_tables_to_another_application_s_database(tmp_path: Path, case: str) -> None:
    make, said = NOT_STORES[case]
    path = make(tmp_path / "other.db")
    before = digest(path)
    with pytest.raises(StoreError, match=re.escape(said)):
        Store(path)
    assert digest(path) == before
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["foo"]
    conn.close()


@pytest.mark.parametrize("case", ["0-byte file", "empty SQLite database"])
def test_a_writer_still_builds_a_store_in_an_empty_file(tmp_path: Path, case: str) -> None:
    path = NOT_STORES[case][0](tmp_path / "new.db")
    with Store(path) as store:
        assert schema_version(store.conn) == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_no_sqlite_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database. " * 40, encoding="utf-8")
    before = digest(path)
    with pytest.raises(StoreError, match="file is not a database. Tip: is it a newsgraph database"):
        Store(path, create=False)
    assert digest(path) == before


@pytest.fixture
def world_readable_folder() -> Iterator[Path]:
    """A folder an unprivileged user may read (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-ro-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


READ_AS_ANOTHER_USER = """
import sys
from newsgraph.errors import StoreError
from newsgraph.store import Store
from newsgraph.store.queries import find_entities, quotes_about
with Store(sys.argv[1], create=False) as store:
    berg = find_entities(store.conn, "Anna Berg")[0]["id"]
    print(len(quotes_about(store.conn, berg, -1)), store.read_only)
try:
    Store(sys.argv[2], create=False)
except StoreError as e:
    print(e)
"""


def _closed_to_others(*paths: Path) -> Path | None:
    """The first folder above ``paths`` that other users may not enter (a checkout made in a
    ``mktemp -d`` folder, mode 0700), or None when they can reach them all."""
    for path in paths:
        for folder in [path, *path.parents] if path.is_dir() else path.parents:
            if not folder.stat().st_mode & stat.S_IXOTH:
                return folder
    return None


def test_a_really_read_only_folder_is_read(world_readable_folder: Path) -> None:
    """The failure users met, for real: SQLite itself cannot make a -shm file in a read-only folder."""
    path = build_store(world_readable_folder / "kb.db")
    with Store(path, create=False) as store:
        expected = len(quotes_about(store.conn, "E1", -1))
    secret = shutil.copy(path, world_readable_folder / "secret.db")
    Path(secret).chmod(0o000)
    path.chmod(0o444)
    world_readable_folder.chmod(0o555)
    before = digest(path)
    command = [sys.executable, "-c", READ_AS_ANOTHER_USER, str(path), str(secret)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("as root chmod binds nobody, and setpriv, to read as another user, is missing")
        closed = _closed_to_others(Path(__file__).resolve().parents[2], Path(sys.executable))
        if closed is not None:
            pytest.skip(f"the unprivileged user cannot reach this checkout or its Python: {closed} is closed to others")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    repository = str(Path(__file__).resolve().parents[2])
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd="/",
                         env={**os.environ, "PYTHONPATH": repository})
    if os.geteuid() == 0 and "Permission denied" in run.stderr and "newsgraph" not in run.stderr:
        pytest.skip(f"the unprivileged user cannot run this Python: {run.stderr.strip()[-200:]}")
    assert run.returncode == 0, run.stderr
    read, refused = run.stdout.splitlines()
    assert read.split() == [str(expected), "True"]
    assert refused == (f"cannot open database {secret} for reading: unable to open database file. "
                       "Tip: check the permissions of the file and of its folder.")
    assert digest(path) == before and side_files(path) == ["secret.db"]
