"""Reading Records back out of the store, with article-local or store-wide ids."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.model import RECORD_VERSION, Record


def read_record(conn: sqlite3.Connection, article_id: str, store_ids: bool = True) -> Record:
    """The Record of article ``article_id``.

    With ``store_ids`` every entity and event id (and every reference to one) is the store-wide
    id, so the same id in two records is the same entity or event; otherwise the article's own ids.
    """
    data = record_dict(conn, article_id)
    if store_ids:
        data = with_store_ids(conn, data)
    return Record.from_dict(data)


def record_dict(conn: sqlite3.Connection, article_id: str) -> dict[str, Any]:
    """The record format (``Record.to_dict()``) of a stored article, with article-local ids."""
    row = conn.execute("SELECT id, text, metadata FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise StoreError(f"article {article_id} is not in the store.")
    out: dict[str, Any] = {"id": row["id"], "text": row["text"], "metadata": json.loads(row["metadata"])}
    out["record_version"] = RECORD_VERSION
    out["entities"] = _entities(conn, article_id)
    for table, name in (("times", "times"), ("quotes", "quotes"), ("quantities", "quantities"),
                        ("identifiers", "identifiers"), ("article_events", "events")):
        out[name] = [
            json.loads(d)
            for (d,) in conn.execute(f"SELECT data FROM {table} WHERE article_id = ? ORDER BY position", (article_id,))
        ]
    return out


def _entities(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    entities = []
    rows = conn.execute(
        "SELECT local_id, data FROM article_entities WHERE article_id = ? ORDER BY position", (article_id,)
    ).fetchall()
    for row in rows:
        entity = json.loads(row["data"])
        for table, name in (("mentions", "mentions"), ("roles", "roles")):
            entity[name] = [
                json.loads(d)
                for (d,) in conn.execute(
                    f"SELECT data FROM {table} WHERE article_id = ? AND local_id = ? ORDER BY position",
                    (article_id, row["local_id"]),
                )
            ]
        entities.append(entity)
    return entities


def id_maps(conn: sqlite3.Connection, article_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """(entity, event) maps from an article's local ids to store-wide ids."""
    entities = dict(
        conn.execute("SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,)).fetchall()
    )
    events = dict(
        conn.execute("SELECT local_id, event_id FROM article_events WHERE article_id = ?", (article_id,)).fetchall()
    )
    return entities, events


def with_store_ids(conn: sqlite3.Connection, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a record dict) with every entity and event id replaced by its store-wide id."""
    entities, events = id_maps(conn, data["id"])
    ent = lambda value: entities.get(value, value) if value else value  # noqa: E731
    for entity in data["entities"]:
        entity["id"] = ent(entity["id"])
        entity["members"] = [ent(m) for m in entity.get("members") or []]
        for role in entity["roles"]:
            role["of"] = ent(role.get("of"))
    for quote in data["quotes"]:
        quote["speaker"] = ent(quote.get("speaker"))
    for identifier in data["identifiers"]:
        identifier["refers_to"] = ent(identifier.get("refers_to"))
    for event in data["events"]:
        event["id"] = events.get(event["id"], event["id"])
        event["place"] = ent(event.get("place"))
        for participant in event.get("participants") or []:
            participant["entity"] = ent(participant["entity"])
    return data


def article_ids(conn: sqlite3.Connection) -> Iterator[str]:
    """Every stored article id, in the order they were stored."""
    for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY rowid").fetchall():
        yield article_id
