"""A Record written to the store reads back equal (entity and event ids modulo the store-wide map)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.model import (
    Article,
    Entity,
    Event,
    Identifier,
    Mention,
    Participant,
    Quantity,
    Quote,
    Record,
    Role,
    Span,
    TimeExpr,
)
from newsgraph.store import Store
from newsgraph.store.reader import id_maps, read_record

WORDS = st.lists(st.sampled_from("Anna Berg met Carl Dorn in Oslo on Friday said the minister 12 tonnes".split()),
                 min_size=8, max_size=40)
NAMES = st.text(alphabet="ABCabc xyz", min_size=1, max_size=12)
OPTIONAL = st.none() | NAMES


@st.composite
def spans(draw, text: str) -> tuple[int, int, str]:
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return start, end, text[start:end]


@st.composite
def records(draw) -> Record:
    text = " ".join(draw(WORDS))
    metadata = draw(st.dictionaries(st.sampled_from(["title", "url", "published", "site"]), NAMES))
    n_entities = draw(st.integers(0, 4))
    ids = [f"e{i + 1}" for i in range(n_entities)]
    ref = st.none() | st.sampled_from(ids) if ids else st.none()
    entities = []
    for local_id in ids:
        mentions = [Mention(*draw(spans(text)), draw(st.sampled_from(["name", "pronoun", "description"])))
                    for _ in range(draw(st.integers(1, 3)))]
        roles = [Role(draw(NAMES), draw(ref), *draw(spans(text)), draw(OPTIONAL))
                 for _ in range(draw(st.integers(0, 2)))]
        members = draw(st.lists(st.sampled_from(ids), max_size=2))
        entities.append(Entity(local_id, draw(NAMES), draw(st.sampled_from(["PERSON", "ORG", "GPE"])), mentions, roles,
                               members))
    times = [TimeExpr(*draw(spans(text)), "DATE", draw(NAMES), draw(OPTIONAL), draw(OPTIONAL))
             for _ in range(draw(st.integers(0, 2)))]
    quotes = [Quote(*draw(spans(text)), "direct", draw(ref), Span(*draw(spans(text))) if draw(st.booleans()) else None,
                    None, draw(OPTIONAL)) for _ in range(draw(st.integers(0, 2)))]
    number = st.none() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False, allow_infinity=False)
    quantities = [Quantity(*draw(spans(text)), draw(number), draw(OPTIONAL), draw(st.booleans()), draw(OPTIONAL))
                  for _ in range(draw(st.integers(0, 2)))]
    identifiers = [Identifier(*draw(spans(text)), "flight", draw(ref)) for _ in range(draw(st.integers(0, 2)))]
    events = []
    for i in range(draw(st.integers(0, 2))):
        participants = [
            Participant(p, "agent") for p in draw(st.lists(st.sampled_from(ids), max_size=2))
        ] if ids else []
        time = draw(st.none() | st.dictionaries(st.sampled_from(["value", "text"]), st.none() | NAMES))
        events.append(Event(f"v{i + 1}", draw(st.sampled_from(["meeting", "travel"])), Span(*draw(spans(text))),
                            "occurred", participants, draw(ref), time, [Span(*draw(spans(text)))]))
    return Record(Article(text, metadata), entities, times, quotes, quantities, identifiers, events)


def local_ids(record: Record, entity_map: dict[str, str], event_map: dict[str, str]) -> Record:
    """``record`` (read with store ids) with every id mapped back to the article's own."""
    back = {store: local for local, store in entity_map.items()}
    data = record.to_dict()
    ent = lambda v: back.get(v, v) if v else v  # noqa: E731
    for entity in data["entities"]:
        entity["id"] = ent(entity["id"])
        entity["members"] = [ent(m) for m in entity["members"]]
        for role in entity["roles"]:
            role["of"] = ent(role["of"])
    for quote in data["quotes"]:
        quote["speaker"] = ent(quote["speaker"])
    for identifier in data["identifiers"]:
        identifier["refers_to"] = ent(identifier["refers_to"])
    events_back = {store: local for local, store in event_map.items()}
    for event in data["events"]:
        event["id"] = events_back[event["id"]]
        event["place"] = ent(event["place"])
        for participant in event["participants"]:
            participant["entity"] = ent(participant["entity"])
    return Record.from_dict(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_record_reads_back_equal(record: Record):
    with Store(":memory:") as store:
        store.add(record)
        assert read_record(store.conn, record.article.id, store_ids=False) == record
        entity_map, event_map = id_maps(store.conn, record.article.id)
        with_store_ids = read_record(store.conn, record.article.id)
        assert set(entity_map) == {e.id for e in record.entities}
        assert len(set(entity_map.values())) == len(entity_map)  # one article's entities stay apart
        assert {e.id for e in with_store_ids.entities} == set(entity_map.values())
        assert local_ids(with_store_ids, entity_map, event_map) == record
