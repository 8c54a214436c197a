"""Records as Parquet rows: the record format's fields, nested ones as JSON text.

A shard row is either an extracted record (``status`` "ok") or a failure (``status``
"failed", with ``source`` and ``error``), so a run's failures travel with its output.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import IngestError, NewsgraphError
from newsgraph.model import RECORD_VERSION, Record

NESTED = ("metadata", "entities", "times", "quotes", "quantities", "identifiers", "events")
COLUMNS = ("id", "text", "record_version", *NESTED, "status", "source", "error")


def record_row(record: Record) -> dict[str, Any]:
    """One Parquet row for an extracted record."""
    data = record.to_dict()
    row = {"id": data["id"], "text": data["text"], "record_version": RECORD_VERSION,
           "status": "ok", "source": str(data["metadata"].get("path") or ""), "error": ""}
    row.update({name: json.dumps(data[name], ensure_ascii=False) for name in NESTED})
    return row


def failure_row(source: str, error: str, article_id: str = "") -> dict[str, Any]:
    """One Parquet row for an input or article that failed."""
    row: dict[str, Any] = {name: "" for name in COLUMNS}
    row.update(
        {"id": article_id, "record_version": RECORD_VERSION, "status": "failed", "source": source, "error": error}
    )
    return row


def row_record(row: dict[str, Any]) -> Record:
    """The Record a row holds (``status`` must be "ok")."""
    data = {"id": row["id"], "text": row["text"]}
    data.update({name: json.loads(row[name]) for name in NESTED})
    return Record.from_dict(data)


def read_shards(folder: str | Path) -> Iterator[Record | NewsgraphError]:
    """Yield each record (or the failure, as an IngestError naming its source) in a shard folder."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    for shard in [folder] if folder.is_file() else sorted(folder.rglob("*.parquet")):
        for row in pq.read_table(shard).to_pylist():
            if row["status"] == "ok":
                yield row_record(row)
            else:
                yield IngestError(row["source"] or str(shard), row["error"])


def is_shard_path(path: str | Path) -> bool:
    """A Parquet file, or a folder holding Parquet files: the output of ``extract --engine ray``."""
    path = Path(path)
    return path.suffix == ".parquet" or (path.is_dir() and next(path.rglob("*.parquet"), None) is not None)


def done_ids(folder: str | Path) -> set[str]:
    """Ids of the articles already extracted into the shards of ``folder`` (for a rerun to skip)."""
    import pyarrow.parquet as pq

    done: set[str] = set()
    for shard in Path(folder).rglob("*.parquet"):
        table = pq.read_table(shard, columns=["id", "status"])
        done.update(i for i, s in zip(table["id"].to_pylist(), table["status"].to_pylist()) if s == "ok")
    return done
