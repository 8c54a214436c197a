"""Names run over a possessive: a person's and an owner's before a title (hand-made Docs)."""

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.name_owners import split_owners
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def split(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split(" "))
    return [(doc[c.start : c.end].text, c.label) for c in split_owners(doc, cands)]


def test_a_persons_possessive_splits_the_name_after_it() -> None:
    words = "Jane Orwell leads Orwell 's Office of Fair Trade"
    found = split(words, [Cand(0, 2, "PERSON"), Cand(3, 9, "ORG")])
    assert found == [("Jane Orwell", "PERSON"), ("Orwell", "PERSON"), ("Office of Fair Trade", "ORG")]


def test_an_owner_before_a_title_keeps_its_name_only() -> None:
    words = "Tom Roe , Ardent Consult 's Lead Politics Analyst , said"
    found = split(words, [Cand(0, 2, "PERSON"), Cand(3, 8, "ORG")])
    assert found == [("Tom Roe", "PERSON"), ("Ardent Consult", "ORG")]


def test_a_possessive_inside_a_name_stays() -> None:
    # no person of two words is named so, and no title follows: "Martha's Village" is one name
    words = "Martha said Martha 's Village and the Children 's Hospital opened"
    found = split(words, [Cand(0, 1, "PERSON"), Cand(2, 5, "ORG"), Cand(7, 10, "FAC")])
    assert found == [("Martha", "PERSON"), ("Martha 's Village", "ORG"), ("Children 's Hospital", "FAC")]
