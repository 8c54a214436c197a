"""Read-only queries over the store schema for the HTTP API and the web pages.

Every query is parameterised SQL (no user text is ever formatted into a statement) and returns
plain dicts ready for JSON. Where ``newsgraph.store.queries`` answers the same question (roles,
seen-with, an entity's stories) the server uses it; the queries here add what the web needs: offsets
and totals for paging, filters, and the graph's edges. Full-text input is turned into quoted FTS5 phrases, so that a
search for ``"a" OR`` is words to find, not query syntax.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from typing import Any

from newsgraph.resolve import names
from newsgraph.store import queries as store_queries
from newsgraph.store.reader import with_store_ids

Row = dict[str, Any]

WORD = re.compile(r"\w+", re.UNICODE)


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    return [dict(r) for r in conn.execute(sql, params).fetchall()]


def _one(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> Row | None:
    row = conn.execute(sql, params).fetchone()
    return dict(row) if row is not None else None


def fts_phrase(text: str) -> str | None:
    """``text`` as an FTS5 query of quoted words (all must occur); None when it has no word."""
    words = WORD.findall(text)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words) if words else None


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with ``%``, ``_`` and ``\\`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def store_stamp(conn: sqlite3.Connection) -> int:
    """A number that changes whenever an article is added: cache key for costly aggregates."""
    return int(conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0])


# --- articles ---------------------------------------------------------------------------------

ARTICLE_COLUMNS = "a.id, a.title, a.source, a.published, a.duplicate_of, length(a.text) AS characters"


def list_articles(
    conn: sqlite3.Connection, limit: int, offset: int, source: str | None = None,
    since: str | None = None, until: str | None = None,
) -> tuple[list[Row], int]:
    """Articles, newest published first, with optional source (contains) and date bounds; and the total."""
    where, params = _article_filters(source, since, until)
    total = conn.execute(f"SELECT COUNT(*) FROM articles a {where}", params).fetchone()[0]
    items = _rows(
        conn,
        f"SELECT {ARTICLE_COLUMNS} FROM articles a {where} "
        "ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return items, int(total)


def _article_filters(source: str | None, since: str | None, until: str | None) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: list[Any] = []
    if source:
        clauses.append("a.source LIKE ? ESCAPE '\\'")
        params.append(like_pattern(source))
    if since:
        clauses.append("a.published >= ?")
        params.append(since)
    if until:
        clauses.append("a.published <= ?")
        params.append(until + "\uffff")  # a bare date bound includes that whole day
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)


def article_summary(conn: sqlite3.Connection, article_id: str) -> Row | None:
    """An article's id, title, source, published date and length; None if it is not stored."""
    return _one(conn, f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,))


def search_articles(conn: sqlite3.Connection, text: str, limit: int, offset: int) -> tuple[list[Row], int]:
    """Articles whose title or text holds every word of ``text``, best match first; and the total."""
    phrase = fts_phrase(text)
    if phrase is None:
        return [], 0
    total = conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", (phrase,)).fetchone()[0]
    # rank first, then snippets for the page's rows only: a snippet reads the whole text
    items = _rows(
        conn,
        "WITH page AS (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? "
        "ORDER BY rank LIMIT ? OFFSET ?) "
        f"SELECT {ARTICLE_COLUMNS}, snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet "
        "FROM page JOIN articles_fts ON articles_fts.rowid = page.rowid JOIN articles a ON a.rowid = page.rowid "
        "WHERE articles_fts MATCH ? ORDER BY page.rank",
        (phrase, limit, offset, phrase),
    )
    return items, int(total)


def record_of(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The stored record of an article (``Record.to_dict()`` form, store-wide ids); None if not stored.

    Same result as ``store.reader.record_dict`` + ``with_store_ids``, in a fixed number of queries
    instead of two per entity: an article with hundreds of entities otherwise costs hundreds.
    """
    row = conn.execute("SELECT id, text, metadata, record_version FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    out: dict[str, Any] = {"id": row[0], "text": row[1], "metadata": json.loads(row[2]), "record_version": row[3]}
    parts: dict[str, dict[str, list[Any]]] = {"mentions": {}, "roles": {}}
    for table, by_entity in parts.items():
        for local_id, data in conn.execute(
                f"SELECT local_id, data FROM {table} WHERE article_id = ? ORDER BY local_id, position", (article_id,)):
            by_entity.setdefault(local_id, []).append(json.loads(data))
    out["entities"] = []
    for local_id, data in conn.execute(
            "SELECT local_id, data FROM article_entities WHERE article_id = ? ORDER BY position", (article_id,)):
        entity = json.loads(data)
        entity["mentions"] = parts["mentions"].get(local_id, [])
        entity["roles"] = parts["roles"].get(local_id, [])
        out["entities"].append(entity)
    for table, name in (("times", "times"), ("quotes", "quotes"), ("quantities", "quantities"),
                        ("identifiers", "identifiers"), ("article_events", "events")):
        out[name] = [json.loads(d) for (d,) in conn.execute(
            f"SELECT data FROM {table} WHERE article_id = ? ORDER BY position", (article_id,))]
    return with_store_ids(conn, out)


# --- entities ---------------------------------------------------------------------------------


def list_entities(
    conn: sqlite3.Connection, limit: int, offset: int, name: str | None = None, kind: str | None = None,
) -> tuple[list[Row], int]:
    """Entities with how many articles name them, most named first; filter by name part and type.

    A name matches an entity's own name (any part) or, exactly, one of its aliases (the store's key).
    """
    clauses, params = [], []
    if name:
        clauses.append("(e.name LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM aliases WHERE norm = ?))")
        params += [like_pattern(name), names.norm(name)]
    if kind:
        clauses.append("e.type = ?")
        params.append(kind)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = conn.execute(f"SELECT COUNT(*) FROM entities e {where}", tuple(params)).fetchone()[0]
    if not name:
        # no name: rank every entity; the costly count is shared by all pages (see article_counts)
        return _ranked_entities(conn, limit, offset, kind), int(total)
    items = _rows(
        conn,
        "SELECT e.id, e.name, e.type, "
        "(SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles "
        f"FROM entities e {where} ORDER BY articles DESC, e.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return items, int(total)


def _ranked_entities(conn: sqlite3.Connection, limit: int, offset: int, kind: str | None) -> list[Row]:
    clause, params = ("WHERE e.type = ?", (kind,)) if kind else ("", ())
    return _rows(
        conn,
        "SELECT e.id, e.name, e.type, t.articles FROM "
        "(SELECT entity_id, COUNT(*) AS articles FROM article_entities GROUP BY entity_id) t "
        f"JOIN entities e ON e.id = t.entity_id {clause} ORDER BY t.articles DESC, e.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def top_entities(conn: sqlite3.Connection, limit: int) -> list[Row]:
    """The entities mentioned in the most articles, with their article and mention counts."""
    return _rows(
        conn,
        "SELECT e.id, e.name, e.type, t.articles FROM "
        "(SELECT entity_id, COUNT(*) AS articles FROM article_entities GROUP BY entity_id "
        " ORDER BY articles DESC LIMIT ?) t JOIN entities e ON e.id = t.entity_id ORDER BY t.articles DESC, e.id",
        (limit,),
    )


def entity(conn: sqlite3.Connection, entity_id: str) -> Row | None:
    """An entity with its counts and aliases (most used first); None if unknown."""
    found = _one(conn, "SELECT id, name, type FROM entities WHERE id = ?", (entity_id,))
    if found is None:
        return None
    found["articles"] = conn.execute(
        "SELECT COUNT(*) FROM article_entities WHERE entity_id = ?", (entity_id,)).fetchone()[0]
    found["mentions"] = store_queries.mention_count(conn, entity_id)
    found["aliases"] = store_queries.aliases(conn, entity_id, 50)
    return found


def entity_names(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Row]:
    """id -> {id, name, type} for the given entity ids that exist."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in _rows(conn, f"SELECT id, name, type FROM entities WHERE id IN ({marks})", tuple(ids))}


def timeline(
    conn: sqlite3.Connection, limit: int, offset: int, entity_id: str | None = None,
    since: str | None = None, until: str | None = None,
) -> tuple[list[Row], int]:
    """Dated items, oldest first: events (by their date) and, for an entity, the articles naming it."""
    parts, params = [_timeline_events(entity_id)], [entity_id] if entity_id else []
    if entity_id:
        parts.append(
            "SELECT a.published AS date, 'article' AS kind, a.id AS id, COALESCE(a.title, a.id) AS label, "
            "NULL AS type FROM articles a JOIN article_entities ae ON ae.article_id = a.id "
            "WHERE ae.entity_id = ? AND a.published IS NOT NULL"
        )
        params.append(entity_id)
    bounds, bound_params = [], []
    if since:
        bounds.append("date >= ?")
        bound_params.append(since)
    if until:
        bounds.append("date <= ?")
        bound_params.append(until + "\uffff")
    where = ("WHERE " + " AND ".join(bounds)) if bounds else ""
    union = " UNION ALL ".join(parts)
    total = conn.execute(f"SELECT COUNT(*) FROM ({union}) {where}", (*params, *bound_params)).fetchone()[0]
    items = _rows(conn, f"SELECT * FROM ({union}) {where} ORDER BY date, kind, id LIMIT ? OFFSET ?",
                  (*params, *bound_params, limit, offset))
    return items, int(total)


def _timeline_events(entity_id: str | None) -> str:
    select = (f"SELECT v.date AS date, 'event' AS kind, v.id AS id, {EVENT_WORDS} AS label, v.type AS type "
              "FROM events v WHERE v.date IS NOT NULL")
    if entity_id:
        select += " AND v.id IN (SELECT event_id FROM participants WHERE entity_id = ?)"
    return select


def neighbourhood(conn: sqlite3.Connection, entity_id: str, limit: int) -> dict[str, list[Row]] | None:
    """The entity, its ``limit`` most frequent companions, and the edges among them all.

    An edge's weight is the number of the centre's stories that name both ends: the neighbourhood
    as the centre's own articles show it.
    """
    centre = _one(conn, "SELECT id, name, type FROM entities WHERE id = ?", (entity_id,))
    if centre is None:
        return None
    stories = store_queries.stories_with(conn, entity_id)
    top = store_queries.seen_with(conn, entity_id, limit, stories)
    nodes = [dict(centre, weight=None, centre=True)] + [
        {"id": o["id"], "name": o["name"], "type": o["type"], "weight": o["articles"], "centre": False} for o in top]
    edges = [{"source": entity_id, "target": o["id"], "weight": o["articles"]} for o in top]
    chosen = {o["id"] for o in top}
    pairs: Counter[tuple[str, str]] = Counter()
    for members in stories.values():
        present = sorted(members & chosen)
        pairs.update((a, b) for i, a in enumerate(present) for b in present[i + 1:])
    edges += [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(pairs.items())]
    return {"nodes": nodes, "edges": edges}


# --- quotes -----------------------------------------------------------------------------------

QUOTE_COLUMNS = (
    "q.article_id, q.position, q.start, q.\"end\", q.text, q.kind, q.speaker_entity_id AS speaker_id, "
    "COALESCE(s.name, q.speaker_name) AS speaker, a.title AS article_title, a.published"
)
QUOTE_ORDER = "ORDER BY a.published DESC, a.id, q.position"


def list_quotes(
    conn: sqlite3.Connection, limit: int, offset: int, speaker: str | None = None, speaker_id: str | None = None,
    contains: str | None = None, about: str | None = None,
) -> tuple[list[Row], int]:
    """Quotes, newest article first; by speaker name part or id, words they contain, or an entity named inside.

    NULL dates sort last under DESC in SQLite, so the article date index can serve the order.
    """
    clauses, params = [], []
    if speaker_id:
        clauses.append("q.speaker_entity_id = ?")
        params.append(speaker_id)
    if speaker:
        # speakers resolved to entities by their name (small table), else the quote's own speaker words
        clauses.append("(q.speaker_entity_id IN (SELECT id FROM entities WHERE name LIKE ? ESCAPE '\\') "
                       "OR (q.speaker_entity_id IS NULL AND q.speaker_name LIKE ? ESCAPE '\\'))")
        params += [like_pattern(speaker)] * 2
    if contains:
        phrase = fts_phrase(contains)
        if phrase is None:
            return [], 0
        clauses.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(phrase)
    if about:
        clauses.append(f"q.rowid IN ({store_queries.QUOTES_NAMING}) AND q.speaker_entity_id IS NOT ?")
        params += [about, about]
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    if speaker_id or contains or about:
        return _selected_quotes(conn, where, tuple(params), limit, offset)
    total = conn.execute(f"SELECT COUNT(*) FROM quotes q {where}", tuple(params)).fetchone()[0]
    # CROSS JOIN keeps articles outside, walked by date: the first page comes without sorting every quote
    items = _rows(conn, f"SELECT {QUOTE_COLUMNS} FROM articles a CROSS JOIN quotes q ON q.article_id = a.id "
                        f"LEFT JOIN entities s ON s.id = q.speaker_entity_id {where} {QUOTE_ORDER} LIMIT ? OFFSET ?",
                  (*params, limit, offset))
    return items, int(total)


def _selected_quotes(
    conn: sqlite3.Connection, where: str, params: tuple[Any, ...], limit: int, offset: int
) -> tuple[list[Row], int]:
    """The page and total of a selective quote filter (an id, words, a subject), found in one pass.

    The filter (for a subject: every mention of it tested against the quotes of its articles) runs
    once for the ids in order, instead of once for the count and again for the page.
    """
    found = [rowid for (rowid,) in conn.execute(
        f"SELECT q.rowid FROM articles a JOIN quotes q ON q.article_id = a.id {where} {QUOTE_ORDER}", params)]
    page = found[offset:offset + limit]
    items = _rows(conn, f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
                        "LEFT JOIN entities s ON s.id = q.speaker_entity_id "
                        f"WHERE q.rowid IN (SELECT value FROM json_each(?)) {QUOTE_ORDER}",
                  (json.dumps(page),))
    return items, len(found)


# --- events -----------------------------------------------------------------------------------

# the trigger as one article wrote it ("announced"): events.trigger is the resolution key ("announc")
EVENT_WORDS = ("COALESCE((SELECT json_extract(x.data, '$.trigger.text') FROM article_events x "
               "WHERE x.event_id = v.id LIMIT 1), v.trigger)")


def list_events(
    conn: sqlite3.Connection, limit: int, offset: int, kind: str | None = None, entity_id: str | None = None,
    since: str | None = None, until: str | None = None,
) -> tuple[list[Row], int]:
    """Events, newest first, with how many articles report them; filter by type, participant, dates."""
    clauses, params = [], []
    if kind:
        clauses.append("v.type = ?")
        params.append(kind)
    if entity_id:
        clauses.append("v.id IN (SELECT event_id FROM participants WHERE entity_id = ?)")
        params.append(entity_id)
    if since:
        clauses.append("v.date >= ?")
        params.append(since)
    if until:
        clauses.append("v.date <= ?")
        params.append(until + "\uffff")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = conn.execute(f"SELECT COUNT(*) FROM events v {where}", tuple(params)).fetchone()[0]
    items = _rows(
        conn,
        f"SELECT v.id, v.type, v.trigger, {EVENT_WORDS} AS words, v.date, "
        "(SELECT COUNT(DISTINCT article_id) FROM article_events ae WHERE ae.event_id = v.id) AS articles "
        f"FROM events v {where} ORDER BY v.date DESC, v.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return items, int(total)


def event(conn: sqlite3.Connection, event_id: str) -> Row | None:
    """An event with its reporting articles, participants and places; None if unknown."""
    found = _one(conn, f"SELECT v.id, v.type, v.trigger, {EVENT_WORDS} AS words, v.date FROM events v WHERE v.id = ?",
                 (event_id,))
    if found is None:
        return None
    reports = _rows(
        conn,
        "SELECT ae.article_id, ae.local_id, ae.status, ae.date, ae.place_entity_id, ae.data, a.title, a.published "
        "FROM article_events ae JOIN articles a ON a.id = ae.article_id WHERE ae.event_id = ? "
        "ORDER BY a.published, ae.article_id",
        (event_id,),
    )
    for report in reports:
        data = json.loads(report.pop("data"))
        report["trigger"] = data.get("trigger")
        report["time"] = data.get("time")
    found["reports"] = reports
    found["participants"] = _rows(
        conn,
        "SELECT p.entity_id AS id, e.name, e.type, p.role, COUNT(DISTINCT p.article_id) AS articles "
        "FROM participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id = ? "
        "GROUP BY p.entity_id, p.role ORDER BY articles DESC, e.name",
        (event_id,),
    )
    places = sorted({r["place_entity_id"] for r in reports if r["place_entity_id"]})
    found["places"] = list(entity_names(conn, places).values())
    return found
