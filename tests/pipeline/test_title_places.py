"""Holders named before a title: places the model tagged as organisations, holders it missed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.names import Cand
from newsgraph.pipeline.title_places import add_title_holders, fix_title_places

VOCAB = spacy.blank("en").vocab


def labels(words: str, cands: list[Cand], fix: Callable[[Doc, list[Cand]], list[Cand]]) -> dict[str, str]:
    doc = Doc(VOCAB, words=words.split())
    return {doc[c.start : c.end].text: c.label for c in fix(doc, cands)}


def test_a_court_area_before_a_title_leaves_a_place() -> None:
    words = "Manhattan District Attorney Alvin Bragg said"
    found = labels(words, [Cand(0, 1, "ORG"), Cand(3, 5, "PERSON")], fix_title_places)
    assert found == {"Manhattan": "GPE", "Alvin Bragg": "PERSON"}


def test_a_name_before_a_title_is_a_place_where_the_article_says_so() -> None:
    words = "Ardenia Governor Lena Varga flew to Ardenia . Acme CEO Tom Reed"
    cands = [Cand(0, 1, "ORG"), Cand(2, 4, "PERSON"), Cand(6, 7, "GPE"), Cand(8, 9, "ORG"), Cand(10, 12, "PERSON")]
    found = labels(words, cands, fix_title_places)
    assert found["Ardenia"] == "GPE" and found["Acme"] == "ORG"


@pytest.mark.slow
def test_district_attorney_of_a_place(extract: Callable[..., Record]) -> None:
    record = extract("Manhattan District Attorney Alvin Bragg charged the former president on Tuesday.")
    types = {e.name: e.type for e in record.entities}
    assert types.get("Manhattan") == "GPE" and types.get("Alvin Bragg") == "PERSON"


def holders(words: str, tags: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split(), tags=tags.split())
    return [(doc[c.start : c.end].text, c.label) for c in add_title_holders(doc, cands)]


def test_an_untagged_holder_before_a_title_is_added() -> None:
    words, tags = "the Federal Reserve Chair Jerome Powell said", "DT NNP NNP NNP NNP NNP VBD"
    found = holders(words, tags, [Cand(4, 6, "PERSON")])
    assert found == [("Federal Reserve", "ORG"), ("Jerome Powell", "PERSON")]


def test_a_tail_of_a_longer_name_or_a_lone_title_word_is_no_holder() -> None:
    words = "Hall of Fame coach Tom Reed and Cabinet Secretary Ann Lee"
    tags = "NNP IN NNP NN NNP NNP CC NNP NNP NNP NNP"
    found = holders(words, tags, [Cand(4, 6, "PERSON"), Cand(9, 11, "PERSON")])
    assert found == [("Tom Reed", "PERSON"), ("Ann Lee", "PERSON")]


@pytest.mark.slow
def test_the_fed_chair_holds_the_title_at_the_federal_reserve(extract: Callable[..., Record]) -> None:
    record = extract("The Fed held rates. Federal Reserve Chair Jerome Powell said the Fed would wait.")
    fed = next(e for e in record.entities if e.name == "Federal Reserve")
    powell = next(e for e in record.entities if e.name == "Jerome Powell")
    assert {m.text for m in fed.mentions} == {"Fed", "Federal Reserve"}
    assert [(r.title, r.of) for r in powell.roles] == [("Chair", fed.id)]
