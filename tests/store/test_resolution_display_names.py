"""The name the store shows for an entity follows its articles' most frequent full form."""

from __future__ import annotations

from store_records import article, entity

from newsgraph.model import Record
from newsgraph.store import Store
from newsgraph.store.reader import id_maps


def stored(store: Store, text: str, name: str, *mentions: str) -> str:
    """Store an article naming one person; return the person's store id."""
    record = Record(article(text), [entity(text, "e1", name, "PERSON", list(mentions) or [name])])
    store.add(record)
    return id_maps(store.conn, record.article.id)[0]["e1"]


def shown(store: Store, entity_id: str) -> str:
    return store.conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]


def test_a_longer_name_seen_once_does_not_replace_the_usual_one():
    with Store(":memory:") as store:
        first = stored(store, "Hal Orrin spoke to the council on Monday.", "Hal Orrin")
        stored(store, "The council heard Hal Orrin again on Tuesday.", "Hal Orrin")
        third = stored(store, "Hal B. Orrin wrote to the council.", "Hal B. Orrin")
        assert third == first
        assert shown(store, first) == "Hal Orrin"


def test_the_name_shown_is_one_line_without_title_or_possessive():
    with Store(":memory:") as store:
        text = "President Hal\nOrrin's plan was read. Orrin spoke. Hal\nOrrin left."
        person = stored(store, text, "President Hal\nOrrin's", "President Hal\nOrrin's", "Orrin", "Hal\nOrrin")
        assert shown(store, person) == "Hal Orrin"
