"""An entity's companions: the stories it shares with other entities, near-duplicates counted once."""

from __future__ import annotations

from store_records import WIRE_STORY, article, entity

from newsgraph.model import Record
from newsgraph.store import Store
from newsgraph.store.queries import find_entities, seen_with, stories_with

STORY = WIRE_STORY
# the same wire story on another site, which also names the union's leader
COPY = ("By a staff reporter. " + STORY.replace("on Tuesday", "on Tuesday morning")
        .replace("The union", "Ola Lund said the union") + " Reporting by wire services.")
LATER = ("Anna Berg met Ola Lund and Carl Dorn at the depot of Northwind Freight on Friday, where the talks on "
         "the job cuts went on late into the night without an agreement on pay.")
ELSEWHERE = "Carl Dorn opened a bakery in the old town square on Saturday, and Ola Lund bought the first loaf."


def named(text: str, *names: str) -> Record:
    """A record of ``text`` naming each of ``names`` once (types do not matter here)."""
    return Record(article(text), [entity(text, f"e{i}", name, "PERSON", [name]) for i, name in enumerate(names)])


def build(store: Store) -> dict[str, str]:
    store.add(named(STORY, "Anna Berg", "Northwind Freight"))
    store.add(named(COPY, "Anna Berg", "Northwind Freight", "Ola Lund"))
    store.add(named(LATER, "Anna Berg", "Ola Lund", "Carl Dorn", "Northwind Freight"))
    store.add(named(ELSEWHERE, "Carl Dorn", "Ola Lund"))
    return {n: find_entities(store.conn, n)[0]["id"] for n in ("Anna Berg", "Northwind Freight", "Ola Lund",
                                                                 "Carl Dorn")}


def test_stories_merge_near_duplicates_and_leave_out_the_entity_itself():
    with Store(":memory:") as store:
        ids = build(store)
        stories = stories_with(store.conn, ids["Anna Berg"])
        story_id, later_id = article(STORY).id, article(LATER).id
        assert stories == {
            story_id: {ids["Northwind Freight"], ids["Ola Lund"]},
            later_id: {ids["Ola Lund"], ids["Carl Dorn"], ids["Northwind Freight"]},
        }


def test_seen_with_counts_stories_most_shared_first_then_by_name():
    with Store(":memory:") as store:
        ids = build(store)
        found = seen_with(store.conn, ids["Anna Berg"])
        assert [(e["name"], e["articles"]) for e in found] == [
            ("Northwind Freight", 2), ("Ola Lund", 2), ("Carl Dorn", 1)]
        assert found[0]["id"] == ids["Northwind Freight"] and found[0]["type"] == "PERSON"


def test_seen_with_limit_breaks_ties_at_the_cut_by_name():
    with Store(":memory:") as store:
        ids = build(store)
        lund = seen_with(store.conn, ids["Ola Lund"], limit=2)
        # Anna Berg, Carl Dorn and Northwind Freight all share 2 stories: the places go to the first names
        assert [(e["name"], e["articles"]) for e in lund] == [("Anna Berg", 2), ("Carl Dorn", 2)]
        assert seen_with(store.conn, "E999") == []
