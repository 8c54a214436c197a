"""Brands the model took for people: context rules on hand-made Docs, then the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.brands import fix_brands
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def labels(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split())
    return [(doc[c.start : c.end].text, c.label) for c in fix_brands(doc, cands)]


def test_a_business_noun_after_the_name_makes_it_a_business() -> None:
    words = "Harris Teeter stores will open . Harris Teeter said so ."
    assert labels(words, [Cand(0, 2, "PERSON"), Cand(6, 8, "PERSON")]) == [
        ("Harris Teeter", "ORG"), ("Harris Teeter", "ORG")]


def test_a_business_head_or_a_company_suffix_makes_it_a_business() -> None:
    words = "coffee chain Tim Hortons and Dunkin Inc. reported"
    assert labels(words, [Cand(2, 4, "PERSON"), Cand(5, 6, "PERSON")]) == [
        ("Tim Hortons", "ORG"), ("Dunkin", "ORG")]


def test_a_possessive_brand_keeps_its_s() -> None:
    words = "lunch at a Wendy 's , then Wendy 's said sales rose"
    assert labels(words, [Cand(3, 4, "PERSON"), Cand(7, 8, "PERSON")]) == [
        ("Wendy 's", "ORG"), ("Wendy 's", "ORG")]


def test_a_papers_name_takes_its_s_as_a_possessive_only() -> None:
    # the tagger reads the "On" of the newsletter's name as a preposition
    words = "sign up for ARDENIA TODAY 's On Politics newsletter".split()
    pos = ["VERB", "ADP", "ADP", "PROPN", "PROPN", "PART", "ADP", "PROPN", "NOUN"]
    doc = Doc(VOCAB, words=words, pos=pos)
    assert [(doc[c.start : c.end].text, c.label) for c in fix_brands(doc, [Cand(3, 5, "ORG")])] == [
        ("ARDENIA TODAY", "ORG")]


def test_a_name_listed_with_a_business_is_one() -> None:
    words = "Trader Joe 's , Fred Meyer and Aldi will close"
    cands = [Cand(0, 2, "PERSON"), Cand(4, 6, "PERSON"), Cand(7, 8, "ORG")]
    assert labels(words, cands) == [("Trader Joe 's", "ORG"), ("Fred Meyer", "ORG"), ("Aldi", "ORG")]


def test_a_possessive_before_a_title_or_a_state_after_a_comma_is_no_brand() -> None:
    words = 'Olaf in Disney \'s " Frozen " , in Aurora , CO'
    assert labels(words, [Cand(2, 3, "PERSON"), Cand(9, 10, "GPE")]) == [("Disney", "PERSON"), ("Aurora", "GPE")]


def test_a_possessive_name_written_bare_elsewhere_or_a_surname_is_no_brand() -> None:
    words = "Michigan 's , said voters in Michigan ; Donald Trump 's , then Trump left ; James Wan 's franchise"
    cands = [Cand(0, 1, "ORG"), Cand(6, 7, "GPE"), Cand(8, 10, "PERSON"), Cand(13, 14, "PERSON"),
             Cand(16, 18, "PERSON")]
    assert [label for _, label in labels(words, cands)] == ["ORG", "GPE", "PERSON", "PERSON", "PERSON"]


def test_a_holiday_tagged_a_date_gives_no_vote_against_a_place() -> None:
    words = "the Thanksgiving menu on Thanksgiving"
    assert labels(words, [Cand(1, 2, "GPE"), Cand(4, 5, "DATE")]) == [("Thanksgiving", "GPE"), ("Thanksgiving", "DATE")]


def test_a_place_before_stores_stays_a_place() -> None:
    words = "Texas stores and Ohio locations reopened in Texas"
    cands = [Cand(0, 1, "GPE"), Cand(3, 4, "GPE"), Cand(7, 8, "GPE")]
    assert [label for _, label in labels(words, cands)] == ["GPE", "GPE", "GPE"]


def test_a_word_inside_a_long_mistyped_name_is_no_person() -> None:
    words = "Tex-Mex chain Chipotle is releasing a dip for New Chipotle Rewards members"
    cands = [Cand(2, 3, "PERSON"), Cand(8, 11, "PERSON")]
    assert labels(words, cands)[0] == ("Chipotle", "ORG")


def test_people_stay_people() -> None:
    # a person owns a restaurant; a title, "who" or "said he" shows a person
    words = "Ben Carter said he owns Carter 's restaurant . Mr. Lee stores art . Ann Roe , who runs a shop"
    cands = [Cand(0, 2, "PERSON"), Cand(5, 6, "PERSON"), Cand(10, 11, "PERSON"), Cand(14, 16, "PERSON")]
    assert {label for _, label in labels(words, cands)} == {"PERSON"}


@pytest.mark.slow
def test_brands_in_an_article(extract: Callable[..., Record]) -> None:
    record = extract(
        "Dunkin' and Tim Hortons both raised coffee prices on Monday. Tim Hortons has 4,000 locations "
        "in Canada, and customers at a Pizza Hut restaurant in Ohio complained. Ben Carter said he "
        "would run for mayor."
    )
    types = {e.name: e.type for e in record.entities}
    assert types.get("Tim Hortons") == "ORG"
    assert types.get("Dunkin") == "ORG"
    assert types.get("Pizza Hut") == "ORG"
    assert types.get("Ben Carter") == "PERSON"
