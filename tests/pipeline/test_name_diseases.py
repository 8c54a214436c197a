"""Diseases written like names are no entities (hand-made Docs, no model)."""

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.name_diseases import drop_diseases, is_disease
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def test_a_disease_alone_or_with_lower_case_words_is_no_name() -> None:
    for text in ["COVID", "COVID-19", "Covid", "pre-COVID", "COVID-era", "COVID-19 pandemic", "HIV/AIDS", "Ebola"]:
        assert is_disease(text), text


def test_a_body_named_after_a_disease_stays() -> None:
    for text in ["AIDS Healthcare Foundation", "COVID Relief Fund", "Covington", "Mercury"]:
        assert not is_disease(text), text


def test_the_disease_leaves_the_candidates() -> None:
    doc = Doc(VOCAB, words="Acme Corp said COVID-19 cases rose".split(" "))
    kept = drop_diseases(doc, [Cand(0, 2, "ORG"), Cand(3, 4, "ORG")])
    assert [(doc[c.start : c.end].text, c.label) for c in kept] == [("Acme Corp", "ORG")]
