"""The same wire story on two sites is linked as a near-duplicate and counted once as evidence."""

from __future__ import annotations

from store_records import WIRE_STORY, article, entity

from newsgraph.model import Record
from newsgraph.store import Store
from newsgraph.store.dedup import shingles, signature, similarity
from newsgraph.store.queries import entity_profile, find_entities

STORY = WIRE_STORY + " The company shares rose three percent in early trading as investors welcomed the savings."
COPY = ("By a staff reporter. " + STORY.replace("on Tuesday", "on Tuesday morning")
        .replace("promised to fight", "vowed to fight") + " Reporting by wire services.")
OTHER = ("Carl Dorn opened a bakery in the old town square on Saturday, selling rye bread and cinnamon rolls to "
         "queues of neighbours who had waited since dawn for the doors to open, and he plans a second shop soon.")


def record(text: str) -> Record:
    return Record(article(text), [entity(text, "e1", "Anna Berg" if "Anna" in text else "Carl Dorn", "PERSON",
                                         ["Anna Berg" if "Anna" in text else "Carl Dorn"])])


def test_signature_estimates_jaccard():
    a, b = shingles(STORY), shingles(COPY)
    exact = len(a & b) / len(a | b)
    assert abs(similarity(signature(STORY), signature(COPY)) - exact) < 0.15
    assert similarity(signature(STORY), signature(OTHER)) < 0.1


def test_wire_copy_is_linked_and_counted_once():
    with Store(":memory:") as store:
        for text in (STORY, OTHER, COPY):
            store.add(record(text))
        rows = {r["id"]: r["duplicate_of"] for r in store.conn.execute("SELECT id, duplicate_of FROM articles")}
        story_id, copy_id, other_id = (article(t).id for t in (STORY, COPY, OTHER))
        assert rows == {story_id: None, other_id: None, copy_id: story_id}
        profile = entity_profile(store.conn, find_entities(store.conn, "Anna Berg")[0]["id"])
        assert profile["articles"] == 2 and profile["independent_articles"] == 1
