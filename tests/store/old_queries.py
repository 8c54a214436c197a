"""The store's queries as they were before schema 4, kept as the reference answers for the tests.

Before schema 4 the quotes naming an entity were found at query time: every mention of the
entity tested against the quotes of its article. The tests check that the stored quote links
give the same answers, row for row.
"""

from __future__ import annotations

import sqlite3
from typing import Any

DAY = "substr(COALESCE(a.published, a.ingested), 1, 10)"

QUOTES_NAMING = (
    'SELECT x.rowid FROM mentions m JOIN quotes x ON x.article_id = m.article_id '
    'AND m.start >= x.start AND m."end" <= x."end" WHERE m.entity_id = ?'
)

QUOTES_ABOUT = f"""SELECT q.text, q.kind, COALESCE(s.name, q.speaker_name) AS speaker,
        q.speaker_entity_id AS speaker_id, q.article_id AS article, a.title, {DAY} AS published
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities s ON s.id = q.speaker_entity_id
    WHERE q.rowid IN ({QUOTES_NAMING}) AND q.speaker_entity_id IS NOT ?
    ORDER BY published DESC, q.article_id, q.position LIMIT ?"""


def quotes_about(conn: sqlite3.Connection, entity_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes by others whose text mentions the entity, newest first: the query of schema 3."""
    return [dict(row) for row in conn.execute(QUOTES_ABOUT, (entity_id, entity_id, limit))]


def quotes_naming(conn: sqlite3.Connection, entity_id: str) -> set[int]:
    """The rowids of the quotes whose span holds a mention of the entity, found from the mentions."""
    return {rowid for (rowid,) in conn.execute(QUOTES_NAMING, (entity_id,))}


def entity_ids(conn: sqlite3.Connection) -> list[str]:
    """Every store-wide entity id."""
    return [entity_id for (entity_id,) in conn.execute("SELECT id FROM entities ORDER BY id")]
