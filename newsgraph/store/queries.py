"""Questions to the store: an entity's profile, its timeline, quotes, events and full-text search.

Every function takes user text only as SQL parameters, and returns plain dicts and lists (JSON-
ready) for the CLI to print. Near-duplicate articles are shown as sources but counted once:
``independent`` counts distinct canonical articles.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.resolve.names import name_tokens, norm

# the published day of an article, or its ingest day when it carries none
DAY = "substr(COALESCE(a.published, a.ingested), 1, 10)"


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor.fetchall()]


def _marks(values: list[str]) -> str:
    return ",".join("?" for _ in values)


def find_entities(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Entities called ``name`` (any alias, titles ignored), the most mentioned first.

    Falls back to a bare surname or a part of the name. Raises StoreError when nothing matches.
    """
    keys = sorted({norm(name, "PERSON"), norm(name, "")} - {""})
    found = _rows(conn.execute(
        "SELECT e.id, e.name, e.type, SUM(al.mentions) AS mentions "
        f"""FROM aliases al JOIN entities e ON e.id = al.entity_id
            WHERE al.norm IN ({_marks(keys)}) GROUP BY e.id ORDER BY mentions DESC, e.id""",
        keys,
    )) if keys else []
    if not found and keys:
        tokens = name_tokens(name, "PERSON")
        pattern = "%" + _escape_like(" ".join(tokens)) + "%"
        found = _rows(conn.execute(
            "SELECT e.id, e.name, e.type, SUM(al.mentions) AS mentions "
            """FROM aliases al JOIN entities e ON e.id = al.entity_id
               WHERE al.norm LIKE ? ESCAPE '\\' GROUP BY e.id ORDER BY mentions DESC, e.id LIMIT 20""",
            (pattern,),
        ))
    if not found:
        raise StoreError(f"no entity named {name!r} in the database. Tip: try `newsgraph search {name!r}`.")
    return found


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def entity_profile(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any]:
    """Everything the store knows about one entity: names, roles over time, company, quotes, dates."""
    row = conn.execute("SELECT id, name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise StoreError(f"entity {entity_id} is not in the database.")
    profile = dict(row)
    seen = conn.execute(
        f"""SELECT MIN({DAY}) AS first, MAX({DAY}) AS last, COUNT(DISTINCT a.id) AS articles,
                   COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)) AS independent
            FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ?""",
        (entity_id,),
    ).fetchone()
    profile.update(first_seen=seen["first"], last_seen=seen["last"], articles=seen["articles"],
                   independent_articles=seen["independent"])
    profile["mentions"] = mention_count(conn, entity_id)
    profile["aliases"] = aliases(conn, entity_id)
    profile["roles"] = roles(conn, entity_id)
    profile["seen_with"] = seen_with(conn, entity_id)
    profile["quotes_by"] = quotes(conn, speaker_ids=[entity_id])
    profile["quotes_about"] = quotes_about(conn, entity_id)
    return profile


def mention_count(conn: sqlite3.Connection, entity_id: str) -> int:
    """How many times the entity is mentioned, in all articles."""
    return int(conn.execute("SELECT COUNT(*) FROM mentions WHERE entity_id = ?", (entity_id,)).fetchone()[0])


def aliases(conn: sqlite3.Connection, entity_id: str, limit: int = -1) -> list[dict[str, Any]]:
    """The names an entity is written with, each with its mentions and articles, most used first.

    ``limit`` keeps the first ones only (-1: all).
    """
    return _rows(conn.execute(
        """SELECT alias, SUM(mentions) AS mentions, COUNT(DISTINCT article_id) AS articles FROM aliases
           WHERE entity_id = ? GROUP BY alias ORDER BY mentions DESC, alias LIMIT ?""",
        (entity_id, limit),
    ))


def roles(conn: sqlite3.Connection, entity_id: str) -> list[dict[str, Any]]:
    """The titles an entity holds, each with the days it was reported and the articles saying so."""
    found = _rows(conn.execute(
        f"""SELECT r.title, COALESCE(o.name, r.of_name) AS of_what, MIN({DAY}) AS first, MAX({DAY}) AS last,
                   group_concat(DISTINCT a.id) AS sources
            FROM roles r JOIN articles a ON a.id = r.article_id LEFT JOIN entities o ON o.id = r.of_entity_id
            WHERE r.entity_id = ? GROUP BY lower(r.title), of_what ORDER BY first, r.title""",
        (entity_id,),
    ))
    for role in found:
        role["sources"] = sorted((role["sources"] or "").split(","))
    return found


# each article naming the entity: its story and all the entities it names. Without statistics the
# planner reads articles by their primary key, i.e. each row with its whole text: the summary index holds duplicate_of
STORIES_SQL = """WITH mine AS (SELECT article_id FROM article_entities WHERE entity_id = ?),
    named AS (SELECT article_id, group_concat(entity_id, ' ') AS ids FROM article_entities
              WHERE article_id IN mine GROUP BY article_id)
    SELECT COALESCE(a.duplicate_of, a.id), named.ids
    FROM named JOIN articles a INDEXED BY articles_summary ON a.id = named.article_id"""


def stories_with(conn: sqlite3.Connection, entity_id: str) -> dict[str, set[str]]:
    """story id -> the other entities named in that story's articles, for each story naming ``entity_id``.

    A story is an article with its near-duplicates, under its first article's id. One row per
    article, its entities joined in SQL from the covering index: a self-join returning one row per
    pair, or grouping by entity in SQL, is several times slower for entities named in thousands of articles.
    """
    stories: dict[str, set[str]] = {}
    for story, ids in conn.execute(STORIES_SQL, (entity_id,)):
        stories.setdefault(story, set()).update(ids.split(" "))  # store ids (E12) hold no space
    for members in stories.values():
        members.discard(entity_id)
    return stories


def seen_with(
    conn: sqlite3.Connection, entity_id: str, limit: int = 15, stories: dict[str, set[str]] | None = None
) -> list[dict[str, Any]]:
    """The entities named in the same stories, by how many stories they share (``articles``), then name.

    ``stories`` is ``stories_with(conn, entity_id)`` when the caller has it already.
    """
    if stories is None:
        stories = stories_with(conn, entity_id)
    shared: Counter[str] = Counter()
    for members in stories.values():
        shared.update(members)
    top = shared.most_common(limit)  # a heap: a frequent entity has tens of thousands of companions
    if not top:
        return []
    # names only for the entities that can make the cut: ties at the last place are ordered by name
    floor = top[-1][1]
    candidates = [other for other, count in shared.items() if count >= floor]
    found = _rows(conn.execute(
        "SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(candidates),),
    ))
    for row in found:
        row["articles"] = shared[row["id"]]
    found.sort(key=lambda row: (-row["articles"], row["name"], row["id"]))
    return found[:limit]


QUOTE_COLUMNS = f"""q.text, q.kind, COALESCE(s.name, q.speaker_name) AS speaker, q.speaker_entity_id AS speaker_id,
    q.article_id AS article, a.title, {DAY} AS published"""


def quotes(
    conn: sqlite3.Connection, speaker_ids: list[str] | None = None, contains: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """Quotes, optionally by one of ``speaker_ids`` and containing the words of ``contains``; newest first."""
    where, params = [], []
    if speaker_ids is not None:
        where.append(f"q.speaker_entity_id IN ({_marks(speaker_ids)})")
        params += speaker_ids
    if contains:
        where.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(contains))
    sql = f"""SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
              LEFT JOIN entities s ON s.id = q.speaker_entity_id
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY published DESC, q.article_id, q.position LIMIT ?"""
    return _rows(conn.execute(sql, (*params, limit)))


# the quotes whose span holds a mention of the entity, from the links the writer stores with each article
QUOTES_NAMING = "SELECT quote_rowid FROM quote_entities WHERE entity_id = ?"

# the links' key is the order asked for, so the first page is read without sorting all the entity's
# quotes; a link's day is its article's published (else ingest) day, and the titles come from the
# articles' summary index, not from the rows that hold their text
QUOTES_ABOUT_SQL = """SELECT q.text, q.kind, COALESCE(s.name, q.speaker_name) AS speaker,
        q.speaker_entity_id AS speaker_id, q.article_id AS article, a.title, n.day AS published
    FROM quote_entities n CROSS JOIN quotes q ON q.rowid = n.quote_rowid
    JOIN articles a INDEXED BY articles_summary ON a.id = n.article_id
    LEFT JOIN entities s ON s.id = q.speaker_entity_id
    WHERE n.entity_id = ? AND q.speaker_entity_id IS NOT ?
    ORDER BY n.day DESC, n.article_id, n.position LIMIT ?"""


def quotes_about(conn: sqlite3.Connection, entity_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes by others whose text mentions the entity, newest first; ``limit`` -1 gives them all."""
    return _rows(conn.execute(QUOTES_ABOUT_SQL, (entity_id, entity_id, limit)))


def fts_query(text: str) -> str:
    """An FTS5 query matching every word of ``text`` (each quoted, so no FTS syntax gets through)."""
    words = re.findall(r"\w+", text)
    if not words:
        raise StoreError(f"{text!r} has no words to search for.")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def events(
    conn: sqlite3.Connection, between: tuple[str, str] | None = None, entity_ids: list[str] | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Store-wide events in time order, each with participants and sources.

    An event's date is its own resolved date, else the first day an article reported it.
    """
    where, params = [], []
    if entity_ids is not None:
        where.append(f"ev.id IN (SELECT event_id FROM participants WHERE entity_id IN ({_marks(entity_ids)}))")
        params += entity_ids
    having = ""
    if between:
        having = f"HAVING COALESCE(ev.date, MIN({DAY})) BETWEEN ? AND ?"
    sql = f"""SELECT ev.id, ev.type, ev.date AS resolved_date, COALESCE(ev.date, MIN({DAY})) AS date,
                     COUNT(DISTINCT a.id) AS articles, COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)) AS independent
              FROM events ev JOIN article_events ae ON ae.event_id = ev.id JOIN articles a ON a.id = ae.article_id
              {"WHERE " + " AND ".join(where) if where else ""}
              GROUP BY ev.id {having} ORDER BY date, ev.id LIMIT ?"""
    found = _rows(conn.execute(sql, (*params, *(between or ()), limit)))
    for event in found:
        event.update(event_details(conn, event["id"]))
    return found


def event_details(conn: sqlite3.Connection, event_id: str) -> dict[str, Any]:
    """An event's participants, place, statuses and the articles that report it with their words."""
    participants = _rows(conn.execute(
        """SELECT DISTINCT e.id, e.name, p.role FROM participants p JOIN entities e ON e.id = p.entity_id
           WHERE p.event_id = ? ORDER BY e.name""",
        (event_id,),
    ))
    sources = _rows(conn.execute(
        f"""SELECT a.id AS article, a.title, {DAY} AS published, a.duplicate_of, ae.status,
                   json_extract(ae.data, '$.trigger.text') AS trigger, pl.name AS place
            FROM article_events ae JOIN articles a ON a.id = ae.article_id
            LEFT JOIN entities pl ON pl.id = ae.place_entity_id
            WHERE ae.event_id = ? ORDER BY published, a.id""",
        (event_id,),
    ))
    places = sorted({s["place"] for s in sources if s["place"]})
    return {"trigger": sources[0]["trigger"] if sources else None, "participants": participants,
            "place": places[0] if places else None, "sources": sources}


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Articles and quotes containing every word of ``text``, best match first."""
    query = fts_query(text)
    articles = _rows(conn.execute(
        f"""SELECT a.id AS article, a.title, {DAY} AS published, a.duplicate_of,
                   snippet(articles_fts, 1, '«', '»', '…', 12) AS snippet
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
        (query, limit),
    ))
    found_quotes = _rows(conn.execute(
        f"""SELECT {QUOTE_COLUMNS} FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid
            JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_entity_id
            WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?""",
        (query, limit),
    ))
    return {"articles": articles, "quotes": found_quotes}
