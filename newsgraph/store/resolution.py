"""The store's side of cross-article resolution: find candidates in SQLite, let ``resolve`` choose.

Each function runs inside the caller's write transaction, so an article's entities and events
are resolved and written atomically with the article.
"""

from __future__ import annotations

import sqlite3

from newsgraph.model import Event, Record
from newsgraph.resolve.display import NameForm, display_name
from newsgraph.resolve.entities import (
    MIN_ACRONYM,
    Incoming,
    Known,
    Names,
    choose,
    incoming,
    lookup_keys,
    mark_surname_rivals,
    same_in_article,
)
from newsgraph.resolve.events import EventSketch, choose_event, event_date, trigger_key
from newsgraph.resolve.names import fold

MAX_CANDIDATES = 50
NEIGHBOURS = 500  # how many co-occurring entities describe a known entity's context
EVENT_WINDOW_DAYS = 7  # an undated event only joins events reported within this many days


def next_id(conn: sqlite3.Connection, counter: str, prefix: str) -> str:
    """The next store-wide id from counter ``counter`` in table meta: "E17", "V3" ..."""
    value = conn.execute("UPDATE meta SET value = value + 1 WHERE key = ? RETURNING value", (counter,)).fetchone()[0]
    return f"{prefix}{value}"


def _placeholders(values: list[str] | set[str]) -> str:
    return ",".join("?" for _ in values)


def known_entity(conn: sqlite3.Connection, entity_id: str) -> Known:
    """Describe stored entity ``entity_id`` for ``resolve.entities.choose``."""
    row = conn.execute("SELECT name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    names = Names(row["type"])
    names.add(row["name"])
    for (alias,) in conn.execute("SELECT DISTINCT alias FROM aliases WHERE entity_id = ?", (entity_id,)):
        names.add(alias)
    titles = {fold(t) for (t,) in conn.execute("SELECT DISTINCT title FROM roles WHERE entity_id = ?", (entity_id,))}
    neighbours = {
        other
        for (other,) in conn.execute(
            "SELECT DISTINCT b.entity_id FROM article_entities a "
            "JOIN article_entities b ON a.article_id = b.article_id "
            "WHERE a.entity_id = ? AND b.entity_id != ? LIMIT ?",
            (entity_id, entity_id, NEIGHBOURS),
        )
    }
    articles = conn.execute(
        "SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = ?", (entity_id,)
    ).fetchone()[0]
    taken = names.type == "PERSON" and _bare_surname_taken(conn, entity_id, names)
    return Known(entity_id, names, titles, neighbours, articles, taken)


def _bare_surname_taken(conn: sqlite3.Connection, entity_id: str, names: Names) -> bool:
    """True when a person known by a bare surname only stood in an article beside another person who
    carries that surname with a given name: the bare name was someone else, and nobody knows who."""
    if not names.tokens or any(len(t) > 1 for t in names.tokens):
        return False
    for (word,) in names.tokens:
        row = conn.execute(
            "SELECT 1 FROM entity_keys k JOIN article_entities o ON o.entity_id = k.entity_id "
            "JOIN article_entities a ON a.article_id = o.article_id AND a.entity_id = ? "
            "WHERE k.key = ? AND k.entity_id != ? AND EXISTS (SELECT 1 FROM aliases f "
            "WHERE f.entity_id = k.entity_id AND f.norm LIKE ?) LIMIT 1",
            (entity_id, "s:" + word, entity_id, "% " + word),
        ).fetchone()
        if row:
            return True
    return False


def candidates(conn: sqlite3.Connection, new: Incoming, exclude: set[str]) -> list[Known]:
    """Stored entities sharing an index key (full name, surname, acronym) with ``new``."""
    keys = sorted(lookup_keys(new.names))
    if not keys:
        return []
    ids = [
        entity_id
        for (entity_id,) in conn.execute(
            f"SELECT DISTINCT entity_id FROM entity_keys WHERE key IN ({_placeholders(keys)}) LIMIT ?",
            (*keys, MAX_CANDIDATES + len(exclude)),
        )
        if entity_id not in exclude
    ]
    return [known_entity(conn, i) for i in ids[:MAX_CANDIDATES]]


def _resolution_order(described: list[Incoming]) -> list[int]:
    """Entities with a full name first, so that bare surnames can use them as context."""

    def weak(index: int) -> bool:
        names = described[index].names
        return names.type == "PERSON" and all(len(t) == 1 for t in names.tokens)

    return sorted(range(len(described)), key=lambda i: (weak(i), i))


def _may_meet_acronym(names: Names) -> bool:
    """True for a non-person entity that could join another by an acronym: only then does ``choose``
    weigh its neighbours by how many articles name them."""
    return names.type != "PERSON" and any(len(a) >= MIN_ACRONYM for a in names.acronyms | names.initials)


def _count_articles(conn: sqlite3.Connection, new: Incoming, counted: dict[str, int]) -> None:
    """Give ``new`` the number of stored articles naming each of its neighbours and in the store;
    ``counted`` keeps the counts of one article's entities, which do not change while it resolves."""
    missing = sorted(new.neighbours - counted.keys())
    if missing:
        counted.update(dict.fromkeys(missing, 0))
        counted.update(
            conn.execute(
                "SELECT entity_id, COUNT(DISTINCT article_id) FROM article_entities "
                f"WHERE entity_id IN ({_placeholders(missing)}) GROUP BY entity_id",
                missing,
            ).fetchall()
        )
    new.neighbour_articles = {n: counted[n] for n in new.neighbours}
    new.store_articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def resolve_entities(conn: sqlite3.Connection, record: Record) -> dict[str, str]:
    """Map each article-local entity id to a store-wide one, creating entities that are new.

    Two entities of one article share a store id only where they bear the same full person name (the
    extractor split one person); otherwise the extractor has told them apart.
    """
    mapping: dict[str, str] = {}
    described = [incoming(e) for e in record.entities]
    mark_surname_rivals(described)
    earlier: list[tuple[Names, str]] = []
    counted: dict[str, int] = {}
    for index in _resolution_order(described):
        entity, new = record.entities[index], described[index]
        new.neighbours = set(mapping.values())
        if _may_meet_acronym(new.names):
            _count_articles(conn, new, counted)
        chosen = same_in_article(new.names, earlier)
        if chosen is None:
            chosen = choose(new, candidates(conn, new, exclude=set(mapping.values())))
        if chosen is None:
            chosen = next_id(conn, "entity_counter", "E")
            conn.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)", (chosen, entity.name, entity.type))
        conn.executemany(
            "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)",
            [(key, chosen) for key in sorted(lookup_keys(new.names))],
        )
        mapping[entity.id] = chosen
        earlier.append((new.names, chosen))
    return mapping


def refresh_display_names(conn: sqlite3.Connection, entity_ids: set[str]) -> None:
    """Give each stored entity of ``entity_ids`` the name its articles use most (``resolve.display``).

    Reads the aliases table, which holds each article's names for the entity with their counts, so
    it runs after the article's aliases are written. SQLite does the counting: an entity named in
    thousands of articles comes back as a few rows.
    """
    for entity_id in sorted(entity_ids):
        current, type_ = conn.execute("SELECT name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
        forms = [
            NameForm(alias, articles, mentions)
            for alias, articles, mentions in conn.execute(
                "SELECT alias, COUNT(*), SUM(mentions) FROM aliases WHERE entity_id = ? GROUP BY alias", (entity_id,)
            )
        ]
        # the primary key holds one row per name and article: COUNT(*) is the articles of each name
        key_articles = {
            tuple(key.split(" ")): articles
            for key, articles in conn.execute(
                "SELECT norm, COUNT(*) FROM aliases WHERE entity_id = ? GROUP BY norm", (entity_id,)
            )
        }
        name = display_name(forms, type_, key_articles)
        if name and name != current:
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))


def event_sketch(event: Event, mapping: dict[str, str]) -> EventSketch:
    """An article event described with store-wide entity ids."""
    return EventSketch(
        type=event.type,
        trigger=trigger_key(event.trigger.text),
        date=event_date(event),
        participants={mapping[p.entity] for p in event.participants if p.entity in mapping},
        place=mapping.get(event.place or ""),
    )


def known_event(conn: sqlite3.Connection, event_id: str) -> EventSketch:
    """Describe stored event ``event_id`` for ``resolve.events.choose_event``."""
    row = conn.execute("SELECT type, trigger, date FROM events WHERE id = ?", (event_id,)).fetchone()
    participants = {p for (p,) in conn.execute("SELECT entity_id FROM participants WHERE event_id = ?", (event_id,))}
    place = conn.execute(
        "SELECT place_entity_id FROM article_events WHERE event_id = ? AND place_entity_id IS NOT NULL LIMIT 1",
        (event_id,),
    ).fetchone()
    return EventSketch(row["type"], row["trigger"], row["date"], participants, place[0] if place else None, event_id)


def event_candidates(
    conn: sqlite3.Connection, new: EventSketch, published: str | None, exclude: set[str]
) -> list[EventSketch]:
    """Stored events of the same type that share a participant or the date, reported near in time."""
    people = sorted(new.participants)
    rows = conn.execute(
        f"""SELECT DISTINCT e.id, e.date FROM events e
            LEFT JOIN participants p ON p.event_id = e.id
            WHERE e.type = ? AND (p.entity_id IN ({_placeholders(people)}) OR (e.date IS NOT NULL AND e.date = ?))
            LIMIT ?""",
        (new.type, *people, new.date, MAX_CANDIDATES),
    ).fetchall()
    found = []
    for row in rows:
        if row["id"] in exclude:
            continue
        if not (new.date and row["date"]) and not _reported_near(conn, row["id"], published):
            continue
        found.append(known_event(conn, row["id"]))
    return found


def _reported_near(conn: sqlite3.Connection, event_id: str, published: str | None) -> bool:
    if not published:
        return True
    row = conn.execute(
        """SELECT 1 FROM article_events ae JOIN articles a ON a.id = ae.article_id
           WHERE ae.event_id = ? AND (a.published IS NULL OR abs(julianday(a.published) - julianday(?)) <= ?)
           LIMIT 1""",
        (event_id, published, EVENT_WINDOW_DAYS),
    ).fetchone()
    return row is not None


def resolve_events(conn: sqlite3.Connection, record: Record, mapping: dict[str, str]) -> dict[str, str]:
    """Map each article-local event id to a store-wide one, creating events that are new."""
    events: dict[str, str] = {}
    for event in record.events:
        sketch = event_sketch(event, mapping)
        chosen = choose_event(sketch, event_candidates(conn, sketch, record.article.published, set(events.values())))
        if chosen is None:
            chosen = next_id(conn, "event_counter", "V")
            conn.execute(
                "INSERT INTO events (id, type, trigger, date) VALUES (?, ?, ?, ?)",
                (chosen, event.type, sketch.trigger, sketch.date),
            )
        elif sketch.date:
            conn.execute("UPDATE events SET date = ? WHERE id = ? AND date IS NULL", (sketch.date, chosen))
        events[event.id] = chosen
    return events
