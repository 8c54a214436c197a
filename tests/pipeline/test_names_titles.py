"""Titles cut off the front of a person's name, and titles that are given names (hand-made Docs)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.names import Cand, fix_persons

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
