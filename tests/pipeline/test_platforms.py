"""Platforms and places before titles: context rules on hand-made Docs, then the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.name_shapes import fix_shapes
from newsgraph.pipeline.names import Cand
from newsgraph.pipeline.platforms import fix_platforms
from newsgraph.pipeline.title_places import add_title_holders, fix_title_places

VOCAB = spacy.blank("en").vocab


def labels(words: str, cands: list[Cand], fix: Callable[[Doc, list[Cand]], list[Cand]]) -> dict[str, str]:
    doc = Doc(VOCAB, words=words.split())
    return {doc[c.start : c.end].text: c.label for c in fix(doc, cands)}


def test_a_name_after_streaming_on_is_a_platform() -> None:
    found = labels("The show is streaming on Peacock now .", [Cand(5, 6, "PERSON")], fix_platforms)
    assert found == {"Peacock": "ORG"}


def test_a_name_before_subscribers_or_its_app_is_a_platform() -> None:
    words = "Hulu subscribers and Max 's app users"
    found = labels(words, [Cand(0, 1, "PERSON"), Cand(3, 4, "GPE")], fix_platforms)
    assert found == {"Hulu": "ORG", "Max": "ORG"}


def test_every_mention_of_a_platform_follows_the_evidence() -> None:
    words = "Peacock said on Monday that fans can watch on Peacock"
    assert labels(words, [Cand(0, 1, "PERSON"), Cand(9, 10, "PERSON")], fix_platforms) == {"Peacock": "ORG"}


def test_a_name_listed_with_a_platform_is_one() -> None:
    words = "watch it on Netflix , Hulu and Max"
    cands = [Cand(3, 4, "ORG"), Cand(5, 6, "GPE"), Cand(7, 8, "PERSON")]
    assert labels(words, cands, fix_platforms) == {"Netflix": "ORG", "Hulu": "ORG", "Max": "ORG"}


def test_a_list_run_together_by_the_model_is_split() -> None:
    doc = Doc(VOCAB, words="streaming on Hulu and Peacock".split())
    fixed = fix_platforms(doc, [Cand(2, 5, "ORG")])
    assert [(c.start, c.end, c.label) for c in fixed] == [(2, 3, "ORG"), (4, 5, "ORG")]


def test_people_and_plain_lists_stay_people() -> None:
    words = "Max Verstappen won . Max and Anna called on Lena"
    cands = [Cand(0, 2, "PERSON"), Cand(4, 5, "PERSON"), Cand(6, 7, "PERSON"), Cand(9, 10, "PERSON")]
    found = labels(words, cands, fix_platforms)
    assert set(found.values()) == {"PERSON"}


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
def test_platforms_in_a_sentence(extract: Callable[..., Record]) -> None:
    record = extract("The series will be available on Peacock. Fans can also watch on Hulu, Netflix and Disney+.")
    types = {e.name: e.type for e in record.entities}
    assert all(types.get(name) == "ORG" for name in ("Peacock", "Hulu", "Netflix", "Disney+"))


@pytest.mark.slow
def test_district_attorney_of_a_place(extract: Callable[..., Record]) -> None:
    record = extract("Manhattan District Attorney Alvin Bragg charged the former president on Tuesday.")
    types = {e.name: e.type for e in record.entities}
    assert types.get("Manhattan") == "GPE" and types.get("Alvin Bragg") == "PERSON"


# --- name shapes ---------------------------------------------------------------------------


def shapes(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split(" "), spaces=[True] * len(words.split(" ")))
    return [(doc[c.start : c.end].text, c.label) for c in fix_shapes(doc, cands)]


def test_a_name_is_cut_at_a_line_break() -> None:
    # tokens: By Dana Whitcombe \n\n Sheriff ... ; a one-word piece after the break is dropped
    found = shapes("By Dana Whitcombe \n\n Sheriff Tom Reed said", [Cand(1, 5, "PERSON"), Cand(5, 7, "PERSON")])
    assert found == [("Dana Whitcombe", "PERSON"), ("Tom Reed", "PERSON")]
    found = shapes("Voter Guide \n\n Justice Department said", [Cand(0, 5, "ORG")])
    assert found == [("Voter Guide", "ORG"), ("Justice Department", "ORG")]


def test_addresses_storms_and_party_homes() -> None:
    words = "at 12 S. Walnut St. as Hurricane Nigel neared , said Dana Whitcombe , R - Ardenia"
    cands = [Cand(2, 5, "PERSON"), Cand(6, 8, "PERSON"), Cand(11, 13, "PERSON"), Cand(14, 17, "GPE")]
    found = shapes(words, cands)
    assert found == [("S. Walnut St.", "FAC"), ("Hurricane Nigel", "EVENT"), ("Dana Whitcombe", "PERSON"),
                     ("Ardenia", "GPE")]


def test_a_relative_sharing_a_surname_is_a_person() -> None:
    words = "Tom Reed and Lena Reed met Reed Smith Reed Partners . Reed left Acme Partners"
    cands = [Cand(0, 2, "PERSON"), Cand(3, 5, "ORG"), Cand(6, 10, "ORG"), Cand(11, 12, "PERSON"), Cand(13, 15, "ORG")]
    # "Acme Partners": no one in the article is called "Partners" alone
    assert [label for _, label in shapes(words, cands)] == ["PERSON", "PERSON", "ORG", "PERSON", "ORG"]


def test_a_nationality_before_app_is_no_platform() -> None:
    assert labels("the Chinese app", [Cand(1, 2, "NORP")], fix_platforms) == {"Chinese": "NORP"}


def test_institutions_named_after_people_and_party_homes_left_out_of_the_name() -> None:
    words = "at the Cox Auditorium and Austin Peay State University , said Dana Reed , D - Lewes"
    cands = [Cand(2, 4, "PERSON"), Cand(5, 9, "PERSON"), Cand(11, 13, "PERSON"), Cand(16, 17, "PERSON")]
    found = shapes(words, cands)
    assert found == [("Cox Auditorium", "FAC"), ("Austin Peay State University", "ORG"), ("Dana Reed", "PERSON"),
                     ("Lewes", "GPE")]


def test_a_possessive_after_the_name_is_no_platform() -> None:
    words = "She wrote on Reed 's behalf and posted on Threads"
    assert labels(words, [Cand(3, 4, "PERSON"), Cand(9, 10, "PERSON")], fix_platforms) == {
        "Reed": "PERSON", "Threads": "ORG"}


def test_parts_and_counties_of_places_the_article_names() -> None:
    words = "in Western Ardenia and Sussex County , Ardenia ; Sussex County officials ; Notts County won"
    cands = [Cand(1, 3, "ORG"), Cand(4, 6, "ORG"), Cand(7, 8, "GPE"), Cand(9, 11, "GPE"), Cand(13, 15, "ORG")]
    labels_found = [label for _, label in shapes(words, cands)]
    assert labels_found == ["LOC", "GPE", "GPE", "GPE", "ORG"]


def test_a_word_capitalised_by_its_place_is_no_person() -> None:
    words = "Track outages on the track map . Anna Track won ; Blood was shed , blood"
    cands = [Cand(0, 1, "PERSON"), Cand(7, 9, "PERSON"), Cand(11, 12, "PERSON")]
    # "Track" is kept: a person's full name holds it
    assert shapes(words, cands) == [("Track", "PERSON"), ("Anna Track", "PERSON")]


def test_names_shaped_as_bylines_and_sponsors_are_people() -> None:
    words = ["end", ".", "\n\n", "–", "Dana", "Reed", ",", "Tom", "Ruiz", "and", "Ann", "Lee", "\n\n", "Sponsor", ":",
             "Gex", "Vale", ",", "R", "-", "Ardenia", ".", "Reach", "Mia", "Cole", "at", "x@y.com", ".", "–", "Acme",
             "Corp", "said", "\n\n", "–", "Mia", "Cole", ",", "Ardenia", "Beacon", "Journal", "\n\n"]
    doc = Doc(VOCAB, words=words)
    cands = [Cand(4, 6, "ORG"), Cand(7, 9, "GPE"), Cand(10, 12, "PERSON"), Cand(15, 17, "ORG"), Cand(23, 25, "GPE"),
             Cand(29, 31, "ORG"), Cand(34, 36, "ORG"), Cand(37, 40, "ORG")]
    found = [c.label for c in fix_shapes(doc, cands)]
    assert found == ["PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "ORG", "PERSON", "ORG"]


# --- holders before titles -----------------------------------------------------------------


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


def test_a_list_of_networks_is_split_and_a_pronoun_is_no_person() -> None:
    words = "on HGTV , Food Network and Animal Planet ; Me , Myself & I"
    cands = [Cand(1, 8, "ORG"), Cand(9, 10, "PERSON"), Cand(11, 12, "PERSON")]
    assert shapes(words, cands) == [("HGTV", "ORG"), ("Food Network", "ORG"), ("Animal Planet", "ORG")]


def test_a_body_that_lists_its_fields_is_not_split() -> None:
    words = "the Bureau of Alcohol , Tobacco , Firearms and Explosives said"
    assert shapes(words, [Cand(1, 10, "ORG")]) == [("Bureau of Alcohol , Tobacco , Firearms and Explosives", "ORG")]
