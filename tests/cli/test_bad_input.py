"""Hostile input to the commands: one clear line naming the file and the problem, never a traceback;
a batch records the failure and goes on; nothing already stored is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsgraph.cli import main
from newsgraph.errors import StoreError
from newsgraph.scale import shards
from newsgraph.store import Store


def failures(db: Path) -> list[tuple[str, str]]:
    """The (source, reason) rows of the store's failures table."""
    with Store(db, create=False) as store:
        return [(row[0], row[1]) for row in store.conn.execute("SELECT source, reason FROM failures")]


def test_a_shard_failure_of_another_kind_is_recorded_as_the_shards(tmp_path: Path, monkeypatch, capsys) -> None:
    def read_shards(folder: str | Path) -> Iterator[StoreError]:
        yield StoreError("made-up shard failure")

    monkeypatch.setattr(shards, "is_shard_path", lambda path: True)
    monkeypatch.setattr(shards, "read_shards", read_shards)
    db = tmp_path / "kb.db"
    assert main(["ingest", "x.parquet", "--db", str(db), "--quiet"]) == 1
    assert "x.parquet" in capsys.readouterr().out
    assert failures(db) == [("x.parquet", "x.parquet: made-up shard failure")]
