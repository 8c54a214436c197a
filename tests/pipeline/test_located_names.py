"""An institution the model ran on over its place ("Lehigh University in Pennsylvania"), on hand-made Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.located_names import split_located
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def test_an_institution_in_a_place_is_the_institution_and_the_place() -> None:
    words = ("at Ardmore State University in Oklahoma City , Students for Justice in Palestine and "
             "the Lakeside High School in its town").split(" ")
    doc = Doc(VOCAB, words=words)
    cands = [Cand(1, 7, "ORG"), Cand(8, 13, "ORG"), Cand(15, 21, "ORG")]
    found = [(doc[c.start : c.end].text, c.label) for c in split_located(doc, cands)]
    assert found == [
        ("Ardmore State University", "ORG"),
        ("Oklahoma City", "GPE"),
        ("Students for Justice in Palestine", "ORG"),  # "Justice" heads no institution
        ("Lakeside High School in its town", "ORG"),  # lower-case words after "in": no place's name
    ]
