"""Cross-article resolution of people and acronyms: the merges and splits counted on news.

Each test plants a case seen on recent news with made-up names: a son and his father, a bare
surname beside another person of that surname, one person split in two by the extractor, and
two-letter initials that fit many names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from store_records import article, entity  # noqa: E402

from newsgraph.model import Record  # noqa: E402
from newsgraph.resolve.entities import (  # noqa: E402
    COMPATIBLE,
    WEAK,
    Incoming,
    Known,
    Names,
    choose,
    incoming,
    mark_surname_rivals,
    name_match,
    same_in_article,
)
from newsgraph.resolve.names import person_suffix  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store.reader import id_maps  # noqa: E402


def names(type_: str, *texts: str) -> Names:
    found = Names(type_)
    for text in texts:
        found.add(text)
    return found


def known(id_: str, type_: str, *texts: str, neighbours: set[str] = frozenset(), taken: bool = False) -> Known:
    return Known(id_, names(type_, *texts), set(), set(neighbours), 1, taken)


def person(text: str, local_id: str, name: str, *mentions: str):
    return entity(text, local_id, name, "PERSON", list(mentions) or [name])


def stored(store: Store, text: str, *entities) -> dict[str, str]:
    record = Record(article(text), list(entities))
    store.add(record)
    return id_maps(store.conn, record.article.id)[0]


def test_generational_suffix_is_read():
    assert person_suffix("Harold Vance Jr.") == "jr"
    assert person_suffix("Dru Ollen III") == "iii"
    assert person_suffix("Vance Sr") == "sr"
    assert person_suffix("Harold Vance") == ""
    assert person_suffix("Jr.") == ""  # a lone suffix is no one's generation


def test_a_son_is_not_his_father():
    father = names("PERSON", "Harold Vance", "Vance")
    assert name_match(names("PERSON", "Harold Vance Jr."), father) == 0
    assert name_match(names("PERSON", "Vance Jr."), father) == 0
    assert name_match(names("PERSON", "Dru Ollen II"), names("PERSON", "Dru Ollen III")) == 0
    assert name_match(names("PERSON", "Harold Vance Jr."), names("PERSON", "Harold Vance Jr", "Vance")) >= COMPATIBLE
    # a bare surname without a suffix may be either
    assert name_match(names("PERSON", "Vance"), names("PERSON", "Harold Vance Jr.")) == WEAK


def test_middle_initials_and_determiners_leave_the_name():
    assert name_match(names("PERSON", "Harold J. Vance"), names("PERSON", "Harold Vance")) == COMPATIBLE
    assert name_match(names("PERSON", "H.J. Vance"), names("PERSON", "Harold Vance")) == COMPATIBLE
    assert name_match(names("PERSON", "the Vance"), names("PERSON", "Harold Vance")) == WEAK
    # "A.J." is initials, not the article "a"
    assert name_match(names("PERSON", "A.J. Brook"), names("PERSON", "James Brook")) == 0


def test_a_bare_surname_beside_another_of_that_name_joins_no_full_name():
    text = "Rick Dorn met Eva Falk. Dorn said no."
    described = [incoming(person(text, "e1", "Rick Dorn")), incoming(person(text, "e2", "Eva Falk")),
                 incoming(person(text, "e3", "Dorn"))]
    mark_surname_rivals(described)
    assert [d.surname_taken for d in described] == [False, False, True]
    bare = described[2]
    bare.neighbours = {"E9"}
    tim = known("E1", "PERSON", "Tim Dorn", neighbours={"E9"})
    assert choose(bare, [tim]) is None  # shared context is not enough: the article knows another Dorn
    assert choose(bare, [tim, known("E2", "PERSON", "Dorn")]) == "E2"


def test_a_full_name_meets_a_bare_surname_only_with_context():
    phil = incoming(person("Phil Dorn spoke.", "e1", "Phil Dorn"))
    assert choose(phil, [known("E2", "PERSON", "Dorn")]) is None
    phil.neighbours = {"E9"}
    assert choose(phil, [known("E2", "PERSON", "Dorn", neighbours={"E9"})]) == "E2"
    # a bare surname stored beside another person of that surname was somebody else
    assert choose(phil, [known("E2", "PERSON", "Dorn", neighbours={"E9"}, taken=True)]) is None
    # a bare surname still joins the one person known to carry it
    bare = incoming(person("Dorn spoke.", "e1", "Dorn"))
    assert choose(bare, [known("E3", "PERSON", "Phil Dorn")]) == "E3"


def test_one_person_split_by_the_extractor_is_one_entity():
    earlier = [(names("PERSON", "J.D. Vance", "Vance"), "E1"), (names("PERSON", "Harold Vance Jr."), "E2")]
    assert same_in_article(names("PERSON", "J. D. Vance"), earlier) == "E1"
    assert same_in_article(names("PERSON", "Harold Vance"), earlier) is None
    assert same_in_article(names("PERSON", "Vance"), earlier) is None  # a bare surname is not a full name
    assert same_in_article(names("ORG", "Vance Group"), [(names("ORG", "Vance Group"), "E3")]) is None


def test_father_and_son_across_articles():
    t1 = "Harold Vance and Harold Vance Jr. arrived."
    t2 = "Harold Vance Jr. spoke on Friday."
    t3 = "Vance Jr. left early."
    t4 = "Harold Vance, the mayor, and Harold Vance waved."
    with Store(":memory:") as store:
        first = stored(store, t1, person(t1, "e1", "Harold Vance"), person(t1, "e2", "Harold Vance Jr."))
        assert first["e1"] != first["e2"]
        assert stored(store, t2, person(t2, "e1", "Harold Vance Jr."))["e1"] == first["e2"]
        assert stored(store, t3, person(t3, "e1", "Vance Jr."))["e1"] == first["e2"]
        # the extractor's two Harold Vances of one article are one person, the father
        fourth = stored(store, t4, person(t4, "e1", "Harold Vance"), person(t4, "e2", "Harold Vance"))
        assert fourth["e1"] == fourth["e2"] == first["e1"]


def test_bare_surname_beside_a_namesake_stays_apart_in_the_store():
    t1 = "Tim Dorn met Carl Berg."
    t2 = "Rick Dorn met Carl Berg. Dorn said no."
    t3 = "Phil Dorn met Carl Berg."
    with Store(":memory:") as store:
        tim = stored(store, t1, person(t1, "e1", "Tim Dorn"), person(t1, "e2", "Carl Berg"))
        second = stored(store, t2, person(t2, "e1", "Rick Dorn"), person(t2, "e2", "Carl Berg"),
                        person(t2, "e3", "Dorn"))
        assert second["e3"] not in (tim["e1"], second["e1"])
        third = stored(store, t3, person(t3, "e1", "Phil Dorn"), person(t3, "e2", "Carl Berg"))
        assert third["e1"] not in (tim["e1"], second["e1"], second["e3"])


def test_acronyms_need_three_letters_and_company():
    company = {"E7", "E8", "E9"}
    oath = known("E1", "ORG", "Oath Keepers", neighbours=company)
    ok = incoming(entity("OK said.", "e1", "OK", "ORG", ["OK"]))
    ok.neighbours = set(company)
    assert choose(ok, [oath]) is None  # two letters fit too many names
    fund = known("E2", "ORG", "Federal Relief Fund", neighbours=company)
    frf = incoming(entity("FRF paid.", "e1", "FRF", "ORG", ["FRF"]))
    frf.neighbours = {"E7"}
    assert choose(frf, [fund]) is None  # one shared neighbour ("U.S.") is shared by half the store
    frf.neighbours = set(company)
    frf.neighbour_articles, frf.store_articles = dict.fromkeys(company, 2), 200  # rare company
    assert choose(frf, [fund]) == "E2"


def test_incoming_is_unchanged_for_single_names():
    lone = Incoming(names("PERSON", "Dorn"))
    mark_surname_rivals([lone])
    assert not lone.surname_taken
