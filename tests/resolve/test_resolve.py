"""Cross-article resolution: one id for one entity or event, never merging different people."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from store_records import article, entity, event  # noqa: E402

from newsgraph.model import Record  # noqa: E402
from newsgraph.resolve.entities import COMPATIBLE, CONFLICT, SAME, WEAK, Known, Names, choose, incoming, person_match  # noqa: E402
from newsgraph.resolve.events import EventSketch, choose_event, trigger_key  # noqa: E402
from newsgraph.resolve.names import norm, person_tokens  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store.reader import id_maps  # noqa: E402


def test_titles_and_possessives_leave_the_name():
    assert person_tokens("German Chancellor Angela Merkel") == ("angela", "merkel")
    assert person_tokens("Prime Minister John Major's") == ("john", "major")
    assert person_tokens("John Major") == ("john", "major")
    assert norm("the European Union", "ORG") == "european union"
    assert norm("José Álvarez", "PERSON") == "jose alvarez"


def test_person_names_fit_or_conflict():
    assert person_match(("angela", "merkel"), ("angela", "merkel")) == SAME
    assert person_match(("j", "smith"), ("john", "smith")) == COMPATIBLE
    assert person_match(("merkel",), ("angela", "merkel")) == WEAK
    assert person_match(("john", "smith"), ("mary", "smith")) == CONFLICT


def known(id_: str, type_: str, *names: str, neighbours: set[str] = frozenset()) -> Known:
    found = Names(type_)
    for name in names:
        found.add(name)
    return Known(id_, found, set(), set(neighbours), 1)


def test_choose_by_name_then_by_context():
    john, mary = known("E1", "PERSON", "John Smith", neighbours={"E9"}), known("E2", "PERSON", "Mary Smith")
    bare = incoming(entity("Smith spoke.", "e1", "Smith", "PERSON", ["Smith"]))
    assert choose(bare, [john, mary]) is None  # two Smiths and nothing to tell them apart
    bare.neighbours = {"E9"}
    assert choose(bare, [john, mary]) == "E1"
    full = incoming(entity("Mary Smith spoke.", "e1", "Mary Smith", "PERSON", ["Mary Smith"]))
    assert choose(full, [john, mary]) == "E2"
    company = {"E7", "E8", "E9"}
    un = incoming(entity("The UNO met.", "e1", "UNO", "ORG", ["UNO"]))
    assert choose(un, [known("E3", "ORG", "United Nations Office", neighbours=company)]) is None  # no context
    un.neighbours = set(company)
    un.neighbour_articles, un.store_articles = dict.fromkeys(company, 1), 100  # rare company
    assert choose(un, [known("E3", "ORG", "United Nations Office", neighbours=company)]) == "E3"
    assert choose(un, [known("E4", "PERSON", "Una Nolan Oates", neighbours=company)]) is None


def test_long_names_sharing_initials_stay_apart():
    bank = incoming(entity("Bank of America rose.", "e1", "Bank of America", "ORG", ["Bank of America"]))
    bank.neighbours = {"E9"}
    assert choose(bank, [known("E5", "ORG", "British Airways", neighbours={"E9"})]) is None
    assert choose(bank, [known("E6", "ORG", "British Airways", "BA", neighbours={"E9"})]) is None


def stored_ids(store: Store, record: Record) -> dict[str, str]:
    store.add(record)
    return id_maps(store.conn, record.article.id)[0]


def test_a_leader_in_three_forms_is_one_entity():
    texts = ["Angela Merkel arrived in the city.", "Merkel spoke on Friday.",
             "German Chancellor Angela Merkel left."]
    names = ["Angela Merkel", "Merkel", "German Chancellor Angela Merkel"]
    with Store(":memory:") as store:
        ids = {stored_ids(store, Record(article(t), [entity(t, "e1", n, "PERSON", [n])]))["e1"]
               for t, n in zip(texts, names, strict=True)}
        assert len(ids) == 1
        name = store.conn.execute("SELECT name FROM entities").fetchone()[0]
        assert name in ("Angela Merkel", "German Chancellor Angela Merkel")
        aliases = {r[0] for r in store.conn.execute("SELECT alias FROM aliases")}
        assert aliases == set(names)


def test_people_sharing_a_surname_are_not_merged():
    t1, t2, t3 = "John Smith met Carl Dorn.", "Mary Smith met Eva Falk.", "Smith told reporters."
    with Store(":memory:") as store:
        john = stored_ids(store, Record(article(t1), [entity(t1, "e1", "John Smith", "PERSON", ["John Smith"]),
                                                      entity(t1, "e2", "Carl Dorn", "PERSON", ["Carl Dorn"])]))
        mary = stored_ids(store, Record(article(t2), [entity(t2, "e1", "Mary Smith", "PERSON", ["Mary Smith"]),
                                                      entity(t2, "e2", "Eva Falk", "PERSON", ["Eva Falk"])]))
        assert john["e1"] != mary["e1"]
        bare = stored_ids(store, Record(article(t3), [entity(t3, "e1", "Smith", "PERSON", ["Smith"])]))
        assert bare["e1"] not in (john["e1"], mary["e1"])
        t4 = "Smith and Eva Falk spoke."
        with_context = stored_ids(store, Record(article(t4), [entity(t4, "e1", "Smith", "PERSON", ["Smith"]),
                                                              entity(t4, "e2", "Eva Falk", "PERSON", ["Eva Falk"])]))
        assert with_context["e1"] == mary["e1"] and with_context["e2"] == mary["e2"]


def test_same_event_in_two_articles_gets_one_id():
    t1 = "Anna Berg met Carl Dorn in Oslo."
    t2 = "Carl Dorn and Anna Berg held a meeting."
    t3 = "Anna Berg met Eva Falk in Oslo."
    with Store(":memory:") as store:
        def add(text, people, trigger, date):
            ents = [entity(text, f"e{i + 1}", p, "PERSON", [p]) for i, p in enumerate(people)]
            record = Record(article(text), ents, events=[event(text, "v1", "meeting", trigger,
                                                                [e.id for e in ents], date)])
            store.add(record)
            return id_maps(store.conn, record.article.id)[1]["v1"]

        first = add(t1, ["Anna Berg", "Carl Dorn"], "met", "2025-08-15")
        assert add(t2, ["Carl Dorn", "Anna Berg"], "meeting", "2025-08-15") == first
        assert add(t3, ["Anna Berg", "Eva Falk"], "met", "2025-08-15") != first


def test_event_choice_needs_agreement():
    known_event = EventSketch("meeting", "met", "2025-08-15", {"E1", "E2"}, None, "V1")
    assert choose_event(EventSketch("meeting", "meet", "2025-08-15", {"E1", "E2"}), [known_event]) == "V1"
    assert choose_event(EventSketch("meeting", "met", "2025-08-16", {"E1", "E2"}), [known_event]) is None
    assert choose_event(EventSketch("travel", "met", "2025-08-15", {"E1", "E2"}), [known_event]) is None
    assert trigger_key("meetings") == trigger_key("meeting")


def test_well_known_other_names_of_unions_and_countries_meet_across_articles():
    """Two-letter acronyms guess nothing, but the closed list of unions' and countries' other names
    (the entities layer's ``ALIASES``) still joins "U.N." and "United Nations" across articles."""
    from newsgraph.resolve.entities import name_match

    def names(name: str, kind: str) -> Names:
        found = Names(kind)
        found.add(name)
        return found

    assert name_match(names("U.N.", "ORG"), names("United Nations", "ORG")) == SAME
    assert name_match(names("EU", "ORG"), names("the European Union", "ORG")) == SAME
    assert name_match(names("U.K.", "GPE"), names("United Kingdom", "GPE")) == SAME
    assert name_match(names("OK", "ORG"), names("Oath Keepers", "ORG")) == 0
