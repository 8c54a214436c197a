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
