"""Newspapers' names that the model cut or took for a place, on hand-made Docs and one real run."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.clusters import Named, acronym, cluster
from newsgraph.pipeline.names import Cand
from newsgraph.pipeline.outlets import fix_outlets

VOCAB = spacy.blank("en").vocab


def outlets(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    tokens = words.split(" ")
    doc = Doc(VOCAB, words=tokens, spaces=[True] * len(tokens))
    return [(doc[c.start : c.end].text, c.label) for c in fix_outlets(doc, cands)]


def test_a_place_before_a_papers_head_word_is_the_paper() -> None:
    # tokens: Dana Roe told ARDENIA TODAY on Monday , as did Ostrava Today
    words = "Dana Roe told ARDENIA TODAY on Monday , as did Ostrava Today"
    found = outlets(words, [Cand(0, 2, "PERSON"), Cand(3, 4, "GPE"), Cand(4, 5, "DATE"), Cand(10, 11, "GPE")])
    assert found == [("Dana Roe", "PERSON"), ("ARDENIA TODAY", "ORG"), ("Ostrava Today", "ORG")]


def test_a_head_word_opening_a_sentence_or_in_lower_case_joins_nothing() -> None:
    words = "we flew to Ardenia \n Today we rest in Ardenia today"
    found = outlets(words, [Cand(3, 4, "GPE"), Cand(9, 10, "GPE")])
    assert found == [("Ardenia", "GPE"), ("Ardenia", "GPE")]


def test_a_place_or_group_name_holding_a_head_word_is_an_organisation() -> None:
    words = "told ARDENIA TODAY Sports and the Ostrava Post"
    found = outlets(words, [Cand(1, 4, "NORP"), Cand(6, 8, "GPE")])
    assert found == [("ARDENIA TODAY Sports", "ORG"), ("Ostrava Post", "ORG")]


def test_a_capitalised_the_belongs_to_a_papers_name_a_lower_case_one_does_not() -> None:
    words = "The Ostrava Times and the Ardenia Herald said The Times"
    found = outlets(words, [Cand(1, 3, "ORG"), Cand(5, 7, "ORG"), Cand(9, 10, "ORG")])
    assert found == [("The Ostrava Times", "ORG"), ("Ardenia Herald", "ORG"), ("The Times", "ORG")]


def test_a_name_holding_an_acronym_has_no_initials_of_its_own() -> None:
    assert acronym("USA TODAY") is None
    assert acronym("UN Security Council") is None
    assert acronym("NEW YORK TIMES") == "nyt"  # capitals throughout: headline case, no acronym
    paper = [Named(0, 9, "USA TODAY", "ORG"), Named(20, 22, "UT", "ORG")]
    assert len(cluster(paper)) == 2


@pytest.mark.slow
def test_a_paper_named_after_its_country_stays_apart_from_the_country(extract: Callable[..., Record]) -> None:
    record = extract(
        "The U.S. economy grew, Dana Whitcombe told USA TODAY on Monday. "
        "The Ostrava Times said so too. Contributing: Tom Reed, USA TODAY"
    )
    by_name = {e.name: e for e in record.entities}
    assert by_name["USA TODAY"].type == "ORG" and len(by_name["USA TODAY"].mentions) == 2
    assert all(m.text != "USA" for e in record.entities for m in e.mentions)
    assert "The Ostrava Times" in by_name


def test_a_paper_with_or_without_its_the_and_its_head_word_alone_are_one() -> None:
    mentions = [Named(0, 19, "The Ostrava Post", "ORG"), Named(30, 42, "Ostrava Post", "ORG"),
                Named(50, 54, "Post", "ORG"), Named(60, 68, "The Hill", "ORG"), Named(70, 80, "Dana Hill", "PERSON")]
    found = [[m.text for m in c.mentions] for c in cluster(mentions)]
    assert found == [["The Ostrava Post", "Ostrava Post", "Post"], ["The Hill"], ["Dana Hill"]]


def test_a_head_word_shared_by_two_papers_joins_neither() -> None:
    mentions = [Named(0, 18, "The Ostrava Times", "ORG"), Named(30, 47, "The Ardenia Times", "ORG"),
                Named(50, 59, "The Times", "ORG")]
    assert len(cluster(mentions)) == 3


def test_an_organisation_never_joins_a_country_by_its_other_name() -> None:
    mentions = [Named(0, 20, "United Arab Emirates", "GPE"), Named(30, 38, "Emirates", "ORG"),
                Named(40, 54, "European Union", "ORG"), Named(60, 62, "EU", "ORG"), Named(70, 73, "UAE", "GPE")]
    found = [[m.text for m in c.mentions] for c in cluster(mentions)]
    assert found == [["United Arab Emirates", "UAE"], ["Emirates"], ["European Union", "EU"]]
