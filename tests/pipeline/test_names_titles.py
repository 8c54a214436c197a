"""Titles cut off the front of a person's name, and titles that are given names (hand-made Docs)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.names import Cand, fix_persons, split_titled_names

VOCAB = spacy.blank("en").vocab


def persons(words: str, tags: str, cands: list[Cand]) -> list[str]:
    doc = Doc(VOCAB, words=words.split(" "), tags=tags.split(" "))
    return [doc[c.start : c.end].text for c in fix_persons(doc, cands)]


def test_a_title_that_is_a_given_name_stays_before_one_name_word() -> None:
    words = "said Rep. Dean Orwell and Dean Marlow"
    tags = "VBD NNP NNP NNP CC NNP NNP"
    # the model's span holds the title; or it left the given name out
    assert persons(words, tags, [Cand(1, 4, "PERSON"), Cand(6, 7, "PERSON")]) == ["Dean Orwell", "Dean Marlow"]


def test_a_title_before_a_full_name_is_cut() -> None:
    words = "said former Dean Sybil Orwell and Sen. Marlow"
    tags = "VBD JJ NNP NNP NNP CC NNP NNP"
    assert persons(words, tags, [Cand(2, 5, "PERSON"), Cand(6, 8, "PERSON")]) == ["Sybil Orwell", "Marlow"]


def test_a_body_running_on_over_a_title_into_a_persons_name_is_split() -> None:
    words = ("the Council of Ardenian Advisers Chairman Jane Roe spoke , and the Ardenian General Assembly "
             "and the National Justice Center met").split(" ")
    doc = Doc(spacy.blank("en").vocab, words=words)
    cands = [Cand(1, 8, "ORG"), Cand(12, 15, "ORG"), Cand(17, 20, "ORG")]
    found = [(doc[c.start : c.end].text, c.label) for c in split_titled_names(doc, cands)]
    assert found == [("Council of Ardenian Advisers", "ORG"), ("Jane Roe", "PERSON"),
                     ("Ardenian General Assembly", "ORG"), ("National Justice Center", "ORG")]


def test_a_bodys_name_run_over_a_title_before_a_person_keeps_the_name_only() -> None:
    from newsgraph.pipeline.names import drop_titles, split_holder_titles

    words = ("the Ardenian Intelligence Committee Chair Jane Roe , Coast Watch Rear Adm. Dana Cole , Navy Adm. "
             "Sam Orwell , Department of Justice Spokesman Lee Marlow and Ardenia Associate Provost for Strategy "
             "and Analytics Kim Vale").split(" ")
    doc = Doc(VOCAB, words=words)
    cands = [Cand(1, 5, "ORG"), Cand(5, 7, "PERSON"), Cand(8, 12, "ORG"), Cand(12, 14, "PERSON"),
             Cand(15, 16, "ORG"), Cand(17, 19, "PERSON"), Cand(20, 24, "ORG"), Cand(24, 26, "PERSON"),
             Cand(27, 33, "ORG"), Cand(33, 35, "PERSON")]
    found = [(doc[c.start : c.end].text, c.label) for c in split_holder_titles(doc, drop_titles(doc, cands))]
    assert [text for text, label in found if label == "ORG"] == [
        "Ardenian Intelligence Committee", "Coast Watch", "Navy", "Department of Justice", "Ardenia"]


def test_a_given_name_the_model_tagged_a_place_joins_the_surname_after_it() -> None:
    from newsgraph.pipeline.name_repeats import add_first_names

    words = "information from Hunter Orwell 's laptop".split(" ")
    doc = Doc(VOCAB, words=words, tags="NN IN NNP NNP POS NN".split(" "))
    found = add_first_names(doc, [Cand(2, 3, "GPE"), Cand(3, 4, "PERSON")])
    assert [(doc[c.start : c.end].text, c.label) for c in found] == [("Hunter Orwell", "PERSON")]


def test_titles_of_local_and_state_offices_are_cut_and_split() -> None:
    words = "said state Treasurer Jane Orwell and Ardenia County Sheriff Tom Marlow and Comptroller Sybil Roe"
    tags = "VBD NN NNP NNP NNP CC NNP NNP NNP NNP NNP CC NNP NNP NNP"
    assert persons(words, tags, [Cand(2, 5, "PERSON"), Cand(12, 15, "PERSON")]) == ["Jane Orwell", "Sybil Roe"]
    doc = Doc(VOCAB, words=words.split(" "))
    found = [(doc[c.start : c.end].text, c.label) for c in split_titled_names(doc, [Cand(6, 11, "ORG")])]
    assert found == [("Ardenia County", "ORG"), ("Tom Marlow", "PERSON")]
