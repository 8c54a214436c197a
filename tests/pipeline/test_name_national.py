"""Organisations named with their country's abbreviation (hand-made Docs, no model)."""

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.name_national import fix_national, national_name
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def test_a_name_holding_a_country_abbreviation_is_an_organisation() -> None:
    doc = Doc(VOCAB, words="Kirk founded Turning Point USA in Phoenix".split(" "))
    cands = fix_national(doc, [Cand(0, 1, "PERSON"), Cand(2, 5, "GPE"), Cand(6, 7, "GPE")])
    assert [c.label for c in cands] == ["PERSON", "ORG", "GPE"]


def test_a_region_or_a_country_alone_stays_a_place() -> None:
    for text in ["Southwestern US", "Northern UK", "USA", "Canada USA", "Gulf of USA"]:
        assert not national_name(text), text
    for text in ["Team USA", "USA Cricket", "Plan International UK"]:
        assert national_name(text), text
