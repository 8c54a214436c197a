"""The embedded database: schema and migrations, writing Records, queries and exports.

``Store`` opens a SQLite database (WAL mode); ``ingest`` stores articles one transaction each;
``reader`` reads Records back; ``queries`` answers the CLI's questions; ``export`` writes
JSONL, Parquet and GraphML. The store imports ``model``, ``errors`` and ``resolve`` only.
"""

from newsgraph.store.db import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
