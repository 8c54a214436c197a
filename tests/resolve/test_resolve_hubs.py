"""Cross-article resolution: shared hub neighbours, shared words and shortened words join nothing."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from store_records import article, entity  # noqa: E402

from newsgraph.model import Record  # noqa: E402
from newsgraph.resolve.entities import Incoming, Known, Names, choose, incoming, name_match, rare_context  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store.reader import id_maps  # noqa: E402


def names(type_: str, *texts: str) -> Names:
    found = Names(type_)
    for text in texts:
        found.add(text)
    return found


def long_name(text: str, neighbours: dict[str, int], store_articles: int) -> Incoming:
    new = incoming(entity(f"{text} said.", "e1", text, "ORG", [text]))
    new.neighbours, new.neighbour_articles, new.store_articles = set(neighbours), neighbours, store_articles
    return new


def test_an_acronym_known_for_long_meets_hubs_by_chance():
    # five neighbours each seen in a third of 300 articles: an acronym of 20 articles has met them all
    hubs = {f"H{i}": 100 for i in range(5)}
    new = long_name("Grand Oak Partners", hubs, 300)
    party = Known("E1", names("ORG", "GOP"), set(), set(hubs), articles=20)
    assert not rare_context(new, party)
    assert choose(new, [party]) is None


def test_an_acronym_seen_once_joins_its_long_name_by_rare_company():
    rare = {"R1": 2, "R2": 3, "R3": 1, "H1": 100}
    new = long_name("Vehicle Safety Board", rare, 300)
    board = Known("E2", names("ORG", "VSB"), set(), set(rare), articles=1)
    assert rare_context(new, board)
    assert choose(new, [board]) == "E2"


def test_neighbours_new_to_the_store_weigh_nothing():
    new = long_name("Grand Oak Partners", {"N1": 0, "N2": 0, "N3": 0}, 300)
    assert not rare_context(new, Known("E1", names("ORG", "GOP"), set(), {"N1", "N2", "N3"}, articles=1))


def test_a_shared_word_of_different_long_names_is_no_shared_name():
    agency = names("ORG", "Food and Drug Administration", "FDA", "Administration")
    government = names("ORG", "Trump Administration", "Administration")
    assert name_match(government, agency) == 0
    assert name_match(names("ORG", "Detroit Lions", "Detroit"), names("ORG", "Detroit Pistons", "Detroit")) == 0
    # a bare word, or the same long name beside it, still meets it
    assert name_match(names("ORG", "Detroit"), names("ORG", "Detroit Pistons", "Detroit")) > 0
    assert name_match(names("ORG", "Detroit Pistons", "Detroit"), names("ORG", "Detroit Pistons", "Detroit")) > 0
    assert name_match(names("ORG", "Texas Senate", "Senate"), names("ORG", "U.S. Senate", "Senate")) == 0
    # extended on other sides, by a country's other name, by a designator, or an event: no sign of two things
    assert name_match(names("ORG", "Treasury Department", "Treasury"), names("ORG", "U.S. Treasury", "Treasury")) > 0
    assert name_match(names("ORG", "US Congress", "Congress"), names("ORG", "United States Congress", "Congress")) > 0
    storm, hurricane = names("EVENT", "Tropical Storm Nadia", "Nadia"), names("EVENT", "Hurricane Nadia", "Nadia")
    assert name_match(storm, hurricane) > 0
    assert name_match(names("ORG", "Acme Corp.", "Acme"), names("ORG", "Acme Corporation", "Acme")) > 0


def test_a_word_shortened_with_a_dot_is_not_an_acronym():
    assert name_match(names("GPE", "La."), names("GPE", "Los Angeles", "LA")) == 0
    assert name_match(names("GPE", "La."), names("GPE", "La.")) > 0
    assert name_match(names("GPE", "LA"), names("GPE", "Los Angeles", "LA")) > 0
    # a bare acronym, or a long name it begins, may be the same place
    assert name_match(names("GPE", "Pa."), names("GPE", "PA")) > 0
    assert name_match(names("GPE", "Calif."), names("GPE", "California", "Calif")) > 0


def test_the_store_counts_each_neighbours_articles():
    """Through the store: the long name's article shares only hubs with the acronym's articles."""
    hubs = ["Northland", "Daily Courier", "Capital City"]
    with Store(":memory:") as store:
        for i in range(6):  # the acronym and the hubs, together in six articles
            text = f"GOP leaders in Northland told the Daily Courier in Capital City, day {i}."
            ents = [entity(text, "e1", "GOP", "ORG", ["GOP"])]
            ents += [entity(text, f"e{j + 2}", h, "ORG" if "Courier" in h else "GPE", [h]) for j, h in enumerate(hubs)]
            store.add(Record(article(text), ents))
        for i in range(6):  # the hubs alone, in more articles
            text = f"Northland news from the Daily Courier in Capital City, item {i}."
            ents = [entity(text, f"e{j + 1}", h, "ORG" if "Courier" in h else "GPE", [h]) for j, h in enumerate(hubs)]
            store.add(Record(article(text), ents))
        text = "Grand Oak Partners opened in Northland, the Daily Courier wrote from Capital City."
        ents = [entity(text, f"e{j + 2}", h, "ORG" if "Courier" in h else "GPE", [h]) for j, h in enumerate(hubs)]
        record = Record(article(text), [*ents, entity(text, "e1", "Grand Oak Partners", "ORG", ["Grand Oak Partners"])])
        store.add(record)
        ids = id_maps(store.conn, record.article.id)[0]
        party = store.conn.execute("SELECT entity_id FROM aliases WHERE alias = 'GOP'").fetchone()[0]
        assert ids["e1"] != party
