"""People the model took for organisations: rules on hand-made Docs, then the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.names import Cand
from newsgraph.pipeline.org_people import fix_org_people

VOCAB = spacy.blank("en").vocab


def labels(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split())
    return [(doc[c.start : c.end].text, c.label) for c in fix_org_people(doc, cands)]


def test_an_occupation_or_title_before_the_name_shows_a_person() -> None:
    words = "talk show with radio rapper Dana Okafor ; Sen. Lena Brandt spoke"
    assert labels(words, [Cand(5, 7, "ORG"), Cand(9, 11, "ORG")]) == [
        ("Dana Okafor", "PERSON"), ("Lena Brandt", "PERSON")]


def test_an_apposition_an_age_or_a_lone_surname_shows_a_person() -> None:
    words = (
        "Adria Tolle , then the chief human resources officer . Toma Reyes , 45 , and Sela Vance left ; "
        "later Vance said"
    )
    cands = [Cand(0, 2, "ORG"), Cand(10, 12, "ORG"), Cand(16, 18, "ORG"), Cand(21, 22, "PERSON")]
    assert [label for _, label in labels(words, cands)] == ["PERSON", "PERSON", "PERSON", "PERSON"]


def test_an_opening_occupation_is_cut_off() -> None:
    assert labels("Actor Ronan Bell visited Kyiv", [Cand(0, 3, "ORG")]) == [("Ronan Bell", "PERSON")]


def test_a_list_with_people_makes_people_but_a_byline_comma_does_not() -> None:
    words = "Contributing : Kira Lund , Rachel Barber and Ivo Cham . Jane Roe , Bucharest Desk"
    cands = [Cand(2, 4, "ORG"), Cand(5, 7, "PERSON"), Cand(8, 10, "ORG"), Cand(11, 13, "PERSON"), Cand(14, 16, "ORG")]
    assert [label for _, label in labels(words, cands)] == ["PERSON", "PERSON", "PERSON", "PERSON", "ORG"]


def test_teams_platforms_and_names_after_the_stay_organisations() -> None:
    words = "the host Utah Jazz ; the Utah Jazz won . Truth Social , the social media platform the former president"
    cands = [Cand(2, 4, "ORG"), Cand(6, 8, "ORG"), Cand(10, 12, "ORG")]
    assert [label for _, label in labels(words, cands)] == ["ORG", "ORG", "ORG"]


@pytest.mark.slow
def test_people_tagged_organisations_in_an_article(extract: Callable[..., Record]) -> None:
    record = extract(
        "Appearing on Monday's talk show with host Bill Cunningham, the coach apologized. "
        "Cunningham joked about the game."
    )
    types = {e.name: e.type for e in record.entities}
    assert types.get("Bill Cunningham") == "PERSON"


def test_a_full_name_taken_for_a_people_is_a_person_by_its_lone_surname() -> None:
    words = "Nuggets center Nikola Varga scored , and on Monday Varga said"
    assert labels(words, [Cand(2, 4, "NORP"), Cand(9, 10, "PERSON")]) == [
        ("Nikola Varga", "PERSON"), ("Varga", "PERSON")]


def test_a_people_in_a_list_beside_a_person_stays_a_people() -> None:
    words = "Dana Okafor , Asian Americans and Pacific Islanders spoke"
    assert labels(words, [Cand(0, 2, "PERSON"), Cand(3, 5, "NORP"), Cand(6, 8, "NORP")]) == [
        ("Dana Okafor", "PERSON"), ("Asian Americans", "NORP"), ("Pacific Islanders", "NORP")]


def test_a_title_taken_for_a_person_is_no_surname() -> None:
    words = "obituary for Master Sgt . Vicky Sohn ; her husband , Sgt . Greg Sohn"
    assert labels(words, [Cand(2, 4, "NORP"), Cand(11, 12, "PERSON")]) == [("Master Sgt", "NORP"), ("Sgt", "PERSON")]


def test_a_lone_surname_that_speaks_or_qualifies_a_noun_shows_a_person() -> None:
    # "Boston tweeted": the model took the surname for the city; "the Nichols case" is no team
    words = "Aliyah Boston won . Boston tweeted that . Tyre Nichols died ; the Nichols case , Nichols , 29 ,".split()
    doc = Doc(VOCAB, words=words)
    cands = [Cand(0, 2, "ORG"), Cand(4, 5, "GPE"), Cand(8, 10, "ORG"), Cand(13, 14, "PERSON"), Cand(16, 17, "PERSON")]
    assert [c.label for c in fix_org_people(doc, cands)] == ["PERSON", "GPE", "PERSON", "PERSON", "PERSON"]


def test_a_place_opened_by_a_given_name_is_a_person_by_its_surname() -> None:
    words = "Joe Biden said Hunter Biden and Fort Myers , and Biden and Myers spoke of the Biden plan"
    cands = [Cand(0, 2, "PERSON"), Cand(3, 5, "GPE"), Cand(6, 8, "GPE"), Cand(10, 11, "PERSON"), Cand(12, 13, "PERSON")]
    assert [c.label for c in fix_org_people(Doc(VOCAB, words=words.split()), cands)] == [
        "PERSON", "PERSON", "GPE", "PERSON", "PERSON"]


def test_a_people_or_place_after_a_preposition_of_place_stays() -> None:
    words = "Ben Hill appeared on Capitol Hill , and Hill said so"
    cands = [Cand(0, 2, "PERSON"), Cand(4, 6, "NORP"), Cand(8, 9, "PERSON")]
    assert [c.label for c in fix_org_people(Doc(VOCAB, words=words.split()), cands)] == ["PERSON", "NORP", "PERSON"]


def test_a_name_owning_what_is_placed_is_no_place() -> None:
    words = "Joe Biden , turkeys at Hunter Biden 's home , and Biden said"
    cands = [Cand(0, 2, "PERSON"), Cand(5, 7, "GPE"), Cand(11, 12, "PERSON")]
    assert [c.label for c in fix_org_people(Doc(VOCAB, words=words.split()), cands)] == ["PERSON", "PERSON", "PERSON"]
